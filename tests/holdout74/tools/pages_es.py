from lib import Page, LANG_OPTS


def mk(slug, url, brand, title, **kw):
    kw.setdefault("lang_opts", LANG_OPTS)
    kw.setdefault("lang_label", "Idioma")
    kw.setdefault("search", "Buscar")
    return Page("es", slug, url, brand, title, **kw)


def wix():
    p = mk("wix-privacidad-ia", "https://manage.wix.com/dashboard/7d3e2b1a-9c4f-4e8a-b2d6-5f1c0e9a8b7d/settings/privacy-ai",
           "Wix", "Privacidad e IA", known=True,
           notes="Servicio conocido (reconstrucción, tuteo). Checkbox de solo encabezado (la sección dice entrenar; nombre 'Textos de las páginas y del blog'), fila de estado simple (Desactivado + 'Activar' con sufijo oculto visualmente), tabla vaga de una fila (columna 'Programa Horizonte', solo la nota dice entrenar); señuelos: asistente de IA que no entrena, avisos de herramientas de IA; display:none en línea.",
           search_ph="Buscar en el panel", account="Tu cuenta",
           menu=["Configuración de la cuenta", "Facturación", "Centro de ayuda", "Cerrar sesión"], nav_label="Panel de control",
           nav=["Inicio", "Configuración del sitio", "Tienda online", "Blog", "Marketing y SEO", "Analíticas", "Privacidad e IA", "Dominios"],
           nav_current="Privacidad e IA", footer=["Centro de ayuda", "Privacidad", "Términos de uso", "© Wix.com Ltd."],
           lead="Sitio: ceramicaalhambra.com")
    p.sec("Información del sitio")
    p.txt("Nombre del sitio", "Cerámica Alhambra")
    p.sel("Idioma del sitio", ["Español", "English", "Português"], "Español")
    p.cb("Mostrar el sitio en modo mantenimiento", False)
    p.sec("Cookies y visitantes")
    p.sw("Banner de cookies", True)
    p.cb("Anonimizar las IP de los visitantes", True)
    p.sel("Política de privacidad", ["Plantilla de Wix", "Mi propia página"], "Mi propia página")
    p.btn("Ver registro de consentimientos")
    p.sec("Entrenamiento de modelos de IA de Wix",
          intro="Wix puede usar parte del contenido de tu sitio para entrenar y mejorar sus modelos de IA. Tú decides qué entra y qué no.")
    p.cb("Textos de las páginas y del blog", True, ai="h")
    p.st("Uso de tus productos para entrenar IA", "Desactivado", False, "Activar", mode="sr",
         suffix="el uso de tus productos para entrenar IA", ai="p")
    p.hide_begin("inline-none")
    p.sw("Entrenar la IA con las fotos de tu galería", False, ai="p")
    p.hide_end()
    p.sec("Socios de datos")
    p.tbl("Con quién compartimos datos de tu sitio", ["Informes agregados", "Programa Horizonte"],
          [("ceramicaalhambra.com", [True, {"on": False, "ai": "v"}])], corner="Sitio")
    p.para("El Programa Horizonte entrega estos datos a laboratorios que entrenan modelos de aprendizaje automático.")
    p.sec("Asistente de IA")
    p.bsw("Asistente de IA de Wix", True,
          help="Procesa tus instrucciones para generar textos e imágenes. No guardamos tus peticiones ni las usamos para entrenar.")
    p.sec("Notificaciones")
    p.cb("Avisarme de nuevas herramientas de IA", True, wrap=True)
    p.cb("Resumen semanal de visitas", True, wrap=True)
    p.btn("Descargar los datos del sitio")
    return p


def nubeluz():
    p = mk("nubeluz-privacidad", "https://panel.nubeluz.test/alojamientos/ferreteria-olmos/privacidad",
           "Nubeluz", "Privacidad y rastreadores",
           notes="Alojamiento web inventado (usted). Switch invertido ('Excluir mi sitio…', apagado), radios con leyenda en pregunta (simple), select de solo encabezado (la sección dice entrenar; nombre 'Conversaciones con soporte'); señuelos: asistente virtual que no entrena, aviso de bots de IA; clase CSS con display:none.",
           search_ph="Buscar en el panel", account="Mi cuenta",
           menu=["Datos de contacto", "Facturas", "Soporte", "Salir"], nav_label="Alojamiento",
           nav=["Resumen", "Archivos", "Bases de datos", "Correo", "Seguridad", "Privacidad y rastreadores", "Facturación"],
           nav_current="Privacidad y rastreadores", footer=["Soporte", "Estado del servicio", "Aviso legal", "Nubeluz Hosting S.L."],
           lead="ferreteriaolmos.es", hide_class="oculto")
    p.sec("Alojamiento")
    p.txt("Dominio", "ferreteriaolmos.es")
    p.sel("Versión de PHP", ["8.1", "8.2", "8.3"], "8.3")
    p.cb("Redirigir siempre a HTTPS", True)
    p.btn("Abrir el gestor de archivos")
    p.sec("Rastreadores e IA")
    p.sw("Excluir mi sitio del entrenamiento de los modelos de Nubeluz", False, ai="i",
         help="Si lo activa, añadimos las reglas necesarias a robots.txt y a las cabeceras de respuesta.")
    p.rad("¿Pueden terceros entrenar IA con el contenido de su web?", ["Sí, con atribución", "No"], "No",
          ai="p", yes=["Sí, con atribución"])
    p.hide_begin("class-none")
    p.cb("Permitir el entrenamiento con sus copias de seguridad", False, ai="p")
    p.hide_end()
    p.sec("Datos para entrenar nuestro asistente",
          intro="Nuestro asistente aprende de conversaciones reales de soporte. Indique qué podemos aprovechar de las suyas.")
    p.sel("Conversaciones con soporte", ["No aprovechar", "Solo sin datos personales", "Todas"], "Solo sin datos personales",
          ai="h", yes=["Solo sin datos personales", "Todas"])
    p.sec("Seguridad")
    p.sw("Cortafuegos de aplicaciones", True)
    p.sw("Verificación en dos pasos", True)
    p.sel("Copias de seguridad", ["Diarias", "Semanales"], "Diarias")
    p.sec("Estadísticas")
    p.cb("Estadísticas de visitas", True)
    p.sel("Conservar los registros durante", ["7 días", "30 días", "90 días"], "30 días")
    p.sec("Avisos")
    p.cb("Avisarme por correo cuando un bot de IA supere el límite de peticiones", True)
    p.cb("Boletín de novedades", False)
    p.sec("Asistente")
    p.bsw("Asistente virtual de soporte", True, mode="label",
          help="Responde a partir de nuestra base de conocimiento; el contenido de su web no se usa para entrenarlo.")
    p.btn("Descargar facturas")
    return p


def cuaderno():
    p = mk("cuaderno-contenido-ia", "https://cuaderno.test/ajustes/contenido-y-ia", "Cuaderno", "Contenido e IA",
           notes="Plataforma de blogs inventada (tuteo). Grupo segmentado simple Sí/No, radiogroup vago ('Colaboración con editoriales digitales', la ayuda dice datos de entrenamiento), button switch de solo encabezado (aria-labelledby 'Fotos y sus pies de foto'); señuelos: sugerencias de títulos sin entrenamiento, avisos de novedades de IA; aria-hidden.",
           search_ph="Buscar blogs y recetas", account="Pilar",
           menu=["Mi blog", "Cuenta", "Ayuda", "Cerrar sesión"], nav_label="Ajustes",
           nav=["Blog", "Comentarios", "Contenido e IA", "Suscriptores", "Notificaciones", "Cuenta"],
           nav_current="Contenido e IA", footer=["Quiénes somos", "Ayuda", "Privacidad", "Cuaderno Digital S.L."])
    p.sec("Tu blog")
    p.txt("Título", "Recetas de la abuela Pilar")
    p.txt("Descripción breve", "Cocina de siempre, contada despacio")
    p.sel("Quién puede leerlo", ["Todo el mundo", "Solo suscriptores", "Solo yo"], "Todo el mundo")
    p.sec("Comentarios")
    p.cb("Permitir comentarios", True)
    p.cb("Cerrar los comentarios a los 30 días", False)
    p.sec("Inteligencia artificial")
    p.seg("Usar mis entradas para entrenar la IA de Cuaderno", ["Sí", "No"], "No", ai="p", yes=["Sí"])
    p.rg("Colaboración con editoriales digitales", ["Participar", "No participar"], "Participar", ai="v", yes=["Participar"],
         help="Si participas, cedemos tus entradas públicas a empresas que las usan como datos de entrenamiento para sus modelos de lenguaje. Recibirás una parte de los ingresos.")
    p.hide_begin("aria-hidden")
    p.bsw("Entrenar con los comentarios de mis lectores", False, mode="label", ai="p")
    p.hide_end()
    p.sec("Lo que la IA puede aprender de tu blog",
          intro="Elige qué partes de tu blog pueden servir de ejemplo para entrenar los modelos que usamos en Cuaderno.")
    p.bsw("Fotos y sus pies de foto", True, mode="lb", ai="h")
    p.sec("Herramientas")
    p.bsw("Sugerencias de títulos", True,
          help="Las sugerencias se generan al momento; no se guardan ni se usan para entrenar nada.")
    p.sw("Traducción automática de entradas", False)
    p.sw("Avisarme cuando haya novedades de IA", False)
    p.sec("Notificaciones")
    p.tbl("Cómo te avisamos", ["Correo", "Móvil"],
          [("Nuevo suscriptor", [True, False]), ("Nuevo comentario", [True, True])], corner="Aviso")
    p.btn("Exportar mi blog")
    return p


def tejeweb():
    p = mk("tejeweb-datos", "https://app.tejeweb.test/sitios/academia-sol/ajustes/datos", "Tejeweb", "Datos y rastreadores",
           notes="Creador de webs inventado (tuteo). Fila de estado invertida ('Bloqueo de rastreadores de IA', Desactivado, aria-labelledby botón+título), checkbox vago ('Contribuir a Tejeweb Comunidad', la ayuda dice entrenar), tabla con columna 'Entrenar IA' (simple) junto a columna señuelo; señuelos: asistente de diseño que no aprende; visibility:hidden.",
           search_ph="Buscar ajustes", account="Cuenta",
           menu=["Perfil", "Plan", "Facturas", "Salir"], nav_label="Sitio",
           nav=["Páginas", "Reservas", "Alumnos", "Visitantes", "Datos y rastreadores", "Dominio", "Ajustes"],
           nav_current="Datos y rastreadores", footer=["Ayuda", "Privacidad", "Condiciones", "Tejeweb S.A."],
           lead="Academia de Baile Sol")
    p.sec("General")
    p.txt("Nombre del sitio", "Academia de Baile Sol")
    p.sel("Zona horaria", ["Madrid", "Canarias", "Ciudad de México"], "Madrid")
    p.btn("Conectar dominio")
    p.sec("Rastreadores")
    p.st("Bloqueo de rastreadores de IA", "Desactivado", False, "Activar", mode="lb", ai="i",
         help="Impide que los bots que recopilan datos para entrenar modelos de IA lean tu sitio.")
    p.cb("Contribuir a Tejeweb Comunidad", False, ai="v",
         help="Tu diseño, tus textos y los datos de tus formularios se añaden, anonimizados, al conjunto con el que entrenamos el generador de sitios.")
    p.sec("Permisos por tipo de contenido")
    p.tbl("Qué puede hacer Tejeweb con cada contenido", ["Mostrar en buscadores", "Entrenar IA"],
          [("Páginas", [True, {"on": True, "ai": "p"}]), ("Inscripciones de alumnos", [False, {"on": False, "ai": "p"}])],
          corner="Contenido")
    p.hide_begin("visibility")
    p.sw("Entrenar el generador con las fotos de tus clases", False, ai="p")
    p.hide_end()
    p.sec("Visitantes")
    p.sw("Aviso de cookies", True)
    p.cb("Grabar las sesiones de los visitantes", False)
    p.sel("Analítica", ["Ninguna", "Integrada", "Google Analytics"], "Integrada")
    p.sec("Asistente")
    p.seg("Asistente de diseño", ["Activado", "Desactivado"], "Activado",
          help="El asistente solo usa tus indicaciones durante esta sesión; no aprende de tu sitio.")
    p.sec("Notificaciones")
    p.cb("Nueva inscripción", True, wrap=True)
    p.cb("Consejos sobre funciones de IA", False, wrap=True)
    p.btn("Exportar datos")
    p.btn("Eliminar sitio")
    return p


def rutaborde():
    p = mk("rutaborde-bots-ia", "https://consola.rutaborde.test/zonas/diario-la-vega.es/bots-de-ia", "Ruta Borde",
           "Bots de IA",
           notes="CDN inventada (usted). Select invertido ('Restricción de minería de datos para IA', Desactivada), radiogroup de solo encabezado (sección 'Entrenamiento de modelos con su hemeroteca'; nombre 'Noticias con más de un año'), button switch vago nombrado por su texto ('Unirme al Programa Faro'); señuelos: compresión de imágenes con IA, aviso de nuevos bots de IA; <dialog> cerrado.",
           search_ph="Buscar zonas y reglas", account="Cuenta",
           menu=["Perfil", "Claves API", "Facturación", "Cerrar sesión"], nav_label="Zona",
           nav=["Resumen", "DNS", "Caché", "Certificados", "Seguridad", "Bots de IA", "Registros", "Avisos"],
           nav_current="Bots de IA", footer=["Documentación", "Estado de la red", "Privacidad", "Ruta Borde Redes S.L."],
           lead="diario-la-vega.es")
    p.sec("Zona")
    p.txt("Servidor de origen", "origen.diario-la-vega.es")
    p.sel("Nivel de caché", ["Estándar", "Agresivo", "Solo estáticos"], "Estándar")
    p.cb("HTTP/3", True)
    p.btn("Purgar caché")
    p.sec("Bots de IA")
    p.sel("Restricción de minería de datos para IA", ["Desactivada", "Solo rastreadores de entrenamiento", "Todos los rastreadores de IA"],
          "Desactivada", ai="i", yes=["Desactivada"],
          help="Declara la reserva de derechos de minería de textos y datos en robots.txt y en las cabeceras.")
    p.bsw("Compresión de imágenes con IA", True,
          help="Se ejecuta en nuestros servidores de borde; sus imágenes no se usan para entrenar.")
    p.dialog_begin("Configuración avanzada", "Configuración avanzada")
    p.cb("Permitir el entrenamiento de IA con el archivo histórico", False, ai="p")
    p.dialog_end("Cerrar")
    p.sec("Entrenamiento de modelos con su hemeroteca",
          intro="Varias empresas de IA pagan por acceder a archivos de prensa para entrenar sus modelos. Ruta Borde puede gestionar esa licencia por usted.")
    p.rg("Noticias con más de un año", ["Licenciar", "No licenciar"], "Licenciar", ai="h", yes=["Licenciar"])
    p.sec("Programa Faro")
    p.bsw("Unirme al Programa Faro", False, mode="text", ai="v",
          help="Comparte muestras del tráfico de su zona para que entrenemos nuestros modelos de detección de bots.")
    p.sec("Seguridad")
    p.sw("WAF gestionado", True)
    p.sel("Modo bajo ataque", ["Desactivado", "Activado"], "Desactivado")
    p.cb("Desafiar a los bots sospechosos", True)
    p.sec("Registros")
    p.cb("Enmascarar las IP", True)
    p.sel("Retención", ["3 días", "30 días", "6 meses"], "30 días")
    p.sec("Avisos")
    p.sw("Avisarme de nuevos bots de IA", True)
    p.sw("Informe mensual", True)
    return p


def pages():
    return [wix(), nubeluz(), cuaderno(), tejeweb(), rutaborde()]

from lib import Page, A

LANGS = [("es", "Español"), ("ca", "Català"), ("en", "English"), ("fr", "Français"), ("pt", "Português")]


def wikiloc():
    p = Page("es", "wikiloc-privacidad", "Wikiloc", "https://es.wikiloc.com/wikiloc/settings/privacy",
             "Privacidad - Ajustes - Wikiloc", known=True,
             notes="Rutas al aire libre (tú). Interruptor claro 'Permitir que Wikiloc use mis rutas para entrenar "
                   "modelos de IA' (desactivado); casilla invertida 'Excluir mis fotos del entrenamiento de IA de "
                   "terceros' en un details cerrado (marcada → no se comparte). Señuelos: descripción automática, "
                   "seguimiento en directo, visibilidad de rutas. Oculto: bloque 'Próximamente' con visibility:hidden.")
    p.skip_text = "Ir al contenido"
    p.chrome("Wikiloc", "Buscar", "Buscar rutas, lugares o usuarios", "Idioma", LANGS, "Irene M.",
             ["Mi perfil", "Mis rutas", "Favoritos", "Premium"], "Cerrar sesión", "Ajustes",
             ["Cuenta", "Privacidad", "Notificaciones", "Dispositivos", "Suscripción"], "Privacidad",
             ["Sobre Wikiloc", "Ayuda", "Condiciones", "Privacidad", "Cookies"], "© Wikiloc Outdoor, S.L.")
    p.html = p.render(
        "Privacidad", "Decide quién ve tus rutas y cómo usamos tu información.",
        p.section("Visibilidad", None,
                  p.select("Visibilidad predeterminada de mis rutas", ["Pública", "Solo seguidores", "Privada"],
                           "Pública"),
                  p.checkbox("Mostrar mis rutas en el mapa de exploración", True),
                  p.checkbox("Permitir que otros descarguen mis rutas", True)),
        p.section("Seguimiento en directo", None,
                  p.checkbox("Compartir mi ubicación en directo con mis contactos de confianza", False),
                  p.button("Añadir contacto")),
        p.section("Inteligencia artificial", None,
                  p.switch("Descripción automática de rutas", True,
                           help="Genera un borrador de descripción a partir del recorrido; puedes editarlo antes de "
                                "publicar."),
                  p.switch("Permitir que Wikiloc use mis rutas para entrenar modelos de IA", False,
                           help="Nos ayuda a detectar caminos cortados y a mejorar el cálculo de desnivel.",
                           ai=A("p", on=True)),
                  p.hide("visibility", lambda: p.card(
                      "Próximamente",
                      p.checkbox("Usar mis fotos para entrenar el reconocimiento de flora", False,
                                 ai=A("p", on=True))))),
        p.section("Fotos", None,
                  p.checkbox("Eliminar la ubicación de las fotos al publicarlas", True),
                  p.details("Más opciones", lambda: [
                      p.checkbox("Excluir mis fotos del entrenamiento de IA de terceros", True, ai=A("i", on=False)),
                      p.checkbox("Permitir comentarios en mis fotos", True)])),
        p.section("Notificaciones", None,
                  p.checkbox("Nuevos seguidores", True, wrap=True),
                  p.checkbox("Comentarios en mis rutas", True, wrap=True),
                  p.checkbox("Novedades y ofertas de Wikiloc", False, wrap=True)),
        p.section("Dispositivos", None, p.buttons("Conectar Garmin", "Conectar Suunto")),
        p.section("Tu cuenta", None, p.buttons("Descargar mis datos", "Eliminar cuenta")),
    )
    return p


def tiendanimal():
    p = Page("es", "tiendanimal-privacidad", "Tiendanimal", "https://www.tiendanimal.es/mi-cuenta/privacidad",
             "Privacidad | Mi cuenta | Tiendanimal", known=True,
             notes="Tienda de mascotas (tú). Casilla vaga 'Ayudar a mejorar el asistente veterinario' con ayuda "
                   "aria-describedby sobre el entrenamiento (desmarcada); role=radiogroup invertido 'Oponerme…' "
                   "(No me opongo → se comparte); tabla con título sobre el modelo de recomendación, columna "
                   "'Permitir' (Luna sí, Toby no) – heading-only. Señuelos: ofertas personalizadas, "
                   "recomendaciones en la web, envío programado. Oculto: bloque de marcas con atributo hidden.")
    p.skip_text = "Ir al contenido"
    p.chrome("Tiendanimal", "Buscar", "¿Qué necesita tu mascota?", "Idioma", LANGS, "Hola, Marta",
             ["Mis pedidos", "Mis mascotas", "Envío programado", "Club Tiendanimal"], "Cerrar sesión", "Mi cuenta",
             ["Datos personales", "Direcciones", "Mis mascotas", "Privacidad", "Métodos de pago"], "Privacidad",
             ["Atención al cliente", "Envíos", "Devoluciones", "Política de privacidad", "Cookies"],
             "© Tiendanimal")
    p.html = p.render(
        "Privacidad", None,
        p.section("Mis mascotas", None, p.button("Añadir mascota")),
        p.section("Comunicaciones", None,
                  p.checkbox("Newsletter con ofertas", True, wrap=True),
                  p.checkbox("Ofertas personalizadas según mis compras", True, wrap=True),
                  p.checkbox("SMS cuando mi pedido salga del almacén", False, wrap=True)),
        p.section("Envío programado", None,
                  p.select("Frecuencia del envío programado", ["Cada 2 semanas", "Cada 4 semanas", "Cada 8 semanas"],
                           "Cada 4 semanas"),
                  p.checkbox("Recordarme antes de cada envío", True),
                  p.checkbox("Sumar puntos del Club también en tienda física", True)),
        p.section("Asistente veterinario", "Resuelve dudas de salud las 24 horas con veterinarios colegiados y "
                                           "nuestro asistente.",
                  p.checkbox("Ayudar a mejorar el asistente veterinario", False,
                             help="Las consultas que hagas en el chat veterinario se usarán para entrenar el modelo "
                                  "que lo responde.", ai=A("v", on=True)),
                  p.switch("Recomendaciones de productos en el chat", True)),
        p.section("Tus compras", None,
                  p.radios("Oponerme al uso de mis compras para entrenar IA", ["Sí, me opongo", "No me opongo"],
                           "No me opongo", mode="radiogroup", ai=A("i", share=["No me opongo"])),
                  p.hide("hidden", lambda: p.checkbox(
                      "Compartir mi historial de compras con marcas para entrenar sus modelos", True,
                      ai=A("p", on=True)))),
        p.section("Recomendaciones", None,
                  p.table("Fichas de tus mascotas con las que entrenamos nuestro modelo de recomendación",
                          "Mascota", ["Permitir"], [("Luna (perra)", [True]), ("Toby (gato)", [False])],
                          ai_cols={0: A("h", on=True)}),
                  p.switch("Recomendaciones personalizadas en la web", True,
                           help="Ordenamos los productos según lo que sueles comprar.")),
        p.section("Avisos de pedidos", None,
                  p.table("Cómo quieres enterarte", "Aviso", ["Email", "Push", "SMS"],
                          [("Pedido enviado", [True, True, False]), ("Pedido entregado", [False, True, False]),
                           ("Próximo envío programado", [True, False, False])])),
        p.section("Pago", None, p.buttons("Gestionar tarjetas", "Ver facturas")),
        p.section("Tu cuenta", None, p.buttons("Descargar mis datos", "Cerrar mi cuenta")),
    )
    return p


def agrosens():
    p = Page("es", "agrosens-datos", "AgroSens", "https://panel.agrosens.test/configuracion/datos",
             "Uso de datos · AgroSens",
             notes="Sondas de riego para fincas (usted). Select invertido 'Exclusión del entrenamiento de modelos' "
                   "(Excluir todos mis datos → no se comparte); fila de estado 'Desactivar' con sufijo oculto claro "
                   "(Activado → se comparte); casilla heading-only 'Tractorel Ibérica' bajo 'Fabricantes de "
                   "maquinaria' (marcada). Señuelos: predicción de riego con IA, acceso del asesor, curso de riego. "
                   "Oculto: aseguradora con display:none en línea.")
    p.skip_text = "Ir al contenido"
    p.chrome("AgroSens", "Buscar", "Buscar parcela o sonda", "Idioma", LANGS, "Finca Los Almendros",
             ["Mi explotación", "Facturación", "Soporte"], "Cerrar sesión", "Configuración",
             ["Explotación", "Sondas", "Alertas", "Uso de datos", "Accesos", "API"], "Uso de datos",
             ["Soporte", "Aviso legal", "Privacidad"], "AgroSens Tecnología Agraria S.L.")
    p.html = p.render(
        "Uso de datos", "Usted decide qué se hace con la información de sus parcelas.",
        p.section("Explotación", None,
                  p.text("Nombre de la explotación", "Finca Los Almendros"),
                  p.select("Provincia", ["Almería", "Córdoba", "Murcia", "Valencia"], "Murcia")),
        p.section("Sondas", None,
                  p.select("Intervalo de lectura", ["15 min", "30 min", "1 h"], "30 min"),
                  p.button("Añadir sonda")),
        p.section("Alertas", None,
                  p.checkbox("Alerta de helada", True),
                  p.checkbox("Alerta de estrés hídrico", True),
                  p.text("Teléfono para SMS", "+34 600 123 456", type="tel"),
                  p.checkbox("Informe semanal por correo", True)),
        p.section("Predicción de riego", None,
                  p.switch("Predicción de riego con IA", True,
                           help="Calcula la dosis recomendada para cada parcela con la previsión meteorológica.")),
        p.section("Entrenamiento de modelos de AgroSens", None,
                  p.select("Exclusión del entrenamiento de modelos",
                           ["Sin exclusión", "Excluir los datos de sensores", "Excluir todos mis datos"],
                           "Excluir todos mis datos",
                           ai=A("i", share=["Sin exclusión", "Excluir los datos de sensores"])),
                  p.state_row(None, "Activado", "Desactivar",
                              suffix="el uso de mis datos de riego para entrenar la IA de AgroSens",
                              status_label="Uso de datos de riego:", ai=A("p", sharing=True)),
                  p.hide("inline", lambda: p.checkbox(
                      "Ceder datos de cosecha a la aseguradora para su modelo de riesgos", True, ai=A("p", on=True)))),
        p.section("Fabricantes de maquinaria",
                  "Con su permiso, los fabricantes conectados pueden usar la telemetría de sus tractores para "
                  "entrenar sus propios modelos de mantenimiento predictivo.",
                  p.checkbox("Tractorel Ibérica", True, ai=A("h", on=True)),
                  p.button("Conectar otro fabricante")),
        p.section("Accesos", None,
                  p.checkbox("Permitir que mi asesor técnico vea mis parcelas", True),
                  p.button("Invitar a un asesor")),
        p.section("Cultivos", None,
                  p.select("Cultivo principal", ["Almendro", "Olivo", "Cítricos", "Hortícolas"], "Almendro"),
                  p.select("Sistema de riego", ["Goteo", "Microaspersión", "Inundación"], "Goteo"),
                  p.checkbox("Mostrar el balance hídrico en la portada", True)),
        p.section("Formación", None, p.button("Inscribirme en el curso de riego deficitario controlado")),
        p.section("API", None, p.button("Generar clave de API")),
    )
    return p


def huertovivo():
    p = Page("es", "huertovivo-privacidad", "HuertoVivo", "https://huertovivo.test/ajustes/privacidad",
             "Privacidad — HuertoVivo",
             notes="Huerto urbano (tú). Interruptor de texto invertido 'No entrenar la IA con mis fotos' (apagado → se "
                   "comparte); interruptor nativo vago 'Contribuir al Atlas de Plagas' con ayuda cercana sobre el "
                   "entrenamiento del detector (activado). Señuelos: identificación en el móvil, plan de aprendizaje, "
                   "asistente, avisos en el mapa. Oculto: bloque universidades con clase CSS display:none.")
    p.hide_class = "oculto"
    p.skip_text = "Ir al contenido"
    p.chrome("HuertoVivo", "Buscar", "Busca un cultivo o una plaga", "Idioma", LANGS, "Rosa",
             ["Mi huerto", "Diario", "Plan de siembra"], "Salir", "Ajustes",
             ["Perfil", "Mi huerto", "Recordatorios", "Privacidad", "Suscripción"], "Privacidad",
             ["Ayuda", "Privacidad", "Términos"], "HuertoVivo · Hecho en Sevilla")
    p.html = p.render(
        "Privacidad", None,
        p.section("Mi huerto", None,
                  p.text("Nombre del huerto", "Huerto de la abuela Rosa"),
                  p.select("Zona climática", ["Mediterránea", "Atlántica", "Continental", "Canarias"], "Mediterránea")),
        p.section("Identificación", None,
                  p.checkbox("Identificar plantas y plagas en el propio móvil", True,
                             help="No hace falta conexión; la foto no sale de tu dispositivo."),
                  p.switch("No entrenar la IA con mis fotos", False, mode="text", ai=A("i", on=False))),
        p.section("Atlas de Plagas", "Entre todos vigilamos el pulgón, la mosca blanca y compañía.",
                  p.checkbox("Contribuir al Atlas de Plagas", True, switch=True,
                             help="Si lo activas, tus diagnósticos de plagas se añaden al conjunto de datos con el que "
                                  "entrenamos el detector.", help_mode="nearby", ai=A("v", on=True)),
                  p.checkbox("Mostrar mis avisos de plaga en el mapa del barrio", True),
                  p.hide("css", lambda: p.checkbox(
                      "Compartir mi diario con universidades para entrenar modelos de cultivo", False,
                      ai=A("p", on=True)))),
        p.section("Asistente", None,
                  p.switch("Preguntar al asistente de HuertoVivo", True,
                           help="Responde a partir de nuestras fichas de cultivo.")),
        p.section("Recordatorios", None,
                  p.checkbox("Riego", True, wrap=True),
                  p.checkbox("Siembra según calendario", True, wrap=True),
                  p.checkbox("Aviso de heladas", False, wrap=True)),
        p.section("Comunidad", None,
                  p.checkbox("Perfil visible para otros hortelanos", True),
                  p.select("Quién puede comentar mis fotos", ["Todos", "Solo seguidores", "Nadie"], "Solo seguidores"),
                  p.checkbox("Ofertas de semillas y plantel", False)),
        p.section("Aprende", None,
                  p.card("Plan de aprendizaje: huerto en 8 semanas", p.button("Empezar el plan"),
                         text="Una lección corta cada semana, del semillero a la primera cosecha.")),
        p.section("Cuenta", None,
                  p.button("Gestionar suscripción"),
                  p.buttons("Exportar diario", "Eliminar cuenta")),
    )
    return p


def cumbres():
    p = Page("es", "cumbres-y-cielos-preferencias", "Cumbres y Cielos",
             "https://www.cumbresycielos.test/cuenta/preferencias/privacidad", "Privacidad · Cumbres y Cielos",
             notes="Montaña y meteo (tú). Fieldset heading-only 'Tus partes de nieve' bajo 'Modelos de predicción "
                   "de aludes' (Incluir); casilla invertida 'Bloquear el acceso de rastreadores de IA…' en details "
                   "cerrado (desmarcada → se comparte); select claro con socios (No). Señuelos: resumen del parte con "
                   "IA, ocultar reseñas de buscadores, contactos de emergencia. Oculto: barra de resumen aria-hidden.")
    p.skip_text = "Ir al contenido"
    p.chrome("Cumbres y Cielos", "Buscar", "Pico, refugio o valle", "Idioma", LANGS, "Irati G.",
             ["Mis actividades", "Mis partes", "Suscripción"], "Cerrar sesión", "Preferencias",
             ["Cuenta", "Avisos", "Privacidad", "Suscripción"], "Privacidad",
             ["Ayuda", "Privacidad", "Aviso legal", "Contacto"], "Cumbres y Cielos · Jaca")
    p.html = p.render(
        "Privacidad", None,
        p.hide("aria", lambda: p.card(
            "Resumen",
            p.switch("Entrenamiento de IA con mis actividades", True, ai=A("p", on=True)))),
        p.section("Cuenta", None,
                  p.text("Nombre visible", "Irati G."),
                  p.select("Unidades", ["Métricas", "Imperiales"], "Métricas")),
        p.section("Avisos", None,
                  p.checkbox("Riesgo de aludes de nivel 3 o superior", True, wrap=True),
                  p.checkbox("Tormentas en mis zonas", True, wrap=True),
                  p.select("Hora del parte diario", ["07:00", "08:00", "19:00"], "07:00"),
                  p.checkbox("Boletín mensual", False, wrap=True)),
        p.section("Modelos de predicción de aludes",
                  "Entrenamos nuestros modelos con los partes que envía la comunidad: nieve reciente, grietas, "
                  "aludes observados.",
                  p.radios("Tus partes de nieve", ["Incluir", "Incluir sin mi nombre", "No incluir"], "Incluir",
                           ai=A("h", share=["Incluir", "Incluir sin mi nombre"])),
                  p.checkbox("Publicar mis partes en el mapa de la comunidad", True)),
        p.section("Socios", None,
                  p.select("Compartir mis datos de actividad con socios para entrenar sus modelos de IA", ["Sí", "No"],
                           "No", ai=A("p", share=["Sí"]))),
        p.section("Reseñas de refugios", None,
                  p.checkbox("Mostrar mi nombre en las reseñas", True),
                  p.details("Privacidad avanzada", lambda: [
                      p.checkbox("Bloquear el acceso de rastreadores de IA a mis reseñas de refugios", False,
                                 ai=A("i", on=False)),
                      p.checkbox("Ocultar mis reseñas de los buscadores", False)])),
        p.section("Funciones inteligentes", None,
                  p.switch("Resumen del parte con IA", True,
                           help="Te lo contamos en tres frases a partir del boletín oficial.")),
        p.section("Compartir", None,
                  p.checkbox("Enviar mi recorrido en directo a mis contactos de emergencia", True),
                  p.button("Editar contactos")),
        p.section("Tus datos", None, p.buttons("Descargar mis datos", "Eliminar cuenta")),
    )
    return p


PAGES = [wikiloc, tiendanimal, agrosens, huertovivo, cumbres]

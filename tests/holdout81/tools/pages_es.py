from lib import Page, ai, hide

LANGS = ["Español (España)", "Español (Latinoamérica)", "Català", "English", "Português"]


def opera(method):
    P = Page("es", "opera-cuenta-privacidad", "https://auth.opera.com/account/privacy",
             "Privacidad - Cuenta de Opera", "Opera", known=True, method=method,
             notes="Cuenta de Opera (reconstrucción, tú). Botón-interruptor 'Usar mis conversaciones con Aria "
                   "para entrenar modelos' (aria-labelledby) apagado; fila de estado invertida 'Exclusión del "
                   "entrenamiento de IA' Desactivada → sí se usan; casilla envolvente vaga 'Ayudar a mejorar "
                   "Opera' (la ayuda habla de entrenar Aria) marcada. Señuelos: Aria sin entrenamiento en "
                   "modo privado, Flow, VPN, notificaciones. Oculto: bloque con display:none en línea.",
             nav=["Perfil", "Seguridad", "Privacidad", "Sincronización", "Aria", "Suscripciones"],
             nav_label="Cuenta", search_label="Buscar en la ayuda", search_ph="Buscar en la ayuda",
             lang_label="Idioma", langs=LANGS, account="Lucía R.",
             menu=["Mis dispositivos", "Opera GX", "Cerrar sesión"],
             footer=["Opera", "Privacidad", "Términos", "Ayuda", "Empleo"],
             h1="Privacidad",
             lead="Decide qué se guarda en tu cuenta de Opera y para qué se usa.")
    s = P.section("Sincronización")
    s.switch("Sincronizar marcadores", True)
    s.switch("Sincronizar historial", True)
    s.switch("Sincronizar contraseñas", False)
    s.button("Borrar datos sincronizados")
    s = P.section("Aria", "Aria es la IA integrada en Opera. En las ventanas privadas no guarda nada.")
    s.switch("Mostrar Aria en la barra lateral", True)
    s.checkbox("Permitir que Aria lea la página abierta", True, wrap=True)
    s.btnswitch("Usar mis conversaciones con Aria para entrenar modelos", False, naming="labelledby",
                ai=ai("p"))
    s.staterow("Exclusión del entrenamiento de IA", "Desactivada", "Activar", False, naming="labelledby",
               help="Con la exclusión activada, nada de lo que hagas con tu cuenta se añade a los datos de "
                    "entrenamiento de Opera ni de sus socios.",
               ai=ai("i", pos=False))
    s.checkbox("Avisarme de las novedades de Aria", False)
    s = P.section("Datos de uso")
    s.checkbox("Ayudar a mejorar Opera", True, wrap=True,
               help="Si lo marcas, los datos sobre cómo usas el navegador (qué funciones abres y durante "
                    "cuánto tiempo) se utilizan para entrenar y ajustar los modelos de Aria.",
               ai=ai("v"))
    s.checkbox("Enviar informes de fallos automáticamente", True)
    s.select("Anuncios en la página de inicio", ["Personalizados", "Genéricos", "Ninguno"], 1)
    h = P.hidden("Opera Flow")
    h.checkbox("Compartir archivos de Flow para entrenar la IA", True, ai=ai("p"))
    s = P.section("Seguridad")
    s.button("Cambiar contraseña")
    s.staterow("Verificación en dos pasos", "Activada", "Gestionar", True, naming="suffix",
               suffix="la verificación en dos pasos")
    s.button("Descargar mis datos")
    return P


def buscaluz(method):
    P = Page("es", "buscaluz-ajustes", "https://buscaluz.test/ajustes", "Ajustes | Buscaluz", "Buscaluz",
             method=method,
             notes="Buscador inventado (usted). Fieldset 'Historial de búsqueda' solo identificable por el "
                   "encabezado 'Entrenamiento de modelos' = No incluir; desplegable vago 'Programa de "
                   "colaboradores' (la ayuda dice entrenar) = Participar; botones segmentados con doble "
                   "negación 'No permitir que mis búsquedas entrenen la IA' = Desactivado (sí se usan). Señuelos: respuestas "
                   "de IA sin entrenamiento, filtro familiar, anuncios, exportar. Oculto: clase CSS.",
             nav=["Búsqueda", "Respuestas", "Privacidad", "Publicidad", "Cuenta"],
             nav_label="Ajustes", search_label="Buscar", search_ph="¿Qué desea buscar?",
             lang_label="Idioma", langs=LANGS, account="Mi cuenta",
             menu=["Historial", "Facturación", "Salir"],
             footer=["Quiénes somos", "Privacidad", "Aviso legal", "Contacto"],
             h1="Ajustes",
             lead="Los cambios se aplican a todas las búsquedas que haga con su cuenta.")
    s = P.section("Búsqueda")
    s.select("Resultados por página", ["10", "20", "40"], 0)
    s.select("Filtro familiar", ["Estricto", "Moderado", "Desactivado"], 1)
    s.switch("Abrir resultados en otra pestaña", False)
    s.checkbox("Mostrar miniaturas de vídeo", True, wrap=True)
    s.textinput("Sitios que no quiere ver", "ejemplo-spam.es")
    s = P.section("Respuestas",
                  "Buscaluz redacta una respuesta breve con enlaces a las fuentes. Estas respuestas no "
                  "aprenden de su cuenta.")
    s.switch("Mostrar respuestas generadas", True)
    s.radiogroup("Tono de las respuestas", ["Neutro", "Cercano"], 0)
    s.select("Programa de colaboradores", ["No participar", "Participar"], 1,
             help="Quienes participan valoran respuestas de vez en cuando; esas valoraciones y las búsquedas "
                  "asociadas se emplean para entrenar nuestro motor de respuestas.",
             ai=ai("v", yes=[1]))
    s = P.section("Entrenamiento de modelos",
                  "Indique qué información suya puede incorporarse a los datos con los que entrenamos los "
                  "modelos de lenguaje de Buscaluz.")
    s.fieldset("Historial de búsqueda", ["Incluir", "No incluir"], 1, ai=ai("h", yes=[0]))
    s.segmented("No permitir que mis búsquedas entrenen la IA", ["Activado", "Desactivado"], 1,
                ai=ai("i", yes=[1]))
    h = P.hidden("Búsqueda por voz", hide_class="ajuste-retirado")
    h.switch("Grabaciones de voz para entrenar el reconocimiento", True, ai=ai("p"))
    s = P.section("Privacidad y publicidad")
    s.switch("Guardar las búsquedas realizadas", True)
    s.switch("Anuncios relacionados con lo que busca", True)
    s.button("Exportar historial")
    s.button("Borrar historial", cls="danger")
    s.checkbox("Recibir el boletín mensual", False)
    return P


def pestana(method):
    P = Page("es", "pestana-viva-configuracion", "https://pestana-viva.test/configuracion",
             "Configuración — Pestaña Viva", "Pestaña Viva", method=method,
             notes="Página de nueva pestaña inventada (tú). Tabla con título 'Datos que pueden entrenar a "
                   "Viva IA' y columna 'Permitir' (dos celdas); interruptor explícito 'Entrenar a Viva IA con "
                   "mis búsquedas desde la nueva pestaña' activado. Señuelos: resúmenes que no entrenan, "
                   "fondos, accesos directos, avisos sobre Viva IA. Oculto: bloque aria-hidden.",
             nav=["Diseño", "Accesos directos", "Viva IA", "Notas", "Cuenta"],
             nav_label="Configuración", search_label="Buscar en la web", search_ph="Busca o escribe una URL",
             lang_label="Idioma", langs=LANGS, account="Cuenta",
             menu=["Perfil", "Temas", "Cerrar sesión"],
             footer=["Ayuda", "Privacidad", "Condiciones"],
             h1="Configuración",
             lead="Todo lo que cambies aquí se aplica a tu nueva pestaña en todos tus dispositivos.")
    s = P.section("Diseño")
    s.segmented("Fondo", ["Foto del día", "Degradado", "Liso"], 0)
    s.switch("Mostrar frase del día", True)
    s.select("Densidad", ["Cómoda", "Compacta"], 0)
    s.checkbox("Ocultar el buscador", False, wrap=True)
    s.switch("Mostrar el tiempo", True)
    s.select("Idioma de las noticias", ["Español", "Inglés", "Catalán"], 0)
    s = P.section("Accesos directos")
    s.radiogroup("Qué accesos mostrar", ["Más visitados", "Elegidos por mí"], 0)
    s.button("Añadir acceso directo")
    s = P.section("Viva IA",
                  "Viva IA resume las noticias y tus notas. Los resúmenes se crean al momento y no se usan "
                  "para entrenar nada.")
    s.switch("Resumen de noticias por la mañana", True)
    s.switch("Entrenar a Viva IA con mis búsquedas desde la nueva pestaña", True, ai=ai("p"))
    s.checkbox("Notificarme cuando Viva IA tenga funciones nuevas", True)
    s = P.section("Notas", "Tus notas rápidas y listas se guardan cifradas en tu cuenta.")
    s.table("Datos que pueden entrenar a Viva IA", ["Permitir"],
            [("Notas rápidas", [True]), ("Listas de tareas", [False])],
            ai_cells={(0, 0): ai("h"), (1, 0): ai("h")}, corner="Datos")
    s.button("Exportar notas")
    h = P.hidden("Calendario")
    h.radiogroup("Eventos del calendario en el entrenamiento de Viva IA", ["Incluir", "Excluir"], 0,
                 ai=ai("p", yes=[0]))
    s = P.section("Cuenta")
    s.textinput("Nombre visible", "Marta")
    s.button("Cerrar sesión en todos los dispositivos")
    return P


def faro(method):
    P = Page("es", "faro-opciones", "https://bloqueanuncios-faro.test/panel/opciones",
             "Opciones de Faro", "Faro", method=method,
             notes="Bloqueador de anuncios inventado (tú). Radiogroup invertido 'Retirar mis informes de "
                   "anuncios del conjunto de entrenamiento' = Sí; botón-interruptor vago 'Faro Comunidad' "
                   "(aria-label; la ayuda dice entrenar) encendido; casilla 'Capturas de banners de cookies' "
                   "solo explicada por el encabezado. Señuelos: detector local, listas de filtros, lista "
                   "blanca, estadísticas. Oculto: visibility:hidden.",
             nav=["General", "Listas de filtros", "Lista blanca", "Detector IA", "Avanzado"],
             nav_label="Panel", search_label="Buscar opciones", search_ph="Buscar opciones",
             lang_label="Idioma", langs=LANGS, account="Mi Faro",
             menu=["Faro Pro", "Dispositivos", "Salir"],
             footer=["Documentación", "Informar de un fallo", "Privacidad", "Código fuente"],
             h1="Opciones",
             lead="Versión 2.9 · Todo el bloqueo ocurre en tu navegador.")
    s = P.section("General")
    s.switch("Bloquear anuncios", True)
    s.switch("Bloquear rastreadores", True)
    s.switch("Bloquear ventanas emergentes", True)
    s.checkbox("Mostrar el contador en el icono", True, wrap=True)
    s = P.section("Listas de filtros")
    s.table("Listas suscritas", ["Activa"],
            [("EasyList", [True]), ("Lista española", [True]), ("Molestias", [False])], corner="Lista")
    s.button("Actualizar listas")
    s = P.section("Detector IA", "El detector funciona en tu dispositivo y reconoce anuncios que las listas "
                  "todavía no tienen.")
    s.switch("Usar el detector", True)
    s.btnswitch("Faro Comunidad", True, naming="label",
                help="Envía muestras anónimas de los elementos que bloqueas para entrenar el modelo que "
                     "detecta anuncios nuevos.",
                ai=ai("v"))
    s.radiogroup("Retirar mis informes de anuncios del conjunto de entrenamiento", ["Sí, retirarlos", "No"], 0,
                 ai=ai("i", yes=[1]))
    s = P.section("Entrenamiento del detector de IA",
                  "Elige qué se aporta, sin datos de tu cuenta, al entrenamiento del detector.")
    s.checkbox("Capturas de banners de cookies", False, ai=ai("h"))
    h = P.hidden("Experimentos")
    h.segmented("Compartir mi historial de bloqueos para entrenar el modelo", ["Sí", "No"], 0,
                ai=ai("p", yes=[0]))
    s = P.section("Avanzado")
    s.checkbox("Avisarme cuando se actualice una lista", False)
    s.select("Registro de depuración", ["Apagado", "Básico", "Detallado"], 0)
    s.button("Exportar configuración")
    return P


def alba(method):
    P = Page("es", "alba-cuenta-privacidad", "https://navegador-alba.test/cuenta/privacidad",
             "Privacidad de la cuenta · Alba", "Alba", method=method,
             notes="Navegador inventado (usted). Desplegable explícito 'Uso de sus datos de navegación para "
                   "entrenar la IA de Alba' = Permitido; fila de estado vaga 'Mejora del asistente' "
                   "(Desactivada, sufijo oculto; la ayuda dice entrenar); interruptor invertido 'Proteger los "
                   "datos de mis hijos frente al entrenamiento de modelos' activado. Señuelos: control "
                   "parental, asistente local, pagos, accesibilidad. Oculto: diálogo cerrado.",
             nav=["Cuenta", "Privacidad", "Familia", "Asistente", "Pagos", "Accesibilidad"],
             nav_label="Configuración de la cuenta", search_label="Buscar en la configuración",
             search_ph="Buscar en la configuración", lang_label="Idioma", langs=LANGS,
             account="Sr. Ortega", menu=["Gestionar cuenta", "Familia", "Cerrar sesión"],
             footer=["Centro de ayuda", "Política de privacidad", "Novedades"],
             h1="Privacidad",
             lead="Revise cómo utiliza Alba los datos de su cuenta y de su grupo familiar.")
    s = P.section("Navegación")
    s.select("Uso de sus datos de navegación para entrenar la IA de Alba", ["Permitido", "No permitido"], 0,
             ai=ai("p", yes=[0]))
    s.switch("Enviar solicitud «No rastrear»", True)
    s.select("Cookies de terceros", ["Permitir", "Bloquear en ventanas privadas", "Bloquear siempre"], 1)
    s.button("Borrar datos de navegación")
    s = P.section("Asistente", "El asistente de Alba responde en la barra lateral.")
    s.switch("Activar el asistente", True)
    s.staterow("Mejora del asistente", "Desactivada", "Activar", False, naming="suffix",
               suffix="la mejora del asistente",
               help="Si la activa, sus preguntas al asistente y las respuestas que valore se utilizarán para "
                    "entrenar nuevas versiones del modelo.",
               ai=ai("v"))
    s.checkbox("Recibir avisos de nuevas funciones del asistente", False)
    s = P.section("Familia")
    s.switch("Proteger los datos de mis hijos frente al entrenamiento de modelos", True,
             help="Se aplica a las cuentas infantiles que usted administra.",
             ai=ai("i", pos=False))
    s.switch("Filtro de contenido para menores", True)
    s.select("Límite de tiempo diario", ["Sin límite", "1 hora", "2 horas"], 2)
    h = P.hidden("Datos de formularios", opener="Más opciones de privacidad")
    h.btnswitch("Aportar datos de autocompletado al entrenamiento de modelos", True, naming="label",
                ai=ai("p"))
    s = P.section("Pagos")
    s.switch("Guardar tarjetas", False)
    s.button("Ver métodos de pago")
    s = P.section("Accesibilidad")
    s.switch("Alto contraste", False)
    s.select("Tamaño de letra", ["Normal", "Grande", "Muy grande"], 0)
    return P


BUILDERS = [opera, buscaluz, pestana, faro, alba]

from lib import Page


def meetup():
    p = Page("es", "meetup-privacidad", "https://www.meetup.com/es-ES/account/privacy/",
             "Privacidad | Meetup", "Meetup",
             "Servicio conocido (grupos y eventos). Casilla vaga 'Participar en la mejora de las funciones "
             "inteligentes de Meetup' cuya ayuda habla de entrenar modelos (true); desplegable sobre fotos de "
             "eventos con 'No permitido' (false). Señuelos: recomendaciones de eventos, asistente de IA para "
             "redactar, tabla de comunicaciones por canal. Oculto: bloque aria-hidden.",
             ["Perfil", "Cuenta", "Privacidad", "Comunicaciones", "Pagos", "Aplicaciones"], real=True,
             nav_current=2, user="Lucía", search_ph="Buscar grupos y eventos", theme="groups")
    p.h("Privacidad", 1)
    with p.section("Tu perfil"):
        p.cb("Mostrar en mi perfil los grupos de los que soy miembro", True)
        p.cb("Mostrar mis intereses", True)
        p.radio("¿Quién puede enviarme mensajes?",
                ["Cualquier miembro de Meetup", "Solo miembros de mis grupos", "Solo organizadores"], 1)
    with p.section("Recomendaciones e IA"):
        p.sw("Recomendaciones de eventos según mis intereses", True,
             help="Se calculan a partir de tus grupos y RSVP y se quedan en tu cuenta.")
        p.sw("Asistente de IA para redactar descripciones de eventos", True,
             help="Genera borradores solo para ti; puedes editarlos antes de publicar.")
        p.cb("Participar en la mejora de las funciones inteligentes de Meetup", True,
             help="Si lo activas, usaremos las descripciones de eventos que escribas y tus mensajes en los grupos "
                  "para entrenar los modelos que generan sugerencias para organizadores.", ai=(True, "v"))
        p.sel("Uso de mis fotos de eventos para entrenar la IA de Meetup", ["Permitido", "No permitido"], 1,
              ai=(False, ""))
        with p.hidden("aria"):
            p.cb("Compartir mis fotos de eventos con socios para entrenar modelos de IA", False, ai=True)
    with p.section("Comunicaciones"):
        p.tbl("Avisos por canal", ["Aviso", "Correo", "Push"], [
            ("Nuevos eventos en mis grupos", [dict(k="cb", on=True), dict(k="cb", on=True)]),
            ("Recordatorios de eventos", [dict(k="cb", on=True), dict(k="cb", on=False)]),
            ("Mensajes de otros miembros", [dict(k="cb", on=False), dict(k="cb", on=True)]),
        ])
    with p.section("Tus datos"):
        p.link("Administrar aplicaciones conectadas")
        p.btn("Descargar mis datos")
        p.btn("Guardar")
    return p


def badoo():
    p = Page("es", "badoo-privacidad", "https://badoo.com/es/settings/privacy",
             "Ajustes de privacidad – Badoo", "Badoo",
             "Servicio conocido (citas). Interruptor con etiqueta visible por aria-labelledby 'No usar mi biografía "
             "ni mis fotos para entrenar los modelos de Badoo' activado (invertido → false); fila de estado "
             "'Oposición … No presentada' con botón 'Presentar oposición' + sufijo oculto (invertido, oposición "
             "no presentada → true). Señuelos: detector de fotos, sugerencias de conversación con IA, publicidad. "
             "Oculto: <dialog> cerrado sobre selfies.",
             ["Perfil", "Ajustes de búsqueda", "Privacidad", "Notificaciones", "Verificación"], real=True,
             nav_current=2, user="Andrés", search_ph="Buscar", theme="dating")
    p.h("Privacidad", 1)
    with p.section("Quién te ve"):
        p.sw("Mostrar mi estado de conexión", True)
        p.sw("Mostrar a qué distancia estoy", False)
        p.sw("Modo invisible", False, help="Solo te verán las personas a las que hayas dado me gusta.")
        p.radio("Quién puede ver mis fotos privadas", ["Nadie", "Mis matches", "Personas a las que dé acceso"], 2,
                mode="custom")
    with p.section("Ajustes de búsqueda"):
        p.sel("Mostrarme a", ["Hombres", "Mujeres", "Todos"], 1)
        p.sel("Distancia máxima", ["Mi ciudad", "20 km", "50 km", "100 km"], 1)
    with p.section("Seguridad"):
        p.sw("Detector de fotos inapropiadas", True, mode="lby",
             help="Difumina automáticamente las imágenes que puedan ser ofensivas.")
        p.cb("Confirmaciones de lectura", False)
    with p.section("Inteligencia artificial"):
        p.sw("No usar mi biografía ni mis fotos para entrenar los modelos de Badoo", True, mode="lby",
             ai=(False, "i"))
        p.state("Oposición al entrenamiento de IA con mis notas de voz", "No presentada",
                action="Presentar oposición", suffix="al uso de mis notas de voz para entrenar la IA",
                ai=(True, "i"))
        p.sw("Sugerencias de conversación con IA", True, mode="lby",
             help="Te proponemos una primera frase a partir del perfil de tu match.")
        with p.hidden("dialog", title="Verificación con selfie"):
            p.sw("Entrenar nuestro modelo de verificación con mis selfies", False, ai=True)
    with p.section("Publicidad y avisos"):
        p.cb("Publicidad personalizada", False)
        p.cb("Avisarme de nuevos me gusta", True)
    p.btn("Verificar mi perfil")
    p.btn("Guardar cambios")
    p.link("Eliminar cuenta")
    return p


def lagrada():
    p = Page("es", "lagrada-foro-privacidad", "https://lagrada-foro.test/ajustes/privacidad",
             "Ajustes de privacidad · La Grada", "La Grada",
             "Foro de aficionados inventado. Tabla cuyo título dice 'Entrenamiento de modelos de IA' y la columna "
             "'¿Se puede usar?'; los desplegables se llaman solo por su fila ('Mensajes en el foro público' Sí → "
             "true, 'Crónicas de partidos que publico' No → false; solo encabezado); 'Bloquear a los rastreadores "
             "de IA en mi perfil' marcada (invertido → false). Señuelos: resúmenes de "
             "hilos, traducción automática, datos de uso anónimos. Oculto: clase CSS display:none.",
             ["Perfil", "Privacidad", "Notificaciones", "Ignorados", "Firma"], nav_current=1,
             user="ElTxingurri", search_ph="Buscar en el foro", theme="fan-forum")
    p.h("Privacidad", 1)
    with p.section("Perfil"):
        p.text("Nombre de usuario", "ElTxingurri")
        p.sel("Equipo favorito", ["Athletic Club", "Real Sociedad", "Osasuna", "Otro"], 0)
        p.cb("Mostrar mi firma en los mensajes", True)
        p.cb("Ocultar los mensajes de usuarios que he ignorado", True)
    with p.section("Tus mensajes y la IA",
                   intro="Estamos desarrollando un modelo propio para moderar y resumir los hilos de partido."):
        p.tbl("Entrenamiento de modelos de IA", ["Contenido", "¿Se puede usar?"], [
            ("Mensajes en el foro público", [dict(k="sel", opts=["Sí", "No"], sel=0, name="row",
                                                  ai=(True, "h"))]),
            ("Crónicas de partidos que publico", [dict(k="sel", opts=["Sí", "No"], sel=1, name="row",
                                                       ai=(False, "h"))]),
            ("Mensajes privados", ["Nunca se usan"]),
        ])
        p.cb("Bloquear a los rastreadores de IA en mis páginas del foro", True,
             help="Pedimos a los bots que recopilan textos para entrenar modelos que no lean tus mensajes ni tu firma.",
             ai=(False, "i"))
        p.sw("Resúmenes automáticos de hilos largos", True)
        p.cb("Traducir automáticamente mensajes en otros idiomas", False)
        with p.hidden("class", cls="oculto"):
            p.sw("Ceder mis crónicas a medios asociados para entrenar su IA", False, ai=True)
    with p.section("Notificaciones"):
        p.cb("Avisarme cuando me citen", True)
        p.cb("Avisarme de respuestas en hilos que sigo", True)
        p.sel("Resumen por correo", ["Nunca", "Diario", "Semanal"], 2)
        p.cb("Reproducir automáticamente los vídeos de jugadas", False)
    with p.section("Estadísticas"):
        p.cb("Enviar datos de uso anónimos", True,
             help="Nos ayudan a saber qué secciones se usan más. No se utilizan para entrenar ninguna IA.")
    p.link("Exportar mis mensajes")
    p.actions("Guardar", "Restablecer")
    return p


def parroquia():
    p = Page("es", "parroquia-conecta-ajustes", "https://app.parroquiaconecta.test/ajustes",
             "Ajustes – Parroquia Conecta", "Parroquia Conecta",
             "App de comunidad parroquial inventada, con un role=dialog abierto sobre el asistente: par Sí/No "
             "en role=radiogroup ('¿Podemos usar tus preguntas al asistente para entrenarlo?' Sí → true) y "
             "'Excluir las grabaciones de las salas de oración del entrenamiento' sin marcar (invertido → true). "
             "Señuelos: subtítulos en directo, recordar preguntas en la cuenta, supervisión parental, salas de "
             "voz. Oculto: bloque con atributo hidden.",
             ["Inicio", "Grupos", "Salas de oración", "Ajustes", "Donativos"], nav_current=3,
             user="Mercedes R.", search_ph="Buscar grupos, misas, eventos", theme="religious")
    p.h("Ajustes", 1)
    with p.section("Grupos y mensajes"):
        p.cb("Permitir mensajes de otros miembros de la parroquia", True)
        p.sel("Mostrar mi nombre como", ["Nombre completo", "Solo el nombre", "Iniciales"], 1)
        p.sel("Avisos de misas y eventos", ["Todos", "Solo de mis grupos", "Ninguno"], 1)
        p.cb("Añadir las misas de mis grupos a mi calendario", False)
    with p.section("Salas de oración en directo"):
        p.sw("Entrar con el micrófono silenciado", True)
        p.sw("Subtítulos en directo", False, help="Se generan en tiempo real y no se guardan.")
        p.cb("Permitir que se graben las salas en las que hablo", False)
    with p.section("Menores"):
        p.cb("Mi hijo solo puede unirse a grupos de catequesis", True)
        p.link("Política de protección de menores")
    with p.section("Donativos"):
        p.sw("Recibir el certificado de donativos por correo", True)
        p.link("Ver mis donativos de este año")
    with p.dialog("Tus datos y nuestro asistente",
                  desc="Estamos mejorando el asistente que responde dudas sobre horarios, sacramentos y "
                       "actividades."):
        p.radio("¿Podemos usar tus preguntas al asistente para entrenarlo?", ["Sí", "No"], 0, mode="aria",
                ai=(True, ""))
        p.cb("Excluir las grabaciones de las salas de oración del entrenamiento", False, ai=(True, "i"))
        p.cb("Recordar mis preguntas frecuentes en mi cuenta", True,
             help="Solo sirve para mostrarte antes las respuestas que consultas a menudo.")
        p.actions("Guardar mi elección", "Ahora no")
    with p.hidden("hidden"):
        p.cb("Compartir las intenciones de oración con el socio tecnológico para entrenar modelos", False, ai=True)
    p.btn("Descargar mis datos")
    return p


def padel():
    p = Page("es", "padel-miramar-privacidad", "https://socios.padelmiramar.test/mi-cuenta/privacidad",
             "Privacidad – Club Pádel Miramar", "Club Pádel Miramar",
             "Portal de socios de un club de pádel inventado. Bajo el título 'Entrenamiento de la IA de análisis' "
             "dos grupos de botones segmentados nombrados solo 'Vídeos de mis partidos' (No → false) y "
             "'Estadísticas de mis golpes' (Sí → true) (solo encabezado); interruptor 'Desactivar el uso de mis "
             "datos de la pulsera para mejorar los modelos' desactivado (invertido → true). Señuelos: análisis "
             "automático de partidos, ofertas de patrocinadores. Oculto: visibility:hidden.",
             ["Mi perfil", "Reservas", "Ranking", "Privacidad", "Cuotas"], nav_current=3,
             user="Javi M.", search_ph="Buscar socios o pistas", theme="sports-club")
    p.h("Privacidad", 1)
    with p.section("Perfil de jugador"):
        p.cb("Aparecer en el ranking público del club", True)
        p.cb("Permitir que otros socios me inviten a partidos", True)
        p.sel("Nivel de juego visible para", ["Todos los socios", "Mis compañeros habituales", "Nadie"], 0)
        p.text("Teléfono", "+34 600 123 456", type="tel")
        p.sw("Compartir mis resultados en redes sociales", False)
    with p.section("Vídeo de las pistas"):
        p.sw("Análisis automático de mis partidos grabados", True,
             help="Recibirás un informe con tus golpes tras cada partido; el análisis es solo para ti.")
        p.cb("Reproducir automáticamente los resúmenes en vídeo", False)
    with p.section("Entrenamiento de la IA de análisis",
                   intro="Las cámaras de las pistas 1 a 4 pueden ayudar a entrenar el sistema que reconoce golpes. "
                         "Decide qué podemos usar."):
        p.seg("Vídeos de mis partidos", ["Sí", "No"], 1, ai=(False, "h"))
        p.seg("Estadísticas de mis golpes", ["Sí", "No"], 0, ai=(True, "h"))
        p.sw("Desactivar el uso de mis datos de la pulsera para mejorar los modelos", False,
             help="Frecuencia cardiaca y movimientos registrados por la pulsera del club.", ai=(True, "i"))
        with p.hidden("visibility"):
            p.cb("Ceder los vídeos de las pistas a la federación para entrenar su IA", True, ai=True)
    with p.section("Reservas y patrocinadores"):
        p.cb("Recordatorio 2 horas antes del partido", True)
        p.sel("Pista favorita", ["Sin preferencia", "Pista 1", "Pista 2", "Pista central"], 0)
        p.cb("Ofertas personalizadas de patrocinadores", False)
        p.state("Forma de pago de la cuota", "Domiciliación bancaria · ES12 **** 4471", suffix="forma de pago")
    p.link("Descargar historial de partidos")
    p.actions("Guardar", "Cancelar")
    return p


def build():
    return [meetup(), badoo(), lagrada(), parroquia(), padel()]

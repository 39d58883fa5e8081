from lib import *

def build():
    P = []
    # 1 ---------------------------------------------------------------- tl;dv (known)
    p = Page("es", "tldv-privacidad", "https://tldv.io/app/settings/privacy", "tl;dv",
             "Privacidad", known=True, hidden_method="display", account="Marta Gil",
             nav=["Perfil", "Grabaciones", "Integraciones", "Privacidad", "Equipo", "Facturación"], active=3,
             note="Reconstrucción de los ajustes de tl;dv (tuteo); una casilla vaga dentro de un <details> cerrado.")
    p.sec("Grabación", None,
          select("Unirse automáticamente a", ["Todas las reuniones con enlace", "Solo reuniones internas", "Ninguna"], 1),
          sw("Anunciar la grabación en el chat", True),
          cb("Grabar también la pantalla compartida", True, wrap=True))
    p.sec("Notas con IA", "Las notas y los resúmenes se generan solo para tus reuniones; el modelo no aprende de ellas.",
          sw("Resúmenes automáticos", True),
          select("Plantilla de notas", ["Ventas (BANT)", "Reunión 1:1", "Retrospectiva"], 0),
          cb("Enviar las notas a HubSpot", False))
    p.sec("Privacidad de tus datos", None,
          sw("Permitir que tl;dv use mis grabaciones para entrenar modelos de IA", False, ai="p"),
          select("Limitar el uso de mis transcripciones para entrenamiento",
                 ["Sin límite", "Solo datos anonimizados", "No usarlas nunca"], 1, ai=("i", True)),
          hide("display", radiogroup("Entrenamiento con notas de reuniones", ["Permitido", "No permitido"], 0, ai=("p", True))),
          details("Opciones avanzadas",
                  cb("Compartir fragmentos con el equipo de investigación", True, ai="v",
                     help="Los fragmentos se usan para entrenar y evaluar los modelos de transcripción de tl;dv."),
                  cb("Borrar a los 30 días las grabaciones con invitados externos", False)))
    p.sec("Integraciones", None,
          staterow("Google Meet", "Conectado", "Desconectar", naming="by"),
          staterow("Slack", "No conectado", "Conectar", naming="by"))
    p.sec("Notificaciones", None,
          cb("Avisarme cuando una grabación esté lista", True),
          cb("Novedades de producto e IA", False))
    p.sec("Tus archivos", None, button("Descargar todas mis grabaciones"))
    P.append(p)

    # 2 ---------------------------------------------------------------- invented video-call app (tú)
    p = Page("es", "reunete-privacidad", "https://app.reunete.test/ajustes/privacidad", "Reúnete",
             "Ajustes de privacidad", hidden_method="class", account="Álvaro",
             nav=["Cuenta", "Llamadas", "Privacidad", "Apariencia", "Seguridad", "Plan"], active=2,
             note="App de videollamadas inventada; tabla cuyo único indicio de entrenamiento es el caption, interruptor con negación.")
    p.sec("Llamadas", None,
          select("Calidad de vídeo", ["Automática", "Alta (720p)", "Ahorro de datos"], 0),
          sw("Eliminar ruido de fondo", True),
          cb("Entrar con la cámara apagada", False, wrap=True))
    p.sec("Sala de espera", None,
          radios("¿Quién puede entrar sin esperar?", ["Cualquiera con el enlace", "Personas de mi equipo", "Nadie"], 1),
          cb("Pedir el nombre a los invitados", True))
    p.sec("Funciones inteligentes",
          "El desenfoque de fondo y los subtítulos funcionan en tu dispositivo. No se envía nada para entrenar modelos.",
          sw("Subtítulos en directo", True),
          sw("Encuadre automático", False))
    p.sec("Uso de tus datos", None,
          table("Elige qué datos pueden servir para entrenar los modelos de Reúnete", ["Audio", "Texto del chat"],
                [("Llamadas de grupo", [(False, "h"), (True, "h")])]),
          bsw("No usar mis llamadas grabadas para mejorar la IA", False, naming="by", ai="i"),
          hide("class", cb("Entrenar modelos con mis reacciones y encuestas", True, ai="p"), cls="solo-beta"))
    p.sec("Apariencia", None,
          select("Tema", ["Claro", "Oscuro", "Automático"], 2),
          cb("Mostrar mi hora local", True))
    p.sec("Notificaciones", None, cb("Sonido cuando alguien entra", True))
    p.sec("Seguridad", None,
          staterow("Verificación en dos pasos", "Desactivada", "Activar", naming="by"),
          button("Cerrar sesión en todos los dispositivos"))
    P.append(p)

    # 3 ---------------------------------------------------------------- invented webinar platform (usted)
    p = Page("es", "ponencia-datos", "https://panel.ponencia.test/configuracion/datos", "Ponencia",
             "Configuración de datos", hidden_method="aria", account="Fundación Lumen",
             nav=["Webinars", "Inscripción", "Sala", "Datos", "Pagos", "Usuarios"], active=3,
             note="Plataforma de webinars inventada (usted); pregunta con doble negación en radios, grupo segmentado explícito.")
    p.sec("Inscripción", None,
          textfield("Texto del botón de inscripción", "Reserve su plaza"),
          cb("Solicitar el nombre de la empresa", True, wrap=True),
          radios("Confirmación de la inscripción", ["Automática", "Revisión manual"], 0))
    p.sec("Sala del webinar", None,
          sw("Chat público", True),
          sw("Preguntas y respuestas moderadas", True),
          select("Idioma de la interfaz para los asistentes", ["Español", "Inglés", "Portugués"], 0))
    p.sec("Asistente de IA",
          "El asistente resume las preguntas del público durante la sesión. Ponencia no utiliza este contenido para entrenar modelos.",
          sw("Agrupar preguntas similares", True),
          cb("Avisarme cuando haya nuevas funciones de IA", False))
    p.sec("Uso de datos para inteligencia artificial", None,
          radiogroup("Programa de socios de investigación", ["Inscrito", "No inscrito"], 0, ai=("v", True),
                     help="Los socios ceden las grabaciones de sus webinars para el entrenamiento de nuestros modelos de subtitulado automático."),
          radios("¿Desea dejar de ceder sus transcripciones para entrenar la IA?", ["Sí", "No"], 1, ai=("i", True, "dn")),
          segmented("Entrenar la IA de Ponencia con las encuestas de mis webinars", ["Sí", "No"], 1, ai=("p", False)),
          hide("aria", sw("Permitir el entrenamiento con datos de los asistentes", True, ai="p")))
    p.sec("Analítica y publicidad", None,
          sw("Píxel de Meta en la página de inscripción", False),
          cb("Compartir los informes con los ponentes invitados", True))
    p.sec("Pagos", None, staterow("Redsys", "Conectado", "Desconectar", naming="by"))
    p.sec("Exportación", None, button("Exportar asistentes (XLSX)"))
    P.append(p)

    # 4 ---------------------------------------------------------------- invented minutes bot (tú)
    p = Page("es", "actabot-datos", "https://actabot.test/cuenta/datos", "ActaBot",
             "Tus datos", hidden_method="visibility", account="Lucía Ferrer",
             nav=["Actas", "Bot", "Conexiones", "Tus datos", "Notificaciones", "Suscripción"], active=3,
             note="Bot de actas inventado (tuteo); fila de estado con sufijo oculto, interruptor «Pausar», desplegable explicado por el encabezado.")
    p.sec("Bot de actas", None,
          textfield("Nombre del bot en la reunión", "ActaBot de Lucía"),
          radios("¿Cuándo se une?", ["A todas mis reuniones", "Solo si lo invito"], 1),
          sw("Pedir permiso a los asistentes antes de grabar", True))
    p.sec("Actas", None,
          select("Idioma del acta", ["Detectar automáticamente", "Español", "Catalán", "Inglés"], 0),
          cb("Incluir marcas de tiempo", True, wrap=True),
          sw("Enviar el acta por correo a los asistentes", False))
    p.sec("Tus datos", None,
          staterow("Programa Mejora ActaBot", "Estado: activado", "Salir", naming="sr", suffix="del programa Mejora ActaBot",
                   ai=("v", True),
                   help="Con el programa, parte de tus audios se revisa y se etiqueta para entrenar los modelos de reconocimiento de voz de ActaBot."),
          bsw("Pausar el entrenamiento con mis actas", True, naming="text", ai="i"),
          hide("visibility", cb("Ceder mis grabaciones para entrenar modelos", False, ai="p")))
    p.sec("Entrenamiento de nuestros modelos de resumen",
          "Decide si tus actas pueden formar parte de los datos con los que entrenamos el generador de resúmenes.",
          select("Actas de reuniones internas", ["Sí", "Solo sin nombres propios", "No"], 2, ai=("h", False)))
    p.sec("Conexiones", None,
          staterow("Microsoft Teams", "Conectado", "Desconectar", naming="by"),
          staterow("Notion", "No conectado", "Conectar", naming="by"))
    p.sec("Notificaciones", None,
          cb("Resumen semanal", True),
          cb("Avisarme si falla una grabación", True),
          cb("Consejos de uso", False))
    p.sec("Zona de peligro", None, button("Borrar todas las actas", cls="danger"))
    P.append(p)

    # 5 ---------------------------------------------------------------- invented virtual fair (usted)
    p = Page("es", "feriadigital-privacidad", "https://organizadores.feriadigital.test/ajustes/privacidad", "Feria Digital",
             "Privacidad y datos del evento", hidden_method="dialog", account="Colegio de Enfermería",
             nav=["Evento", "Agenda", "Expositores", "Entradas", "Privacidad y datos", "Informes"], active=4,
             note="Plataforma de ferias virtuales inventada (usted); control en diálogo cerrado, segmentado explicado por el encabezado.")
    p.sec("Evento", None,
          textfield("Nombre del evento", "Congreso Nacional de Enfermería 2025"),
          select("Zona horaria", ["Europa/Madrid", "América/Ciudad de México", "América/Bogotá"], 0),
          radios("Acceso", ["Público", "Con entrada", "Solo por invitación"], 1))
    p.sec("Networking", None,
          sw("Citas 1:1 por videollamada", True),
          cb("Mostrar el directorio de asistentes", True, wrap=True))
    p.sec("Datos del evento y modelos de IA", None,
          radios("Uso de las ponencias grabadas para entrenar modelos de IA",
                 ["Permitido", "Solo ponencias públicas", "No permitido"], 0, ai=("p", True)),
          radiogroup("Colaboración con el laboratorio de datos", ["Activa", "Inactiva"], 1, ai=("v", False),
                     help="El laboratorio de datos de Feria Digital entrena sus modelos de recomendación con el historial de visitas a stands y charlas."),
          hide("dialog",
               sw("Entrenar modelos con los chats de los stands", True, ai="p"),
               cb("Anonimizar los correos en los informes", True),
               opener="Configuración avanzada de datos", title="Configuración avanzada de datos",
               close="Cancelar", save="Guardar"))
    p.sec("Aprendizaje automático con las preguntas del público",
          "Las preguntas enviadas durante las charlas pueden incorporarse, sin datos personales, a los conjuntos de entrenamiento del moderador automático.",
          segmented("Preguntas del público", ["Incluir", "Excluir"], 0, ai=("h", True)))
    p.sec("Patrocinio", None,
          cb("Banners de patrocinadores en el vestíbulo", True),
          sw("Enviar contactos a los expositores con consentimiento", False))
    p.sec("Pagos", None, staterow("Stripe", "Conectado", "Gestionar", naming="by"))
    p.sec("Accesibilidad", None,
          cb("Subtítulos activados por defecto", True),
          select("Contraste", ["Normal", "Alto"], 0),
          button("Exportar informe de asistencia"))
    P.append(p)
    return P

from lib import Page


def pages():
    out = []

    # 1 ---------------------------------------------------------------- Insight Timer (known, tú)
    p = Page("es", "insighttimer-privacidad", "https://insighttimer.com/es/ajustes/privacidad", "Insight Timer",
             "Privacidad", known=True, theme="meditation", accent="#b5763a", bg="#faf6f1", hidecls="is-hidden",
             nav=[("Perfil", "/es/ajustes/perfil", False), ("Membresía", "/es/ajustes/membresia", False),
                  ("Temporizador", "/es/ajustes/temporizador", False), ("Privacidad", "/es/ajustes/privacidad", True),
                  ("Notificaciones", "/es/ajustes/notificaciones", False), ("Ayuda", "/es/ayuda", False)],
             menu=[("Mi perfil", "/es/perfil"), ("Mis amigos", "/es/amigos"), ("Cerrar sesión", "/es/logout")],
             footer=[("Privacidad", "/es/privacy"), ("Términos", "/es/terms"), ("Profesores", "/es/teachers"),
                     ("Contacto", "/es/contact")],
             search_ph="Busca meditaciones, profesores, música",
             lede="Tú decides qué ve la comunidad y qué hacemos con tus datos.",
             notes="Servicio conocido, textos inventados (tuteo). v: botones aria-pressed 'Ayudar a mejorar Insight Timer' (solo la ayuda habla de entrenar); p: role=radiogroup 'Usar mis diarios de meditación para entrenar la IA' (No permitir); i: interruptor 'Excluir mis grabaciones de voz del entrenamiento de modelos' (desactivado = se comparte). Oculto: bloque con display:none en línea. Señuelos: temporizador, campanas, presencia en el mapa, amigos, recomendaciones.")
    p.section("Temporizador")
    p.select("Campana de inicio", ["Cuenco tibetano", "Gong", "Campana de templo", "Ninguna"], 0)
    p.select("Intervalo", ["Sin intervalos", "Cada 5 minutos", "Cada 10 minutos"], 0)
    p.switch("Sonido ambiente durante la sesión", True)
    p.section("Comunidad")
    p.switch("Mostrarme en el mapa de quién medita ahora", True)
    p.radios("Quién puede ver mis estadísticas", ["Todo el mundo", "Mis amigos", "Solo yo"], 1)
    p.check("Aceptar solicitudes de amistad automáticamente", False)
    p.section("Recomendaciones")
    p.switch("Recomendaciones según lo que escucho", True,
             "Se calculan para tu cuenta y puedes reiniciarlas cuando quieras.")
    p.ctl_button("Reiniciar recomendaciones")
    p.section("Tus datos y la inteligencia artificial",
              "Estamos incorporando nuevas herramientas en Insight Timer. Aquí eliges cómo participan tus datos.")
    p.pressed("Ayudar a mejorar Insight Timer", ["Sí", "No"], 0, share=[True, False],
              help="Usamos tu historial de meditación, tus valoraciones y tus comentarios para entrenar los modelos que recomiendan contenido.",
              ai="v")
    p.radios("Usar mis diarios de meditación para entrenar la IA", ["Permitir", "No permitir"], 1,
             share=[True, False], style="aria", ai="p")
    p.switch("Excluir mis grabaciones de voz del entrenamiento de modelos", False, ai="i")
    p.raw('<div class="row" style="display:none">')
    p.hide_stack.append(("inline-display-none", "div"))
    p.check("Compartir mis datos de sueño con socios para entrenar sus modelos de IA", True, ai="p")
    p.hide_stack.pop()
    p.raw("</div>")
    p.section("Cuenta")
    p.text("Correo electrónico", "lucia.mh@example.es", type="email")
    p.check("Boletín semanal", True)
    p.ctl_button("Descargar mis datos")
    p.ctl_button("Eliminar mi cuenta")
    out.append(p)

    # 2 ---------------------------------------------------------------- Diario Brújula (invented, tú)
    p = Page("es", "diario-brujula-datos-ia", "https://app.diariobrujula.test/ajustes/datos-e-ia", "Brújula",
             "Datos e IA", theme="journaling", accent="#1f7a8c", bg="#f2f7f8", hidecls="oculto",
             nav=[("General", "/ajustes", False), ("Diarios", "/ajustes/diarios", False),
                  ("Seguridad", "/ajustes/seguridad", False), ("Datos e IA", "/ajustes/datos-e-ia", True),
                  ("Suscripción", "/ajustes/suscripcion", False)],
             menu=[("Perfil", "/perfil"), ("Invitar a un amigo", "/invitar"), ("Salir", "/salir")],
             footer=[("Aviso legal", "/aviso-legal"), ("Privacidad", "/privacidad"), ("Cookies", "/cookies")],
             search_ph="Buscar en mis entradas",
             lede="Escribe con tranquilidad: nada sale de tu diario sin que lo decidas tú.",
             notes="Inventado (diario personal, tuteo). h: fieldset 'Tus entradas' bajo el título 'Entrenamiento de la IA de Brújula'; v: botón interruptor con texto 'Compartir para mejorar Brújula' (solo la ayuda habla de entrenar); p: casilla sobre notas de voz. Oculto: clase CSS con display:none. Señuelos: preguntas guiadas por IA, resumen semanal, bloqueo, copia de seguridad.")
    p.section("Escritura")
    p.switch("Pregunta guiada cada mañana", True)
    p.switch("Preguntas de seguimiento con IA", True,
             "La IA te propone una pregunta según lo que acabas de escribir. No guardamos esas preguntas.")
    p.check("Resumen semanal por correo", False)
    p.select("Tema", ["Claro", "Oscuro", "Sepia"], 2)
    p.section("Seguridad")
    p.switch("Bloquear con huella o código", True)
    p.switch("Cifrado de extremo a extremo", True)
    p.section("Copia de seguridad")
    p.switch("Copia automática en la nube", True)
    p.pressed("Frecuencia", ["Diaria", "Semanal"], 0)
    p.section("Entrenamiento de la IA de Brújula",
              "Estamos entrenando un modelo propio para las preguntas guiadas. Indica qué parte de tu diario puede servir para entrenarlo.")
    p.radios("Tus entradas", ["Todas", "Solo las que marque", "Ninguna"], 2, share=[True, True, False], ai="h")
    p.bswitch("Compartir para mejorar Brújula", True, naming="text",
              help="Tus valoraciones de las preguntas guiadas y las respuestas que aceptas se usan para entrenar el modelo de sugerencias.", ai="v")
    p.check("Permitir que Brújula entrene sus modelos con mis notas de voz", False, ai="p")
    p.begin_hidden("css-class")
    p.switch("Usar las fotos de mis entradas para entrenar el modelo de imágenes", True, ai="p")
    p.end_hidden()
    p.section("Recordatorios")
    p.switch("Recordarme escribir por la noche", True)
    p.select("Hora", ["21:00", "22:00", "23:00"], 1)
    p.section("Cuenta")
    p.ctl_button("Exportar en PDF")
    p.ctl_button("Exportar en texto plano")
    p.ctl_button("Borrar mi cuenta")
    out.append(p)

    # 3 ---------------------------------------------------------------- Carta Luz (invented, tú)
    p = Page("es", "cartaluz-privacidad", "https://www.cartaluz.test/cuenta/privacidad", "Carta Luz",
             "Privacidad", theme="astrology", accent="#c2417a", bg="#fbf3f7", hidecls="no-mostrar",
             nav=[("Mi carta astral", "/cuenta/carta", False), ("Sinastría", "/cuenta/sinastria", False),
                  ("Avisos", "/cuenta/avisos", False), ("Privacidad", "/cuenta/privacidad", True),
                  ("Plan Estelar", "/cuenta/plan", False)],
             menu=[("Mi carta", "/cuenta/carta"), ("Regalar una lectura", "/regalo"), ("Cerrar sesión", "/logout")],
             footer=[("Aviso legal", "/legal"), ("Política de privacidad", "/privacidad"), ("Condiciones", "/condiciones")],
             search_ph="Signos, casas, tránsitos…",
             lede="Tu carta astral dice mucho de ti. Por eso te dejamos decidir qué hacemos con ella.",
             notes="Inventado (astrología, tuteo). h: celdas de tabla sin etiqueta propia (cabecera de fila × columna 'Entrenamiento de modelos'); i: botones aria-pressed 'Bloquear el uso de mis consultas para entrenar la IA' (Activado = no se comparte). Oculto: bloque aria-hidden. Señuelos: astróloga virtual, horóscopo diario, sinastría visible, idioma de las lecturas.")
    p.section("Datos de nacimiento")
    p.text("Ciudad de nacimiento", "Valparaíso")
    p.text("Hora de nacimiento", "06:20", type="time")
    p.check("No conozco la hora exacta", False)
    p.section("Avisos")
    p.switch("Horóscopo diario", True)
    p.switch("Tránsitos importantes", True)
    p.switch("Eclipses y lunas nuevas", False)
    p.section("Astróloga virtual")
    p.bswitch("Hablar con Vega, la astróloga virtual", True, naming="label",
              help="Vega responde con IA a partir de tu carta.")
    p.select("Extensión de las respuestas", ["Breve", "Normal", "Detallada"], 1)
    p.section("Uso de tus datos")
    p.table("Marca para qué podemos usar cada dato.", ["Lecturas personalizadas", "Entrenamiento de modelos"],
            ["Datos de nacimiento", "Preguntas a Vega"], [[True, True], [True, False]],
            ai={(0, 1): "h", (1, 1): "h"}, naming="headers")
    p.pressed("Bloquear el uso de mis consultas para entrenar la IA", ["Activado", "Desactivado"], 0,
              share=[False, True], ai="i")
    p.begin_hidden("aria-hidden")
    p.check("Usar las cartas de mis contactos para entrenar la IA", True, ai="p")
    p.end_hidden()
    p.section("Sinastría")
    p.switch("Permitir que mis amigos comparen su carta con la mía", True)
    p.radios("Mostrar mi signo en el perfil", ["Sol", "Sol, Luna y Ascendente", "Nada"], 1)
    p.ctl_button("Eliminar mi cuenta")
    out.append(p)

    # 4 ---------------------------------------------------------------- Fe Viva (invented, usted)
    p = Page("es", "feviva-privacidad", "https://fevivaapp.test/configuracion/privacidad", "Fe Viva",
             "Privacidad", theme="faith", accent="#2d5d9f", bg="#f2f5fa", hidecls="is-collapsed",
             nav=[("Perfil", "/configuracion/perfil", False), ("Mi iglesia", "/configuracion/iglesia", False),
                  ("Plan de lectura", "/configuracion/lectura", False), ("Privacidad", "/configuracion/privacidad", True),
                  ("Ofrendas", "/configuracion/ofrendas", False)],
             menu=[("Perfil", "/perfil"), ("Mis grupos", "/grupos"), ("Cerrar sesión", "/logout")],
             footer=[("Aviso de privacidad", "/aviso-de-privacidad"), ("Términos", "/terminos"), ("Contacto", "/contacto")],
             search_ph="Buscar versículos, devocionales, grupos",
             lede="Cuidamos sus peticiones y notas como algo sagrado.",
             notes="Inventado (iglesia evangélica, usted). v: role=radiogroup 'Colaborar con la mejora de la aplicación' (solo la ayuda habla de entrenar); i: fila de estado con sufijo oculto 'Desactivar Exclusión del entrenamiento de IA' (exclusión activa = no se comparte); h: lista 'Peticiones de oración' bajo el título de modelos de IA. Oculto: visibility:hidden. Señuelos: versículo del día, devocional leído por IA, muro de oración, ofrendas.")
    p.section("Lectura")
    p.select("Versión de la Biblia", ["Reina-Valera 1960", "Nueva Versión Internacional", "Dios Habla Hoy"], 0)
    p.switch("Versículo del día", True)
    p.switch("Devocional narrado con voz sintética", False,
             "La voz se genera al momento; su actividad no se guarda.")
    p.section("Muro de oración")
    p.radios("Quién ve mis peticiones", ["Solo yo", "Mi grupo", "Toda la iglesia"], 1)
    p.check("Publicar de forma anónima", False)
    p.check("Avisarme cuando alguien ore por mí", True)
    p.section("Notificaciones")
    p.switch("Eventos de mi iglesia", True)
    p.switch("Mensajes del pastor", True)
    p.section("Modelos de inteligencia artificial",
              "Entrenamos el asistente bíblico de Fe Viva con contenido que aporta la comunidad. Elija qué desea aportar.")
    p.select("Peticiones de oración", ["Compartir", "No compartir"], 0, share=[True, False], ai="h")
    p.radios("Colaborar con la mejora de la aplicación", ["Sí, colaborar", "No colaborar"], 0, share=[True, False],
             style="aria",
             help="Sus búsquedas bíblicas y notas de estudio se utilizan para entrenar nuestro asistente.", ai="v")
    p.begin_details("Opciones para notas de sermón")
    p.state("Exclusión del entrenamiento de IA", "Activa para sus notas de sermón", "Desactivar", True, ai="i")
    p.end_details()
    p.begin_hidden("visibility-hidden")
    p.switch("Usar los mensajes de mi grupo para entrenar el asistente", True, ai="p")
    p.end_hidden()
    p.section("Grupos")
    p.check("Mostrar mi nombre en la lista del grupo", True)
    p.check("Permitir mensajes privados de otros miembros", False)
    p.section("Ofrendas")
    p.check("Recibo anual por correo", True)
    p.ctl_button("Administrar tarjetas")
    out.append(p)

    # 5 ---------------------------------------------------------------- Impulsa Coaching (invented, usted)
    p = Page("es", "impulsa-coaching-ia", "https://cuenta.impulsa-coaching.test/preferencias/inteligencia-artificial",
             "Impulsa", "Inteligencia artificial", theme="coaching", accent="#e0662e", bg="#fbf5f1", hidecls="hide",
             nav=[("Mis metas", "/preferencias/metas", False), ("Mi coach", "/preferencias/coach", False),
                  ("Calendario", "/preferencias/calendario", False),
                  ("Inteligencia artificial", "/preferencias/inteligencia-artificial", True),
                  ("Facturación", "/preferencias/facturacion", False)],
             menu=[("Mi perfil", "/perfil"), ("Cambiar de plan", "/planes"), ("Cerrar sesión", "/logout")],
             footer=[("Aviso legal", "/legal"), ("Privacidad", "/privacidad"), ("Código ético", "/etica")],
             lede="Su proceso de coaching es confidencial. Aquí decide cómo interviene la IA.",
             notes="Inventado (coaching, usted). v: fieldset 'Programa de mejora continua' (solo la ayuda habla de entrenar); p: botón interruptor con aria-label 'Entrenar la IA con mis sesiones'; i: fila de estado con aria-labelledby 'Ejercer oposición Oposición al entrenamiento de modelos' (sin ejercer = se comparte). Oculto: <dialog> cerrado. Señuelos: resúmenes por IA, recordatorios, calendario, informes para la empresa.")
    p.section("Sesiones")
    p.select("Duración", ["30 minutos", "50 minutos", "90 minutos"], 1)
    p.switch("Resumen de cada sesión generado por IA", True,
             "Solo usted y su coach lo ven. No se usa para entrenar modelos.")
    p.switch("Grabar las sesiones", False)
    p.section("Metas")
    p.switch("Recordatorio semanal de metas", True)
    p.pressed("Tono de los recordatorios", ["Motivador", "Neutro"], 0)
    p.check("Celebrar los logros con un correo", True)
    p.section("Calendario")
    p.ctl_button("Conectar Google Calendar")
    p.ctl_button("Conectar Outlook")
    p.section("Entrenamiento de la IA")
    p.bswitch("Entrenar la IA con mis sesiones", True, naming="label", ai="p")
    p.radios("Programa de mejora continua", ["Participar", "No participar"], 1, share=[True, False],
             help="Si participa, sus valoraciones de los ejercicios y sus metas se usan para entrenar a Lía, nuestra coach virtual.",
             ai="v")
    p.state("Oposición al entrenamiento de modelos", "No ejercida", "Ejercer oposición", False,
            naming="labelledby", ai="i")
    p.begin_hidden("closed-dialog", opener="Opciones avanzadas")
    p.switch("Ceder mis respuestas a socios para entrenar sus modelos", False, ai="p")
    p.end_hidden()
    p.section("Empresa")
    p.check("Mi empresa puede ver mi asistencia", True)
    p.check("Incluirme en el informe de bienestar del equipo", False)
    p.ctl_button("Descargar mi historial")
    out.append(p)

    return out

from lib import Page

UI = dict(search="Buscar", search_ph="Buscar", lang_label="Idioma",
          langs=["Español", "English", "Català"], account="Mi cuenta",
          menu=["Mi perfil", "Mis donaciones", "Ayuda"], signout="Cerrar sesión",
          nav_label="Ajustes", skip="Saltar al contenido",
          footer=["Aviso legal", "Política de privacidad", "Configuración de cookies", "Contacto"])


def teaming():
    p = Page("es", "teaming-privacidad", "https://www.teaming.net/mi-cuenta/privacidad", UI,
             brand="Teaming", title="Privacidad · Teaming", h1="Privacidad",
             nav=["Mi perfil", "Mis grupos", "Mis donaciones", "Certificados", "Privacidad", "Notificaciones"],
             nav_current=4, known=True,
             service="Teaming (microdonaciones de 1 € al mes), reconstrucción",
             notes="Plain switch off, infinitive 'Excluir mis mensajes del entrenamiento …' unchecked, a state "
                   "row with hidden suffix under a heading about handing data to third parties to train AI; "
                   "decoys: group suggestions said not to train, analytics cookies; CSS-class hidden decoy.",
             lead="Decide qué ven los demás de ti y para qué usamos tus datos.")
    with p.section("Tu perfil"):
        p.checkbox("Mostrar mi nombre en los grupos a los que dono", True)
        p.checkbox("Mostrar mi foto de perfil", True)
        p.select("Quién puede invitarme a grupos", ["Cualquier usuario", "Solo mis contactos", "Nadie"], 1)
    with p.section("Donaciones"):
        p.checkbox("Enviarme el certificado de donaciones para la declaración de la renta", True)
        p.radios("Día de cobro de mi euro mensual", ["Día 1", "Día 15"], 0, style="radiogroup")
        p.checkbox("Donar de forma anónima en los grupos nuevos", False)
        p.select("Método de pago", ["Tarjeta", "Cuenta bancaria", "PayPal"], 0)
        p.buttons("Ver mis recibos")
    with p.section("Inteligencia artificial",
                   intro="Estamos probando herramientas de IA para ayudar a quienes administran grupos a "
                         "redactar sus campañas."):
        p.switch("Usar mi actividad en grupos para entrenar los modelos de IA de Teaming", False, ai=("p", False))
        p.checkbox("Excluir mis mensajes del entrenamiento de inteligencia artificial", False, tie="near",
                   help="Incluye los comentarios que publicas en los muros de los grupos.", ai=("i", True))
        p.switch("Sugerencias de grupos para ti", True, mode="native",
                 help="Se calculan a partir de las causas que sigues y no se usan para entrenar modelos.")
        with p.hidden("display-none-class", cls="ajuste-antiguo"):
            p.checkbox("Permitir el entrenamiento con mis certificados fiscales", False, hidden_ai=True)
    with p.section("Cesión a terceros para entrenar IA",
                   intro="Algunas entidades colaboradoras nos piden datos agregados de donaciones para entrenar "
                         "sus propios modelos."):
        p.state_row("Tus donaciones", "Se ceden", "Cambiar", suffix=" — tus donaciones", ai=("h", True))
    with p.section("Avisos y cookies"):
        p.checkbox("Avisarme cuando un grupo publique novedades", True)
        p.checkbox("Boletín mensual de Teaming", False)
        p.checkbox("Permitir cookies analíticas", True,
                   help="Solo sirven para medir visitas; no se usan para entrenar IA.")
    p.buttons("Descargar mis datos", "Darme de baja", "Guardar cambios")
    return p


def montesur():
    p = Page("es", "cd-montesur-privacidad", "https://socios.cdmontesur.test/perfil/privacidad", UI,
             brand="Club Deportivo Montesur", title="Privacidad y datos – Área de socios CD Montesur",
             h1="Privacidad y datos",
             nav=["Mi carné", "Reservas de pistas", "Cuotas", "Entrenamientos", "Privacidad", "Familia"], nav_current=4,
             service="Invented sports club members' area",
             notes="Noun 'Oposición al uso de … para entrenar IA' switch on, vague 'Colaborar con el proyecto "
                   "Cantera Inteligente' explained by its description; a closed dialog holds the hidden decoy; "
                   "decoys: entrenamientos as workouts, AI training plan that does not learn from sessions, "
                   "family permissions.")
    with p.section("Visibilidad"):
        p.select("Quién ve mi ficha de socio", ["Todos los socios", "Solo mi equipo", "Solo el club"], 1)
        p.checkbox("Aparecer en la clasificación del torneo social", True)
    with p.section("Entrenamientos"):
        p.checkbox("Recordatorios de entrenamientos", True)
        p.switch("Plan de entrenamiento personalizado con IA", True,
                 help="El plan se genera con tus objetivos; tus sesiones no se usan para entrenar al asistente.")
        p.segmented("Unidades de distancia", ["Kilómetros", "Millas"], 0)
        p.switch("Notificaciones de resultados", True, mode="native")
    with p.section("Rendimiento y vídeo",
                   intro="El club graba los partidos con cámaras automáticas y registra estadísticas de juego."):
        p.switch("Oposición al uso de mis datos de rendimiento para entrenar IA", True, mode="aria",
                 help="Mientras esté activada, el club no cederá tus estadísticas ni tus vídeos al proveedor de "
                      "las cámaras para entrenar sus modelos.", ai=("i", False))
        p.checkbox("Colaborar con el proyecto Cantera Inteligente", True,
                   help="Con tus estadísticas de partido y los vídeos de los entrenamientos se entrena el modelo "
                        "que ayuda al cuerpo técnico a detectar talento.", ai=("v", True))
        with p.dialog("Ver qué datos se graban", "Datos que se graban en los partidos",
                      text="Posición en el campo, distancia recorrida y acciones de juego.", close="Cerrar"):
            p.switch("Ceder grabaciones a laboratorios de IA", False, hidden_ai=True)
    with p.section("Familia"):
        p.checkbox("Mi hijo puede reservar pistas desde su cuenta", False)
        p.checkbox("Recibir una copia de los mensajes del entrenador a mi hijo", True)
    with p.section("Cuotas y publicidad"):
        p.select("Forma de pago", ["Domiciliación bancaria", "Tarjeta"], 0)
        p.checkbox("Ofertas de los patrocinadores del club", False)
        p.buttons("Descargar recibos", "Guardar")
    return p


def voluntarios():
    p = Page("es", "voluntarios-en-red-datos", "https://www.voluntariosenred.test/cuenta/ajustes-de-datos", UI,
             brand="Voluntarios en Red", title="Ajustes de datos | Voluntarios en Red", h1="Ajustes de datos",
             nav=["Inicio", "Oportunidades", "Mis horas", "Mensajes", "Ajustes de datos"], nav_current=4,
             service="Invented volunteering network",
             notes="Two-row table under a heading whose caption carries the meaning (column 'Permitir'), a "
                   "plain select set to 'No permitido', an inverted segmented group 'No usar mis mensajes …' "
                   "with 'Desactivado' pressed; decoys: instant translation, two-step verification; "
                   "aria-hidden decoy.")
    with p.section("Perfil público"):
        p.radios("¿Quién puede ver tu perfil?", ["Todas las entidades", "Solo entidades con las que colaboro", "Nadie"], 0)
        p.checkbox("Mostrar mis insignias", True)
        p.checkbox("Mostrar mi total de horas", False)
        p.checkbox("Permitir que las entidades me llamen por teléfono", True)
    with p.section("Avisos"):
        p.switch("Nuevas oportunidades que encajan contigo", True, mode="native")
        p.select("Frecuencia del resumen", ["Diario", "Semanal", "Nunca"], 1)
    with p.section("Asistente de coordinación",
                   intro="Las entidades usan un asistente para organizar turnos. Queremos mejorarlo con datos "
                         "reales de voluntariado."):
        p.table("Qué datos pueden usarse para entrenar el asistente", ["Dato", "Permitir"], [
            ("Horas registradas", [(True, ("h", True))]),
            ("Valoraciones de las entidades", [(False, ("h", False))]),
        ])
        p.select("Entrenamiento de IA con tus respuestas a encuestas", ["Permitido", "No permitido"], 1,
                 ai=("p", False))
        p.segmented("No usar mis mensajes para entrenar IA", ["Activado", "Desactivado"], 1, ai=("i", True))
        with p.hidden("aria-hidden"):
            p.checkbox("Compartir mi historial con empresas de IA", False, hidden_ai=True)
    with p.section("Mis intereses"):
        p.checkbox("Infancia y juventud", True, mode="wrap")
        p.checkbox("Personas mayores", True, mode="wrap")
        p.checkbox("Medio ambiente", False, mode="wrap")
        p.checkbox("Emergencias y cooperación", False, mode="wrap")
        p.checkbox("Cultura y deporte", True, mode="wrap")
    with p.section("Traducción"):
        p.switch("Traducir automáticamente los mensajes de las entidades", True,
                 help="La traducción se hace al momento y no se guarda.")
    with p.section("Seguridad"):
        p.switch("Verificación en dos pasos", True, mode="native")
        p.buttons("Cambiar contraseña")
    p.buttons("Descargar certificado de horas", "Guardar")
    return p


def manos():
    p = Page("es", "manos-abiertas-preferencias", "https://area-donantes.manosabiertas.test/preferencias", UI,
             brand="Fundación Manos Abiertas", title="Mis preferencias · Área de donantes", h1="Mis preferencias",
             nav=["Mis aportaciones", "Apadrinamiento", "Certificados", "Preferencias", "Herencias y legados"],
             nav_current=3,
             service="Invented child-sponsorship foundation (donor area)",
             notes="Participle switch 'Cartas … excluidas del entrenamiento de IA' on, inside a closed details; "
                   "vague programme fieldset 'Programa Impacto+' explained by its description; a plain state "
                   "row named through aria-labelledby; decoys: automatic letter translation; inline "
                   "display:none decoy.")
    with p.section("Tu aportación"):
        p.select("Periodicidad", ["Mensual", "Trimestral", "Anual"], 0)
        p.checkbox("Actualizar mi cuota con el IPC cada año", False)
        p.checkbox("Certificado fiscal por correo electrónico", True)
        p.buttons("Descargar certificado 2024")
    with p.section("Apadrinamiento"):
        p.checkbox("Recibir las cartas de la persona apadrinada en formato digital", True)
        p.checkbox("Llamadas de seguimiento del apadrinamiento", True)
        p.switch("Traducir automáticamente las cartas", True,
                 help="Usamos un traductor automático; el texto no se guarda después.")
        with p.details("Más opciones"):
            p.switch("Cartas de apadrinamiento excluidas del entrenamiento de IA", True, mode="labelledby",
                     help="Ni tus cartas ni las de la familia apadrinada se usarán para entrenar modelos.",
                     ai=("i", False))
            p.checkbox("Enviar mis cartas también por correo postal", False)
    with p.section("Programas de la fundación"):
        p.radios("Programa Impacto+", ["Participar", "No participar"], 1,
                 help="Impacto+ entrena un modelo de predicción de necesidades con el historial de tus "
                      "donaciones y tu código postal.", ai=("v", False))
        p.state_row("Uso de tu voz en llamadas para entrenar IA", "Permitido", "Cambiar", ai=("p", True))
        with p.hidden("display-none-inline"):
            p.checkbox("Ceder fotos de proyectos para entrenar modelos externos", False, hidden_ai=True)
    with p.section("Comunicaciones"):
        p.checkbox("Memoria anual por correo", True, mode="wrap")
        p.checkbox("Invitaciones a eventos solidarios", True, mode="wrap")
        p.radios("Canal preferido", ["Correo electrónico", "Teléfono", "WhatsApp"], 0, style="radiogroup")
    p.buttons("Guardar preferencias")
    return p


def barriovivo():
    p = Page("es", "barrio-vivo-privacidad", "https://app.barriovivo.test/ajustes/privacidad", UI,
             brand="Barrio Vivo", title="Privacidad – Asociación Vecinal Barrio Vivo", h1="Privacidad",
             nav=["Tablón", "Incidencias", "Eventos", "Socios", "Ajustes"], nav_current=4,
             service="Invented neighbourhood association app",
             notes="A switch named only 'Mis incidencias y sus fotos' under a heading/intro about the city "
                   "council training a model, a 'Retirar consentimiento …' state row with consent given; "
                   "decoys: automatic category suggestion that keeps nothing, location when reporting; "
                   "hidden-attribute decoy.")
    with p.section("Tu ficha de socio"):
        p.checkbox("Mostrar mi dirección a otros socios", False)
        p.select("Quién puede escribirme", ["Cualquier vecino", "Solo la junta", "Nadie"], 0)
        p.checkbox("Aparecer en el listado de voluntarios para las fiestas", True)
    with p.section("Tablón y eventos"):
        p.switch("Avisos de nuevos eventos", True, mode="native")
        p.switch("Resumen semanal del tablón", False, mode="native")
        p.segmented("Orden del tablón", ["Más recientes", "Más comentados"], 0)
    with p.section("Incidencias"):
        p.checkbox("Avisarme cuando cambie el estado de una incidencia", True)
        p.checkbox("Compartir mi ubicación al reportar una incidencia", True)
        p.switch("Clasificar mis avisos automáticamente", True,
                 help="Un asistente propone la categoría mientras escribes; no guarda lo que escribes.")
    with p.section("Inteligencia artificial del ayuntamiento",
                   intro="El ayuntamiento quiere entrenar un modelo de IA con las incidencias que los vecinos "
                         "reportáis en la app (baches, farolas, limpieza) para decidir qué se repara antes."):
        p.switch("Mis incidencias y sus fotos", True, ai=("h", True))
        p.state_row("Tus fotos", "Consentimiento otorgado", "Retirar consentimiento",
                    suffix=" para entrenar IA con tus fotos", ai=("i", True))
        with p.hidden("hidden-attribute"):
            p.checkbox("Enviar también mis comentarios al modelo municipal", False, hidden_ai=True)
    with p.section("Cuota"):
        p.select("Cuota anual", ["Individual (15 €)", "Familiar (25 €)"], 1)
        p.buttons("Pagar cuota")
    p.buttons("Cerrar sesión en todos los dispositivos", "Guardar")
    return p


PAGES = [teaming, montesur, voluntarios, manos, barriovivo]

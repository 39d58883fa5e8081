from lib import *

ALEXA_SRC = (QUOTED, "https://wwwhatsnew.com/2019/08/05/todo-lo-que-tienes-que-configurar-en-alexa-para-tener-privacidad/")

YT_COMPANIES = [  # company, ticked
    ("AI21 Labs", False), ("Adobe", True), ("Amazon", False), ("Anthropic", True),
    ("Apple", True), ("ByteDance", False), ("Cohere", False), ("IBM", True),
    ("Meta", False), ("Microsoft", True), ("Nvidia", True), ("OpenAI", False),
    ("Perplexity", False), ("Pika Labs", False), ("Runway", True), ("Stability AI", False),
    ("xAI", False),
]


def pages():
    P = []
    # ------------------------------------------------------------ Alexa
    P.append(Page(
        "es", "alexa-privacidad-datos", "Amazon Alexa",
        "https://www.amazon.es/alexa-privacy/apd/myad/manage",
        "Privacidad de Alexa", "amazon.es",
        ["Privacidad de Alexa", "Revisar historial de voz", "Historial de dispositivos del hogar inteligente", "Gestionar permisos de las skills", "Gestionar tus datos de Alexa", "Preguntas frecuentes"],
        "Gestionar tus datos de Alexa",
        [
            ("Grabaciones de voz", [
                sel("Elige durante cuánto tiempo se conservan las grabaciones", ["Conservar hasta que las elimine", "Conservar durante 18 meses", "Conservar durante 3 meses"], 1),
                btn("Eliminar todas las grabaciones"),
                lnk("Revisar historial de voz", "/alexa-privacy/apd/rvh"),
                sw("Activar la eliminación por voz", False, "Di «Alexa, elimina lo que acabo de decir»."),
            ]),
            ("Ayuda a mejorar Alexa", [
                sw("Ayúdanos a mejorar los servicios de Amazon y a desarrollar funcionalidades nuevas", True,
                   "Se pueden usar grabaciones de voz para desarrollar funcionalidades nuevas y entrenar nuestros sistemas de reconocimiento de voz y de comprensión del lenguaje; una pequeña parte puede revisarse manualmente.",
                   ai="pos", src=ALEXA_SRC),
                sw("Usar mensajes para mejorar las transcripciones", True,
                   "Se pueden usar tus mensajes de voz para mejorar la precisión de las transcripciones de Alexa.",
                   ai="pos"),
                sw("Usar grabaciones de voz para mejorar Alexa", True, ai="pos", hide="display"),
            ]),
            ("Hogar inteligente", [
                sel("Conservar el historial de dispositivos del hogar inteligente", ["Hasta que lo elimine", "18 meses", "3 meses"], 0),
                btn("Eliminar historial del hogar inteligente"),
            ]),
            ("Skills y anuncios", [
                lnk("Gestionar permisos de las skills", "/alexa-privacy/apd/skills"),
                sw("Anuncios basados en intereses en dispositivos Alexa", False),
                sw("Notificaciones de Alexa", True),
                lnk("Preguntas frecuentes sobre la privacidad de Alexa", "/alexa-privacy/apd/faq"),
            ]),
        ],
        "Ayúdanos a mejorar los servicios de Amazon (uso de grabaciones de voz)",
        "Amazon Alexa (es): Alexa Privacy 'Gestionar tus datos de Alexa' with both 'help improve' switches on (Amazon's default); a legacy copy of the voice-recordings switch is hidden with inline display:none (not labelled). Decoys: retention period, voice deletion, smart-home history, skills, ads.",
        state="on (default)"))

    # ------------------------------------------------------------ Pinterest
    P.append(Page(
        "es", "pinterest-privacidad-datos", "Pinterest",
        "https://es.pinterest.com/settings/privacy",
        "Configuración de privacidad y datos | Pinterest", "Pinterest",
        ["Editar perfil", "Gestión de cuenta", "Visibilidad del perfil", "Ajuste del feed de inicio", "Cuentas solicitadas", "Notificaciones", "Privacidad y datos", "Seguridad"],
        "Privacidad y datos",
        [
            ("IA generativa", [
                sw("Usar tus datos para entrenar Pinterest Canvas", True,
                   "Cuando guardas o subes contenido en Pinterest, podemos usarlo para mejorar la precisión, la seguridad y el rendimiento general de Pinterest Canvas, nuestro modelo de IA generativa.",
                   ai="pos"),
                sw("Ver menos Pines creados con IA", False, "Reduce la cantidad de Pines generados o modificados con IA en tu feed."),
            ]),
            ("Personalización", [
                sw("Usar información de los sitios web que visitas", True),
                sw("Usar información de nuestros socios", True),
                sw("Anuncios sobre Pinterest en otros sitios", False),
            ]),
            ("Privacidad de búsqueda", [
                sw("Ocultar tu perfil de los motores de búsqueda", False),
                sw("Mostrar actividad reciente a seguidores", True),
                sw("Permitir que otros vean las cuentas que sigues", True),
                lnk("Política de privacidad", "https://policy.pinterest.com/es/privacy-policy"),
            ]),
            ("Datos", [
                btn("Solicitar tus datos"),
                btn("Eliminar datos de personalización"),
                lnk("Apps conectadas", "/settings/apps"),
            ]),
        ],
        "Usar tus datos para entrenar Pinterest Canvas",
        "Pinterest (es): 'Privacidad y datos' with the Pinterest Canvas training switch on (default). The English label 'Use your data to train Pinterest Canvas' is quoted at https://millikancorydon.com/6637/feature/protect-yourself-from-pinterest-ai; the Spanish one is a translation. Decoys: 'see fewer AI Pins' tuner (an AI feature, not training), personalisation, search visibility, data requests.",
        state="on (default)"))

    # ------------------------------------------------------------ Figma
    P.append(Page(
        "es", "figma-admin-ia", "Figma",
        "https://www.figma.com/files/team/1311842775364117321/settings?tab=ai",
        "Configuración del equipo – Figma", "Figma",
        ["Archivos recientes", "Borradores", "Comunidad", "Miembros", "Facturación", "Configuración", "IA"],
        "Configuración de IA",
        [
            ("IA", [
                sw("Funciones de IA", True, "Permite que los miembros usen las funciones de IA de Figma, como Figma Make y la generación de contenido de texto e imágenes."),
                sw("Entrenamiento de IA con el contenido del equipo", True,
                   "Permite que Figma use el contenido de los archivos de este equipo y los datos de uso relacionados para entrenar los modelos de IA que impulsan sus funciones.",
                   ai="pos"),
                lnk("Cómo usa Figma los datos para la IA", "https://help.figma.com/"),
            ]),
            ("Acceso", [
                sel("Quién puede invitar a miembros", ["Cualquier miembro", "Solo administradores"], 0),
                sw("Permitir enlaces públicos a archivos", True),
                sw("Permitir invitados externos", False),
                sw("Modo Dev para los miembros con plaza completa", True),
            ]),
            ("Bibliotecas", [
                sw("Activar bibliotecas de la Comunidad", True),
                sel("Biblioteca predeterminada", ["Ninguna", "Sistema de diseño Nube", "Iconos Nube"], 1),
            ]),
            ("Seguridad", [
                btn("Exportar registro de actividad"),
                sw("Exigir verificación en dos pasos", False),
                btn("Eliminar equipo"),
            ]),
        ],
        "Entrenamiento de IA (content training)",
        "Figma (es): team admin AI settings on a Professional team with content training on (Figma's default for Starter/Professional teams). Decoys: the AI-features switch (features, not training), access, libraries, security.",
        state="on (default)"))

    # ------------------------------------------------------------ Perplexity
    P.append(Page(
        "es", "perplexity-cuenta", "Perplexity",
        "https://www.perplexity.ai/settings/account",
        "Configuración de la cuenta | Perplexity", "Perplexity",
        ["Cuenta", "Preferencias", "Personalización", "Conectores", "Suscripción", "Notificaciones"],
        "Cuenta",
        [
            ("Perfil", [
                inp("Nombre completo", "Lucía Ferrer"),
                inp("Nombre de usuario", "luciaferrer"),
                sel("Idioma", ["Español", "English", "Português", "Français"], 0),
                sel("Apariencia", ["Sistema", "Claro", "Oscuro"], 0),
            ]),
            ("Privacidad", [
                sw("Retención de datos de IA", True,
                   "La retención de datos de IA permite que Perplexity use tus búsquedas para mejorar sus modelos de IA. Desactiva esta opción si quieres excluir tus datos de este proceso.",
                   ai="pos"),
                sw("Memoria", True, "Perplexity recuerda tus preferencias para personalizar las respuestas."),
                sw("Guardar historial de búsquedas", True),
            ]),
            ("Conectores", [
                btn("Conectar", heading="Gmail", aria_label="Conectar Gmail"),
                btn("Conectar", heading="Google Drive", aria_label="Conectar Google Drive"),
                btn("Conectar", heading="Notion", aria_label="Conectar Notion"),
            ]),
            ("Sistema", [
                btn("Cerrar sesión en todos los dispositivos"),
                btn("Eliminar cuenta"),
            ]),
        ],
        "Retención de datos de IA (AI Data Retention)",
        "Perplexity (es): account settings with the AI data retention switch on (default). The English label 'AI Data Retention' is quoted at https://techiemag.co.uk/how-to-stop-your-data-from-being-used-to-train-ai; the Spanish one is a translation. Decoys: memory, search history, connectors, profile.",
        state="on (default)"))

    # ------------------------------------------------------------ YouTube third-party training
    comp = [cb(n, t, ai="pos", naming="wrap") for n, t in YT_COMPANIES]
    P.append(Page(
        "es", "youtube-studio-entrenamiento-terceros", "YouTube",
        "https://studio.youtube.com/channel/UCq7Rk2bVxY4Lm8NwT3sHd1A/editing/advanced",
        "Configuración del canal - YouTube Studio", "YouTube Studio",
        ["Panel", "Contenido", "Estadísticas", "Comentarios", "Subtítulos", "Derechos de autor", "Monetizar", "Configuración"],
        "Configuración avanzada",
        [
            ("Audiencia", [
                radios("¿Quieres establecer tu canal como creado para niños?", ["Sí, establecer este canal como creado para niños", "No, establecer este canal como no creado para niños"], 1),
            ]),
            ("Entrenamiento de terceros", [
                cb("Permitir que empresas de terceros entrenen modelos de IA con el contenido de mi canal", True,
                   "Si activas esta opción, las empresas que elijas podrán usar tus vídeos públicos para entrenar modelos de IA generativa.",
                   ai="pos"),
                sel("Empresas que pueden entrenar modelos con tu contenido", ["Todas las empresas de terceros, incluidas las que se añadan más adelante", "Solo las empresas que elija"], 1,
                    ai_map=[True, True]),
            ] + comp),
            ("Anuncios", [
                cb("Inhabilitar anuncios basados en intereses", False),
            ]),
        ],
        "Entrenamiento de terceros",
        "YouTube (es): YouTube Studio advanced channel settings, third-party training allowed for a chosen list of companies; every company checkbox is an AI-training control whose name is only the company's name (sharing = ticked). Decoys: made-for-kids radio group, interest-based ads.",
        state="on, 7 of 17 companies"))
    return P

"""Páginas en español de blind49."""
from lib import Page


def ivoox():
    p = Page("es", "ivoox-privacidad", "https://www.ivoox.com/ajustes/privacidad", "iVoox Global Podcasting",
             "Ajustes de privacidad | iVoox", "Privacidad",
             "Servicio conocido (reconstrucción). Interruptor con nombre de programa cuya ayuda cercana (sin asociar) es la "
             "única que habla de entrenamiento, activado (true); casilla «Excluir mis podcasts…» marcada (false). Señuelos: "
             "transcripciones automáticas, publicidad personalizada, programa de apoyo a creadores; señuelo oculto en una "
             "tarjeta con aria-hidden.",
             ["Mi perfil", "Mis podcasts", "Reproducción", "Notificaciones", "Privacidad", "Suscripción Plus"], nav_current=4,
             known=True, brand="iVoox",
             intro="Decide qué ve la gente de tu actividad y cómo usamos tus datos.")
    with p.section("Perfil y actividad"):
        p.switch("Mostrar mis suscripciones en mi perfil público", True)
        p.switch("Mostrar los episodios que me gustan", False)
        p.select("Quién puede comentar en mis episodios", ["Cualquier usuario", "Solo mis seguidores", "Nadie"], 0)
        p.checkbox("Avisarme cuando alguien responda a mis comentarios", True)
    with p.section("Reproducción"):
        p.select("Velocidad de reproducción", ["0,8x", "1x", "1,3x", "1,5x", "2x"], 1)
        p.checkbox("Descargar nuevos episodios solo con wifi", True)
        p.switch("Mostrar la transcripción automática de los episodios", True,
                 help="La generamos al publicarse el episodio; es la misma para todos los oyentes.")
        p.switch("Saltar silencios", False)
        p.select("Borrar episodios escuchados", ["Nunca", "Al terminar", "A los 7 días"], 2)
        p.switch("Reproducir el siguiente episodio de la lista", True)
    with p.section("Publicidad"):
        p.switch("Anuncios personalizados", True)
        p.checkbox("Recibir ofertas de marcas colaboradoras", False)
        p.checkbox("Participar en el Programa de Apoyo a Creadores", True, help="Parte de tu cuota Plus va a los podcasts que escuchas.")
    with p.section("Inteligencia artificial"):
        p.switch("Participar en iVoox Lab", True, ai=("v", True), mode="text", help_mode="nearby",
                 help="Usaremos fragmentos de los audios que subes y sus transcripciones para entrenar nuestros modelos de reconocimiento de voz.")
        p.checkbox("Excluir mis podcasts del entrenamiento de IA de terceros", True, ai=("i", False),
                   help="Afecta a las empresas que nos piden licencias de audio para sus modelos.")
    with p.section("Tus datos"):
        p.button("Solicitar una copia de mis datos")
        p.button("Borrar historial de escucha")
        p.button("Ver aplicaciones conectadas")
        p.button("Darme de baja")
    with p.hidden("aria-hidden", "tarjeta de vista previa: interruptor para entrenar IA con el historial de escucha"):
        p.switch("Entrenar la IA de iVoox con mi historial de escucha", False)
    return p


def sintonia():
    p = Page("es", "sintonia-fm-privacidad", "https://www.sintonia-fm.test/mi-cuenta/privacidad", "Sintonía FM",
             "Mi cuenta · Privacidad · Sintonía FM", "Privacidad y datos",
             "Grupo radiofónico inventado. Grupo de radio (role=radiogroup) redactado de forma directa, «Sí» elegido (true); "
             "fila de estado con oposición ya presentada y botón «Retirar oposición» con sufijo visualmente oculto (false). "
             "Señuelos: resúmenes de noticias con IA, concursos, tabla de boletines; señuelo oculto con display:none en línea.",
             ["Mis emisoras", "Despertador", "Concursos", "Privacidad y datos", "Boletines", "Ayuda"], nav_current=3,
             brand="Sintonía FM")
    with p.section("Escucha"):
        p.select("Emisora al abrir la app", ["Sintonía Éxitos", "Sintonía Clásicos", "Sintonía Noticias"], 0)
        p.select("Calidad del directo", ["Automática", "Ahorro de datos", "Alta"], 0)
        p.switch("Resúmenes de noticias con IA", True, help="Un texto breve con lo más importante de cada boletín horario.")
        p.switch("Reanudar el podcast donde lo dejé", True)
        p.select("Despertador: volumen inicial", ["Suave", "Normal", "Alto"], 0)
        p.select("Apagado automático", ["Nunca", "30 minutos", "1 hora"], 0)
    with p.section("Participación en los programas",
                   intro="Puedes mandar notas de voz a los programas desde la app. Algunas se emiten en antena."):
        p.checkbox("Decir mi nombre en antena si emiten mi nota de voz", True)
        p.checkbox("Participar automáticamente en los concursos del programa", False)
        p.checkbox("Guardar una copia de mis notas de voz enviadas", True)
        p.radios("Usar mis notas de voz para entrenar a Lucía, nuestra locutora virtual", ["Sí", "No"], 0,
                 ai=("p", True), style="radiogroup")
    with p.section("Tus derechos"):
        p.state_row("Oposición al entrenamiento de IA", "Presentada el 3 de febrero de 2025", "Retirar oposición",
                    suffix="al entrenamiento de IA con mis datos", ai=("i", False))
        p.button("Descargar mis datos")
        p.button("Eliminar mi cuenta")
    with p.section("Boletines"):
        p.table("Quiero recibir", "Boletín", ["Correo", "Notificación"],
                [("Titulares de la mañana", [True, True]),
                 ("Agenda de conciertos", [False, False]),
                 ("Novedades de podcasts", [True, False])])
    with p.hidden("display-inline", "bloque antiguo: cesión de grabaciones de llamadas para entrenar modelos"):
        p.checkbox("Ceder mis llamadas grabadas para entrenar modelos de voz", True)
    return p


def compas():
    p = Page("es", "compas-datos-ia", "https://www.compas.test/cuenta/datos-e-ia", "Compás Música S.L.",
             "Datos e IA — Compás", "Datos e IA",
             "Servicio de música en streaming inventado. Tabla de una columna cuyos nombres de fila solo significan algo por el "
             "título y la introducción (h, una verdadera y una falsa); interruptor «Dejar de usar mi actividad…» desactivado "
             "(true). Señuelos: DJ con IA, mezcla automática, sesión privada; señuelo oculto en la pestaña inactiva.",
             ["Cuenta", "Plan", "Reproducción", "Datos e IA", "Dispositivos"], nav_current=3, brand="Compás")
    with p.tabs("Apartados", ["Mis datos", "Para artistas"], active=0):
        with p.panel(0):
            with p.section("Funciones con IA",
                           intro="Estas funciones usan modelos ya entrenados; activarlas no implica que se entrene nada con tus datos."):
                p.switch("DJ con IA", True, help="Una voz presenta las canciones y te propone cambios de ambiente.")
                p.switch("Mezcla automática entre canciones", True)
                p.switch("Letras traducidas", False)
                p.select("Ecualizador", ["Plano", "Graves potentes", "Voces", "Acústico"], 0)
                p.select("Fundido entre canciones", ["Sin fundido", "3 segundos", "6 segundos", "12 segundos"], 2)
                p.switch("Normalizar el volumen", True)
            with p.section("Privacidad"):
                p.switch("Sesión privada", False)
                p.switch("Anuncios personalizados", False)
                p.checkbox("Contenido explícito", True)
                p.checkbox("Mostrar lo que escucho a mis amigos", True)
                p.select("Visibilidad de mis listas nuevas", ["Pública", "Solo seguidores", "Privada"], 2)
            with p.section("Entrenamiento de modelos",
                           intro="Elige qué datos tuyos pueden servir para entrenar los modelos de IA de Compás, como el de recomendaciones o el del DJ."):
                p.table("Datos que aportas", "Dato", ["Permitir"],
                        [("Historial de reproducción", [(True, ("h", True))]),
                         ("Letras que buscas", [(False, ("h", False))])], names="row")
                p.switch("Dejar de usar mi actividad para entrenar la IA", False, ai=("i", True),
                         help="Si lo activas, dejaremos de añadir tu actividad a los datos de entrenamiento en un plazo de 30 días.")
            p.button("Descargar mis datos")
            p.button("Borrar todo lo que he escuchado")
            p.button("Gestionar aplicaciones conectadas")
        with p.panel(1, note="pestaña para artistas: autorización para entrenar con las pistas subidas"):
            p.switch("Autorizar el entrenamiento de IA con las pistas que subo", False)
    return p


def vocesdepapel():
    p = Page("es", "vocesdepapel-privacidad", "https://www.vocesdepapel.test/perfil/privacidad", "Voces de Papel",
             "Privacidad · Voces de Papel", "Privacidad",
             "Plataforma inventada de audiolibros y ficción sonora. Botones segmentados con nombre directo, «No» pulsado "
             "(false); desplegable cuyo nombre («Tus reseñas en audio») solo cobra sentido por el título y la introducción, "
             "«Pueden usarse» (true); casilla «Bloquear…» dentro de un <details> cerrado, marcada (false). Señuelos: narración "
             "con IA, resúmenes, perfiles infantiles; señuelo oculto con visibility:hidden en línea.",
             ["Biblioteca", "Escucha", "Perfiles", "Privacidad", "Suscripción"], nav_current=3, brand="Voces de Papel")
    with p.section("Escucha"):
        p.switch("Ediciones narradas con IA", False, help="Muestra también las versiones leídas por voces sintéticas.")
        p.switch("Resumen antes de continuar", True)
        p.select("Temporizador de sueño", ["Apagado", "20 minutos", "Final del capítulo"], 2)
        p.select("Velocidad", ["0,9x", "1x", "1,2x", "1,5x"], 1)
        p.switch("Modo conducción", False)
        p.checkbox("Descargar el siguiente capítulo de la serie", True)
    with p.section("Perfiles"):
        p.select("Edad del perfil infantil", ["Hasta 6 años", "7 a 10 años", "11 a 14 años"], 1)
        p.checkbox("Pedir PIN para salir del perfil infantil", True)
        p.button("Añadir perfil")
    with p.section("Tus valoraciones"):
        p.checkbox("Publicar mis valoraciones con mi nombre", True)
        p.segmented("Permitir que usemos tus valoraciones para mejorar nuestros modelos de IA", ["Sí", "No"], 1, ai=("p", False))
    with p.section("Voces sintéticas",
                   intro="Para entrenar nuestras voces sintéticas usamos grabaciones reales de lectura. Si grabas reseñas en audio, decide aquí qué hacemos con ellas."):
        p.select("Tus reseñas en audio", ["Pueden usarse", "No pueden usarse"], 0, ai=("h", True))
        with p.details("Más opciones"):
            p.checkbox("Bloquear el uso de mi biblioteca para entrenar IA", True, ai=("i", False),
                       help="Tu biblioteca incluye títulos escuchados, marcadores y notas.")
            p.checkbox("Recibir encuestas sobre nuevas voces", False)
    with p.section("Comunicaciones"):
        p.checkbox("Novedades semanales", True)
        p.checkbox("Ofertas de editoriales", False)
        p.checkbox("Avisos de estrenos de ficción sonora", True)
        p.button("Eliminar mi cuenta")
    with p.hidden("visibility-inline", "opción pendiente: ceder marcadores a socios para entrenar IA"):
        p.checkbox("Ceder mis marcadores a socios para entrenar su IA", False)
    return p


def ritmolab():
    p = Page("es", "ritmolab-equipo-ia", "https://app.ritmolab.test/equipo/ajustes/ia", "RitmoLab",
             "Ajustes del equipo · IA · RitmoLab", "IA y datos del equipo",
             "Herramienta inventada de mezcla para equipos de DJ (datos del equipo). Interruptor con nombre de programa cuya "
             "ayuda (aria-describedby) es la única que habla de entrenamiento, activado (true); casilla directa sin marcar "
             "(false); interruptor en participio «Sesiones del equipo protegidas frente al entrenamiento de IA», activado "
             "(false). Señuelos: detección de BPM, sugerencias de tonalidad; señuelo oculto con el atributo hidden.",
             ["Sesiones", "Biblioteca de samples", "Miembros", "IA y datos", "Facturación"], nav_current=3, brand="RitmoLab")
    with p.section("Miembros"):
        p.select("Rol por defecto de los nuevos miembros", ["Oyente", "Editor", "Administrador"], 1)
        p.button("Invitar a un miembro")
        p.checkbox("Permitir enlaces públicos de escucha", False)
        p.select("Almacenamiento de sesiones antiguas", ["6 meses", "1 año", "Sin límite"], 1)
        p.checkbox("Avisarme cuando alguien suba samples nuevos", True)
        p.checkbox("Exigir verificación en dos pasos a todo el equipo", True)
    with p.section("Permisos por rol"):
        p.table("Qué puede hacer cada rol", "Rol", ["Subir samples", "Editar sesiones", "Invitar"],
                [("Oyente", [False, False, False]),
                 ("Editor", [True, True, False]),
                 ("Administrador", [True, True, True])])
    with p.section("Herramientas"):
        p.switch("Detección automática de BPM", True)
        p.switch("Sugerencias de tonalidad", True, help="Te propone qué pista encaja armónicamente con la que suena.")
        p.switch("Grabar automáticamente las sesiones en directo", False)
        p.select("Formato de grabación", ["WAV", "FLAC", "MP3"], 1)
        p.switch("Separación de pistas (stems) al importar", False, help="Se procesa en tu equipo y el resultado queda en tu biblioteca.")
        p.switch("Sincronizar cue points entre miembros", True)
    with p.section("Cómo mejora RitmoLab"):
        p.switch("Programa Crossfader Abierto", True, ai=("v", True),
                 help="Las transiciones y mezclas de tu equipo se usan para entrenar nuestro asistente de mezcla automática.")
        p.checkbox("Compartir los samples del equipo con socios de IA para que entrenen sus modelos", False, ai=("p", False))
        p.switch("Sesiones del equipo protegidas frente al entrenamiento de IA", True, ai=("i", False), mode="text")
        p.checkbox("Enviar informes de errores", True, help="Solo para depurar fallos; no se usan para entrenar modelos.")
        p.button("Exportar los datos del equipo")
        p.button("Eliminar el equipo")
    with p.hidden("hidden-attr", "bloque beta: uso de las pistas del equipo para entrenar modelos generativos"):
        p.switch("Usar las pistas del equipo para entrenar modelos generativos", True)
    return p


def pages():
    return [ivoox(), sintonia(), compas(), vocesdepapel(), ritmolab()]

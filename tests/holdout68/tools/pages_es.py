from lib import Page


def quillbot():
    p = Page("es", "quillbot-privacidad", "https://quillbot.com/es/settings/privacy",
             "Privacidad | QuillBot", "QuillBot", known=True, prefix="qb",
             notes="Servicio conocido (reconstrucción, ajustes inventados). Parafraseador y corrector (tú); "
                   "interruptor vago 'Ayúdanos a mejorar QuillBot' explicado por la ayuda; fieldset invertido "
                   "'Excluir mis documentos…'; ajuste de equipo en pestaña inactiva.")
    p.nav(["Cuenta", "Suscripción", "Parafraseador", "Corrector gramatical", "Privacidad", "Extensiones"], cur=4)
    p.h1("Privacidad")
    p.section("Parafraseador")
    p.select("Modo predeterminado", [("Estándar", None), ("Fluidez", None), ("Formal", None), ("Creativo", None)], 0)
    p.pressed("Sinónimos", [("Pocos", None), ("Normal", None), ("Muchos", None)], 1)
    p.switch("Mantener sin cambios el texto entre comillas", on=True)
    p.select("Variante del español", [("España", None), ("México", None), ("Argentina", None)], 1)
    p.section("Corrector gramatical")
    p.switch("Corregir mientras escribo", on=True)
    p.switch("Sugerencias de estilo", on=True)
    p.cb("Marcar frases demasiado largas", on=False)
    p.section("Historial")
    p.switch("Guardar el historial de parafraseo", on=True)
    p.button("Borrar historial")
    p.section("Uso de tus datos")
    ts = p.tabs(["Cuenta personal", "Equipo"], active=0)
    with p.panel(ts, 0):
        p.switch("Ayúdanos a mejorar QuillBot", on=True, ai="+", shape="v",
                 help="Si lo activas, los textos que introduces pueden emplearse para entrenar y afinar nuestros modelos de IA.")
        p.radios("Excluir mis documentos subidos del entrenamiento de IA",
                 [("Sí, excluirlos", False), ("No", True)], 1, ai=True, shape="i")
    with p.panel(ts, 1):
        p.switch("Permitir que QuillBot entrene modelos con los textos del equipo", on=True, ai="+", shape="p")
    p.section("Extensiones")
    p.cb("Mostrar el botón de QuillBot en Gmail", on=True)
    p.cb("Mostrar el botón de QuillBot en Google Docs", on=True)
    p.button("Instalar la extensión para Chrome")
    p.section("Notificaciones")
    p.cb("Resumen semanal de mi escritura", on=False)
    p.cb("Ofertas de QuillBot Premium", on=False)
    p.cb("Avisarme cuando se acerque el límite de palabras", on=True)
    return p


def teclea():
    p = Page("es", "teclea-privacidad", "https://cuenta.teclea.test/ajustes/privacidad",
             "Privacidad y datos · Teclea", "Teclea", prefix="tc", hide_class="oculto",
             notes="Teclado inventado (tú). Sección 'Entrenamiento de modelos' cuyo título es lo único que habla de "
                   "entrenar: grupo aria-pressed 'Palabras que escribo' y select 'Audios del dictado'; fila de estado "
                   "'Activar' con sufijo oculto (exclusión, invertida); socios ocultos por clase CSS.")
    p.nav(["Teclado", "Autocorrección", "Dictado", "Temas", "Privacidad", "Dispositivos"], cur=4)
    p.h1("Privacidad y datos")
    p.section("Teclado")
    p.switch("Mayúsculas automáticas", on=True)
    p.switch("Deslizar para escribir", on=True)
    p.select("Distribución", [("QWERTY (España)", None), ("QWERTY (Latinoamérica)", None), ("Dvorak", None)], 0)
    p.pressed("Sonido al pulsar", [("Sí", None), ("No", None)], 1)
    p.cb("Mostrar la fila de números", on=True)
    p.section("Autocorrección")
    p.switch("Autocorrección", on=True)
    p.select("Idiomas activos", [("Español", None), ("Español y catalán", None), ("Español e inglés", None)], 2)
    p.cb("Poner tildes automáticamente", on=True)
    p.section("Entrenamiento de modelos",
              intro="Teclea mejora sus predicciones entrenando modelos con datos de quienes lo usan. Tú decides qué aportas.")
    p.pressed("Palabras que escribo", [("Aportar", True), ("No aportar", False)], 0, ai=True, shape="h")
    p.select("Audios del dictado", [("Aportar", True), ("No aportar", False)], 1, ai=True, shape="h")
    p.staterow("Exclusión de chats",
               "Desactivada: lo que escribes en apps de mensajería también puede usarse para entrenar.",
               "Activar", sharing=True, ai=True, shape="i", suffix="exclusión de mensajes de chat del entrenamiento")
    with p.hide("class"):
        p.cb("Compartir mis datos de escritura con socios para que entrenen sus modelos", on=True, ai="+", shape="p")
    p.section("Temas")
    p.select("Tema", [("Automático", None), ("Claro", None), ("Oscuro", None)], 0)
    p.switch("Bordes en las teclas", on=False)
    p.button("Crear un tema")
    p.section("Dispositivos")
    p.cb("Avisarme cuando se inicie sesión en un dispositivo nuevo", on=True)
    p.button("Cerrar sesión en todos los dispositivos")
    return p


def portada():
    p = Page("es", "portada-launcher-ajustes", "https://portada.test/cuenta/ajustes",
             "Ajustes de la cuenta – Portada Launcher", "Portada Launcher", prefix="pl",
             notes="Launcher inventado (usted). Casilla envuelta en <label> que nombra el entrenamiento; botón switch "
                   "de texto invertido 'Limitar el uso…'; radiogroup del programa beta explicado por la ayuda dentro "
                   "de un <details> cerrado; consultas de búsqueda bajo aria-hidden.")
    p.nav(["Pantalla de inicio", "Widgets", "Cajón de apps", "Gestos", "Privacidad", "Copias de seguridad"], cur=4)
    p.h1("Ajustes de la cuenta")
    p.section("Pantalla de inicio")
    p.select("Cuadrícula", [("4 × 5", None), ("5 × 5", None), ("5 × 6", None)], 0)
    p.switch("Bloquear el diseño", on=False)
    p.switch("Mostrar sugerencias de aplicaciones", on=True, help="Las sugerencias se calculan en su teléfono.")
    p.pressed("Barra de búsqueda", [("Arriba", None), ("Abajo", None)], 1)
    p.radiogroup("Forma de los iconos", [("Círculo", None), ("Cuadrado redondeado", None), ("Gota", None)], 0)
    p.section("Widgets")
    p.switch("Widget de noticias", on=True)
    p.cb("Mostrar eventos privados en el widget de calendario", on=False)
    p.select("Ubicación para el tiempo", [("Aproximada", None), ("Precisa", None)], 0)
    p.section("Privacidad")
    p.cb("Permitir que Portada use mi actividad en la pantalla de inicio para entrenar sus modelos de IA",
         on=True, wrap=True, ai="+", shape="p")
    p.bswitch("Limitar el uso de mis datos para el aprendizaje automático", on=True, by="text", ai="-", shape="i")
    with p.details("Programas de prueba"):
        p.radiogroup("Programa Portada Beta", [("Participar", True), ("No participar", False)], 0, ai=True, shape="v",
                     help="Quienes participan aportan registros de gestos anonimizados que usamos para entrenar "
                          "nuevos modelos de reconocimiento.")
    with p.hide("aria"):
        p.switch("Usar mis consultas de búsqueda para entrenar modelos", on=True, ai="+", shape="p")
    p.cb("Enviar informes de errores", on=True)
    p.section("Copias de seguridad")
    p.switch("Copia de seguridad automática", on=True)
    p.button("Crear copia ahora")
    p.button("Restaurar copia")
    p.cb("Recibir novedades por correo electrónico", on=False)
    return p


def trazo():
    p = Page("es", "trazo-configuracion", "https://app.trazo.test/configuracion",
             "Configuración — Trazo", "Trazo", prefix="tz",
             notes="App inventada de notas a mano con lápiz (tú). Tabla contenido × uso con columna "
                   "'Entrenar la IA de Trazo' (celdas sin aria-labelledby) junto a copia en la nube; asistente como "
                   "señuelo; notas de clase en bloque hidden.")
    p.nav(["Cuadernos", "Plumas", "Escritura a mano", "Sincronización", "IA y datos", "Plan"], cur=4)
    p.h1("Configuración")
    p.section("Plumas")
    p.select("Pluma predeterminada", [("Estilográfica", None), ("Bolígrafo", None), ("Lápiz", None)], 1)
    p.pressed("Rechazo de la palma", [("No", None), ("Bajo", None), ("Alto", None)], 2)
    p.switch("Sensibilidad a la presión", on=True)
    p.switch("Dibujar formas perfectas", on=True, help="Mantén el lápiz quieto al terminar un trazo.")
    p.section("Escritura a mano")
    p.select("Idioma de reconocimiento", [("Español", None), ("Catalán", None), ("Inglés", None)], 0)
    p.switch("Convertir a texto automáticamente", on=False)
    p.cb("Buscar también en notas manuscritas", on=True)
    p.radios("Orientación de las páginas nuevas", [("Vertical", None), ("Horizontal", None)], 0)
    p.section("IA y datos")
    p.table("Uso de tu contenido", ["Entrenar la IA de Trazo", "Copia en la nube"],
            ["Notas manuscritas", "Dibujos"], [[False, True], [True, True]], ai_cols={0: "+"}, shape="p",
            labelled=False)
    p.switch("Asistente de Trazo", on=True, help="Resume un cuaderno o crea tarjetas de estudio a partir de tus notas.")
    with p.hide("hidden"):
        p.cb("Permitir que Trazo entrene con las notas de mi clase", on=True, ai="+", shape="p")
    p.section("Sincronización")
    p.switch("Sincronizar solo con wifi", on=True)
    p.select("Si hay conflictos", [("Conservar ambas versiones", None), ("Conservar la más reciente", None)], 0)
    p.button("Exportar todo en PDF")
    p.section("Notificaciones")
    p.cb("Recordatorios de repaso", on=True)
    p.cb("Ofertas y novedades", on=False)
    return p


def corrigemas():
    p = Page("es", "corrigemas-opciones", "https://extension.corrigemas.test/opciones",
             "Opciones de Corrige+", "Corrige+", prefix="cm",
             notes="Extensión de navegador inventada, página de opciones (usted). Fila de estado 'Abandonar' + "
                   "título 'Programa de mejora' por aria-labelledby, el entrenamiento solo en el estado; botón switch "
                   "invertido con aria-label; fieldset con pregunta clara; socios en display:none.")
    p.nav(["General", "Idiomas", "Sitios web", "Diccionario", "Privacidad", "Cuenta"], cur=4)
    p.h1("Opciones de la extensión")
    p.section("General")
    p.switch("Subrayar errores mientras escribe", on=True)
    p.switch("Mostrar el icono en los campos de texto", on=True)
    p.select("Idioma principal", [("Español", None), ("Gallego", None), ("Catalán", None), ("Euskera", None)], 0)
    p.pressed("Nivel de exigencia", [("Básico", None), ("Estricto", None)], 0)
    p.cb("Revisar también mayúsculas y tildes", on=True)
    p.section("Sitios web")
    p.field("No revisar en", value="mibanco.es, intranet.empresa.com")
    p.cb("Revisar en redes sociales", on=True)
    p.cb("Revisar en el correo web", on=True)
    p.section("Diccionario")
    p.cb("Añadir al diccionario las palabras que empiezan por mayúscula", on=False)
    p.button("Exportar diccionario")
    p.section("Privacidad")
    p.staterow("Programa de mejora",
               "Participando: fragmentos de los textos que revisa se usan como ejemplos para entrenar nuestro corrector.",
               "Abandonar", sharing=True, ai=True, shape="v")
    p.bswitch("No usar mis textos para entrenar la IA", on=True, by="aria-label", ai="-", shape="i")
    p.radios("¿Podemos usar las correcciones que acepta para entrenar nuestros modelos?",
             [("Sí", True), ("No", False)], 1, ai=True, shape="p")
    with p.hide("display"):
        p.switch("Compartir textos con socios para entrenar modelos de IA", on=True, ai="+", shape="p")
    p.cb("Enviar estadísticas de uso anónimas", on=True,
         help="Solo datos de rendimiento de la extensión; no se utilizan para entrenar modelos.")
    p.section("Cuenta")
    p.staterow("Verificación en dos pasos", "Activada con una app de autenticación.", "Desactivar",
               suffix="la verificación en dos pasos")
    p.button("Gestionar suscripción")
    p.button("Cerrar sesión")
    return p


def pages():
    return [quillbot(), teclea(), portada(), trazo(), corrigemas()]

from lib import *

PAGES = [
Page("es", "happyscribe-privacidad", "https://www.happyscribe.com/es/settings/privacy", "Happy Scribe", "Privacidad",
     "Reconstrucción de un servicio de transcripción y subtítulos (tú): fieldset claro (No), fila de estado vaga con sufijo oculto (programa de calidad, activo), celdas de tabla cuyo fin solo indica el título; exclusión del equipo oculta con display:none; resumen con IA como señuelo.",
     chrome("Buscar archivos", "Idioma", "Mi cuenta", ["Perfil", "Plan y facturación", "Cerrar sesión"], "Ajustes",
            ["Privacidad", "Términos", "Centro de ayuda", "Estado"], "© Happy Scribe Ltd."),
     ["Perfil", "Transcripción", "Subtítulos", "Privacidad", "Equipo", "Integraciones"], known=True, active=3,
     body=[
     section("Transcripción", items=[
         sel("Idioma por defecto", ["Español (España)", "Español (México)", "Catalán", "Inglés"], 0),
         cb("Identificar a los hablantes", True),
         cb("Quitar muletillas (eh, mmm)", False),
         cb("Marca de tiempo en cada párrafo", True),
         sel("Formato de exportación", ["DOCX", "TXT", "PDF"], 0),
         sw("Generar un resumen con IA", True, help="El resumen se crea a partir de tu archivo y solo lo ves tú."),
     ]),
     section("Subtítulos", items=[
         sw("Máximo dos líneas por subtítulo", True),
         sel("Caracteres por línea", ["32", "37", "42"], 2),
         cb("Incrustar los subtítulos al exportar el vídeo", False),
     ]),
     section("Tus archivos", items=[
         rf("¿Podemos usar tus archivos para entrenar nuestros modelos de transcripción?", [("Sí", True), ("No", False)], 1, ai="p"),
         state("Participas en el programa de mejora de calidad.", "Salir", suffix="del programa de mejora de calidad", ai="v", share=True,
               help="Con el programa activo, fragmentos de tu audio y las correcciones que haces en el editor se usan para entrenar nuestro reconocimiento de voz."),
         table("Datos para el entrenamiento de la IA", ["Compartir"], ["Subtítulos", "Glosarios"], [[False], [True]], ai_cols={0: "h"}),
         hide("style", [
             sw("Excluir los archivos de mi equipo del entrenamiento", False, ai="i"),
         ]),
     ]),
     section("Cuenta", items=[
         sw("Verificación en dos pasos", True),
         cb("Recibir novedades del producto", False),
         btn("Conectar YouTube"),
         btn("Descargar todos mis archivos"),
         btn("Eliminar mi cuenta"),
     ]),
     ]),

Page("es", "dictaplus-privacidad", "https://app.dictaplus.test/ajustes/privacidad", "Dictaplus", "Privacidad y voz",
     "App de dictado inventada para periodistas (tú): interruptor-botón claro con nombre en su texto (activado), desplegable invertido (exclusión elegida); casilla vaga oculta por una clase CSS; corrector de estilo y copia en la nube como señuelos.",
     chrome("Buscar en ajustes", "Idioma de la app", "Abrir menú de cuenta", ["Mi perfil", "Suscripción", "Salir"], "Secciones",
            ["Ayuda", "Privacidad", "Aviso legal"], "Dictaplus · Hecho en Valencia"),
     ["Dictado", "Notas", "Privacidad y voz", "Suscripción"], active=2,
     body=[
     section("Dictado", items=[
         sel("Idioma de dictado", ["Español", "Valenciano", "Gallego", "Euskera"], 0),
         cb("Puntuación automática", True),
         sw("Comandos de voz (\"punto y aparte\", \"borra eso\")", True),
         seg("Micrófono", ["Integrado", "Auriculares", "Externo"], 1),
         cb("Mostrar el texto mientras hablo", True),
         cb("Vibrar al empezar a grabar", False),
         sw("Modo sin conexión", False),
         sw("Corrector de estilo con IA", False, help="Revisa solo la nota abierta; no guarda ni reutiliza tu texto."),
     ]),
     section("Notas", items=[
         sw("Copia de seguridad en la nube", True),
         sel("Borrar audios originales", ["Nunca", "Tras 30 días", "Al transcribir"], 1),
         btn("Exportar todas las notas"),
         cb("Compartir notas con mi redacción", False),
     ]),
     section("Tu voz y nuestros modelos", items=[
         bsw("Entrenar el modelo de voz con mis dictados", True, ai="p", how="text"),
         sel("Exclusión del entrenamiento de IA", [("No excluir mis notas", True), ("Excluir mis notas de voz", False)], 1, ai="i"),
         hide("class", [
             cb("Ayudar a mejorar Dictaplus", True, ai="v", help="Tus audios se usan para entrenar el reconocimiento de voz."),
         ]),
     ]),
     section("Cuenta", items=[
         field("Nombre en las notas compartidas", "Marta R."),
         cb("Boletín mensual", False),
         btn("Cerrar sesión en todos los dispositivos"),
     ]),
     ]),

Page("es", "senala-datos", "https://senala.test/cuenta/datos", "Señala", "Tus datos",
     "App inventada de lengua de signos española (tú): grupo de radio con role=radio cuyo fin solo nombra el encabezado (Compartir), casilla invertida sobre los vídeos del alumnado (marcada), interruptor vago (ayuda: entrenar; apagado); botones segmentados ocultos con aria-hidden; cursos y avatar como señuelos.",
     chrome("Buscar signos", "Idioma", "Tu perfil", ["Perfil", "Mis clases", "Salir"], "Menú",
            ["Accesibilidad", "Privacidad", "Contacto"], "Señala — la LSE al alcance de todos"),
     ["Aprender", "Diccionario", "Mis clases", "Tus datos"], active=3,
     body=[
     section("Aprendizaje", items=[
         sel("Lengua de signos", ["LSE", "LSC (catalana)"], 0),
         seg("Velocidad del vídeo", ["0,5×", "1×", "1,5×"], 1),
         cb("Recordatorio diario de práctica", True),
         sw("Subtítulos en los vídeos del diccionario", True),
         sw("Modo zurdo", False),
         cb("Mostrar la glosa escrita debajo del signo", True),
         sw("Corrección de la configuración de la mano en directo", True, help="El análisis se hace en tu móvil mientras practicas; no se guarda el vídeo."),
         btn("Seguir con el curso A1"),
     ]),
     section("Mis clases", items=[
         cb("Permitir que mis alumnos vean mi progreso", False),
         btn("Invitar alumnado"),
         cb("No utilizar los vídeos de mis alumnos para mejorar la IA", True, ai="i"),
         sel("Zona horaria de las clases", ["Península", "Canarias"], 0),
     ]),
     section("Entrenamiento del reconocimiento de signos", intro="Nuestro reconocedor aprende de personas signantes reales. Tú decides si tus grabaciones forman parte de él.", items=[
         rg("Vídeos de práctica", [("Compartir", True), ("No compartir", False)], 0, ai="h", native=False),
         sw("Colaborar con la comunidad", False, ai="v", help="Tus grabaciones de signos se usan para entrenar el modelo que reconoce la LSE."),
         hide("aria", [
             seg("Usar mis vídeos del diccionario para entrenar la IA", [("Sí", True), ("No", False)], 0, ai="p"),
         ]),
     ]),
     section("Privacidad", items=[
         sw("Perfil visible para otros signantes", False),
         btn("Descargar mis vídeos"),
         btn("Cambiar contraseña"),
     ]),
     ]),

Page("es", "meridiano-privacidad", "https://clientes.meridiano-traducciones.test/privacidad", "Meridiano Traducciones", "Privacidad y datos",
     "Agencia de traducción inventada, área de clientes (usted): botones segmentados invertidos (oponerse, No me opongo), interruptor claro (proveedores de TA, activado), interruptor-botón cuyo fin solo dice el encabezado (desactivado); desplegable oculto con visibility:hidden; TA con posedición como señuelo.",
     chrome("Buscar proyectos", "Idioma", "Bufete Larraín", ["Datos de la empresa", "Usuarios", "Facturas", "Cerrar sesión"], "Área de clientes",
            ["Política de privacidad", "Condiciones", "Traducción jurada"], "Meridiano Traducciones S.L. · Sevilla"),
     ["Proyectos", "Presupuestos", "Glosarios", "Privacidad y datos", "Facturas"], active=3,
     body=[
     section("Preferencias de encargo", items=[
         sel("Formato de entrega", ["Igual que el original", "PDF", "DOCX"], 0),
         cb("Traducción jurada por defecto", False),
         field("Referencia interna", "LAR-0425"),
         sw("Admitir traducción automática con posedición en encargos no urgentes", True, help="Abarata el encargo; sus textos no se usan para entrenar ningún sistema."),
         cb("Revisión por un segundo traductor", True),
     ]),
     section("Uso de sus textos", items=[
         seg("Oponerse al uso de sus documentos para entrenar sistemas de traducción automática", [("Sí, me opongo", False), ("No me opongo", True)], 1, ai="i"),
         sw("Permitir que nuestros proveedores de TA entrenen sus modelos con sus textos", True, ai="p"),
         hide("vis", [
             sel("Entrenar nuestros motores con sus glosarios", [("No", False), ("Sí", True)], 1, ai="p"),
         ]),
     ]),
     section("Entrenamiento de motores propios", intro="Podemos ajustar nuestros motores de traducción con material suyo ya revisado.", items=[
         bsw("Memorias de traducción aprobadas", False, ai="h", how="by"),
     ]),
     section("Avisos", items=[
         table("", ["Correo", "SMS"], ["Presupuesto listo", "Entrega", "Factura"], [[True, False], [True, True], [True, False]]),
         cb("Enviar copia de las facturas a contabilidad", True),
         sel("Idioma de la correspondencia", ["Español", "Inglés"], 0),
         btn("Descargar acuerdo de confidencialidad"),
     ]),
     ]),

Page("es", "lupaclara-configuracion", "https://app.lupaclara.test/configuracion", "Lupa Clara", "Configuración",
     "Lupa y lector de textos inventado para baja visión (usted): casilla envolvente vaga (ayuda: entrenar el OCR, marcada), fila de estado invertida nombrada por aria-labelledby (protección activada); opción en un <dialog> cerrado; lectura en voz alta y contraste como señuelos.",
     chrome("Buscar", "Idioma", "Cuenta", ["Perfil", "Dispositivos", "Salir"], "Configuración",
            ["Accesibilidad", "Privacidad", "Ayuda"], "Lupa Clara — ver mejor, leer más"),
     ["Lupa", "Lectura", "Privacidad", "Cuenta"], active=0,
     body=[
     section("Lupa", items=[
         sel("Aumento inicial", ["2×", "4×", "8×"], 1),
         seg("Contraste", ["Normal", "Negro sobre amarillo", "Blanco sobre negro"], 2),
         sw("Linterna automática con poca luz", True),
         cb("Congelar la imagen al tocar dos veces", True),
         sw("Modo manos libres", False),
         cb("Sonido al capturar", True),
     ]),
     section("Lectura", items=[
         sel("Voz", ["Lucía", "Jorge", "Carmen"], 0),
         sel("Velocidad de lectura", ["Lenta", "Normal", "Rápida"], 1),
         cb("Leer automáticamente al detectar texto", True),
         sw("Describir la escena con IA", False, help="La descripción se genera para la foto actual y se descarta después."),
         cb("Resaltar la línea que se lee", True),
     ]),
     section("Privacidad", items=[
         cb("Ayudar a mejorar Lupa Clara", True, ai="v", wrap=True,
            help="Las fotos de textos que escanea y sus correcciones se usan para entrenar nuestro reconocimiento de texto (OCR)."),
         state("Activada", "Desactivar", title="Protección de sus fotos frente al entrenamiento de IA", ai="i", share=False),
         dialog("Opciones de la cuenta familiar", "Cuenta familiar", [
             sw("Usar las fotos de los miembros de la familia para entrenar el OCR", True, ai="p"),
         ], close="Cerrar"),
         btn("Borrar el historial de escaneos"),
         cb("Enviar informes de errores", True),
         btn("Vincular gafas inteligentes"),
     ]),
     ]),
]

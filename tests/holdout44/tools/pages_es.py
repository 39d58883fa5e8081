from lib import Page


def cabify():
    P = Page("es", "cabify-privacidad", "https://cabify.com/es/cuenta/privacidad",
             "Privacidad", "Cabify", real=True, user="Lucía Moreno",
             nav=["Perfil", "Métodos de pago", "Cabify Empresas", "Notificaciones", "Privacidad"], current=4,
             notes="VTC (reconstrucción). Interruptor con aria-label y solo «Activado» visible para usar los viajes en el entrenamiento (true); "
                   "infinitivo invertido «Desactivar el uso de grabaciones de llamadas con conductores para IA» sin marcar (true). "
                   "Señuelos: resumen automático de reclamaciones, anuncios, informes de errores. Señuelo oculto en un <dialog> cerrado.")
    with P.sec("Viajes"):
        P.cb("Guardar mis lugares frecuentes", True)
        P.sw("Compartir mi viaje automáticamente con contactos de confianza", False, kind="div")
        P.sel("Preferencia de conversación", ["Sin preferencia", "Prefiero silencio"], 0)
        P.cb("Mostrar mi nombre de pila al conductor", True)
    with P.sec("Inteligencia artificial",
               intro="En Cabify usamos modelos de aprendizaje automático para calcular precios y tiempos de llegada y para asignar conductores."):
        P.sw("Usar mis viajes para entrenar modelos de IA", True, ai="+", kind="aria", title="Mis viajes")
        P.cb("Desactivar el uso de grabaciones de llamadas con conductores para IA", False, ai="-", shape="i",
             help="Las llamadas se graban por seguridad cuando usas el número enmascarado.")
        P.sw("Resumen automático de mis reclamaciones", True,
             help="El equipo de soporte ve un resumen de tus incidencias anteriores. Se guarda en tu historial y no se usa para entrenar modelos.")
    with P.sec("Publicidad"):
        P.cb("Anuncios personalizados", False)
        P.cb("Comunicaciones comerciales por email", True)
        P.cb("Ofertas de partners (Iberia Club, etc.)", False)
        P.sw("Notificaciones de promociones", True, kind="div")
    with P.sec("Tus datos"):
        P.cb("Enviar informes de errores", True, help="Solo información técnica. No se usa para entrenar IA.")
        P.sel("Recibos de viaje", ["Por email", "Solo en la app"], 0)
        P.text("Email para recibos", "lucia.moreno@example.es", type="email")
        P.btn("Descargar mis datos")
        P.btn("Eliminar cuenta")
    with P.hide("dialog", title="¿Nos ayudas a mejorar Cabify?"):
        P.cb("Compartir mis valoraciones para entrenar IA", False, ai="+")
        P.btns("Ahora no", "Aceptar")
    return P


def rumbo():
    P = Page("es", "rumbo-mapas-privacidad", "https://www.rumbomapas.test/cuenta/ajustes/privacidad",
             "Privacidad", "Rumbo Mapas", user="Álvaro Ruiz",
             nav=["Mis sitios", "Historial de ubicaciones", "Dispositivos", "Privacidad", "Vehículo"], current=3,
             notes="Navegación (inventado). Casilla vaga «Ayudar a mejorar Rumbo» con el entrenamiento solo en la ayuda (false); "
                   "tabla por dispositivo bajo el título «Entrenamiento del reconocimiento de voz» (nombre = fila); "
                   "fila de estado «Exclusión… No solicitada» con acción «Solicitar exclusión…» (true). "
                   "Señuelos: cronología, sugerencias de salida en el móvil, anuncios, diagnóstico. Señuelo oculto con display:none.")
    with P.sec("Historial de ubicaciones"):
        P.sw("Guardar historial de ubicaciones", True, kind="div")
        P.sel("Borrar automáticamente", ["Después de 3 meses", "Después de 18 meses", "Nunca"], 1)
        P.btn("Ver mi cronología")
        P.cb("Ayudar a mejorar Rumbo", False, ai="+", shape="v",
             help="Enviamos fragmentos de tu historial de ubicaciones para entrenar nuestros modelos de predicción del tráfico.")
    with P.sec("Entrenamiento del reconocimiento de voz",
               intro="Elige en qué dispositivos se envían a Rumbo las grabaciones de tus órdenes de voz para entrenar el reconocimiento de voz."):
        P.table(["Dispositivo", "Último uso", "Enviar grabaciones"], [
            ("Pixel 8 de Álvaro", ["hoy", P.c_sw(True, "+", "h")]),
            ("Coche · Android Auto", ["hace 2 días", P.c_sw(False, "+", "h")]),
        ])
    with P.sec("Conducción"):
        P.cb("Avisos de radar", True)
        P.rad("Tipo de ruta predeterminada", ["La más rápida", "La más económica", "Sin peajes"], 0)
        P.sw("Sugerencias de salida según el tráfico", True, help="Se calculan en tu móvil a partir de tu calendario.")
        P.sel("Unidades de distancia", ["Kilómetros", "Millas"], 0)
        P.sw("Compartir ubicación en tiempo real", False, kind="aria", title="Ubicación en tiempo real")
    with P.sec("Tus derechos"):
        P.state("Exclusión del entrenamiento de IA", "No solicitada",
                ("Solicitar exclusión", " del entrenamiento de IA", ""), ai=True, shape="i",
                help="Si la solicitas, dejaremos de usar tus ubicaciones, búsquedas y grabaciones para entrenar modelos.")
        P.btn("Descargar mis datos")
    with P.sec("Anuncios y perfil"):
        P.cb("Anuncios personalizados según los sitios que visito", False)
        P.cb("Mostrar mi nombre en las reseñas públicas", True)
        P.cb("Datos de diagnóstico de la app", True, help="Registros técnicos para corregir fallos. No se usan para entrenar modelos.")
    with P.sec("Guía por voz y mapa"):
        P.sel("Volumen de la guía por voz", ["Bajo", "Normal", "Alto"], 1)
        P.seg("Vista del mapa", ["2D", "3D", "Satélite"], 1)
        P.cb("Descargar mapas sin conexión solo con wifi", True)
        P.sw("Reproducir música desde Spotify", True, kind="aria", title="Spotify")
        P.cb("Silenciar notificaciones mientras conduzco", True)
        P.sw("Búsqueda inteligente de paradas en la ruta", True, kind="div",
             help="Sugiere gasolineras y cafeterías en tu ruta; se calcula al momento y no se guarda.")
        P.btn("Apps conectadas")
    with P.hide("style"):
        P.cb("Usar mis búsquedas para entrenar modelos", True, ai="+")
    with P.hide("hidden"):
        P.sw("Pausar el entrenamiento con mis fotos de Street View", False, ai="-")
    return P


def taxiya():
    P = Page("es", "taxiya-privacidad", "https://pasajeros.taxiya.test/perfil/privacidad",
             "Privacidad", "TaxiYa", user="Marta Gil",
             nav=["Mis viajes", "Pagos", "Perfil", "Privacidad", "Ayuda"], current=3,
             notes="App de taxi (inventado). Pregunta Sí/No como radiogroup ARIA sobre llamadas con soporte (No, false); "
                   "imperativo invertido «No usar mis valoraciones de conductores para entrenar modelos» activado (false). "
                   "Señuelos: transcripción de llamadas para el historial, valoraciones visibles, pagos, promociones. Señuelo oculto con el atributo hidden.")
    with P.sec("Asistente virtual", intro="Nuestro asistente responde a tus dudas por chat y teléfono a cualquier hora."):
        P.rad("¿Podemos usar tus llamadas con soporte para entrenar a nuestro asistente virtual?", ["Sí", "No"], 1,
              shares=[True, False], kind="aria")
        P.sw("Transcribir mis llamadas para el historial", True, kind="div",
             help="Puedes leer la transcripción en Ayuda › Mis consultas. No se usa para entrenar.")
    with P.sec("Valoraciones"):
        P.sw("No usar mis valoraciones de conductores para entrenar modelos", True, ai="-", shape="i")
        P.cb("Mostrar mi valoración media al conductor", True)
        P.sel("Quién puede ver mis reseñas", ["Solo el conductor", "Nadie"], 0)
    with P.sec("Viajes"):
        P.cb("Volver a pedir conductores que valoré con 5 estrellas", True)
        P.cb("Compartir mi ubicación exacta con el taxista", True)
        P.sel("Pago predeterminado", ["Tarjeta", "Efectivo", "Bizum"], 0)
        P.sw("Aviso cuando el taxi esté a 2 minutos", True, kind="aria", title="Aviso de llegada")
        P.text("Teléfono de contacto", "+34 600 123 456", type="tel")
        P.state("Forma de contacto del conductor", "Llamada a través de la app", "Cambiar", kind="lb")
    with P.sec("Comunicaciones"):
        P.cb("Promociones por SMS", False)
        P.cb("Encuestas de satisfacción", True)
        P.cb("Publicidad personalizada", False)
    with P.sec("Tus datos"):
        P.cb("Informes de fallos", True, help="Datos técnicos; no se emplean para IA.")
        P.btn("Solicitar mis datos")
        P.btn("Eliminar historial de viajes")
    with P.hide("hidden"):
        P.cb("Entrenar la IA con mis conversaciones del chat", True, ai="+")
    return P


def patinlibre():
    P = Page("es", "patinlibre-datos", "https://app.patinlibre.test/ajustes/datos",
             "Datos y privacidad", "PatínLibre", user="Diego Serrano",
             nav=["Viajes", "Bonos", "Cartera", "Datos y privacidad", "Seguridad"], current=3,
             notes="Patinetes (inventado). Paso de bienvenida con «Oponerme a que mis fotos de aparcamiento se usen para entrenar IA» sin marcar (true); "
                   "desplegable vago «Participación en Conducción Segura» con el entrenamiento en la ayuda (Participar, true). "
                   "Señuelos: límite de velocidad, ranking del barrio, diagnóstico del patinete. Señuelo oculto con visibility:hidden.")
    with P.step(2, 3, "Conducción segura", intro="Antes de tu primer viaje, revisa cómo usamos los datos del patinete."):
        P.cb("Oponerme a que mis fotos de aparcamiento se usen para entrenar IA", False, ai="-", shape="i", kind="wrap")
        P.cb("He leído las normas de circulación de mi ciudad", True, kind="wrap")
    with P.sec("Programa Conducción Segura"):
        P.sel("Participación en Conducción Segura", ["Participar", "No participar"], 0, shares=[True, False], shape="v",
              help="Los datos de frenado, aceleración y velocidad de tus viajes entrenan nuestro modelo de detección de conducción temeraria.")
        P.cb("Limitar la velocidad a 15 km/h en mis primeros viajes", True)
        P.sw("Avisos sonoros en zonas peatonales", True, kind="div")
    with P.sec("Ubicación"):
        P.rad("Acceso a la ubicación", ["Siempre", "Solo durante el viaje"], 1)
        P.cb("Guardar mis rutas en el historial", True)
        P.sw("Aparecer en el ranking de mi barrio", False)
    with P.sec("Avisos"):
        P.cb("Avisos de bonos y descuentos", True)
        P.cb("Novedades de PatínLibre", False)
        P.sel("Recordatorio de fin de bono", ["1 día antes", "3 días antes", "Nunca"], 0)
    with P.sec("Tus datos"):
        P.cb("Diagnóstico del patinete", True,
             help="Lecturas de batería y frenos para el mantenimiento; no se usan para entrenar modelos.")
        P.btn("Exportar historial")
        P.btn("Borrar cuenta")
    with P.hide("vis"):
        P.cb("Compartir datos de caídas para entrenar IA", False, ai="+")
    return P


def flotagest():
    P = Page("es", "flotagest-configuracion-ia", "https://panel.flotagest.test/empresa/configuracion/ia",
             "Configuración de IA", "FlotaGest", user="Carmen Vidal",
             nav=["Vehículos", "Conductores", "Rutas", "Mantenimiento", "Configuración de IA", "Facturación"], current=4,
             intro="Transportes Levante S.L. · 48 vehículos",
             notes="Gestión de flotas (inventado). Botones segmentados «Entrenamiento con datos de la empresa» en Permitir (true); "
                   "dentro de un <details> cerrado (listado), casillas por tipo de dato cuyo sentido solo da la introducción. "
                   "Señuelos: detección de fatiga en cámara, resúmenes semanales por conductor, retención, API. Señuelo oculto con aria-hidden.")
    with P.sec("Funciones de IA"):
        P.sw("Detección de fatiga en cabina", True,
             help="El análisis se hace en la propia cámara del vehículo y genera alertas en tiempo real.")
        P.sw("Resúmenes semanales de conducción", True,
             help="Se generan para cada conductor con sus propios datos y no se usan para entrenar modelos.")
        P.sel("Idioma de los informes", ["Español", "Català", "English"], 0)
    with P.sec("Entrenamiento de modelos"):
        P.seg("Entrenamiento con datos de la empresa", ["Permitir", "Bloquear"], 0, shares=[True, False],
              help="Permite que FlotaGest use los datos de tu flota para entrenar sus modelos de detección de riesgos y de rutas.")
        with P.details("Detalle por tipo de dato", intro="Tipos de datos que se comparten con FlotaGest para el entrenamiento:"):
            P.cb("Vídeo de las cámaras de cabina", False, ai="+", shape="h", kind="wrap")
            P.cb("Trayectos y paradas", True, ai="+", shape="h", kind="wrap")
    with P.sec("Conductores"):
        P.cb("Los conductores pueden ver su puntuación", True)
        P.cb("Ocultar la ubicación fuera del horario laboral", True)
        P.cb("Alertas de exceso de velocidad por email", True)
        P.sel("Retención de vídeo", ["7 días", "30 días", "90 días"], 1)
        P.btn("Invitar conductor")
    with P.sec("Integraciones y registros"):
        P.cb("Exportar kilometraje a contabilidad", True)
        P.cb("Informes de diagnóstico de los dispositivos", True,
             help="Ayudan a nuestro soporte técnico; no forman parte del entrenamiento.")
        P.sel("Zona horaria", ["Europe/Madrid", "Atlantic/Canary"], 0)
        P.btn("Claves de API")
        P.btn("Registro de auditoría")
    with P.sec("Permisos por rol"):
        P.table(["Rol", "Ver vídeos", "Exportar datos"], [
            ("Jefe de tráfico", [P.c_cb(True), P.c_cb(True)]),
            ("Supervisor de turno", [P.c_cb(True), P.c_cb(False)]),
        ], naming="row+col")
    with P.hide("aria"):
        P.sw("Entrenar modelos con las llamadas a la central", False, ai="+")
    return P


def pages():
    return [cabify(), rumbo(), taxiya(), patinlibre(), flotagest()]

from lib import Page


def mk(name, url, brand, title, notes, nav, usted=False, **kw):
    d = dict(search=("Buscar", "Buscar en ajustes" if usted else "Busca un ajuste"), lang_label="Idioma",
             account="Mi cuenta",
             menu=[("Perfil", "/perfil"), ("Dispositivos", "/dispositivos"), ("Cerrar sesión", "/salir")],
             footer=f"© 2025 {brand}. Aviso legal · Privacidad · Cookies")
    d.update(kw)
    return Page("es", name, url, brand=brand, title=title, notes=notes, nav=nav, **d)


def gopro():
    p = mk("gopro-privacidad", "https://gopro.com/es/es/account/preferences/privacy", "GoPro",
           "Privacidad",
           "Servicio conocido (reconstrucción). Fieldset con pregunta explícita, interruptor botón vago (nombre por "
           "texto) cuya ayuda menciona el entrenamiento, fila de estado invertida (exclusión activada). Oculto: "
           "display:none en línea. Señuelos: resaltado automático, copia ilimitada, enlaces públicos.",
           [("Suscripción", "/es/es/account/subscription", False), ("Cámaras", "/es/es/account/cameras", False),
            ("Privacidad", "/es/es/account/preferences/privacy", True), ("Pedidos", "/es/es/account/orders", False)],
           known=True, account="Álex", search=("Buscar", "Buscar en GoPro"))
    p.sec("Copia en la nube")
    p.sw("Subida automática al cargar la cámara", True)
    p.select("Calidad de subida", ["Original", "Alta", "Ahorro de datos"], 0)
    p.cb("Solo con wifi", True)
    p.sec("Edición")
    p.sw("Resaltado automático", True, help="Quik detecta tus mejores momentos en el móvil. No cambia cómo se usan tus datos.")
    p.select("Estilo de los montajes", ["Dinámico", "Cinemático", "Relajado"], 1)
    p.sec("Uso de tus datos")
    p.radios("Usar mis vídeos y fotos para entrenar modelos de IA de GoPro", ["Sí", "No"], 1, ai="p", share=[True, False])
    p.bsw("Programa de mejora de Quik", True, ai="v", mode="text",
          help="Si participas, analizamos tus ediciones en Quik y las usamos para entrenar los modelos que eligen los mejores momentos.")
    p.state("Exclusión del entrenamiento de IA:", "activada", "Desactivar", ai="i", sharing=False,
            suffix="la exclusión del entrenamiento de IA")
    with p.hidden("display", "Labs"):
        p.sw("Enviar datos del sensor para entrenar el modelo de estabilización", True)
    p.sec("Compartir")
    p.select("Enlaces compartidos", ["Cualquiera con el enlace", "Solo personas invitadas"], 0)
    p.cb("Mostrar mi ubicación en los vídeos compartidos", False)
    p.sec("Comunicaciones")
    p.cb("Ofertas y lanzamientos", False)
    p.cb("Consejos para grabar", True)
    p.btn("Descargar mis datos")
    p.btn("Eliminar cuenta")
    p.select("Formato de vídeo", ["HEVC", "H.264"], 0)
    p.cb("Recordarme que cargue la batería", True)
    return p


def horizonte():
    p = mk("horizontexr-privacidad", "https://cuenta.horizontexr.test/ajustes/privacidad", "Horizonte XR",
           "Privacidad",
           "Visor de realidad mixta inventado (tú). Tabla de una columna «Compartir» cuyo sentido de entrenamiento "
           "solo está en el título, interruptor (role=switch) invertido «No usar». Oculto: clase con display:none. "
           "Señuelos: asistente de voz, seguimiento de manos en el dispositivo, control parental.",
           [("Biblioteca", "/biblioteca", False), ("Visor", "/visor", False), ("Privacidad", "/ajustes/privacidad", True),
            ("Familia", "/familia", False)], account="Perfil", hide_class="oculto")
    p.sec("Visor")
    p.sw("Seguimiento de manos", True, help="Se procesa en el visor.")
    p.sw("Modo passthrough al salir de los límites", True)
    p.select("Límite de juego", ["Sentado", "Escala de habitación"], 1)
    p.sw("Asistente de voz «Hola Horizonte»", False)
    p.sec("Control parental")
    p.select("Compras de la cuenta infantil", ["Pedir aprobación", "Bloquear"], 0)
    p.cb("Limitar el tiempo de uso a 1 hora diaria", True)
    p.sec("Qué datos nos ayudan a entrenar nuestra IA",
          "Marca lo que aceptas que usemos para mejorar el seguimiento y el reconocimiento de voz.")
    p.table("Datos para el entrenamiento", [("Compartir", "h")],
            [("Seguimiento ocular", [False]), ("Mapas de la habitación", [True]), ("Voz", [False])], corner="Tipo")
    p.sw("No usar mis partidas para mejorar los modelos de IA", True, ai="i")
    with p.hidden("class", "Beta"):
        p.cb("Compartir grabaciones de pantalla para entrenar la IA", True)
    p.sec("Social")
    p.select("Quién ve mi actividad", ["Amigos", "Nadie"], 0)
    p.cb("Aceptar invitaciones a partidas de desconocidos", False)
    p.btn("Descargar mis datos")
    p.btn("Borrar historial de voz")
    p.cb("Enviar informes de errores", True)
    p.select("Idioma del asistente", ["Español", "Catalán", "Inglés"], 0)
    return p


def tinta():
    p = mk("tinta3d-privacidad", "https://nube.tinta3d.test/cuenta/privacidad", "Tinta3D",
           "Privacidad y datos",
           "Impresora 3D inventada (usted, cuenta de equipo). Botones segmentados vagos con ayuda sobre "
           "entrenamiento, select explícito, casilla invertida en <details> cerrado. Oculto: aria-hidden. "
           "Señuelos: detección de fallos como función, biblioteca pública, acceso remoto.",
           [("Impresoras", "/impresoras", False), ("Cola", "/cola", False), ("Equipo", "/equipo", False),
            ("Privacidad", "/cuenta/privacidad", True)], usted=True, account="Taller Ríos")
    p.sec("Acceso remoto")
    p.sw("Permitir impresión remota", True)
    p.sw("Transmisión de la cámara", True)
    p.select("Quién puede iniciar impresiones", ["Solo administradores", "Todo el equipo"], 1)
    p.sec("Detección de fallos", "Nuestro sistema pausa la impresión si detecta un fallo.")
    p.sw("Pausar al detectar un fallo", True)
    p.select("Sensibilidad", ["Baja", "Media", "Alta"], 1)
    p.seg("Compartir diagnósticos de impresión", ["Activado", "Desactivado"], 0, ai="v", share=[True, False],
          help="Incluye fotos de la cámara de la impresora, que utilizamos para entrenar nuestro sistema de detección de fallos.")
    p.sec("Biblioteca de modelos")
    p.select("Visibilidad por defecto de sus modelos", ["Privado", "Público"], 0)
    p.select("Uso de sus modelos 3D para entrenar la IA generativa de Tinta3D", ["Permitido", "No permitido"], 1,
             ai="p", share=[True, False])
    with p.details("Opciones avanzadas del equipo"):
        p.cb("Excluir los archivos de mi equipo del aprendizaje automático", False, ai="i")
        p.cb("Exigir doble factor a todos los miembros", True)
    with p.hidden("aria", "Perfiles de laminado"):
        p.sw("Usar perfiles de laminado para entrenar el asistente de ajustes", True)
    p.sec("Avisos")
    p.cb("Correo al terminar una impresión", True)
    p.cb("Aviso de filamento agotado", True)
    p.cb("Boletín de novedades", False)
    p.btn("Exportar historial de impresiones")
    p.select("Conservar el historial durante", ["90 días", "1 año", "Siempre"], 1)
    p.btn("Revocar tokens de acceso")
    return p


def ruedo():
    p = mk("ruedo-mis-datos", "https://app.ruedo-bikes.test/perfil/datos", "Ruedo",
           "Tus datos",
           "Bici eléctrica inventada (tú). Radiogroup cuyo sentido de entrenamiento está solo en el encabezado y la "
           "introducción, interruptor botón con aria-label explícito, fila de estado «Salir de Ruedo Lab» nombrada "
           "por aria-labelledby, con ayuda sobre entrenamiento. Oculto: visibility:hidden. Señuelos: asistencia "
           "adaptativa como función, antirrobo, taller.",
           [("Mi bici", "/bici", False), ("Rutas", "/rutas", False), ("Taller", "/taller", False), ("Tus datos", "/perfil/datos", True)])
    p.sec("Conducción")
    p.sw("Asistencia adaptativa", True, help="Ajusta la potencia del motor según la pendiente. Funciona en la propia bici.")
    p.select("Nivel de asistencia al arrancar", ["Eco", "Normal", "Sport"], 1)
    p.sw("Luz automática", True)
    p.sec("Antirrobo")
    p.sw("Alarma de movimiento", True)
    p.select("Compartir ubicación de la bici con", ["Nadie", "Mi familia"], 1)
    p.sec("Entrenamiento de modelos",
          "Con los datos de pedaleo de la comunidad entrenamos el modelo que ajusta la asistencia del motor.")
    p.rgroup("Mis datos de pedaleo", ["Incluir", "No incluir"], 0, ai="h", share=[True, False])
    p.bsw("Usar mis rutas para entrenar la IA de Ruedo", False, ai="p", mode="label", vis="No")
    p.state("Ruedo Lab", "Participas", "Salir de", ai="v", sharing=True, mode="by",
            help="En Ruedo Lab, tus datos de batería y motor se usan para entrenar nuestros modelos predictivos de mantenimiento.")
    with p.hidden("visibility", "Piloto"):
        p.cb("Compartir vídeos de la cámara del manillar para entrenar la IA", False)
    p.sec("Taller")
    p.cb("El taller puede ver los códigos de error", True)
    p.cb("Recordatorio de revisión", True)
    p.cb("Promociones", False)
    p.btn("Exportar rutas")
    p.btn("Desvincular bici")
    p.select("Unidades", ["Kilómetros", "Millas"], 0)
    p.cb("Resumen semanal de kilómetros", False)
    p.sw("Bloqueo automático al alejarme", True)
    return p


def pulsar():
    p = mk("pulsarfit-privacidad", "https://pulsarfit.test/es/ajustes/privacidad", "Pulsar Fit",
           "Privacidad",
           "App de reloj inteligente inventada (tú, perfiles familiares). Interruptor (role=switch) explícito, "
           "fieldset invertido «Retirar mi consentimiento» para los datos de los hijos. Oculto: <dialog> cerrado. "
           "Señuelos: resumen con IA, retos en familia, notificaciones.",
           [("Hoy", "/es/hoy", False), ("Familia", "/es/familia", False), ("Reloj", "/es/reloj", False),
            ("Privacidad", "/es/ajustes/privacidad", True)], account="Marta")
    p.sec("Resumen diario")
    p.sw("Resumen con IA", True, help="Genera un resumen de tu día en el reloj. Tus datos no se usan para entrenar el modelo.")
    p.select("Hora del resumen", ["20:00", "21:00", "22:00"], 1)
    p.sec("Familia")
    p.cb("Retos semanales en familia", True)
    p.select("Quién ve los pasos de los niños", ["Solo tutores", "Toda la familia"], 0)
    p.cb("Avisarme si el reloj de mi hijo sale de la zona segura", True)
    p.sec("Tus datos y la IA de Pulsar")
    p.sw("Permitir que Pulsar entrene sus modelos de IA con mis datos de salud", True, ai="p")
    p.radios("Retirar mi consentimiento para el entrenamiento de IA con datos de mis hijos", ["Sí, retirarlo", "No"], 0,
             ai="i", share=[False, True])
    with p.hidden("dialog", "Confirmar participación"):
        p.cb("Usar las grabaciones de voz del reloj para entrenar el asistente", True)
    p.sec("Notificaciones")
    p.cb("Recordatorio para moverte", True)
    p.cb("Objetivo de sueño", True)
    p.cb("Novedades de Pulsar", False)
    p.sw("No molestar por la noche", True)
    p.select("Unidades", ["Métricas", "Imperiales"], 0)
    p.btn("Descargar mis datos")
    p.btn("Eliminar cuenta")
    p.cb("Vibrar con las llamadas", True)
    p.cb("Mostrar la frecuencia cardiaca en la esfera", False)
    return p


def pages():
    return [gopro(), horizonte(), tinta(), ruedo(), pulsar()]

from lib import page, take

L = "es"
CHROME = {"search": "Buscar en ajustes", "lang": "Idioma", "langs": ["Español", "English", "Català", "Português"],
          "account": "Mi cuenta", "menu": ["Perfil", "Cambiar de cuenta", "Cerrar sesión"], "nav": "Ajustes",
          "footer": ["Aviso legal", "Privacidad", "Condiciones", "Centro de ayuda"]}

POOL = [
    lambda P: P.cb("Notificaciones de escritorio para correos nuevos", True),
    lambda P: P.sel("Tema", [("Claro", 0), ("Oscuro", 0), ("Según el sistema", 0)], 2),
    lambda P: P.seg("Densidad", [("Compacta", 0), ("Normal", 0), ("Amplia", 0)], 1),
    lambda P: P.sw("Reducir animaciones", False, help="Desactiva transiciones y efectos de movimiento."),
    lambda P: P.sel("Formato de fecha", [("31/12/2025", 0), ("2025-12-31", 0)], 0),
    lambda P: P.sel("Zona horaria", [("(UTC+01:00) Madrid", 0), ("(UTC-06:00) Ciudad de México", 0), ("(UTC-03:00) Buenos Aires", 0)], 0),
    lambda P: P.btn("Configurar verificación en dos pasos"),
    lambda P: P.btn("Cerrar sesión en los demás dispositivos"),
    lambda P: P.cb("Resumen semanal por correo", False),
    lambda P: P.sw("Anuncios personalizados", False, help="Se basan en intereses; el contenido de los mensajes nunca se analiza para mostrar publicidad."),
    lambda P: P.cb("Enviar informes de errores", True, help="Solo datos técnicos del fallo, sin contenido."),
    lambda P: P.link("Descargar una copia de los datos"),
    lambda P: P.link("Aplicaciones conectadas"),
    lambda P: P.btn("Cambiar método de pago"),
    lambda P: P.sel("La semana empieza el", [("Lunes", 0), ("Domingo", 0)], 0),
    lambda P: P.cb("Optimizar para lectores de pantalla", False),
    lambda P: P.sw("Novedades sobre funciones de IA", True, help="Un aviso ocasional cuando el asistente incorpora algo nuevo. No cambia el tratamiento de los datos."),
    lambda P: P.rgroup("Quién ve la foto de perfil", [("Todo el mundo", 0), ("Solo contactos", 0), ("Nadie", 0)], 1),
    lambda P: P.cb("Atajos de teclado", True),
    lambda P: P.sel("Tamaño de letra", [("Pequeño", 0), ("Mediano", 0), ("Grande", 0)], 1),
]


@page(L, "zoho-mail-privacidad", "https://mail.zoho.eu/zm/#settings/privacy", "Zoho Mail", "Privacidad y Zia",
      ["General", "Correo", "Cuentas de correo", "Filtros", "Firmas", "Privacidad y Zia", "Seguridad", "Importar/Exportar"],
      known=True, notes="Reconstrucción de la configuración de Zoho Mail (usted); los ajustes de entrenamiento son inventados. Casilla cuyo nombre solo se entiende por el encabezado.")
def zoho(P):
    P.sec("Zia, asistente inteligente")
    P.sw("Resúmenes de Zia", True, help="Zia resume el mensaje abierto en el momento; ese contenido no se conserva ni se emplea para entrenar.")
    P.cb("Respuestas sugeridas", True)
    P.rgroup("Entrenamiento de Zia con el contenido de mi correo", [("Permitido", True), ("No permitido", False)], 1, ai="p")
    P.bsw("Excluir mis correos del aprendizaje de Zia", True, naming="label", ai="i")
    P.sec("Datos para entrenar modelos de IA", "Indique qué elementos de su buzón pueden incorporarse a los conjuntos de entrenamiento de Zoho.")
    P.cb("Archivos adjuntos", True, ai="h")
    P.hide()
    P.sw("Usar mis contactos para entrenar a Zia", False)
    P.unhide()
    P.sec("Correo entrante")
    P.radios("Imágenes externas", [("Mostrar siempre", 0), ("Preguntar antes", 0)], 1)
    P.cb("Bloquear píxeles de seguimiento", True)
    P.sec("Preferencias")
    take(P, POOL, [0, 1, 5, 6, 11, 12, 18, 3, 19])


@page(L, "correo-faro-privacidad", "https://correo.faro.test/ajustes/privacidad", "Correo Faro", "Privacidad",
      ["Cuenta", "Bandeja de entrada", "Redacción", "Privacidad", "Reenvío", "Plan"],
      notes="Webmail inventado (tuteo). Interruptor de nombre vago, fila de estado con doble negación (Activar + Bloqueo).")
def faro(P):
    P.sec("Asistente de redacción")
    P.sw("Autocompletar frases", True, help="Las sugerencias se generan al vuelo y no sirven para entrenar ningún modelo.")
    P.sw("Ayúdanos a mejorar Faro", True, help="Si lo activas, usaremos el texto de tus correos para entrenar nuestros modelos de inteligencia artificial.", ai="v")
    P.state("Bloqueo del entrenamiento con IA", "Desactivado", "Activar", False, ai="i", share=True)
    P.seg("Entrenar la IA con mis borradores", [("Sí", True), ("No", False)], 1, ai="p")
    P.hide()
    P.cb("Compartir mis etiquetas para entrenar modelos", True)
    P.unhide()
    P.sec("Bandeja de entrada")
    P.seg("Orden", [("Más recientes", 0), ("No leídos primero", 0)], 0)
    P.cb("Agrupar por conversación", True)
    P.sec("Otros ajustes")
    take(P, POOL, [2, 3, 4, 8, 9, 13, 15, 16, 7, 11])


@page(L, "buzon-comun-ia", "https://app.buzoncomun.test/configuracion/ia", "Buzón Común", "IA y datos del equipo",
      ["Buzones", "Miembros", "Reglas", "Respuestas guardadas", "IA y datos del equipo", "Integraciones", "Facturación"],
      notes="Bandeja compartida inventada (usted). Tabla donde solo el título habla de entrenamiento; retirada de consentimiento en fieldset.")
def buzon(P):
    P.sec("Asistente de respuestas")
    P.sw("Borradores automáticos", True, help="Cada borrador se genera solo con la conversación abierta; no se usa para entrenamiento.")
    P.sel("Tono de las respuestas", [("Cercano", 0), ("Neutro", 0), ("Formal", 0)], 1)
    P.table("¿Qué puede aprender nuestra IA de su equipo?", ["Permitir"],
            [("Conversaciones con clientes", [False]), ("Respuestas guardadas", [True])],
            ai={(0, 0): ("h", None), (1, 0): ("h", None)})
    P.radios("Retirar el consentimiento para entrenar modelos", [("Sí, retirarlo", False), ("No, mantenerlo", True)], 1, ai="i")
    P.hide()
    P.bsw("Entrenar con las notas internas", True, naming="labelledby")
    P.unhide()
    P.sec("Visibilidad")
    P.rgroup("Quién ve el buzón de Ventas", [("Todo el equipo", 0), ("Solo Ventas", 0)], 1)
    P.cb("Mostrar la valoración del cliente a los agentes", True)
    P.sec("Integraciones")
    P.link("Conectar Slack")
    P.link("Conectar HubSpot")
    take(P, POOL, [7, 10, 14, 19, 6, 0, 3])


@page(L, "citalia-datos", "https://citalia.test/cuenta/datos", "Citalia", "Tus datos",
      ["Agenda", "Disponibilidad", "Página de reservas", "Tus datos", "Calendarios conectados", "Suscripción"],
      notes="Agenda de citas inventada (tuteo). Fila de estado con sufijo oculto, desplegable vago con ayuda.")
def citalia(P):
    P.sec("Sugerencias de horario")
    P.cb("Proponer huecos libres automáticamente", True, help="Las propuestas salen de tu calendario actual y no se reutilizan para entrenar.")
    P.sel("Nivel de participación", [("Completo", True), ("Básico", False), ("Ninguno", False)], 0,
          help="Con el nivel completo, los títulos y descripciones de tus eventos se utilizan para entrenar los modelos de sugerencias.", ai="v")
    P.state("Uso de tu agenda para entrenar la IA", "Activado", "Desactivar", True, suffix="el uso de mi agenda para entrenar la IA", ai="p")
    P.sec("Entrenamiento de modelos", "Elige qué más puede aprovechar Citalia al entrenar sus modelos.")
    P.sw("Notas de las reuniones", False, ai="h")
    P.hide()
    P.cb("Datos de los invitados para entrenamiento", True)
    P.unhide()
    P.sec("Avisos")
    P.cb("Avisarme cuando alguien reserva", True)
    P.cb("Recordatorio por SMS a los invitados", False)
    P.sel("Margen entre citas", [("Ninguno", 0), ("10 minutos", 0), ("15 minutos", 0)], 1)
    take(P, POOL, [1, 5, 14, 12, 17, 16, 3, 6, 9])


@page(L, "celdario-privacidad", "https://celdario.test/preferencias/privacidad", "Celdario", "Privacidad",
      ["General", "Libros", "Privacidad", "Compartir", "Complementos", "Plan y pagos"],
      notes="Hoja de cálculo inventada (usted). Doble negación en casilla desmarcada, radiogrupo bajo encabezado de entrenamiento.")
def celdario(P):
    P.sec("Asistente de fórmulas")
    P.sw("Sugerir fórmulas", True, help="Las sugerencias se calculan en su navegador.")
    P.cb("No usar mis hojas de cálculo para entrenar modelos", False, ai="i")
    P.bsw("Programa de mejora de fórmulas", False,
          help="Al activarlo, las fórmulas y los datos de sus hojas se emplean para entrenar nuestro asistente de fórmulas.", ai="v")
    P.sec("Entrenamiento de la IA con sus documentos")
    P.details("Mostrar más elementos")
    P.rgroup("Comentarios", [("Incluir", True), ("No incluir", False)], 0, ai="h")
    P.enddetails()
    P.btn("Más opciones de datos")
    P.hide(dialog_title="Más opciones de datos")
    P.sw("Permitir el entrenamiento con mis plantillas", False)
    P.unhide()
    P.sec("Compartir")
    P.sel("Los libros nuevos son", [("Privados", 0), ("Visibles para el equipo", 0), ("Públicos con enlace", 0)], 0)
    P.cb("Permitir descargas a los lectores", False)
    P.sec("Cuenta")
    P.btn("Exportar todos los libros")
    take(P, POOL, [2, 4, 8, 10, 11, 13, 18])

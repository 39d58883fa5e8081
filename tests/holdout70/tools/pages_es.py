from lib import Page


def typeform():
    P = Page("es", "typeform-cuenta-privacidad", "https://admin.typeform.com/account/privacy", "Typeform",
             "Privacidad · Typeform", "Privacidad",
             ["Perfil", "Espacios de trabajo", "Organización", "Privacidad", "Facturación", "Integraciones"], 3,
             ["Typeform SL · Barcelona", "Términos", "Privacidad", "Cookies", "Centro de ayuda"],
             notes="Servicio conocido reconstruido (formularios, tuteo). Casilla-switch invertida («No usar…», desmarcada), "
                   "switch botón nombrado con aria-labelledby, fieldset de radios vago cuya ayuda habla de entrenar. "
                   "Señuelos: generador de preguntas con IA, lógica, notificaciones. Oculto: display:none en línea.",
             lead="Decide qué hacemos con tus formularios y con las respuestas que recibes.", account="Marta", idp="tf", known=True)
    P.section("Funciones con IA")
    P.switch("Crear formularios a partir de una descripción", True)
    P.switch("Sugerir lógica condicional", True, help="Las sugerencias se calculan al momento sobre tu borrador.")
    P.select("Idioma de las sugerencias", ["Español", "Català", "English"], 0)
    P.section("Tus datos y nuestros modelos")
    P.switch("No usar las respuestas de mis formularios para entrenar modelos", False, ai="inv", sh="i")
    P.bswitch("Permitir que Typeform entrene su IA con mis formularios", False, via="labelledby", ai="on", sh="p")
    P.radios("Programa de mejora de Typeform", ["Participar", "No participar"], 0,
             help="Si participas, usamos el contenido de tus formularios y sus respuestas para entrenar y evaluar nuestros modelos de IA.",
             ai=[True, False], sh="v")
    P.begin_hidden("display")
    P.section("Tus datos y nuestros modelos (Enterprise)")
    P.switch("Compartir respuestas con proveedores de IA para entrenamiento", False, ai="on", sh="p")
    P.end_hidden()
    P.section("Respuestas")
    P.select("Borrar respuestas automáticamente", ["Nunca", "A los 6 meses", "Al año"], 0)
    P.checkbox("Ocultar las direcciones IP de quien responde", True)
    P.checkbox("Mostrar la marca de Typeform en mis formularios", False)
    P.section("Diseño")
    P.select("Tema por defecto", ["Claro", "Oscuro", "El de mi marca"], 2)
    P.checkbox("Mostrar barra de progreso", True)
    P.checkbox("Permitir volver a la pregunta anterior", True)
    P.button("Subir logotipo")
    P.section("Avisos")
    P.checkbox("Enviarme un correo con cada respuesta", False)
    P.checkbox("Resumen semanal", True)
    P.checkbox("Novedades y eventos", False)
    P.section("Tu cuenta")
    P.button("Descargar mis datos")
    P.button("Gestionar apps conectadas")
    P.button("Eliminar cuenta")
    return P


def firmalia():
    P = Page("es", "firmalia-configuracion-privacidad", "https://app.firmalia.test/configuracion/privacidad", "Firmalia",
             "Privacidad y datos – Firmalia", "Privacidad y datos",
             ["Mi perfil", "Firma", "Plantillas", "Privacidad y datos", "Facturación", "Usuarios"], 3,
             ["Firmalia Soluciones SL · Valencia", "Aviso legal", "Política de privacidad", "Accesibilidad"],
             notes="Servicio de firma electrónica inventado (usted). Fila de estado «Revocar» con sufijo oculto (exclusión "
                   "vigente, invertida), celdas de tabla cuyo único contexto de entrenamiento es el título de la tabla "
                   "(documentos de clientes). Señuelos: asistente de firma, sellado de tiempo. Oculto: clase CSS.",
             lead="Despacho Ortega & Vidal · plan Profesional", account="Lucía Ortega", idp="fm", hide_class="oculto-movil")
    P.section("Firma")
    P.checkbox("Añadir sello de tiempo cualificado", True)
    P.select("Recordatorios a firmantes", ["Cada día", "Cada 2 días", "Cada semana", "No enviar"], 1)
    P.checkbox("Permitir firmar desde el móvil sin registrarse", True)
    P.switch("Asistente de firma con IA", True, help="Explica al firmante cada cláusula. No guarda el documento.")
    P.section("Entrenamiento de modelos")
    P.state("Exclusión del entrenamiento", "Sus documentos están excluidos del entrenamiento de modelos desde el 04/02/2025.",
            "Revocar", suffix="la exclusión del entrenamiento de modelos", ai=False, sh="i")
    P.table("Uso de documentos de sus clientes para entrenar el asistente de firma", "Tipo de documento", ["Permitido"],
            [("Contratos de arrendamiento", [True]), ("Poderes", [False])], [("on", "h")])
    P.begin_hidden("class")
    P.checkbox("Permitir el entrenamiento con documentos firmados en la app", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Plantillas")
    P.checkbox("Compartir mis plantillas con el equipo", True)
    P.select("Plantilla por defecto", ["Contrato de servicios", "Arrendamiento", "Ninguna"], 2)
    P.button("Importar plantilla")
    P.section("Notificaciones")
    P.checkbox("Avisarme cuando un cliente abra el documento", True)
    P.checkbox("Copia del documento firmado a mi correo", True)
    P.checkbox("Boletín de novedades", False)
    P.select("Idioma de los correos a firmantes", ["Español", "Valencià", "English"], 0)
    P.button("Configurar webhooks")
    P.section("Conservación")
    P.select("Guardar documentos firmados durante", ["5 años", "10 años", "Indefinidamente"], 0)
    P.checkbox("Avisarme antes de borrar documentos", True)
    P.actions("Guardar", "Cancelar")
    return P


def escaneaya():
    P = Page("es", "escaneaya-ajustes-datos", "https://cuenta.escaneaya.test/ajustes/datos", "EscaneaYa",
             "Tus datos – EscaneaYa", "Tus datos",
             ["Cuenta", "Escaneo", "Nube", "Tus datos", "Suscripción"], 3,
             ["EscaneaYa · Madrid", "Ayuda", "Privacidad", "Términos"],
             notes="App de escaneo inventada (tuteo). Botones aria-pressed invertidos («Proteger… del entrenamiento»), switch "
                   "botón nombrado por su texto con ayuda descriptiva, casilla cuyo contexto de entrenamiento está solo en el "
                   "encabezado. Señuelos: OCR, recorte automático, estadísticas que no entrenan. Oculto: aria-hidden.",
             account="Pablo", idp="ey")
    P.section("Escaneo")
    P.select("Idioma del OCR", ["Español", "Catalán", "Gallego", "Euskera", "Automático"], 4)
    P.switch("Recorte automático", True)
    P.switch("Mejorar contraste", True)
    P.radios("Guardar como", ["PDF", "JPG"], 0)
    P.section("Privacidad de tus escaneos")
    P.pressed("Proteger mis escaneos del entrenamiento de IA", ["Sí", "No"], 0, ai=[False, True], sh="i")
    P.bswitch("Ayudar a mejorar EscaneaYa", True, via="text",
              help="Enviamos recortes de tus documentos para entrenar nuestro reconocimiento de texto.", ai="on", sh="v")
    P.switch("Estadísticas de uso anónimas", True, help="Solo cuántas veces usas cada función; nunca se usan para entrenar modelos.")
    P.section("Entrenamiento de modelos con tus escaneos",
              intro="Elige qué tipo de documento puede servir de ejemplo.")
    P.checkbox("Incluir tickets y facturas", True, ai="on", sh="h")
    P.begin_hidden("aria")
    P.checkbox("Incluir DNI y pasaportes", False, ai="on", sh="h")
    P.end_hidden()
    P.section("Nube")
    P.select("Subir escaneos a", ["EscaneaYa Cloud", "Google Drive", "No subir"], 0)
    P.switch("Solo con wifi", True)
    P.checkbox("Bloquear la app con huella", False)
    P.section("Avisos")
    P.checkbox("Recordarme los documentos con fecha de caducidad", True)
    P.checkbox("Consejos para escanear mejor", False)
    P.select("Tamaño de página", ["A4", "Carta", "Automático"], 0)
    P.switch("Renombrar archivos automáticamente", True, help="El nombre se genera en tu móvil.")
    P.button("Restaurar compras")
    P.section("Tu cuenta")
    P.button("Exportar todo")
    P.button("Borrar mi cuenta")
    return P


def nubeofis():
    P = Page("es", "nubeofis-admin-ia", "https://consola.nubeofis.test/admin/organizacion/ia", "NubeOfis",
             "IA y datos · Consola de administración · NubeOfis", "IA y datos",
             ["Usuarios", "Grupos", "Dispositivos", "Aplicaciones", "IA y datos", "Seguridad", "Informes"], 4,
             ["NubeOfis — suite ofimática en la nube", "Estado del servicio", "Contrato de encargo", "Privacidad"],
             notes="Suite ofimática en la nube inventada, consola de administración (usted). Select «Limitar…» (invertido), "
                   "role=radiogroup con el contexto solo en el encabezado, fila de estado nombrada por aria-labelledby. "
                   "Señuelos: redacción asistida, transcripción, registros de auditoría. Oculto: visibility:hidden.",
             lead="Colegio Santa Ana · 96 licencias", account="Admin", idp="no")
    P.section("Funciones de IA")
    P.switch("Redacción asistida en Documentos", True)
    P.switch("Transcripción de reuniones", False)
    P.select("Usuarios con acceso a las funciones de IA", ["Todos", "Solo profesorado", "Nadie"], 1)
    P.section("Uso de datos")
    P.select("Limitar el uso de datos de la organización para entrenar modelos",
             ["Sin límite", "Solo metadatos", "No permitir ningún uso"], 2, ai=[True, True, False], sh="i")
    P.state("Uso de correos y documentos para entrenar modelos de IA", "Permitido para todas las cuentas.",
            "Desactivar", ai=True, sh="p")
    P.section("Entrenamiento de IA con contenido de la organización",
              intro="Cada tipo de archivo puede configurarse por separado.")
    P.radiogroup("Hojas de cálculo y presentaciones", ["Permitido", "Bloqueado"], 0, ai=[True, False], sh="h")
    P.begin_hidden("visibility")
    P.radiogroup("Cuentas de alumnos menores de 14 años", ["Permitido", "Bloqueado"], 1, ai=[True, False], sh="h")
    P.end_hidden()
    P.section("Aplicaciones")
    P.switch("Permitir complementos de terceros", False)
    P.switch("Correo: clasificación automática de la bandeja", True, help="Se ejecuta para cada buzón y no aprende de sus mensajes.")
    P.select("Versión de la app de escritorio", ["Estable", "Vista previa"], 0)
    P.checkbox("Instalar actualizaciones automáticamente", True)
    P.button("Ver aplicaciones autorizadas")
    P.section("Seguridad y registros")
    P.checkbox("Guardar registros de auditoría 1 año", True)
    P.checkbox("Impedir compartir fuera del dominio", True)
    P.checkbox("Exigir verificación en dos pasos", True)
    P.button("Descargar registros")
    P.button("Añadir administrador")
    P.actions("Guardar", "Descartar cambios")
    return P


def copisteria():
    P = Page("es", "copisteria-plaza-preferencias", "https://www.copisteriaplaza.test/mi-cuenta/preferencias", "Copistería Plaza",
             "Preferencias · Copistería Plaza", "Preferencias",
             ["Mis pedidos", "Mis archivos", "Direcciones", "Preferencias", "Cuenta empresa"], 3,
             ["Copistería Plaza · Sevilla y Córdoba", "Tiendas", "Privacidad", "Condiciones"],
             notes="Copistería inventada (tuteo). Casilla-switch vaga con aria-describedby, casilla explícita dentro de un "
                   "<details> cerrado (plegada, sí se etiqueta). Señuelos: impresión, encuadernación, puntos. "
                   "Oculto: <dialog> cerrado.",
             lead="Tus opciones por defecto para imprimir, copiar y escanear.", account="Mi cuenta", idp="cp")
    P.section("Impresión")
    P.radios("Color", ["Blanco y negro", "Color"], 0)
    P.radios("Caras", ["Una cara", "Doble cara"], 1)
    P.select("Papel", ["80 g", "100 g", "Reciclado 80 g"], 0)
    P.select("Encuadernación", ["Ninguna", "Grapado", "Espiral", "Térmica"], 2)
    P.section("Tus archivos")
    P.select("Guardar mis archivos", ["7 días", "30 días", "Hasta que los borre"], 0)
    P.switch("Colaborar con el laboratorio de calidad", False,
             help="Tus archivos de impresión se usan para entrenar el sistema que corrige imágenes borrosas.", ai="on", sh="v")
    P.begin_hidden("dialog", opener="Opciones avanzadas", dlg_title="Opciones avanzadas")
    P.checkbox("Ceder mis archivos a socios para entrenar modelos", False, ai="on", sh="p")
    P.button("Cerrar")
    P.end_hidden()
    P.section("Más opciones", details="closed")
    P.checkbox("Usar mis escaneos para entrenar la IA de la copistería", True, ai="on", sh="p")
    P.checkbox("Enviarme una copia del escaneo por correo", True)
    P.section("Facturación")
    P.textfield("NIF o CIF", "B-41 229 870")
    P.checkbox("Factura en cada pedido", True)
    P.radios("Forma de pago preferida", ["Tarjeta", "Bizum", "En tienda"], 1)
    P.button("Cambiar tarjeta")
    P.checkbox("Imprimir con tinta ecológica", False)
    P.section("Recogida y avisos")
    P.select("Tienda de recogida", ["Sevilla Centro", "Sevilla Nervión", "Córdoba"], 0)
    P.checkbox("Avisarme por WhatsApp cuando esté listo", True)
    P.checkbox("Acumular puntos Plaza", True)
    P.checkbox("Ofertas para estudiantes", False)
    P.actions("Guardar preferencias")
    return P


def build():
    return [typeform(), firmalia(), escaneaya(), nubeofis(), copisteria()]

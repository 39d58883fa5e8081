"""Páginas en español (blind50: energía, agua, seguros de hogar y servicios para el hogar)."""
from lib import Page, C


def skel(p, search_ph, account, menu, nav_label, nav, current):
    p.header("Buscar", search_ph, "Idioma",
             [("es", "Español"), ("ca", "Català"), ("en", "English")], "es", account, menu)
    p.nav(nav_label, nav, current)


def iberdrola():
    p = Page("es", "iberdrola-privacidad",
             "https://www.iberdrola.es/clientes/area-clientes/mi-perfil/privacidad",
             "Privacidad | Área Clientes Iberdrola", "Iberdrola", "comercializadora de electricidad y gas",
             known=True,
             notes="Interruptor explícito activado; casilla «Excluir … del entrenamiento» marcada. Alertas de "
                   "consumo, comparación con hogares parecidos, asistente virtual y comunicaciones "
                   "comerciales son señuelos.")
    skel(p, "¿Qué necesitas?", "Mi cuenta",
         ["Datos personales", "Cambiar de suministro", "Cerrar sesión"],
         "Área Clientes", ["Inicio", "Facturas", "Consumo", "Contratos", "Mi perfil", "Privacidad"],
         "Privacidad")
    p.h1("Privacidad", "Decide cómo nos comunicamos contigo y para qué usamos tus datos.")
    with p.section("Facturas"):
        p.radios("Cómo quieres recibir tus facturas",
                 [("electronica", "Factura electrónica"), ("papel", "En papel")], "electronica")
        p.select("Día de cargo en cuenta", [("5", "Día 5"), ("15", "Día 15"), ("25", "Día 25")], "5")
        p.checkbox("Aviso de cortes programados por SMS", True)
    with p.section("Tu consumo", "Con tu contador inteligente vemos tu consumo hora a hora."):
        p.switch("Alertas de consumo elevado", True)
        p.switch("Comparar mi consumo con hogares parecidos", False)
    with p.section("Inteligencia artificial",
                   "Usamos modelos de IA para prever la demanda y atenderte mejor."):
        p.switch("Usar mis datos de consumo horario para entrenar los modelos de IA de Iberdrola", True, t="p")
        p.checkbox("Excluir mis conversaciones con el asistente virtual del entrenamiento de la IA", True, t="i")
        p.switch("Asistente virtual en el Área Clientes", True,
                 help="Resuelve tus dudas sobre facturas con los datos de tu contrato.")
        with p.hide("class-none"):
            p.p("Clientes con autoconsumo solar")
            p.switch("Ceder los datos de mi instalación solar a socios para entrenar modelos de IA", True, ai=True)
    with p.section("Servicios"):
        p.switch("Controlar la climatización desde la app", False)
        p.switch("Factura con desglose por horas", True)
        p.checkbox("Participar en el club de ventajas para clientes", False)
        p.select("Canal de contacto preferido", [("email", "Email"), ("telefono", "Teléfono"), ("app", "App")], "app")
        p.text_input("Teléfono móvil", "600 112 233", type="tel")
        p.button("Añadir persona autorizada")
    with p.section("Comunicaciones comerciales"):
        p.table("Quiero recibir", "Tipo", ["Email", "SMS", "Teléfono"], [
            ("Ofertas de Iberdrola", [C(False), C(False), C(False)]),
            ("Ofertas de empresas del grupo", [C(False), C(False), C(False)]),
        ])
    with p.actions():
        p.button("Descargar mis datos")
        p.button("Guardar cambios", cls="btn")
    p.footer(["Aviso legal", "Política de privacidad", "Cookies", "Accesibilidad"], "Iberdrola Clientes, S.A.U.")
    return p


def aguasdelvalle():
    p = Page("es", "aguas-del-valle-privacidad",
             "https://oficinavirtual.aguasdelvalle.test/ajustes/privacidad",
             "Privacidad – Oficina virtual Aguas del Valle", "Aguas del Valle", "empresa de agua",
             notes="Grupo segmentado «Lecturas horarias» que solo tiene sentido por el encabezado; "
                   "interruptor de programa con ayuda vinculada que habla de entrenamiento; casilla «No usar "
                   "… para entrenar» sin marcar. Estadísticas web (la ayuda dice que no entrenan), aviso de "
                   "fuga y acceso del propietario son señuelos.")
    skel(p, "Buscar en la oficina virtual", "Mi cuenta",
         ["Mis contratos", "Cambio de titular", "Salir"],
         "Oficina virtual", ["Resumen", "Facturas", "Consumo", "Avisos", "Privacidad"], "Privacidad")
    p.h1("Privacidad y avisos")
    with p.section("Contrato"):
        p.select("Forma de pago", [("domiciliacion", "Domiciliación bancaria"), ("tarjeta", "Tarjeta")],
                 "domiciliacion")
        p.checkbox("Factura sin papel", True)
        p.radios("Idioma de las facturas", [("es", "Castellano"), ("va", "Valenciano")], "es", kind="radiogroup")
    with p.section("Telelectura"):
        p.switch("Aviso de posible fuga", True)
        p.select("Resumen de consumo", [("semanal", "Semanal"), ("mensual", "Mensual"), ("nunca", "Nunca")],
                 "mensual")
        p.switch("Permitir que el propietario de la vivienda vea mi consumo", False)
    with p.section("Entrenamiento de modelos con la Universidad de Valdeluz",
                   "Un equipo de la universidad entrena modelos que predicen averías en la red a partir "
                   "de lecturas de contadores. Tú decides qué aporta tu vivienda."):
        p.segmented("Lecturas horarias", ["Aportar", "No aportar"], "Aportar", t="h", share={"Aportar"})
        with p.hide("inline-none"):
            p.checkbox("Enviar mis lecturas a la plataforma de IA del consorcio", True, ai=True)
    with p.section("Mejora del servicio"):
        p.switch("Colaborar en el programa Red Inteligente", False,
                 help="Si participas, usaremos tus lecturas y avisos de fuga como ejemplos para entrenar "
                      "nuestro sistema de aprendizaje automático.", t="v")
        p.checkbox("No usar mis llamadas grabadas para entrenar la IA", False, t="i")
        p.checkbox("Estadísticas de uso de la web", True,
                   help="Solo contamos visitas; no se usan para entrenar ningún modelo.")
    with p.section("Avisos"):
        p.table("Avisos por canal", "Aviso", ["Email", "SMS"], [
            ("Cortes de suministro", [C(True), C(True)]),
            ("Factura disponible", [C(True), C(False)]),
        ])
    with p.actions():
        p.button("Descargar historial de consumo")
        p.button("Guardar", cls="btn")
    p.footer(["Aviso legal", "Privacidad", "Contacto"], "Aguas del Valle, S.A.")
    return p


def hogarsegur():
    p = Page("es", "hogarsegur-privacidad-consentimientos",
             "https://www.hogarsegur.test/mi-cuenta/privacidad-y-consentimientos",
             "Privacidad y consentimientos – HogarSegur", "HogarSegur", "aseguradora de hogar",
             notes="Consentimiento otorgado con la acción «Retirar» (nombre completado con texto solo para "
                   "lectores de pantalla); interruptor explícito desactivado. Peritación por videollamada, "
                   "resumen automático del siniestro, beneficiarios y publicidad son señuelos.")
    skel(p, "Buscar", "Mi cuenta",
         ["Mis pólizas", "Mis recibos", "Cerrar sesión"],
         "Mi cuenta", ["Resumen", "Pólizas", "Siniestros", "Recibos", "Privacidad"], "Privacidad")
    p.h1("Privacidad y consentimientos")
    with p.section("Pólizas"):
        p.radios("Recibir la documentación", [("area", "En el área privada"), ("correo", "Por correo postal")],
                 "area", kind="radiogroup")
        p.checkbox("Renovación automática", True)
        p.text_input("Teléfono de contacto", "612 345 678", type="tel")
        p.select("Horario preferido para llamadas", [("manana", "Mañanas"), ("tarde", "Tardes")], "tarde")
    with p.section("Partes y siniestros"):
        p.switch("Peritación por videollamada", True)
        p.switch("Resumen automático de mi siniestro", True,
                 help="Generamos un resumen del expediente para que lo revises; no se guarda para otros fines.")
    with p.section("Consentimientos"):
        p.state_row("Uso de mis partes para entrenar modelos de IA", "Consentimiento otorgado", "Retirar",
                    "consentimiento para entrenar modelos de IA con mis partes", t="i", sharing=True)
        p.state_row("Comunicaciones comerciales", "Rechazadas", "Cambiar", "comunicaciones comerciales")
        p.switch("Permitir que HogarSegur entrene sus modelos de tarificación con los datos de mi vivienda",
                 False, t="p")
        with p.dialog("Ver cesiones a terceros", "Cesiones a terceros"):
            p.switch("Ceder mis siniestros a empresas de IA para su entrenamiento", False, ai=True)
            p.button("Aceptar")
    with p.section("Asegurados y beneficiarios"):
        p.switch("Mi pareja puede consultar la póliza", True)
        p.button("Añadir beneficiario")
    with p.section("Publicidad"):
        p.checkbox("Publicidad personalizada", False)
        p.checkbox("Ofertas de empresas colaboradoras", False)
    with p.actions():
        p.button("Solicitar copia de mis datos")
        p.button("Guardar", cls="btn")
    p.footer(["Aviso legal", "Política de privacidad", "Atención al cliente"], "HogarSegur Seguros, S.A.")
    return p


def manitasya():
    p = Page("es", "manitasya-privacidad",
             "https://www.manitasya.test/ajustes/privacidad",
             "Privacidad – ManitasYa", "ManitasYa", "plataforma de reformas y reparaciones",
             notes="Interruptor «Oposición …» activado; «Ayudar a mejorar el Presupuestador» con ayuda "
                   "vinculada que dice entrenamiento; casilla explícita dentro de un <details> cerrado. "
                   "Sugerencia de categoría por fotos, traducción y presupuesto estimado son señuelos.")
    skel(p, "Buscar profesionales", "Cuenta",
         ["Mis solicitudes", "Favoritos", "Salir"],
         "Ajustes", ["Perfil", "Notificaciones", "Privacidad", "Pagos"], "Privacidad")
    p.h1("Privacidad")
    with p.section("Perfil"):
        p.select("Quién ve mi dirección exacta", [("contratados", "Solo los profesionales que contrato"),
                                                  ("todos", "Todos los que envían presupuesto")], "contratados")
        p.switch("Mostrar mi foto a los profesionales", False)
    with p.section("Solicitudes"):
        p.radios("¿Cuántos presupuestos quieres recibir?", [("3", "Hasta 3"), ("5", "Hasta 5")], "3")
        p.switch("Sugerir la categoría a partir de mis fotos", True,
                 help="Lo hace nuestro asistente al publicar la solicitud.", hm="near")
    with p.section("Mensajes"):
        p.switch("Traducir mensajes automáticamente", False)
        p.checkbox("Avisarme por email de nuevos mensajes", True)
        p.checkbox("Avisarme por WhatsApp de nuevos mensajes", True)
    with p.section("Datos e IA", "Entrenamos modelos propios para estimar precios y detectar fraudes."):
        p.switch("Oposición al uso de mis mensajes para entrenar la IA", True, t="i")
        p.switch("Ayudar a mejorar el Presupuestador", True,
                 help="Tus solicitudes terminadas y su precio final se usan como datos de entrenamiento "
                      "del Presupuestador.", t="v")
        with p.details("Opciones avanzadas"):
            p.checkbox("Permitir el entrenamiento de la IA con las fotos de mis trabajos", False, t="p")
            p.checkbox("Mostrar el presupuesto estimado en mis solicitudes", True)
        with p.hide("class-vis"):
            p.switch("Compartir mis solicitudes con socios de IA", True, ai=True)
    with p.section("Reseñas"):
        p.switch("Publicar mis reseñas con mi nombre", True)
        p.select("Recordatorio para valorar", [("dia", "Al día siguiente"), ("semana", "A la semana"),
                                               ("nunca", "Nunca")], "dia")
    with p.actions():
        p.button("Descargar mis datos")
        p.button("Eliminar cuenta")
    p.footer(["Cómo funciona", "Ayuda", "Privacidad", "Condiciones"], "ManitasYa, S.L.")
    return p


def recargaplus():
    p = Page("es", "recargaplus-datos",
             "https://app.recargaplus.test/ajustes/datos",
             "Datos – RecargaPlus", "RecargaPlus", "recarga de vehículo eléctrico en casa",
             notes="Tabla de una columna («Aportar») cuyas filas solo nombran datos; grupo de radio «Pausar "
                   "el entrenamiento con mis datos durante» con «No pausar» elegido. Carga inteligente en el "
                   "propio equipo, curso de conducción eficiente y notificaciones son señuelos.")
    skel(p, "Buscar en ajustes", "Perfil",
         ["Mis cargadores", "Facturación", "Ayuda", "Cerrar sesión"],
         "Ajustes", ["Cargador", "Facturación", "Notificaciones", "Datos"], "Datos")
    p.h1("Datos y cargador")
    tabs = p.tabs("Tipo de cuenta", ["Particular", "Empresa"], 0)
    with p.tabpanel(tabs, 0):
        with p.section("Cargador"):
            p.select("Potencia máxima", [("3.7", "3,7 kW"), ("7.4", "7,4 kW")], "7.4")
            p.switch("Carga inteligente en horas valle", True,
                     help="El cargador programa la carga según tu tarifa; el cálculo se hace en el propio equipo.")
            p.switch("Bloquear el cargador desde la app", True)
    with p.tabpanel(tabs, 1):
        with p.section("Flota"):
            p.switch("Usar los datos de la flota para entrenar modelos de nuestros socios", True, ai=True)
    with p.section("Facturación"):
        p.radios("Método de pago", [("tarjeta", "Tarjeta"), ("domiciliacion", "Domiciliación")], "tarjeta")
        p.checkbox("Enviarme el ticket de cada sesión", False)
        p.checkbox("Apuntarme al curso online de conducción eficiente", False)
    with p.section("Entrenamiento de modelos",
                   "RecargaPlus entrena modelos que predicen la demanda en la red con datos de sus usuarios. "
                   "Elige qué datos aporta tu cuenta."):
        p.table("Datos de mi cuenta", "Dato", ["Aportar"], [
            ("Sesiones de carga en casa", [C(True, "h")]),
            ("Ubicación de los puntos públicos que uso", [C(False, "h")]),
        ], naming="row")
        p.radios("Pausar el entrenamiento con mis datos durante",
                 [("no", "No pausar"), ("30", "30 días"), ("indef", "Indefinidamente")], "no",
                 t="i", share={"no"})
    with p.section("Notificaciones"):
        p.table("Avisos de la app", "Aviso", ["Push", "Email"], [
            ("Carga completada", [C(True), C(False)]),
            ("Fallo de carga", [C(True), C(True)]),
        ])
    with p.actions():
        p.button("Exportar sesiones")
        p.button("Guardar", cls="btn")
    p.footer(["Ayuda", "Privacidad", "Condiciones"], "RecargaPlus Movilidad, S.L.")
    return p


PAGES = [iberdrola, aguasdelvalle, hogarsegur, manitasya, recargaplus]

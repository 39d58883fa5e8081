from lib import Page

CH = dict(search_label="Buscar", search_ph="Buscar productos", lang_label="Idioma",
          account="Mi cuenta", menu=["Mis pedidos", "Ajustes de la cuenta", "Ayuda", "Cerrar sesión"],
          footer=["Ayuda", "Política de privacidad", "Cookies", "Aviso legal", "Accesibilidad"],
          nav_label="Menú de la cuenta")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


def pages():
    out = []

    # 1 ---- Mercadona (known) — inline display none — usted
    p = Page("es", "mercadona-privacidad", "https://tienda.mercadona.es/user-area/settings/privacy", "Mercadona",
             "Privacidad y uso de datos",
             ch(search_ph="Buscar en la tienda online", account="Área de cliente", menu=["Mis pedidos", "Mis listas", "Datos personales", "Salir"]),
             ["Datos personales", "Direcciones", "Mis pedidos", "Métodos de pago", "*Privacidad", "Comunicaciones"],
             known=True, idp="mc", hide_class="mc-oculto",
             intro="Decida cómo usamos la información de sus pedidos online.")
    p.sec("Pedidos")
    p.cb("Recordar mi último pedido para repetirlo", True, switch=True)
    p.cb("Avisarme si un producto de mi lista vuelve a estar disponible", True, switch=True)
    p.select("Franja de entrega habitual", ["Mañana (7–11 h)", "Mediodía (11–15 h)", "Tarde (16–21 h)"], 2)
    p.rgroup("Si falta un producto", ["Sustituir por uno similar", "No sustituir"], 1)
    p.sec("Mejora de nuestros sistemas")
    p.seg("Colaborar con la mejora de la tienda online", ["Sí", "No"], 1, ai="v", shares=[True, False],
          help="Si elige «Sí», sus pedidos y búsquedas se incorporarán a los datos con los que entrenamos nuestros modelos de previsión de demanda.")
    p.bsw("Impedir que mis pedidos se usen para entrenar sistemas de inteligencia artificial", True, mode="by", ai="i", inv=True)
    p.row("Valoraciones de productos", "Activado", "Desactivar", True, mode="suffix",
          suffix="el análisis de mis valoraciones", ai="v",
          help="Con el análisis activado, los textos de sus valoraciones sirven para entrenar el clasificador que detecta incidencias de calidad.")
    p.begin_hidden("inline-display-none")
    p.cb("Ceder mis datos de compra a proveedores para entrenar modelos de IA", True, ai="p")
    p.end_hidden()
    p.sec("Comunicaciones")
    p.cb("Correos sobre novedades de la tienda", False)
    p.cb("SMS con el estado del pedido", True)
    p.cb("Avisos sobre el nuevo buscador con IA", False)
    p.sec("Seguridad")
    p.btn("Cambiar contraseña")
    p.btn("Cerrar sesión en todos los dispositivos")
    p.cb("Pedir código al pagar con una tarjeta nueva", True)
    p.sec("Sus derechos")
    p.btn("Descargar mis datos")
    p.btn("Darme de baja", cls="danger")
    out.append(p)

    # 2 ---- Ahorrín (invented, receipt cashback) — class display none — tú
    p = Page("es", "ahorrin-ajustes-privacidad", "https://app.ahorrin.test/ajustes/privacidad", "Ahorrín",
             "Ajustes de privacidad",
             ch(search_ph="Busca marcas o promociones", account="Perfil", menu=["Mi saldo", "Mis tickets", "Ajustes", "Salir"]),
             ["Mi saldo", "Subir ticket", "Historial", "*Privacidad", "Notificaciones", "Ayuda"], idp="ah", hide_class="ah-nope",
             intro="Sube la foto del ticket y recupera parte de tu compra.")
    p.sec("Tickets")
    p.cb("Guardar los tickets en mi historial", True, switch=True)
    p.cb("Detectar tickets automáticamente en mi galería", False, switch=True,
         help="Solo buscamos imágenes que parezcan tickets; nada sale de tu móvil sin que lo confirmes.")
    p.select("Cobrar el reembolso en", ["Bizum", "Cuenta bancaria", "Tarjeta regalo"], 0)
    p.sec("Nuestra inteligencia artificial")
    p.cb("Ayúdanos a leer mejor los tickets", True, switch=True, ai="v",
         help="Cuando está activado, las fotos que subes se añaden al conjunto de entrenamiento de nuestro modelo de reconocimiento de texto.")
    p.radios("No permitir que las marcas usen mis tickets para entrenar su IA", ["Sí, no lo permito", "Lo permito"], 0,
             ai="i", shares=[False, True])
    p.sub("¿Qué datos entran en el entrenamiento de nuestros modelos?")
    p.select("Datos de mis compras", ["Todos", "Solo supermercado", "Ninguno"], 1, ai="h", shares=[True, True, False])
    p.begin_hidden("class-display-none")
    p.bsw("Usar mi ubicación para entrenar modelos", True, mode="label", ai="p")
    p.end_hidden()
    p.sec("Notificaciones")
    p.cb("Nuevas promociones", True, switch=True)
    p.cb("Ticket aprobado o rechazado", True, switch=True)
    p.cb("Novedades sobre funciones con IA", False, switch=True)
    p.sec("Publicidad")
    p.cb("Anuncios personalizados", False)
    p.cb("Compartir mi saldo con Ahorrín Familia", False)
    p.sec("Cuenta")
    p.btn("Exportar mis datos")
    p.btn("Cambiar PIN")
    p.cb("Iniciar sesión con huella", True, switch=True)
    p.btn("Ver dispositivos conectados")
    p.btn("Eliminar cuenta", cls="danger")
    out.append(p)

    # 3 ---- CestaCompara (invented, price comparison) — aria-hidden — tú
    p = Page("es", "cestacompara-preferencias", "https://www.cestacompara.test/cuenta/preferencias", "CestaCompara",
             "Preferencias",
             ch(search_ph="¿Qué quieres comparar?", account="Tu cuenta"),
             ["Mis cestas", "Alertas de precio", "Supermercados", "*Preferencias", "Ayuda"], idp="cs", hide_class="cs-gone")
    p.sec("Comparación")
    p.select("Código postal", ["28005 (guardado)", "Usar mi ubicación"], 0)
    p.cb("Incluir supermercados online", True)
    p.cb("Incluir marca blanca", True)
    p.seg("Ordenar por", ["Precio total", "Precio por kilo"], 0)
    p.cb("Mostrar gastos de envío", True)
    p.sec("Entrenamiento de modelos")
    p.radios("¿Podemos usar tus cestas guardadas para entrenar nuestros modelos de inteligencia artificial?",
             ["Sí", "No"], 1, ai="p", shares=[True, False])
    p.select("Programa Cesta Inteligente", ["Participar con todo mi historial", "Participar solo con búsquedas", "No participar"], 0,
             ai="v", shares=[True, True, False],
             help="El programa utiliza el historial de los participantes para entrenar el algoritmo que empareja productos entre cadenas.")
    p.sub("Búsquedas por voz", "Si lo activas, las grabaciones de tus búsquedas por voz se usarán para entrenar nuestro reconocimiento de voz.")
    p.cb("Grabaciones de voz", False, switch=True, ai="h")
    p.begin_hidden("aria-hidden")
    p.cb("Permitir que socios entrenen IA con mis cestas", True, ai="p")
    p.end_hidden()
    p.sec("Predicción de precios", "Nuestro pronóstico de precios se entrena solo con los precios públicos de los lineales, no con tus cestas.")
    p.cb("Mostrar pronóstico de precios", True, switch=True)
    p.sec("Alertas")
    p.cb("Alertas por correo", True)
    p.cb("Alertas push", False)
    p.sec("Visualización")
    p.seg("Tema", ["Claro", "Oscuro", "Sistema"], 2)
    p.cb("Texto más grande", False)
    p.select("Moneda de los precios", ["Euro (€)", "Euro sin decimales"], 0)
    p.btn("Conectar con mi tarjeta de fidelidad")
    p.btn("Descargar mis cestas")
    out.append(p)

    # 4 ---- DespensaYa (invented, grocery delivery) — visibility hidden — usted
    p = Page("es", "despensaya-datos", "https://despensaya.test/mi-cuenta/datos-y-privacidad", "DespensaYa",
             "Datos y privacidad",
             ch(search_ph="Busque entre 9.000 productos", account="Mi cuenta"),
             ["Pedidos", "Direcciones", "Pago", "*Datos y privacidad", "Notificaciones", "Accesibilidad"], idp="dy",
             hide_class="dy-hide")
    p.sec("Compra")
    p.cb("Sugerirme productos según mis pedidos anteriores", True, switch=True)
    p.rgroup("Productos frescos", ["El repartidor elige", "Llamarme antes"], 0)
    p.select("Propina por defecto", ["Sin propina", "1 €", "2 €", "5 %"], 1)
    p.sec("Entrenamiento de la IA de DespensaYa",
          "Con su permiso, incorporamos estos datos al entrenamiento de los modelos que calculan tiempos de entrega y surtido.")
    p.cb("Historial de pedidos", True, ai="h")
    p.sec("Protección de datos")
    p.row("Exclusión del entrenamiento de modelos", "Desactivada", "Activar", False, mode="by", ai="i", inv=True,
          help="Mientras la exclusión esté desactivada, sus datos pueden formar parte del entrenamiento.")
    p.begin_hidden("inline-visibility-hidden")
    p.cb("Compartir mis datos con terceros para entrenamiento de IA", False, ai="p")
    p.end_hidden()
    p.table("Uso de sus datos por finalidad", ["Permitir"],
            [("Ofertas personalizadas", [True]), ("Entrenar nuestros modelos de IA", [False]), ("Encuestas de satisfacción", [True])],
            ai_cells={(1, 0): ("p", False)}, corner="Finalidad")
    p.sec("Notificaciones")
    p.cb("Aviso cuando el repartidor esté cerca", True)
    p.cb("Ofertas semanales por correo", False)
    p.cb("Novedades del asistente de compra", False)
    p.sec("Accesibilidad")
    p.cb("Reducir animaciones", False)
    p.cb("Modo de alto contraste", False)
    p.sec("Cuenta")
    p.btn("Solicitar copia de mis datos")
    p.btn("Eliminar cuenta", cls="danger")
    out.append(p)

    # 5 ---- Club Vecino (invented, supermarket loyalty card) — closed dialog — usted
    p = Page("es", "clubvecino-tarjeta-privacidad", "https://www.supervecino.test/club/tarjeta/privacidad", "Club Vecino",
             "Tarjeta Club Vecino · Privacidad",
             ch(search_ph="Buscar ofertas", account="Socio nº 4471"),
             ["Mi tarjeta", "Mis puntos", "Cupones", "*Privacidad", "Familia"], idp="cv", hide_class="cv-no",
             intro="Su tarjeta acumula puntos en cada compra. Aquí controla lo que hacemos con sus tickets.")
    p.sec("Puntos y cupones")
    p.cb("Cupones personalizados", True, switch=True)
    p.select("Canjear puntos", ["Automáticamente al llegar a 500", "Cuando yo lo decida"], 1)
    p.cb("Ticket digital en lugar de papel", True)
    p.cb("Compartir puntos con mi unidad familiar", True)
    p.sec("Aprendizaje automático",
          "Usamos los tickets de los socios que lo autorizan para entrenar los modelos que deciden qué productos reponer en cada tienda.")
    p.rgroup("Mis tickets de compra", ["Autorizar", "No autorizar"], 0, ai="h", shares=[True, False])
    p.bsw("Entrenar modelos de IA con mis compras en la web", False, mode="label", ai="p", text="Compras online")
    p.cb("Desactivar el uso de mis respuestas a encuestas para entrenar algoritmos", False, wrap=True, ai="i", inv=True)
    p.begin_hidden("closed-dialog", opener="Configuración avanzada", title="Configuración avanzada", closer="Aceptar")
    p.cb("Incluir los datos de mis familiares en el entrenamiento de IA", True, switch=True, ai="p")
    p.end_hidden()
    p.sec("Comunicaciones")
    p.cb("Folleto semanal por correo electrónico", True)
    p.cb("Ofertas por WhatsApp", False)
    p.cb("Cookies de medición", False)
    p.sec("Seguridad")
    p.cb("Avisarme de cada canje de puntos", True)
    p.btn("Bloquear tarjeta")
    p.btn("Pedir tarjeta nueva")
    p.btn("Descargar mis datos")
    out.append(p)
    return out

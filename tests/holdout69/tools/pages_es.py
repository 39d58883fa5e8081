from lib import Page

CH = dict(search="Buscar", placeholder="Busca ajustes, pedidos o ayuda", language="Idioma",
          account="Mi cuenta", menu=["Perfil", "Cambiar de cuenta", "Centro de ayuda", "Cerrar sesión"],
          nav="Secciones de ajustes", save="Guardar cambios", copyright="© 2025 {service}")


def wallapop():
    p = Page("es", "wallapop-pro-datos", "https://es.wallapop.com/app/profile/pro/settings/data",
             "Wallapop", "Tus datos", "Reconstruction of the Wallapop PRO seller settings; markup, copy and every "
             "AI-training setting invented. Tú. Vague switch with describedby help, inverted state row named by "
             "aria-labelledby, plain table cell next to a decoy column; aria-hidden block. Decoys: AI photo "
             "enhancement, price suggestions, profile visibility.",
             dict(CH, placeholder="Buscar en Wallapop PRO", account="Tu perfil PRO"),
             ["Resumen", "Productos", "Chats", "Ventas", "Estadísticas", "Destacados", "*Ajustes"],
             ["Ayuda", "Normas de la comunidad", "Privacidad", "Condiciones de uso", "Cookies"], known=True,
             idp="wp", brand="Wallapop PRO", lead="Decide qué hacemos con la información de tu perfil profesional.")
    p.add(p.sec("Publicar productos",
                p.sw("Mejorar mis fotos automáticamente", True,
                     help="Ajusta la luz y el encuadre de cada foto antes de publicarla."),
                p.sw("Sugerirme un precio", True),
                p.cb("Aceptar envíos en todos mis productos", True),
                p.sel("Horario de atención en el chat", ["Siempre", "De 9:00 a 20:00", "Solo laborables"], 1)))
    p.add(p.sec("Ayúdanos a mejorar",
                p.sw("Aprender de mis chats", False, ai="v",
                     help="Usamos el texto de tus conversaciones con compradores para entrenar los modelos que detectan estafas y sugieren respuestas."),
                p.state("No usar mis fichas de producto para entrenar modelos de IA", "Desactivado", "Activar",
                        share=True, ai="i")))
    p.add(p.sec("Datos compartidos",
                p.table("Qué compartimos con otras empresas", "Dato", ["Entrenar sus modelos de IA", "Estudios de mercado"],
                        [("Precios y categorías de tus ventas", [False, True])], ai_cols={0: "p"})))
    p.add(p.hide("aria",
                 p.cb("Ceder mis fotos de producto a socios para entrenar IA generativa", True, ai="p"),
                 title="Colaboraciones"))
    p.add(p.sec("Perfil",
                p.cb("Mostrar mi perfil en buscadores", True),
                p.cb("Mostrar mis valoraciones en la tienda", True),
                p.btn("Descargar mis datos")))
    p.add(p.sec("Notificaciones",
                p.table("Avísame cuando…", "Aviso", ["Push", "Email"],
                        [("Me escriban", [True, False]), ("Venda algo", [True, True]),
                         ("Baje el precio de un favorito", [False, False])])))
    return p


def glovo():
    p = Page("es", "glovo-couriers-privacidad", "https://couriers.glovoapp.com/es/account/privacy",
             "Glovo", "Privacidad", "Reconstruction of the Glovo courier portal; markup, copy and every "
             "AI-training setting invented. Tú. Plain radio fieldset, heading-only select, inverted checkbox "
             "(excluir); inline visibility:hidden block. Decoys: slot booking, route suggestions, earnings analytics.",
             dict(CH, placeholder="Busca franjas, pagos o ayuda", account="Perfil de repartidor"),
             ["Franjas", "Ganancias", "Pedidos", "Documentos", "*Privacidad", "Soporte"],
             ["Centro de repartidores", "Seguridad vial", "Política de privacidad", "Aviso legal"], known=True,
             idp="gl", lead="Tus datos de reparto y cómo los usamos.")
    p.add(p.sec("Franjas y pedidos",
                p.sw("Reservar franjas automáticamente", False),
                p.sel("Ciudad", ["Madrid", "Barcelona", "Valencia", "Sevilla"], 1),
                p.sw("Sugerir rutas con carril bici", True),
                p.cb("Aceptar pedidos dobles", True),
                p.cb("Compartir mi ubicación solo durante la franja", True),
                p.sel("Idioma de la app", ["Español", "Català", "English"], 0),
                p.btn("Pedir una mochila nueva")))
    p.add(p.sec("Entrenamiento de modelos",
                p.radios("¿Podemos usar tus recorridos para entrenar el modelo que calcula los tiempos de entrega?",
                         ["Sí", "No"], 0, ai="p", shares=[True, False]),
                p.sel("Fotos de entrega", ["Incluidas", "No incluidas"], 1, ai="h", shares=[True, False]),
                p.cb("Excluir mis valoraciones de clientes del entrenamiento de la IA", False, ai="i"),
                intro="Glovo entrena modelos de aprendizaje automático con datos de los pedidos. Elige qué aportas tú."))
    p.add(p.hide("visibility",
                 p.sw("Usar mis audios con soporte para entrenar el asistente de voz", True, ai="p"),
                 title="Asistente de voz (piloto)"))
    p.add(p.sec("Ganancias",
                p.cb("Ver la comparativa con otros repartidores de mi zona", True,
                     help="Cálculo agregado; no se usa para entrenar modelos."),
                p.btn("Descargar facturas")))
    p.add(p.sec("Notificaciones",
                p.table("Avisos", "Tema", ["Push"],
                        [("Nuevas franjas", [True]), ("Bonificaciones", [True]), ("Alertas de lluvia", [True])])))
    return p


def rodando():
    p = Page("es", "rodando-conductores-privacidad", "https://conductores.rodando.test/cuenta/privacidad",
             "Rodando", "Privacidad y datos", "Invented ride-hail driver portal, usted. Vague role=radiogroup "
             "(help nearby, no describedby), heading-only button switch by aria-label, vague pressed group with describedby; "
             "closed dialog. Decoys: airport queue, dashcam, safety check-in.",
             dict(CH, placeholder="Busque viajes, pagos o ayuda", account="Cuenta de conductor"),
             ["Viajes", "Ganancias", "Vehículo", "Documentos", "Calificaciones", "*Privacidad", "Ayuda"],
             ["Centro de conductores", "Seguridad", "Aviso de privacidad", "Términos"], idp="rd",
             save="Guardar preferencias")
    p.add(p.sec("Al volante",
                p.sw("Fila virtual del aeropuerto", True),
                p.sw("Grabar viajes con la cámara del tablero", False),
                p.sw("Verificación de seguridad a mitad del viaje", True,
                     help="Le preguntamos si todo está bien cuando un viaje se detiene mucho tiempo."),
                p.sel("Aplicación de navegación", ["Rodando Mapas", "Waze", "Google Maps"], 0)))
    p.add(p.sec("Sus viajes",
                p.rgroup("Contribuir con datos de conducción", ["Sí", "No"], 1, ai="v", shares=[True, False], desc=False,
                         help="Con su velocidad, frenadas y rutas entrenamos los modelos que estiman tarifas y tiempos de llegada."),
                p.seg("Grabaciones de audio", ["Permitir", "No permitir"], 0, ai="v", shares=[True, False],
                      help="Si lo permite, el audio de sus viajes se usa para entrenar los modelos que detectan situaciones de riesgo.")))
    p.add(p.sec("Entrenamiento del asistente de soporte",
                p.bsw("Mensajes con pasajeros", False, by="label", shown="Mensajes con pasajeros", ai="h"),
                intro="El asistente de Rodando aprende a resolver incidencias a partir de conversaciones reales."))
    p.add(p.btn("Más opciones de datos"))
    p.add(p.hide("dialog",
                 p.cb("Enviar mis fotos de verificación a un proveedor para entrenar su modelo biométrico", True, ai="p"),
                 title="Más opciones de datos", close="Cerrar"))
    p.add(p.sec("Notificaciones",
                p.table("Quiero recibir", "Aviso", ["Push", "SMS"],
                        [("Zonas con demanda alta", [True, False]), ("Resumen semanal", [True, False]),
                         ("Cambios en la tarifa", [True, True])])))
    return p


def casaveranea():
    p = Page("es", "casaveranea-anfitrion-datos", "https://anfitriones.casaveranea.test/ajustes/datos",
             "Casa Veranea", "Datos y privacidad", "Invented holiday-rental host dashboard, tú. Tabs: inactive tab "
             "panel holds a hidden training checkbox. Inverted button switch by text, plain checkbox-switch, "
             "heading-only table cell (caption says training); closed <details>. Decoys: smart pricing, "
             "automatic translation, listing visibility.",
             dict(CH, placeholder="Busca alojamientos o reservas", account="Anfitrión"),
             ["Hoy", "Calendario", "Alojamientos", "Mensajes", "Rendimiento", "Cobros", "*Ajustes"],
             ["Recursos para anfitriones", "Privacidad", "Términos", "Mapa del sitio"], idp="cv")
    p.add(p.sec("Tu alojamiento",
                p.sw("Precios inteligentes", True),
                p.sw("Traducir los mensajes de los huéspedes", True),
                p.cb("Mostrar el alojamiento en la búsqueda por mapa", True),
                p.sel("Política de cancelación", ["Flexible", "Moderada", "Estricta"], 1)))
    p.add(p.tabs("Tus datos", [
        ("Contenido del anuncio", [
            p.sw("Usar mis fotos y descripciones para entrenar la IA de Casa Veranea", False, ai="p"),
            p.bsw("Sacar mis reseñas del entrenamiento de modelos", False, by="text", ai="i"),
            p.details("Socios",
                      p.table("Datos que los socios pueden usar para entrenar sus modelos", "Dato", ["Permitido"],
                              [("Disponibilidad y precios", [True])], ai_cols={0: "h"})),
        ]),
        ("Mensajes", [
            p.cb("Usar mis mensajes con huéspedes para entrenar respuestas automáticas", True, ai="p"),
        ]),
    ]))
    p.add(p.sec("Notificaciones",
                p.table("Avisos de reservas", "Aviso", ["Email", "SMS"],
                        [("Nueva reserva", [True, True]), ("Cancelación", [True, True]),
                         ("Nueva reseña", [True, False])])))
    return p


def tiendapps():
    p = Page("es", "tiendapps-consola-uso-de-datos", "https://consola.tiendapps.test/cuenta/uso-de-datos",
             "Tiendapps", "Uso de datos", "Invented app-store developer console, usted. Plain select, vague "
             "checkbox with describedby, inverted state row with sr-only suffix; hidden-attribute block. Decoys: "
             "AI listing translation, crash reports, beta testing.",
             dict(CH, placeholder="Busque apps, informes o documentación", account="Cuenta de desarrollador"),
             ["Inicio", "Aplicaciones", "Informes", "Pagos", "Equipo", "*Cuenta", "Claves de API"],
             ["Documentación", "Políticas", "Estado del servicio", "Privacidad"], idp="ta")
    p.add(p.sec("Cuenta",
                p.txt("Nombre del desarrollador", "Estudio Lince S.L."),
                p.txt("Correo de soporte", "soporte@lince.example", typ="email"),
                p.sel("Moneda de pago", ["EUR", "USD", "MXN"], 0),
                p.sw("Verificación en dos pasos", True),
                p.cb("Mostrar mi sitio web en la ficha", True),
                p.btn("Invitar a un miembro del equipo")))
    p.add(p.sec("Ficha en la tienda",
                p.sw("Traducir la ficha automáticamente", True, help="Traducción automática de la descripción a 12 idiomas."),
                p.sw("Publicar betas abiertas", False),
                p.cb("Enviar informes de fallos diarios", True)))
    p.add(p.sec("Datos de sus aplicaciones",
                p.sel("Uso de sus binarios y recursos para entrenar los modelos de IA de Tiendapps",
                      ["No autorizar", "Autorizar"], 1, ai="p", shares=[False, True]),
                p.cb("Contribuir con métricas de uso", False, ai="v",
                     help="Las sesiones y eventos de sus apps se incorporan al entrenamiento del modelo de recomendaciones de la tienda."),
                p.state("Reseñas de usuarios", "Se usan para entrenamiento", "Retirar", share=True,
                        suffix="las reseñas de sus apps del entrenamiento de IA", ai="i")))
    p.add(p.hide("hidden",
                 p.sw("Compartir capturas de pantalla con socios para entrenar modelos", True, ai="p"),
                 title="Programa de socios"))
    p.add(p.sec("Notificaciones",
                p.table("Avisos por correo", "Evento", ["Correo"],
                        [("Revisión completada", [True]), ("Pago enviado", [True]), ("Nueva reseña", [False])])))
    return p


def pages():
    return [wallapop(), glovo(), rodando(), casaveranea(), tiendapps()]

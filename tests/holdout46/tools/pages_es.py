from lib import Page


def glovo():
    p = Page("es", "glovo-privacidad", "https://glovoapp.com/es/es/cuenta/privacidad/",
             "Glovo", "Privacidad", known=True, kind="reparto a domicilio",
             notes="Reconstrucción de un servicio conocido. Interruptor en infinitivo negativo «No usar mis pedidos "
                   "para entrenar modelos de IA» con aria-label (activado → no se usan); casilla explícita «Permitir "
                   "que Glovo use mis valoraciones para mejorar sus modelos de IA» (marcada). Señuelos: "
                   "recomendaciones en la cuenta, búsqueda inteligente, matriz de avisos, propina. Oculto: clase CSS "
                   "display:none.",
             lead="Decide cómo usamos tus datos en Glovo.",
             nav=["Perfil", "Direcciones", "Pedidos", "Métodos de pago", "Prime", "Privacidad"], nav_current=5)
    with p.section("Contacto"):
        p.textfield("Teléfono", "+34 612 345 678", typ="tel")
    with p.section("Personalización"):
        p.switch("Recomendaciones según mis pedidos", True,
                 help="Solo se usan para mostrarte tiendas y platos dentro de tu cuenta.")
        p.switch("Ofertas personalizadas", True)
        p.checkbox("Publicidad personalizada en otras webs y apps", False)
    with p.section("Inteligencia artificial",
                   "En Glovo usamos IA para estimar tiempos de entrega y ayudarte a encontrar lo que buscas."):
        p.switch("No usar mis pedidos para entrenar modelos de IA", True, ai="i", mode="aria")
        p.checkbox("Permitir que Glovo use mis valoraciones para mejorar sus modelos de IA", True, ai="p")
        p.switch("Búsqueda inteligente de productos", True,
                 help="Entiende búsquedas como «algo para cenar sin gluten».")
    with p.hidden("class"):
        p.switch("Compartir mis pedidos con comercios para que entrenen sus modelos", False, ai="p")
    with p.section("Notificaciones"):
        p.table(None, "Aviso", ["Push", "Email", "SMS"], ["Estado del pedido", "Promociones"],
                [[True, False, True], [False, True, False]])
    with p.section("Propinas"):
        p.radios("Propina predeterminada para el repartidor", ["Sin propina", "1 €", "2 €"], 0, mode="rg")
    with p.section("Prime"):
        p.checkbox("Renovar Prime automáticamente", True)
        p.select("Método de pago predeterminado", ["Tarjeta terminada en 4021", "PayPal", "Efectivo"], 0)
    with p.section("Tus datos"):
        p.button("Descargar mis datos")
        p.button("Eliminar cuenta", cls="danger")
    return p


def sabores_del_barrio():
    p = Page("es", "sabores-del-barrio-privacidad", "https://www.saboresdelbarrio.test/ajustes/privacidad",
             "Sabores del Barrio", "Privacidad", kind="comunidad de recetas",
             notes="Comunidad de recetas inventada. Grupo segmentado «Tus recetas publicadas» que solo por el "
                   "encabezado «Entrenamiento de IA» trata de entrenamiento (Sí); interruptor con sustantivo "
                   "«Oposición al uso de mis recetas por terceros para entrenar IA» (desactivado → se usan); casilla "
                   "vaga «Unirme al Laboratorio de Sabores» (marcada). Señuelos: asistente al escribir, conversión "
                   "de medidas, estadísticas sin entrenamiento. Oculto: visibility:hidden en línea.",
             lead="Recetas caseras de tu barrio y de todo el mundo.",
             nav=["Mi perfil", "Mis recetas", "Recetarios", "Privacidad", "Notificaciones"], nav_current=3)
    with p.section("Perfil"):
        p.select("¿Quién puede ver mis recetarios?", ["Todo el mundo", "Mis seguidores", "Solo yo"], 0)
        p.checkbox("Mostrar mi barrio en el perfil", True)
        p.checkbox("Permitir que otras personas guarden mis recetas", True)
    with p.section("Asistente de cocina"):
        p.switch("Sugerencias del asistente al escribir una receta", True,
                 help="Te propone cantidades y pasos mientras escribes; no se guarda nada fuera de tu borrador.")
        p.switch("Convertir medidas automáticamente", True)
    with p.section("Entrenamiento de IA",
                   "¿Qué contenido tuyo puede usarse para entrenar nuestro asistente de cocina?"):
        p.segmented("Tus recetas publicadas", ["Sí", "No"], 0, ai="h", sharing=True)
        p.switch("Oposición al uso de mis recetas por terceros para entrenar IA", False, ai="i")
    with p.hidden("visibility"):
        p.checkbox("Ceder mis fotos a empresas de IA para su entrenamiento", False, ai="p")
    with p.section("Laboratorio"):
        p.checkbox("Unirme al Laboratorio de Sabores", True, ai="v",
                   help="Las recetas y valoraciones de quienes participan se utilizan para entrenar nuevos modelos "
                        "que detectan sabores y combinaciones.")
    with p.section("Notificaciones"):
        p.table(None, "Aviso", ["Email", "Push"], ["Comentarios en mis recetas", "Nuevos seguidores",
                                                   "Retos semanales"],
                [[True, True], [False, True], [True, False]])
    with p.section("Tus datos"):
        p.checkbox("Estadísticas de uso", True, help="Nos ayudan a mejorar la web; no se usan para entrenar modelos.")
        p.button("Descargar mis recetas")
    return p


def ruta_norte():
    p = Page("es", "ruta-norte-preferencias", "https://www.rutanorte.test/mi-cuenta/preferencias",
             "Ruta Norte", "Preferencias", kind="autobús y tren",
             notes="Operador de autobús y tren inventado. Casilla en participio «Conversaciones con el asistente "
                   "excluidas del entrenamiento de IA» (marcada → no se usan); radios con pregunta explícita (No). "
                   "Señuelos: avisos del asistente, ofertas por trayectos, accesibilidad, matriz de avisos. Oculto: "
                   "bloque aria-hidden.",
             lead="Viaja en autobús y tren por el norte peninsular.",
             nav=["Mis billetes", "Datos personales", "Tarjeta Ruta+", "Preferencias", "Facturas"], nav_current=3)
    with p.section("Viaje"):
        p.select("Asiento preferido", ["Ventanilla", "Pasillo", "Sin preferencia"], 0)
        p.checkbox("Añadir automáticamente el seguro de cancelación", False)
        p.textfield("Número de la tarjeta Ruta+", "RN-0083-4412")
        p.checkbox("Mostrar la huella de carbono del trayecto", True)
    with p.section("Asistente", "El asistente te ayuda a cambiar billetes y a consultar horarios."):
        p.checkbox("Conversaciones con el asistente excluidas del entrenamiento de IA", True, ai="i")
        p.switch("Avisarme por el asistente si mi autobús va con retraso", True)
    with p.hidden("aria"):
        p.switch("Usar las grabaciones de llamadas para entrenar el asistente de voz", True, ai="p")
    with p.section("Uso de datos"):
        p.radios("¿Podemos usar tus búsquedas de viaje para entrenar nuestros modelos?", ["Sí, permitirlo", "No"],
                 1, ai="p", sharing=False)
        p.checkbox("Ofertas según mis trayectos habituales", True)
    with p.section("Viajeros habituales"):
        p.table(None, "Viajero", ["Guardar para compras rápidas"], ["Ana García", "Pablo García"],
                [[True], [False]])
        p.select("Tarifa habitual", ["Básica", "Flexible", "Premium"], 1)
    with p.section("Accesibilidad"):
        p.checkbox("Necesito asistencia en el embarque", False)
        p.select("Tamaño del texto en el billete", ["Normal", "Grande"], 0)
        p.segmented("Formato de hora", ["24 h", "12 h"], 0)
    with p.section("Avisos"):
        p.table(None, "Aviso", ["SMS", "Push"], ["Cambios de andén", "Retrasos"], [[False, True], [True, True]])
    p.button("Descargar mis datos")
    return p


def casa_mirador():
    p = Page("es", "casa-mirador-datos-privacidad", "https://reservas.casamirador.test/perfil/datos-y-privacidad",
             "Casa Mirador", "Datos y privacidad", kind="cadena de hoteles rurales",
             notes="Cadena de hoteles rurales inventada. Fila de estado vaga «Mejora de Mirador Asistente» "
                   "(«Participas» → se usan) explicada solo por el texto cercano; grupo segmentado explícito con "
                   "socios (No); imperativo «No uses las grabaciones de mis llamadas para entrenar la IA» dentro de "
                   "un details cerrado (sin marcar → se usan). Señuelos: respuesta en mi idioma, preferencias de "
                   "estancia, club. Oculto: diálogo cerrado.",
             lead="Hoteles rurales con vistas. Gestiona tus preferencias como huésped.",
             nav=["Mis estancias", "Mi perfil", "Club Mirador", "Datos y privacidad"], nav_current=3)
    with p.section("Preferencias de estancia"):
        p.select("Tipo de almohada", ["Firme", "Blanda", "Viscoelástica"], 0)
        p.checkbox("Habitación alejada del ascensor", True)
        p.textfield("Hora estimada de llegada", "18:30")
        p.checkbox("Desayuno sin lactosa", False)
    with p.section("Mirador Asistente",
                   "Pregunta por rutas, horarios del restaurante o peticiones para tu habitación."):
        p.switch("Responder siempre en mi idioma", True)
        p.state_row("Mejora de Mirador Asistente", "Participas", "Cambiar",
                    " participación en la mejora de Mirador Asistente", ai="v", sharing=True,
                    help="Si participas, tus conversaciones con el asistente y las notas de tus estancias se usan "
                         "para entrenar sus modelos.")
    with p.section("Opiniones"):
        p.segmented("Compartir mis opiniones con socios para entrenar IA", ["Sí", "No"], 1, ai="p", sharing=False)
        p.checkbox("Publicar mis opiniones con mi nombre", True)
    with p.hidden("dialog", title="Socios de datos", opener="Ver socios de datos"):
        p.switch("Permitir que los socios entrenen modelos con mis estancias", False, ai="p")
        p.button("Guardar socios")
        p.button("Cerrar ventana")
    with p.section("Club Mirador"):
        p.radios("Comunicaciones del Club", ["Todas", "Solo sobre mis estancias", "Ninguna"], 1)
        p.checkbox("Ofertas de hoteles asociados", False)
    with p.section("Pagos y estadísticas"):
        p.select("Moneda", ["EUR", "USD", "GBP"], 0)
        p.checkbox("Medición de audiencia", True, help="Datos de navegación agregados; no se usan para entrenar IA.")
        p.button("Descargar mis facturas")
    with p.details("Llamadas y grabaciones"):
        p.checkbox("No uses las grabaciones de mis llamadas para entrenar la IA", False, ai="i")
        p.checkbox("Avisarme antes de grabar una llamada", True)
    return p


def mercado_fresco():
    p = Page("es", "mercado-fresco-privacidad-hogar", "https://www.mercadofresco.test/cuenta/hogar/privacidad",
             "Mercado Fresco", "Privacidad del hogar", kind="supermercado online (hogar)",
             notes="Supermercado online inventado con ajustes del hogar. Interruptor explícito (desactivado); "
                   "desplegable «Historial de compras del hogar» que solo el encabezado relaciona con el "
                   "entrenamiento (No permitir); consentimiento otorgado con «Retirar consentimiento» (se usan). "
                   "Señuelos: permisos de miembros del hogar, sugerencias del propio historial, sustituciones. "
                   "Oculto: display:none en línea.",
             lead="Estos ajustes se aplican a todas las personas de tu hogar.",
             nav=["Pedidos", "Listas", "Mi hogar", "Privacidad", "Pagos"], nav_current=3)
    with p.section("Miembros del hogar"):
        p.table(None, "Miembro", ["Puede hacer pedidos", "Ve el historial"], ["Lucía", "Andrés"],
                [[True, True], [True, False]])
    with p.section("Listas"):
        p.switch("Sugerir productos que suelo comprar", True, help="Las sugerencias salen de tu propio historial.")
        p.switch("Usar mis listas de la compra para entrenar nuestros modelos de IA", False, ai="p")
        p.checkbox("Compartir listas con los miembros del hogar", True)
    with p.section("Entrenamiento de modelos de IA",
                   "Mercado Fresco entrena modelos para prever la demanda y proponer sustituciones. Elige qué datos "
                   "del hogar pueden formar parte."):
        p.select("Historial de compras del hogar", ["Permitir", "No permitir"], 1, ai="h", sharing=False)
        p.state_row("Consentimiento para el entrenamiento de IA con tus tickets de tienda física",
                    "Otorgado el 2 de abril de 2025", "Retirar consentimiento",
                    " para entrenar IA con mis tickets de tienda física", ai="i", sharing=True)
    with p.hidden("style"):
        p.checkbox("Ceder datos del hogar a fabricantes para entrenar sus modelos", False, ai="p")
    with p.section("Entrega"):
        p.radios("Si un producto no está disponible", ["Sustituir por uno similar", "Llamarme", "No sustituir"], 0,
                 mode="rg")
        p.select("Franja de entrega habitual", ["9:00–12:00", "12:00–15:00", "18:00–21:00"], 2)
        p.textfield("Instrucciones para el repartidor", "Portal 2, 3.º B")
    with p.section("Avisos del pedido"):
        p.table(None, "Aviso", ["Push", "SMS"], ["Pedido en camino", "Producto sustituido"],
                [[True, False], [True, True]])
    with p.section("Comunicaciones"):
        p.checkbox("Ofertas por email", True)
        p.checkbox("Publicidad personalizada", False)
        p.checkbox("Estadísticas de la app", True, help="Solo para medir el uso; no sirven para entrenar modelos.")
    p.button("Descargar datos del hogar")
    return p


PAGES = [glovo, sabores_del_barrio, ruta_norte, casa_mirador, mercado_fresco]

from lib import Page


def primor():
    P = Page("es", "primor-privacidad", "Primor",
             "https://www.primor.eu/es_es/customer/account/privacidad/",
             "Privacidad y preferencias", known=True, brand="PRIMOR",
             notes="Servicio conocido (reconstrucción), tuteo. Interruptor invertido en imperativo ('Excluye…'), select "
                   "explícito, casilla que solo se entiende por el encabezado. Señuelos: asesor de belleza, Club Primor, "
                   "WhatsApp, reseñas públicas. Oculto: atributo hidden.",
             nav=[("Mis pedidos", "/customer/orders", False), ("Club Primor", "/club", False),
                  ("Mis direcciones", "/customer/address", False), ("Privacidad", "#", True),
                  ("Mis reseñas", "/review/customer", False)],
             nav_label="Mi cuenta", search_label="Buscar", search_ph="¿Qué estás buscando?", lang_label="Idioma",
             account="Hola, Lucía", menu=[("Mis pedidos", "/orders"), ("Favoritos", "/wishlist")], signout="Cerrar sesión",
             footer=[("Aviso legal", "/aviso-legal"), ("Política de privacidad", "/privacidad"), ("Cookies", "/cookies")],
             copyright="© 2025 Primor Perfumerías", hide_class="pr-oculto",
             lead="Aquí decides qué hacemos con tus datos. Puedes cambiarlo cuando quieras.")
    body = [
        P.section("Asesor de belleza",
                  P.switch("Mostrar recomendaciones del asesor", True, mode="labelledby",
                           help="Te sugiere productos según tu tipo de piel y lo que has comprado."),
                  P.select("Tu tipo de piel", ["Normal", "Seca", "Grasa", "Mixta"], 3),
                  P.button("Hacer el test de piel")),
        P.section("Mejora de nuestro asesor con IA",
                  P.cb("Fotos de tus pruebas de maquillaje virtual", True, ai="h"),
                  P.switch("Excluye tus reseñas del entrenamiento de la IA", False, ai="i", mode="labelledby"),
                  intro="Para que el asesor acierte más, lo entrenamos con información de clientas que nos dan permiso."),
        P.section("Historial de compras",
                  P.select("Uso de mi historial de compras para entrenar modelos de IA", ["Permitir", "No permitir"], 1,
                           shar=[True, False], ai="p"),
                  P.cb("Guardar mis tickets de tienda en la app", True)),
        P.hide("hidden", lambda:
               P.cb("Ceder mis datos a marcas para que entrenen sus modelos", False, ai="p")),
        P.section("Comunicaciones",
                  P.cb("Newsletter con ofertas", True),
                  P.cb("Avisos por WhatsApp", False),
                  P.cb("Publicidad personalizada en redes sociales", False),
                  P.segmented("Frecuencia", ["Semanal", "Quincenal", "Mensual"], 0)),
        P.section("Reseñas",
                  P.cb("Mostrar mi nombre en las reseñas", True),
                  P.cb("Avisarme cuando alguien comente mi reseña", False)),
        P.section("Tus datos",
                  P.button("Descargar mis datos"),
                  P.button("Eliminar cuenta"),
                  P.button("Guardar cambios", cls="primary")),
    ]
    return P.build(*body)


def lumbre():
    P = Page("es", "clinica-lumbre-privacidad", "Clínica Lumbre",
             "https://pacientes.clinicalumbre.test/area-privada/privacidad",
             "Privacidad y consentimientos", brand="Clínica Lumbre · Medicina estética",
             notes="Clínica estética inventada, trato de usted. Grupo radio de oposición (sustantivo, ya opuesto), fila de "
                   "estado vaga con sufijo oculto (inactiva), casilla en participio dentro de <details> cerrado (listada). "
                   "Señuelos: simulación 3D, encuesta, compartir historial con otro médico, pagos. Oculto: diálogo cerrado.",
             nav=[("Mis citas", "/citas", False), ("Mis tratamientos", "/tratamientos", False),
                  ("Facturas", "/facturas", False), ("Privacidad", "#", True)],
             nav_label="Área privada", search_label="Buscar", search_ph="Buscar tratamiento", lang_label="Idioma",
             account="Sra. Ortega", menu=[("Mis datos", "/datos"), ("Mis citas", "/citas")], signout="Salir",
             footer=[("Aviso legal", "/aviso-legal"), ("Protección de datos", "/proteccion-datos"), ("Contacto", "/contacto")],
             copyright="Clínica Lumbre S.L. · Madrid", hide_class="cl-x")
    body = [
        P.section("Citas",
                  P.cb("Recordatorio por SMS 24 horas antes", True),
                  P.cb("Recordatorio por correo electrónico", True),
                  P.select("Profesional preferido", ["Sin preferencia", "Dra. Llorente", "Dr. Abad"], 1),
                  P.button("Pedir cita")),
        P.section("Simulación de resultados",
                  P.switch("Ver simulación 3D antes del tratamiento", True, mode="labelledby",
                           help="Se genera en consulta a partir de una foto y se borra al terminar la sesión."),
                  P.button("Solicitar simulación")),
        P.section("Uso de sus datos para inteligencia artificial",
                  P.radios("Oposición al uso de sus fotografías clínicas para entrenar modelos", ["Me opongo", "No me opongo"], 0,
                           shar=[False, True], ai="i"),
                  P.state_row("Programa de mejora de resultados", False, status=("Activo", "Inactivo"),
                              btn=("Desactivar", "Activar"), suffix="programa de mejora de resultados", ai="v",
                              desc="Si está activo, su historial de tratamientos se usa, seudonimizado, para entrenar el "
                                   "algoritmo que estima cómo evolucionará cada tratamiento."),
                  P.details("Más opciones", lambda:
                            P.cb("Datos de mis citas excluidos del entrenamiento", False, ai="i")
                            + P.cb("Recibir el informe anual del programa", False)),
                  P.dialog("Consentimientos anteriores", "Consentimientos anteriores", lambda:
                           P.cb("Compartir mis fotografías con universidades para entrenar modelos", True, ai="p"),
                           close="Cerrar")),
        P.section("Compartir con otros profesionales",
                  P.cb("Permitir que mi médico de cabecera consulte mi historial", False),
                  P.button("Añadir profesional")),
        P.section("Encuestas",
                  P.cb("Enviarme la encuesta de satisfacción tras cada visita", True)),
        P.section("Pagos",
                  P.select("Forma de pago", ["Tarjeta", "Transferencia", "Financiación en 6 meses"], 0),
                  P.button("Descargar facturas"),
                  P.button("Guardar", cls="primary")),
    ]
    return P.build(*body)


def brisa():
    P = Page("es", "brisa-ajustes-datos", "Brisa",
             "https://www.brisa-moda.test/es/mi-cuenta/ajustes/datos",
             "Tus datos", brand="BRISA",
             notes="Tienda de moda inventada, tuteo. Interruptor explícito por su texto, casilla invertida en infinitivo "
                   "('Darme de baja…'), role=radiogroup que solo se entiende por el encabezado. Señuelos: probador "
                   "virtual en el móvil, talla recomendada, looks, lista compartida. Oculto: visibility:hidden.",
             nav=[("Pedidos", "/pedidos", False), ("Devoluciones", "/devoluciones", False), ("Mis tallas", "/tallas", False),
                  ("Ajustes", "/ajustes", False), ("Tus datos", "#", True)],
             nav_label="Mi cuenta", search_label="Buscar", search_ph="Buscar", lang_label="Idioma", account="Cuenta",
             menu=[("Pedidos", "/pedidos"), ("Favoritos", "/favoritos")], signout="Cerrar sesión",
             footer=[("Ayuda", "/ayuda"), ("Privacidad", "/privacidad"), ("Condiciones", "/condiciones")],
             copyright="Brisa Moda S.A.", hide_class="br-none")
    body = [
        P.section("Pruébatelo",
                  P.switch("Probador virtual con la cámara", True, mode="content",
                           help="La imagen se procesa en tu móvil. No la guardamos."),
                  P.switch("Usar mis fotos de Pruébatelo para mejorar la IA de Brisa", True, ai="p", mode="content"),
                  P.cb("Darme de baja del entrenamiento de modelos de IA", True, ai="i", wrap=True,
                       help="Afecta a tus pedidos, búsquedas y mensajes al servicio de atención.")),
        P.section("¿Pueden tus devoluciones entrenar nuestra IA de tallas?",
                  P.radios("Motivos de devolución", ["Sí", "No"], 0, shar=[True, False], ai="h", style="radiogroup"),
                  intro="Cuando nos dices que algo te quedaba grande o pequeño, el modelo aprende a recomendar mejor."),
        P.hide("visibility", lambda:
               P.switch("Enviar mis medidas a fabricantes para sus modelos de IA", True, ai="p", mode="content")),
        P.section("Tu talla",
                  P.switch("Mostrar la talla recomendada", True, mode="content"),
                  P.text("Altura (cm)", "168", type="number"),
                  P.select("Cómo te gusta que quede", ["Ajustado", "Normal", "Holgado"], 1)),
        P.section("Inspiración",
                  P.cb("Ver looks completos en las fichas de producto", True),
                  P.cb("Compartir mi lista de favoritos con enlace", False),
                  P.button("Copiar enlace")),
        P.section("Avisos",
                  P.cb("Bajadas de precio en favoritos", True),
                  P.cb("Nuevas colecciones", False),
                  P.cb("Estado de mis pedidos por SMS", True)),
        P.section("Pagos",
                  P.button("Añadir tarjeta"),
                  P.button("Vincular Bizum")),
    ]
    return P.build(*body)


def navaja():
    P = Page("es", "navaja-app-privacidad", "Navaja",
             "https://app.navaja.test/perfil/privacidad",
             "Privacidad", brand="navaja · barberías",
             notes="App inventada de reservas de barbería, tuteo. Interruptor con aria-label negado ('No entrenar…', "
                   "activado), select explícito sobre socios, interruptor nativo vago con ayuda vinculada. Señuelos: "
                   "estilos sugeridos por IA, propinas, compartir cita. Oculto: aria-hidden.",
             nav=[("Reservas", "/reservas", False), ("Barberías favoritas", "/favoritas", False),
                  ("Pagos", "/pagos", False), ("Privacidad", "#", True)],
             nav_label="Perfil", search_label="Buscar", search_ph="Barbería o servicio", lang_label="Idioma",
             account="Dani", menu=[("Perfil", "/perfil"), ("Reservas", "/reservas")], signout="Salir",
             footer=[("Para barberías", "/negocios"), ("Privacidad", "/privacidad"), ("Términos", "/terminos")],
             copyright="Navaja Apps S.L.", hide_class="nv-hidden")
    body = [
        P.section("Estilos",
                  P.switch("Sugerirme estilos con IA", True, mode="labelledby",
                           help="Las sugerencias se calculan con tu última foto cada vez que abres la pantalla."),
                  P.select("Barbero favorito", ["Cualquiera", "Rubén", "Sergio", "Manu"], 2)),
        P.section("Fotos de tus cortes",
                  P.cb("El barbero puede subir fotos de mi corte", True),
                  P.switch("No entrenar la IA con mis cortes", True, ai="i", mode="aria-label", visible="Fotos y notas de mis cortes"),
                  P.cb("Ayudar a Navaja a aprender", True, ai="v", switch=True,
                       help="Tus reservas y valoraciones se usan para entrenar el modelo que calcula cuánto dura cada servicio."),
                  P.select("Compartir mis datos con socios para entrenar sus modelos", ["No compartir", "Compartir"], 0,
                           shar=[False, True], ai="p")),
        P.hide("aria-hidden", lambda:
               P.cb("Usar mis valoraciones para entrenar la IA", True, ai="p")),
        P.section("Reservas",
                  P.cb("Recordatorio una hora antes", True),
                  P.cb("Avisarme si se libera un hueco antes", False),
                  P.cb("Compartir mi cita con amigos", False)),
        P.section("Propinas y pagos",
                  P.segmented("Propina por defecto", ["Sin propina", "5 %", "10 %"], 0),
                  P.button("Añadir tarjeta"),
                  P.button("Ver recibos")),
        P.section("Seguridad",
                  P.switch("Verificación en dos pasos", False, mode="labelledby"),
                  P.button("Cerrar sesión en otros dispositivos")),
        P.section("Cuenta",
                  P.text("Teléfono", "612 345 678", type="tel"),
                  P.button("Descargar mis datos"),
                  P.button("Borrar cuenta")),
    ]
    return P.build(*body)


def olivo():
    P = Page("es", "olivo-cosmetica-cuenta", "Olivo Cosmética",
             "https://www.olivocosmetica.test/cuenta/privacidad-e-ia",
             "Privacidad e IA", brand="olivo · cosmética natural",
             notes="Marca de cosmética natural inventada, tuteo. Consentimiento dado con botón 'Retirar consentimiento' y "
                   "sufijo oculto (comparte), filas de tabla que solo se entienden por el título. Señuelos: fórmula "
                   "personalizada, suscripción, reseñas públicas, newsletter. Oculto: pestaña inactiva.",
             nav=[("Pedidos", "/pedidos", False), ("Suscripción", "/suscripcion", False), ("Mi fórmula", "/formula", False),
                  ("Privacidad e IA", "#", True)],
             nav_label="Tu cuenta", search_label="Buscar", search_ph="Busca jabones, aceites, sérums…",
             lang_label="Idioma", account="Marta", menu=[("Pedidos", "/pedidos"), ("Puntos", "/puntos")],
             signout="Cerrar sesión",
             footer=[("Ingredientes", "/ingredientes"), ("Privacidad", "/privacidad"), ("Envíos", "/envios")],
             copyright="Olivo Cosmética Natural S.L. · Jaén", hide_class="ol-hide")
    body = [
        P.section("Tu fórmula",
                  P.switch("Ajustar mi sérum cada temporada", True, mode="labelledby",
                           help="Calculamos una nueva mezcla con tus últimas respuestas; no se usa para nada más."),
                  P.select("Aroma", ["Sin perfume", "Lavanda", "Azahar"], 2),
                  P.button("Repetir cuestionario")),
        P.tabs("Datos y consentimientos", [
            ("Ahora", lambda:
             P.state_row("Cuestionario de piel", True, status=("Consentimiento dado", "Sin consentimiento"),
                         btn=("Retirar consentimiento", "Dar consentimiento"),
                         suffix="para entrenar nuestra IA con tu cuestionario de piel", ai="i", inv=False)
             + P.section("Qué puede aprender nuestra IA de formulación",
                         P.table("Tus aportaciones", ["Dato", "Permitido"], [
                             ("Reseñas de tus cremas", [dict(checked=True, ai="h")]),
                             ("Fotos de antes y después", [dict(checked=False, ai="h")]),
                         ]), level=3)),
            ("Pedidos antiguos", lambda:
             P.cb("Usar mis pedidos antiguos para entrenar la IA", True, ai="p")),
        ]),
        P.section("Suscripción",
                  P.select("Envío cada", ["30 días", "45 días", "60 días"], 1),
                  P.cb("Avisarme antes de cada envío", True),
                  P.button("Pausar")),
        P.section("Comunidad",
                  P.cb("Publicar mis reseñas con mi nombre", False),
                  P.cb("Newsletter con recetas y novedades", True)),
        P.section("Envíos y pagos",
                  P.text("Código postal", "23001"),
                  P.select("Método de pago", ["Tarjeta", "PayPal", "Bizum"], 0),
                  P.button("Canjear puntos")),
        P.section("Tus datos",
                  P.button("Descargar"),
                  P.button("Guardar", cls="primary")),
    ]
    return P.build(*body)


def pages():
    return [primor(), lumbre(), brisa(), navaja(), olivo()]

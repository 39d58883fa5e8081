from lib import AI, Page

LANGS = [("es", "Español"), ("ca", "Català"), ("en", "English"), ("pt", "Português")]


def chrome(search_ph, account, menu, nav, k, footer, copyright, nav_label="Mi cuenta"):
    return dict(skip="Saltar al contenido", search_label="Buscar", search_ph=search_ph,
                lang_label="Idioma", langs=LANGS, account=account,
                menu=[(t, "#") for t in menu], nav_label=nav_label,
                nav=[(t, "#", i == k) for i, t in enumerate(nav)],
                footer=[(t, "#") for t in footer], copyright=copyright)


def fever():
    c = chrome("Busca planes, conciertos, experiencias", "Perfil",
               ["Mis entradas", "Favoritos", "Cerrar sesión"],
               ["Datos personales", "Mis entradas", "Métodos de pago", "Notificaciones", "Privacidad"], 4,
               ["Sobre Fever", "Ayuda", "Términos", "Privacidad", "Cookies"], "© Fever Labs, Inc.")
    p = Page("es", "fever-privacidad", "Fever", "https://feverup.com/es/perfil/privacidad",
             "Privacidad | Fever", "Privacidad",
             "Servicio conocido (tú). Switch con aria-label, plain, desactivado (→ false); casilla envuelta en su label con negación 'No quiero…' marcada (→ false); select de nombre vago dentro de un details cerrado, la ayuda habla de entrenar modelos (Participar → true). Señuelos: planes recomendados, velas Candlelight cerca de ti, ofertas. Oculto: atributo hidden.",
             c, known=True, intro="Tú decides cómo usamos tu información en Fever.")
    with p.section("Recomendaciones"):
        p.switch("Planes recomendados para ti", True, mode="aria-label",
                 help="Te enseñamos planes según lo que has reservado y guardado.")
        p.switch("Usar mi actividad para entrenar los modelos de IA de Fever", False, mode="aria-label", ai=AI("p"))
        p.select("Ciudad principal", [("mad", "Madrid"), ("bcn", "Barcelona"), ("vlc", "Valencia"), ("sev", "Sevilla")], "mad")
    with p.section("Reseñas y fotos"):
        p.checkbox("Mostrar mi nombre en las reseñas", True, name_mode="wrap")
        p.checkbox("No quiero que mis reseñas se usen para entrenar la IA", True, name_mode="wrap", ai=AI("i", inv=True))
        p.switch("Resumen de reseñas con IA", True,
                 help="Resumimos lo que opina la gente de cada plan. El resumen se genera a partir de reseñas públicas.")
        with p.details("Opciones avanzadas"):
            p.select("Programa de mejora de experiencias", [("si", "Participar"), ("no", "No participar")], "si",
                     ai=AI("v", share={"si": True, "no": False}),
                     help="Con las valoraciones y fotos de tus planes entrenamos los modelos que detectan experiencias de baja calidad.")
    with p.hidden("hidden"):
        p.checkbox("Compartir mis datos con socios para entrenar sus modelos de IA", True, ai=AI("p"))
    with p.section("Comunicaciones"):
        p.checkbox("Novedades y ofertas por email", False)
        p.checkbox("Avisos de planes de Candlelight cerca de ti", True)
        p.checkbox("Notificaciones push", True)
    with p.section("Cuenta"):
        p.button("Descargar mis datos")
        p.button("Vincular Apple Music")
        p.button("Gestionar métodos de pago")
        p.checkbox("Compartir mis planes con amigos", False)
        p.button("Eliminar cuenta")
    p.button("Guardar", cls="btn-primary")
    return p


def taquillaya():
    c = chrome("Buscar espectáculos, recintos o artistas", "Mi cuenta",
               ["Mis pedidos", "Mis datos", "Salir"],
               ["Mis datos", "Mis pedidos", "Formas de pago", "Avisos", "Privacidad y datos"], 4,
               ["Atención al cliente", "Condiciones de compra", "Aviso legal", "Política de privacidad"],
               "TaquillaYa S.L. · Todos los derechos reservados")
    p = Page("es", "taquillaya-privacidad", "TaquillaYa", "https://www.taquillaya.test/mi-cuenta/privacidad-y-datos",
             "Privacidad y datos — TaquillaYa", "Privacidad y datos",
             "Ticketera inventada (usted). Tabla con columna 'Entrenamiento de IA' (plain, una marcada y otra no); fila de estado con sufijo oculto 'Revocar el consentimiento…' (consentimiento otorgado → true). Señuelos: asistente de compra, aviso de reventa, publicidad, estadísticas que no entrenan. Oculto: display:none en línea.",
             c, known=False, intro="Consulte y modifique los permisos que nos ha dado.")
    with p.section("Asistente de compra"):
        p.switch("Asistente de compra", True,
                 help="Le ayuda a elegir localidad según precio y visibilidad del escenario. Sus respuestas no se usan para entrenarlo.")
        p.checkbox("Avisarme si bajan los precios", True)
    with p.section("Usos de sus datos", "Marque para qué podemos usar cada tipo de información."):
        p.table("Permisos por tipo de dato", ["Entrenamiento de IA", "Estadísticas internas"],
                [("Historial de compras", [(True, AI("p")), (True, None)]),
                 ("Grabaciones de atención telefónica", [(False, AI("p")), (False, None)])],
                row_head_label="Dato")
        p.state_row("Consentimiento para IA", "Otorgado el 3 de mayo de 2025", "Revocar",
                    ai=AI("i", sharing=True), suffix="el consentimiento para entrenar modelos de IA con mis datos")
    with p.hidden("display-none"):
        p.checkbox("Ceder mis datos a promotores para entrenar sus modelos", False, ai=AI("p"))
    with p.section("Comunicaciones comerciales"):
        p.checkbox("Publicidad personalizada", False)
        p.checkbox("Ofertas de promotores por SMS", False)
        p.select("Frecuencia del boletín", [("sem", "Semanal"), ("mes", "Mensual"), ("nunca", "No enviar")], "mes")
    with p.section("Seguridad y pago"):
        p.button("Cambiar contraseña")
        p.button("Gestionar tarjetas guardadas")
        p.checkbox("Verificación en dos pasos", True)
        p.button("Solicitar mis datos")
        p.checkbox("Recibir las entradas también en Wallet", True)
    p.button("Guardar cambios", cls="btn-primary")
    return p


def cdribera():
    c = chrome("Buscar en el área del socio", "Área del socio",
               ["Mi abono", "Mis entradas", "Cerrar sesión"],
               ["Mis datos", "Abono", "Familia", "Privacidad", "Pagos", "Peñas"], 3,
               ["Oficina de atención al socio", "Accesos al estadio", "Aviso legal", "Privacidad"],
               "Club Deportivo Ribera · Estadio Municipal de La Ribera", nav_label="Área del socio")
    p = Page("es", "cdribera-privacidad-socio", "CD Ribera", "https://socios.cdribera.test/area-socio/privacidad",
             "Privacidad — Área del socio — CD Ribera", "Privacidad",
             "Club de fútbol inventado (usted). Fieldset de radios cuya leyenda solo tiene sentido por el título (permitir → true); casilla de nombre vago con ayuda vía aria-describedby (desmarcada → false); switch aria-labelledby 'Excluir los datos de mis hijos…' activado (→ false). Señuelos: ceder asiento, acceso por móvil, peña, resumen de partidos. Oculto: clase CSS con display:none.",
             c, intro="Socio n.º 18.274 · Abono Tribuna Este", css_hidden_class="oculto-js")
    with p.section("Imágenes del estadio",
                   "Las grabaciones de las cámaras de acceso se usan para entrenar el sistema de reconocimiento que agiliza la entrada a las gradas."):
        p.radios("Mis imágenes", [("si", "Permitir su uso"), ("no", "No permitir")], "si",
                 ai=AI("h", share={"si": True, "no": False}))
        p.checkbox("Acceso con el móvil en lugar del carné", True)
    with p.section("Investigación"):
        p.checkbox("Colaborar con el Observatorio del Aficionado", False, ai=AI("v"),
                   help="La Universidad de Zaragoza entrena con sus datos de asistencia un modelo que predice la afluencia a los partidos.")
        p.checkbox("Responder encuestas de satisfacción", True)
    with p.section("Familia"):
        p.switch("Excluir los datos de mis hijos del entrenamiento de modelos", True, ai=AI("i", inv=True))
        p.button("Añadir socio infantil")
    with p.hidden("css-class"):
        p.switch("Permitir que LaLiga entrene modelos con mi asistencia", True, ai=AI("p"))
    with p.section("Mi abono"):
        p.checkbox("Ceder mi asiento cuando no pueda ir", True)
        p.select("Aviso de partido", [("24", "24 horas antes"), ("48", "48 horas antes")], "24")
        p.switch("Resumen del partido con IA", True, help="Un resumen automático tras cada partido con los datos oficiales.")
    with p.section("Peñas y comunicaciones"):
        p.checkbox("Que mi peña vea mi número de socio", True)
        p.checkbox("Ofertas de la tienda oficial", False)
        p.button("Domiciliación bancaria")
        p.button("Renovar abono")
        p.checkbox("Recibir la revista del club en papel", False)
        p.button("Descargar mis datos")
    p.button("Guardar", cls="btn-primary")
    return p


def escenario():
    c = chrome("Artistas, salas, conciertos en directo", "Tu perfil",
               ["Mis conciertos", "Ajustes", "Salir"],
               ["Perfil", "Conciertos", "Privacidad", "Notificaciones", "Suscripción"], 2,
               ["Ayuda", "Para artistas", "Privacidad", "Términos"], "Escenario Live · conciertos en streaming",
               nav_label="Ajustes")
    p = Page("es", "escenario-live-privacidad", "Escenario Live", "https://escenario-live.test/ajustes/privacidad",
             "Privacidad · Escenario Live", "Privacidad",
             "App de conciertos en streaming inventada (tú). Botones segmentados cuyo nombre solo cobra sentido con el título e intro (No → false); switch con texto 'Bloquear el entrenamiento…' desactivado (→ true); casilla plain marcada (→ true). Señuelos: subtítulos en directo, calidad de vídeo, chat visible, ecualizador. Oculto: pestaña inactiva.",
             c, intro="Todo lo que compartes cuando ves un concierto con nosotros.")
    with p.tabs("Secciones", ["General", "Artistas"]) as panel:
        with panel(0):
            with p.section("Tus grabaciones del público",
                           "Si subes vídeos desde la sala, podemos usarlos para entrenar nuestra IA de mezcla de sonido."):
                p.segmented("Vídeos que subo", [("si", "Sí"), ("sincara", "Solo sin mi cara"), ("no", "No")], "no",
                            ai=AI("h", share={"si": True, "sincara": True, "no": False}))
                p.checkbox("Mostrar mis vídeos en el muro del concierto", True)
            with p.section("Chat y escuchas"):
                p.switch("Bloquear el entrenamiento de IA con mis mensajes del chat", False, mode="text", ai=AI("i", inv=True))
                p.checkbox("Permitir que los sellos discográficos entrenen sus modelos con mis escuchas", True, ai=AI("p"))
                p.checkbox("Mostrar mi nombre en el chat", True)
        with panel(1):
            p.checkbox("Ceder mis reacciones a los artistas para entrenar su IA", True, ai=AI("p"))
    with p.section("Reproducción"):
        p.switch("Subtítulos en directo", False, help="Generados al momento; no se guardan.")
        p.select("Calidad de vídeo", [("auto", "Automática"), ("1080", "1080p"), ("720", "720p")], "auto")
        p.switch("Ecualizador inteligente", True)
    with p.section("Cuenta"):
        p.checkbox("Avisos de conciertos de mis artistas", True)
        p.button("Cambiar plan")
        p.button("Exportar mi historial")
        p.button("Conectar con la tele")
        p.checkbox("Reproducir automáticamente el siguiente concierto", False)
        p.select("Idioma del chat", [("es", "Español"), ("en", "Inglés")], "es")
    return p


def reservapadel():
    c = chrome("Busca club o pista", "Mi perfil",
               ["Mis reservas", "Mis partidos", "Cerrar sesión"],
               ["Perfil", "Reservas", "Nivel", "Privacidad e IA", "Pagos"], 3,
               ["Ayuda", "Clubes", "Privacidad", "Condiciones"], "Reserva Pádel", nav_label="Ajustes")
    p = Page("es", "reservapadel-privacidad-ia", "Reserva Pádel", "https://app.reservapadel.test/perfil/privacidad-ia",
             "Privacidad e IA · Reserva Pádel", "Privacidad e IA",
             "App de reservas de pádel inventada (tú). role=radiogroup plain (No permitir → false); casilla nativa role=switch 'Oponerme…' sin marcar (objeción no presentada → true). Señuelos: entrenador IA (plan de entrenamiento), análisis de golpes en el móvil, nivel visible, partidos abiertos. Oculto: diálogo cerrado.",
             c, intro="Tus partidos, tus vídeos, tus reglas.")
    with p.section("Entrenamiento deportivo"):
        p.switch("Entrenador IA", True, help="Te propone ejercicios según tu nivel y tus últimos partidos.")
        p.switch("Análisis de golpes en el móvil", True, help="Se procesa en tu teléfono; los vídeos no salen de él.")
        p.select("Objetivo de la temporada", [("nivel", "Subir de nivel"), ("forma", "Ponerme en forma")], "nivel")
    with p.section("Inteligencia artificial"):
        p.radios("Uso de mis partidos para entrenar la IA de Reserva Pádel", [("si", "Permitir"), ("no", "No permitir")], "no",
                 mode="radiogroup", ai=AI("p", share={"si": True, "no": False}))
        p.checkbox("Oponerme al entrenamiento de modelos con los vídeos de mis partidos", False, switch=True,
                   ai=AI("i", inv=True), help="Los clubes graban las pistas con cámaras fijas.")
    with p.dialog("Ver ajustes de clubes asociados", "Clubes asociados", "Cerrar"):
        p.checkbox("Permitir que mi club entrene su IA con mis reservas", True, ai=AI("p"))
    with p.section("Comunidad"):
        p.checkbox("Mostrar mi nivel a otros jugadores", True)
        p.checkbox("Invitaciones a partidos abiertos", True)
        p.radios("Quién puede invitarme", [("todos", "Cualquiera"), ("amigos", "Solo amigos")], "todos")
    with p.section("Pagos"):
        p.button("Añadir tarjeta")
        p.checkbox("Pagar mi parte con Bizum", False)
        p.button("Descargar mis datos")
        p.button("Cambiar contraseña")
        p.checkbox("Recordatorio 2 horas antes de cada reserva", True)
    p.button("Guardar", cls="btn-primary")
    return p


def build():
    return [fever(), taquillaya(), cdribera(), escenario(), reservapadel()]

from lib import Page

IDIOMAS = [("es", "Español"), ("ca", "Català"), ("eu", "Euskara"), ("gl", "Galego"), ("en", "English")]


def ebiblio():
    p = Page("es", "ebiblio-privacidad", "https://ebiblio.es/cuenta/privacidad", "eBiblio", True,
             "Privacidad – Mi cuenta – eBiblio",
             "Servicio conocido (reconstrucción). Interruptor con nombre en el propio texto (role=switch) claro; "
             "casilla con negación «No ceder…»; señuelos: lectura en voz alta en el dispositivo, recomendaciones, "
             "club de lectura; oculto: bloque con display:none.")
    p.set_chrome("eBiblio", ("Buscar", "Título, autor, materia…", "Buscar"),
                 ("Idioma", IDIOMAS, "es"),
                 ("Mi cuenta", ["Préstamos", "Reservas", "Historial", "Cerrar sesión"]),
                 ("Mi cuenta", ["Préstamos", "Reservas", "Favoritos", "Preferencias", "Privacidad"], 4),
                 (["Ayuda", "Dispositivos compatibles", "Aviso legal", "Accesibilidad", "Política de privacidad"],
                  "eBiblio es un servicio del Ministerio de Cultura y de las bibliotecas públicas de las comunidades autónomas."),
                 "Privacidad", "Su biblioteca no comparte sus lecturas con nadie sin su permiso.")
    p.add(
        p.sec("Préstamos y avisos", None, [
            p.cb("Avisarme por correo electrónico cuando una reserva esté disponible", True),
            p.cb("Prestarme automáticamente los títulos reservados", False),
            p.select("Formato preferido", [("epub", "EPUB"), ("pdf", "PDF"), ("stream", "Lectura en streaming")], "epub"),
            p.cb("Guardar mi historial de préstamos", True,
                 "Solo usted puede verlo. Si lo desactiva, borramos el historial al devolver cada título."),
        ]),
        p.sec("Funciones de lectura", None, [
            p.cb("Lectura en voz alta en la app", True,
                 "La voz la genera su propio dispositivo; el texto no sale de él."),
            p.cb("Recomendaciones basadas en mis préstamos", True),
            p.cb("Quiero apuntarme a los clubes de lectura virtuales de mi biblioteca", False),
        ]),
        p.sec("Sus datos e inteligencia artificial",
              "Estamos probando modelos de IA para mejorar el catálogo. Usted decide si sus datos participan.", [
                  p.sw("Permitir el uso de mi historial de préstamos para entrenar modelos de IA", False, "text", t="p"),
                  p.cb("No ceder mis datos de lectura a editoriales para el entrenamiento de sus sistemas de IA", True,
                       t="i", inv=True),
              ]),
        p.hide("display", [
            p.cb("Compartir mis estadísticas de lectura con el Ministerio para entrenar modelos", False, hid=True),
        ]),
        p.sec("Avisos por canal", None, [
            p.table("Cómo quiere recibir cada aviso", ["Correo electrónico", "Notificación en la app"],
                    [("Reserva disponible", [True, True]), ("Fin del préstamo", [True, True]),
                     ("Novedades del catálogo", [False, False])], first="Aviso"),
        ]),
        p.sec("Cuenta", None, [
            p.txt("Correo electrónico", "lucia.ferrer@example.es", "email"),
            p.btn("Cambiar contraseña"),
            p.btn("Vincular carné de otra biblioteca"),
            p.btn("Descargar mis datos"),
        ]),
        p.actions([p.btn("Guardar cambios", typ="submit", cls="btn btn--primary"), p.btn("Darme de baja", cls="btn btn--danger")]),
    )
    return p


def macl():
    p = Page("es", "macl-amigos-privacidad", "https://amigos.macl-museo.test/perfil/privacidad",
             "Museo de Arte Contemporáneo de Levante", False, "Privacidad – Amigos del MACL",
             "Museo inventado, programa de Amigos (tuteo). Botones segmentados «Tus fotos» que solo se entienden por "
             "el encabezado; casilla vaga «Ayudar a mejorar la audioguía conversacional» con ayuda vinculada; "
             "señuelos: reconocimiento en el dispositivo, traducción de cartelas, taller de IA y arte; oculto: atributo hidden.")
    p.set_chrome("MACL · Amigos", ("Buscar", "Obras, artistas, actividades", "Buscar"),
                 ("Idioma", [("es", "Castellano"), ("ca", "Valencià"), ("en", "English")], "es"),
                 ("Hola, Álvaro", ["Mi carné", "Mis entradas", "Salir"]),
                 ("Tu perfil", ["Datos personales", "Carné de Amigo", "Pagos", "Privacidad", "Notificaciones"], 3),
                 (["Visita", "Colección", "Aviso legal", "Accesibilidad", "Contacto"], "Museo de Arte Contemporáneo de Levante"),
                 "Privacidad")
    p.add(
        p.sec("En sala", None, [
            p.select("Idioma de la audioguía", [("es", "Castellano"), ("ca", "Valencià"), ("en", "Inglés"), ("fr", "Francés")], "es"),
            p.cb("Reconocer las obras con la cámara del móvil", True,
                 "El reconocimiento se hace en tu teléfono con un modelo descargado; no enviamos las imágenes."),
            p.cb("Traducir automáticamente las cartelas", False),
            p.cb("Ayudar a mejorar la audioguía conversacional", False,
                 "Guardaremos tus preguntas y las respuestas que valores para volver a entrenar el modelo que contesta.",
                 t="v"),
        ]),
        p.sec("Tus fotos de las obras y nuestro reconocedor de imágenes",
              "Cuando usas «Mira y descubre», las fotos que haces en sala pueden servir para entrenar el sistema que "
              "reconoce las obras, para que acierte también con poca luz o desde lejos.", [
                  p.seg("Tus fotos", [("si", "Sí, úsalas"), ("no", "No")], "si", t="h", share=("si",)),
              ]),
        p.hide("hidden", [
            p.cb("Ceder mis fotos a la fundación tecnológica patrocinadora para entrenar su IA", False, hid=True),
        ]),
        p.sec("Comunidad", None, [
            p.cb("Que aparezca mi nombre en la lista pública de mecenas", False),
            p.cb("Invitaciones a inauguraciones", True),
            p.cb("Boletín mensual de Amigos", True),
            p.btn("Inscribirme en el taller «Introducción a la IA en el arte»"),
        ]),
        p.sec("Carné y pagos", None, [
            p.select("Modalidad", [("individual", "Individual"), ("familiar", "Familiar"), ("joven", "Joven (menos de 30)")], "familiar"),
            p.btn("Renovar carné"), p.btn("Cambiar tarjeta"),
            p.cb("Enviarme el recibo por correo", True),
        ]),
        p.actions([p.btn("Guardar", typ="submit", cls="btn btn--primary"), p.btn("Descargar mis datos")]),
    )
    return p


def cohortecanina():
    p = Page("es", "cohortecanina-consentimientos", "https://participa.cohortecanina.test/mi-perro/consentimientos",
             "Cohorte Canina", False, "Consentimientos de Lola – Cohorte Canina",
             "Estudio inventado sobre el envejecimiento de perros (datos de la mascota, tuteo). Fila de estado con "
             "aria-labelledby: oposición presentada; grupo de radio (fieldset) claro; tabla con título y cabecera "
             "«Autorizado» por entidad (fabricante del collar); señuelos: detección de cojera en el móvil, veterinario; "
             "oculto: aria-hidden.")
    p.set_chrome("Cohorte Canina", ("Buscar", "Buscar en la web del estudio", "Buscar"),
                 ("Idioma", IDIOMAS, "es"),
                 ("Cuenta de Marta", ["Mis perros", "Cuestionarios", "Salir"]),
                 ("Lola", ["Ficha", "Cuestionarios", "Vídeos", "Consentimientos", "Resultados"], 3),
                 (["Sobre el estudio", "Equipo", "Comité de ética", "Privacidad", "Contacto"],
                  "Cohorte Canina · Estudio longitudinal sobre el envejecimiento saludable en perros"),
                 "Consentimientos de Lola", "Lo que autorices aquí se aplica a todos los datos que nos has enviado sobre Lola.")
    p.add(
        p.sec("Uso de los datos en el estudio", None, [
            p.radios("Entrenamiento de modelos de IA con los datos de salud de Lola",
                     [("uni", "Solo equipos de la universidad"),
                      ("empresas", "También empresas veterinarias colaboradoras"),
                      ("no", "No lo autorizo")], "uni", t="p", share=("uni", "empresas")),
            p.state("Oposición al uso de los vídeos de Lola para entrenar modelos de análisis de movimiento",
                    "Presentada el 3/10/2024", "Retirar oposición", t="i", sharing=False),
            p.cb("Detectar cojera en los vídeos que grabo", True,
                 "El análisis se hace en tu móvil y solo te muestra el resultado a ti."),
        ]),
        p.sec("Entidades colaboradoras",
              "Algunas entidades quieren entrenar sus propios modelos con los datos de los perros del estudio. "
              "Marca a quién se lo permites.", [
                  p.table("Quién puede entrenar modelos con los datos de Lola", ["Autorizado"],
                          [("Fabricante del collar de actividad", [True]), ("Clínicas veterinarias asociadas", [False])],
                          lab={0: ("h", False)}, first="Entidad"),
              ]),
        p.hide("aria", [
            p.cb("Autorizar a la aseguradora colaboradora a entrenar modelos con el historial de Lola", False, hid=True),
        ]),
        p.sec("Ficha de Lola", None, [
            p.txt("Nombre", "Lola"),
            p.select("Raza", [("mestiza", "Mestiza"), ("podenco", "Podenco"), ("galgo", "Galgo español")], "podenco"),
            p.txt("Fecha de nacimiento", "2015-06-02", "date"),
            p.cb("Está esterilizada", True),
        ]),
        p.sec("Contacto", None, [
            p.cb("Recordatorios de cuestionarios pendientes", True),
            p.cb("Compartir la ficha de Lola con su clínica veterinaria", True),
            p.cb("Enviarme el resumen anual de resultados", True),
            p.cb("Avisarme si hay una nueva fase del estudio", True),
            p.select("Unidades de peso", [("kg", "Kilogramos"), ("lb", "Libras")], "kg"),
            p.txt("Teléfono", "+34 600 123 456", "tel"),
        ]),
        p.actions([p.btn("Guardar", typ="submit", cls="btn btn--primary"), p.btn("Descargar la hoja de consentimiento"),
                   p.btn("Añadir otro perro"), p.btn("Dejar el estudio", cls="btn btn--danger")]),
    )
    return p


def redfenologia():
    p = Page("es", "redfenologia-datos", "https://app.redfenologia.test/ajustes/datos", "RedFenología", False,
             "Tus datos · RedFenología",
             "Ciencia ciudadana inventada (fenología de plantas, tuteo). Interruptor con aria-label en participio "
             "«Fotos protegidas frente al entrenamiento de IA»; interruptor vago con aria-labelledby y ayuda "
             "vinculada (red europea); casilla clara; señuelos: identificación con la cámara, mapa público, "
             "estadísticas; oculto: diálogo cerrado.")
    p.set_chrome("RedFenología", ("Buscar", "Especie o localidad", "Buscar"),
                 ("Idioma", IDIOMAS, "es"),
                 ("Nerea G.", ["Mis observaciones", "Mis parcelas", "Cerrar sesión"]),
                 ("Ajustes", ["Perfil", "Parcelas", "Tus datos", "Avisos"], 2),
                 (["Cómo participar", "Protocolo", "Foro", "Aviso legal", "Privacidad"], "RedFenología – red ciudadana de seguimiento de la floración"),
                 "Tus datos")
    p.add(
        p.sec("Al observar", None, [
            p.cb("Identificar la especie con la cámara", True, "Te sugerimos la especie al hacer la foto; tú confirmas."),
            p.select("Precisión de la ubicación en el mapa público", [("exacta", "Exacta"), ("1km", "1 km"), ("10km", "10 km")], "1km"),
            p.cb("Mostrar mis parcelas en el mapa público", True),
            p.cb("Recordatorios al empezar cada estación", True),
        ]),
        p.sec("Modelos de floración", "Con los registros de miles de personas entrenamos un modelo que estima cuándo florecerá cada especie.", [
            p.cb("Usar mis registros para entrenar el modelo que estima la fecha de floración", True, t="p"),
            p.sw("Fotos protegidas frente al entrenamiento de IA", True, "aria-label", vis="Proteger mis fotos", t="i", inv=True),
            p.sw("Enviar mis observaciones a la red europea PhenoLink", True, "labelledby",
                 help="PhenoLink reúne datos de varios países para entrenar modelos que predicen la floración en toda Europa.",
                 t="v"),
            p.dialog("Programa con organismos públicos", "Programa con organismos públicos", [
                p.cb("Ceder mis registros a la agencia meteorológica para entrenar sus modelos", False, hid=True),
            ], close="Cerrar"),
        ]),
        p.sec("Uso de la app", None, [
            p.cb("Enviar estadísticas anónimas de uso", True,
                 "Nos dicen qué pantallas fallan. No se usan para entrenar ningún modelo."),
            p.cb("Modo oscuro", False),
            p.cb("Subir fotos solo con wifi", True),
        ]),
        p.actions([p.btn("Guardar", typ="submit", cls="btn btn--primary"), p.btn("Exportar mis observaciones (CSV)"),
                   p.btn("Conectar con iNaturalist"), p.btn("Borrar mi cuenta", cls="btn btn--danger")]),
    )
    return p


def archivosonoro():
    p = Page("es", "archivosonoro-aportaciones", "https://www.archivosonoro-flamenco.test/cuenta/aportaciones",
             "Archivo Sonoro del Flamenco", False, "Mis aportaciones – Archivo Sonoro del Flamenco",
             "Archivo inventado de grabaciones aportadas por familias (usted). Desplegable claro; oposición declarada "
             "como casilla dentro de un <details> cerrado; role=radiogroup «Grabaciones familiares» que se entiende "
             "por el encabezado; señuelos: transcripción automática, taller, visibilidad; oculto: visibility:hidden.")
    p.set_chrome("Archivo Sonoro del Flamenco", ("Buscar en el archivo", "Cantaor, palo, localidad…", "Buscar"),
                 ("Idioma", [("es", "Español"), ("en", "English"), ("fr", "Français")], "es"),
                 ("Mi cuenta", ["Mis aportaciones", "Mis listas", "Cerrar sesión"]),
                 ("Mi cuenta", ["Datos personales", "Mis aportaciones", "Mis listas", "Avisos"], 1),
                 (["Quiénes somos", "Cómo aportar", "Derechos y licencias", "Aviso legal", "Privacidad"],
                  "Archivo Sonoro del Flamenco · Fundación para la memoria del cante"),
                 "Mis aportaciones", "Gracias por compartir sus grabaciones. Aquí decide cómo se pueden usar.")
    p.add(
        p.sec("Publicación", None, [
            p.select("Quién puede escuchar mis grabaciones", [("todos", "Todo el público"), ("reg", "Usuarios registrados"), ("inv", "Solo investigadores")], "todos"),
            p.select("Licencia", [("cc-by-nc", "CC BY-NC"), ("todos", "Todos los derechos reservados")], "cc-by-nc"),
            p.cb("Mostrar mi nombre como donante", True),
            p.cb("Generar transcripción automática de las letras", True,
                 "La transcripción se muestra junto a cada grabación para facilitar la búsqueda."),
        ]),
        p.sec("Inteligencia artificial", None, [
            p.select("Uso de mis grabaciones para entrenar IA",
                     [("ninguno", "Ninguno"), ("archivo", "Solo la investigación del propio archivo"),
                      ("todos", "Investigación y empresas colaboradoras")], "archivo", t="p", share=("archivo", "todos")),
            p.details("Rastreadores y buscadores", [
                p.cb("Me opongo a que los rastreadores de IA recojan las grabaciones que he publicado", False, t="i", inv=True),
                p.cb("Permitir que los buscadores muestren fragmentos de las letras", True),
            ], intro="El archivo publica una señal de reserva de derechos en cada página de grabación."),
        ]),
        p.sec("Voces de sus familiares",
              "Si ha aportado grabaciones en las que cantan otras personas de su familia, indique si pueden servir "
              "para entrenar el modelo de transcripción de cante.", [
                  p.radios("Grabaciones familiares", [("si", "Sí"), ("no", "No")], "no", mode="radiogroup", t="h", share=("si",)),
              ]),
        p.hide("visibility", [
            p.cb("Licenciar mis grabaciones a discográficas para entrenar modelos de voz", False, hid=True),
        ]),
        p.sec("Avisos", None, [
            p.cb("Avisarme cuando alguien comente una grabación", True),
            p.cb("Boletín trimestral del archivo", False),
            p.cb("Avisarme cuando se catalogue una grabación mía", True),
            p.btn("Inscribirme en el taller «Cómo digitalizar cintas de casete»"),
        ]),
        p.actions([p.btn("Guardar", typ="submit", cls="btn btn--primary"), p.btn("Subir nueva grabación"),
                   p.btn("Descargar mis aportaciones")]),
    )
    return p


def pages():
    return [ebiblio(), macl(), cohortecanina(), redfenologia(), archivosonoro()]

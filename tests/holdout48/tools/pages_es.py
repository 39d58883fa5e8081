"""Páginas en español de blind48 (fotos, recuerdos e historia familiar)."""
from lib import Page, cell


def amazon_photos():
    p = Page("es", "amazon-photos", "https://www.amazon.es/photos/settings", "Amazon Photos: Configuración",
             "Amazon Photos", "Configuración",
             "Reconstrucción de un servicio de fotos con grupo familiar. Casilla clara para entrenar modelos "
             "de visión (desmarcada); tabla por miembro de la familia con casillas «Excluir las fotos de … "
             "del entrenamiento de IA» (una marcada, otra no) y, al lado, la columna señuelo de la Bóveda "
             "familiar. Señuelos: reconocimiento de caras, informes de errores que no se usan para entrenar, "
             "recuerdos. Señuelo de IA oculto en un diálogo cerrado.",
             ["Fotos", "Álbumes", "Grupo familiar", "Recuerdos", "Configuración"], current=4,
             user="Carmen Ortega", initials="CO")
    with p.section("Subida de archivos"):
        p.switch("Guardar fotos automáticamente", on=True)
        p.switch("Guardar vídeos automáticamente", on=False)
        p.select("Subir con datos móviles", ["Nunca", "Solo fotos", "Fotos y vídeos"], "Nunca")
    with p.section("Personas y lugares"):
        p.switch("Reconocimiento de caras", on=True,
                 help="Agrupa las fotos de una misma persona para que puedas buscarlas. Solo se usa para organizar tu biblioteca.")
        p.checkbox("Mostrar lugares en el mapa de mis fotos", checked=True)
    with p.section("Grupo familiar", "Las personas de tu grupo familiar pueden añadir fotos a la Bóveda familiar."):
        p.state_row("Grupo familiar", "3 miembros", "Administrar", suffix="el grupo familiar")
        p.table("Fotos de cada miembro", ["Miembro", "Bóveda familiar", "Excluir del entrenamiento de IA"], [
            ("Carmen", [cell(True, "Compartir en la Bóveda familiar las fotos de Carmen"),
                        cell(True, "Excluir las fotos de Carmen del entrenamiento de IA", ai="i")]),
            ("Diego", [cell(True, "Compartir en la Bóveda familiar las fotos de Diego"),
                       cell(False, "Excluir las fotos de Diego del entrenamiento de IA", ai="i")]),
        ])
    with p.section("Mejora de Amazon Photos"):
        p.checkbox("Permitir que Amazon use mis fotos para entrenar y mejorar sus modelos de visión artificial", checked=False, ai="p")
        p.checkbox("Enviar informes de errores", checked=True, how="near",
                   help="Solo datos técnicos del dispositivo. No se usan para entrenar modelos.")
    with p.section("Recuerdos"):
        p.switch("Recuerdos de «Este día»", on=True, mode="input")
        p.checkbox("Avisarme por correo de nuevos recuerdos", checked=False)
    with p.section("Dispositivos"):
        p.checkbox("Mostrar mis fotos en Echo Show y Fire TV", checked=True)
        p.button("Gestionar dispositivos")
        p.button("Descargar todas las fotos")
        with p.dialog("Revisar preferencias de privacidad", "Preferencias de privacidad"):
            p.checkbox("Ceder mis fotos para el entrenamiento de Alexa", checked=True, ai="p")
            p.button("Guardar")
    return p


def baul_de_recuerdos():
    p = Page("es", "baul-de-recuerdos", "https://mi.baulderecuerdos.test/ajustes/privacidad", "Privacidad · Baúl de Recuerdos",
             "Baúl de Recuerdos", "Ajustes de privacidad",
             "Servicio inventado de escaneo de fotos antiguas. Interruptor «Programa Memoria Viva» cuya "
             "ayuda habla del entrenamiento (activado); fila de estado «Sin oposición registrada · "
             "Oponerme» con sufijo visualmente oculto (invertida, se usa). Señuelos: corrección de color, "
             "recorte automático, club de descuentos, álbum compartido. Señuelo de IA oculto con una clase "
             "CSS display:none.",
             ["Mis pedidos", "Mis escaneos", "Álbumes familiares", "Ajustes", "Facturación"], current=3,
             user="Rosa Jiménez", initials="RJ", hide_class="oculto")
    with p.section("Escaneos"):
        p.select("Resolución de escaneo", ["300 ppp", "600 ppp", "1200 ppp"], "600 ppp")
        p.radios("Devolución de originales", ["Por mensajería", "Recogida en tienda"], "Por mensajería")
        p.switch("Corregir automáticamente el color de las fotos desvaídas", on=True, help="La corrección se aplica solo a tus copias.")
        p.switch("Detectar y recortar cada foto del álbum", on=True)
        p.checkbox("Guardar también el reverso de cada foto", checked=True)
    with p.section("Programas"):
        p.switch("Programa Memoria Viva", on=True, ai="v",
                 help="Con esta opción, las fotografías antiguas que escaneamos para ti se suman al conjunto de imágenes con el que entrenamos nuestro modelo de restauración.")
        p.checkbox("Club Baúl: descuentos en reimpresiones", checked=True)
    with p.hidden("css class display:none"):
        p.switch("Donar mis escaneos al archivo de entrenamiento", on=False, ai="p")
    with p.section("Tus derechos"):
        p.state_row("Oposición al uso de tus escaneos para entrenar IA", "Sin oposición registrada", "Oponerme",
                    suffix="al uso de mis escaneos para entrenar IA", ai="i", sharing=True)
        p.button("Solicitar una copia de mis datos")
        p.button("Eliminar mis escaneos", "btn danger")
    with p.section("Compartir"):
        p.state_row("Álbum familiar compartido", "Con 5 personas", "Gestionar", suffix="quién ve el álbum familiar")
        p.checkbox("Permitir que mi familia descargue los escaneos", checked=True)
        p.select("Caducidad de los enlaces", ["7 días", "30 días", "Nunca"], "30 días")
    with p.section("Avisos"):
        p.checkbox("Avisarme por SMS cuando el pedido esté listo", checked=True)
        p.checkbox("Boletín mensual con ideas para tus fotos", checked=False)
        p.actions("Guardar cambios")
    return p


def raices_vivas():
    p = Page("es", "raices-vivas", "https://raicesvivas.test/cuenta/datos", "Tus datos – Raíces Vivas",
             "Raíces Vivas", "Tus datos",
             "Sitio de genealogía inventado. Grupo de opciones «Mis revisiones» (Incluir / No incluir) que "
             "solo se entiende por el encabezado sobre los modelos de lectura de documentos; interruptor "
             "claro para compartir el árbol con socios de IA (desactivado); casilla invertida «No permitir "
             "que rastreadores de IA copien mi árbol público» (marcada). Señuelos: buscadores, "
             "transcripción automática, cursos de genealogía. Señuelo de IA bajo aria-hidden.",
             ["Mi árbol", "Documentos", "Coincidencias", "Tus datos", "Suscripción"], current=3,
             user="Javier Molina", initials="JM")
    with p.section("Árbol"):
        p.radios("Visibilidad del árbol", ["Público", "Solo familiares invitados", "Privado"], "Solo familiares invitados")
        p.checkbox("Ocultar a las personas vivas", checked=True)
        p.switch("Sugerir coincidencias con otros árboles", on=True)
        p.select("Formato de los apellidos", ["Primer y segundo apellido", "Solo el primer apellido"], "Primer y segundo apellido")
    with p.section("Modelos de lectura de documentos antiguos",
                   "Las transcripciones que revisas ayudan a entrenar el modelo que lee actas parroquiales y del registro civil."):
        p.radios("Mis revisiones", ["Incluir", "No incluir"], "Incluir", mode="custom", ai="h", yes=["Incluir"])
        p.switch("Transcribir automáticamente los documentos que subo", on=True, help="La transcripción se guarda junto al documento.")
    with p.section("Socios e inteligencia artificial"):
        p.switch("Compartir mi árbol con socios de investigación en IA para entrenar modelos", on=False, ai="p")
        p.checkbox("No permitir que rastreadores de IA copien mi árbol público", checked=True, ai="i")
        p.checkbox("Permitir que los buscadores muestren mi árbol público", checked=True)
    with p.hidden("aria-hidden"):
        p.checkbox("Usar mis documentos para entrenar el lector de actas", checked=True, ai="p")
    with p.section("Notificaciones"):
        p.table("Avisos", ["Aviso", "Correo", "Aplicación"], [
            ("Nuevas coincidencias", [cell(True), cell(True)]),
            ("Mensajes de familiares", [cell(True), cell(False)]),
        ])
        p.checkbox("Apuntarme a los cursos gratuitos de genealogía", checked=False)
    with p.section("Datos"):
        p.button("Exportar GEDCOM")
        p.button("Eliminar mi cuenta", "btn danger")
    return p


def bodaclic():
    p = Page("es", "bodaclic", "https://bodaclic.test/panel/ajustes", "Ajustes del álbum · BodaClic",
             "BodaClic", "Ajustes del álbum",
             "Álbum de boda compartido inventado. Tabla por origen de las fotos cuya casilla se nombra solo "
             "con la cabecera de fila («Fotos de los invitados», «Fotos del fotógrafo»), con sentido gracias "
             "al título sobre el entrenamiento; interruptor invertido «Desactivar el uso de caras para "
             "mejorar el modelo» (apagado, se usa). Señuelos: selección automática de las mejores fotos, "
             "búsqueda por cara, orden de fotos. Señuelo de IA en una pestaña inactiva.",
             ["Nuestro álbum", "Invitados", "Ajustes", "Pedidos"], current=2,
             user="Lucía Navarro", initials="LN")
    with p.section("Álbum"):
        p.textbox("Nombre del álbum", "Lucía & Andrés · 14/06/2025")
        p.select("Los invitados pueden subir fotos hasta", ["El día de la boda", "Una semana después", "Un mes después"], "Un mes después")
        p.checkbox("Revisar las fotos antes de publicarlas", checked=True)
        p.checkbox("Permitir descargas a los invitados", checked=True)
        p.segmented("Orden de las fotos", ["Más recientes", "Por momento de la boda"], "Por momento de la boda")
    with p.section("Funciones inteligentes"):
        p.switch("Elegir automáticamente las mejores fotos", on=True,
                 help="Selecciona las fotos más nítidas para el libro. Se calcula solo para vuestro álbum.")
        p.switch("Buscar fotos por la cara de un invitado", on=True)
    with p.section("Entrenamiento de nuestra IA de selección de fotos",
                   "Indicad qué fotos de vuestro álbum pueden usarse para entrenar el modelo que elige las mejores imágenes."):
        p.table("Permisos por origen", ["Origen", "Fotos", "Permitir"], [
            ("Fotos de los invitados", ["842", cell(True, "r", ai="h")]),
            ("Fotos del fotógrafo", ["615", cell(False, "r", ai="h")]),
        ])
        p.switch("Desactivar el uso de caras para mejorar el modelo", on=False, mode="content", ai="i")
    with p.section("Invitados"):
        p.tabs(["Avisos", "Datos"], active=0, name="Invitados")
        with p.tabpanel(0):
            p.checkbox("Avisar a los invitados cuando se publique el álbum", checked=True)
            p.button("Descargar el código QR")
            p.button("Descargar todas las fotos")
        with p.tabpanel(1):
            p.checkbox("Ceder las fotos de la boda para entrenar modelos", checked=False, ai="p")
            p.button("Borrar los datos de los invitados")
    p.link("Ver el libro de la boda", "/pedidos/libro")
    return p


def huellas():
    p = Page("es", "huellas", "https://app.huellas.test/configuracion", "Configuración — Huellas",
             "Huellas", "Configuración",
             "Diario familiar inventado. Casilla «Ayúdanos a mejorar Huellas» cuya ayuda habla de entrenar "
             "(desmarcada); desplegable invertido «Limitar el entrenamiento con mis datos» con «Solo datos "
             "anónimos» (se sigue usando); botones segmentados «Usar mis fotos para entrenar modelos de IA» "
             "en «No». Señuelos: títulos sugeridos, resumen mensual, encuestas. Señuelo de IA oculto con "
             "display:none en línea.",
             ["Diario", "Fotos", "Familia", "Configuración"], current=3,
             user="Alba Ruiz", initials="AR")
    with p.section("Escritura"):
        p.switch("Sugerir títulos para mis entradas", on=True, help="Las sugerencias se generan al momento y no se guardan.")
        p.switch("Resumen mensual de mis entradas", on=True)
        p.select("Idioma de las sugerencias", ["Español", "Catalán", "Gallego", "Euskera"], "Español")
        p.checkbox("Corrector ortográfico", checked=True)
    with p.section("Colaborar"):
        p.checkbox("Ayúdanos a mejorar Huellas", checked=False, ai="v",
                   help="Permite que usemos el texto de tus entradas para entrenar los modelos que sugieren títulos y resúmenes.")
        p.checkbox("Responder encuestas ocasionales", checked=True)
    with p.section("Tus datos y la IA"):
        p.select("Limitar el entrenamiento con mis datos", ["Sin límite", "Solo datos anónimos", "No usar mis datos"],
                 "Solo datos anónimos", ai="i", yes=["Sin límite", "Solo datos anónimos"])
        p.segmented("Usar mis fotos para entrenar modelos de IA", ["Sí", "No"], "No", ai="p", yes=["Sí"])
    with p.hidden("inline display:none"):
        p.switch("Enviar mis entradas al equipo de entrenamiento", on=True, ai="p")
    with p.section("Familia"):
        p.radios("Quién puede leer mi diario", ["Solo yo", "Mi familia", "Personas que elija"], "Solo yo")
        p.checkbox("Avisar a mi familia cuando comparta una entrada", checked=True)
    with p.section("Recordatorios"):
        p.select("Recordatorio diario", ["Desactivado", "20:00", "22:00"], "22:00")
        p.checkbox("Recordar aniversarios familiares", checked=True)
    with p.section("Seguridad"):
        p.switch("Bloquear con código", on=True)
        p.button("Cambiar código")
    with p.section("Exportar"):
        p.button("Descargar mi diario (PDF)")
        p.button("Borrar todas las entradas", "btn danger")
    return p


PAGES = [amazon_photos, baul_de_recuerdos, raices_vivas, bodaclic, huellas]

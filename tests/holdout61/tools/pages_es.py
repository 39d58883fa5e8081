from lib import Page


def qustodio():
    p = Page("es", "qustodio-privacidad", "Qustodio", "https://family.qustodio.com/es/cuenta/privacidad",
             "Privacidad y datos", known=True, user="Marta Ibáñez", color="#6c3fb5",
             intro="Gestiona qué datos de tus hijos se guardan y para qué se usan.",
             nav=["Resumen", "Lucía", "Pablo", "Dispositivos", "Informes", "Privacidad y datos", "Mi suscripción"],
             nav_active=5,
             notes="Servicio conocido (reconstrucción), tuteo. Tabla por hijo (fila = hijo, columna = tipo de "
                   "actividad) cuyo sentido solo dan la leyenda y el párrafo introductorio. Señuelos: alertas de "
                   "búsquedas preocupantes, informe semanal, ofertas. Oculto: display:none en línea.")
    s1 = p.select("Perfil", ["Lucía", "Pablo"], 0) + p.button("Añadir un niño")
    p.add(p.section("Perfiles", s1))
    s2 = p.table("Actividad que puede usarse para entrenar los modelos", "Hijo",
                 ["Búsquedas web", "Vídeos de YouTube"],
                 [("Lucía", [(True, (True, "h")), (False, (False, "h"))]),
                  ("Pablo", [(False, (False, "h")), (True, (True, "h"))])],
                 intro="Qustodio clasifica millones de webs y apps con modelos de aprendizaje automático. Puedes "
                       "ayudarnos a entrenarlos con la actividad de tus hijos, sin nombres ni datos de contacto.")
    with p.hidden():
        cap = p.cb("Compartir las capturas de pantalla con socios para entrenar modelos de IA", checked=False,
                   ai=(False, "p"))
    s2 += p.conceal("display", cap)
    p.add(p.section("Mejora de nuestros filtros", s2))
    s3 = (p.sw("Alertas de búsquedas preocupantes", True,
               help="Las detecta nuestro sistema automático en el momento; esos datos no se usan para entrenamiento.")
          + p.cb("Informe semanal por correo", checked=True)
          + p.cb("Avisarme si se desinstala Qustodio", checked=True))
    p.add(p.section("Alertas e informes", s3))
    s4 = (p.select("Límite diario de Lucía", ["1 h", "2 h", "3 h", "Sin límite"], 1)
          + p.radios("Navegación de Lucía", ["Bloquear categorías", "Solo webs permitidas"], 0)
          + p.cb("Bloquear compras dentro de las apps", checked=True))
    p.add(p.section("Reglas rápidas", s4))
    s5 = (p.cb("Recibir ofertas y promociones de Qustodio", checked=False)
          + p.button("Cambiar la contraseña") + " " + p.button("Descargar mis datos"))
    p.add(p.section("Cuenta", s5))
    p.add(p.button("Guardar cambios", cls="btn btn-primary"))
    return p


def barriguita():
    p = Page("es", "barriguita-datos-ia", "Barriguita", "https://app.barriguita.test/ajustes/datos-ia",
             "Tus datos y la IA", user="Carmen Ruiz", color="#e67e9a",
             intro="Semana 18 · ¡Tu bebé ya mide como un pimiento!",
             nav=["Mi embarazo", "Diario", "Citas", "Tus datos y la IA", "Notificaciones", "Cuenta"], nav_active=3,
             notes="App de embarazo inventada, tuteo. Interruptor en texto claro (activado); casilla con negación "
                   "'No usar…' marcada; casilla 'Aportar mis datos a estudios científicos' con la ayuda al lado (sin "
                   "aria-describedby). Señuelos: asistente Mamá IA, plan de entrenamiento del suelo pélvico, "
                   "ofertas. Oculto: clase CSS.")
    s1 = (p.sw("Mamá IA: respuestas a tus dudas", True, mode="aria-label", shown="Mamá IA",
               help="Responde con información revisada por matronas; tus preguntas no se guardan.")
          + p.sw("Entrenar a Mamá IA con mis conversaciones", True, mode="text", ai=(True, "p"))
          + p.cb("No usar mis registros de síntomas para mejorar los modelos", checked=True, ai=(False, "i"))
          + p.cb("Aportar mis datos a estudios científicos", checked=False, tie="near", ai=(False, "v"),
                 help="Las universidades colaboradoras los usan para entrenar modelos que predicen la preeclampsia."))
    with p.hidden():
        eco = p.sw("Ceder mis ecografías a socios para entrenar su IA", False, ai=(False, "p"))
    s1 += p.conceal("class", eco)
    p.add(p.section("Inteligencia artificial", s1))
    s2 = (p.text("Fecha prevista de parto", "2026-01-20", type="date")
          + p.radios("Mostrar el tamaño del bebé como", ["Frutas", "Animales", "Centímetros"], 0)
          + p.select("Unidades", ["Kilos y centímetros", "Libras y pulgadas"], 0)
          + p.cb("Recordatorios del plan de entrenamiento del suelo pélvico", checked=True))
    p.add(p.section("Tu embarazo", s2))
    s3 = (p.cb("Ofertas de marcas de bebé", checked=False)
          + p.cb("Compartir mi progreso con mi pareja", checked=True)
          + p.cb("Notificaciones push", checked=True)
          + p.button("Exportar informe para la matrona"))
    p.add(p.section("Compartir y avisos", s3))
    s4 = p.button("Cambiar contraseña") + " " + p.button("Eliminar mi cuenta", cls="btn btn-danger")
    p.add(p.section("Cuenta", s4))
    p.add(p.button("Guardar", cls="btn btn-primary"))
    return p


def pequeconecta():
    p = Page("es", "pequeconecta-consentimientos", "Pequeñines Conecta",
             "https://familias.pequeconecta.test/ninos/martina/privacidad",
             "Privacidad y consentimientos", user="Alberto Sanz", color="#2e86de",
             intro="Escuela infantil Los Pequeñines · Aula Pollitos · Martina Sanz",
             nav=["Agenda diaria", "Fotos", "Menús", "Recibos", "Privacidad y consentimientos", "Mensajes"],
             nav_active=4,
             notes="App de escuela infantil inventada, trato de usted. Fila de estado 'Revocar' nombrada por "
                   "aria-labelledby (consentimiento otorgado = uso); select 'Fotos de Martina' cuyo sentido solo "
                   "da el encabezado; casilla 'Oponerme…' dentro de <details> cerrado. Señuelos: resumen diario con "
                   "IA, traducción, anuario, webcam del aula. Oculto: aria-hidden.")
    s1 = p.state_row("Uso de la agenda de Martina para entrenar el asistente", "Consentimiento otorgado el 10/01/2025",
                     "Revocar", mode="labelledby", ai=(True, "i"),
                     desc="Las notas de comidas, siestas y cambios ayudan a mejorar el asistente que redacta la "
                          "agenda.")
    with p.collapsed():
        d = p.cb("Oponerme a que los proveedores tecnológicos entrenen sus modelos con los datos de Martina",
                 checked=False, ai=(True, "i"))
    s1 += p.details("Proveedores tecnológicos", d)
    with p.hidden():
        cam = p.cb("Permitir el uso de las grabaciones de la cámara del aula para entrenar IA", checked=False,
                   ai=(False, "p"))
    s1 += p.conceal("aria", cam)
    p.add(p.section("Consentimientos", s1))
    s2 = p.select("Fotos de Martina", ["No permitir", "Solo fotos individuales", "Todas las fotos"], 0,
                  ai=(False, "h"))
    p.add(p.section("¿Nos ayuda a mejorar el reconocimiento de las fotos?", s2,
                    intro="Con su permiso, usaremos las fotos que sube el personal para entrenar el modelo que "
                          "etiqueta automáticamente a cada niño en la galería."))
    s3 = (p.sw("Resumen diario generado con IA", True, mode="text",
               help="Se genera para usted a partir de las notas de la educadora.")
          + p.cb("Traducir los mensajes al inglés", checked=False)
          + p.cb("Aparecer en el anuario de la clase", checked=True)
          + p.cb("Webcam del aula: acceso para los abuelos", checked=False)
          + p.cb("Aviso cuando Martina se duerma la siesta", checked=True)
          + p.seg("Idioma de la app", ["Castellano", "Català", "English"], 0))
    p.add(p.section("Día a día", s3))
    s4 = (p.text("Teléfono de contacto", "+34 612 345 678", type="tel")
          + p.button("Añadir persona autorizada")
          + p.select("Forma de pago", ["Domiciliación bancaria", "Tarjeta"], 0)
          + p.button("Descargar recibos") + " " + p.button("Enviar mensaje a la tutora")
          + p.cb("Boletín de la escuela infantil", checked=True))
    p.add(p.section("Datos y pagos", s4))
    p.add(p.button("Guardar", cls="btn btn-primary"))
    return p


def ojito():
    p = Page("es", "ojito-privacidad-monitor", "Ojito", "https://cuenta.ojito.test/monitores/cuna-1/privacidad",
             "Privacidad del monitor", user="Diego Navarro", color="#00897b",
             intro="Monitor Ojito Cam 2 · Habitación de Leo",
             nav=["Monitores", "Habitación de Leo", "Alertas", "Grabaciones", "Privacidad", "Cuidadores", "Cuenta"],
             nav_active=4,
             notes="Vigilabebés inventado, tuteo. Interruptor 'Programa Ojito Mejora' cuya ayuda vinculada explica "
                   "el entrenamiento; grupo aria-pressed 'Audio nocturno' (sentido por encabezado); fieldset en "
                   "claro; interruptor aria-label 'Bloquear…' desactivado. Señuelos: detección de llanto en el "
                   "dispositivo, estadísticas sin entrenamiento. Oculto: visibility:hidden.")
    s1 = (p.sw("Detección de llanto", True, mode="text", help="Funciona en la cámara, sin conexión.")
          + p.select("Sensibilidad", ["Baja", "Media", "Alta"], 1)
          + p.cb("Alertas de temperatura", checked=True)
          + p.cb("Notificaciones en el reloj", checked=False)
          + p.select("Nana", ["Ninguna", "Olas del mar", "Caja de música"], 2))
    p.add(p.section("Detección y alertas", s1))
    s2 = p.seg("Audio nocturno", ["Permitir", "No permitir"], 1, ai=(False, "h"))
    p.add(p.section("Entrenamiento de la detección de llanto", s2,
                    intro="Elige qué grabaciones pueden usarse para entrenar el modelo."))
    s3 = (p.sw("Programa Ojito Mejora", True, ai=(True, "v"),
               help="Si lo activas, enviaremos clips de vídeo nocturnos para entrenar nuestros modelos de detección "
                    "de la postura al dormir.")
          + p.radios("Uso de los vídeos para entrenar la IA de Ojito",
                     ["Nunca", "Solo después de revisarlos yo", "Siempre"], 2, ai=(True, "p"))
          + p.sw("Bloquear el uso de mis datos por fabricantes asociados para entrenar modelos", False,
                 mode="aria-label", shown="Bloquear a fabricantes asociados", ai=(True, "i")))
    with p.hidden():
        resp = p.cb("Compartir los datos de respiración con investigadores para entrenar algoritmos", checked=False,
                    ai=(False, "p"))
    s3 += p.conceal("visibility", resp)
    s3 += p.cb("Estadísticas de sueño", checked=True,
               help="Solo para tu informe semanal; no se usan para entrenar.")
    p.add(p.section("Tus datos", s3))
    s4 = (p.select("Guardar grabaciones durante", ["1 día", "7 días", "30 días"], 1)
          + p.button("Descargar grabaciones") + " " + p.button("Actualizar firmware")
          + p.cb("Modo privacidad: apagar la cámara cuando estoy en casa", checked=False)
          + p.button("Invitar a un cuidador"))
    p.add(p.section("Grabaciones y cuidadores", s4))
    p.add(p.button("Guardar", cls="btn btn-primary"))
    return p


def casaenorden():
    p = Page("es", "casaenorden-datos-ia", "Casa en Orden", "https://app.casaenorden.test/hogar/ajustes/ia",
             "Datos e inteligencia artificial", user="Lourdes Pérez", color="#d35400",
             intro="Hogar Pérez Gil · 2 adultos, 3 niños",
             nav=["Tareas", "Calendario", "Compra", "Paga semanal", "Miembros", "Datos e IA"], nav_active=5,
             notes="App de tareas familiares inventada, trato de usted. Casilla en claro marcada; role=radiogroup "
                   "'Exclusión del entrenamiento de modelos' con 'Excluir a toda la familia' seleccionado. "
                   "Señuelos: reparto inteligente (la ayuda dice que no entrena), asistente de voz, ofertas. "
                   "Oculto: <dialog> cerrado de socios.")
    s1 = (p.sw("Reparto inteligente de tareas", True,
               help="Las sugerencias se calculan con el historial de su familia y no entrenan ningún modelo.")
          + p.sw("Asistente de voz para añadir tareas", False, mode="text")
          + p.cb("Permitir que Casa en Orden use las tareas de la familia para entrenar su IA", checked=True,
                 ai=(True, "p"))
          + p.radios("Exclusión del entrenamiento de modelos",
                     ["Excluir a toda la familia", "Excluir solo a los menores", "No excluir"], 0, mode="radiogroup",
                     ai=(False, "i")))
    with p.hidden():
        soc = p.cb("Compartir las listas de la compra con socios para el entrenamiento de sus modelos", checked=True,
                   ai=(True, "p"))
    s1 += p.dialog("Preferencias de socios", "Socios", soc, close="Aceptar", cancel="Cancelar")
    p.add(p.section("Inteligencia artificial", s1))
    s2 = (p.text("Nombre del hogar", "Los Pérez Gil")
          + p.button("Invitar a un familiar")
          + p.cb("Recompensas para los niños", checked=True)
          + p.select("Día de la paga", ["Viernes", "Sábado", "Domingo"], 1)
          + p.select("Primer día de la semana", ["Lunes", "Domingo"], 0)
          + p.cb("Recordatorios por la tarde", checked=True)
          + p.cb("Ofertas de supermercados cercanos", checked=False))
    p.add(p.section("Hogar", s2))
    s3 = (p.button("Conectar con Google Calendar") + " " + p.button("Gestionar suscripción") + " "
          + p.button("Exportar datos"))
    p.add(p.section("Cuenta", s3))
    p.add(p.button("Guardar", cls="btn btn-primary"))
    return p


def pages():
    return [qustodio(), barriguita(), pequeconecta(), ojito(), casaenorden()]

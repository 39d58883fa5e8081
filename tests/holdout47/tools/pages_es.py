from lib import Page

CHROME = {
    "search_label": "Buscar",
    "search_placeholder": "Puesto, empresa o palabra clave",
    "lang_label": "Idioma",
    "lang_options": ["Español", "Català", "English", "Français", "Deutsch", "Italiano", "Português"],
    "lang_current": "Español",
    "account": "Mi cuenta",
    "menu": ["Ver mi perfil", "Facturación", "Centro de ayuda", "Cerrar sesión"],
    "nav_label": "Configuración",
    "footer": ["Aviso legal", "Política de privacidad", "Condiciones de uso", "Accesibilidad", "Configurar cookies"],
    "copyright": "© 2025 {brand}",
}


def infojobs():
    p = Page("es", "infojobs-privacidad", "https://www.infojobs.net/candidate/settings/privacy.xhtml",
             "Privacidad", "InfoJobs", CHROME,
             ["Mi currículum", "Mis inscripciones", "Alertas", "Privacidad", "Cuenta"],
             kind="portal de empleo", known=True, nav_current=3, user="Lucía M.",
             notes="Portal de empleo. Interruptor explícito para entrenar con el CV (apagado); tabla por filas bajo "
                   "'Qué datos ayudan a mejorar nuestros modelos' con la columna 'Permitir' (solo el encabezado "
                   "dice entrenamiento). Señuelos: recomendaciones que se quedan en la cuenta, carta de "
                   "presentación con IA, ofertas de formación, publicidad. Oculto: dialog cerrado.")
    with p.section("Visibilidad de tu currículum"):
        p.radios("¿Quién puede ver tu CV?", ["Todas las empresas", "Solo las empresas en las que me inscribo",
                                             "Nadie (CV oculto)"], "Solo las empresas en las que me inscribo")
        p.checkbox("Ocultar mi CV a mi empresa actual", True)
    with p.section("Tu perfil profesional"):
        p.select("Disponibilidad para incorporarme", ["Inmediata", "En 15 días", "En 1 mes", "Más de 1 mes"],
                 "En 15 días")
        p.select("Jornada deseada", ["Completa", "Parcial", "Indiferente"], "Completa")
        p.checkbox("Tengo vehículo propio", True)
        p.checkbox("Estoy dispuesta a cambiar de residencia", False)
    with p.section("Alertas y sugerencias"):
        p.select("Frecuencia de las alertas de empleo", ["Al momento", "Una vez al día", "Una vez a la semana"],
                 "Una vez al día")
        p.switch("Ofertas recomendadas para ti", True,
                 help="Se calculan a partir de tus búsquedas e inscripciones y se quedan en tu cuenta.")
        p.switch("Ayuda con la carta de presentación", False,
                 help="Te proponemos un borrador a partir de la oferta. Tú decides qué envías.")
        p.checkbox("Recibir ofertas de cursos de formación", False)
    with p.section("Inteligencia artificial"):
        p.switch("Usar mi CV para entrenar los modelos de IA de InfoJobs", False, ai=(False, "p"))
        with p.hidden("dialog", opener="Ver consentimientos anteriores", title="Consentimientos anteriores",
                      actions=("Cerrar",)):
            p.checkbox("Ceder mi CV a socios para que entrenen sus modelos", False, ai=(True, "p"))
    with p.section("Qué datos ayudan a mejorar nuestros modelos",
                   intro="Con tu permiso usamos estos datos para entrenar los modelos que ordenan ofertas y "
                         "candidaturas. Puedes cambiarlo cuando quieras."):
        p.table(None, "Datos", ["Permitir"],
                [("Mis inscripciones a ofertas", [(True, (True, "h"))]),
                 ("Mis respuestas a las preguntas de filtrado", [(False, (False, "h"))])])
    with p.section("Comunicaciones"):
        p.checkbox("Publicidad personalizada de empresas colaboradoras", False)
        p.checkbox("Boletín con consejos para buscar empleo", True)
        p.select("Canal preferido para avisos", ["Correo electrónico", "Notificaciones de la app", "SMS"],
                 "Notificaciones de la app")
    with p.section("Avisos"):
        p.table(None, "Aviso", ["Correo", "App"],
                [("Una empresa ha visto tu CV", [(True, None), (True, None)]),
                 ("Cambios en el estado de tus inscripciones", [(True, None), (True, None)])])
    with p.section("Tu cuenta"):
        p.button("Cambiar contraseña")
        p.button("Descargar mis datos")
        p.button("Darme de baja", danger=True)
    return p


def freelandia():
    p = Page("es", "freelandia-privacidad", "https://www.freelandia.test/ajustes/privacidad",
             "Privacidad e IA", "Freelandia", {**CHROME, "search_placeholder": "Busca proyectos o freelancers"},
             ["Perfil", "Pagos", "Seguridad", "Privacidad e IA", "Notificaciones"],
             kind="marketplace de freelancers", nav_current=3, user="Andrés Gil",
             notes="Marketplace de freelancers. Botones segmentados Sí/No con nombre invertido 'Excluir mis "
                   "propuestas del entrenamiento de la IA' en Sí (no comparte); casilla vaga 'Unirme al programa "
                   "Socios de Calidad' explicada por la ayuda (marcada); grupo de radio explícito sobre empresas de "
                   "IA asociadas en No. Señuelos: asistente de propuestas, tarifa, avisos. Oculto: pestaña "
                   "inactiva 'Como cliente'.")
    p.tabs(["Como freelancer", "Como cliente"], active=0, label="Tipo de cuenta")
    with p.tab_panel(0):
        with p.section("Tarifa y disponibilidad"):
            p.text_input("Tarifa por hora (USD)", "35", kind="number")
            p.select("Moneda de cobro", ["USD", "EUR", "MXN", "COP", "ARS"], "USD")
            p.radios("Disponibilidad semanal", ["Menos de 20 horas", "Entre 20 y 30 horas", "Más de 30 horas"],
                     "Entre 20 y 30 horas", style="radiogroup")
            p.switch("Mostrar mi país en el perfil público", True)
        with p.section("Asistente de propuestas"):
            p.switch("Redactar propuestas con el asistente", True,
                     help="El asistente prepara un borrador con los datos de la oferta; nada se envía sin tu "
                          "revisión.")
        with p.section("Tus datos y la IA de Freelandia"):
            p.segmented("Excluir mis propuestas del entrenamiento de la IA", ["Sí", "No"], "Sí", ai=(False, "i"))
            p.checkbox("Unirme al programa Socios de Calidad", True,
                       help="Como socio, nos permites usar tus propuestas ganadoras, tus entregas y las reseñas de "
                            "tus clientes para entrenar el asistente que redacta propuestas.", ai=(True, "v"))
            p.radios("¿Pueden empresas de IA asociadas entrenar sus modelos con tu portafolio público?",
                     ["Sí, lo permito", "No"], "No", style="radiogroup", ai=(False, "p"))
        with p.section("Notificaciones"):
            p.table(None, "Aviso", ["Correo", "App"],
                    [("Nuevos proyectos de mi categoría", [(True, None), (True, None)]),
                     ("Mensajes de clientes", [(True, None), (True, None)]),
                     ("Pagos liberados", [(True, None), (False, None)])])
        with p.section("Cuenta"):
            p.button("Eliminar mi cuenta", danger=True)
    with p.tab_panel(1):
        with p.section("Proyectos publicados"):
            p.switch("Usar mis descripciones de proyectos para entrenar el asistente", True, ai=(True, "p"))
    return p


def nominaclara():
    p = Page("es", "nominaclara-datos-e-ia", "https://empleados.nominaclara.test/configuracion/datos-e-ia",
             "Datos e IA", "Nómina Clara", {**CHROME, "search_placeholder": "Buscar documentos o compañeros"},
             ["Inicio", "Nóminas", "Vacaciones y ausencias", "Fichaje", "Formación", "Datos e IA"],
             kind="software de nóminas y RR. HH., portal del empleado", nav_current=5, user="Marta Ruiz",
             notes="Portal del empleado. Fila de estado 'Oposición … No presentada' con botón 'Oponerme' y "
                   "sufijo visualmente oculto (comparte); interruptor vago 'Participar en el programa Plantilla "
                   "Saludable' con ayuda (apagado); casilla explícita 'Permitir que el asistente de RR. HH. "
                   "aprenda de mis consultas' (marcada). Señuelos: formación, fichaje, analítica que no entrena. "
                   "Oculto: bloque aria-hidden.")
    with p.section("Nómina"):
        p.switch("Recibir la nómina solo en formato digital", True)
        p.select("Idioma de la nómina", ["Español", "Català", "English"], "Español")
        p.button("Descargar certificado de retenciones")
    with p.section("Fichaje"):
        p.switch("Recordatorio para fichar la salida", True)
        p.checkbox("Permitir el fichaje desde el móvil", True)
    with p.section("Vacaciones"):
        p.checkbox("Mostrar mis vacaciones al resto del equipo", True)
    with p.section("Formación"):
        p.checkbox("Avisarme de nuevos cursos de formación", True)
        p.select("Modalidad de formación preferida", ["Presencial", "En línea", "Mixta"], "En línea")
    with p.section("Inteligencia artificial en el portal",
                   intro="Su empresa usa un asistente de RR. HH. que responde dudas sobre nóminas, permisos y "
                         "convenio."):
        p.state_row("Oposición al uso de mis datos laborales para entrenar IA", "No presentada", "Oponerme",
                    suffix=" al uso de mis datos laborales para entrenar IA", ai=(True, "i"))
        p.switch("Participar en el programa Plantilla Saludable", False, mode="labelledby",
                 help="Sus respuestas a las encuestas de clima y sus datos de ausencias se usan, de forma "
                      "seudonimizada, para entrenar el modelo que anticipa la rotación.", ai=(False, "v"))
        p.checkbox("Permitir que el asistente de RR. HH. aprenda de mis consultas", True, ai=(True, "p"))
        with p.hidden("aria-hidden"):
            p.checkbox("Compartir mis evaluaciones de desempeño para entrenar modelos", False, ai=(True, "p"))
    with p.section("Analítica"):
        p.switch("Enviar datos de uso anónimos", True,
                 help="Solo sirven para estadísticas del portal; no se usan para entrenar modelos.")
    with p.section("Notificaciones"):
        p.table(None, "Aviso", ["Correo", "Móvil"],
                [("Nómina disponible", [(True, None), (True, None)]),
                 ("Solicitud de vacaciones aprobada", [(True, None), (False, None)])])
    return p


def rutarider():
    p = Page("es", "rutarider-privacidad", "https://riders.rutarider.test/cuenta/privacidad",
             "Privacidad", "Ruta Rider", {**CHROME, "search_placeholder": "Buscar en la ayuda"},
             ["Mis pedidos", "Ganancias", "Vehículo", "Privacidad", "Soporte"],
             kind="app de repartidores autónomos", nav_current=3, user="Dani",
             notes="App de reparto. Interruptor imperativo negativo 'No usar mis rutas para entrenar…' apagado "
                   "(comparte); lista 'Mis valoraciones de clientes' = 'Se usan', solo comprensible por el "
                   "encabezado 'Entrenamiento del algoritmo de pedidos'; casilla explícita sobre proveedores de "
                   "IA (desmarcada) dentro de un details cerrado. Señuelos: navegación por voz, seguridad, zona. Oculto: clase CSS.")
    with p.section("Zona y vehículo"):
        p.select("Zona de reparto", ["Centro", "Chamberí", "Salamanca", "Tetuán"], "Chamberí")
        p.radios("Vehículo", ["Bicicleta", "Moto", "Coche"], "Bicicleta")
        p.switch("Aceptar pedidos encadenados", False)
        p.checkbox("Recibir propinas por la app", True)
    with p.section("Horarios"):
        p.table("Franjas en las que quiero recibir pedidos", "Franja", ["De lunes a jueves", "De viernes a domingo"],
                [("Comidas (12–16 h)", [(True, None), (True, None)]),
                 ("Cenas (20–24 h)", [(False, None), (True, None)]),
                 ("Madrugada", [(False, None), (False, None)])])
        p.checkbox("Avisos de lluvia y alertas meteorológicas", True)
    with p.section("Cobros"):
        p.select("Frecuencia de cobro", ["Semanal", "Quincenal"], "Semanal")
    with p.section("Mapa y navegación"):
        p.switch("Navegación por voz", True)
        p.switch("Modo nocturno del mapa", True)
        p.segmented("Unidades de distancia", ["Kilómetros", "Millas"], "Kilómetros")
    with p.section("Seguridad"):
        p.checkbox("Compartir mi ubicación en tiempo real con un contacto de confianza", False)
        p.button("Añadir contacto de emergencia")
    with p.section("Tus datos"):
        p.switch("No usar mis rutas para entrenar el sistema de asignación", False, ai=(True, "i"))
        with p.details("Más opciones sobre tus datos"):
            p.checkbox("Compartir mis grabaciones de voz con proveedores de IA para entrenar sus modelos", False,
                       ai=(False, "p"))
        with p.hidden("display-class"):
            p.switch("Usar mi historial de pedidos para entrenar modelos de demanda", True, ai=(True, "p"))
    with p.section("Entrenamiento del algoritmo de pedidos",
                   intro="El algoritmo que reparte los pedidos aprende de la actividad de los riders. Elige qué "
                         "puede tener en cuenta de la tuya."):
        p.select("Mis valoraciones de clientes", ["Se usan", "No se usan"], "Se usan", ai=(True, "h"))
    with p.section("Historial"):
        p.button("Descargar mi historial de pedidos")
    return p


def codigoreto():
    p = Page("es", "codigoreto-datos", "https://candidatos.codigoreto.test/ajustes/datos",
             "Tus datos", "CódigoReto", {**CHROME, "search_placeholder": "Buscar retos"},
             ["Mis pruebas", "Práctica", "Certificados", "Tus datos", "Cuenta"],
             kind="plataforma de pruebas técnicas para procesos de selección", nav_current=3, user="pablo_dev",
             notes="Pruebas técnicas. Casilla 'Bloquear el uso de mis soluciones para entrenar modelos de IA' "
                   "marcada (no comparte); lista explícita sobre grabaciones de pantalla en 'Permitido'. "
                   "Señuelos: pistas de IA que no registran el código, autocompletado, resultados compartidos con "
                   "empresas. Oculto: bloque con atributo hidden.")
    with p.section("Editor"):
        p.select("Lenguaje preferido", ["Python", "JavaScript", "Java", "Go", "C#"], "Python")
        p.select("Tema del editor", ["Claro", "Oscuro", "Alto contraste"], "Oscuro")
        p.checkbox("Autocompletado en el editor", True)
        p.switch("Pistas de IA durante la práctica", True,
                 help="Las pistas solo están disponibles en modo práctica y no guardan tu código.")
    with p.section("Accesibilidad"):
        p.checkbox("Tiempo adicional en las pruebas (adaptación)", False)
        p.select("Tamaño de letra del editor", ["12 px", "14 px", "16 px", "18 px"], "14 px")
    with p.section("Integraciones"):
        p.button("Conectar con GitHub")
        p.checkbox("Mostrar mis repositorios públicos en el perfil", False)
    with p.section("Notificaciones"):
        p.table(None, "Aviso", ["Correo", "Push"],
                [("Nueva prueba asignada", [(True, None), (True, None)]),
                 ("Resultado disponible", [(True, None), (False, None)])])
    with p.section("Perfil y resultados"):
        p.radios("Perfil público", ["Visible para empresas", "Solo con enlace", "Privado"], "Solo con enlace")
        p.checkbox("Compartir mis resultados con las empresas a las que me postulo", True)
        p.checkbox("Recibir retos semanales por correo", False)
    with p.section("Tus soluciones y la IA",
                   intro="Las pruebas se supervisan para detectar copias. Aquí decides qué más se hace con lo que "
                         "escribes y grabas."):
        p.checkbox("Bloquear el uso de mis soluciones para entrenar modelos de IA", True, ai=(False, "i"))
        p.select("Uso de mis grabaciones de pantalla para entrenar el detector de plagio",
                 ["Permitido", "No permitido"], "Permitido", ai=(True, "p"))
        with p.hidden("hidden-attr"):
            p.checkbox("Permitir que los laboratorios de IA aprendan de mis soluciones", False, ai=(True, "p"))
    with p.section("Cuenta"):
        p.button("Descargar mis certificados")
        p.button("Solicitar una copia de mis datos")
        p.button("Cerrar mi cuenta", danger=True)
    return p


def build():
    return [infojobs(), freelandia(), nominaclara(), rutarider(), codigoreto()]

from lib import Page


def telpark():
    p = Page("es", "telpark-privacidad", "Telpark", "https://www.telpark.com/es/mi-cuenta/privacidad",
             "Privacidad | Mi cuenta Telpark", "Telpark",
             ["Mis aparcamientos", "Abonos", "Zona ORA", "Vehículos", "Pagos", "Privacidad"],
             active="Privacidad", known=True, account="Mi cuenta",
             notes="Servicio conocido (reconstrucción). Casilla en negativo 'No quiero que...' marcada (= false); interruptor aria-labelledby con "
                   "nombre vago y ayuda ligada que habla de entrenar modelos (activado = true); grupo de radios en fieldset explícito (No permitir "
                   "= false). Señuelos: sugerencias de parking, acceso por matrícula, notificaciones, facturas, ORA. Oculto: interruptor con "
                   "display:none en línea.",
             h1="Privacidad", lead="Decide cómo usamos la información de tus estacionamientos.")
    p.section("Tus datos y la inteligencia artificial")
    p.switch("Ayúdanos a mejorar Telpark", True, lab=("v", True),
             help="Con tu historial de aparcamiento entrenamos los modelos que calculan la ocupación de cada parking.")
    p.checkbox("No quiero que mis estacionamientos se usen para entrenar modelos de IA de terceros", True,
               variant="row", lab=("i", False), help="Por ejemplo, de ayuntamientos o empresas de movilidad con las que colaboramos.")
    p.radios("Uso de tus datos de matrícula para entrenar el reconocimiento automático", ["Permitir", "No permitir"], 1,
             lab=("p", False), help="Las cámaras de acceso leen la matrícula para abrir la barrera sin ticket.")
    p.hide("inline-display-none")
    p.switch("Entrenar el asistente con tus consultas al chat", True, lab=("p", True), cid="chat-train")
    p.end()
    p.end()
    p.section("Aparcar")
    p.switch("Acceso sin ticket por matrícula", True)
    p.switch("Sugerencias de parking", True,
             help="Te proponemos aparcamientos cerca de tu destino según precio y plazas libres en este momento.")
    p.select("Vehículo principal", ["1234 KLM · Seat León", "5678 BCD · Kia Niro"], 0)
    p.checkbox("Renovar mi abono mensual automáticamente", True, variant="wrap")
    p.end()
    p.section("Notificaciones")
    p.checkbox("Aviso antes de que termine mi tiempo en zona ORA", True, variant="wrap")
    p.checkbox("Ofertas y promociones", False, variant="wrap")
    p.checkbox("Facturas por correo electrónico", True, variant="wrap")
    p.end()
    p.section("Tus datos")
    p.buttons("Descargar mis datos", "Darme de baja")
    p.end()
    p.section("Seguridad")
    p.switch("Iniciar sesión con huella", False)
    p.buttons("Cambiar contraseña", "Cerrar sesión en todos los dispositivos")
    p.end()
    p.section("Pagos")
    p.select("Tarjeta predeterminada", ["Visa •• 3021", "Google Pay"], 0)
    p.button("Añadir método de pago")
    p.end()
    return p


def talleresruiz():
    p = Page("es", "talleres-ruiz-preferencias", "Talleres Ruiz (red de talleres)", "https://clientes.talleresruiz.test/mi-cuenta/preferencias",
             "Preferencias – Talleres Ruiz", "Talleres Ruiz",
             ["Mis citas", "Mis vehículos", "Presupuestos", "Facturas", "Preferencias"],
             active="Preferencias", account="D. Ramírez",
             notes="Red de talleres inventada (usted). Tabla con título y leyenda sobre el entrenamiento del sistema de diagnóstico: casillas por fila "
                   "'fila + Permitido' (una true, una false). Interruptor con aria-label 'Oponerme al entrenamiento...' desactivado (oposición no "
                   "presentada = true). Señuelos: curso de mantenimiento (formación), diagnóstico asistido sin aprendizaje, ITV, cita previa, "
                   "coche de sustitución. Oculto: casilla en clase con display:none.",
             h1="Preferencias")
    p.section("Citas y avisos")
    p.checkbox("Recordarme la ITV", True, variant="wrap")
    p.checkbox("Recordarme el cambio de aceite", True, variant="wrap")
    p.select("Taller habitual", ["Ruiz Getafe", "Ruiz Leganés", "Ruiz Alcorcón"], 0)
    p.checkbox("Solicitar coche de sustitución por defecto", False, variant="wrap")
    p.end()
    p.section("Formación para clientes")
    p.checkbox("Inscribirme en el curso gratuito de mantenimiento básico", False, variant="row",
               help="Dos horas en el taller: niveles, presión de neumáticos y testigos del cuadro.")
    p.end()
    p.section("Entrenamiento de nuestro sistema de diagnóstico",
              intro="Nuestro sistema aprende de reparaciones reales para detectar averías antes. Usted decide qué datos de su vehículo puede aprovechar.")
    p.table("Datos de su vehículo", "Tipo de dato", ["Permitido"], [
        ("Lecturas de la centralita (OBD)", [(True, ("h", True))]),
        ("Fotos del presupuesto", [(False, ("h", False))]),
    ])
    p.hide("class-display-none", dcls="js-collapsed")
    p.checkbox("Notas del mecánico", True, lab=("h", True), cid="mech-notes-train")
    p.end()
    p.switch("Oposición al uso de mis datos para IA", False, mode="arialabel",
             aria_label="Oponerme al entrenamiento de la IA con mis datos", lab=("i", True))
    p.end()
    p.section("Herramientas del taller")
    p.switch("Diagnóstico asistido", True,
             help="Ayuda al mecánico a interpretar los códigos de avería. Esta función no aprende de sus datos.")
    p.end()
    p.section("Comunicaciones comerciales")
    p.checkbox("Ofertas de neumáticos", False, variant="wrap")
    p.checkbox("Campañas de aire acondicionado", False, variant="wrap")
    p.textfield("Teléfono móvil", "612 345 678", typ="tel")
    p.end()
    p.section("Pagos")
    p.select("Forma de pago preferida", ["Tarjeta", "Bizum", "En el taller"], 1)
    p.buttons("Descargar facturas", "Solicitar mis datos")
    p.end()
    p.buttons("Cancelar", "Guardar cambios")
    return p


def enchufa():
    p = Page("es", "enchufa-datos", "Enchufa (recarga de coches eléctricos)", "https://app.enchufa.test/ajustes/datos",
             "Tus datos · Enchufa", "Enchufa",
             ["Mapa", "Recargas", "Tarjetas", "Suscripción", "Tus datos", "Ayuda"],
             active="Tus datos", account="Marta", search_ph="Buscar cargador o dirección",
             notes="Red de recarga inventada (tú). Fila de estado: consentimiento activo con 'Retirar consentimiento' + sufijo oculto (= true); "
                   "desplegable explícito sobre terceros (No compartir = false); casilla vaga dentro de un <details> cerrado con ayuda al lado "
                   "(marcada = true). Señuelos: planificador de rutas, notificaciones, tarifa, estadísticas no usadas para entrenar, apps "
                   "conectadas. Oculto: casilla en bloque aria-hidden.",
             h1="Tus datos")
    p.section("Inteligencia artificial")
    p.state_row("Consentimiento para entrenar la IA", "Activo desde 10/01/2025", "Retirar consentimiento",
                suffix=" para entrenar la IA con mis recargas",
                desc="Usamos tus recargas para entrenar el modelo que predice cuándo habrá cargadores libres.", lab=("i", True))
    p.select("Compartir mis recargas para entrenar modelos de IA de terceros",
             ["No compartir", "Solo con fabricantes de vehículos", "Con fabricantes y distribuidoras eléctricas"], 0,
             lab=("p", False))
    p.hide("aria-hidden")
    p.checkbox("Usar mis valoraciones de cargadores para entrenar el recomendador", True, lab=("p", True), cid="ratings-train")
    p.end()
    p.details("Opciones avanzadas")
    p.checkbox("Aportar datos de la batería", True, variant="row", tie="nearby", lab=("v", True),
               help="Los usamos para entrenar el modelo que estima el tiempo de carga de cada coche.")
    p.checkbox("Estadísticas de uso de la app", True, variant="row",
               help="Solo nos dicen qué pantallas se usan. No se usan para entrenar ningún modelo.")
    p.end()
    p.end()
    p.section("Recarga")
    p.switch("Planificador de rutas", True, help="Calcula dónde parar a cargar en tu viaje.")
    p.checkbox("Avisarme cuando termine la recarga", True, variant="wrap")
    p.checkbox("Avisarme antes de cobrar penalización por ocupación", True, variant="wrap")
    p.select("Tarifa", ["Pago por uso", "Enchufa Plus (9,99 €/mes)"], 1)
    p.end()
    p.section("Apps conectadas")
    p.state_row("Tesla", "Conectada", "Desconectar", suffix=" Tesla")
    p.state_row("Google Calendar", "No conectada", "Conectar", suffix=" Google Calendar")
    p.end()
    p.section("Cuenta")
    p.textfield("Correo electrónico", "marta.g@ejemplo.es", typ="email")
    p.select("Unidades", ["kWh y km", "kWh y millas"], 0)
    p.switch("Acceso con Face ID", True)
    p.end()
    p.buttons("Exportar mis recargas", "Pedir una tarjeta física", "Eliminar cuenta")
    return p


def aparcaya():
    p = Page("es", "aparcaya-privacidad", "AparcaYa (aparcamiento)", "https://www.aparcaya.test/cuenta/privacidad",
             "Privacidad - AparcaYa", "AparcaYa",
             ["Aparcar", "Reservas", "Mis coches", "Pagos", "Privacidad"],
             active="Privacidad", account="Cuenta",
             notes="App de aparcamiento inventada (tú). Grupo segmentado con participio 'Trayectos excluidos del entrenamiento de IA' en 'Sí' "
                   "(= false); interruptor nativo (input role=switch) nombrado solo por el tipo de dato bajo un encabezado sobre el entrenamiento "
                   "(apagado = false). Señuelos: reservas, compartir ubicación, sugerencias, aviso de grúa, pagos. Oculto: casilla en fila con "
                   "visibility:hidden.",
             h1="Privacidad")
    p.section("Entrenamiento de nuestro modelo de predicción de plazas",
              intro="El modelo aprende dónde y cuándo se liberan plazas a partir de lo que comparten los conductores. Elige qué aportas tú.")
    p.checkbox("Fotos de la calle tomadas con la app", False, switch=True, variant="row", lab=("h", False))
    p.hide("visibility-hidden", cls="row")
    p.checkbox("Avisos de plaza libre que envío", True, lab=("h", True), cid="spot-reports-train")
    p.end()
    p.segmented("Trayectos excluidos del entrenamiento de IA", ["Sí", "No"], 0, lab=("i", False))
    p.end()
    p.section("Aparcar")
    p.switch("Sugerencias de aparcamiento", True, help="Basadas en tus destinos guardados.")
    p.switch("Compartir mi ubicación con mis contactos mientras aparco", False)
    p.checkbox("Aviso si la grúa actúa en mi zona", True, variant="wrap")
    p.checkbox("Recordatorio 15 minutos antes de que acabe la reserva", True, variant="wrap")
    p.select("Coche por defecto", ["Renault Captur · 4821 LMN", "Moto · 9932 JKL"], 0)
    p.end()
    p.section("Pagos")
    p.select("Método de pago", ["Tarjeta •• 1190", "PayPal"], 0)
    p.checkbox("Enviarme las facturas a fin de mes", True, variant="wrap")
    p.buttons("Añadir tarjeta", "Descargar mis datos")
    p.end()
    p.section("Notificaciones y novedades")
    p.checkbox("Novedades de AparcaYa", False, variant="wrap")
    p.checkbox("Encuestas de satisfacción", False, variant="wrap")
    p.end()
    p.section("Seguridad")
    p.switch("Verificación en dos pasos", True)
    p.button("Cerrar sesión en otros dispositivos")
    p.end()
    p.button("Guardar")
    return p


def grupolevante():
    p = Page("es", "grupo-levante-privacidad", "Grupo Levante (concesionarios)", "https://area-cliente.grupolevante.test/privacidad",
             "Privacidad – Área de cliente Grupo Levante", "Grupo Levante",
             ["Mis vehículos", "Citas de taller", "Financiación", "Tasaciones", "Privacidad"],
             active="Privacidad", account="Sr. Navarro",
             notes="Concesionarios inventados (usted). Interruptor con texto explícito apagado (= false); casilla 'Denegar el uso...' desmarcada "
                   "(= true); grupo role=radiogroup con nombre vago y ayuda sobre el entrenamiento del modelo de valoración (No participar = false). "
                   "Señuelos: asesor virtual sin aprendizaje, configurador, ofertas, financiación. Oculto: casilla en un <dialog> cerrado.",
             h1="Privacidad", lead="Gestione cómo tratamos sus datos en nuestros concesionarios y en el área de cliente.")
    p.section("Asesor virtual")
    p.switch("Activar el asesor virtual en el área de cliente", True,
             help="Responde preguntas sobre su financiación y sus citas.")
    p.switch("Usar mis conversaciones con el asesor virtual para entrenar la IA", False, mode="text", lab=("p", False))
    p.end()
    p.section("Tasaciones y compraventa")
    p.checkbox("Denegar el uso de mis datos de tasación para mejorar los modelos de IA", False, variant="row", lab=("i", True))
    p.radios("Programa de mejora continua", ["Participar", "No participar"], 1, mode="radiogroup", lab=("v", False),
             help="Sus datos de compra y de tasación se utilizan para entrenar el modelo con el que valoramos vehículos de ocasión.")
    p.dialog("Ver otros usos de sus datos", "Otros usos")
    p.checkbox("Ceder mis datos a la marca para entrenar sus modelos de IA", False, lab=("p", False), cid="brand-train")
    p.dialog_buttons("Cerrar")
    p.end()
    p.end()
    p.section("Comunicaciones")
    p.checkbox("Ofertas de vehículos nuevos", False, variant="wrap")
    p.checkbox("Ofertas de vehículos de ocasión", True, variant="wrap")
    p.checkbox("Recordatorio de revisiones", True, variant="wrap")
    p.select("Canal preferido", ["Correo electrónico", "WhatsApp", "Teléfono"], 1)
    p.end()
    p.section("Financiación")
    p.checkbox("Recibir el cuadro de amortización cada año", True, variant="wrap")
    p.buttons("Descargar contrato", "Solicitar una tasación")
    p.end()
    p.section("Sus derechos")
    p.buttons("Solicitar copia de mis datos", "Ejercer el derecho de supresión")
    p.end()
    p.section("Acceso")
    p.textfield("Correo electrónico", "j.navarro@ejemplo.es", typ="email")
    p.button("Cambiar contraseña")
    p.end()
    p.button("Guardar preferencias", typ="submit")
    return p


PAGES = [telpark, talleresruiz, enchufa, aparcaya, grupolevante]

from lib import Page


def chrome(brand, account="Mi cuenta", menu=None):
    return {"search": "Buscar", "language": "Idioma", "account": account, "nav": "Configuración",
            "menu": menu or [("Perfil", "/perfil"), ("Suscripción", "/suscripcion"), ("Cerrar sesión", "/salir")],
            "copy": f"© 2025 {brand}"}


def jotform():
    p = Page("es", "jotform-privacidad", "https://www.jotform.com/es/myaccount/privacy", "Jotform",
             "Privacidad | Mi cuenta | Jotform", "Privacidad y datos", "inline-display", known=True,
             notes="Formularios (tú); botones segmentados vagos explicados por la ayuda, switch explícito, celda de tabla 'Excluir' bajo título de entrenamiento.",
             lead="Administra cómo se usan tus formularios y las respuestas que recibes.",
             nav=[("Cuenta", "/es/myaccount/settings"), ("Uso", "/es/myaccount/usage"), ("Facturación", "/es/myaccount/billing"),
                  ("Privacidad", "/es/myaccount/privacy"), ("Seguridad", "/es/myaccount/security"), ("Integraciones", "/es/myaccount/apps")],
             active=3, footer=[("Centro de ayuda", "/es/answers"), ("Privacidad", "/es/privacy"), ("Términos", "/es/terms"), ("Seguridad", "/es/security")],
             chrome=chrome("Jotform Inc.", "Mi cuenta", [("Ajustes de cuenta", "/es/myaccount/settings"), ("Mis formularios", "/es/myforms"), ("Cerrar sesión", "/logout")]))
    p.sec("Jotform AI",
          p.sw("Agente de IA en mis formularios", True, help="Responde dudas de quienes rellenan tus formularios. Las conversaciones no se usan para entrenar modelos."),
          p.sw("Generar formularios a partir de una descripción", True),
          p.cb("Avisarme por correo de nuevas funciones de IA", False),
          p.seg("Contribución de datos", ["Desactivada", "Activada"], 1,
                help="Cuando está activada, las respuestas recibidas en tus formularios se usan para entrenar los modelos de Jotform AI.",
                ai=True, shape="v"),
          p.sw("Permitir que Jotform entrene su IA con el diseño de mis formularios", False, ai=False, shape="p"),
          p.hide(p.cb("Compartir respuestas con socios para entrenar modelos de IA", False, ai=False, shape="p", hid=True)))
    p.sec("Entrenamiento de modelos",
          p.table("Entrenamiento de modelos por tipo de formulario", "Tipo de formulario", ["Excluir"],
                  [("Formularios de pago", [(True, False, "i")])],
                  intro="Marca los tipos de formulario que nunca deben formar parte del entrenamiento."))
    p.sec("Datos de formularios",
          p.cb("Cifrar las respuestas", True),
          p.cb("Ocultar las direcciones IP de los encuestados", False),
          p.sel("Eliminar respuestas automáticamente", ["Nunca", "Tras 90 días", "Tras 1 año"], 0),
          p.btn("Descargar todas las respuestas"))
    p.sec("Seguridad y pagos",
          p.sw("Verificación en dos pasos", True),
          p.btn("Conectar PayPal"),
          p.btn("Conectar Google Drive"),
          p.sel("Moneda de facturación", ["USD", "EUR", "MXN"], 1),
          p.btn("Cerrar cuenta"))
    return p


def encuestaviva():
    p = Page("es", "encuestaviva-privacidad", "https://panel.encuestaviva.test/configuracion/privacidad", "EncuestaViva",
             "Privacidad · Configuración · EncuestaViva", "Privacidad", "class", known=False, hide_class="oculto",
             notes="Encuestas (usted); fieldset con pregunta explícita, botón-switch con texto negativo desactivado, casilla en details cerrado bajo resumen de entrenamiento.",
             lead="Ajustes de privacidad de su organización. Solo los administradores pueden modificarlos.",
             nav=[("Organización", "/configuracion"), ("Usuarios", "/configuracion/usuarios"), ("Privacidad", "/configuracion/privacidad"),
                  ("Marca", "/configuracion/marca"), ("Facturación", "/configuracion/facturacion")],
             active=2, footer=[("Ayuda", "/ayuda"), ("Aviso de privacidad", "/privacidad"), ("Condiciones", "/condiciones")],
             chrome=chrome("EncuestaViva S.L.", "Administrador"))
    p.sec("Inteligencia artificial",
          p.sw("Resumen automático de resultados", True, help="Los resúmenes se generan bajo demanda y se guardan solo en su cuenta."),
          p.radio("¿Podemos entrenar nuestros modelos de IA con las respuestas de sus encuestas?", ["Sí", "No"], 0, ai=True, shape="p"),
          p.bsw("No usar mis encuestas para entrenar la IA", False, naming="text", ai=True, shape="i"),
          p.hide(p.sw("Licenciar datos agregados para el entrenamiento de IA de terceros", False, ai=False, shape="p", hid=True)),
          p.details("Entrenamiento de modelos de IA",
                    p.cb("Encuestas archivadas", False, ai=False, shape="h"),
                    p.p("Las encuestas archivadas solo se incluyen si marca esta casilla.")),
          p.cb("Recibir novedades sobre las funciones de IA", True))
    p.sec("Encuestados",
          p.cb("Respuestas anónimas por defecto", True),
          p.cb("Registrar la ubicación aproximada", False),
          p.sel("Conservar respuestas durante", ["3 meses", "1 año", "5 años"], 1),
          p.cb("Mostrar aviso legal al inicio de cada encuesta", True))
    p.sec("Notificaciones",
          p.cb("Resumen diario de respuestas", True),
          p.cb("Aviso cuando una encuesta alcance su cuota", True),
          p.sel("Canal de aviso", ["Correo electrónico", "Slack", "Ambos"], 0))
    p.sec("Exportación y seguridad",
          p.btn("Exportar a Excel"),
          p.btn("Conectar con Power BI"),
          p.sw("Inicio de sesión único (SSO)", False))
    return p


def midiario():
    p = Page("es", "midiario-ajustes", "https://midiario.test/ajustes/privacidad", "Mi Diario",
             "Privacidad – Ajustes – Mi Diario", "Privacidad", "aria-hidden", known=False,
             notes="Diario personal (tú); fila de estado con sufijo oculto y ayuda sobre entrenamiento, select explícito, radiogroup bajo encabezado de entrenamiento.",
             nav=[("Perfil", "/ajustes"), ("Privacidad", "/ajustes/privacidad"), ("Recordatorios", "/ajustes/recordatorios"),
                  ("Apariencia", "/ajustes/apariencia"), ("Plan Premium", "/ajustes/premium")],
             active=1, footer=[("Ayuda", "/ayuda"), ("Privacidad", "/privacidad"), ("Términos", "/terminos")],
             chrome=chrome("Mi Diario", "Tu cuenta"))
    p.sec("Protección del diario",
          p.sw("Bloqueo con PIN", True),
          p.cb("Desbloquear con huella", True),
          p.cb("Ocultar vista previa de las entradas", False),
          p.sel("Copia de seguridad", ["Desactivada", "Diaria", "Semanal"], 1))
    p.sec("Escritura asistida",
          p.sw("Sugerencias de temas para hoy", True, help="Las sugerencias se crean en tu dispositivo."),
          p.state("Mejora de Mi Diario", "Activado", "Desactivar", suffix="la mejora de Mi Diario",
                  help="Con esta opción activada, fragmentos anónimos de tus entradas se usan para entrenar nuestro modelo de escritura.",
                  ai=True, shape="v"),
          p.sel("Entrenamiento de IA con las fotos de mis entradas", ["Permitido", "No permitido"], 1, ai=False, shape="p"),
          p.cb("Avísame cuando haya nuevas funciones de escritura con IA", False))
    p.sec("Cómo aprende nuestra IA",
          p.rg("Audios del diario", ["Incluir", "No incluir"], 1, ai=False, shape="h"),
          p.hide(p.sw("Usar mis etiquetas y estados de ánimo para entrenar la IA", False, ai=False, shape="p", hid=True)),
          intro="Tú decides qué contenido puede usarse para entrenar a la IA de Mi Diario.")
    p.sec("Recordatorios y apariencia",
          p.cb("Recordatorio nocturno", True),
          p.cb("Resumen del mes", True),
          p.seg("Tema", ["Claro", "Oscuro", "Automático"], 1),
          p.btn("Exportar mi diario"),
          p.btn("Borrar todas las entradas"),
          p.sel("Tamaño de letra", ["Pequeño", "Normal", "Grande"], 1),
          p.btn("Importar desde Evernote"))
    return p


def cartanatal():
    p = Page("es", "cartanatal-datos", "https://app.cartanatal.test/cuenta/datos", "CartaNatal",
             "Tus datos – CartaNatal", "Tus datos", "visibility", known=False,
             notes="Astrología (tú); casilla invertida 'Proteger…', botón-switch con aria-labelledby y ayuda, fila de estado con nombre botón+título.",
             nav=[("Perfil", "/cuenta"), ("Carta natal", "/cuenta/carta"), ("Tus datos", "/cuenta/datos"),
                  ("Notificaciones", "/cuenta/notificaciones"), ("Pagos", "/cuenta/pagos")],
             active=2, footer=[("Soporte", "/soporte"), ("Privacidad", "/privacidad"), ("Términos", "/terminos")],
             chrome=chrome("CartaNatal", "Mi perfil"))
    p.sec("Datos de nacimiento",
          p.text("Fecha de nacimiento", "1994-03-21", typ="date"),
          p.text("Ciudad de nacimiento", "Valencia"),
          p.cb("Proteger mi carta natal del entrenamiento de IA", True, ai=False, shape="i"),
          p.sel("Sistema de casas", ["Placidus", "Koch", "Casas iguales"], 0))
    p.sec("Lecturas",
          p.sw("Lecturas diarias personalizadas", True, help="Se generan a partir de tus tránsitos del día."),
          p.bsw("Ayudar a mejorar las lecturas", True, naming="lb",
                help="Tus valoraciones de cada lectura (me gusta / no me gusta) se usan para entrenar el modelo que las redacta.", ai=True, shape="v"),
          p.state("Entrenamiento de IA con tus conversaciones", "Desactivado", "Activar", ai=False, shape="p"),
          p.hide(p.sel("Compatibilidades para entrenamiento de modelos", ["No compartir", "Compartir"], 0, ai=False, shape="p", hid=True)))
    p.sec("Notificaciones",
          p.cb("Horóscopo del día", True),
          p.cb("Mercurio retrógrado", True),
          p.cb("Novedades del astrólogo con IA", False),
          p.cb("Promociones", False))
    p.sec("Pagos y cuenta",
          p.btn("Gestionar suscripción"),
          p.btn("Descargar mis datos"),
          p.btn("Eliminar cuenta"))
    p.sec("Publicidad",
          p.cb("Anuncios personalizados", False),
          p.cb("Compartir datos de uso con socios de medición", False))
    return p


def serenamente():
    p = Page("es", "serenamente-preferencias", "https://serenamente.test/perfil/preferencias", "Serenamente",
             "Preferencias | Serenamente", "Preferencias", "dialog", known=False,
             notes="Meditación (tú); segmentado 'Retirar… No' (doble negación), switch bajo encabezado de entrenamiento, select vago con ayuda.",
             lead="Ajusta tu práctica y decide qué compartes.",
             nav=[("Mi perfil", "/perfil"), ("Preferencias", "/perfil/preferencias"), ("Recordatorios", "/perfil/recordatorios"),
                  ("Suscripción", "/perfil/suscripcion"), ("Ayuda", "/ayuda")],
             active=1, footer=[("Quiénes somos", "/nosotros"), ("Privacidad", "/privacidad"), ("Términos", "/terminos")],
             chrome=chrome("Serenamente", "Perfil"))
    p.sec("Práctica",
          p.sel("Duración habitual", ["5 minutos", "10 minutos", "15 minutos", "30 minutos"], 1),
          p.rg("Voz", ["Lucía", "Andrés", "Sin voz"], 0),
          p.cb("Sonidos de la naturaleza de fondo", True),
          p.sw("Modo sin conexión", False))
    p.sec("Privacidad de tus datos",
          p.sw("Recomendaciones según tu estado de ánimo", True, help="Se calculan con tus registros de ánimo."),
          p.seg("Retirar mis datos del entrenamiento de modelos", ["Sí", "No"], 1, ai=True, shape="i"),
          p.sel("Aportación a la investigación", ["Ninguna", "Solo estadísticas", "Sesiones y diario"], 0,
                help="La opción «Sesiones y diario» permite que universidades asociadas usen tus datos para entrenar sus propios modelos.",
                ai=False, shape="v"),
          p.hide(p.cb("Usar mis sesiones para entrenar la IA de Serenamente", False, ai=False, shape="p", hid=True),
                 title="¿Nos ayudas a mejorar?", close="Cerrar"))
    p.sec("Entrenamiento de la IA",
          p.sw("Diario de gratitud", True, ai=True, shape="h"),
          intro="Los contenidos que actives aquí se usarán para entrenar y mejorar nuestros modelos de IA.")
    p.sec("Avisos",
          p.cb("Recordatorio diario", True),
          p.cb("Retos semanales", False),
          p.cb("Avisarme de nuevas meditaciones creadas con IA", False))
    p.sec("Accesibilidad",
          p.cb("Subtítulos en las sesiones guiadas", True),
          p.cb("Reducir animaciones", False),
          p.btn("Exportar mi historial"),
          p.btn("Conectar con Apple Salud"),
          p.sel("Idioma de las meditaciones", ["Español de España", "Español latino"], 0))
    return p


PAGES = [jotform, encuestaviva, midiario, cartanatal, serenamente]

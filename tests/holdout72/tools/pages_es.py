from lib import Page, LANGS

L = LANGS["es"]


def elpais():
    p = Page("es", "elpais-privacidad", "https://elpais.com/cuenta/privacidad/", "EL PAÍS",
             "Privacidad | Mi cuenta | EL PAÍS", "Privacidad",
             "Servicio conocido (reconstrucción, tuteo). Interruptor-botón con aria-label explícito, fieldset «Excluir» (invertido), fila de estado «Salir» con sufijo oculto cuyo texto de ayuda habla de entrenamiento; casilla de socios con display:none en línea.",
             ["Mi cuenta", "Suscripción", "Newsletters", "Privacidad", "Comentarios", "Ayuda"], active=3,
             intro="Decide cómo usamos tu información más allá de mostrarte las noticias.",
             known=True, search=("Buscar", "Buscar en EL PAÍS"), langsel=("Edición", [("es", "España"), ("es-mx", "México"), ("es-us", "América"), ("ca", "Catalunya")]),
             account=("Mi cuenta", ["Mi suscripción", "Guardados", "Cerrar sesión"]),
             footer=("© EDICIONES EL PAÍS S.L.", "Aviso legal", "Política de privacidad", "Política de cookies", "Contacto"),
             prefix="ep", hide_class="oculto", accent="#0a5fa8", font="MajritTx,Georgia,serif")
    p.sec("Tu lectura")
    p.bsw("Usar mi actividad de lectura para entrenar la IA de EL PAÍS", True, visible="Actividad de lectura e IA", ai="p")
    p.sw("Continuar leyendo en otros dispositivos", True)
    p.sw("Escuchar noticias con voz sintética", False, help="La voz se genera automáticamente; no aprende de lo que escuchas.")
    p.end()
    p.sec("Comentarios")
    p.text("Nombre visible", "Lucía_R")
    p.radios("Excluir mis comentarios del entrenamiento de modelos", ["Sí, excluirlos", "No"], 0, shares=[False, True], ai="i")
    p.cb("Ceder mis comentarios a socios para entrenar IA", False, hide="inline")
    p.cb("Avisarme cuando respondan a mis comentarios", True)
    p.end()
    p.sec("Laboratorio de lectores")
    p.state("Participas en el Laboratorio de lectores", "Tus búsquedas en la hemeroteca nos ayudan a mejorar.", "Salir",
            sharing=True, suffix="del Laboratorio de lectores",
            help="Las búsquedas se incorporan a los datos con los que entrenamos nuestro buscador semántico.", ai="v")
    p.cb("Invitarme a probar nuevas funciones", False)
    p.end()
    p.sec("Newsletters")
    p.cb("La Newsletter de la mañana", True)
    p.cb("Lo mejor de Opinión", False)
    p.cb("Ofertas de EL PAÍS y sus socios", False)
    p.cb("Escuela de Periodismo: cursos sobre inteligencia artificial", False)
    p.end()
    p.sec("Publicidad y datos")
    p.sw("Publicidad personalizada", False)
    p.sw("Medición de audiencias", True, help="Datos agregados. No se usan para entrenar modelos.")
    p.button("Descargar mis datos")
    p.button("Cerrar sesión en todos los dispositivos")
    p.button("Eliminar cuenta")
    p.end()
    return p


def vega():
    p = Page("es", "diariodelavega-preferencias", "https://suscriptores.diariodelavega.test/mi-cuenta/preferencias", "Diario de la Vega",
             "Preferencias – Diario de la Vega", "Preferencias del suscriptor",
             "Periódico local inventado (usted). Tabla con columna «Entrenar modelos de IA» (solo encabezado), botones segmentados vagos con ayuda; interruptor de hijos oculto con clase display:none.",
             ["Mi suscripción", "Reparto", "Preferencias", "Boletines", "Facturas"], active=2,
             intro="Su periódico de la comarca desde 1921.",
             search=("Buscar", "Buscar en la hemeroteca"), langsel=("Idioma", L),
             account=("D. Andrés Molina", ["Edición impresa en PDF", "Reparto", "Cerrar sesión"]),
             footer=("Diario de la Vega, S.A. · Plaza Mayor 7", "Aviso legal", "Privacidad", "Contacte con la redacción"),
             prefix="dv", hide_class="no-mostrar", accent="#8e2430", font="'Libre Baskerville',serif", bg="#f5f1ea")
    p.sec("Reparto a domicilio")
    p.select("Días de reparto", ["Todos los días", "Solo fines de semana", "Solo domingos"], 0)
    p.text("Indicaciones para el repartidor", "Portal 2, dejar en conserjería")
    p.cb("Avisarme por SMS si hay retrasos", False)
    p.end()
    p.sec("Sus aportaciones")
    p.table("Qué puede hacer el periódico con lo que usted envía", "Tipo de aportación",
            ["Publicar con mi nombre", "Entrenar modelos de IA"], ["Cartas al director", "Fotos de lectores"],
            [[True, False], [True, True]], ai_cols={1: ("h", False)})
    p.end()
    p.sec("Asistente de voz del Diario")
    p.seg("Mejora del asistente de voz", ["Colaborar", "No colaborar"], 1, shares=[True, False],
          help="Si colabora, sus consultas grabadas se usan para entrenar el modelo de reconocimiento de voz del asistente.", ai="v")
    p.sw("Leer en voz alta la portada cada mañana", True)
    p.end()
    p.sec("Cuentas familiares")
    p.sw("Entrenar la IA con la actividad de mis hijos", False, hide="class")
    p.button("Añadir lector de la familia")
    p.cb("Contenido apto para menores en cuentas infantiles", True)
    p.end()
    p.sec("Boletines")
    p.cb("La Vega al día", True)
    p.cb("Esquelas", False)
    p.cb("Deportes comarcales", True)
    p.cb("Promociones de comercios de la zona", False)
    p.end()
    p.sec("Cuenta")
    p.button("Cambiar contraseña")
    p.button("Darse de baja")
    p.end()
    return p


def titulares():
    p = Page("es", "titularesya-privacidad", "https://www.titularesya.test/ajustes/privacidad", "Titulares Ya",
             "Privacidad · Titulares Ya", "Privacidad",
             "Agregador inventado (tuteo). Radiogroup bajo el título «Entrenamiento de nuestros modelos» (solo encabezado), casilla «No quiero…» (invertida), desplegable explícito; interruptor de reacciones con aria-hidden.",
             ["Tu portada", "Fuentes", "Privacidad", "Avisos", "Apariencia"], active=2,
             search=("Buscar", "Busca temas o medios"), langsel=("Idioma", L),
             account=("Perfil", ["Cambiar de cuenta", "Titulares Plus", "Salir"]),
             footer=("Titulares Ya S.L.", "Privacidad", "Términos", "Transparencia", "Empleo"),
             prefix="ty", hide_class="esconder", accent="#e85d04", font="Rubik,sans-serif", bg="#f8f8f8")
    p.sec("Entrenamiento de nuestros modelos", "Así nuestro sistema aprende a elegir mejor tus titulares.")
    p.rgroup("Tus lecturas guardadas", ["Se usan", "No se usan"], 0, shares=[True, False], ai="h")
    p.bsw("Entrenar con mis reacciones", True, hide="aria")
    p.end()
    p.sec("Tus datos")
    p.cb("No quiero que mis datos se usen para entrenar modelos", False, ai="i")
    p.select("Entrenamiento de modelos con mis búsquedas", ["Activado", "Desactivado"], 1, shares=[True, False], ai="p")
    p.button("Borrar historial de búsqueda")
    p.end()
    p.sec("Portada")
    p.sw("Ocultar noticias de pago", False)
    p.sw("Resúmenes con IA", True, help="Se generan solo a partir del texto de cada noticia.")
    p.select("País", ["España", "México", "Argentina", "Colombia"], 0)
    p.rgroup("Tamaño de letra", ["Pequeño", "Normal", "Grande"], 1)
    p.end()
    p.sec("Avisos")
    p.sw("Última hora", True)
    p.sw("Resumen de la noche", False)
    p.cb("Partidos de mi equipo", True)
    p.seg("Frecuencia de avisos", ["Pocos", "Normal", "Todos"], 1, how="label")
    p.sw("No molestar por la noche", True)
    p.sw("Sugerir pódcasts de actualidad", False)
    p.end()
    p.sec("Cuenta")
    p.button("Apps conectadas")
    p.button("Exportar mis datos")
    p.button("Eliminar cuenta")
    p.end()
    return p


def radar():
    p = Page("es", "radardeprensa-datos", "https://app.radardeprensa.test/configuracion/datos", "Radar de Prensa",
             "Datos y privacidad — Radar de Prensa", "Datos y privacidad de su organización",
             "Servicio inventado de seguimiento de medios para agencias (usted). Interruptor explícito sobre los dosieres de clientes, fila de estado «Desactivar» la exclusión vía aria-labelledby (invertida), interruptor-botón vago con ayuda; casilla con visibility:hidden.",
             ["Panel", "Clientes", "Alertas", "Datos y privacidad", "Equipo", "Facturación"], active=3,
             intro="Estos ajustes afectan a todas las personas de su organización.",
             search=("Buscar", "Buscar en noticias monitorizadas"), langsel=("Idioma", L),
             account=("Agencia Brisa", ["Perfil de la organización", "Usuarios", "Cerrar sesión"]),
             footer=("Radar de Prensa S.L.", "Condiciones del servicio", "Encargo de tratamiento", "Soporte"),
             prefix="rp", hide_class="oculta", accent="#37474f", font="'Open Sans',sans-serif", bg="#eef1f3")
    p.sec("Datos de clientes")
    p.sw("Usar los dosieres de mis clientes para entrenar modelos", False, ai="p")
    p.sw("Compartir dosieres con el cliente por enlace", True)
    p.select("Conservar dosieres durante", ["6 meses", "1 año", "3 años"], 1)
    p.end()
    p.sec("Entrenamiento de IA")
    p.state("Exclusión del entrenamiento de IA para su organización", "Activa desde el 12/03/2025", "Desactivar", sharing=False, ai="i")
    p.cb("Compartir consultas con proveedores de IA para entrenamiento", False, hide="visibility")
    p.end()
    p.sec("Etiquetado")
    p.bsw("Alertas y etiquetas de su equipo", True, how="labelledby",
          help="Las etiquetas que su equipo asigna a las noticias sirven para entrenar nuestro clasificador automático.", ai="v")
    p.sw("Sugerencias automáticas de etiquetas", True, help="Las sugerencias usan un modelo general; no aprenden de sus datos.")
    p.end()
    p.sec("Alertas")
    p.cb("Alerta inmediata por menciones en prensa nacional", True)
    p.cb("Resumen diario a las 8:00", True)
    p.cb("Informe semanal en PDF", False)
    p.text("Destinatarios adicionales", "prensa@agenciabrisa.example")
    p.select("Idioma de los informes", ["Español", "Inglés", "Portugués"], 0)
    p.cb("Incluir prensa regional", True)
    p.cb("Incluir radio y televisión", False)
    p.end()
    p.sec("Seguridad")
    p.sw("Inicio de sesión único (SSO)", True)
    p.sw("Exigir doble factor a todo el equipo", True)
    p.button("Ver registro de actividad")
    p.button("Exportar datos de la organización")
    p.end()
    return p


def alcance():
    p = Page("es", "revistaalcance-privacidad", "https://cuenta.revistaalcance.test/privacidad", "Alcance",
             "Privacidad — Revista Alcance", "Tu privacidad",
             "Revista inventada con pódcast y newsletter (tuteo). Fieldset de radio explícito, casilla «Bloquear…» (invertida) dentro de un details cerrado (plegada, se etiqueta); interruptor de notas de voz dentro de un diálogo cerrado.",
             ["Mi suscripción", "Newsletter", "Pódcast", "Privacidad", "Pagos"], active=3,
             search=("Buscar", "Buscar reportajes"), langsel=("Idioma", L),
             account=("Marta", ["Mis guardados", "Número del mes", "Cerrar sesión"]),
             footer=("Revista Alcance · periodismo de largo recorrido", "Aviso legal", "Privacidad", "Escríbenos"),
             prefix="ra", hide_class="fuera", accent="#00695c", font="Fraunces,serif", bg="#fbfaf7")
    p.sec("Pódcast «Alcance en voz alta»")
    p.radios("¿Podemos entrenar nuestros modelos con tus respuestas al pódcast?", ["Sí", "No"], 0, shares=[True, False], ai="p")
    dlg = []
    p.sw("Entrenamiento con mis notas de voz", True, hide="dialog", out=dlg)
    p.cb("Usar mi nombre al leer mi nota", False, out=dlg)
    p.dialog("Más opciones", "Más opciones del pódcast", dlg, "Cerrar")
    p.sw("Descargar episodios nuevos", True)
    p.end()
    p.sec("Comentarios")
    p.text("Alias", "marta.lee")
    p.cb("Mostrar mi foto junto a mis comentarios", True)
    p.add('<details><summary>Opciones avanzadas de comentarios</summary>')
    p.cb("Bloquear el uso de mis comentarios para entrenar IA", True, ai="i")
    p.cb("Ocultar comentarios con muchos votos negativos", False)
    p.add("</details>")
    p.end()
    p.sec("Newsletter")
    p.cb("La carta del domingo", True)
    p.cb("Adelantos del número impreso", True)
    p.cb("Talleres y cursos de periodismo", False)
    p.select("Formato", ["HTML", "Texto plano"], 0)
    p.end()
    p.sec("Suscripción")
    p.rgroup("Plan", ["Digital", "Digital + papel"], 0)
    p.button("Regalar una suscripción")
    p.sw("Recibir la revista impresa sin plástico", True)
    p.text("Dirección de envío", "C/ Olivo 14, 3.º B, Sevilla")
    p.button("Cambiar tarjeta")
    p.button("Cancelar suscripción")
    p.end()
    return p


def pages():
    return [elpais(), vega(), titulares(), radar(), alcance()]

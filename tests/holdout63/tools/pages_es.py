from lib import Page

CH = dict(search="Buscar", langlabel="Idioma", account="Mi cuenta", menu=["Perfil", "Documentos", "Cerrar sesión"],
          navlabel="Ajustes", footlabel="Legal", footer=["Ayuda", "Privacidad", "Aviso legal", "Cookies"])


def fintonic():
    p = Page("es", "fintonic-privacidad", "Fintonic", "https://www.fintonic.com/app/ajustes/privacidad",
             "Servicio conocido (finanzas personales), tuteo. Casilla explícita marcada, interruptor vago 'Contribuir "
             "al FinScore colectivo' cuya ayuda (aria-describedby) habla de entrenar (desactivado), fila de estado "
             "'Revocar el permiso…' con sufijo oculto visualmente (permiso dado = entrena). Señuelos: categorización "
             "inteligente, ofertas de préstamos, alertas. Oculto: display:none en línea.",
             dict(CH, search="Buscar movimientos", account="Tu perfil"), "Privacidad",
             ["Resumen", "Bancos", "Alertas", "FinScore", "Privacidad", "Seguridad"], known=True, current=4,
             title="Privacidad | Fintonic")
    m = []
    m.append(p.sec("Categorización y alertas", None,
                   p.sw("Categorización inteligente de movimientos", on=True,
                        help="Ordena tus gastos por categorías en cuanto llegan del banco."),
                   p.cb("Avisarme de cargos duplicados", checked=True),
                   p.cb("Avisarme antes de que venza un recibo", checked=True),
                   p.sel("Resumen de gastos", ["Semanal", "Mensual", "Nunca"], 1)))
    m.append(p.sec("Tus datos y nuestra inteligencia artificial", None,
                   p.cb("Permitir que Fintonic use mis movimientos para entrenar sus modelos de IA", checked=True, ai="p"),
                   p.sw("Contribuir al FinScore colectivo", on=False, ai="v",
                        help="Tus datos de pagos, sin nombre ni DNI, se usan para entrenar el modelo que calcula el FinScore de todos los usuarios."),
                   p.state("Entrenamiento con tus conversaciones", "Permitido", "Revocar", True,
                           suffix=" el permiso para entrenar la IA con mis conversaciones", ai="i",
                           help="Se refiere a los chats con el asistente de Fintonic.")))
    m.append(p.hide("inline-display-none", lambda: p.sec("Socios", None,
                    p.cb("Ceder mis datos a socios tecnológicos para entrenar sus modelos", checked=True, ai="p"))))
    m.append(p.sec("Ofertas", None,
                   p.cb("Ofertas de préstamos y seguros adaptadas a mí", checked=False),
                   p.cb("Comunicaciones comerciales de entidades colaboradoras", checked=False)))
    m.append(p.sec("Tus datos", None,
                   p.btn("Descargar mis datos"), p.btn("Gestionar bancos conectados"),
                   p.btn("Darme de baja"), p.sw("Entrar con huella", on=True)))
    m.append(p.sec("Presupuestos", None,
                   p.sel("Inicio del mes contable", ["Día 1", "Día de cobro de la nómina"], 1),
                   p.cb("Incluir los gastos de mi pareja en el presupuesto común", checked=False),
                   p.btn("Crear un objetivo de ahorro")))
    return p, p.render("".join(m))


def alba():
    p = Page("es", "albacripto-privacidad", "Alba Cripto", "https://albacripto.test/cuenta/privacidad",
             "Exchange de cripto inventado, tuteo. Desplegable 'Tus depósitos y retiradas' que solo se entiende por "
             "el título y la intro (Incluir), grupo de radio (fieldset) 'Exclusión del entrenamiento de IA' (Excluir "
             "elegido), interruptor con texto explícito (desactivado). Señuelos: asistente de órdenes, Academia "
             "(curso), código antiphishing. Oculto: clase CSS con display:none.",
             dict(CH, search="Buscar criptomonedas", account="Cuenta"), "Privacidad",
             ["Resumen", "Seguridad", "Privacidad", "API", "Referidos", "Impuestos"], current=2, hide_class="oculto")
    m = []
    m.append(p.sec("Perfil público", None,
                   p.sw("Mostrar mi alias en el ranking de copy trading", on=False),
                   p.cb("Mostrar mis rentabilidades a mis seguidores", checked=False)))
    m.append(p.sec("Modelos de detección de fraude",
                   "Entrenamos nuestros sistemas de aprendizaje automático con la actividad real de la plataforma para frenar estafas.",
                   p.sel("Tus depósitos y retiradas", ["Incluir", "No incluir"], 0, shares=[True, False], ai="h")))
    m.append(p.sec("Tus datos y la IA", None,
                   p.radios("Exclusión del entrenamiento de IA", ["No excluir mis datos", "Excluir mis datos"], 1,
                            shares=[True, False], ai="i"),
                   p.sw("Compartir mi historial de operaciones con socios de IA para entrenar sus modelos", on=False,
                        ai="p", nmode="text"),
                   p.sw("Asistente de IA para órdenes", on=True,
                        help="Te propone precios límite a partir del libro de órdenes. No guarda tus consultas.")))
    m.append(p.div(p.hide("css-class", lambda: p.cb("Usar mis chats de soporte para entrenar al agente virtual",
                                                    checked=True, ai="p"))))
    m.append(p.sec("Notificaciones", None,
                   p.cb("Alertas de precio", checked=True), p.cb("Nuevos listados", checked=False),
                   p.seg("Canal", ["App", "Email", "SMS"], 0)))
    m.append(p.sec("Academia Alba", None, p.cb("Apuntarme al curso de trading para principiantes", checked=False)))
    m.append(p.sec("Seguridad", None,
                   p.inp("Código antiphishing", "ALBA-2291"), p.btn("Lista blanca de direcciones"),
                   p.btn("Gestionar claves API"), p.btn("Descargar mi información")))
    m.append(p.sec("Staking", None,
                   p.sw("Reinvertir recompensas automáticamente", on=True)))
    return p, p.render("".join(m))


def indexo():
    p = Page("es", "indexo-datos", "Indexo", "https://clientes.indexo.test/perfil/datos-y-privacidad",
             "Roboadvisor/planes de pensiones inventado, trato de usted. Tabla cuyo título (caption) dice que se "
             "entrenan los algoritmos y la columna solo dice 'Permitir' (dos filas, mezcladas), interruptor con "
             "aria-label 'No usar mis datos para mejorar los modelos' activado (no entrena), casilla vaga cuya ayuda "
             "cercana habla de entrenar (marcada). Señuelos: rebalanceo, formación financiera, informes. Oculto: "
             "aria-hidden.",
             dict(CH, search="Buscar en su área", account="Área de cliente"), "Datos y privacidad",
             ["Posición global", "Fondos indexados", "Plan de pensiones", "Aportaciones", "Datos y privacidad",
              "Documentación"], current=4)
    m = []
    m.append(p.sec("Su cartera", None,
                   p.sw("Rebalanceo automático", on=True),
                   p.sel("Aportación periódica", ["Ninguna", "100 € al mes", "250 € al mes", "500 € al mes"], 2),
                   p.cb("Recibir el informe trimestral en papel", checked=False)))
    m.append(p.sec("Nuestros algoritmos", None,
                   p.table("Uso de sus datos para entrenar nuestros algoritmos de inversión", ["Tipo de dato", "Permitir"],
                           [("Aportaciones periódicas", [True]), ("Respuestas del test de idoneidad", [False])],
                           colai={1: ("h", False)}),
                   p.sw("No usar mis datos para mejorar los modelos", on=True, ai="i", nmode="aria"),
                   p.cb("Participar en el programa de mejora continua", checked=True, ai="v", hmode="near",
                        help="Incluye el uso de sus datos de cartera para entrenar los modelos de asignación de activos.")))
    m.append(p.div(p.hide("aria-hidden", lambda: p.sw("Ceder datos a universidades para entrenar modelos de IA", on=True,
                                                      ai="p"))))
    m.append(p.sec("Formación financiera", None,
                   p.cb("Inscribirme en el curso «Invertir a largo plazo»", checked=True),
                   p.cb("Recibir invitaciones a charlas en directo", checked=False)))
    m.append(p.sec("Beneficiarios y documentación", None,
                   p.btn("Modificar beneficiarios"), p.btn("Descargar certificado fiscal"),
                   p.btn("Solicitar copia de mis datos"), p.sw("Firma con clave SMS", on=True)))
    m.append(p.sec("Comunicaciones", None,
                   p.cb("Novedades de producto por correo", checked=False),
                   p.radios("Idioma de los documentos", ["Castellano", "Català", "English"], 0)))
    return p, p.render("".join(m))


def pagapp():
    p = Page("es", "pagapp-privacidad", "Pagapp", "https://pagapp.test/ajustes/privacidad",
             "App de pagos entre amigos inventada, tuteo. Botones aria-pressed 'Entrenamiento de IA con mis pagos' "
             "(No), casilla 'Oponerme…' dentro de <details> cerrado (sin marcar = entrena), fila de estado "
             "'Desactivar Programa Mejora Pagapp' (aria-labelledby), vaga salvo por la ayuda (activado). Señuelos: "
             "dividir gastos con IA, visibilidad, límites. Oculto: visibility:hidden.",
             dict(CH, search="Buscar contactos", account="Yo"), "Privacidad",
             ["Perfil", "Privacidad", "Tarjetas", "Límites", "Notificaciones", "Ayuda"], current=1)
    m = []
    m.append(p.sec("Visibilidad", None,
                   p.radios("¿Quién ve tus pagos?", ["Todo el mundo", "Mis contactos", "Solo yo"], 1),
                   p.cb("Que me encuentren por mi número de móvil", checked=True),
                   p.cb("Mostrar mis emojis en los pagos públicos", checked=True)))
    m.append(p.sec("Inteligencia artificial", None,
                   p.sw("Dividir gastos con IA", on=True,
                        help="Lee el ticket que fotografías y reparte el importe. La foto se borra al terminar."),
                   p.seg("Entrenamiento de IA con mis pagos", ["Sí", "No"], 1, shares=[True, False], ai="p"),
                   p.state("Programa Mejora Pagapp", "Activado", "Desactivar", True, nmode="lby2", ai="v",
                           help="Con él usamos el texto de tus conceptos para entrenar el modelo que detecta estafas."),
                   p.details("Más opciones",
                             p.cb("Oponerme al uso de mis notas de pago para entrenar modelos", checked=False, ai="i"),
                             p.btn("Ver historial de consentimientos"))))
    m.append(p.hide("visibility-hidden", lambda: p.cb("Compartir mis pagos con socios para entrenar su IA",
                                                      checked=True, ai="p")))
    m.append(p.sec("Límites y tarjetas", None,
                   p.sel("Límite diario", ["300 €", "600 €", "1.000 €"], 0),
                   p.btn("Añadir tarjeta"), p.btn("Bloquear tarjeta")))
    m.append(p.sec("Notificaciones", None,
                   p.cb("Cuando recibo dinero", checked=True), p.cb("Recordatorios de solicitudes pendientes", checked=True),
                   p.btn("Descargar mis movimientos")))
    m.append(p.sec("Seguridad", None, p.sw("Pedir PIN en cada pago", on=False)))
    return p, p.render("".join(m))


def puntua():
    p = Page("es", "puntua-uso-datos", "Puntúa", "https://mi.puntua.test/configuracion/uso-de-datos",
             "Servicio de puntuación de crédito inventado, trato de usted. Grupo role=radiogroup explícito (Sí), "
             "casilla con aria-labelledby 'Bancos y financieras' que solo se entiende por el título y la intro "
             "(marcada), casilla envolvente 'Retirar mi consentimiento…' de la unidad familiar (sin marcar = "
             "entrena). Señuelos: explicación con IA, alertas de consultas, ofertas. Oculto: <dialog> cerrado.",
             dict(CH, search="Buscar ayuda", account="Mi área"), "Uso de datos",
             ["Mi puntuación", "Informe", "Alertas", "Uso de datos", "Seguridad"], current=3)
    m = []
    m.append(p.sec("Su puntuación", None,
                   p.sw("Explicación de su puntuación con IA", on=True,
                        help="Un asistente le explica qué factores pesan más. Solo lee su propio informe."),
                   p.btn("Descargar informe en PDF"),
                   p.cb("Avisarme cuando una entidad consulte mi historial", checked=True)))
    m.append(p.sec("Nuestros modelos", None,
                   p.radios("Usar mi historial crediticio para entrenar los modelos de puntuación de Puntúa",
                            ["Sí, lo autorizo", "No"], 0, shares=[True, False], ai="p", mode="rg"),
                   p.cb("Retirar mi consentimiento para el entrenamiento con datos de mi unidad familiar",
                        checked=False, ai="i", nmode="wrap")))
    op, dlg = p.dialog("Configuración avanzada", "Configuración avanzada",
                       lambda: p.cb("Permitir a investigadores entrenar modelos con mis datos", checked=True, ai="p"),
                       close="Cerrar")
    m.append(p.sec("Entidades asociadas que entrenan inteligencia artificial",
                   "Algunas entidades financieras nos piden datos de solvencia para entrenar sus propios modelos de riesgo.",
                   p.cb("Bancos y financieras", checked=True, ai="h", nmode="lby"), op, dlg))
    m.append(p.sec("Ofertas", None,
                   p.cb("Ofertas de crédito preconcedidas", checked=False),
                   p.cb("Boletín mensual con consejos", checked=True)))
    m.append(p.sec("Seguridad", None,
                   p.btn("Cambiar contraseña"), p.sw("Verificación en dos pasos", on=True),
                   p.sel("Cerrar sesión tras", ["5 minutos", "15 minutos", "30 minutos"], 1),
                   p.btn("Eliminar mi cuenta")))
    m.append(p.sec("Informes compartidos", "Personas a las que ha dado acceso a su informe.",
                   p.btn("Revocar acceso de su arrendador"), p.btn("Compartir con un nuevo destinatario")))
    return p, p.render("".join(m))


PAGES = [fintonic, alba, indexo, pagapp, puntua]

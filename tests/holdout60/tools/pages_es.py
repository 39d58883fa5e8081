from lib import Page

CH = dict(skip="Saltar al contenido principal", search_label="Buscar", search_ph="Buscar…",
          lang_label="Idioma", account="Abrir el menú de la cuenta", signout="Cerrar sesión",
          menu=[("Perfil", "/perfil"), ("Ajustes", "/ajustes")], nav_label="Ajustes")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


# ---------------------------------------------------------------- Postman
def postman():
    p = Page("es", "postman-privacidad", "Postman", "https://go.postman.co/settings/me/privacy",
             "Privacidad · Ajustes de la cuenta · Postman", known=True, hide_class="pm-oculto",
             notes="Servicio conocido, reconstruido (tuteo). Casilla 'Ayudar a mejorar Postbot' cuyo sentido está solo en "
                   "la ayuda (aria-describedby), desmarcada; interruptor con aria-labelledby 'Excluir mis colecciones del "
                   "entrenamiento de IA' activado. Señuelos: funciones de Postbot, historial, certificación (curso), "
                   "exportación. Oculto: diálogo cerrado de datos del equipo.")
    bot = p.section("Postbot",
                    p.switch("Sugerencias de Postbot en el editor de scripts", True,
                             desc_line="Postbot propone tests y snippets a partir de la respuesta que tienes abierta.")
                    + p.switch("Generar documentación de colecciones con IA", False)
                    + p.checkbox("Ayudar a mejorar Postbot", False, ai="v",
                                 help="Usaremos tus solicitudes, colecciones y respuestas de ejemplo para entrenar los "
                                      "modelos de Postbot. Nunca incluimos valores de variables secretas.")
                    + p.switch("Excluir mis colecciones del entrenamiento de IA", True, ai="i"),
                    intro="Postbot es el asistente de IA de Postman.")
    team = p.section("Espacio de trabajo del equipo",
                     "<p>Los administradores de <strong>Equipo Dunas</strong> deciden cómo se usan los datos compartidos.</p>"
                     + p.dialog("Configurar el uso de datos del equipo", "Uso de datos del equipo", lambda:
                                p.checkbox("Permitir que Postman entrene modelos con los datos del equipo", True, ai="p"),
                                close="Cerrar"))
    hist = p.section("Historial y sincronización",
                     p.checkbox("Sincronizar el historial de solicitudes entre dispositivos", True)
                     + p.select("Conservar el historial", [("30 días", None), ("90 días", None), ("Siempre", None)], 1)
                     + p.checkbox("Guardar las respuestas en el historial", False)
                     + p.checkbox("Recibir novedades de producto por correo", False)
                     + p.checkbox("Enviar estadísticas de uso anónimas", True,
                                  help="Sirven para saber qué funciones se usan más; no se utilizan para entrenar modelos."))
    acct = p.section("Cuenta",
                     p.input("Nombre público", "Lucía Ferrer")
                     + p.button("Exportar mis datos", kind="button") + " "
                     + p.button("Gestionar aplicaciones conectadas", kind="button") + " "
                     + p.button("Activar verificación en dos pasos", kind="button") + " "
                     + p.button("Obtener la certificación API Fundamentals", kind="button") + " "
                     + p.button("Guardar cambios", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Buscar en Postman", account="Cuenta de Lucía Ferrer",
                       menu=[("Ver perfil", "/profile"), ("Ajustes de la cuenta", "/settings/me")]),
                    [("Perfil", "/settings/me/profile", False), ("Ajustes de la cuenta", "/settings/me/account", False),
                     ("Privacidad", "/settings/me/privacy", True), ("Notificaciones", "/settings/me/notifications", False),
                     ("Claves de API", "/settings/me/api-keys", False)],
                    bot + team + hist + acct,
                    ([("Centro de ayuda", "https://learning.postman.com"), ("Privacidad", "https://www.postman.com/legal/privacy-policy/"),
                      ("Estado", "https://status.postman.com")], "© 2025 Postman, Inc."),
                    h1="Privacidad", brand="Postman")
    return p, html


# ---------------------------------------------------------------- Nubarrón (invented console, usted)
def nubarron():
    p = Page("es", "nubarron-consola-ia", "Nubarrón Cloud",
             "https://consola.nubarron.test/proyectos/tienda-sur/ajustes/ia",
             "IA y datos · tienda-sur · Consola de Nubarrón", hide_class="nb-no-mostrar",
             notes="Consola inventada, trato de usted. Lista desplegable que nombra el entrenamiento ('Solo datos "
                   "anonimizados' = comparte); tabla cuyo título explica las casillas (socios no, universidades sí); "
                   "casilla invertida en infinitivo 'Proteger los registros de auditoría…' marcada. Señuelos: asistente "
                   "de consultas, alertas de coste, región. Oculto: clase CSS con display:none.")
    gen = p.section("Proyecto",
                    p.input("Nombre del proyecto", "tienda-sur")
                    + p.select("Región predeterminada", [("Madrid (eu-mad-1)", None), ("São Paulo (sa-sp-1)", None),
                                                         ("Ciudad de México (na-mx-1)", None)], 0)
                    + p.checkbox("Avisarme por correo si el gasto supera el presupuesto", True)
                    + p.input("Presupuesto mensual (EUR)", "400", type="number")
                    + p.checkbox("Impedir borrar recursos etiquetados como producción", True))
    asis = p.section("Asistente de Nubarrón",
                     p.switch("Asistente de consultas SQL", True, mode="aria",
                              desc_line="Traduce preguntas a consultas. No guarda sus datos para entrenar.")
                     + p.switch("Explicar errores de despliegue", True, mode="aria"))
    tr = p.section("Entrenamiento de modelos",
                   p.select("Uso de los datos del proyecto para entrenar modelos de IA",
                            [("Permitido", True), ("Solo datos anonimizados", True), ("No permitido", False)], 1, ai="p")
                   + p.table("Terceros que pueden entrenar modelos con sus datos", "Destinatario", ["Permitir"], [
                       ("Socios tecnológicos de Nubarrón", [(False, "h")]),
                       ("Universidades y centros de investigación", [(True, "h")]),
                   ])
                   + p.checkbox("Proteger los registros de auditoría frente al entrenamiento de IA", True, ai="i")
                   + p.hidden("class", lambda: p.checkbox("Permitir el entrenamiento con datos de facturación", False, ai="p")),
                   intro="Nubarrón desarrolla modelos propios de detección de anomalías y de previsión de capacidad.")
    sec = p.section("Acceso",
                    p.button("Crear clave de API", kind="button") + " "
                    + p.button("Revisar permisos (IAM)", kind="button") + " "
                    + p.button("Descargar registro de actividad", kind="button") + " "
                    + p.button("Eliminar proyecto", cls="btn btn-danger", kind="button") + " "
                    + p.button("Guardar", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Buscar recursos y servicios", account="Cuenta de a.quintero@tiendasur.test",
                       menu=[("Mi cuenta", "/cuenta"), ("Facturación", "/facturacion")]),
                    [("Resumen", "/proyectos/tienda-sur", False), ("Cómputo", "/proyectos/tienda-sur/computo", False),
                     ("Bases de datos", "/proyectos/tienda-sur/bd", False), ("IAM", "/proyectos/tienda-sur/iam", False),
                     ("IA y datos", "/proyectos/tienda-sur/ajustes/ia", True)],
                    gen + asis + tr + sec,
                    ([("Documentación", "https://docs.nubarron.test"), ("Estado", "https://estado.nubarron.test"),
                      ("Aviso legal", "https://nubarron.test/aviso-legal")], "© 2025 Nubarrón Cloud S.L."),
                    h1="IA y datos", brand="Nubarrón")
    return p, html


# ---------------------------------------------------------------- Cajón (invented package registry, tú)
def cajon():
    p = Page("es", "cajon-cuenta-privacidad", "Cajón", "https://cajon.test/cuenta/privacidad",
             "Privacidad · Tu cuenta · Cajón", hide_class="cj-hide",
             notes="Registro de paquetes inventado (tuteo). Fila de estado 'Solicitar exclusión voluntaria…' con sufijo "
                   "visualmente oculto (no solicitada = comparte); grupo de radio 'Paquetes incluidos' cuyo sentido viene "
                   "del encabezado y la introducción ('Solo los públicos' = comparte). Señuelos: visibilidad, insignias, "
                   "tokens, curso de publicación. Oculto: display:none en línea.")
    prof = p.section("Perfil público",
                     p.input("Nombre de usuario", "mateo-dev")
                     + p.radios("¿Quién ve tu lista de paquetes?", [("Cualquiera", None), ("Solo usuarios con sesión", None)], 0)
                     + p.checkbox("Mostrar insignias de descargas en mis paquetes", True)
                     + p.checkbox("Mostrar mi correo a los mantenedores de mis dependencias", False))
    tr = p.section("Entrenamiento de modelos",
                   p.radios("Paquetes incluidos", [("Todos", True), ("Solo los públicos", True), ("Ninguno", False)], 1, ai="h")
                   + p.staterow("Exclusión voluntaria del entrenamiento de IA", "No solicitada", "Solicitar", ai="i",
                                sharing=True, suffix="exclusión voluntaria del entrenamiento de IA",
                                desc="Si la solicitas, dejaremos de usar todo tu contenido en un plazo de 30 días.")
                   + p.hidden("inline", lambda: p.checkbox("Incluir paquetes archivados en el entrenamiento", True, ai="p")),
                   intro="¿Qué paquetes tuyos pueden usarse para entrenar los modelos de IA de Cajón y de sus socios?")
    ia = p.section("Funciones de IA",
                   p.checkbox("Resumir el registro de cambios de cada versión", True,
                              help="El resumen lo genera un modelo ya entrenado.")
                   + p.checkbox("Avisarme de dependencias sospechosas", True))
    no = p.section("Notificaciones",
                   p.table("Avisos por correo", "Evento", ["Correo", "Web"], [
                       ("Nueva versión de un paquete que sigo", [(False,), (True,)]),
                       ("Vulnerabilidad en uno de mis paquetes", [(True,), (True,)]),
                   ]))
    acc = p.section("Acceso y datos",
                    p.button("Crear token de publicación", kind="button") + " "
                    + p.button("Configurar llave de seguridad", kind="button") + " "
                    + p.button("Descargar mis datos", kind="button") + " "
                    + p.button("Ver el curso «Publica tu primer paquete»", kind="button") + " "
                    + p.button("Cerrar cuenta", cls="btn btn-danger", kind="button") + " "
                    + p.button("Guardar", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Buscar paquetes", account="Menú de mateo-dev",
                       menu=[("Mis paquetes", "/~mateo-dev"), ("Organizaciones", "/orgs")]),
                    [("Perfil", "/cuenta/perfil", False), ("Paquetes", "/cuenta/paquetes", False),
                     ("Privacidad", "/cuenta/privacidad", True), ("Tokens", "/cuenta/tokens", False),
                     ("Seguridad", "/cuenta/seguridad", False)],
                    prof + tr + ia + no + acc,
                    ([("Documentación", "https://cajon.test/docs"), ("Privacidad", "https://cajon.test/privacidad"),
                      ("Código de conducta", "https://cajon.test/conducta")], "Cajón — registro comunitario"),
                    h1="Privacidad", brand="Cajón")
    return p, html


# ---------------------------------------------------------------- Trazo (invented issue tracker)
def trazo():
    p = Page("es", "trazo-espacio-ia", "Trazo", "https://app.trazo.test/espacio/ajustes/inteligencia-artificial",
             "Inteligencia artificial · Ajustes del espacio · Trazo", hide_class="tz-hidden",
             notes="Gestor de incidencias inventado, datos del espacio (tuteo). Botones segmentados 'Entrenar la IA de "
                   "Trazo con…' en 'Sí'; interruptor por contenido de texto con negación 'No usar los comentarios "
                   "privados…' activado; casilla vaga dentro de <details> cerrado con ayuda al lado (marcada). "
                   "Señuelos: resúmenes, detección de duplicados, formación para administradores. Oculto: aria-hidden.")
    feat = p.section("Funciones",
                     p.switch("Resumir incidencias largas", True, mode="text")
                     + p.switch("Detectar incidencias duplicadas", True, mode="text")
                     + p.switch("Redactar criterios de aceptación", False, mode="text"),
                     intro="Estas funciones usan modelos ya entrenados y no aprenden de tu espacio.")
    tr = p.section("Entrenamiento",
                   p.seg("Entrenar la IA de Trazo con las incidencias de este espacio", [("Sí", True), ("No", False)], 0, ai="p")
                   + p.switch("No usar los comentarios privados para entrenar modelos", True, mode="text", ai="i")
                   + p.details("Opciones avanzadas", lambda:
                               p.checkbox("Compartir ejemplos con el equipo de calidad de datos", True, ai="v", hm="after",
                                          help="Los ejemplos se etiquetan a mano y pasan a formar parte del conjunto con el "
                                               "que entrenamos nuestros modelos.")
                               + p.checkbox("Mostrar el historial de cambios de estos ajustes", True))
                   + p.hidden("aria", lambda: p.switch("Permitir que socios entrenen modelos con este espacio", False, mode="text", ai="p")),
                   intro="Solo las personas con rol de propietario pueden cambiar esta sección.")
    no = p.section("Avisos",
                   p.table("Cuándo avisar a los miembros", "Evento", ["Correo", "Aplicación"], [
                       ("Me asignan una incidencia", [(True,), (True,)]),
                       ("Cambia el estado de una incidencia que sigo", [(False,), (True,)]),
                   ]))
    ws = p.section("Espacio",
                   p.input("Nombre del espacio", "Equipo Plataforma")
                   + p.select("Resumen semanal por correo", [("Lunes", None), ("Viernes", None), ("Desactivado", None)], 0)
                   + p.checkbox("Permitir invitados externos", False)
                   + p.button("Exportar incidencias (CSV)", kind="button") + " "
                   + p.button("Integraciones", kind="button") + " "
                   + p.button("Reservar formación para administradores", kind="button") + " "
                   + p.button("Guardar cambios", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Buscar incidencias", account="Menú de Inés Carvajal",
                       menu=[("Mi perfil", "/perfil"), ("Mis notificaciones", "/notificaciones")]),
                    [("General", "/espacio/ajustes", False), ("Miembros", "/espacio/ajustes/miembros", False),
                     ("Flujos de trabajo", "/espacio/ajustes/flujos", False),
                     ("Inteligencia artificial", "/espacio/ajustes/inteligencia-artificial", True),
                     ("Facturación", "/espacio/ajustes/facturacion", False)],
                    feat + tr + no + ws,
                    ([("Ayuda", "https://ayuda.trazo.test"), ("Privacidad", "https://trazo.test/privacidad"),
                      ("Términos", "https://trazo.test/terminos")], "Trazo · Valencia"),
                    h1="Inteligencia artificial", brand="Trazo")
    return p, html


# ---------------------------------------------------------------- Códice (invented editor)
def codice():
    p = Page("es", "codice-ajustes-privacidad", "Códice", "https://codice.test/ajustes/privacidad",
             "Privacidad · Ajustes · Códice", hide_class="cd-fuera",
             notes="Editor inventado (tuteo). Casilla simple 'Permitir que Códice use mis fragmentos…' desmarcada; fila de "
                   "estado cuyo botón 'Retirar oposición' se nombra por aria-labelledby con el título 'Oposición al "
                   "entrenamiento con tus datos' (oposición presentada = no comparte); tabla con filas que ya dicen "
                   "'Entrenar con…'. Señuelos: autocompletado, índice local, informes de fallos sin entrenamiento. "
                   "Oculto: visibility:hidden.")
    ed = p.section("Editor",
                   p.checkbox("Autocompletado con IA", True)
                   + p.checkbox("Indexar el proyecto en local para la búsqueda semántica", True,
                                help="El índice no sale de tu equipo.")
                   + p.select("Tema", [("Claro", None), ("Oscuro", None), ("Alto contraste", None)], 1)
                   + p.select("Tamaño de tabulación", [("2", None), ("4", None), ("8", None)], 0))
    tr = p.section("Tus datos y nuestros modelos",
                   p.checkbox("Permitir que Códice use mis fragmentos de código para entrenar sus modelos", False, ai="p")
                   + p.table("Historial de la sesión", "Origen", ["Activado"], [
                       ("Entrenar con las sugerencias que acepto", [(True, "p")]),
                       ("Entrenar con las sugerencias que rechazo", [(False, "p")]),
                   ])
                   + p.staterow("Oposición al entrenamiento con tus datos", "Presentada el 3 de abril de 2025",
                                "Retirar oposición", ai="i", sharing=False, mode="lby")
                   + p.hidden("visibility", lambda:
                              p.checkbox("Compartir mis sesiones con investigadores para entrenar modelos", False, ai="p")),
                   intro="Elige qué puede aprender Códice de tu forma de programar.")
    diag = p.section("Diagnóstico",
                     p.checkbox("Enviar informes de fallos", True,
                                help="Solo trazas de pila y versión. No se usan para entrenar modelos.")
                     + p.checkbox("Buscar actualizaciones automáticamente", True)
                     + p.select("Canal de actualizaciones", [("Estable", None), ("Beta", None)], 0)
                     + p.checkbox("Sincronizar ajustes y atajos entre equipos", True))
    acc = p.section("Cuenta",
                    p.button("Descargar mis datos", kind="button") + " "
                    + p.button("Cerrar sesión en todos los dispositivos", kind="button") + " "
                    + p.button("Eliminar cuenta", cls="btn btn-danger", kind="button") + " "
                    + p.button("Guardar", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Buscar ajustes", account="Cuenta: pablo@montera.test",
                       menu=[("Cuenta", "/cuenta"), ("Licencias", "/licencias")]),
                    [("Cuenta", "/ajustes/cuenta", False), ("Editor", "/ajustes/editor", False),
                     ("Privacidad", "/ajustes/privacidad", True), ("Extensiones", "/ajustes/extensiones", False)],
                    ed + tr + diag + acc,
                    ([("Documentación", "https://codice.test/docs"), ("Privacidad", "https://codice.test/privacidad"),
                      ("Novedades", "https://codice.test/novedades")], "© 2025 Códice Software"),
                    h1="Privacidad", brand="Códice")
    return p, html


PAGES = [postman, nubarron, cajon, trazo, codice]

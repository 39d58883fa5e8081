from lib import Page, T, F, HID, page


@page
def wallapop():
    pg = Page('es', 'wallapop-privacidad', 'https://es.wallapop.com/app/user/settings/privacy',
              'Privacidad', 'Wallapop', real=True, skin=0, skel=1,
              nav=['Perfil', 'Productos', 'Compras', 'Ventas', 'Monedero', 'Privacidad', 'Ayuda'], nav_current=5,
              notes='Servicio conocido de segunda mano. Casilla de consentimiento para las fotos de productos '
                    '(marcada → true); fila de estado «Chats … — Excluidos del entrenamiento de IA» cuya acción se '
                    'llama «Cambiar la exclusión de mis chats del entrenamiento de IA» (sustantivo, invertido; '
                    'excluidos → false). Señuelos: título sugerido sin entrenamiento, traducción, tabla de '
                    'notificaciones por canal. Señuelo oculto con display:none en línea.')
    prod = pg.sec('Tus productos',
        pg.cb('Permitir que Wallapop use las fotos de mis productos para entrenar modelos de IA', True,
              help='Incluye las fotos de productos publicados, reservados y vendidos.', ai=T()),
        pg.cb('Sugerir título y categoría al subir un producto', True,
              help='Se generan a partir de la foto que estás subiendo y no se guardan para entrenar.'),
        pg.cb('Mostrar mis productos vendidos en el perfil', True),
        pg.sel('Envío por defecto', ['Envío con Wallapop', 'Solo venta en mano', 'Ambos'], 2),
    )
    chat = pg.sec('Chat',
        pg.state('Chats con compradores y vendedores', 'Excluidos del entrenamiento de IA', 'Cambiar',
                 sr_text='la exclusión de mis chats del entrenamiento de IA', ai=F('i')),
        pg.cb('Confirmaciones de lectura', True),
        pg.cb('Avisarme si comparto datos de contacto en el chat', True),
        pg.sw('Traducción automática de mensajes', False, mode='lby'),
    )
    notif = pg.sec('Notificaciones',
        pg.table(None, 'Aviso', ['Push', 'Email'], [
            ('Mensajes nuevos', [True, False], None),
            ('Bajadas de precio en favoritos', [True, True], None),
            ('Búsquedas guardadas', [False, True], None),
        ], name='rowcol'),
    )
    data = pg.sec('Tus datos',
        pg.btn('Descargar mis datos'),
        pg.btn('Usuarios bloqueados', kind='a', href='/app/user/settings/blocked'),
    )
    hidden = pg.hide('style', lambda: [
        pg.cb('Usar mis valoraciones para entrenar modelos de IA', True, ai=HID)])
    return pg, pg.render(prod, chat, notif, data, hidden, pg.btn('Guardar', primary=True))


@page
def glovo():
    pg = Page('es', 'glovo-privacidad', 'https://glovoapp.com/es/es/profile/privacy/',
              'Privacidad y datos', 'Glovo', real=True, skin=1, skel=2,
              nav=['Mi perfil', 'Pedidos', 'Direcciones', 'Métodos de pago', 'Glovo Prime', 'Privacidad y datos'],
              nav_current=5,
              notes='Servicio conocido de reparto. Casilla vaga «Ayudar a mejorar Glovo» con ayuda solo al lado (sin '
                    'aria-describedby) que habla de trayectos y notas de voz para entrenar modelos (marcada → true); '
                    'role=radiogroup para las conversaciones con soporte («No permitir» → false). Señuelos: '
                    'recomendaciones en la cuenta, resumen del chat, control parental. Señuelo oculto en <dialog> '
                    'cerrado.')
    ped = pg.sec('Pedidos y entregas',
        pg.cb('Ayudar a mejorar Glovo', True, desc=False,
              help='Usamos los trayectos de los repartidores hasta tus direcciones y las notas de voz que les envías '
                   'para entrenar nuestros modelos de tiempos de entrega y de reconocimiento de voz.', ai=T('v')),
        pg.inp('Instrucciones para el repartidor', 'Portal verde, 3.º B'),
        pg.cb('Compartir mi ubicación en tiempo real durante el pedido', True),
        pg.sel('Propina por defecto', ['Sin propina', '1 €', '2 €', '10 %'], 1),
    )
    sop = pg.sec('Soporte',
        pg.radios('Uso de tus conversaciones con soporte para entrenar a nuestro asistente', ['Permitir', 'No permitir'],
                  1, kind='rg', ai=F()),
        pg.cb('Enviarme un resumen del chat por email', False,
              help='El resumen se genera solo para ti; no se usa para entrenar.'),
    )
    reco = pg.sec('Recomendaciones y anuncios',
        pg.cb('Recomendaciones según mis pedidos', True,
              help='Se calculan dentro de tu cuenta.'),
        pg.cb('Anuncios personalizados de socios', False),
        pg.cb('Ofertas por SMS', False),
        pg.sel('Calidad de las imágenes', ['Ahorro de datos', 'Normal', 'Alta'], 1),
    )
    avisos = pg.sec('Notificaciones',
        pg.sw('Avisos sobre el estado del pedido', True, mode='lby'),
        pg.sw('Promociones y cupones', False, mode='lby'),
        pg.radios('Reproducción automática de vídeos', ['Siempre', 'Solo con wifi', 'Nunca'], 1, kind='fieldset-wrap'),
    )
    acc = pg.sec('Cuenta',
        pg.sw('Control parental: ocultar productos para mayores de 18', False),
        pg.btn('Apps conectadas', kind='a', href='/es/es/profile/apps/'),
        pg.btn('Eliminar mi cuenta', kind='a', href='/es/es/profile/delete/'),
    )
    hidden = pg.hide('dialog', lambda: [
        pg.sw('Entrenar modelos con tus valoraciones de restaurantes', True, ai=HID),
        pg.btn('Aceptar')])
    return pg, pg.render(ped, sop, reco, avisos, acc, hidden, pg.btn('Guardar cambios', primary=True))


@page
def cestalista():
    pg = Page('es', 'cestalista-club-privacidad', 'https://www.cestalista.test/club/ajustes/privacidad',
              'Privacidad del Club', 'Cestalista', skin=2, skel=3,
              nav=['Mi Club', 'Mis compras', 'Mi lista', 'Cupones', 'Direcciones', 'Privacidad'], nav_current=5,
              notes='Club de supermercado inventado con lista por voz. Tabla de interruptores por miembro del hogar, '
                    'nombrados solo por la persona (el título y la columna hablan de entrenar el reconocimiento de '
                    'voz; uno activado, otro no); casilla «No usar mis compras con la tarjeta del Club para entrenar '
                    'modelos» (infinitivo negativo, desmarcada → true). Señuelos: cupones en la cuenta, ticket '
                    'digital, control parental. Señuelo oculto en pestaña inactiva.')
    voz = pg.sec('Lista de la compra por voz',
        pg.cb('Añadir productos a la lista hablando', True, wrap=True),
        pg.table('Grabaciones que ayudan a entrenar el reconocimiento de voz', 'Miembro del hogar',
                 ['Aporta sus grabaciones'], [
                     ('Lucía (titular)', [True], [T('h')]),
                     ('Mateo', [False], [F('h')]),
                 ], ctl='sw'),
        pg.btn('Borrar todas las grabaciones'),
    )
    club = pg.sec('Tarjeta del Club',
        pg.cb('No usar mis compras con la tarjeta del Club para entrenar modelos', False,
              help='Seguirás acumulando saldo y recibiendo tus cupones igual.', ai=T('i')),
        pg.cb('Cupones personalizados según mis compras', True, help='Se calculan solo para tu cuenta.'),
        pg.cb('Ticket digital en lugar de papel', True),
        pg.seg('Acumular saldo en', ['Tarjeta', 'App'], 0),
    )
    ent = pg.sec('Entrega a domicilio',
        pg.sel('Franja preferida', ['9:00–12:00', '12:00–15:00', '18:00–21:00'], 2),
        pg.cb('Aceptar productos sustitutos', True),
        pg.inp('Indicaciones de entrega', 'Dejar en conserjería'),
    )
    fam = pg.sec('Familia',
        pg.sw('Control parental: ocultar bebidas alcohólicas', True, mode='lby'),
        pg.btn('Añadir miembro del hogar'),
    )
    notif = pg.sec('Avisos',
        pg.cb('Ofertas semanales por email', False),
        pg.cb('Aviso cuando mi pedido salga del almacén', True),
        pg.btn('Descargar mis datos'),
    )
    tabs = pg.tabs('Canal', [
        ('Tienda online', lambda: [pg.p('Estos ajustes se aplican también en caja.')]),
        ('App', lambda: [pg.cb('Usar mi lista de la compra para entrenar la IA', True, ai=HID)]),
    ])
    return pg, pg.render(voz, club, ent, fam, notif, tabs, pg.btn('Guardar', primary=True))


@page
def tallerbonito():
    pg = Page('es', 'tallerbonito-ajustes-ia', 'https://vendedores.tallerbonito.test/panel/ajustes/ia-y-contenido',
              'IA y contenido', 'Taller Bonito · Vendedores', skin=3, skel=0,
              nav=['Resumen', 'Productos', 'Pedidos', 'Mensajes', 'Estadísticas', 'IA y contenido', 'Pagos'],
              nav_current=5,
              notes='Tienda de artesanía inventada, panel de vendedor. Botones segmentados Incluir/Excluir para las '
                    'fotos de producto («Excluir» pulsado → false); fila de estado sin oposición registrada con la '
                    'acción «Oponerme al uso de mis fichas de producto para entrenar IA» (invertido, → true). '
                    'Señuelos: mejora de iluminación sin entrenamiento, traducción de fichas, Google Analytics. '
                    'Señuelo oculto con clase display:none.')
    fotos = pg.sec('Fotos de producto',
        pg.seg('Tus fotos de producto en el entrenamiento de IA', ['Incluir', 'Excluir'], 1, ai=F()),
        pg.cb('Mejorar la iluminación de las fotos al subirlas', True,
              help='Se aplica solo a esa foto y no se usa para entrenar.'),
        pg.cb('Añadir marca de agua', False),
    )
    fichas = pg.sec('Fichas de producto',
        pg.state('Oposición al uso de tus fichas para entrenar IA', 'Sin oposición registrada', 'Oponerme',
                 sr_text='al uso de mis fichas de producto para entrenar IA',
                 help='Títulos, descripciones y etiquetas de tus productos.', ai=T('i')),
        pg.cb('Traducir mis fichas automáticamente al inglés y al francés', True),
        pg.sw('Sugerencias de etiquetas', True),
    )
    ped = pg.sec('Pedidos',
        pg.sel('Plazo de preparación', ['1–3 días', '3–5 días', '1–2 semanas'], 1),
        pg.cb('Aceptar pedidos personalizados', True),
        pg.cb('Modo vacaciones', False),
    )
    msg = pg.sec('Mensajes con compradores',
        pg.cb('Respuesta automática fuera de horario', True),
        pg.inp('Texto de la respuesta automática', 'Gracias por escribir. Te respondo mañana por la mañana.', area=True),
    )
    notif = pg.sec('Notificaciones',
        pg.table(None, 'Aviso', ['Email', 'Push'], [
            ('Nuevo pedido', [True, True], None),
            ('Nueva reseña de un cliente', [True, False], None),
        ], name='rowcol'),
    )
    stats = pg.sec('Estadísticas',
        pg.cb('Compartir estadísticas de la tienda con Google Analytics', False),
        pg.btn('Descargar informe de ventas'),
    )
    hidden = pg.hide('class', lambda: [
        pg.cb('Permitir entrenar modelos con mis mensajes con compradores', True, ai=HID)])
    return pg, pg.render(fotos, fichas, ped, msg, notif, stats, hidden,
                         pg.div(pg.btn('Guardar', primary=True), pg.btn('Descartar cambios')))


@page
def opinalo():
    pg = Page('es', 'opinalo-privacidad', 'https://www.opinalo.test/cuenta/privacidad',
              'Privacidad', 'Opínalo', skin=1, skel=4,
              nav=['Mi perfil', 'Mis reseñas', 'Mis preguntas', 'Notificaciones', 'Privacidad'], nav_current=4,
              notes='Sitio inventado de reseñas y preguntas sobre productos. Interruptor div vago «Contribuir a la '
                    'investigación» (la ayuda dice que las reseñas entrenan modelos de terceros; activado → true); '
                    'interruptor con aria-label «Reseñas protegidas frente a rastreadores de IA» (participio, '
                    'invertido; activado → false). Señuelos: resumen con IA de reseñas publicadas, quién puede '
                    'responder. Señuelo oculto con aria-hidden.')
    res = pg.sec('Tus reseñas',
        pg.divtog('Contribuir a la investigación', True,
                  help='Tus reseñas y respuestas pueden usarse para entrenar modelos de lenguaje de universidades y '
                       'empresas con las que colaboramos.', ai=T('v')),
        pg.sw('Reseñas protegidas frente a rastreadores de IA', True, mode='aria', vis='Rastreadores de IA externos',
              help='Pedimos a los bots que recopilan textos para entrenar IA que no copien tus reseñas públicas.',
              ai=F('i')),
        pg.cb('Mostrar mi nombre completo en mis reseñas', False),
        pg.cb('Ver un resumen con IA de las opiniones de cada producto', True,
              help='Se genera con las reseñas ya publicadas; activarlo no cede ningún dato tuyo.'),
    )
    qa = pg.sec('Preguntas y respuestas',
        pg.cb('Avisarme cuando respondan a mi pregunta', True),
        pg.cb('Permitir que las marcas me hagan preguntas', False),
        pg.radios('Quién puede responder a mis preguntas', ['Cualquier usuario', 'Solo compradores verificados'], 1),
    )
    notif = pg.sec('Avisos',
        pg.cb('Boletín semanal con productos destacados', False),
        pg.cb('Notificaciones push', True),
        pg.sel('Idioma de las reseñas que veo', ['Solo español', 'Español e inglés', 'Todos los idiomas'], 0),
    )
    vis = pg.sec('Visibilidad',
        pg.radios('Quién puede ver mi perfil', ['Todo el mundo', 'Solo usuarios registrados', 'Nadie'], 0,
                  kind='fieldset-wrap'),
        pg.cb('Mostrar mis fotos junto a mis reseñas', True),
        pg.sw('Reproducir vídeos automáticamente', False),
        pg.cb('Enviar informes de errores', True,
              help='Solo sirven para corregir fallos; no se usan para entrenar modelos.'),
    )
    datos = pg.sec('Tus datos',
        pg.btn('Apps conectadas', kind='a', href='/cuenta/apps'),
        pg.btn('Descargar mis reseñas'),
        pg.btn('Eliminar mi cuenta', kind='a', href='/cuenta/eliminar'),
    )
    hidden = pg.hide('aria', lambda: [
        pg.cb('Usar mis preguntas para entrenar al asistente de compra', True, ai=HID)])
    return pg, pg.render(res, qa, notif, vis, datos, hidden, pg.btn('Guardar cambios', primary=True))

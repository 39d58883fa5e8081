from lib import Page
from common import chrome


def hostinger():
    c = chrome('Buscar', 'Buscar en hPanel', 'Idioma', 'Mi cuenta', 'Menú de la cuenta',
               [('Perfil', '/profile'), ('Facturación', '/billing'), ('Cerrar sesión', '/logout')],
               [('Términos', '/es/legal/terminos-de-servicio'), ('Privacidad', '/es/legal/politica-de-privacidad'),
                ('Ayuda', '/es/tutoriales')],
               '© 2025 {brand} International Ltd.')
    p = Page('es', 'hostinger-privacidad-cuenta', 'https://hpanel.hostinger.com/account/privacy-settings',
             'Hostinger', 'Privacidad',
             'Reconstrucción del panel de un proveedor de hosting conocido (tuteo). Interruptor invertido "No usar '
             'mis datos…" (activado), fieldset vago "Programa de mejora del producto" cuya ayuda habla de '
             'entrenamiento, desplegable explícito (No permitido); casilla dentro de un <dialog> cerrado. '
             'Señuelos: creador de sitios con IA, análisis de rendimiento, ofertas.',
             [('Inicio', '/'), ('Sitios web', '/websites'), ('Dominios', '/domains'), ('Correos', '/emails'),
              ('Cuenta', '/account')], c, known=True, accent='#673de6', nav_current=4)
    p.add(
        p.sec('Datos de la cuenta',
              p.text('Nombre', 'Lucía Ferrer'),
              p.text('Correo electrónico', 'lucia@estudioferrer.example', type='email'),
              p.select('País', [('España', None), ('México', None), ('Argentina', None)], 0),
              p.button('Cambiar contraseña'),
              p.button('Activar la verificación en dos pasos')),
        p.sec('Comunicaciones',
              p.cb('Recibir ofertas y promociones', False),
              p.cb('Avisarme antes de que caduquen mis dominios', True),
              p.cb('Resumen mensual del rendimiento de mis sitios', True, switch=True)),
        p.sec('Privacidad e IA',
              p.cb('Mostrar el creador de sitios con IA al añadir un sitio web', True, switch=True,
                   help='Genera una primera versión de tu web a partir de una breve descripción.'),
              p.cb('Análisis de rendimiento del panel', True,
                   help='Medimos la velocidad de carga del panel. Estos datos no se usan para entrenar modelos.'),
              p.cb('No usar mis datos para entrenar modelos de IA', True, switch=True, ai='i'),
              p.radios('Programa de mejora del producto', [('Participar', True), ('No participar', False)], 0, ai='v',
                       help='Si participas, usaremos tus conversaciones con el asistente de IA y los registros de '
                            'errores de tus sitios para entrenar nuestros modelos.'),
              p.select('Uso de tus sitios web para entrenar la IA de Hostinger',
                       [('Permitido', True), ('No permitido', False)], 1, ai='p'),
              p.opener('Más ajustes de datos'),
              p.hide('dialog', p.cb('Compartir el contenido de mis sitios con socios de IA', True, ai='p'),
                     title='Más ajustes de datos', close='Cerrar')),
        p.sec('Tus datos',
              p.button('Descargar mis datos'),
              p.button('Eliminar la cuenta')),
    )
    return p


def dominia():
    c = chrome('Buscar', 'Busque un dominio o una opción', 'Idioma', 'Área de cliente', 'Área de cliente',
               [('Datos personales', '/cuenta/datos'), ('Facturas', '/cuenta/facturas'), ('Salir', '/salir')],
               [('Aviso legal', '/aviso-legal'), ('Privacidad', '/privacidad'), ('Contacto', '/contacto')],
               '{brand} S.L. – Registrador acreditado')
    p = Page('es', 'dominia-uso-de-datos', 'https://clientes.dominia.test/cuenta/uso-de-datos',
             'Dominia', 'Uso de sus datos',
             'Registrador de dominios inventado (usted). Tabla en la que solo el encabezado de la sección habla de '
             'entrenamiento (columna "Permitir"), fila de estado con sufijo visualmente oculto; el interruptor de '
             'entrenamiento con terceros queda en una pestaña inactiva. Señuelos: sugerencias de dominios con IA, '
             'protección WHOIS.',
             [('Mis dominios', '/dominios'), ('DNS', '/dns'), ('Correo', '/correo'), ('Cuenta', '/cuenta')], c,
             accent='#d9480f', nav_current=3)
    p.add(
        p.tabs('Apartados', [
            ('Privacidad', [
                p.cb('Protección de datos WHOIS en todos mis dominios', True, switch=True),
                p.cb('Mostrar sugerencias de dominios generadas por IA', True, switch=True,
                     help='Le proponemos nombres alternativos cuando el que busca está ocupado.'),
                p.sec('Entrenamiento de modelos',
                      p.table(None, ['Permitir'],
                              [('Datos DNS de mis dominios', [True]), ('Historial de búsquedas de dominios', [False])],
                              ai_cols={0: 'h'}),
                      p.state('Entrenamiento de IA con sus consultas',
                              'Desactivado: sus consultas al servicio de soporte no se usan para entrenar nuestros modelos de IA.',
                              'Activar', 'el entrenamiento de IA con sus consultas', sharing=False, ai='p'),
                      intro='¿Qué datos podemos usar para entrenar nuestros modelos de sugerencia de dominios y '
                            'de atención al cliente?', h=3),
            ]),
            ('Terceros', [
                p.cb('Permitir que socios de IA entrenen sus modelos con mis datos DNS', True, switch=True, ai='p'),
            ]),
        ]),
        p.sec('Dominios',
              p.cb('Renovar automáticamente', True),
              p.select('Servidores DNS predeterminados', [('DNS de Dominia', None), ('Personalizados', None)], 0),
              p.radios('Envío de facturas', [('Por correo electrónico', None), ('En papel', None)], 0),
              p.text('Contacto técnico', 'sistemas@olivares.example', type='email'),
              p.cb('Recibir novedades sobre nuevas extensiones', False),
              p.cb('Avisos por SMS', False),
              p.button('Descargar todos mis datos'),
              p.button('Gestionar la verificación en dos pasos')),
    )
    return p


def tiendalia():
    c = chrome('Buscar', 'Buscar pedidos, productos o ajustes', 'Idioma', 'Tu cuenta', 'Administración',
               [('Mi perfil', '/perfil'), ('Cambiar de tienda', '/tiendas'), ('Cerrar sesión', '/salir')],
               [('Centro de ayuda', '/ayuda'), ('Privacidad', '/privacidad'), ('Términos', '/terminos')],
               '© 2025 {brand}')
    p = Page('es', 'tiendalia-ajustes-ia', 'https://admin.tiendalia.test/ajustes/ia-y-datos',
             'Tiendalia', 'IA y datos',
             'Administrador de tienda en línea inventado (tuteo, México). Interruptor de botón con aria-label '
             'explícito (activado), role=radiogroup invertido "Excluir las fotos…" (Sí), botones segmentados vagos '
             'con ayuda sobre entrenamiento (No); casilla oculta con el atributo hidden. Señuelos: descripciones '
             'con IA, chatbot de ventas, detección de fraude.',
             [('Inicio', '/'), ('Pedidos', '/pedidos'), ('Productos', '/productos'), ('Clientes', '/clientes'),
              ('Ajustes', '/ajustes')], c, accent='#087f5b', nav_current=4)
    p.add(
        p.sec('Tienda',
              p.text('Nombre de la tienda', 'Barro y Maguey'),
              p.select('Moneda', [('Peso mexicano (MXN)', None), ('Dólar (USD)', None)], 0),
              p.cb('Mostrar precios con IVA', True),
              p.cb('Permitir compras sin cuenta', True, switch=True),
              p.text('Aviso de inventario bajo', '4', type='number'),
              p.cb('Enviar recordatorios de carrito abandonado', True)),
        p.sec('Herramientas con IA',
              p.cb('Escribir descripciones de productos con IA', True, switch=True),
              p.cb('Activar el chatbot de ventas en mi tienda', False, switch=True,
                   help='Responde dudas de tus clientes sobre envíos y tallas.'),
              p.cb('Detectar pedidos fraudulentos', True)),
        p.sec('Tus datos y nuestros modelos',
              p.bsw('Permitir que Tiendalia entrene su IA con los datos de mi tienda', True, ai='p'),
              p.radios('Excluir las fotos de mis productos del entrenamiento de IA',
                       [('Sí', False), ('No', True)], 0, aria=True, ai='i'),
              p.seg('Compartir datos para mejorar Tiendalia', [('Sí', True), ('No', False)], 1, ai='v',
                    help='Incluye tus ventas y devoluciones en el entrenamiento de nuestros modelos de predicción.'),
              p.hide('attr', p.cb('Usar las reseñas de mis clientes para entrenar modelos', True, ai='p'))),
        p.sec('Exportar',
              p.button('Exportar clientes'),
              p.button('Exportar pedidos'),
              p.button('Descargar reporte de ventas')),
    )
    return p


def bitacora():
    c = chrome('Buscar', 'Buscar en tus entradas', 'Idioma', 'Tu perfil', 'Panel del blog',
               [('Perfil', '/perfil'), ('Plan', '/plan'), ('Salir', '/salir')],
               [('Acerca de', '/acerca'), ('Privacidad', '/privacidad'), ('Normas', '/normas')],
               '{brand} – blogs sin complicaciones')
    p = Page('es', 'bitacora-ajustes-privacidad', 'https://bitacora.test/panel/ajustes/privacidad',
             'Bitácora', 'Privacidad del blog',
             'Plataforma de blogs inventada (tuteo, España). Dos interruptores con nombres neutros ("Entradas '
             'publicadas", "Comentarios de lectores") bajo un encabezado de grupo sobre entrenamiento; fila de '
             'estado invertida "Activar" + "Bloqueo de rastreadores de IA" vía aria-labelledby (desactivado); '
             'casilla oculta con display:none en línea. Señuelos: corrector con IA, cursos, estadísticas.',
             [('Entradas', '/panel/entradas'), ('Diseño', '/panel/diseno'), ('Ajustes', '/panel/ajustes'),
              ('Estadísticas', '/panel/estadisticas')], c, accent='#c92a2a', nav_current=2)
    p.add(
        p.sec('General',
              p.radios('Visibilidad del blog', [('Público', None), ('Solo con enlace', None), ('Privado', None)], 0),
              p.cb('Permitir que los buscadores indexen tu blog', True),
              p.select('Comentarios', [('Abiertos', None), ('Con moderación', None), ('Cerrados', None)], 1),
              p.cb('Mostrar entradas relacionadas', True, switch=True),
              p.cb('Usar el corrector con IA mientras escribes', True, switch=True),
              p.cb('Contar visitas de cada entrada', True)),
        p.sec('Tu contenido y la IA',
              p.grp('Entrenamiento de IA con tu blog',
                    p.cb('Entradas publicadas', True, switch=True, ai='h'),
                    p.cb('Comentarios de lectores', False, switch=True, ai='h'),
                    intro='Elige qué partes de tu blog puede usar Bitácora para entrenar sus modelos de lenguaje.'),
              p.state('Bloqueo de rastreadores de IA',
                      'Desactivado. Las empresas de IA pueden usar tus entradas para entrenar sus modelos.',
                      'Activar', by='labelledby', sharing=True, ai='i'),
              p.hide('inline', p.cb('Ceder mis borradores para entrenar modelos', False, ai='p'))),
        p.sec('Novedades',
              p.cb('Quiero recibir los cursos gratuitos de escritura', False),
              p.text('Dominio propio', 'cuadernodeolivia.example'),
              p.select('Zona horaria', [('Europa/Madrid', None), ('Atlántico/Canarias', None)], 0),
              p.cb('Avisarme cuando alguien comente', True),
              p.button('Exportar entradas'),
              p.button('Eliminar el blog')),
    )
    return p


def cartero():
    c = chrome('Buscar', 'Buscar campañas', 'Idioma', 'Mi cuenta', 'Navegación',
               [('Perfil', '/perfil'), ('Facturación', '/facturacion'), ('Cerrar sesión', '/salir')],
               [('Términos', '/terminos'), ('Privacidad', '/privacidad'), ('Soporte', '/soporte')],
               '© 2025 {brand} – boletines para creadores')
    p = Page('es', 'cartero-configuracion-datos', 'https://app.cartero.test/configuracion/datos',
             'Cartero', 'Configuración de datos',
             'Plataforma de boletines inventada (usted, Latinoamérica). Casilla vaga "Ayudar a mejorar Cartero" '
             'dentro de un <details> cerrado (plegado, etiquetada), interruptor de botón con aria-labelledby '
             '(desactivado), casilla invertida "Retirar mi consentimiento…" (marcada); interruptor en un bloque '
             'aria-hidden. Señuelos: asuntos sugeridos, pruebas A/B, pagos.',
             [('Campañas', '/campanas'), ('Suscriptores', '/suscriptores'), ('Pagos', '/pagos'),
              ('Configuración', '/configuracion')], c, accent='#1864ab', nav_current=3)
    p.add(
        p.sec('Boletín',
              p.text('Nombre del boletín', 'Crónicas del Sur'),
              p.text('Correo de respuesta', 'editor@cronicasdelsur.example', type='email'),
              p.seg('Frecuencia', [('Semanal', None), ('Quincenal', None), ('Mensual', None)], 0),
              p.cb('Sugerir asuntos con IA', True, switch=True),
              p.cb('Hacer pruebas A/B de asuntos', False),
              p.cb('Activar suscripciones de pago', True, switch=True),
              p.select('Moneda de cobro', [('USD', None), ('ARS', None), ('CLP', None)], 0)),
        p.sec('Datos e inteligencia artificial',
              p.bsw('Entrenar modelos de IA con los datos de mis suscriptores', False, by='labelledby', ai='p'),
              p.cb('Retirar mi consentimiento para el entrenamiento de IA', True, ai='i'),
              p.hide('aria', p.cb('Usar mis campañas para entrenar IA', True, switch=True, ai='p')),
              p.details('Opciones avanzadas',
                        p.cb('Ayudar a mejorar Cartero', True, ai='v',
                             help='Con esta opción, el contenido de sus campañas se utiliza para entrenar el '
                                  'redactor automático.'),
                        p.cb('Registrar aperturas y clics', True))),
        p.sec('Cuenta',
              p.cb('Recibir un resumen semanal', True),
              p.select('Zona horaria de envío', [('America/Buenos_Aires', None), ('America/Bogota', None)], 0),
              p.button('Exportar suscriptores'),
              p.button('Cerrar la cuenta')),
    )
    return p


PAGES = [hostinger, dominia, tiendalia, bitacora, cartero]

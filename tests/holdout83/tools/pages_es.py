from lib import *

CH = dict(skip='Saltar al contenido', search='Buscar', language='Idioma', account='Mi cuenta', nav='Ajustes',
          menu=['Mi perfil', 'Ajustes', 'Centro de ayuda', 'Cerrar sesión'],
          footer=['Privacidad', 'Términos y condiciones', 'Aviso legal', 'Configurar cookies', 'Ayuda'])


def preply():
    p = Page('es', 'preply-privacidad', 'https://preply.com/es/settings/privacy', 'Privacidad', 'Preply',
             ['Cuenta', 'Pagos', 'Calendario', 'Notificaciones', 'Privacidad', 'Suscripciones'],
             CH, known=True, hide='display', active=4, accent='#ff7aac', account='Lucía G.',
             notes='Reconstrucción de una plataforma de tutores conocida (tú); los ajustes de IA son inventados. Fieldset vago con ayuda; casilla «Limitar…» invertida.')
    p.sec('Cuenta',
          inp('Nombre visible', 'Lucía'),
          select('Zona horaria', ['(GMT+01:00) Madrid', '(GMT+00:00) Canarias', '(GMT-05:00) Bogotá'], 0),
          select('Moneda', ['EUR', 'USD', 'MXN'], 0))
    p.sec('Clases',
          sw('Grabar mis clases para poder repasarlas', on=True,
             help='Las grabaciones solo las ves tú y tu profesor durante 30 días.'),
          cb('Activar subtítulos automáticos en clase', on=True),
          cb('Enviarme un resumen con IA al terminar cada clase', on=False,
             help='El resumen se crea para ti y no se reutiliza para entrenar modelos.'))
    p.sec('Datos e inteligencia artificial',
          bsw('Usar las grabaciones de mis clases para entrenar modelos de IA', on=False, ai='p', naming='lb'),
          radios('Mejora de la plataforma', [('Participar', True), ('No participar', False)], 0, ai='v',
                 help='Si eliges «Participar», los mensajes que intercambias con tus profesores se usarán, sin datos identificativos, para entrenar nuestros modelos de sugerencias.'),
          cb('Limitar el uso de mis reseñas para entrenar la IA de Preply', on=True, ai='i', inv=True),
          hide_display(sw('Compartir mis reseñas con socios para entrenar IA', on=False, ai='p')))
    p.sec('Notificaciones',
          tbl('Avisos', ['Correo', 'Push'],
              [('Recordatorio de clase', [True, True]), ('Mensajes de profesores', [True, True]), ('Ofertas', [False, False])]))
    p.sec('Seguridad', row('Verificación en dos pasos', 'Desactivada', 'Activar', on=False), btn('Descargar mis datos'))
    return p


def brainly():
    p = Page('es', 'brainly-privacidad', 'https://brainly.lat/configuracion/privacidad', 'Privacidad', 'Brainly',
             ['Perfil', 'Materias', 'Notificaciones', 'Privacidad', 'Brainly Plus', 'Ayuda'],
             CH, known=True, hide='class', active=3, accent='#4fb3f6', account='matias_2009',
             notes='Reconstrucción de un servicio de ayuda con tareas conocido (tú); ajustes de IA inventados. Tabla cuyo título dice «Entrenamiento de modelos de IA» con columna «Permitir»; botones segmentados «Bloquear / Permitir» para rastreadores.')
    p.sec('Perfil',
          sw('Mostrar mi ranking en el perfil', on=True),
          select('Nivel escolar', ['Primaria', 'Secundaria', 'Bachillerato', 'Universidad'], 1),
          cb('Ocultar mi ciudad', on=True, wrap=True))
    p.sec('Materias favoritas',
          cb('Matemáticas', on=True), cb('Historia', on=False), cb('Inglés', on=True))
    p.sec('Privacidad',
          tbl('Entrenamiento de modelos de IA', ['Permitir'],
              [('Mis preguntas', [(True, 'h')]), ('Mis respuestas', [(False, 'h')])]),
          sw('Contribuir a mejorar Brainly', on=True, ai='v',
             help='Las fotos de tareas que subes y tus conversaciones con el Tutor IA se usan para entrenar nuestros modelos.'),
          seg('Bloquear rastreadores de IA en mis respuestas públicas', [('Bloquear', False), ('Permitir', True)], 0, ai='i'),
          hide_class('oculto', rg('Ceder mis respuestas a empresas de IA para entrenamiento', [('Sí', True), ('No', False)], 1, ai='p')))
    p.sec('Notificaciones',
          cb('Alguien respondió mi pregunta', on=True),
          cb('Mi respuesta fue verificada', on=True),
          cb('Novedades del Tutor IA', on=False))
    p.sec('Cuenta', btn('Cambiar contraseña'), btn('Eliminar cuenta', 'danger'))
    return p


def palabrea():
    p = Page('es', 'palabrea-ajustes', 'https://www.palabrea.test/cuenta/ajustes', 'Ajustes de la cuenta', 'Palabrea',
             ['Diccionarios', 'Pronunciación', 'Mis listas', 'Privacidad', 'Suscripción'],
             CH, hide='aria', active=3, accent='#0e7490', account='Sr. Ortega',
             notes='Diccionario y entrenador de pronunciación inventado (usted). Select cuyo nombre dice entrenar; casilla vaga con texto explicativo al lado (sin aria-describedby); interruptor «Excluir…» nombrado por aria-label.')
    p.sec('Diccionarios',
          select('Diccionario principal', ['Español–inglés', 'Español–francés', 'Español–alemán'], 0),
          cb('Mostrar ejemplos de uso', on=True),
          cb('Mostrar conjugaciones completas', on=False))
    p.sec('Pronunciación',
          seg('Variedad del inglés', ['Británico', 'Estadounidense', 'Australiano'], 1),
          sw('Evaluar mi pronunciación al grabar', on=True),
          select('Velocidad del audio', ['0,75×', '1×', '1,25×'], 1))
    p.sec('Privacidad',
          select('Uso de sus grabaciones de pronunciación para entrenar modelos', [('Permitido', True), ('No permitido', False)], 1, ai='p'),
          cb('Ayudar a mejorar el diccionario', on=True, ai='v', wrap=True, desc=False,
             help='Sus búsquedas y las frases de ejemplo que guarde se utilizan para entrenar nuestro sistema de traducción automática.'),
          bsw('Excluir mis listas de vocabulario del entrenamiento de IA', on=True, ai='i', inv=True, naming='label',
              vis='Excluir mis listas del entrenamiento'),
          hide_aria(cb('Permitir que socios usen mis búsquedas para entrenar modelos', on=True, ai='p')),
          sw('Guardar historial de búsquedas', on=True))
    p.sec('Suscripción', row('Plan Pro anual', 'Activo', 'Cancelar', on=True), btn('Ver facturas'))
    p.sec('Boletines', cb('Recibir «La palabra del día»', on=True), cb('Ofertas y promociones', on=False))
    p.sec('Accesibilidad',
          seg('Tamaño de letra', ['Normal', 'Grande', 'Muy grande'], 0),
          sw('Alto contraste', on=False))
    p.sec('Sus datos', btn('Descargar una copia de mis datos'))
    return p


def opositaya():
    p = Page('es', 'opositaya-privacidad', 'https://app.opositaya.test/perfil/privacidad', 'Privacidad y datos', 'OpositaYa',
             ['Mi oposición', 'Plan de estudio', 'Privacidad y datos', 'Notificaciones', 'Suscripción'],
             CH, hide='visibility', active=2, accent='#b91c1c', account='Álvaro',
             notes='Preparación de oposiciones inventada (tú). Fila de estado bajo un encabezado «Entrenamiento de modelos»; interruptor vago «Ayúdanos a mejorar» con ayuda.')
    p.sec('Mi oposición',
          select('Cuerpo', ['Auxiliar Administrativo del Estado', 'Maestros de Primaria', 'Policía Nacional'], 0),
          select('Convocatoria', ['2025', '2026'], 0),
          inp('Horas de estudio a la semana', '15', 'number'))
    p.sec('Plan de estudio',
          seg('Dificultad de los tests', ['Básica', 'Media', 'Examen real'], 2),
          sw('Repetir preguntas falladas', on=True),
          sw('Penalizar respuestas en blanco', on=False))
    p.sec('IA y tus tests',
          rg('Entrenamiento de la IA con tus tests', [('Activado', True), ('Desactivado', False)], 0, ai='p'),
          bsw('Ayúdanos a mejorar', on=False, ai='v', naming='text',
              help='Tus apuntes subidos y el tiempo de estudio por tema se usan para entrenar el modelo que predice tu nota.'),
          hide_vis(sw('Enviar mis simulacros a la base de entrenamiento común', on=True, ai='p')),
          sw('Explicaciones generadas por IA tras cada test', on=True,
             help='Se generan al momento y no se guardan para entrenar.'))
    p.sec('Entrenamiento de modelos',
          row('Tus supuestos prácticos', 'Se incluyen', 'Cambiar', on=True, ai='h'),
          intro='Los supuestos prácticos que redactas pueden servir para que el corrector automático aprenda a puntuar mejor.')
    p.sec('Notificaciones',
          cb('Recordatorio diario de estudio', on=True),
          cb('Publicación del BOE con mi convocatoria', on=True))
    p.sec('Suscripción', row('Plan Premium mensual', 'Renovación el 3 de octubre', 'Gestionar', on=True))
    p.sec('Cuenta',
          inp('Correo electrónico', 'alvaro.r@example.es', 'email'),
          btn('Cambiar contraseña'), btn('Descargar mis datos'), btn('Eliminar cuenta', 'danger'))
    return p


def tarjetario():
    p = Page('es', 'tarjetario-datos', 'https://tarjetario.test/ajustes/datos', 'Tus datos', 'Tarjetario',
             ['Repasos', 'Apariencia', 'Tus datos', 'Compartir', 'Cuenta'],
             CH, hide='dialog', active=2, accent='#65a30d', account='Nerea',
             notes='App de tarjetas con repetición espaciada inventada (tú). Doble negación «No excluir…»; interruptor cuyo nombre solo dice «Imágenes que subo» bajo el título «Entrenamiento de IA».')
    p.sec('Repasos',
          select('Tarjetas nuevas al día', ['5', '15', '30'], 1),
          select('Límite de repasos', ['100', '200', 'Sin límite'], 1),
          sw('Mezclar mazos en la sesión', on=False),
          cb('Mostrar el intervalo siguiente en los botones', on=True))
    p.sec('Apariencia',
          seg('Tema', ['Claro', 'Oscuro', 'Sistema'], 0),
          sw('Texto grande', on=False))
    p.sec('Entrenamiento de IA',
          cb('No excluir mis mazos del entrenamiento de IA', on=True, ai='i', inv=False),
          sw('Imágenes que subo', on=False, ai='h'),
          hide_dialog('Opciones avanzadas', 'Opciones avanzadas', 'Cerrar',
                      sw('Usar mi historial de repasos para entrenar el modelo de memoria', on=True, ai='p')),
          intro='Elige qué datos pueden servir para entrenar el generador de tarjetas y el planificador de repasos.')
    p.sec('Compartir',
          select('Visibilidad por defecto de mis mazos', ['Privado', 'Con enlace', 'Público'], 0),
          cb('Permitir que otros copien mis mazos públicos', on=True))
    p.sec('Sincronización', row('Copia en la nube', 'Última copia: hoy, 08:12', 'Sincronizar ahora', on=True))
    p.sec('Notificaciones',
          cb('Recordarme los repasos pendientes', on=True),
          cb('Resumen semanal de progreso', on=False),
          cb('Avisarme de nuevas funciones de IA', on=False))
    p.sec('Cuenta', btn('Exportar mazos'), btn('Eliminar cuenta', 'danger'))
    return p


def pages():
    return [preply(), brainly(), palabrea(), opositaya(), tarjetario()]

from lib import Page


def holded():
    p = Page('es', 'holded-privacidad-ia', 'Holded', 'https://app.holded.com/configuration/ai',
             'Privacidad e IA',
             ['Cuenta', 'Empresa', 'Usuarios', 'Facturación', 'CRM', 'Privacidad e IA', 'Integraciones', 'Seguridad'],
             'Servicio conocido (reconstrucción, tú). Interruptor explícito, casilla invertida «Excluir facturas y presupuestos» sin marcar, interruptor nativo vago «Programa de mejora continua» con ayuda; señuelos: sugerencias al redactar, resúmenes, clasificación automática de gastos con modelo ya entrenado, formación; casilla oculta con aria-hidden.',
             known=True, user='Lucía Romero', active_nav=5)
    p.sec('Asistente de Holded', None,
          p.sw('Sugerencias al redactar correos del CRM', True, kind='text'),
          p.sel('Idioma de las respuestas del asistente', ['Español', 'Català', 'English'], 0),
          p.cb('Mostrar un resumen de actividad en cada contacto', True))
    p.sec('Mejora de nuestros modelos',
          'Con tu permiso, usamos datos seudonimizados de tu empresa para entrenar y afinar los modelos que hay detrás de las funciones de IA de Holded.',
          p.sw('Permitir que Holded use los datos de mi empresa para entrenar sus modelos', True, ai=(True, 'p')),
          p.cb('Excluir facturas y presupuestos', False,
               help='Si lo marcas, tus documentos de venta no se usarán como datos de entrenamiento.', ai=(True, 'i')),
          p.sw('Programa de mejora continua', False, kind='native',
               help='Al unirte, las correcciones que hagas a las sugerencias del asistente se usan para reentrenar el modelo.',
               ai=(False, 'v')),
          p.hide('aria-hidden="true"', lambda: [
              p.cb('Compartir datos con socios tecnológicos para entrenar sus modelos', False)]))
    p.sec('Contabilidad automática', None,
          p.cb('Clasificar gastos automáticamente', True,
               help='La clasificación usa un modelo ya entrenado; tus asientos no se emplean para entrenarlo.'))
    p.sec('Exportación', None,
          p.btn('Exportar datos de la empresa'),
          p.btn('Descargar registro de actividad'))
    p.sec('Seguridad', None,
          p.cb('Verificación en dos pasos obligatoria', True),
          p.btn('Cerrar todas las sesiones'))
    p.sec('Formación y avisos', None,
          p.btn('Reservar una formación sobre el CRM de Holded'),
          p.cb('Avisarme de las novedades de IA', False),
          p.cb('Resumen semanal de ventas por correo', True))
    p.actions('Guardar cambios', 'Cancelar')
    return p


def clientia():
    p = Page('es', 'clientia-datos-ia', 'Clientia', 'https://panel.clientia.test/ajustes/datos-e-ia',
             'Datos e inteligencia artificial',
             ['Mi perfil', 'Organización', 'Embudos', 'Datos e IA', 'Integraciones', 'Facturación'],
             'CRM inventado (usted). Tabla «Fuentes de datos» con columna «Se utiliza» (sentido solo por el encabezado «Entrenamiento de modelos»), oposición no presentada como fila de estado con aria-labelledby; señuelos: visibilidad, probabilidad de cierre calculada en la propia organización, plan de formación; interruptor oculto con visibility:hidden.',
             user='Javier Ortega', active_nav=3)
    p.sec('Visibilidad', None,
          p.sel('Visibilidad de los contactos nuevos', ['Solo el propietario', 'El equipo', 'Toda la organización'], 1),
          p.cb('Permitir que los comerciales exporten contactos', False))
    p.sec('Predicción de ventas', None,
          p.sw('Mostrar la probabilidad de cierre en cada oportunidad', True,
               help='Se calcula con el historial de su propia organización.'))
    p.sec('Entrenamiento de modelos',
          'Clientia entrena sus modelos de predicción con datos de muchas organizaciones. Decida qué aporta la suya.',
          p.table('Fuentes de datos', 'Origen', ['Se utiliza'],
                  [('Oportunidades cerradas', [True]), ('Correos sincronizados', [False])],
                  ai={(0, 0): (True, 'h'), (1, 0): (False, 'h')}),
          p.state('Oposición al entrenamiento con datos de clientes', 'No presentada', 'Presentar', kind='labelledby', ai=(True, 'i')),
          p.hide('visibility:hidden', lambda: [
              p.sw('Ceder datos a terceros para entrenar modelos', False)]))
    p.sec('Integraciones', None, p.btn('Conectar Gmail'), p.btn('Conectar WhatsApp Business'))
    p.sec('Formación', None, p.sel('Plan de formación del equipo', ['Básico', 'Avanzado'], 0))
    p.sec('Facturación', None, p.btn('Cambiar método de pago'), p.btn('Ver registro de auditoría'))
    p.sec('Notificaciones', None,
          p.cb('Enviar un resumen diario de oportunidades', True),
          p.cb('Avisar cuando un cliente abra una propuesta', True))
    p.actions('Guardar', 'Cancelar')
    return p


def buzon():
    p = Page('es', 'buzon-ayuda-ia', 'Buzón Ayuda', 'https://admin.buzonayuda.test/configuracion/ia',
             'Inteligencia artificial',
             ['General', 'Canales', 'Agentes', 'Inteligencia artificial', 'Base de conocimiento', 'Seguridad'],
             'Software de atención al cliente inventado (tú). Casilla explícita marcada, interruptor con aria-label «No entrenar con los datos personales…» desactivado (= comparte), radiogroup explícito; señuelos: respuestas sugeridas, resúmenes, traducción, encuesta, curso; casilla oculta en un dialog cerrado.',
             user='Marta Vidal', active_nav=3)
    p.sec('Respuestas sugeridas', None,
          p.sw('Sugerir respuestas', True, kind='arialabel', vis='Sugerir respuestas a los agentes'),
          p.sw('Resumir conversaciones', True, kind='arialabel', vis='Resumir conversaciones largas'),
          p.sel('Tono de las sugerencias', ['Cercano', 'Formal'], 0))
    p.sec('Traducción automática', None,
          p.cb('Traducir los mensajes de clientes en otros idiomas', True))
    p.sec('Qué aprende nuestra IA de tu cuenta',
          'Cada conversación puede ayudarnos a que la IA responda mejor. Tú decides con qué datos la entrenamos.',
          p.cb('Usar mis conversaciones para entrenar la IA de Buzón Ayuda', True, ai=(True, 'p')),
          p.sw('No entrenar con los datos personales de mis clientes', False, kind='arialabel', vis='Proteger datos personales', ai=(True, 'i')),
          p.radios('Entrenamiento con las valoraciones de los clientes', ['Permitido', 'No permitido'], 0, kind='role', ai=(True, 'p')),
          p.dialog('Más ajustes de datos', 'Más ajustes de datos', lambda: [
              p.cb('Compartir conversaciones con el proveedor del modelo para su entrenamiento', False, ai=(False, 'p'))]))
    p.sec('Encuestas', None, p.cb('Enviar encuesta de satisfacción al cerrar', True))
    p.sec('Formación', None, p.btn('Apuntar al equipo al curso «Atención al cliente con IA»'))
    p.sec('Exportar y seguridad', None,
          p.btn('Exportar conversaciones'),
          p.sel('Zona horaria', ['Europa/Madrid', 'Atlántico/Canarias', 'América/Ciudad de México'], 0),
          p.cb('Ocultar números de tarjeta en los mensajes', True),
          p.btn('Registro de auditoría'))
    p.actions('Guardar', 'Cancelar')
    return p


def boletin():
    p = Page('es', 'boletin-claro-privacidad', 'Boletín Claro', 'https://app.boletinclaro.test/cuenta/privacidad',
             'Privacidad',
             ['Tu boletín', 'Suscriptores', 'Diseño', 'Privacidad', 'Pagos'],
             'Plataforma de boletines inventada (tú). Pestañas: interruptor vago «Contribuir al asistente de escritura» con ayuda, casilla «Impedir que los rastreadores de IA…» marcada, casilla explícita en details cerrado; señuelos: corrector, titulares alternativos, estadísticas sin entrenamiento; casilla oculta en pestaña inactiva.',
             user='Pablo Herrera', active_nav=3)
    p.sec('La IA y tu boletín', None,
          p.tabs('Privacidad frente a la IA', [
              ('Tus textos', lambda: [
                  '<p class="intro">Algunas empresas de IA recopilan textos públicos con rastreadores para entrenar sus modelos. Aquí decides qué pasa con los tuyos.</p>',
                  p.sw('Contribuir al asistente de escritura', True,
                       help='Tus boletines publicados se añaden al conjunto con el que entrenamos el asistente.', ai=(True, 'v')),
                  p.cb('Impedir que los rastreadores de IA usen mi archivo público', True, ai=(False, 'i'))]),
              ('Tus suscriptores', lambda: [
                  p.cb('Usar los datos de apertura de mis suscriptores para entrenar modelos', False, ai=(False, 'p'))])]),
          p.details('Avanzado', lambda: [
              p.cb('Permitir el entrenamiento con mis borradores', False, ai=(False, 'p')),
              p.cb('Mostrar botón de donaciones', False)]))
    p.sec('Herramientas de escritura', None,
          p.sw('Corrector ortográfico', True, kind='native'),
          p.sw('Generar titulares alternativos', False, kind='native'))
    p.sec('Suscriptores', None,
          p.cb('Pedir doble confirmación al suscribirse', True),
          p.sel('Quién ve tu número de suscriptores', ['Solo tú', 'Todo el mundo'], 0))
    p.sec('Estadísticas', None,
          p.cb('Registrar aperturas y clics', True, help='Solo para tus informes; no se usan para entrenar ningún modelo.'))
    p.sec('Pagos y exportación', None,
          p.btn('Conectar Stripe'),
          p.btn('Exportar suscriptores'),
          p.btn('Eliminar cuenta', cls='danger'))
    p.actions('Guardar', 'Cancelar')
    return p


def anuncia():
    p = Page('es', 'anuncia-uso-de-datos', 'Anuncia', 'https://consola.anuncia.test/organizacion/datos',
             'Uso de datos',
             ['Campañas', 'Audiencias', 'Seguridad de marca', 'Uso de datos', 'Informes', 'Facturación', 'Equipo'],
             'Plataforma publicitaria inventada (usted). Botones segmentados «Excluir mis conversiones del entrenamiento» en Sí, desplegable explícito con opción «Solo modelos de Anuncia», consentimiento concedido con «Revocar» (sufijo oculto); señuelos: audiencias similares, anuncios personalizados, pujas automáticas, exclusión de categorías sensibles; casilla oculta con atributo hidden.',
             user='Carmen Delgado', active_nav=3)
    p.sec('Segmentación', None,
          p.sw('Audiencias similares', True, kind='text'),
          p.cb('Anuncios personalizados en la red de socios', True),
          p.sel('Límite de frecuencia', ['2 impresiones al día', '5 impresiones al día', 'Sin límite'], 0))
    p.sec('Pujas automáticas', None,
          p.cb('Ajustar las pujas automáticamente', True, help='Las pujas se calculan en tiempo real con las señales de cada subasta.'))
    p.sec('Sus datos y nuestros modelos',
          'Anuncia mejora sus modelos de puja y de creatividades con datos agregados de los anunciantes.',
          p.seg('Excluir mis conversiones del entrenamiento', ['Sí', 'No'], 0, ai=(False, 'i')),
          p.sel('Uso de mis creatividades para entrenar modelos generativos', ['Permitido', 'Solo modelos de Anuncia', 'No permitido'], 1, ai=(True, 'p')),
          p.state('Consentimiento para entrenamiento con datos de CRM importados', 'Concedido', 'Revocar',
                  'consentimiento para entrenar modelos con mis listas de clientes', ai=(True, 'i')),
          p.hide('hidden attribute', lambda: [
              p.cb('Enviar informes de campaña a investigadores para entrenar modelos', False)]))
    p.sec('Seguridad de marca', None,
          p.cb('Excluir categorías sensibles', True),
          p.btn('Editar lista de exclusión'))
    p.sec('Informes y facturación', None,
          p.btn('Programar informe'),
          p.btn('Actualizar método de pago'),
          p.sel('Moneda de los informes', ['EUR', 'USD', 'MXN'], 0))
    p.sec('Equipo', None,
          p.btn('Invitar usuario'),
          p.cb('Notificarme de cambios en la política de anuncios', True))
    p.actions('Guardar', 'Cancelar')
    return p


PAGES = [holded, clientia, buzon, boletin, anuncia]

from lib import Page


def wikiloc():
    p = Page('es', 'wikiloc-privacidad', 'https://es.wikiloc.com/wikiloc/settings/privacy', 'Wikiloc', 'Privacidad',
             ['Perfil', 'Cuenta', 'Privacidad', 'Notificaciones', 'Suscripción Premium', 'Dispositivos'],
             active=2, known=True, account='Mi cuenta',
             notes='Reconstrucción de la privacidad de Wikiloc (textos inventados). Interruptor explícito activado, radiogroup solo con encabezado para fotos ("No incluirlas"), fila de estado invertida "Activar la exclusión…" con estado Desactivada (= se usan). Señuelos: seguimiento en vivo, mapas offline, avisos de rutas cercanas. Oculto: casilla con display:none en línea.')
    p.sec('Tus rutas')
    p.sel('Visibilidad por defecto de las rutas nuevas', ['Pública', 'Solo seguidores', 'Privada'], 0)
    p.cb('Mostrar mi nombre real en las rutas', False)
    p.cb('Permitir que otros descarguen mis rutas en GPX', True)
    p.sw('Seguimiento en vivo para mis contactos de emergencia', True, help='Comparte tu posición mientras grabas una ruta.')
    p.sec('Avisos')
    p.cb('Avisarme de rutas nuevas cerca de mí', True)
    p.cb('Avisarme cuando alguien comente mis rutas', True)
    p.cb('Novedades sobre funciones con IA', False)
    p.sec('Inteligencia artificial')
    p.sw('Permitir que mis rutas se usen para entrenar modelos de IA', True, ai=('p', True))
    p.row('Exclusión del entrenamiento de IA', 'Si la activas, nada de tu cuenta entra en los datos de entrenamiento.', 'Desactivada', 'Activar',
          suffix='la exclusión del entrenamiento de IA', ai=('i', True))
    with p.hide('inline-display'):
        p.cb('Licenciar mis rutas públicas a terceros para entrenar IA', False)
    p.sec('Entrenamiento de inteligencia artificial', 'Indica si las fotos que subes a tus rutas pueden formar parte de los datos de entrenamiento.')
    p.rg('Fotos de mis rutas', ['Sí, incluirlas', 'No incluirlas'], 1, ai=('h', False))
    p.sec('Mapas')
    p.sel('Mapa base', ['Topográfico', 'Satélite', 'OpenStreetMap'], 0)
    p.cb('Descargar mapas solo con wifi', True)
    p.seg('Unidades de desnivel', ['Metros', 'Pies'], 0)
    p.sw('Pantalla siempre encendida al seguir una ruta', False)
    p.sec('Cuenta')
    p.btn('Exportar mis datos')
    p.btn('Eliminar cuenta')
    return p


def ritmofit():
    p = Page('es', 'ritmofit-preferencias', 'https://socios.ritmofit.test/mi-cuenta/preferencias', 'RitmoFit', 'Preferencias de privacidad',
             ['Mi cuota', 'Reservar clases', 'Mi progreso', 'Privacidad', 'Pagos', 'Ayuda'],
             active=3, account='Lucía G.', hide_class='oculto',
             notes='Cadena de gimnasios inventada (tuteo). Casilla vaga con ayuda sobre entrenar el modelo de recomendaciones, segmentado invertido "No usar… para la IA" en Activado (= no se usan), select explícito "No permitir". Señuelos: reservas, báscula, app de clases. Oculto: bloque con clase CSS display:none.')
    p.sec('Clases')
    p.sel('Centro habitual', ['Madrid Chamberí', 'Madrid Arganzuela', 'Alcobendas'], 0)
    p.cb('Recordarme la clase una hora antes', True)
    p.cb('Apuntarme automáticamente a la lista de espera', True)
    p.sw('Ver recomendaciones de clases en la portada', True)
    p.cb('Ayudar a mejorar las recomendaciones de clases', True,
         help='Usaremos tu historial de reservas y asistencia para entrenar el modelo que recomienda clases a todos los socios.', ai=('v', True))
    p.sec('Báscula inteligente')
    p.cb('Guardar mis mediciones en la app', True)
    p.cb('Compartir mis mediciones con mi entrenador', False)
    p.sel('Datos de báscula para entrenar la IA', ['Permitir', 'No permitir'], 1, ai=('p', False))
    p.sec('Tus datos y la IA')
    p.seg('No usar mis datos de entrenamiento para la IA', ['Activado', 'Desactivado'], 0, by='label',
          help='Se refiere a tus rutinas, series y pesos registrados.', ai=('i', False))
    with p.hide('class-display'):
        p.sw('Ceder mis rutinas a socios tecnológicos para entrenar modelos', True)
    p.sec('Comunicaciones')
    p.table('Quiero recibir', ['Email', 'Push'], [('Promociones', [False, False]), ('Cambios de horario', [True, True])])
    p.sec('Pagos')
    p.btn('Cambiar domiciliación')
    p.btn('Congelar cuota')
    return p


def pedalea():
    p = Page('es', 'pedalea-ajustes-datos', 'https://app.pedalea.test/ajustes/datos', 'Pedalea', 'Datos y privacidad',
             ['Perfil', 'Bicis', 'Sensores', 'Datos y privacidad', 'Club', 'Notificaciones'],
             active=3, account='Jordi',
             notes='App de ciclismo inventada. Tabla con título sobre entrenamiento y columna "Modelos de IA" (dos filas, una marcada) junto a la columna señuelo "Club"; button switch vago por aria-labelledby ("Programa Pedalea Labs", ayuda menciona entrenar modelos) desactivado. Señuelos: detección de caídas, segmentos. Oculto: aria-hidden.')
    p.sec('Seguridad')
    p.sw('Detección de caídas', True, help='Si detectamos una caída y no respondes, avisamos a tu contacto.')
    p.text('Contacto de emergencia', 'Marta · 612 345 678')
    p.sec('Visibilidad')
    p.rg('¿Quién ve tus salidas?', ['Todos', 'Seguidores', 'Solo yo'], 1)
    p.cb('Ocultar el inicio y el final de mis recorridos', True)
    p.cb('Aparecer en las clasificaciones de segmentos', True)
    p.sec('Uso de tus datos')
    p.table('Uso de tus datos: club y entrenamiento de modelos de IA', ['Club', 'Modelos de IA'],
            [('Potencia', [True, True]), ('Recorridos', [True, False])], ai={(0, 1): ('h', True), (1, 1): ('h', False)})
    p.bsw('Programa Pedalea Labs', False, by='labelledby',
          help='Al participar, tus salidas sirven para entrenar los modelos que detectan baches y caídas.', ai=('v', False))
    with p.hide('aria-hidden'):
        p.cb('Permitir que rastreadores de IA recopilen mis crónicas públicas', False)
    p.sec('Notificaciones')
    p.cb('Cuando un amigo me supera en un segmento', True)
    p.cb('Cuando el resumen con IA de mi salida esté listo', True)
    p.sec('Pantalla')
    p.seg('Unidades', ['Kilómetros', 'Millas'], 0)
    p.sw('Tema oscuro', False)
    p.btn('Conectar Garmin')
    return p


def brazada():
    p = Page('es', 'brazada-privacidad', 'https://brazada.test/app/ajustes/privacidad', 'Brazada', 'Privacidad',
             ['Mi perfil', 'Entrenamientos', 'Reloj', 'Privacidad', 'Alertas', 'Accesibilidad'],
             active=3, account='Álvaro',
             notes='App de natación inventada. Fieldset invertido "Retirar mi consentimiento…" con Mantener (= se usan), button switch textual explícito activado, interruptor vago con ayuda (equipo de investigación) desactivado. Señuelos: análisis en el reloj, club, accesibilidad. Oculto: visibility:hidden.')
    p.sec('Reloj')
    p.sel('Largo de piscina', ['25 m', '50 m'], 0)
    p.sw('Análisis de brazada en el reloj', True, help='Se calcula en el propio reloj; los datos no se usan para entrenar modelos.')
    p.cb('Vibrar al completar cada serie', True)
    p.sec('Club')
    p.cb('Compartir mis sesiones con mi entrenador', True)
    p.rg('Mostrarme en el ranking del club', ['Sí', 'No'], 0)
    p.sec('Tus datos')
    p.fs('Retirar mi consentimiento para el entrenamiento de IA', ['Retirar', 'Mantener'], 1,
         help='Afecta a tus sesiones, vídeos y mediciones.', ai=('i', True))
    p.bsw('Entrenar la IA de técnica con mis vídeos', True, by='text', ai=('p', True))
    p.w('<details><summary>Más opciones</summary>')
    p.sw('Compartir sesiones con el equipo de investigación', False,
         help='El equipo las utiliza para entrenar nuevos modelos de análisis de brazada.', ai=('v', False))
    p.w('</details>')
    with p.hide('inline-visibility'):
        p.sw('Usar los datos de mis hijos menores para entrenar la IA', False)
    p.sec('Alertas')
    p.cb('Avisarme cuando haya nuevas funciones de IA', False)
    p.cb('Recordatorio si llevo una semana sin nadar', True)
    p.sel('Hora del resumen semanal', ['Domingo 20:00', 'Lunes 8:00'], 0)
    p.sec('Accesibilidad')
    p.sw('Texto grande', False)
    p.sw('Alto contraste', False)
    p.sw('Leer en voz alta los tiempos por serie', False)
    p.btn('Exportar sesiones')
    return p


def entrenaconmigo():
    p = Page('es', 'entrenaconmigo-organizacion', 'https://panel.entrenaconmigo.test/organizacion/datos', 'EntrenaConmigo', 'Datos de la organización',
             ['Mi estudio', 'Clientes', 'Planes', 'Datos de la organización', 'Facturación', 'Equipo'],
             active=3, account='Estudio Núñez',
             notes='Plataforma de entrenadores personales inventada (usted). Casilla envolvente vaga "Incluir las fichas de mis clientes" (ayuda: entrenar el asistente) sin marcar; button switch invertido por aria-label "Bloquear…" desactivado (= se usan). Señuelos: asistente de planificación que no entrena, facturación. Oculto: <dialog> cerrado.')
    p.sec('Clientes')
    p.cb('Permitir que los clientes reserven sesiones desde la app', True)
    p.cb('Enviar recordatorio 24 horas antes', True)
    p.sel('Política de cancelación', ['12 horas', '24 horas', '48 horas'], 1)
    p.sec('Asistente de planificación')
    p.sw('Sugerir ejercicios al crear un plan', True, help='Las sugerencias se generan en el momento; sus planes no se usan para entrenar el asistente.')
    p.cb('Incluir las fichas de mis clientes', False, wrap=True,
         help='Si lo marca, las fichas de sus clientes se usarán para entrenar el asistente de planificación.', ai=('v', False))
    p.sec('Mensajería')
    p.bsw('Bloquear el uso de mis mensajes para entrenar la IA', False, by='label', title='Mensajes con clientes', ai=('i', True))
    p.cb('Mostrar confirmación de lectura', True)
    with p.hide('closed-dialog', trigger='Opciones de datos de la organización', dlg_title='Opciones de datos de la organización', close='Cerrar'):
        p.sw('Compartir el historial del equipo con socios de IA para entrenamiento', False)
    p.sec('Facturación')
    p.btn('Descargar facturas')
    p.btn('Cambiar tarjeta')
    p.text('NIF para facturas', 'B12345678')
    p.sec('Equipo')
    p.table('Permisos del equipo', ['Ver clientes', 'Editar planes'], [('Entrenadores', [True, True]), ('Recepción', [True, False])])
    return p


def pages():
    return [wikiloc(), ritmofit(), pedalea(), brazada(), entrenaconmigo()]

from lib import Page, CHROME

L = 'es'


def P(**kw):
    return Page(lang=L, chrome=CHROME[L], **kw)


def freepik():
    p = P(slug='freepik-preferencias', url='https://www.freepik.es/user/preferences', brand='Freepik',
          title='Preferencias y privacidad', known=True, prefix='fp',
          nav=['Mi perfil', 'Suscripción', 'Descargas', 'Preferencias y privacidad', 'Colaborador', 'Facturas'],
          active_nav=3,
          notes='Servicio conocido (reconstrucción), tuteo. Interruptor-botón vago "Ayúdanos a mejorar las '
                'herramientas de IA" (aria-labelledby) con ayuda sobre entrenamiento; fieldset cuyo tema solo da el '
                'encabezado; casilla invertida "Excluir…" desmarcada (sí se usa). Señuelos: generador de imágenes, '
                'avisos de IA. Oculto: display:none en línea.')
    p.h1('Preferencias y privacidad', 'Decide cómo usamos tu actividad y lo que creas con nuestras herramientas.')
    p.add(p.sec('Herramientas de IA', [
        p.switch('Guardar en mi historial las imágenes que genero', True),
        p.btnswitch('Ayúdanos a mejorar las herramientas de IA', True, naming='labelledby', ai='v',
                    help='Usaremos tus prompts, las imágenes generadas y tus valoraciones para entrenar nuestros modelos.'),
        p.hide('inline-display', [
            p.checkbox('Entrenar modelos de vídeo con mis clips generados', True, ai='p'),
        ]),
        p.select('Estilo predeterminado del generador', ['Automático', 'Fotografía', 'Ilustración', '3D'], 0),
    ]))
    p.add(p.sec('Entrenamiento de modelos', [
        p.radios('Tus imágenes subidas como referencia', [('Se pueden usar', True), ('No se pueden usar', False)], 1, ai='h'),
    ], intro='En Freepik entrenamos modelos de generación de imágenes con contenido que aporta nuestra comunidad.'))
    p.add(p.sec('Si eres colaborador', [
        p.checkbox('Excluir mis diseños como colaborador del entrenamiento de IA', False, wrap=True, ai='i'),
        p.checkbox('Mostrar mi nombre en las atribuciones', True, wrap=True),
    ]))
    p.add(p.sec('Notificaciones', [
        p.checkbox('Novedades del generador de imágenes con IA', True),
        p.checkbox('Recursos nuevos de autores que sigo', True),
        p.checkbox('Ofertas de la suscripción Premium', False),
    ]))
    p.add(p.sec('Privacidad', [
        p.switch('Recomendaciones según mis descargas', True),
        p.switch('Publicidad personalizada en otros sitios', False),
        p.button('Configurar cookies'),
    ]))
    p.add(p.sec('Cuenta', [
        p.button('Descargar mis datos'),
        p.button('Cambiar contraseña'),
        p.textfield('Nombre visible', 'Lucía Ferrán'),
        p.button('Eliminar cuenta', cls='btn danger'),
    ]))
    return p


def loom():
    p = P(slug='loom-privacidad', url='https://www.loom.com/settings/privacy?lang=es', brand='Loom',
          title='Privacidad del espacio de trabajo', known=True, prefix='lm', css_hide_class='opt-legacy',
          nav=['Perfil', 'Grabación', 'Privacidad', 'Notificaciones', 'Espacio de trabajo', 'Integraciones'],
          active_nav=2,
          notes='Servicio conocido (reconstrucción), tuteo. Select explícito, fila de estado invertida "Exclusión … '
                'Activada" (no se usa), tabla cuya columna vaga "Mejorar Loom AI" solo explica el texto cercano. '
                'Señuelos: resúmenes de IA sin entrenamiento, enlaces públicos. Oculto: clase CSS.')
    p.h1('Privacidad', 'Ajustes del espacio de trabajo «Equipo Sendero».')
    p.add(p.sec('Vídeos', [
        p.radiogroup('Acceso predeterminado a los vídeos nuevos', ['Cualquiera con el enlace', 'Mi espacio de trabajo', 'Solo yo'], 1),
        p.switch('Permitir descargas', False),
        p.switch('Pedir correo a los espectadores externos', True),
    ]))
    p.add(p.sec('Loom AI', [
        p.switch('Títulos, resúmenes y capítulos automáticos', True,
                 help='Nuestros proveedores de IA procesan la transcripción y no la usan para entrenar sus modelos.'),
        p.select('Uso de tus grabaciones para entrenar IA', [('Permitido', True), ('No permitido', False)], 1, ai='p'),
        p.staterow('Exclusión del entrenamiento de modelos',
                   'Activada: los vídeos del espacio no se usan para entrenar', 'Desactivar', True, ai='i'),
        p.hide('class', [
            p.switch('Compartir vídeos marcados como públicos para entrenamiento', True, ai='p'),
        ]),
    ]))
    p.add(p.sec('Datos del espacio de trabajo', [
        p.table('Datos del espacio de trabajo', 'Dato', ['Búsqueda', 'Mejorar Loom AI'],
                [('Transcripciones', [True, False]), ('Comentarios', [True, True])],
                ai_cols={1: ('v', False)},
                intro='La columna «Mejorar Loom AI» indica qué datos pueden emplearse para entrenar los modelos de Loom.'),
    ]))
    p.add(p.sec('Notificaciones', [
        p.checkbox('Alguien ve mi vídeo por primera vez', True),
        p.checkbox('Novedades de Loom AI', True),
    ]))
    p.add(p.sec('Seguridad', [
        p.button('Configurar inicio de sesión único'),
        p.button('Exportar registro de auditoría'),
        p.button('Conectar Slack'),
    ]))
    return p


def pincelia():
    p = P(slug='pincelia-cuenta', url='https://pincelia.test/cuenta/datos', brand='Pincelia',
          title='Tus datos', prefix='pc',
          nav=['Perfil', 'Créditos', 'Tus datos', 'Avisos', 'API'], active_nav=2,
          notes='Generador de imágenes con IA inventado, tuteo. Radiogroup invertido "No entrenar con mis '
                'creaciones" con "Sí" (no se usa), interruptor explícito, fila de estado cuyo tema solo da el '
                'encabezado. Señuelos: galería, filtro de contenido. Oculto: aria-hidden.')
    p.h1('Tus datos', 'Lo que creas en Pincelia y cómo lo tratamos.')
    p.add(p.sec('Tus creaciones', [
        p.radiogroup('No entrenar con mis creaciones', [('Sí', False), ('No', True)], 0, ai='i'),
        p.switch('Permitir que mis imágenes públicas entrenen futuros modelos', True, ai='p'),
        p.switch('Publicar automáticamente en la galería', False),
        p.hide('aria-hidden', [
            p.checkbox('Usar mis bocetos subidos para entrenar el modelo de bocetos', True, ai='p'),
        ]),
    ]))
    p.add(p.sec('Datos para futuros modelos', [
        p.staterow('Tus prompts', 'Estado: <strong>se comparten</strong> de forma anónima', 'Cambiar', True, ai='h'),
    ], intro='Cada versión de Pincelia se entrena en parte con lo que la comunidad escribe y genera.'))
    p.add(p.sec('Generación', [
        p.select('Modelo predeterminado', ['Pincelia 3', 'Pincelia 3 Turbo', 'Pincelia 2'], 0),
        p.segmented('Proporción', ['1:1', '4:5', '16:9'], 0),
        p.switch('Filtro de contenido sensible', True),
        p.checkbox('Añadir metadatos C2PA a las descargas', True),
    ]))
    p.add(p.sec('Avisos', [
        p.checkbox('Cuando salga un modelo nuevo', True),
        p.checkbox('Cuando me queden pocos créditos', True),
        p.checkbox('Concursos semanales', False),
    ]))
    p.add(p.sec('Cuenta', [
        p.button('Descargar todo lo generado'),
        p.button('Cambiar método de pago'),
        p.button('Regenerar clave de API'),
        p.textfield('Nombre de usuario', 'lucernaga'),
        p.button('Borrar cuenta', cls='btn danger'),
    ]))
    return p


def montador():
    p = P(slug='montador-ajustes', url='https://app.montador.test/ajustes/privacidad', brand='Montador',
          title='Ajustes de privacidad', prefix='mt',
          nav=['Cuenta', 'Proyectos', 'Privacidad', 'Exportación', 'Equipo', 'Plan'], active_nav=2,
          notes='Editor de vídeo inventado, tuteo. Botones segmentados definidos por un encabezado en forma de '
                'pregunta, casilla envolvente vaga "Programa de mejora de producto" con ayuda sobre el modelo de '
                'ruido, interruptor-botón invertido "Pausar…" apagado (sí se usa). Señuelos: subtítulos, exportación. '
                'Oculto: visibility:hidden.')
    p.h1('Privacidad', 'Tus proyectos y tu material, bajo tu control.')
    p.add(p.sec('¿Entrenamos con tus proyectos?', [
        p.segmented('Proyectos del equipo', [('Sí', True), ('No', False)], 0, ai='h'),
    ], intro='Montador puede aprender de tus líneas de tiempo para afinar el montaje automático.'))
    p.add(p.sec('Mejora del producto', [
        p.checkbox('Programa de mejora de producto', True, wrap=True, ai='v', describe=False,
                   help='Incluye el envío de fragmentos de audio para entrenar el modelo de eliminación de ruido.'),
        p.checkbox('Enviar informes de errores', True, wrap=True),
        p.btnswitch('Pausar el entrenamiento con mis clips', False, naming='text', ai='i'),
        p.hide('visibility', [
            p.switch('Entrenar el reencuadre automático con mis exportaciones', False, ai='p'),
        ]),
    ]))
    p.add(p.sec('Subtítulos', [
        p.switch('Subtítulos automáticos', True, help='Se generan con un modelo que no aprende de tus vídeos.'),
        p.select('Idioma de los subtítulos', ['Detectar', 'Español', 'Catalán', 'Inglés'], 0),
    ]))
    p.add(p.sec('Exportación', [
        p.select('Formato por defecto', ['MP4 (H.264)', 'MOV (ProRes)', 'WebM'], 0),
        p.checkbox('Incluir marca de agua del equipo', False),
        p.switch('Subir exportaciones a la nube', True),
    ]))
    p.add(p.sec('Notificaciones', [
        p.checkbox('Exportación terminada', True),
        p.checkbox('Funciones nuevas de IA', False),
    ]))
    p.add(p.sec('Cuenta', [
        p.button('Exportar todos los proyectos'),
        p.button('Gestionar apps conectadas'),
        p.button('Cerrar sesión en todos los dispositivos'),
    ]))
    p.add(p.sec('Pantalla', [
        p.segmented('Tema de la interfaz', ['Claro', 'Oscuro', 'Sistema'], 1),
        p.switch('Reducir animaciones', False),
    ]))
    return p


def diapositiva():
    p = P(slug='diapositiva-organizacion', url='https://diapositiva.test/admin/datos-e-ia', brand='Diapositiva',
          title='Datos e IA', prefix='dp',
          nav=['Organización', 'Usuarios', 'Marca', 'Datos e IA', 'Seguridad', 'Facturación'], active_nav=3,
          notes='Creador de presentaciones inventado, trato de usted, página de administración. Select explícito '
                'con "Todo el contenido" (sí se usa), interruptor cuyo tema solo da el encabezado. Señuelos: '
                'asistente de diseño sin entrenamiento, avisos. Oculto: <dialog> cerrado.')
    p.h1('Datos e IA', 'Configuración aplicable a toda la organización.')
    p.add(p.sec('Asistente de diseño', [
        p.switch('Activar el asistente de diseño', True,
                 help='Propone maquetaciones y paletas. Funciona con modelos ya entrenados.'),
        p.select('Uso de sus presentaciones para entrenar la IA', [('Desactivado', False), ('Solo plantillas', True),
                                                                   ('Todo el contenido', True)], 2, ai='p'),
        p.hide('dialog', [
            p.radios('Entrenamiento con presentaciones archivadas', [('Permitir', True), ('No permitir', False)], 1, ai='p'),
            p.checkbox('Anonimizar nombres de clientes', True),
        ], opener='Configuración avanzada de datos', dlg_title='Configuración avanzada de datos', close='Cerrar'),
    ]))
    p.add(p.sec('Entrenamiento del asistente de diseño', [
        p.switch('Incluir las notas del orador', False, ai='h'),
    ], intro='Además de las diapositivas, puede aportar otros contenidos para entrenar el asistente.', details=True))
    p.add(p.sec('Seguridad', [
        p.switch('Exigir verificación en dos pasos', True),
        p.select('Caducidad de los enlaces compartidos', ['7 días', '30 días', 'Nunca'], 1),
        p.button('Descargar registro de actividad'),
    ]))
    p.add(p.sec('Accesibilidad', [
        p.checkbox('Avisar si falta texto alternativo', True),
        p.checkbox('Comprobar contraste de color', True),
    ]))
    p.add(p.sec('Avisos para administradores', [
        p.checkbox('Cambios en las funciones de IA', True),
        p.checkbox('Nuevos usuarios', False),
    ]))
    p.add(p.sec('Integraciones', [
        p.button('Conectar Google Drive'),
        p.button('Conectar Microsoft 365'),
        p.button('Conectar Slack'),
    ]))
    p.add(p.sec('Marca', [
        p.select('Fuente corporativa', ['Inter', 'Lato', 'Merriweather'], 0),
        p.checkbox('Bloquear la paleta de colores de la marca', True),
    ]))
    return p


def pages():
    return [freepik(), loom(), pincelia(), montador(), diapositiva()]

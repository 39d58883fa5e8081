from lib import Page, make_chrome

BASE = dict(skip='Saltar al contenido', search='Buscar', search_ph='Buscar',
            lang_label='Idioma', nav_label='Ajustes', footer_label='Pie de página',
            menu=['Mi perfil', 'Favoritos', 'Ayuda', 'Cerrar sesión'],
            footer=['Aviso legal', 'Privacidad', 'Cookies', 'Accesibilidad', 'Contacto'],
            copy_tpl='© 2025 {brand}')


def idealista():
    c = make_chrome(BASE, 'idealista', ['Datos personales', 'Alertas', 'Favoritos', 'Privacidad', 'Seguridad', 'Mis anuncios'],
                    'Tu cuenta', ['es', 'en', 'it', 'pt'], current=3, search_ph='Busca por zona, barrio o calle',
                    menu=['Favoritos', 'Búsquedas guardadas', 'Mensajes', 'Mis anuncios', 'Cerrar sesión'],
                    footer=['Quiénes somos', 'Trabaja con nosotros', 'Aviso legal', 'Política de privacidad', 'Configurar cookies'],
                    copy='© 2025 idealista')
    pg = Page('es', 'idealista-privacidad', 'idealista', 'https://www.idealista.com/usuario/configuracion/privacidad',
              'Privacidad', c, known=True, tone='tú',
              notes='Cuenta de particular que busca y anuncia; valoración automática, fotos 3D y ofertas de hipoteca son señuelos.')
    with pg.section('Alertas'):
        pg.select('Avisos de nuevos anuncios', ['Al momento', 'Resumen diario', 'Desactivados'], 0)
        pg.cb('Avísame si baja el precio de un favorito', True)
        pg.cb('Recordatorio de visitas concertadas', True)
    with pg.section('Tus anuncios'):
        pg.cb('Mostrar mi teléfono en los anuncios', True)
        pg.sw('Generar recorrido virtual 3D a partir de las fotos', True,
              help='Creamos el recorrido con las fotos que subes. Es una función del anuncio y no cambia lo que elijas más abajo.')
        pg.btn('Pedir valoración gratuita de mi vivienda', 'btn btn-secondary')
    with pg.section('Inteligencia artificial', 'Usamos modelos de IA para ordenar resultados, calcular precios estimados y detectar fraudes. Aquí decides si tus datos sirven para entrenarlos.'):
        pg.sw('Usar mis anuncios para mejorar los modelos de IA', True, ai='p')
        pg.cb('No quiero que mis búsquedas se usen para entrenar la IA de idealista', False, ai='i')
        with pg.details('Entrenamiento de modelos: más opciones', 'Las fotos nos ayudan a reconocer el estado de conservación y las reformas de una vivienda.'):
            pg.cb('Fotos de mis inmuebles', False, ai='h')
        with pg.hidden('aria'):
            pg.cb('Ceder mis datos a empresas colaboradoras para entrenar sus modelos', True, ai='p')
    with pg.section('Publicidad'):
        pg.cb('Publicidad personalizada', False)
        pg.cb('Ofertas de hipotecas de idealista/hipotecas', False)
    with pg.section('Tu cuenta'):
        pg.btn('Descargar mis datos', 'btn btn-secondary')
        pg.btn('Cambiar contraseña', 'btn btn-secondary')
        pg.btn('Darme de baja', 'btn btn-link')
    with pg.section('Sesiones abiertas'):
        pg.btn('Cerrar sesión en todos los dispositivos', 'btn btn-link')
        pg.cb('Avisarme de inicios de sesión nuevos', True)
        pg.select('Moneda de los precios', ['Euro (€)', 'Libra (£)', 'Dólar ($)'], 0)
    return pg


def fotocasa():
    c = make_chrome(BASE, 'Fotocasa', ['Mi perfil', 'Alertas', 'Favoritos', 'Privacidad', 'Mis inmuebles'],
                    'Laura', ['es', 'en'], current=3, search_ph='¿Dónde quieres vivir?',
                    menu=['Mis favoritos', 'Mis alertas', 'Mis inmuebles', 'Cerrar sesión'],
                    footer=['Sobre Fotocasa', 'Aviso legal', 'Política de privacidad', 'Cookies', 'Ayuda'],
                    copy='© 2025 Fotocasa')
    pg = Page('es', 'fotocasa-privacidad', 'Fotocasa', 'https://www.fotocasa.es/es/mi-cuenta/privacidad/',
              'Privacidad y datos', c, known=True, tone='tú',
              notes='Cuenta de particular; informe de precio, perfil de inquilino y comunicaciones comerciales son señuelos; tabla con pie de tabla sobre entrenamiento.')
    with pg.section('Perfil de inquilino'):
        pg.cb('Compartir mi perfil con los anunciantes a los que escribo', True,
              help='Verán tus ingresos aproximados, si tienes mascota y la fecha de entrada.')
        pg.select('Situación laboral', ['Contrato indefinido', 'Temporal', 'Autónomo', 'Estudiante'], 0)
    with pg.section('Informe de precio', 'Calculamos cuánto vale tu vivienda con datos de mercado y te avisamos si cambia.'):
        pg.sw('Enviarme cada mes el informe de precio de mi vivienda', True, mode='text')
    with pg.section('Nuestro modelo de precios', 'El precio estimado que ves en cada anuncio lo calcula un modelo que se entrena con datos del mercado.'):
        pg.radios('Participar en el programa de mejora', ['Sí', 'No'], 1,
                  help='Con las valoraciones que haces de tu vivienda entrenamos el modelo que calcula el precio estimado.', ai=('v', False))
        pg.state('Oposición', 'No ejercida', 'Oponerme', 'al uso de mis datos para entrenar modelos de IA', ai=('i', True))
        pg.table('Datos que usamos para entrenar nuestra IA', ['Permitir'],
                 [('Historial de búsquedas', [True]), ('Mensajes con anunciantes', [False])], ai_cols={0: 'h'})
        with pg.hidden('visibility'):
            pg.cb('Usar las fotos de mis inmuebles para entrenar la IA', True, ai='p')
    with pg.section('Comunicaciones'):
        pg.cb('Novedades y consejos de Fotocasa', False)
        pg.cb('Ofertas de empresas del grupo Adevinta', False)
        pg.cb('Mensajes de anunciantes por WhatsApp', True)
    with pg.section('Tus datos'):
        pg.btn('Solicitar una copia de mis datos', 'btn btn-secondary')
        pg.btn('Conectar con Google', 'btn btn-secondary')
        pg.btn('Eliminar cuenta', 'btn btn-link')
    with pg.section('Notificaciones en la app'):
        pg.cb('Nuevos pisos en mis búsquedas', True)
        pg.cb('Respuestas de anunciantes', True)
        pg.cb('Consejos para preparar la mudanza', False)
        pg.btn('Cambiar contraseña', 'btn btn-secondary')
    return pg


def obraclara():
    c = make_chrome(BASE, 'ObraClara', ['Obras', 'Partes diarios', 'Mediciones', 'Subcontratas', 'Empresa', 'Datos e IA'],
                    'Construcciones Ferrán S.L.', ['es', 'en'], current=5, search_ph='Buscar obra, parte o documento',
                    menu=['Mi usuario', 'Datos de la empresa', 'Soporte', 'Cerrar sesión'],
                    footer=['Centro de ayuda', 'Seguridad', 'Encargados del tratamiento', 'Condiciones', 'Privacidad'])
    pg = Page('es', 'obraclara-datos-ia', 'ObraClara (inventado)', 'https://app.obraclara.test/ajustes/datos-e-ia',
              'Datos e inteligencia artificial', c, tone='usted',
              notes='Gestión de obra para constructoras; transcripción de partes, detección de EPIs en el dispositivo y curso de PRL son señuelos; ajuste de IA en un diálogo cerrado.')
    with pg.section('Funciones inteligentes'):
        pg.sw('Transcribir partes diarios dictados', True)
        pg.sw('Detección de EPIs en las fotos', True,
              help='La comprobación de casco y chaleco se hace en el propio móvil del encargado; las fotos no salen del dispositivo para esto.')
        pg.select('Idioma de transcripción', ['Español', 'Català', 'Português'], 0)
    with pg.section('Uso de los datos de sus obras', 'Algunos modelos de ObraClara se entrenan con información de obra de nuestros clientes. La configuración se aplica a toda la empresa.'):
        pg.sw('Proteger los datos de mis obras frente al entrenamiento de IA', False, mode='al', shown='Protección de datos de obra', ai='i')
        pg.select('Entrenamiento de IA con los partes diarios', ['Permitido', 'No permitido'], 0, ai=('p', True))
        pg.cb('Compartir mediciones con fabricantes colaboradores', True,
              help='Los fabricantes las usan para entrenar sus modelos de cálculo de materiales.', ai='v')
        with pg.hidden('dialog', opener='Configuración avanzada', close='Cerrar'):
            pg.cb('Permitir el entrenamiento con planos y mediciones de obra', True, ai='p')
    with pg.section('Formación'):
        pg.btn('Inscribir al equipo en el curso de PRL de 20 horas', 'btn btn-secondary')
        pg.cb('Recordar a los trabajadores la formación pendiente', True)
    with pg.section('Usuarios y seguridad'):
        pg.btn('Invitar usuario', 'btn btn-secondary')
        pg.cb('Exigir verificación en dos pasos', True)
        pg.select('Cerrar sesión tras', ['1 hora', '8 horas', '24 horas'], 1)
    with pg.section('Integraciones'):
        pg.btn('Conectar con Presto', 'btn btn-secondary')
        pg.btn('Exportar todas las obras', 'btn btn-secondary')
    with pg.section('Avisos'):
        pg.cb('Avisar al jefe de obra si falta un parte', True)
        pg.cb('Resumen semanal de la obra al cliente', False)
        pg.btn('Ver registro de actividad', 'btn btn-secondary')
    return pg


def alquila_seguro():
    c = make_chrome(BASE, 'Alquila Seguro', ['Mis pólizas', 'Inquilinos', 'Impagos', 'Documentación', 'Preferencias'],
                    'Sr. Castaño', ['es'], current=4, search_ph='Buscar póliza o inquilino',
                    menu=['Mis datos', 'Mis recibos', 'Atención al cliente', 'Salir'],
                    footer=['Aviso legal', 'Protección de datos', 'Defensor del cliente', 'Contacto'])
    pg = Page('es', 'alquila-seguro-preferencias', 'Alquila Seguro (inventado)', 'https://clientes.alquilaseguro.test/preferencias/privacidad',
              'Preferencias de privacidad', c, tone='usted',
              notes='Seguro de impago de alquiler para propietarios; estudio de solvencia, recibos y comunicaciones comerciales son señuelos; pestaña inactiva con ajuste de IA.')
    def general():
        with pg.section('Comunicaciones'):
            pg.cb('Recibir los recibos por correo electrónico', True)
            pg.cb('Avisarme por SMS si un inquilino se retrasa en el pago', True)
            pg.cb('Ofertas de seguros de hogar', False)
        with pg.section('Estudio de solvencia', 'Al dar de alta un inquilino, analizamos su documentación para decidir la cobertura.'):
            pg.cb('Usar la verificación automática de nóminas', True,
                  help='Comprobamos que la nómina es auténtica. La verificación no se usa para entrenar modelos.')
        with pg.section('Mejora del modelo de riesgo', 'Nuestro modelo de riesgo aprende de los expedientes de inquilinos y propietarios asegurados.'):
            pg.sw('Incluir mis nóminas y contratos', False, mode='text', ai='h')
            pg.cb('Excluir mi expediente del entrenamiento de modelos', False, ai='i')
        with pg.section('Su cuenta'):
            pg.btn('Descargar mis datos', 'btn btn-secondary')
            pg.btn('Cambiar domiciliación bancaria', 'btn btn-secondary')
            pg.btn('Cambiar contraseña', 'btn btn-secondary')
    def terceros():
        with pg.section('Datos de sus inquilinos'):
            pg.cb('Autorizar el uso de los datos de mis inquilinos para entrenar modelos de IA', True, ai='p')
            pg.cb('Compartir el informe de solvencia con el inquilino', True)
    def historial():
        pg.p('No hay cambios en los últimos 12 meses.')
    pg.tabs('Preferencias', [('Generales', general), ('Inquilinos', terceros), ('Historial de cambios', historial)], 0)
    pg.btn('Guardar cambios', 'btn')
    with pg.section('Acceso de terceros'):
        pg.cb('Permitir que mi administrador de fincas vea mis pólizas', True)
        pg.btn('Añadir gestor autorizado', 'btn btn-secondary')
        pg.select('Idioma de la correspondencia', ['Español', 'English'], 0)
        pg.cb('Notificaciones en la app móvil', True)
    return pg


def vecindia():
    c = make_chrome(BASE, 'Vecindia', ['Mi comunidad', 'Incidencias', 'Reservas', 'Votaciones', 'Ajustes'],
                    'Carmen (3.º B)', ['es', 'en'], current=4, search_ph='Buscar en tu comunidad',
                    menu=['Mi perfil', 'Mis viviendas', 'Ayuda', 'Cerrar sesión'],
                    footer=['Ayuda', 'Privacidad', 'Condiciones', 'Para administradores de fincas'])
    pg = Page('es', 'vecindia-ajustes-privacidad', 'Vecindia (inventado)', 'https://vecindia.test/ajustes/privacidad',
              'Privacidad', c, tone='tú',
              notes='App de comunidades de vecinos; reservas, tablón, clasificación automática de incidencias y cuotas son señuelos; oposición ya ejercida.')
    with pg.section('Tu perfil en la comunidad'):
        pg.radios('Quién ve tu piso y tu nombre', ['Todos los vecinos', 'Solo la junta y el administrador'], 0, mode='rg')
        pg.cb('Aparecer en el directorio de vecinos', True)
        pg.cb('Permitir mensajes privados de otros vecinos', True)
    with pg.section('Incidencias', 'Cuando abres una incidencia, la clasificamos automáticamente (fontanería, ascensor, limpieza…) para enviarla a quien corresponde.'):
        pg.sw('Clasificar mis incidencias automáticamente', True, mode='text')
        pg.seg('Entrenar la IA con mis incidencias', ['Sí', 'No'], 0,
               help='Incluye el texto y las fotos. Nunca tu nombre ni tu piso.', ai=('p', True))
        pg.state('Derecho de oposición al entrenamiento de IA con mis mensajes', 'Ejercido el 2 de mayo de 2025', 'Retirar oposición',
                 mode='lb', ai=('i', False))
        with pg.hidden('hidden'):
            pg.cb('Usar mis votaciones para entrenar modelos', True, ai='p')
    with pg.section('Reservas y cuotas'):
        pg.cb('Recordatorio el día antes de una reserva de la pista de pádel', True)
        pg.btn('Pagar cuota pendiente', 'btn')
        pg.btn('Cambiar tarjeta', 'btn btn-secondary')
    with pg.section('Avisos'):
        pg.cb('Convocatorias de junta', True)
        pg.cb('Mensajes del tablón', False)
        pg.select('Modo resumen', ['Cada aviso', 'Una vez al día'], 1)
    with pg.section('Tus datos'):
        pg.btn('Exportar mis datos', 'btn btn-secondary')
        pg.btn('Salir de la comunidad', 'btn btn-link')
    with pg.section('Seguridad'):
        pg.cb('Bloquear la app con Face ID', True)
        pg.btn('Cambiar contraseña', 'btn btn-secondary')
        pg.btn('Conectar con el portero automático', 'btn btn-secondary', help='Abre el portal desde la app si tu comunidad lo tiene instalado.')
    return pg


PAGES = [idealista, fotocasa, obraclara, alquila_seguro, vecindia]

from lib import Page


def panda():
    p = Page('es', 'panda-privacidad', 'Panda Security', 'https://my.pandasecurity.com/es/ajustes/privacidad',
             'Privacidad', known=True, user='Lucía G.', accent='#00a0dc',
             nav=['Inicio', 'Dispositivos', 'Privacidad', 'Control parental', 'Suscripción', 'Soporte'], active=2,
             notes='Tuteo. Señuelos: protección en tiempo real, VPN, asistente IA que explica amenazas sin entrenar, control parental, ofertas.')
    prot = p.sec('Protección',
                 p.sw('Protección en tiempo real', True, mode='native')
                 + p.sw('Activar la VPN en redes wifi públicas', False, mode='native')
                 + p.cb('Analizar los USB al conectarlos', True)
                 + p.cb('Explícame cada amenaza con el asistente IA', True,
                        help='Las explicaciones se generan al momento y no se usan para entrenar ningún modelo.'))
    datos = p.sec('Tus datos y nuestros modelos de detección',
                  p.table('Qué datos puede usar Panda para entrenar sus modelos', ['Tipo de dato', 'Panda', 'Socios tecnológicos'],
                          [('Archivos sospechosos', [(True, 'h', None), (False, 'h', None)]),
                           ('URLs bloqueadas', [(True, 'h', None), None])])
                  + p.cb('Excluir los dispositivos de mis hijos del entrenamiento de IA', True, ai='i',
                         help='Se aplica a todos los perfiles infantiles de tu cuenta.')
                  + p.hide('inline-display-none',
                           lambda: p.cb('Compartir mi historial de navegación con el laboratorio de IA', False, ai='p')),
                  intro='Nuestra inteligencia colectiva aprende de las amenazas que encuentran millones de equipos. Decide qué aportas tú.')
    fam = p.sec('Control parental',
                p.sel('Filtro web para Pablo', [('alto', 'Alto'), ('medio', 'Medio'), ('sin', 'Sin filtro')], 'alto')
                + p.cb('Avisarme cuando intente abrir una web bloqueada', True))
    com = p.sec('Comunicaciones',
                p.cb('Quiero recibir ofertas y descuentos', False)
                + p.cb('Avisos de renovación por correo', True))
    cta = p.sec('Tu cuenta', p.btn('Descargar mis datos') + p.btn('Cambiar contraseña') + p.btn('Añadir dispositivo'))
    return p.done(prot + datos + fam + com + cta)


def llavero():
    p = Page('es', 'llavero-ajustes-privacidad', 'Llavero', 'https://app.llavero.test/ajustes/privacidad',
             'Ajustes de privacidad', user='Sr. Ortega', accent='#8a5a00', hide_class='oculto',
             nav=['Bóveda', 'Generador', 'Ajustes de privacidad', 'Compartir', 'Plan'], active=2,
             notes='Usted. Señuelos: generador con sugerencias locales, alertas de filtraciones, compartir con la familia, exportación, apps conectadas. Oposición no presentada (state row con aria-labelledby).')
    ia = p.sec('Inteligencia artificial',
               p.sw('Entrenar la IA de Llavero con mis datos de uso', True, mode='text', ai='p')
               + p.state('Oposición al entrenamiento de modelos', 'No presentada', 'Oponerme', ai='i', sharing=True,
                         help='Puede oponerse en cualquier momento; dejaremos de usar sus datos en los próximos entrenamientos.')
               + p.cb('Sugerirme nombres para las entradas nuevas', True,
                      help='Las sugerencias se calculan en su dispositivo.')
               + p.hide('css-class', lambda: p.cb('Ceder datos de autocompletado a socios de IA', True, ai='p')),
               intro='Sus contraseñas están cifradas y nadie en Llavero puede leerlas. Estos ajustes solo afectan a datos de uso.')
    seg = p.sec('Seguridad',
                p.cb('Avisarme si una contraseña aparece en una filtración', True)
                + p.cb('Marcar contraseñas repetidas', True)
                + p.sel('Bloquear la bóveda tras', [('1', '1 minuto'), ('10', '10 minutos'), ('60', '1 hora')], '10')
                + p.sw('Desbloqueo con huella', True, mode='native')
                + p.cb('Cerrar sesión al cerrar el navegador', False)
                + p.btn('Configurar la verificación en dos pasos'))
    comp = p.sec('Compartir',
                 p.cb('Mi familia puede editar los elementos compartidos', False)
                 + p.btn('Invitar a un familiar') + p.btn('Designar contacto de emergencia'))
    datos = p.sec('Sus datos',
                  p.btn('Exportar bóveda') + p.btn('Importar desde otro gestor') + p.btn('Aplicaciones conectadas') + p.btn('Eliminar cuenta', 'btn danger'))
    return p.done(ia + seg + comp + datos)


def nubo():
    p = Page('es', 'nubo-vpn-privacidad', 'Nubo VPN', 'https://cuenta.nubo-vpn.test/privacidad',
             'Privacidad', user='dani_r', accent='#e05a2b',
             nav=['Conexión', 'Dispositivos', 'Privacidad', 'Invita y gana', 'Plan'], active=2,
             notes='Tuteo. Señuelos: kill switch, protocolo, bloqueador de anuncios, servidor recomendado, invitaciones. Vista previa de la app con aria-hidden.')
    con = p.sec('Conexión',
                p.sw('Kill switch', True, mode='lb')
                + p.sel('Protocolo', [('wg', 'WireGuard'), ('ovpn', 'OpenVPN')], 'wg')
                + p.cb('Conectar al iniciar el equipo', True)
                + p.cb('Bloquear anuncios y rastreadores', True)
                + p.cb('Recomendarme el servidor más rápido', True,
                       help='La recomendación se calcula en tu dispositivo.')
                + p.sel('DNS', [('nubo', 'DNS de Nubo'), ('custom', 'Personalizado')], 'nubo')
                + p.cb('Protección contra fugas de IPv6', True)
                + p.cb('Avisarme si la VPN se desconecta', False))
    inf = p.sec('Rendimiento',
                p.radios('Informes de rendimiento', [('send', 'Enviar'), ('nosend', 'No enviar')], 'nosend', ai='v', share=('send',),
                         help='Con estos informes entrenamos el modelo que elige el servidor más rápido para todos.')
                + p.sw('No permitir que terceros entrenen IA con mis datos de navegación', True, mode='native', ai='i')
                + p.cb('Compartir mis datos de conexión con socios para entrenar modelos de IA', False, ai='p')
                + p.hide('aria-hidden', lambda: '<p>Así se ve en la app para móvil</p>'
                         + p.sw('Ayudar a entrenar la IA de Nubo', True, mode='text', ai='p')),
                intro='No guardamos registros de tu actividad. Aquí decides qué métricas técnicas compartes.')
    cta = p.sec('Cuenta',
                p.txt('Tu enlace de invitación', 'nubo-vpn.test/i/dani_r')
                + p.btn('Copiar enlace') + p.btn('Gestionar dispositivos') + p.btn('Descargar archivos de configuración') + p.btn('Cancelar suscripción', 'btn danger'))
    return p.done(con + inf + cta)


def alerta():
    p = Page('es', 'alerta-identidad-datos', 'Alerta Identidad', 'https://clientes.alertaidentidad.test/mi-cuenta/datos',
             'Uso de mis datos', user='Sra. Beltrán', accent='#1a237e',
             nav=['Resumen', 'Alertas', 'Informe de solvencia', 'Uso de mis datos', 'Seguro', 'Ayuda'], active=3,
             notes='Usted. Señuelos: vigilancia en la dark web, alertas por SMS, curso de formación antifraude, ofertas de seguros, informe de solvencia.')
    vig = p.sec('Vigilancia',
                p.cb('Vigilar mi DNI en foros de la dark web', True)
                + p.cb('Avisarme por SMS de nuevas consultas a ficheros de morosidad', True)
                + p.cb('Enviarme también cada alerta por correo', False)
                + p.sel('Frecuencia del informe de solvencia', [('mes', 'Mensual'), ('tri', 'Trimestral')], 'tri')
                + p.txt('Otro correo que vigilar', '', type='email', ph='nombre@ejemplo.es') + p.btn('Añadir'))
    inv = p.sec('Investigación con inteligencia artificial',
                p.seg('Mi participación', [('si', 'Sí'), ('no', 'No')], 'no', ai='h', share=('si',))
                + p.sw('Permitir que Alerta Identidad entrene modelos antifraude con mi historial', False, mode='lb', ai='p')
                + p.details('Opciones avanzadas', lambda:
                            p.cb('Bloquear el uso de mis alertas para entrenar modelos', False, ai='i')
                            + p.cb('Incluir a los titulares adicionales de mi plan', True))
                + p.hide('visibility-hidden',
                         lambda: p.cb('Ceder mis datos a organismos públicos para entrenar sistemas de IA', False, ai='p')),
                intro='Colaboramos con universidades que entrenan modelos para detectar suplantaciones de identidad con datos anonimizados de nuestros clientes.')
    otros = p.sec('Formación y ofertas',
                  p.btn('Apuntarme al curso gratuito «Evita el phishing»')
                  + p.cb('Recibir ofertas de seguros personalizadas', False))
    cta = p.sec('Cuenta', p.btn('Descargar mis datos') + p.btn('Cambiar forma de pago') + p.btn('Cambiar contraseña') + p.btn('Darme de baja', 'btn danger'))
    return p.done(vig + inv + otros + cta)


def buzon():
    p = Page('es', 'buzon-blindado-ajustes', 'Buzón Blindado', 'https://correo.buzonblindado.test/ajustes/privacidad',
             'Privacidad', user='marta@buzonblindado.test', accent='#2e7d32',
             nav=['General', 'Cifrado', 'Privacidad', 'Filtros', 'Dominios propios', 'Plan'], active=2,
             notes='Tuteo. Señuelos: respuestas sugeridas en el dispositivo, resúmenes, imágenes remotas, confirmaciones de lectura, exportación. Preferencias de IA en un diálogo cerrado.')
    spam = p.sec('Correo no deseado',
                 p.sel('Mejora del filtro antispam', [('off', 'Desactivada'), ('mine', 'Solo mis reportes'), ('meta', 'Reportes y metadatos')],
                       'mine', ai='v', share=('mine', 'meta'), tie='near',
                       help='Usamos lo que marcas como spam para reentrenar nuestro filtro, que protege a todos los usuarios.')
                 + p.cb('Mover a Spam los correos de remitentes desconocidos', False))
    ia = p.sec('Asistente de escritura',
               p.cb('Sugerir respuestas rápidas', True, help='Se generan en tu dispositivo a partir del correo abierto.')
               + p.cb('Resumir conversaciones largas', True)
               + p.sw('No usar nunca mis mensajes para entrenar IA', False, mode='al', ai='i')
               + p.dialog('Más preferencias de IA', 'Preferencias de IA', lambda:
                          p.cb('Usar mis borradores para mejorar el modelo de redacción', True, ai='p'), close='Cerrar'))
    gen = p.sec('Privacidad del correo',
                p.txt('Nombre visible', 'Marta Soler')
                + p.cb('Bloquear imágenes remotas', True)
                + p.cb('Enviar confirmaciones de lectura', False)
                + p.cb('Cifrar automáticamente entre usuarios de Buzón Blindado', True)
                + p.sel('Deshacer envío', [('5', '5 segundos'), ('20', '20 segundos')], '5'))
    cta = p.sec('Cuenta', p.btn('Exportar buzón') + p.btn('Verificación en dos pasos') + p.btn('Apps conectadas') + p.btn('Contraseñas de aplicación')
                + p.btn('Guardar cambios', 'btn primary'))
    return p.done(spam + ia + gen + cta)


PAGES = [panda, llavero, nubo, alerta, buzon]

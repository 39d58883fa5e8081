from lib import Page


def pages():
    out = []

    # 1 ---- Movistar (known) -----------------------------------------------------
    p = Page('es', 'movistar-privacidad', 'https://www.movistar.es/mi-movistar/ajustes/privacidad',
             'Privacidad', 'Movistar', known=True,
             nav=['Inicio', 'Mis productos', 'Facturas', 'Privacidad', 'Permisos', 'Ayuda'], active_nav=3,
             notes='Servicio conocido (Movistar), textos inventados. Radiogroup explícito, interruptor vago con ayuda, tabla con columna «Oponerme al entrenamiento de IA».')
    p.h1('Privacidad', 'Decide cómo usamos tus datos en Movistar, fibra y móvil.')
    p.sec('Comunicaciones')
    p.check('Ofertas por email', True)
    p.check('Ofertas por SMS', False)
    p.check('Llamadas comerciales', False)
    p.switch('Publicidad personalizada en Movistar Plus+', False)
    p.sec('Inteligencia artificial')
    p.radiogroup('Uso de mis datos para entrenar la IA de Movistar', ['Sí', 'No'], 1, ai=('p', False))
    p.switch('Ayúdanos a mejorar Aura', True,
             help='Tus conversaciones con Aura se usarán para entrenar los modelos de inteligencia artificial que la hacen funcionar.',
             ai=('v', True))
    p.check('Avisarme de novedades de Aura', False,
            help='Solo es un aviso; no cambia qué datos usamos.')
    p.table('Oposición por tipo de dato', 'Tipo de dato', ['Oponerme al entrenamiento de IA'],
            [('Datos de navegación del router', [(True, ('i', False))]),
             ('Grabaciones de llamadas al 1004', [(False, ('i', True))])])
    p.hide('inline-display')
    p.switch('Entrenar modelos con mi ubicación', False, ai=('p', False))
    p.unhide()
    p.sec('Tus derechos')
    p.button('Descargar mis datos')
    p.button('Solicitar la supresión')
    p.sec('Apps conectadas')
    p.button('Quitar acceso a Alexa')
    p.check('Compartir mi consumo con la app de Movistar Hogar', True)
    p.switch('Iniciar sesión con Movistar en webs de socios', False)
    p.sec('Seguridad')
    p.switch('Verificación en dos pasos', True)
    p.button('Cerrar sesión en todos los dispositivos')
    p.button('Guardar')
    out.append(p)

    # 2 ---- Filtrallamadas (inventado, tú) ---------------------------------------
    p = Page('es', 'filtrallamadas-ajustes', 'https://app.filtrallamadas.test/ajustes/privacidad',
             'Ajustes de privacidad', 'Filtrallamadas', hide_class='oculto',
             nav=['Llamadas', 'SMS', 'Bloqueados', 'Privacidad', 'Suscripción'], active_nav=3,
             notes='App antispam inventada (tú). Select bajo título de entrenamiento, botón-interruptor «Excluir» apagado, casilla vaga con ayuda.')
    p.h1('Privacidad')
    p.sec('Bloqueo')
    p.radios('Nivel de protección', ['Básico', 'Recomendado', 'Máximo'], 1)
    p.switch('Silenciar números ocultos', True)
    p.switch('Bloquear prefijos internacionales de riesgo', False)
    p.check('Mostrar el motivo del bloqueo', True)
    p.sec('Entrenamiento del modelo antispam',
          'Con tus reportes entrenamos el modelo que detecta llamadas fraudulentas antes de que suene el teléfono.')
    p.select('Números que reporto', ['Compartir', 'No compartir'], 0, ai=('h', True))
    p.bswitch('Excluir mis SMS del entrenamiento', False, naming='text', ai=('i', True))
    p.check('Colaborar con la red de detección', False,
            help='Al activarlo, el texto de los SMS que marques como fraude se usa para entrenar nuestro modelo de aprendizaje automático.',
            ai=('v', False))
    p.hide('class-display')
    p.check('Usar mis grabaciones de buzón para entrenar el modelo', False, ai=('p', False))
    p.unhide()
    p.sec('Notificaciones')
    p.check('Aviso en cada llamada bloqueada', False)
    p.check('Resumen semanal', True)
    p.check('Novedades sobre funciones de IA', True)
    p.sec('Pantalla')
    p.select('Tema', ['Claro', 'Oscuro', 'Automático'], 2)
    p.check('Texto grande', False)
    p.sec('Cuenta')
    p.button('Restaurar compras')
    p.switch('Copia de seguridad de la lista en la nube', True)
    p.button('Exportar lista de bloqueados')
    p.button('Guardar cambios')
    out.append(p)

    # 3 ---- Onda Fibra router (inventado, usted) -------------------------------
    p = Page('es', 'ondafibra-router', 'https://clientes.ondafibra.test/router/privacidad',
             'Router y privacidad', 'Onda Fibra',
             nav=['Mi conexión', 'Wi-Fi', 'Dispositivos', 'Control parental', 'Privacidad'], active_nav=4,
             notes='ISP inventado (usted). Fila de estado «Activar» (desactivado), fieldset bajo título de aprendizaje automático, segmentado vago con ayuda.')
    p.h1('Router y privacidad')
    p.sec('Red Wi-Fi')
    p.text('Nombre de la red', 'ONDA_8842')
    p.switch('Red de invitados', False)
    p.switch('Wi-Fi de 6 GHz', True)
    p.select('Horario del Wi-Fi', ['Siempre encendido', 'Apagado de 1:00 a 7:00', 'Personalizado'], 0)
    p.sec('Datos del router')
    p.staterow('Entrenamiento de IA con datos del router', 'Desactivado', 'Activar',
               suffix='entrenamiento de IA con datos del router', ai=('p', False))
    p.segmented('Programa de mejora de la red', ['Participar', 'No participar'], 1,
                help='Si participa, las mediciones de su línea se usan para entrenar nuestros modelos de IA de predicción de averías.',
                ai=('v', False))
    p.sec('Modelos de aprendizaje automático',
          'Entrenamos nuestros modelos con el consumo de los hogares que lo permiten. Nunca leemos el contenido de su tráfico.')
    p.radios('Datos de consumo del hogar', ['Incluir', 'No incluir'], 0, ai=('h', True))
    p.hide('aria-hidden')
    p.radios('Nombres de los dispositivos conectados', ['Incluir', 'No incluir'], 1, ai=('h', False))
    p.unhide()
    p.sec('Seguridad')
    p.switch('Bloqueo de webs peligrosas', True)
    p.switch('Actualizaciones automáticas', True)
    p.switch('Acceso remoto del servicio técnico', False)
    p.sec('Avisos')
    p.check('Avisarme por SMS de cortes programados', True)
    p.check('Informe mensual de uso', False)
    p.sec('Estadísticas')
    p.check('Mostrar el consumo por dispositivo', True)
    p.button('Exportar historial (CSV)')
    p.button('Reiniciar router')
    p.button('Aplicar')
    out.append(p)

    # 4 ---- Celeste Móvil buzón (inventado, usted) ------------------------------
    p = Page('es', 'celestemovil-buzon', 'https://micuenta.celestemovil.test/buzon/transcripcion',
             'Buzón de voz', 'Celeste Móvil',
             nav=['Mi tarifa', 'Buzón de voz', 'Desvíos', 'Roaming', 'Privacidad'], active_nav=1,
             notes='Operador inventado (usted). Casilla explícita, aria-label «Dejar de usar» activado, fila de estado bajo título de entrenamiento.')
    p.h1('Buzón de voz y transcripción')
    p.sec('Buzón')
    p.switch('Buzón de voz activo', True)
    p.select('Saltar el buzón tras', ['10 segundos', '20 segundos', '30 segundos'], 1)
    p.radios('Saludo', ['Saludo estándar', 'Mi propio saludo'], 0)
    p.check('Aviso por SMS de mensajes nuevos', True)
    p.sec('Transcripción')
    p.switch('Transcribir mensajes', True)
    p.select('Idioma de la transcripción', ['Automático', 'Español', 'Catalán', 'Inglés'], 0)
    p.check('Permitir que mis mensajes de voz entrenen el modelo de transcripción', True, wrap=True, ai=('p', True))
    p.details('Opciones avanzadas de transcripción')
    p.bswitch('Dejar de usar mis correcciones para entrenar la IA', True, naming='label', ai=('i', False))
    p.end_details()
    p.sec('Entrenamiento con sus grabaciones',
          'Una parte de los mensajes se revisa manualmente para entrenar el reconocimiento de voz.')
    p.staterow('Mensajes de números desconocidos', 'Incluidos', 'Quitar', naming='labelledby', ai=('h', True))
    p.hide('visibility')
    p.staterow('Mensajes de mis contactos', 'Excluidos', 'Incluir', naming='labelledby', ai=('h', False))
    p.unhide()
    p.sec('Almacenamiento')
    p.select('Borrar mensajes escuchados a los', ['7 días', '30 días', 'Nunca'], 1)
    p.button('Descargar todos los mensajes')
    p.sec('Accesibilidad')
    p.check('Transcripción con letra grande', False)
    p.check('Reproducir más despacio', False)
    p.sec('Notificaciones')
    p.check('Avisar cuando el buzón esté casi lleno', True)
    p.check('Novedades sobre la transcripción automática', False)
    p.button('Guardar')
    out.append(p)

    # 5 ---- RecargaYa eSIM/prepago (inventado, tú) -------------------------------
    p = Page('es', 'recargaya-privacidad', 'https://app.recargaya.test/cuenta/privacidad',
             'Privacidad', 'RecargaYa',
             nav=['Recargar', 'Mis eSIM', 'Pagos', 'Privacidad', 'Ayuda'], active_nav=3,
             notes='App de recargas/eSIM inventada (tú). Select vago con ayuda sobre licencias para entrenar IA, interruptor explícito apagado, diálogo cerrado.')
    p.h1('Privacidad')
    p.sec('Recargas')
    p.switch('Recarga automática', False)
    p.select('Importe habitual', ['10 €', '20 €', '30 €'], 0)
    p.check('Enviar factura por email', True)
    p.sec('eSIM')
    p.button('Instalar eSIM en otro móvil')
    p.switch('Alertas de consumo en roaming', True)
    p.sec('Tus datos')
    p.select('Compartir datos con socios', ['Sí', 'No'], 0,
             help='Incluye la cesión de tu historial de recargas a empresas que entrenan modelos de IA.', ai=('v', True))
    p.switch('Entrenamiento de IA con mis datos de uso', False, wrap=True, ai=('p', False))
    p.hide('dialog', opener='Más opciones', title='Más opciones de privacidad', close='Cerrar')
    p.switch('Usar mis chats con soporte para entrenar la IA', True, ai=('p', True))
    p.unhide()
    p.bswitch('Sugerencias de recarga con IA', True, naming='labelledby',
              help='Se calculan en tu móvil; no se usan para entrenar modelos.')
    p.sec('Publicidad')
    p.check('Promociones por notificación', False)
    p.check('Anuncios personalizados', False)
    p.sec('Seguridad')
    p.switch('Pedir PIN antes de pagar', True)
    p.button('Desvincular Bizum')
    p.switch('Entrar con huella', True)
    p.sec('Notificaciones')
    p.check('Aviso cuando quede poco saldo', True)
    p.check('Recordatorio de caducidad de la eSIM', True)
    p.button('Guardar')
    out.append(p)
    return out

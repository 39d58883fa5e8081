from lib import Page


def actions(p, cancel='Cancelar'):
    return '<div class="form-actions">' + p.button(p.chrome['save'], 'btn btn-primary') + p.button(cancel) + '</div>'


def holded():
    p = Page('es', 'holded-privacidad', 'Holded', 'https://app.holded.com/settings/privacy',
             'Privacidad y datos', 'Servicio conocido (reconstrucción), tuteo. Casilla explícita desmarcada (plain), '
             'interruptor aria-labelledby «No usar mis facturas para mejorar la IA» activado (inverted), tabla con título '
             '«Datos que pueden usarse para entrenar modelos» (heading-only). Señuelos: contabilización de tickets, '
             'conciliación, Verifactu, asesoría, curso, ofertas. Oculto: clase CSS display:none.',
             known=True, user='Tallers Puig SL', brand='Holded', hide_class='u-hide',
             nav=['Empresa', 'Usuarios', 'Bancos', 'Facturación', 'Contabilidad', 'Privacidad', 'Plan'], nav_active=5)
    p.add(p.section('Automatizaciones', None,
        p.checkbox('Contabilizar automáticamente los tickets escaneados', True,
                   help='Leemos importe, IVA y proveedor del ticket. Tú revisas el asiento antes de confirmarlo.'),
        p.switch('Sugerencias de conciliación bancaria', True, mode='labelledby'),
        p.checkbox('Enviar los registros de facturación a la AEAT (Verifactu)', True)))
    p.add(p.section('Inteligencia artificial de Holded',
        'Nuestros modelos aprenden de cómo llevan la contabilidad miles de pymes. Antes de usar nada, eliminamos NIF, nombres e IBAN.',
        p.checkbox('Permitir que Holded use los datos de mi empresa para entrenar sus modelos de IA', False, ai='p'),
        p.switch('No usar mis facturas para mejorar la IA', True, mode='labelledby', ai='i'),
        p.table('Datos que pueden usarse para entrenar modelos', 'Módulo', ['Incluir'], [
            ('Contabilidad', None, [(True, 'h')]),
            ('Inventario', None, [(False, 'h')]),
        ]),
        p.hidden_block('class', lambda: p.checkbox('Ceder datos a proveedores de IA para entrenamiento', False, ai='p'))))
    p.add(p.section('Tu asesoría', None,
        p.staterow('Asesoría Ferrer', 'Acceso a contabilidad e impuestos', 'Gestionar', mode='suffix', suffix='el acceso de Asesoría Ferrer'),
        p.button('Exportar libro diario')))
    p.add(p.section('Comunicaciones', None, p.checkbox('Recibir novedades y ofertas de Holded', False)))
    p.add(p.section('Formación', 'Sesiones en directo con nuestro equipo de producto.',
        p.button('Curso gratis: cierre contable con Holded')))
    p.add(p.section('Seguridad', None, p.button('Activar la verificación en dos pasos'),
        p.select('Cerrar sesión tras', ['30 minutos sin actividad', '2 horas', '8 horas'], 1)))
    p.add(actions(p))
    return p


def bufete():
    p = Page('es', 'bufetedigital-ia', 'Bufete Digital', 'https://www.bufetedigital.test/despacho/ajustes/inteligencia-artificial',
             'Inteligencia artificial', 'Software de despacho inventado, trato de usted. Fila de estado «Retirar oposición» '
             'con sufijo oculto, oposición ya presentada (inverted, no comparte), casilla «Colaborar con el programa de '
             'investigación jurídica» con ayuda (vague), role=radiogroup «Escritos procesales» bajo un título sobre '
             'entrenamiento (heading-only). Señuelos: plazos, resúmenes, LexNET, portal, curso. Oculto: <dialog> cerrado.',
             user='Lda. Carmen Ruiz', brand='Bufete Digital',
             nav=['Despacho', 'Abogados', 'Expedientes', 'Minutas', 'Portal del cliente', 'Inteligencia artificial', 'Conexiones'],
             nav_active=5)
    p.add(p.section('Herramientas', None,
        p.checkbox('Calcular automáticamente los plazos procesales', True),
        p.switch('Resumir resoluciones con IA', True, mode='text',
                 help='El resumen se genera cuando usted lo pide y se guarda en el expediente.')))
    p.add(p.section('Uso de sus datos para entrenar modelos',
        'Respetamos el secreto profesional. Ningún expediente se usa sin su autorización y puede cambiar de opinión cuando quiera.',
        p.staterow('Oposición al entrenamiento', 'Presentada el 14/01/2025', 'Retirar oposición', sharing=False, ai='i',
                   mode='suffix', suffix='al uso de expedientes para entrenar modelos'),
        p.checkbox('Colaborar con el programa de investigación jurídica', True, ai='v',
                   help='Las sentencias y escritos anonimizados de su despacho se usan, junto con varias universidades, para entrenar modelos de lenguaje jurídico.'),
        p.dialog('Ver condiciones del programa', 'Programa de investigación', lambda:
                 p.para('Duración: 12 meses prorrogables.') +
                 p.checkbox('Ceder expedientes a socios para entrenar IA', False, ai='p'),
                 footer_buttons=['Cerrar'])))
    p.add(p.section('Qué documentos pueden entrenar nuestros modelos', None,
        p.radios('Escritos procesales', [('Sí', True), ('No', False)], 0, ai='h', kind='radiogroup')))
    p.add(p.section('Portal del cliente', None,
        p.checkbox('Permitir que los clientes suban documentos', True),
        p.checkbox('Avisar al cliente cuando haya una nueva notificación', True),
        p.select('Plantilla de minuta por defecto', ['Honorarios por hora', 'Tarifa cerrada', 'Cuota litis'], 0)))
    p.add(p.section('Conexiones', None, p.button('Conectar con LexNET'), p.button('Exportar expedientes'),
        p.textfield('Correo para avisos de LexNET', 'notificaciones@ruizabogados.es', type='email'),
        p.checkbox('Enviar al cliente un recordatorio antes de cada vista', True)))
    p.add(p.section('Formación', None,
        p.card('IA y deontología profesional', 'Curso en línea · 3 horas', p.button('Inscribirme'))))
    p.add(actions(p))
    return p


def nominas():
    p = Page('es', 'nominasclaras-datos', 'Nóminas Claras', 'https://app.nominasclaras.test/empresa/configuracion/datos',
             'Uso de datos', 'Software de nóminas inventado, trato de usted. Fieldset «Exclusión del entrenamiento de '
             'modelos» con «Excluir…» seleccionado (inverted, no comparte), desplegable explícito con opción seudonimizada '
             '(plain), interruptor de contenido textual «Participar en el laboratorio de producto» con ayuda (vague). '
             'Señuelos: envío de nóminas, Sistema RED, FUNDAE, estadísticas que no entrenan. Oculto: display:none en línea.',
             user='RR. HH. Conservas Lema', brand='Nóminas Claras',
             nav=['Empresa', 'Empleados', 'Nóminas', 'Seguros sociales', 'Contratos', 'Uso de datos'], nav_active=5)
    p.add(p.section('Envíos', None,
        p.checkbox('Enviar las nóminas a los empleados por correo electrónico', True),
        p.checkbox('Presentar los seguros sociales por Sistema RED automáticamente', True),
        p.checkbox('Avisarme 15 días antes de que venza un contrato', True)))
    p.add(p.section('Cotización', None,
        p.textfield('Código de cuenta de cotización', '36 1234567 89'),
        p.checkbox('Calcular automáticamente los atrasos de convenio', True),
        p.button('Conectar con el portal del empleado')))
    p.add(p.section('Convenio', None,
        p.select('Convenio colectivo aplicable', ['Conservas de pescado (estatal)', 'Comercio en general (Pontevedra)'], 0)))
    p.add(p.section('Sus nóminas y nuestra IA',
        'Nuestro revisor automático detecta errores de cotización porque ha aprendido de miles de nóminas reales.',
        p.radios('Exclusión del entrenamiento de modelos',
                 [('Excluir los datos de mi plantilla', False), ('No excluir', True)], 0, ai='i'),
        p.select('Uso de las nóminas para entrenar nuestra IA',
                 [('No permitido', False), ('Solo datos seudonimizados', True)], 1, ai='p'),
        p.switch('Participar en el laboratorio de producto', True, mode='text', ai='v',
                 help='Con su permiso, usamos incidencias de nómina seudonimizadas para entrenar el modelo que detecta errores en las cotizaciones.'),
        p.hidden_block('display', lambda: p.checkbox('Permitir a la TGSS usar sus datos para entrenar modelos', False, ai='p'))))
    p.add(p.section('Estadísticas', None,
        p.checkbox('Enviar estadísticas de uso anónimas', True,
                   help='Nos dicen qué pantallas se usan más. No se utilizan para entrenar modelos.')))
    p.add(p.section('Formación', None,
        p.checkbox('Recordarme los créditos de formación bonificada (FUNDAE)', False)))
    p.add(p.section('Documentos', None, p.button('Descargar modelo 111'), p.button('Descargar modelo 190')))
    p.add(actions(p))
    return p


def rentaya():
    p = Page('es', 'rentaya-privacidad', 'Rentaya', 'https://rentaya.test/mi-cuenta/privacidad',
             'Privacidad', 'App de declaración de la renta inventada, tuteo. Casilla «Excluir mis borradores…» en <details> '
             'cerrado, desmarcada (inverted, comparte), botones segmentados explícitos en Sí (plain), fila de estado '
             '«Cambiar» + título bajo encabezado sobre lo que aprende el asistente (heading-only). Señuelos: Cl@ve, '
             'deducciones autonómicas, avisos, pareja, ofertas. Oculto: atributo hidden.',
             user='Javi', brand='Rentaya',
             nav=['Mi declaración', 'Documentos', 'Borradores anteriores', 'Mi cuenta', 'Privacidad'], nav_active=4)
    p.add(p.section('Tu asistente', None,
        p.switch('Explicarme las deducciones de mi comunidad autónoma', True, mode='labelledby'),
        p.button('Importar mis datos fiscales con Cl@ve')))
    p.add(p.section('Tus datos y nuestra IA',
        'Nuestro asistente aprende de declaraciones reales para avisarte de las deducciones que se suelen olvidar.',
        p.segmented('Entrenar nuestra IA con tus datos fiscales', [('Sí', True), ('No', False)], 0, ai='p'),
        p.details('Opciones avanzadas',
            p.checkbox('Excluir mis borradores de años anteriores del entrenamiento', False, ai='i'),
            p.checkbox('Conservar mis documentos 4 años', True)),
        p.hidden_block('hidden', lambda: p.checkbox('Compartir tus datos con socios para entrenar modelos', False, ai='p'))))
    p.add(p.section('Datos con los que aprende nuestro asistente', None,
        p.staterow('Certificados de retenciones', 'No se usan', 'Cambiar', sharing=False, ai='h', mode='lb', badge=True)))
    p.add(p.section('Avisos', None,
        p.checkbox('Avisarme cuando Hacienda pague la devolución', True),
        p.checkbox('Recordarme el fin de la campaña de la renta', True)))
    p.add(p.section('Compartir', None,
        p.checkbox('Compartir la declaración con mi pareja', False),
        p.checkbox('Ofertas de nuestros partners financieros', False)))
    p.add(p.section('Seguridad', None, p.button('Activar la verificación en dos pasos'),
        p.select('Cómo quieres recibir los avisos', ['Notificación en el móvil', 'Correo electrónico', 'SMS'], 0)))
    p.add(p.section('Devolución', None, p.textfield('IBAN para la devolución', 'ES91 2100 0418 4502 0005 1332')))
    p.add(p.button('Descargar mi declaración en PDF'))
    p.add(actions(p))
    return p


def gestoria():
    p = Page('es', 'gestorianorte-ajustes', 'Gestoría Norte', 'https://clientes.gestorianorte.test/ajustes/privacidad',
             'Ajustes', 'Gestoría en línea inventada, trato de usted, pestañas. Interruptor aria-label «Bloquear el uso de '
             'mis documentos para entrenar IA» desactivado (inverted, comparte), fila de estado «Revocar» con '
             'aria-labelledby y consentimiento otorgado (inverted, comparte), casilla explícita desmarcada sobre socios '
             '(plain). Señuelos: clasificación de documentos, modelo 303, WhatsApp, descargas. Oculto: pestaña inactiva.',
             user='Construcciones Arana', brand='Gestoría Norte',
             nav=['Inicio', 'Documentos', 'Impuestos', 'Nóminas', 'Ajustes'], nav_active=4)

    def empresa():
        return [p.textfield('Razón social', 'Construcciones Arana SL'),
                p.checkbox('Usar los datos de mi empresa para entrenar el clasificador de documentos', True, ai='p')]

    def privacidad():
        return [
            p.section('Documentos', None,
                p.checkbox('Clasificar automáticamente los documentos que subo', True,
                           help='Las facturas y tickets se ordenan por tipo y trimestre al subirlos.'),
                p.checkbox('Recordarme el modelo 303 cada trimestre', True),
                p.checkbox('Recibir mensajes de mi gestor por WhatsApp', False)),
            p.section('Entrenamiento de inteligencia artificial',
                'Usamos IA para revisar facturas y preparar borradores de impuestos. Aquí decide qué datos pueden servir para mejorarla.',
                p.switch('Bloquear el uso de mis documentos para entrenar IA', False, mode='label', ai='i'),
                p.staterow('Consentimiento para entrenar modelos con sus facturas', 'Otorgado el 05/05/2025', 'Revocar',
                           sharing=True, ai='i', mode='lb'),
                p.checkbox('Compartir mis datos contables con socios tecnológicos para entrenar sus modelos', False, ai='p')),
            p.section('Descargas', None,
                p.button('Descargar certificado de estar al corriente'), p.button('Descargar todos mis documentos')),
        ]

    def facturacion():
        return [p.select('Forma de pago', ['Domiciliación', 'Tarjeta'], 0)]

    p.add(p.tabs('Ajustes de la cuenta', [('Mi empresa', empresa), ('Privacidad', privacidad), ('Facturación', facturacion)], 1))
    p.add(p.section('Seguridad', None, p.button('Cambiar contraseña'), p.button('Ver sesiones abiertas')))
    p.add(actions(p))
    return p


def pages():
    return [holded(), bufete(), nominas(), rentaya(), gestoria()]

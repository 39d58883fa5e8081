from lib import Page


def selae():
    p = Page("es", "loteriasyapuestas-preferencias",
             "https://www.loteriasyapuestas.es/es/mi-cuenta/preferencias",
             "Mis preferencias | Loterías y Apuestas del Estado", "Loterías y Apuestas del Estado", "Mis preferencias",
             ["Mi cuenta", "Mis jugadas", "Mis premios", "Preferencias", "Juego responsable", "Ayuda"],
             "Buscar sorteos", "Idioma", "Mi cuenta", ["Saldo", "Datos personales", "Cerrar sesión"],
             ["© Sociedad Estatal Loterías y Apuestas del Estado", "Política de privacidad", "Aviso legal", "Cookies", "Juego seguro"],
             "Servicio conocido (reconstrucción). Botón switch con aria-label (plain), fieldset de radio vago con "
             "ayuda, casilla invertida ('No utilizar'). Señuelos: combinación aleatoria, avisos de premio, límites. "
             "Oculto: display:none en línea.",
             known=True, hidecls="lae-oculto", sr="sr-only", nav_current=3, theme="lotería")
    s = p.sec("Sorteos y premios")
    s.cb("Avisarme por correo electrónico si resulto premiado", True)
    s.cb("Recordatorio antes del cierre del bote", False)
    s.sel("Cobro de premios menores", ["Abonar en mi saldo", "Transferencia bancaria"], 0)
    s.sw("Combinación sugerida", True,
         help="Los números se generan al azar cada vez. No guardamos ni analizamos sus elecciones.")

    s = p.sec("Uso de sus datos")
    s.bsw("Usar mis participaciones para entrenar modelos de inteligencia artificial", False, by="aria", ai="p")
    s.radio("Contribuir a mejorar el servicio", ["Sí", "No"], 1, yes=[0], ai="v",
            help="Si acepta, sus participaciones se usarán, sin datos identificativos, para entrenar nuestros modelos de aprendizaje automático.")
    s.cb("No utilizar mis datos de juego para entrenar sistemas de IA", False, ai="i")

    s = p.sec("Programa piloto", hide="inline")
    s.sw("Entrenar el modelo de juego responsable con mis sesiones", True, ai="p")

    s = p.sec("Juego responsable")
    s.sel("Límite semanal de gasto", ["30 €", "60 €", "100 €", "Sin límite"], 1)
    s.btn("Autoexcluirme")

    s = p.sec("Comunicaciones")
    s.cb("Novedades y botes especiales por correo", True)
    s.cb("Mensajes SMS", False)
    s.cb("Cookies analíticas", False)
    s.btn("Descargar mis datos")

    s = p.sec("Acceso")
    s.sw("Acceso con huella", True)
    s.cb("Avisarme de inicios de sesión desde otro dispositivo", True)
    return p


def cuotaviva():
    p = Page("es", "cuotaviva-privacidad",
             "https://www.cuotaviva.test/cuenta/privacidad",
             "Privacidad · Cuotaviva", "Cuotaviva", "Privacidad y datos",
             ["Perfil", "Depósitos", "Mis apuestas", "Privacidad", "Límites", "Soporte"],
             "Buscar eventos", "Idioma", "Mi perfil", ["Historial", "Bonos", "Salir"],
             ["Cuotaviva (ficticio). +18. Juega con responsabilidad.", "Términos", "Privacidad", "Juego responsable"],
             "Casa de apuestas ficticia. Fila de estado con sufijo oculto (invertida: excluirme, se usan), dos grupos "
             "aria-pressed bajo el título 'Entrenamiento de nuestros modelos de cuotas' (heading-only). Señuelos: "
             "asistente de apuestas, cash out automático. Oculto: clase con display:none.",
             hidecls="cv-hidden", sr="sr-only", nav_current=3, theme="apuestas deportivas")
    s = p.sec("Apuestas")
    s.sw("Cash out automático al alcanzar mi objetivo", False)
    s.sel("Formato de cuotas", ["Decimal", "Fraccionario", "Americano"], 0)
    s.cb("Aceptar cambios de cuota", True)
    s.sw("Asistente de apuestas con IA", True,
         help="Te sugiere mercados según el partido que estás viendo. No aprende de tus apuestas.")

    s = p.sec("Tu historial y la IA")
    s.state("Tus apuestas se usan para entrenar nuestra IA", "Activado", "Excluirme", sharing=True,
            suffix="del entrenamiento de IA", ai="i")

    s = p.sec("Entrenamiento de nuestros modelos de cuotas",
              intro="Elige qué tipo de apuestas pueden servir para ajustar los modelos.")
    s.seg("Apuestas en directo", ["Incluir", "No incluir"], 0, yes=[0], ai="h")
    s.seg("Apuestas combinadas", ["Incluir", "No incluir"], 1, yes=[0], ai="h")

    s = p.sec("Beta", hide="class")
    s.cb("Entrenar el creador de combinadas con mis selecciones", True, ai="p")

    s = p.sec("Límites")
    s.sel("Límite de depósito mensual", ["200 €", "500 €", "1.000 €"], 0)
    s.btn("Tomarme un descanso")

    s = p.sec("Comunicaciones")
    s.cb("Promociones por correo", False)
    s.cb("Notificaciones de goles", True)
    s.cb("Ofertas de socios", False)
    s.btn("Descargar mis datos")
    s.btn("Cerrar cuenta")

    s = p.sec("Acceso")
    s.sw("Verificación en dos pasos", True)
    return p


def aurora():
    p = Page("es", "bingoaurora-ajustes",
             "https://app.bingoaurora.test/ajustes/datos",
             "Ajustes de datos — Bingo Aurora", "Bingo Aurora", "Ajustes de datos",
             ["Salas", "Mis cartones", "Cajero", "Ajustes", "Juego seguro", "Ayuda"],
             "Buscar salas", "Idioma", "Mi cuenta", ["Perfil", "Bonos", "Cerrar sesión"],
             ["Bingo Aurora (ficticio). Solo mayores de 18.", "Condiciones", "Privacidad", "Contacto"],
             "Bingo ficticio. Select vago con ayuda, casilla role=switch plain, role=radiogroup bajo el título "
             "'Datos para entrenar la IA' (heading-only). Señuelos: moderación automática del chat, marcado "
             "automático. Oculto: aria-hidden.",
             hidecls="ba-hide", sr="visually-hidden", nav_current=3, theme="bingo")
    s = p.sec("Partidas")
    s.sw("Marcado automático", True)
    s.sel("Voz del cantor", ["Lola", "Andrés", "Sin voz"], 0)
    s.cb("Sonidos de la sala", True)
    s.sw("Chat en las salas", True)

    s = p.sec("Tu participación")
    s.sel("Modo de participación", ["Básico", "Colaborador"], 0, yes=[1], ai="v",
          help="En modo Colaborador, tus partidas y mensajes del chat se usan para entrenar nuestros modelos de IA.")
    s.sw("Permitir que Bingo Aurora entrene su IA con mis partidas", True, ai="p")
    s.cb("Moderación automática del chat", True,
         help="Revisa cada mensaje al enviarlo para ocultar insultos; no guarda tus conversaciones.")

    s = p.sec("Datos para entrenar la IA")
    s.rg("Mensajes del chat", ["Sí", "No"], 1, yes=[0], ai="h")

    s = p.sec("Funciones en pruebas", hide="aria")
    s.sw("Entrenar el recomendador de salas con mis horarios de juego", True, ai="p")

    s = p.sec("Juego seguro")
    s.sel("Aviso de tiempo de juego", ["Cada 30 minutos", "Cada hora", "Nunca"], 0)
    s.btn("Pausar mi cuenta")

    s = p.sec("Privacidad")
    s.sw("Mostrar mi apodo en los ganadores", False)
    s.cb("Promociones por correo", False)
    s.btn("Descargar mis datos")

    s = p.sec("Perfil")
    s.inp("Apodo en el chat", "Mariposa77")
    s.sel("Tema", ["Claro", "Oscuro"], 1)
    s.cb("Bonos por SMS", False)
    return p


def surtidor():
    p = Page("es", "surtidorclub-privacidad",
             "https://club.surtidor.test/mi-cuenta/privacidad",
             "Privacidad | Surtidor Club", "Surtidor Club", "Privacidad",
             ["Mis puntos", "Canjear", "Mis repostajes", "Privacidad", "Vehículos", "Ayuda"],
             "Buscar estaciones", "Idioma", "Mi cuenta", ["Mis vehículos", "Tarjetas", "Salir"],
             ["Surtidor Club (programa ficticio).", "Bases del programa", "Privacidad", "Aviso legal"],
             "Gasolinera ficticia. Tabla fila × columna bajo el título 'Entrenamiento de modelos de IA' "
             "(heading-only), botón switch aria-labelledby invertido ('Oponerme'). Señuelos: lavado, alertas de "
             "precio, pago en surtidor. Oculto: visibility:hidden.",
             hidecls="sc-hide", sr="sr-only", nav_current=3, theme="gasolinera")
    s = p.sec("Repostar")
    s.sw("Pagar desde la app en el surtidor", True)
    s.sel("Combustible habitual", ["Gasolina 95", "Gasolina 98", "Diésel"], 2)
    s.cb("Ticket por correo", True)
    s.cb("Alerta cuando baje el precio", False)

    s = p.sec("Entrenamiento de modelos de IA",
              intro="Usamos los datos del club para entrenar modelos que prevén la demanda en cada estación. Decide quién puede usar los tuyos.")
    s.table("", ["Surtidor", "Empresas colaboradoras"], ["Repostajes"], [[True, False]],
            ai_cols={0: ("h", False), 1: ("h", False)}, corner="Datos")
    s.bsw("Oponerme al uso de mi matrícula en el entrenamiento de modelos", True, by="lbl", ai="i")

    s = p.sec("Coche conectado", hide="visibility")
    s.sw("Usar los datos de conducción de mi coche para entrenar modelos de consumo", True, ai="p")

    s = p.sec("Lavado")
    s.sw("Renovar el bono de lavado automáticamente", False)
    s.sel("Programa de lavado", ["Básico", "Completo", "Premium"], 1)

    s = p.sec("Cuenta")
    s.cb("Ofertas por correo", True)
    s.btn("Añadir vehículo")
    s.btn("Descargar mis datos")
    s.btn("Darme de baja")

    s = p.sec("App")
    s.sw("Modo oscuro", False)
    s.sel("Mostrar mis puntos como", ["Puntos", "Euros"], 0)
    s.cb("Avisarme cuando caduquen mis puntos", True)
    return p


def mercaluz():
    p = Page("es", "mercaluz-preferencias",
             "https://www.mercaluz.test/club/preferencias",
             "Preferencias del Club | Mercaluz", "Mercaluz", "Preferencias del Club Mercaluz",
             ["Mi Club", "Mis cupones", "Mis tickets", "Preferencias", "Mi hogar", "Tiendas"],
             "¿Qué busca?", "Idioma", "Mi cuenta", ["Mis pedidos", "Mis datos", "Cerrar sesión"],
             ["Mercaluz Supermercados (ficticio).", "Privacidad", "Condiciones del Club", "Accesibilidad"],
             "Supermercado ficticio. Fieldset de radio plain, botón switch nombrado por su texto (vago, ayuda por "
             "aria-describedby), grupo aria-pressed invertido dentro de <details> cerrado (tarjeta adicional). "
             "Señuelos: lista de la compra con IA, ticket digital. Oculto: <dialog> cerrado.",
             hidecls="ml-hide", sr="sr-only", nav_current=3, theme="supermercado")
    s = p.sec("Compras")
    s.sw("Ticket digital", True)
    s.sel("Tienda habitual", ["Mercaluz Triana", "Mercaluz Nervión", "Compra online"], 0)
    s.sw("Lista de la compra con IA", True,
         help="Le propone productos al abrir la lista. Sus respuestas no se guardan ni se usan para entrenar.")

    s = p.sec("Sus compras y la inteligencia artificial")
    s.radio("Uso de sus compras para entrenar modelos de IA", ["Permitir", "No permitir"], 0, yes=[0], ai="p")
    s.bsw("Colaborar en la mejora de Mercaluz", False, by="text", ai="v",
          help="Sus tickets se añadirían a los datos con los que entrenamos los modelos de surtido y precios.")
    d = s.dialog("Más opciones", "Más opciones", close="Cerrar")
    d.cb("Permitir que proveedores entrenen modelos con mis compras", True, ai="p")

    d = p.details("Tarjeta adicional de Pablo")
    d.seg("Excluir las compras de Pablo del entrenamiento de IA", ["Sí", "No"], 0, yes=[1], ai="i")
    d.cb("Acumular sus puntos en mi tarjeta", True)

    s = p.sec("Comunicaciones")
    s.cb("Cupones por correo electrónico", True)
    s.cb("Folleto en papel", False)
    s.cb("Ofertas de marcas colaboradoras", False)
    s.btn("Descargar mis datos")
    s.btn("Darme de baja del Club")

    s = p.sec("Mi hogar")
    s.inp("Personas en el hogar", "4", type="number")
    s.cb("Avisarme cuando mis cupones estén a punto de caducar", True)
    s.sw("Mostrar mi saldo en la pantalla de inicio", True)
    return p


def pages():
    return [selae(), cuotaviva(), aurora(), surtidor(), mercaluz()]

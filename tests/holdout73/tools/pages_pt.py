from lib import Page


def livelo():
    p = Page("pt", "livelo-privacidade",
             "https://www.livelo.com.br/minha-conta/privacidade",
             "Privacidade | Livelo", "Livelo", "Privacidade e dados",
             ["Meus pontos", "Extrato", "Clube Livelo", "Privacidade", "Cartões vinculados", "Ajuda"],
             "O que você procura?", "Idioma", "Olá, Ana", ["Meus resgates", "Meus dados", "Sair"],
             ["© Livelo S.A.", "Política de privacidade", "Termos de uso", "Central de ajuda", "Cookies"],
             "Serviço conhecido (reconstrução). Checkbox plain, linha de estado com aria-labelledby (invertida: "
             "revogar consentimento, concedido), select vago com ajuda. Iscas: assistente de resgate com IA, "
             "pontos expirando, cookies. Oculto: aba inativa.",
             lead="Escolha como a Livelo pode usar as informações dos seus pontos e resgates.",
             known=True, hidecls="lv-hidden", sr="sr-only", nav_current=3, theme="programa de pontos")
    s = p.sec("Avisos")
    s.cb("Avisar quando meus pontos estiverem perto de expirar", True)
    s.cb("Ofertas de compra de pontos por e-mail", False)
    s.sel("Canal preferido", ["E-mail", "WhatsApp", "Notificação no app"], 1)

    s = p.sec("Inteligência artificial")
    s.cb("Permitir que a Livelo use meus dados de resgate para treinar modelos de IA", True, ai="p")
    s.state("consentimento para treinamento de IA", "Concedido em 12/02/2024", "Revogar", sharing=True,
            by="lbl", ai="i")
    s.sel("Nível de contribuição", ["Nenhum", "Básico", "Completo"], 0, yes=[1, 2], ai="v",
          help="Básico: só o extrato de pontos; Completo: extrato e resgates. Esses dados treinam nossos modelos de recomendação.")
    s.sw("Assistente de resgate com IA", True,
         help="O assistente sugere produtos pelo seu saldo atual. Ele não aprende com as suas conversas.")

    tabs = p.tabs(["Cookies", "Experimentos"], label="Mais opções")
    t = tabs[0]
    t.cb("Cookies de desempenho", True)
    t.cb("Cookies de publicidade", False)
    t = tabs[1]
    t.sw("Treinar o novo modelo de ofertas com meus cartões vinculados", True, ai="p")

    s = p.sec("Seus dados")
    s.btn("Baixar meus dados")
    s.btn("Encerrar conta")
    s.sw("Verificação em duas etapas", True)

    s = p.sec("Exibição")
    s.sel("Mostrar meu saldo", ["Sempre", "Ocultar valores"], 0)
    s.sw("Tema escuro", False)
    return p


def escalacao():
    p = Page("pt", "escalacaomax-dados",
             "https://app.escalacaomax.test/configuracoes/dados",
             "Configurações · Escalação Max", "Escalação Max", "Seus dados",
             ["Meu time", "Mercado", "Ligas", "Configurações", "Notificações", "Ajuda"],
             "Buscar jogador", "Idioma", "Perfil", ["Meu time", "Assinatura", "Sair"],
             ["Escalação Max (fictício). Fantasy game de futebol.", "Termos", "Privacidade", "Fale conosco"],
             "Fantasy fictício. Tabela linha × coluna sob o título 'Treino dos modelos de projeção' "
             "(heading-only), checkbox role=switch invertido ('Não usar'). Iscas: dicas de escalação com IA, "
             "perfil público, mercado. Oculto: atributo hidden.",
             hidecls="em-hide", sr="visually-hidden", nav_current=3, theme="fantasy")
    s = p.sec("Perfil")
    s.inp("Nome do time", "Tricolor do Bairro")
    s.sw("Perfil público nas ligas", True)
    s.sel("Time do coração", ["Bahia", "Fluminense", "Grêmio", "Sport"], 0)

    s = p.sec("Dicas")
    s.sw("Dicas de escalação com IA", True,
         help="As dicas usam só as estatísticas públicas da rodada.")
    s.sw("Não usar meu histórico de trocas para treinar a IA", False, ai="i")

    s = p.sec("Treino dos modelos de projeção",
              intro="Nossas projeções de pontuação aprendem com as escolhas dos cartoleiros. Você decide se as suas entram.")
    s.table("", ["Modelos da Escalação Max", "Modelos de parceiros de mídia"], ["Minhas escalações"],
            [[True, False]], ai_cols={0: ("h", False), 1: ("h", False)})

    s = p.sec("Em breve", hide="hidden")
    s.cb("Usar as mensagens das minhas ligas para treinar o narrador virtual", True, ai="p")

    s = p.sec("Notificações")
    s.cb("Mercado fechando", True)
    s.cb("Parciais da rodada", True)
    s.cb("Convites para ligas", False)

    s = p.sec("Conta")
    s.btn("Alterar senha")
    s.btn("Baixar meus dados")
    s.btn("Excluir conta")

    s = p.sec("Exibição")
    s.sel("Tema", ["Claro", "Escuro"], 1)
    s.sw("Mostrar cartoletas no topo", True)
    return p


def sorteja():
    p = Page("pt", "sorteja-preferencias",
             "https://www.sorteja.test/conta/preferencias",
             "Preferências – Sorte Já", "Sorte Já", "Preferências da conta",
             ["Meus jogos", "Bolões", "Prêmios", "Preferências", "Jogo responsável", "Ajuda"],
             "Buscar", "Idioma", "Minha conta", ["Saldo", "Meus dados", "Sair"],
             ["Sorte Já (fictício). Proibido para menores de 18 anos.", "Termos", "Privacidade", "Ouvidoria"],
             "Loteria/raspadinha fictícia. role=radiogroup vago com ajuda, grupo aria-pressed plain (Permitir/"
             "Bloquear), checkbox sob o título 'Treinamento de IA' (heading-only). Iscas: surpresinha, bolões, "
             "limites. Oculto: display:none inline.",
             hidecls="sj-off", sr="sr-only", nav_current=3, theme="loteria")
    s = p.sec("Apostas")
    s.sw("Surpresinha automática", False)
    s.cb("Avisar quando um bolão estiver fechando", True)
    s.sel("Resgate de prêmios", ["Crédito na conta", "Pix"], 1)

    s = p.sec("Melhorias")
    s.rg("Ajude a melhorar o Sorte Já", ["Sim", "Não"], 0, yes=[0], ai="v",
         help="Suas apostas e raspadinhas passam a fazer parte dos dados que treinam nossos modelos de aprendizado de máquina.")
    s.seg("Treinar modelos de IA com minhas apostas", ["Permitir", "Bloquear"], 1, yes=[0], ai="p")

    s = p.sec("Treinamento de IA", intro="Escolha quais jogos podem ser usados.")
    s.cb("Raspadinhas online", False, ai="h")

    s = p.sec("Laboratório", hide="inline")
    s.sw("Treinar o gerador de palpites com os números que eu jogo", True, ai="p")

    s = p.sec("Jogo responsável")
    s.sel("Limite mensal", ["R$ 100", "R$ 300", "R$ 500"], 0)
    s.btn("Fazer uma pausa")

    s = p.sec("Comunicação")
    s.cb("Resultados por e-mail", True)
    s.cb("Promoções por SMS", False)
    s.cb("Novidades no WhatsApp", True)
    s.btn("Baixar meus dados")

    s = p.sec("Acesso")
    s.sw("Entrar com biometria", True)
    s.cb("Avisar sobre acesso em novo aparelho", True)
    s.sel("Tela inicial", ["Mega-Sena", "Lotofácil", "Meus jogos"], 2)
    return p


def vitalis():
    p = Page("pt", "vitalis-privacidade",
             "https://clube.drogariavitalis.test/minha-conta/privacidade",
             "Privacidade – Clube Vitalis", "Drogaria Vitalis", "Privacidade",
             ["Meus descontos", "Minhas compras", "Receitas", "Privacidade", "Dependentes", "Lojas"],
             "Buscar produtos", "Idioma", "Minha conta", ["Meu cartão", "Endereços", "Sair"],
             ["Drogaria Vitalis – Clube Vitalis (fictício).", "Aviso de privacidade (LGPD)", "Termos", "Fale conosco"],
             "Drogaria fictícia. Fieldset de rádio invertido ('Bloquear'), botão switch aria-labelledby plain, "
             "checkbox vago com ajuda dentro de <details> fechado (dependente). Iscas: lembrete de remédio, "
             "farmacêutico virtual. Oculto: classe com display:none.",
             hidecls="vt-hidden", sr="sr-only", nav_current=3, theme="drogaria")
    s = p.sec("Lembretes")
    s.cb("Lembrete para recomprar meu remédio de uso contínuo", True)
    s.cb("Aviso de receita vencendo", True)
    s.sel("Horário dos lembretes", ["Manhã", "Tarde", "Noite"], 0)

    s = p.sec("Seus dados e a inteligência artificial")
    s.radio("Bloquear o uso das minhas compras no treinamento de IA", ["Bloquear", "Não bloquear"], 0,
            yes=[1], ai="i")
    s.bsw("Usar meu histórico de compras para treinar a IA da Vitalis", False, by="lbl", ai="p")
    s.sw("Farmacêutico virtual", True,
         help="Responde dúvidas sobre bulas. As conversas não são usadas para treinar o sistema.")

    d = p.details("Dependentes", intro="Miguel Souza (filho)")
    d.cb("Incluir as compras do Miguel no programa de melhoria", True, ai="v",
         help="O programa de melhoria usa as compras para treinar nossos modelos de aprendizado de máquina.")
    d.cb("Somar os descontos do Miguel ao meu cartão", True)

    s = p.sec("Novidades", hide="class")
    s.sw("Treinar o assistente de receitas com as minhas receitas digitalizadas", True, ai="p")

    s = p.sec("Comunicação")
    s.cb("Ofertas por e-mail", False)
    s.cb("Ofertas de laboratórios parceiros", False)
    s.btn("Baixar meus dados")
    s.btn("Sair do Clube Vitalis")

    s = p.sec("Conta")
    s.sw("Entrar com biometria", True)
    s.sel("Loja preferida", ["Vitalis Savassi", "Vitalis Pampulha", "Entrega em casa"], 0)
    s.cb("Avisar sobre descontos do PBM", True)
    return p


def abastece():
    p = Page("pt", "abastecemais-privacidade",
             "https://app.abastecemais.test/perfil/privacidade",
             "Privacidade · Abastece+", "Abastece+", "Privacidade",
             ["Meus pontos", "Trocar pontos", "Abastecimentos", "Privacidade", "Veículos", "Ajuda"],
             "Buscar postos", "Idioma", "Perfil", ["Veículos", "Formas de pagamento", "Sair"],
             ["Abastece+ (programa fictício de postos).", "Regulamento", "Privacidade", "Contato"],
             "Posto fictício. Select sob o título 'Treinamento de IA' (heading-only), linha de estado com sufixo "
             "oculto (vaga, ajuda visível diz treino), botão switch por aria-label invertido ('Excluir'). Iscas: "
             "pagar na bomba, alerta de preço, calibragem. Oculto: aria-hidden.",
             hidecls="ab-hide", sr="u-sr", nav_current=3, theme="posto de combustível")
    s = p.sec("Abastecer")
    s.sw("Pagar pelo app na bomba", True)
    s.sel("Combustível", ["Gasolina comum", "Gasolina aditivada", "Etanol", "Diesel S10"], 2)
    s.cb("Comprovante por e-mail", True)
    s.cb("Alerta de preço do etanol", False)

    s = p.sec("Programa de melhoria")
    s.state("Programa de melhoria contínua", "Participando", "Sair", sharing=True,
            suffix="do programa de melhoria contínua", ai="v",
            help="No programa, seus abastecimentos são usados para treinar nossos modelos.")
    s.bsw("Excluir minhas compras na loja de conveniência do treinamento de modelos", False, by="aria", ai="i")

    s = p.sec("Treinamento de IA")
    s.sel("Abastecimentos", ["Incluir", "Não incluir"], 0, yes=[0], ai="h")

    s = p.sec("Carro conectado", hide="aria")
    s.sw("Treinar modelos de consumo com dados do meu carro", True, ai="p")

    s = p.sec("Conta")
    s.cb("Lembrete de calibragem dos pneus", False)
    s.btn("Adicionar veículo")
    s.btn("Baixar meus dados")
    s.btn("Excluir conta")

    s = p.sec("App")
    s.sw("Tema escuro", False)
    s.sel("Unidade de consumo", ["km/l", "l/100 km"], 0)
    s.cb("Mostrar meus pontos na tela inicial", True)
    s.cb("Ofertas de parceiros por e-mail", False)
    return p


def pages():
    return [livelo(), escalacao(), sorteja(), vitalis(), abastece()]

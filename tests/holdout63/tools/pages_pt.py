from lib import Page

CH = dict(search="Buscar", langlabel="Idioma", account="Minha conta", menu=["Perfil", "Documentos", "Sair"],
          navlabel="Configurações", footlabel="Institucional",
          footer=["Ajuda", "Privacidade", "Termos de uso", "Ouvidoria"])


def nubank():
    p = Page("pt", "nubank-privacidade", "Nubank", "https://app.nubank.com.br/configuracoes/privacidade",
             "Serviço conhecido, você. Interruptor explícito (aria-labelledby, ligado), caixa 'Não quero que meus "
             "dados…' marcada (não treina), lista vaga 'Programa de melhoria contínua' cuja ajuda "
             "(aria-describedby) fala de treinamento (Não participar). Iscas: resumo da fatura com IA, Pix, ofertas. "
             "Oculto: aba inativa 'Laboratório'.",
             dict(CH, search="Buscar no app", account="Perfil"), "Privacidade",
             ["Perfil", "Cartão", "Pix", "Privacidade", "Notificações", "Segurança"], known=True, current=3,
             title="Privacidade | Nubank")
    m = []

    def geral():
        return (p.sec("Assistente e inteligência artificial", None,
                      p.sw("Resumo da fatura com IA", on=True,
                           help="Explica seus gastos do mês com base na sua própria fatura."),
                      p.sw("Usar minhas conversas com a assistente para treinar a IA do Nubank", on=True, ai="p"),
                      p.cb("Não quero que meus dados de compras sejam usados para aprimorar modelos de IA", checked=True,
                           ai="i"),
                      p.sel("Programa de melhoria contínua", ["Participar", "Não participar"], 1, shares=[True, False],
                            ai="v",
                            help="Quem participa tem o histórico do cartão usado no treinamento dos nossos modelos de aprendizado de máquina."))
                + p.sec("Ofertas", None,
                        p.cb("Ofertas personalizadas de empréstimo", checked=False),
                        p.cb("Ofertas de parceiros no Shopping do Nubank", checked=True)))

    def laboratorio():
        return p.sec("Laboratório", None,
                     p.sw("Liberar meu histórico de Pix para treinar novos modelos", on=False, ai="p"))

    m.append(p.tabs("Privacidade", [("Geral", geral, True), ("Laboratório", laboratorio, False)]))
    m.append(p.sec("Pix", None,
                   p.btn("Minhas chaves Pix"), p.cb("Mostrar meu nome completo a quem me paga", checked=False),
                   p.sel("Limite Pix noturno", ["R$ 500", "R$ 1.000", "R$ 2.000"], 1)))
    m.append(p.sec("Seus dados", None,
                   p.btn("Baixar meus dados"), p.btn("Aplicativos conectados (Open Finance)"),
                   p.sw("Notificações de compras no cartão", on=True)))
    m.append(p.sec("Segurança", None,
                   p.btn("Trocar senha do app"), p.sw("Modo rua", on=False,
                        help="Limita transferências quando você está fora de locais de confiança."),
                   p.btn("Dispositivos conectados")))
    return p, p.render("".join(m))


def serasa():
    p = Page("pt", "serasa-privacidade", "Serasa", "https://www.serasa.com.br/area-cliente/privacidade",
             "Serviço conhecido (score de crédito), você. Grupo de rádio (fieldset) 'Meu Cadastro Positivo' que só "
             "faz sentido pelo título e pela introdução (Incluir), linha de estado 'Registrar oposição …' com sufixo "
             "visualmente oculto (oposição não registrada = treina), caixa nativa role=switch explícita (desmarcada). "
             "Iscas: explicação do score com IA, monitoramento de CPF, ofertas. Oculto: atributo hidden.",
             dict(CH, search="Buscar na Serasa", account="Área do cliente"), "Privacidade e dados",
             ["Meu score", "Limpa Nome", "Monitoramento", "Privacidade e dados", "Meus pedidos"], known=True,
             current=3, title="Privacidade e dados - Serasa")
    m = []
    m.append(p.sec("Seu score", None,
                   p.sw("Entenda seu score com IA", on=True,
                        help="Um assistente explica o que mais pesou no seu score, usando só o seu relatório."),
                   p.btn("Baixar relatório completo"),
                   p.cb("Avisar quando meu score mudar", checked=True)))
    m.append(p.sec("Modelos de score com inteligência artificial",
                   "O Serasa Score é calculado por modelos que aprendem com o histórico de milhões de consumidores. Escolha se o seu entra nesse aprendizado.",
                   p.radios("Meu Cadastro Positivo", ["Incluir", "Não incluir"], 0, shares=[True, False], ai="h"),
                   p.state("Oposição ao treinamento de IA", "Não registrada", "Registrar oposição", True,
                           suffix=" ao uso dos meus dados no treinamento de IA", ai="i"),
                   p.cb("Compartilhar meus dados com parceiros para treinar modelos de IA de crédito", checked=False,
                        role="switch", ai="p")))
    m.append(p.hide("hidden-attr", lambda: p.cb("Permitir treinamento de IA com meus dados de consultas", checked=True,
                                                ai="p")))
    m.append(p.sec("Monitoramento de CPF", None,
                   p.cb("Alerta de consulta ao meu CPF", checked=True),
                   p.cb("Alerta de nova dívida registrada", checked=True),
                   p.radios("Receber alertas por", ["WhatsApp", "E-mail", "SMS"], 0)))
    m.append(p.sec("Comunicação", None,
                   p.cb("Ofertas de renegociação do Limpa Nome", checked=False),
                   p.cb("Ofertas de cartões e empréstimos", checked=False),
                   p.btn("Solicitar exclusão dos meus dados")))
    m.append(p.sec("Conta e segurança", None,
                   p.btn("Alterar senha"), p.sw("Login com biometria", on=True),
                   p.sel("Tempo até sair automaticamente", ["5 minutos", "15 minutos", "1 hora"], 1),
                   p.btn("Ver histórico de acessos"), p.btn("Baixar cópia dos meus dados")))
    return p, p.render("".join(m))


def jabuti():
    p = Page("pt", "jabuti-privacidade", "Jabuti", "https://app.jabuti.test/conta/privacidade",
             "Carteira/corretora cripto inventada, você. role=radiogroup explícito (Permitir), tabela em que só a "
             "legenda diz que o modelo antifraude é treinado e a coluna diz 'Liberar' (duas linhas, mistas), "
             "interruptor com texto 'Bloquear o uso dos meus dados por parceiros de IA' ligado (não treina). Iscas: "
             "trilha para iniciantes, esconder saldo. Oculto: display:none inline.",
             dict(CH, search="Buscar moedas", account="Conta"), "Privacidade",
             ["Carteira", "Privacidade", "Segurança", "Saques", "Impostos", "Ajuda"], current=1)
    m = []
    m.append(p.sec("Exibição", None,
                   p.sel("Moeda de referência", ["BRL", "USD", "BTC"], 0),
                   p.sw("Esconder saldo ao abrir o app", on=True)))
    m.append(p.sec("Seus dados e IA", None,
                   p.radios("Treinamento de IA com minhas transações", ["Permitir", "Não permitir"], 0,
                            shares=[True, False], ai="p", mode="rg"),
                   p.sw("Bloquear o uso dos meus dados por parceiros de IA", on=True, ai="i", nmode="text")))
    m.append(p.sec("Segurança da sua carteira", None,
                   p.table("Dados usados para treinar nosso modelo antifraude",
                           ["Tipo de dado", "Liberar"],
                           [("Endereços de carteira", [False]), ("Valores de saque", [True])],
                           colai={1: ("h", False)})))
    m.append(p.hide("inline-display-none", lambda: p.cb("Enviar meus dados de uso para treinar o chatbot", checked=True,
                                                        ai="p")))
    m.append(p.sec("Aprender", None,
                   p.cb("Quero fazer a Trilha Cripto para iniciantes", checked=False)))
    m.append(p.sec("Segurança", None,
                   p.btn("Ativar autenticação em dois fatores"), p.btn("Endereços confiáveis para saque"),
                   p.sw("Confirmar saques por e-mail", on=True), p.btn("Exportar extrato para o IR")))
    m.append(p.sec("Notificações", None,
                   p.cb("Alertas de preço", checked=True), p.cb("Depósitos confirmados", checked=True),
                   p.seg("Resumo da carteira", ["Diário", "Semanal", "Desligado"], 1),
                   p.btn("Gerenciar apps conectados")))
    return p, p.render("".join(m))


def cofrinho():
    p = Page("pt", "cofrinho-dados", "Cofrinho", "https://cofrinho.test/app/ajustes/dados",
             "App de orçamento inventado, você. Caixa vaga 'Ajudar a melhorar o Cofrinho' com ajuda ao lado que fala "
             "de treinamento (desmarcada), caixa 'Excluir os dados dos meus dependentes…' em <details> fechado "
             "(marcada = não treina), botões aria-pressed que só se entendem pelo título 'Como nossa IA aprende' "
             "(Enviar). Iscas: dicas da IA, metas, exportação. Oculto: classe CSS com display:none.",
             dict(CH, search="Buscar lançamentos", account="Bia"), "Seus dados",
             ["Resumo", "Contas", "Orçamento", "Metas", "Família", "Seus dados"], current=5, hide_class="escondido")
    m = []
    m.append(p.sec("Orçamento", None,
                   p.sel("Dia de início do mês", ["Dia 1", "Dia 5", "Dia do salário"], 2),
                   p.cb("Avisar quando passar de 90% do orçamento", checked=True),
                   p.sw("Dicas da IA para economizar", on=True,
                        help="As dicas são geradas a partir do seu orçamento e não alimentam nenhum treinamento.")))
    m.append(p.sec("Melhorias", None,
                   p.cb("Ajudar a melhorar o Cofrinho", checked=False, ai="v", hmode="near",
                        help="Isso inclui usar suas transações, sem seu nome, para treinar nosso modelo de categorização.")))
    m.append(p.sec("Como nossa IA aprende",
                   "Quando você corrige uma categoria, podemos usar essa correção para ensinar o modelo.",
                   p.seg("Categorias que você corrige", ["Enviar", "Não enviar"], 0, shares=[True, False], ai="h"),
                   p.details("Família",
                             p.cb("Excluir os dados dos meus dependentes do treinamento de IA", checked=True, ai="i"),
                             p.btn("Gerenciar dependentes"))))
    m.append(p.div(p.hide("css-class", lambda: p.sw("Compartilhar meu orçamento com parceiros para treinar modelos",
                                                    on=True, ai="p"))))
    m.append(p.sec("Metas e família", None,
                   p.btn("Nova meta"), p.btn("Convidar alguém da família"),
                   p.cb("Mostrar minhas metas para a família", checked=False)))
    m.append(p.sec("Exportar", None,
                   p.btn("Exportar planilha"), p.btn("Conectar banco via Open Finance"), p.btn("Apagar minha conta")))
    m.append(p.sec("Notificações", None,
                   p.cb("Lembrete de contas a pagar", checked=True), p.cb("Resumo semanal por e-mail", checked=False),
                   p.sw("Notificações no celular", on=True), p.btn("Testar notificação")))
    return p, p.render("".join(m))


def aposentaja():
    p = Page("pt", "aposentaja-privacidade", "Aposenta Já", "https://minha.aposentaja.test/perfil/privacidade",
             "Previdência/robô-investidor inventado, você. Caixa com aria-label explícita 'Autorizo…' (marcada), "
             "linha de estado 'Cancelar Revogação do consentimento…' (revogação solicitada = não treina), "
             "interruptor vago 'Participar do painel de pesquisa' cuja ajuda fala de treinamento (ligado). Iscas: "
             "simulador, curso de educação financeira, portabilidade. Oculto: aria-hidden.",
             dict(CH, search="Buscar", account="Minha previdência"), "Privacidade",
             ["Resumo", "Contribuições", "Perfil de investidor", "Beneficiários", "Privacidade", "Portabilidade"],
             current=4)
    m = []
    m.append(p.sec("Seu plano", None,
                   p.sel("Contribuição mensal", ["R$ 200", "R$ 500", "R$ 1.000", "Outro valor"], 1),
                   p.radios("Regime de tributação", ["Progressivo", "Regressivo"], 1),
                   p.sw("Simulador com projeções automáticas", on=True)))
    m.append(p.sec("Dados e inteligência artificial", None,
                   p.cb("Autorizo o uso dos meus dados de previdência para aperfeiçoar os modelos de IA da Aposenta Já",
                        checked=True, ai="p", nmode="aria"),
                   p.state("Revogação do consentimento para treinamento de modelos", "Solicitada em 10/03/2025",
                           "Cancelar", False, nmode="lby2", ai="i"),
                   p.sw("Participar do painel de pesquisa", on=True, ai="v",
                        help="Suas respostas e seu saldo são usados para treinar os modelos que sugerem o perfil de investimento.")))
    m.append(p.div(p.hide("aria-hidden", lambda: p.cb("Liberar meus dados para universidades treinarem modelos",
                                                      checked=False, ai="p"))))
    m.append(p.sec("Educação financeira", None,
                   p.cb("Quero receber o curso gratuito de educação financeira", checked=True)))
    m.append(p.sec("Documentos e contato", None,
                   p.btn("Alterar beneficiários"), p.btn("Solicitar portabilidade"),
                   p.btn("Baixar informe de rendimentos"), p.cb("Receber novidades por WhatsApp", checked=False),
                   p.btn("Baixar meus dados pessoais")))
    m.append(p.sec("Perfil de investidor", None,
                   p.btn("Refazer questionário de perfil"),
                   p.sel("Fundo atual", ["Conservador", "Moderado", "Arrojado"], 1),
                   p.sw("Ciclo de vida: reduzir risco perto da aposentadoria", on=True),
                   p.btn("Ativar autenticação em dois fatores"), p.cb("Extrato mensal por e-mail", checked=True)))
    return p, p.render("".join(m))


PAGES = [nubank, serasa, jabuti, cofrinho, aposentaja]

"""Páginas em português do Brasil (blind50: energia, saneamento, seguros e serviços para a casa)."""
from lib import Page, C


def skel(p, search_ph, account, menu, nav_label, nav, current):
    p.header("Buscar", search_ph, "Idioma",
             [("pt-BR", "Português (Brasil)"), ("es", "Español"), ("en", "English")], "pt-BR",
             account, menu)
    p.nav(nav_label, nav, current)


def page(*a, **k):
    return Page(*a, html_lang="pt-BR", **k)


def getninjas():
    p = page("pt", "getninjas-privacidade",
             "https://www.getninjas.com.br/minha-conta/configuracoes/privacidade",
             "Privacidade | GetNinjas", "GetNinjas", "marketplace de serviços para a casa", known=True,
             notes="Chave explícita ligada; caixa «Não usar … para treinar a IA» marcada; chave «Contribuir "
                   "com o Preço Justo» cujo propósito de treinamento só aparece na ajuda vinculada. "
                   "Descrição do pedido com IA, notificações e ofertas de parceiros são iscas.")
    skel(p, "O que você precisa?", "Minha conta",
         ["Pedidos anteriores", "Profissionais salvos", "Sair"],
         "Configurações", ["Perfil", "Notificações", "Privacidade", "Pagamentos"], "Privacidade")
    p.h1("Privacidade")
    with p.section("Perfil"):
        p.select("Quem pode ver meu endereço completo",
                 [("contratados", "Só profissionais contratados"),
                  ("todos", "Todos os profissionais que enviarem orçamento")], "contratados")
        p.switch("Mostrar meu telefone para os profissionais", True)
    with p.section("Pedidos"):
        p.radios("Quantos orçamentos você quer receber?", [("3", "Até 3"), ("4", "Até 4")], "4")
        p.switch("Descrever meu pedido com ajuda da IA", True,
                 help="A IA sugere um texto a partir das suas respostas; você revisa antes de publicar.")
    with p.section("Notificações"):
        p.table("Como avisar você", "Aviso", ["E-mail", "WhatsApp", "Push"], [
            ("Novo orçamento recebido", [C(True), C(True), C(True)]),
            ("Lembrete de avaliação", [C(True), C(False), C(False)]),
        ])
        p.checkbox("Receber ofertas de parceiros", False)
    with p.section("Inteligência artificial",
                   "Usamos aprendizado de máquina para indicar profissionais e estimar preços."):
        p.switch("Usar meus pedidos para treinar os modelos de IA do GetNinjas", True, t="p")
        p.checkbox("Não usar minhas conversas com profissionais para treinar a IA", True, t="i")
        p.switch("Contribuir com o Preço Justo", False,
                 help="Com a sua permissão, o valor final dos serviços que você contratar vira exemplo de "
                      "treinamento para o modelo que sugere preços.", t="v")
    with p.section("Conta e segurança"):
        p.text_input("E-mail de contato", "ana.souza@exemplo.test", type="email")
        p.select("Melhor horário para contato", [("manha", "Manhã"), ("tarde", "Tarde"), ("noite", "Noite")], "noite")
        p.switch("Verificação em duas etapas", True)
        p.switch("Mostrar meu bairro no pedido", True)
        p.checkbox("Receber dicas para cuidar da casa", False)
        p.button("Conectar Google Agenda")
    with p.hide("aria-hidden"):
        p.p("Em breve")
        p.switch("Compartilhar fotos dos meus pedidos com parceiros de IA", False, ai=True)
    with p.actions():
        p.button("Baixar meus dados")
        p.button("Excluir conta")
    p.footer(["Como funciona", "Ajuda", "Termos de uso", "Política de privacidade"], "GetNinjas S.A.")
    return p


def luzdovale():
    p = page("pt", "luz-do-vale-privacidade",
             "https://agenciavirtual.luzdovale.test/configuracoes/privacidade",
             "Privacidade – Agência Virtual Luz do Vale", "Luz do Vale Energia", "distribuidora de energia",
             notes="Consentimento dado com a ação «Revogar» (nome completado por texto só para leitores de "
                   "tela); caixa explícita desmarcada. Débito automático, avisos de falta de energia, consumo "
                   "por hora, pesquisa de satisfação e Tarifa Social são iscas.")
    skel(p, "Buscar serviços", "Minha conta",
         ["Meus imóveis", "Segunda via", "Sair"],
         "Agência Virtual", ["Início", "Contas", "Consumo", "Serviços", "Privacidade"], "Privacidade")
    p.h1("Privacidade e avisos", "Unidade consumidora 3004518822")
    with p.section("Conta de luz"):
        p.radios("Como receber a conta", [("email", "Conta digital por e-mail"), ("impressa", "Impressa"),
                                          ("whatsapp", "Pelo WhatsApp")], "email")
        p.select("Data de vencimento", [("5", "Dia 5"), ("10", "Dia 10"), ("20", "Dia 20")], "10")
        p.checkbox("Débito automático", True)
    with p.section("Avisos"):
        p.switch("Aviso de falta de energia por SMS", True)
        p.switch("Aviso de desligamento programado", True)
        p.text_input("Celular para avisos", "(31) 99876-5432", type="tel")
        p.checkbox("Dicas de economia de energia por e-mail", True)
    with p.section("Medidor inteligente"):
        p.switch("Mostrar meu consumo por hora no app", True)
        p.switch("Permitir que o inquilino veja as contas deste imóvel", False)
    with p.section("Uso dos seus dados",
                   "A Luz do Vale usa modelos de inteligência artificial para prever a demanda e planejar a rede."):
        p.state_row("Treinamento de IA com meu consumo por hora", "Consentimento dado em 02/10/2024",
                    "Revogar", "consentimento para treinamento de IA com meu consumo", t="i", sharing=True)
        p.checkbox("Autorizo o uso das gravações do atendimento para treinar o assistente virtual", False, t="p")
        p.checkbox("Participar de pesquisas de satisfação", True)
        with p.hide("class-none"):
            p.p("Clientes com geração distribuída")
            p.switch("Enviar dados do meu sistema solar para treinar modelos de parceiros", True, ai=True)
    with p.section("Tarifa Social"):
        p.button("Solicitar Tarifa Social")
    with p.actions():
        p.button("Baixar histórico de consumo")
        p.button("Salvar", cls="btn")
    p.footer(["Ouvidoria", "Privacidade", "Acessibilidade"], "Luz do Vale Distribuidora de Energia S.A.")
    return p


def casaprotegida():
    p = page("pt", "casa-protegida-privacidade",
             "https://www.casaprotegida-seguros.test/area-do-cliente/privacidade",
             "Privacidade – Casa Protegida Seguros", "Casa Protegida Seguros", "seguradora residencial",
             notes="Grupo segmentado «Fotos dos sinistros» que só faz sentido pelo título da seção; lista "
                   "«Oposição …» com «Oposição registrada»; chave explícita ligada. Assistente virtual, "
                   "vistoria por vídeo, treinamentos de prevenção de incêndio e marketing são iscas.")
    skel(p, "Buscar", "Minha conta",
         ["Minhas apólices", "Boletos", "Sair"],
         "Área do cliente", ["Resumo", "Apólices", "Sinistros", "Pagamentos", "Privacidade"], "Privacidade")
    p.h1("Privacidade e consentimentos")
    with p.section("Apólices"):
        p.radios("Envio de documentos", [("area", "Área do cliente"), ("email", "E-mail"), ("correio", "Correio")],
                 "area", kind="radiogroup")
        p.checkbox("Renovação automática", True)
    with p.section("Sinistros"):
        p.switch("Atendimento pelo assistente virtual", True)
        p.switch("Vistoria por vídeo", True)
        p.text_input("Telefone para agendar a vistoria", "", type="tel")
    with p.section("Treinamento dos nossos modelos",
                   "Nossos modelos de análise de sinistros aprendem com casos encerrados. "
                   "Escolha o que pode ser usado dos seus."):
        p.segmented("Fotos dos sinistros", ["Permitir", "Não permitir"], "Não permitir", t="h",
                    share={"Permitir"})
        p.select("Oposição ao uso dos meus dados para treinar IA",
                 [("sem", "Sem oposição"), ("registrada", "Oposição registrada")], "registrada",
                 t="i", share={"sem"})
    with p.section("Preço do seguro"):
        p.switch("Usar os dados do meu imóvel para treinar o modelo de preços da Casa Protegida", True, t="p")
        p.select("Forma de pagamento", [("boleto", "Boleto"), ("cartao", "Cartão de crédito"), ("pix", "Pix")], "pix")
    with p.section("Marketing"):
        p.table("Comunicações", "Canal", ["Aceito"], [
            ("Ofertas por e-mail", [C(False)]),
            ("Ofertas por WhatsApp", [C(False)]),
            ("Treinamentos de prevenção de incêndio", [C(True)]),
        ], naming="row")
        with p.hide("inline-vis"):
            p.checkbox("Compartilhar laudos de vistoria com empresas de IA", False, ai=True)
    with p.section("Beneficiários"):
        p.switch("Meu cônjuge pode consultar a apólice", True)
    with p.actions():
        p.button("Solicitar cópia dos meus dados")
        p.button("Salvar", cls="btn")
    p.footer(["Ouvidoria", "Privacidade", "Canal de denúncias"], "Casa Protegida Seguros S.A.")
    return p


def gasfacil():
    p = page("pt", "gas-facil-dados-e-privacidade",
             "https://app.gasfacil.test/configuracoes/dados-e-privacidade",
             "Dados e privacidade – Gás Fácil", "Gás Fácil", "app de entrega de gás de cozinha",
             notes="Chave de nome vago «Melhorar a Previsão de Consumo» com ajuda vinculada que fala de "
                   "treinamento; «Bloquear …» desligada e «Pausar …» ligada. Lembrete calculado no próprio "
                   "app, localização para o entregador e modo escuro são iscas.")
    skel(p, "Buscar", "Perfil",
         ["Histórico de pedidos", "Endereços", "Ajuda", "Sair"],
         "Configurações", ["Conta", "Entregas", "Notificações", "Dados e privacidade"], "Dados e privacidade")
    p.h1("Dados e privacidade")
    with p.section("Entregas"):
        p.select("Botijão padrão", [("p13", "P13 (13 kg)"), ("p45", "P45 (45 kg)")], "p13")
        p.switch("Lembrete quando o gás estiver acabando", True,
                 help="Calculado no próprio app a partir da data dos seus últimos pedidos.")
        p.radios("Forma de pagamento", [("pix", "Pix"), ("cartao", "Cartão na entrega"), ("dinheiro", "Dinheiro")],
                 "pix")
    with p.section("Endereços"):
        p.switch("Compartilhar minha localização com o entregador", True)
        p.button("Adicionar endereço")
    with p.section("IA no Gás Fácil"):
        p.switch("Melhorar a Previsão de Consumo", True,
                 help="Seus pedidos passam a ser usados para treinar o modelo que prevê quando o seu gás vai acabar.",
                 t="v")
        p.switch("Bloquear o uso dos meus pedidos por parceiros de IA", False, t="i")
        p.switch("Pausar o treinamento com as minhas avaliações", True, style="text", t="i")
        with p.dialog("Saiba como usamos seus dados", "Como usamos seus dados"):
            p.checkbox("Permitir que a revenda treine IA com o meu histórico", False, ai=True)
            p.button("Fechar")
    with p.section("Notificações"):
        p.checkbox("Promoções", False)
        p.checkbox("Status do pedido", True)
        p.checkbox("Pesquisa depois da entrega", True)
    with p.section("Aparência"):
        p.switch("Modo escuro", False)
    with p.actions():
        p.button("Baixar meus dados")
        p.button("Salvar", cls="btn")
    p.footer(["Ajuda", "Termos", "Privacidade"], "Gás Fácil Tecnologia Ltda.")
    return p


def diaristaja():
    p = page("pt", "diaristaja-privacidade",
             "https://www.diaristaja.test/conta/privacidade",
             "Privacidade – DiaristaJá", "DiaristaJá", "plataforma de faxina e limpeza",
             notes="Caixa explícita marcada; chave «Participar do Laboratório DiaristaJá» cujo propósito só "
                   "aparece no texto ao lado (sem aria-describedby); grupo segmentado dentro de um <details> "
                   "fechado, explicado pelo subtítulo. Troca de profissional, fotos da casa e instruções "
                   "são iscas.")
    skel(p, "Buscar", "Minha conta",
         ["Agendamentos", "Pagamentos", "Sair"],
         "Conta", ["Perfil", "Agendamentos", "Privacidade", "Pagamentos"], "Privacidade")
    p.h1("Privacidade")
    tabs = p.tabs("Perfil de uso", ["Cliente", "Profissional"], 0)
    with p.tabpanel(tabs, 0):
        with p.section("Agendamentos"):
            p.select("Frequência da faxina", [("semanal", "Semanal"), ("quinzenal", "Quinzenal"),
                                              ("mensal", "Mensal")], "quinzenal")
            p.switch("Aceitar outra profissional se a minha não puder ir", True)
            p.radios("Duração padrão", [("4", "4 horas"), ("6", "6 horas"), ("8", "8 horas")], "6")
    with p.tabpanel(tabs, 1):
        with p.section("Histórico de faxinas"):
            p.switch("Usar meu histórico de faxinas para treinar a IA de parceiros", True, ai=True)
    with p.section("Sua casa"):
        p.checkbox("Tenho animais de estimação", True)
        p.text_input("Instruções para a diarista", "Chave com o porteiro")
        p.switch("Mostrar fotos da casa para as profissionais", False)
    with p.section("Avisos"):
        p.table("Avisos", "Aviso", ["E-mail", "WhatsApp"], [
            ("Confirmação de agendamento", [C(True), C(True)]),
            ("Promoções", [C(False), C(False)]),
        ])
    with p.section("Inteligência artificial e seus dados",
                   "Usamos modelos de aprendizado de máquina para montar a agenda das profissionais."):
        p.checkbox("Permitir que a DiaristaJá use minhas avaliações para treinar seus modelos de IA", True, t="p")
        p.switch("Participar do Laboratório DiaristaJá", False,
                 help="No Laboratório, os dados dos seus agendamentos servem de base para treinar novos "
                      "algoritmos de recomendação.", hm="near", t="v")
        with p.details("Conversas no chat"):
            p.h3("Treinamento do assistente de atendimento")
            p.p("O assistente aprende com conversas anteriores entre clientes e a nossa equipe.")
            p.segmented("Minhas conversas no chat", ["Incluir", "Não incluir"], "Incluir", t="h",
                        share={"Incluir"})
    with p.actions():
        p.button("Baixar meus dados")
        p.button("Salvar alterações", cls="btn")
    p.footer(["Ajuda", "Seja uma profissional", "Termos", "Privacidade"], "DiaristaJá Serviços Ltda.")
    return p


PAGES = [getninjas, luzdovale, casaprotegida, gasfacil, diaristaja]

from lib import Page, LANGS

L = LANGS["pt"]


def folha():
    p = Page("pt", "folha-privacidade", "https://minhaconta.folha.uol.com.br/privacidade", "Folha de S.Paulo",
             "Privacidade - Minha conta - Folha", "Privacidade",
             "Serviço conhecido (reconstrução, você). Tabela Folha/parceiros sob legenda de treinamento (células só com cabeçalho), botões segmentados «Recusar» (invertido); interruptor do aplicativo em aba inativa.",
             ["Minha assinatura", "Dados cadastrais", "Newsletters", "Privacidade", "Comentários", "Atendimento"], active=3,
             intro="Você decide o que a Folha pode fazer com as suas informações.",
             known=True, search=("Buscar", "Buscar na Folha"), langsel=("Idioma", L),
             account=("Minha conta", ["Assinatura", "Salvos", "Sair"]),
             footer=("Copyright Folha de S.Paulo", "Termos de uso", "Política de privacidade", "Fale com a Folha", "Expediente"),
             prefix="fo", hide_class="escondido", accent="#1d4a8c", font="'Folha Serif',Georgia,serif")
    p.sec("Comentários")
    p.text("Nome de exibição", "Renata M.")
    p.table("Uso dos seus dados para treinar inteligência artificial", "Dado", ["Modelos da Folha", "Modelos de parceiros"],
            ["Comentários"], [[True, False]], ai_cols={0: ("h", False), 1: ("h", False)})
    p.cb("Receber e-mail quando responderem meu comentário", True)
    p.end()
    p.sec("Leitura")
    p.seg("Recusar o uso do meu histórico de leitura no treinamento de IA", ["Recusar", "Permitir"], 1,
          shares=[False, True], ai="i")
    p.sw("Ouvir reportagens em áudio gerado por IA", False, help="A narração é sintética e não aprende com o que você ouve.")
    p.end()
    p.sec("Dispositivos")
    site, app = [], []
    tmp = p.body
    p.body = site
    p.sw("Modo escuro", False)
    p.sw("Salvar reportagens para ler offline", True)
    p.body = tmp
    p.sw("Treinar modelos com o uso do aplicativo", True, hide="tab", out=app)
    p.sw("Notificações de última hora", True, out=app)
    p.tabs("Dispositivos", ["Site", "Aplicativo"], [site, app])
    p.end()
    p.sec("Newsletters")
    p.cb("Primeira Página", True)
    p.cb("Folha Mercado", False)
    p.cb("Ofertas da Folha e de parceiros", False)
    p.end()
    p.sec("Publicidade e cookies")
    p.sw("Publicidade personalizada", False)
    p.sw("Medição de audiência", True, help="Estatísticas agregadas que nunca são usadas para treinar modelos.")
    p.button("Baixar meus dados")
    p.button("Excluir conta")
    p.end()
    return p


def serrano():
    p = Page("pt", "correioserrano-preferencias", "https://assinante.correioserrano.test/minha-conta/preferencias", "Correio Serrano",
             "Preferências do assinante – Correio Serrano", "Preferências do assinante",
             "Jornal local inventado (você). Checkbox explícita, radiogroup vago cuja ajuda fala de treinamento, linha de estado «Incluir» (aria-labelledby) sobre a conta do filho; interruptor de fotos com atributo hidden.",
             ["Minha assinatura", "Entrega", "Preferências", "Jornal digital", "Pagamentos"], active=2,
             intro="O jornal da Serra desde 1952.",
             search=("Buscar", "Buscar no acervo"), langsel=("Idioma", L),
             account=("Sr. Otávio", ["Jornal digital", "Entrega", "Sair"]),
             footer=("Correio Serrano Editora Ltda.", "Expediente", "Privacidade", "Anuncie", "Fale com a redação"),
             prefix="cs", hide_class="oculto", accent="#2e7d32", font="Merriweather,serif", bg="#f4f6f1")
    p.sec("Entrega")
    p.select("Entrega nas férias", ["Normal", "Suspender", "Entregar no vizinho"], 0)
    p.text("Ponto de referência", "Portão azul, ao lado da padaria")
    p.cb("Aviso por WhatsApp quando o jornal sair para entrega", True)
    p.end()
    p.sec("Cartas e denúncias")
    p.cb("Permitir que minhas cartas e denúncias treinem a IA da redação", True, ai="p")
    p.cb("Publicar meu bairro junto com a carta", True)
    p.bsw("Usar minhas fotos enviadas para treinar modelos", False, hide="hidden")
    p.end()
    p.sec("Robô da Serra")
    p.rgroup("Colaboração com o Robô da Serra", ["Sim", "Não"], 1, shares=[True, False],
             help="O Robô da Serra responde dúvidas sobre a cidade. Suas conversas com ele podem ser usadas para treinar o modelo.", ai="v")
    p.sw("Mostrar as fontes das respostas", True)
    p.end()
    p.sec("Família")
    p.state("Dados da conta do meu filho no treinamento de IA", "Não incluídos", "Incluir", sharing=False, ai="p")
    p.button("Convidar familiar")
    p.end()
    p.sec("Newsletters")
    p.cb("Bom dia, Serra", True)
    p.cb("Esporte regional", False)
    p.cb("Falecimentos", False)
    p.cb("Promoções do comércio local", False)
    p.end()
    p.sec("Conta")
    p.sw("Receber o jornal digital às 5h", True)
    p.button("Alterar senha")
    p.button("Cancelar assinatura")
    p.end()
    return p


def resumao():
    p = Page("pt", "resumao-dados", "https://app.resumao.test/configuracoes/dados", "Resumão",
             "Seus dados · Resumão", "Seus dados",
             "Agregador inventado (você). Interruptor sob título «O que nossa IA pode aprender com você» (só cabeçalho), select explícito, botão-interruptor nomeado pelo texto «Impedir…» (invertido); checkbox com display:none em linha.",
             ["Para você", "Fontes", "Seus dados", "Alertas", "Aparência"], active=2,
             search=("Buscar", "Busque um assunto"), langsel=("Idioma", L),
             account=("Perfil", ["Trocar conta", "Resumão Premium", "Sair"]),
             footer=("Resumão Tecnologia Ltda.", "Privacidade", "Termos", "Ajuda"),
             prefix="rz", hide_class="sumir", accent="#6a1b9a", font="Nunito,sans-serif", bg="#f7f5fa")
    p.sec("O que nossa IA pode aprender com você")
    p.sw("Notícias que eu salvo", True, ai="h")
    p.cb("Incluir minhas buscas no treinamento", True, hide="inline")
    p.end()
    p.sec("Treinamento")
    p.select("Treinamento de modelos com meu histórico", ["Permitido", "Não permitido"], 0, shares=[True, False], ai="p")
    p.bsw("Impedir que parceiros usem minhas interações para treinar IA", True, how="text", ai="i")
    p.end()
    p.sec("Feed")
    p.sw("Esconder matérias só para assinantes", False)
    p.sw("Resumos feitos por IA", True, help="Gerados apenas a partir do texto da matéria.")
    p.select("Região", ["Brasil", "Portugal", "Angola"], 0)
    p.rgroup("Tamanho do texto", ["Pequeno", "Médio", "Grande"], 1)
    p.end()
    p.sec("Alertas")
    p.sw("Urgente", True)
    p.sw("Resumo da noite", True)
    p.cb("Jogos do meu time", False)
    p.seg("Quantidade de alertas", ["Poucos", "Normal", "Muitos"], 1, how="label")
    p.end()
    p.sec("Conta")
    p.text("E-mail", "lucas.f@example.com.br", type="email")
    p.sw("Verificação em duas etapas", True)
    p.button("Apps conectados")
    p.button("Exportar meus dados")
    p.button("Excluir conta")
    p.end()
    return p


def ondas():
    p = Page("pt", "jornaldolitoral-podcasts-privacidade", "https://podcasts.jornaldolitoral.test/conta/privacidade", "Ondas do Litoral",
             "Privacidade – Ondas do Litoral, os podcasts do Jornal do Litoral", "Privacidade nos podcasts",
             "Podcasts de jornal inventado (você). Fieldset de rádio vago com ajuda, linha de estado «Retirar oposição» com sufixo oculto (invertida), checkbox sob título «Treinamento de IA» (só cabeçalho); interruptor familiar escondido por classe display:none.",
             ["Programas", "Newsletter", "Privacidade", "Reprodução", "Clube do ouvinte"], active=2,
             search=("Buscar", "Buscar episódios"), langsel=("Idioma", L),
             account=("Camila", ["Minha biblioteca", "Clube do ouvinte", "Sair"]),
             footer=("Ondas do Litoral é um produto do Jornal do Litoral", "Privacidade", "Acessibilidade", "Contato"),
             prefix="ol", hide_class="nao-exibir", accent="#0277bd", font="Poppins,sans-serif", bg="#eef6fb")
    p.sec("Ouvinte repórter")
    p.radios("Seus áudios no quadro “Ouvinte repórter”", ["Podem ser aproveitados", "Somente para o programa"], 0,
             shares=[True, False],
             help="Aproveitamos os áudios enviados também para treinar nosso modelo de transcrição automática.", ai="v")
    p.cb("Dizer meu nome no ar", True)
    p.end()
    p.sec("Histórico de escuta")
    p.state("Oposição registrada", "Seu histórico de escuta não entra no treinamento dos nossos modelos.", "Retirar oposição",
            sharing=False, suffix="ao treinamento com meu histórico de escuta", ai="i")
    p.button("Limpar histórico de escuta")
    p.end()
    p.sec("Treinamento de IA")
    p.cb("Minhas respostas às enquetes", True, ai="h")
    p.sw("Treinar a IA com as gravações da minha família", False, hide="class")
    p.end()
    p.sec("Reprodução")
    p.select("Velocidade", ["1x", "1,25x", "1,5x", "2x"], 0)
    p.sw("Baixar novos episódios automaticamente", True)
    p.sw("Pular vinhetas", False)
    p.sw("Versões narradas por voz sintética", True, help="Algumas matérias impressas ganham versão em áudio gerada por IA.")
    p.end()
    p.sec("Newsletter")
    p.cb("Maré da manhã", True)
    p.cb("Novos episódios", True)
    p.cb("Eventos do Clube do ouvinte", False)
    p.button("Cancelar todas as newsletters")
    p.end()
    p.sec("Clube do ouvinte")
    p.sw("Ouvir sem anúncios", True)
    p.button("Atualizar forma de pagamento")
    p.cb("Convites para gravações ao vivo", False)
    p.end()
    return p


def quintal():
    p = Page("pt", "revistaquintal-privacidade", "https://www.revistaquintal.test/minha-conta/privacidade", "Quintal",
             "Privacidade | Revista Quintal", "Privacidade",
             "Revista inventada de culinária e casa (você). Interruptor vago cuja ajuda fala de treinamento, botão-interruptor «Proteger…» via aria-labelledby (invertido); checkbox de fotos com aria-hidden.",
             ["Minha assinatura", "Receitas salvas", "Comentários", "Privacidade", "Pagamentos"], active=3,
             intro="Receitas, casa e jardim — do nosso quintal para o seu.",
             search=("Buscar", "Buscar receitas"), langsel=("Idioma", L),
             account=("Dona Célia", ["Receitas salvas", "Edição do mês", "Sair"]),
             footer=("Editora Quintal", "Termos", "Privacidade", "Anuncie", "Fale conosco"),
             prefix="rq", hide_class="invisivel", accent="#d84315", font="'DM Serif Display',serif", bg="#fff7ef")
    p.sec("Receitas")
    p.sw("Ajudar a melhorar as sugestões de receitas", False,
         help="Suas avaliações e comentários nas receitas são usados para treinar o modelo que sugere receitas.", ai="v")
    p.sw("Lista de compras automática", True)
    p.select("Unidades de medida", ["Xícaras e colheres", "Gramas e mililitros"], 0)
    p.end()
    p.sec("Comentários")
    p.bsw("Proteger meus comentários do treinamento de IA", True, how="labelledby", ai="i")
    p.cb("Ceder minhas fotos de receitas para treinar modelos", False, hide="aria")
    p.cb("Mostrar minha foto nos comentários", True)
    p.cb("Avisar quando alguém responder", True)
    p.text("Apelido", "celia.cozinha")
    p.end()
    p.sec("Newsletters")
    p.cb("Receita do dia", True)
    p.cb("Jardim no fim de semana", False)
    p.cb("Curso online de pães", False)
    p.cb("Ofertas de parceiros", False)
    p.end()
    p.sec("Assinatura")
    p.rgroup("Formato", ["Digital", "Digital + impressa"], 1)
    p.button("Presentear uma assinatura")
    p.sw("Receber a revista sem embalagem plástica", True)
    p.button("Atualizar cartão")
    p.button("Cancelar assinatura")
    p.end()
    return p


def pages():
    return [folha(), serrano(), resumao(), ondas(), quintal()]

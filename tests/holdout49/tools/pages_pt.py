"""Páginas em português (Brasil) do blind49."""
from lib import Page


def palcomp3():
    p = Page("pt", "palcomp3-privacidade", "https://www.palcomp3.com.br/minha-conta/privacidade/", "Palco MP3",
             "Privacidade | Palco MP3", "Privacidade do perfil de artista",
             "Serviço conhecido (reconstrução). Grupo de rádio (fieldset) cujo nome («Faixas do meu perfil de artista») só faz "
             "sentido pelo título e pela introdução, «Não podem entrar» marcado (false); caixa de seleção direta marcada "
             "(true). Iscas: masterização automática, letra sincronizada, downloads, agenda de shows; isca escondida por "
             "classe com display:none.",
             ["Meu perfil", "Minhas músicas", "Agenda de shows", "Estatísticas", "Privacidade", "Pagamentos"], nav_current=4,
             known=True, brand="Palco MP3",
             intro="Controle o que os fãs veem no seu perfil e como usamos as suas músicas e os seus dados.")
    with p.section("Perfil"):
        p.switch("Exibir número de plays nas faixas", True)
        p.switch("Permitir download das músicas", True)
        p.switch("Receber mensagens de fãs", True)
        p.checkbox("Agenda de shows pública", True)
        p.select("Quem pode comentar nas minhas músicas", ["Todo mundo", "Só quem me segue", "Ninguém"], 0)
        p.checkbox("Aparecer nas buscas por cidade", True)
    with p.section("Ferramentas"):
        p.switch("Masterização automática no envio", False, help="Gera uma versão masterizada para você ouvir antes de publicar.")
        p.switch("Letra sincronizada", True)
        p.select("Formato de envio preferido", ["MP3 320 kbps", "WAV"], 0)
        p.switch("Sugerir gênero e tags ao enviar", True)
    with p.section("Inteligência artificial",
                   intro="Empresas de IA nos procuram para licenciar músicas e treinar seus modelos com elas. Você decide se as suas faixas entram nesses acordos."):
        p.radios("Faixas do meu perfil de artista", ["Podem entrar", "Não podem entrar"], 1, ai=("h", False))
        p.checkbox("Permitir que o Palco MP3 use minhas músicas para treinar a ferramenta de masterização com IA", True, ai=("p", True),
                   help="Só os arquivos de áudio entram no treino; nome e dados pessoais ficam de fora.")
    with p.section("Avisos"):
        p.table("Me avise quando", "Evento", ["No app", "Por e-mail", "Por WhatsApp"],
                [("Uma música minha entrar em alta", [True, True, False]),
                 ("Um fã comentar", [True, False, False]),
                 ("O pagamento de direitos for liberado", [False, True, True])])
    with p.section("Publicidade e comunicação"):
        p.switch("Anúncios personalizados", False)
        p.checkbox("Novidades do Palco MP3 por e-mail", True)
        p.checkbox("Convites para festivais e editais", True)
    with p.section("Seus dados"):
        p.button("Baixar meus dados")
        p.button("Excluir minha conta de artista")
        p.button("Ver aplicativos conectados")
    with p.hidden("display-class", "opção antiga: ceder letras para treinar IA"):
        p.checkbox("Ceder minhas letras para treinar modelos de IA", True)
    return p


def ondascast():
    p = Page("pt", "ondascast-privacidade", "https://app.ondascast.test/configuracoes/privacidade", "Ondas Podcasts",
             "Privacidade · Ondas", "Privacidade e dados",
             "Aplicativo de podcasts inventado. Interruptor «Não usar meus dados de escuta…» ligado (false); linha de estado "
             "de um programa de nome vago, com alvo aria-labelledby e ajuda (aria-describedby) que fala de treino, "
             "«Participando» (true); caixa direta para parceiros, desmarcada (false). Iscas: transcrições, capítulos, pular "
             "silêncio, tabela de notificações; isca escondida num diálogo fechado.",
             ["Reprodução", "Downloads", "Notificações", "Privacidade e dados", "Assinatura"], nav_current=3, brand="Ondas")
    with p.section("Reprodução"):
        p.select("Velocidade padrão", ["0,8x", "1x", "1,2x", "1,5x", "2x"], 1)
        p.switch("Pular silêncio", True)
        p.switch("Transcrição automática na tela do episódio", True)
        p.switch("Capítulos gerados automaticamente", False)
        p.switch("Continuar com o próximo da fila", True)
        p.select("Avançar", ["10 segundos", "30 segundos", "60 segundos"], 1)
    with p.section("Downloads"):
        p.checkbox("Baixar episódios novos só no Wi-Fi", True)
        p.select("Apagar episódios ouvidos", ["Nunca", "Depois de 1 dia", "Depois de 1 semana"], 2)
        p.select("Limite de armazenamento", ["1 GB", "5 GB", "Sem limite"], 1)
        p.checkbox("Baixar automaticamente os programas que sigo", True)
    with p.section("Notificações"):
        p.table("Quero ser avisado sobre", "Aviso", ["No celular", "Por e-mail"],
                [("Episódios novos", [True, False]),
                 ("Recomendações da semana", [False, True])])
    with p.section("Seus dados e a nossa IA"):
        p.switch("Não usar meus dados de escuta para treinar IA", True, ai=("i", False))
        p.state_row("Programa Ouvido Apurado", "Participando", "Alterar", mode="labelledby", ai=("v", True),
                    help="Trechos dos episódios que você ouve e as correções que você faz nas legendas ajudam a treinar nosso modelo de transcrição.")
        p.checkbox("Permitir que parceiros de pesquisa treinem modelos de IA com meus episódios favoritos", False, ai=("p", False))
        p.checkbox("Relatórios de falhas", True, help="Usados só para corrigir erros do app, nunca para treinar modelos.")
    with p.hidden("dialog", "diálogo fechado pedindo permissão para treinar IA com a voz", heading="Ajude a melhorar a busca por voz"):
        p.switch("Usar gravações da minha voz para treinar a IA", False)
        p.button("Salvar")
    return p


def ouvelivro():
    p = Page("pt", "ouvelivro-dados-ia", "https://www.ouvelivro.test/conta/dados-e-ia", "OuveLivro",
             "Dados e IA – OuveLivro", "Dados e IA",
             "Serviço inventado de audiolivros com plano família. Tabela de uma coluna em que o nome de cada linha é só o "
             "perfil; o sentido vem do título e da introdução (h, um verdadeiro e um falso); lista suspensa «Revogação do "
             "consentimento…» em «Não revogado» (true). Iscas: narração por voz sintética, resumo, controle parental; isca "
             "escondida em cartão com aria-hidden.",
             ["Biblioteca", "Ouvir", "Plano família", "Dados e IA", "Assinatura"], nav_current=3, brand="OuveLivro")
    with p.section("Ouvir"):
        p.switch("Mostrar edições narradas por voz sintética", True)
        p.switch("Resumo do capítulo anterior", False, help="Um parágrafo gerado automaticamente para você se situar.")
        p.select("Timer para dormir", ["Desligado", "15 minutos", "Fim do capítulo"], 1)
        p.select("Velocidade", ["1x", "1,25x", "1,5x"], 0)
        p.checkbox("Baixar o próximo livro da série automaticamente", False)
        p.switch("Modo carro", False)
    with p.section("Plano família"):
        p.select("Classificação para o perfil do Pedro", ["Livre", "10 anos", "12 anos"], 1)
        p.checkbox("Pedir senha para compras", True)
        p.checkbox("Compartilhar a biblioteca com todos os perfis", True)
        p.button("Adicionar perfil")
    with p.section("Treinamento de IA na sua família",
                   intro="Escolha, para cada perfil do plano família, se o histórico de escuta pode ser usado para treinar os modelos do OuveLivro."):
        p.table("Perfis do plano", "Perfil", ["Liberado"],
                [("Renata (titular)", [(True, ("h", True))]),
                 ("Pedro (perfil infantil)", [(False, ("h", False))])], names="row")
    with p.section("Consentimentos"):
        p.select("Revogação do consentimento para treino de IA com minhas anotações", ["Não revogado", "Revogado"], 0, ai=("i", True))
        p.checkbox("Recomendações personalizadas", True)
        p.checkbox("Ofertas de editoras parceiras", False)
        p.button("Baixar uma cópia dos meus dados")
        p.button("Cancelar assinatura")
        p.checkbox("Newsletter de lançamentos", True)
    with p.hidden("aria-hidden", "cartão de prévia: treinar a narração com a voz do usuário"):
        p.switch("Treinar a narração com minha voz", False)
    return p


def radiovizinhanca():
    p = Page("pt", "radiovizinhanca-configuracoes", "https://www.radiovizinhanca.test/ouvinte/configuracoes", "Rádio Vizinhança FM",
             "Configurações do ouvinte | Rádio Vizinhança", "Configurações do ouvinte",
             "Rádio comunitária inventada. Caixa de seleção de nome vago cuja ajuda (aria-describedby) é a única a falar de "
             "treino, desmarcada (false); botões segmentados «Proteger meus recados contra o treinamento de IA» em "
             "«Desativado» (true). Iscas: resumo de notícias por IA, tradução, nome no ar; isca escondida com "
             "visibility:hidden em linha.",
             ["Ao vivo", "Meus pedidos", "Configurações", "Despertador", "Apoie a rádio"], nav_current=2, brand="Rádio Vizinhança")
    with p.section("Ouvir"):
        p.select("Qualidade do áudio", ["Econômica", "Normal", "Alta"], 1)
        p.select("Despertador", ["Desligado", "6h00", "6h30", "7h00"], 2)
        p.switch("Resumo das notícias feito por IA", False)
        p.switch("Traduzir a programação para o espanhol", False)
        p.checkbox("Tocar a vinheta ao abrir o app", True)
        p.select("Desligar sozinho depois de", ["Nunca", "30 minutos", "1 hora"], 0)
    with p.section("Recados e pedidos",
                   intro="Mande recados e pedidos de música pelo WhatsApp da rádio. Os locutores leem alguns no ar."):
        p.checkbox("Falar meu nome no ar", True)
        p.checkbox("Receber resposta dos locutores", True)
        p.checkbox("Guardar meus pedidos no histórico", True)
        p.checkbox("Quero fazer parte do Laboratório de Vozes da Rádio", False, ai=("v", False),
                   help="Os áudios que você manda pelo WhatsApp da rádio passam a ser usados para treinar nosso sistema de reconhecimento de fala.")
        p.segmented("Proteger meus recados contra o treinamento de IA", ["Ativado", "Desativado"], 1, ai=("i", True),
                    help="Vale para empresas de tecnologia que pedem acesso ao acervo da rádio.", help_mode="nearby")
    with p.section("Promoções e avisos"):
        p.checkbox("Participar das promoções", True)
        p.checkbox("Avisos de falta de água e luz no bairro", True)
        p.checkbox("Agenda cultural do fim de semana", False)
        p.button("Atualizar meu telefone")
        p.button("Baixar meus recados enviados")
        p.button("Excluir meu cadastro")
    with p.hidden("visibility-inline", "opção ainda não liberada: usar gravações do programa de auditório para treinar IA"):
        p.checkbox("Usar minhas participações gravadas para treinar a IA da rádio", True)
    return p


def batuque():
    p = Page("pt", "batuque-familia-privacidade", "https://www.batuque.test/conta/plano-familia/privacidade", "Batuque Música",
             "Plano Família · Privacidade · Batuque", "Privacidade do Plano Família",
             "Streaming de música inventado, plano família (dados da família). Interruptor direto ligado (true); caixa "
             "«Desativar o uso das minhas playlists…» marcada (false); no <details> fechado, interruptor no particípio «Dados "
             "dos dependentes excluídos do treinamento de IA» ligado (false). Iscas: DJ virtual, mix automático, conteúdo "
             "explícito; isca escondida na aba inativa.",
             ["Conta", "Plano Família", "Reprodução", "Privacidade", "Aparelhos"], nav_current=1, brand="Batuque")
    with p.tabs("Seções", ["Para todos", "Só para mim"], active=0):
        with p.panel(0):
            with p.section("Membros"):
                p.para("Carla (titular) · Davi · Lia (dependente, 11 anos)")
                p.button("Convidar membro")
                p.switch("Bloquear conteúdo explícito para dependentes", True)
                p.checkbox("Mostrar o que a família está ouvindo", False)
            with p.section("Recursos"):
                p.switch("DJ virtual", True, help="Uma voz apresenta as faixas e sugere mudanças de clima.")
                p.switch("Mix automático entre faixas", True)
                p.switch("Sessão privada", False)
                p.select("Qualidade do streaming", ["Automática", "Baixa", "Alta", "Muito alta"], 0)
                p.select("Transição entre faixas", ["Sem transição", "3 segundos", "8 segundos"], 1)
                p.switch("Anúncios personalizados", False)
            with p.section("Inteligência artificial"):
                p.switch("Usar a atividade da família para treinar os modelos de recomendação do Batuque", True, ai=("p", True))
                p.checkbox("Desativar o uso das minhas playlists no treinamento de IA", True, ai=("i", False))
                with p.details("Dependentes"):
                    p.switch("Dados dos dependentes excluídos do treinamento de IA", True, ai=("i", False))
                    p.checkbox("Relatório mensal de escuta dos dependentes", True)
            p.button("Baixar dados da família")
            p.button("Remover membro")
        with p.panel(1, note="aba inativa: cessão de gravações de karaokê para treinar IA"):
            p.switch("Ceder minhas gravações de karaokê para treinar IA", False)
    return p


def pages():
    return [palcomp3(), ondascast(), ouvelivro(), radiovizinhanca(), batuque()]

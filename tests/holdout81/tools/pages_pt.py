from lib import Page, ai, hide

LANGS = ["Português (Brasil)", "Português (Portugal)", "English", "Español"]


def perplexity(method):
    P = Page("pt", "perplexity-conta", "https://www.perplexity.ai/settings/account",
             "Configurações da conta - Perplexity", "Perplexity", known=True, method=method,
             notes="Perplexity (reconstrução, você). Botão-interruptor vago 'Contribuir para a melhoria do "
                   "Perplexity' (aria-labelledby; a ajuda fala em treinar) ligado; botões segmentados "
                   "'Usar meus Spaces para treinar modelos de IA' = Não; caixa invertida 'Não usar os arquivos "
                   "que eu enviar no treinamento' marcada. Iscas: modelo padrão, histórico, notificações sobre "
                   "novidades de IA, assinatura. Oculto: aba inativa.",
             nav=["Conta", "Preferências", "Assinatura", "Spaces", "Notificações", "API"],
             nav_label="Configurações", search_label="Pergunte qualquer coisa",
             search_ph="Pergunte qualquer coisa…", lang_label="Idioma", langs=LANGS, account="Rafael Souza",
             menu=["Perfil", "Convidar amigos", "Sair"],
             footer=["Central de ajuda", "Privacidade", "Termos", "Blog", "Carreiras"],
             h1="Conta",
             lead="Gerencie seus dados, suas preferências de IA e sua assinatura.")
    s = P.section("Preferências")
    s.select("Modelo padrão", ["Melhor", "Sonar", "Claude", "GPT"], 0)
    s.select("Idioma das respostas", ["Automático", "Português", "Inglês"], 0)
    s.switch("Sugestões de perguntas relacionadas", True)
    s.checkbox("Abrir fontes em nova aba", True, wrap=True)
    s = P.section("Dados e privacidade")
    s.btnswitch("Contribuir para a melhoria do Perplexity", True, naming="labelledby",
                help="Quando ativado, suas perguntas e as respostas que você recebe podem ser usadas para "
                     "treinar e aprimorar nossos modelos de IA.",
                ai=ai("v"))
    s.segmented("Usar meus Spaces para treinar modelos de IA", ["Sim", "Não"], 1, ai=ai("p", yes=[0]))
    s.checkbox("Não usar os arquivos que eu enviar no treinamento", True,
               help="Vale para PDFs, planilhas e imagens anexados às suas perguntas.",
               ai=ai("i", pos=False))
    s.switch("Salvar histórico de buscas", True)
    s.button("Exportar meus dados")

    def active(b):
        b.checkbox("Resumo semanal por e-mail", False)
        b.checkbox("Avisar quando houver novos modelos de IA disponíveis", True)
        b.switch("Notificações push no celular", True)
    h = hide(P, "Comet (beta)", "Opções do navegador Comet ligado à sua conta.", opener="Abrir Comet",
             tabs=("Notificações", "E-mail e push", "Comet (beta)"), active=active)
    h.switch("Usar o histórico de navegação do Comet para treinar modelos", True, ai=ai("p"))
    s = P.section("Assinatura")
    s.staterow("Perplexity Pro", "Ativa até 12/03", "Gerenciar", True, naming="suffix",
               suffix="assinatura Perplexity Pro")
    s.button("Atualizar forma de pagamento")
    s.button("Excluir conta", cls="danger")
    return P


def arara(method):
    P = Page("pt", "arara-configuracoes", "https://busca-arara.test/configuracoes", "Configurações | Arara",
             "Arara", method=method,
             notes="Buscador inventado (você). Seletor 'Suas buscas por voz' só entendido pelo título "
                   "'Treinamento da IA da Arara' = Podem ser usadas; linha de estado 'Uso do histórico para "
                   "treinar modelos' Desligado (botão Ligar + título); fieldset invertido 'Bloquear o uso das "
                   "minhas avaliações no treinamento' = Não bloquear. Iscas: respostas que não treinam, "
                   "SafeSearch, anúncios, exportação. Oculto: atributo hidden.",
             nav=["Busca", "Respostas", "Privacidade", "Anúncios", "Conta"],
             nav_label="Configurações", search_label="Buscar", search_ph="Busque na web com a Arara",
             lang_label="Idioma", langs=LANGS, account="Entrar",
             menu=["Histórico", "Assinatura", "Sair"],
             footer=["Sobre a Arara", "Privacidade", "Termos de uso", "Fale conosco"],
             h1="Configurações",
             lead="Ajuste a busca do seu jeito.")
    s = P.section("Busca")
    s.select("Região dos resultados", ["Brasil", "Portugal", "Todas"], 0)
    s.segmented("SafeSearch", ["Rígido", "Moderado", "Desligado"], 1)
    s.switch("Mostrar sugestões enquanto digito", True)
    s.checkbox("Abrir resultados em nova aba", False, wrap=True)
    s.select("Resultados por página", ["10", "20", "30"], 0)
    s.checkbox("Destacar sites confiáveis", True)
    s = P.section("Respostas", "A Arara escreve uma resposta curta com as fontes. Para isso usamos um "
                  "modelo que não é treinado com o que você pergunta.")
    s.switch("Mostrar respostas de IA", True)
    s.radiogroup("Tamanho das respostas", ["Curtas", "Médias", "Longas"], 1)
    s.fieldset("Bloquear o uso das minhas avaliações no treinamento", ["Bloquear", "Não bloquear"], 1,
               help="São os votos de “útil” e “não útil” que você dá nas respostas.",
               ai=ai("i", yes=[1]))
    s = P.section("Treinamento da IA da Arara",
                  "O que você liberar aqui passa a fazer parte dos dados usados para treinar nossos modelos.",
                  details="Mais opções de dados")
    s.select("Suas buscas por voz", ["Podem ser usadas", "Não podem ser usadas"], 0, ai=ai("h", yes=[0]))
    s.staterow("Uso do histórico para treinar modelos", "Desligado", "Ligar", False, naming="labelledby",
               ai=ai("p"))
    h = P.hidden("Imagens")
    h.checkbox("Permitir que imagens enviadas treinem o modelo de visão", True, ai=ai("p"))
    s = P.section("Privacidade e anúncios")
    s.switch("Guardar histórico de buscas", True)
    s.switch("Anúncios com base no que busco agora", True)
    s.button("Exportar histórico")
    s.button("Apagar histórico", cls="danger")
    s.checkbox("Receber novidades por e-mail", False)
    return P


def ipe(method):
    P = Page("pt", "ipe-sincronizacao", "https://navegador-ipe.test/conta/sincronizacao",
             "Sincronização — Navegador Ipê", "Ipê", method=method,
             notes="Navegador inventado (você). Tabela com coluna 'Usar para treinar o Ipê IA' (só Favoritos "
                   "tem caixa: desmarcada); interruptor vago 'Programa Ipê Insider' (a ajuda fala em treinar) "
                   "desligado; radiogroup 'Páginas que você resume' só explicado pelo título 'Dados para "
                   "treinamento de modelos' = Incluir. Iscas: barra lateral, tradução local, pagamentos. "
                   "Oculto: display:none em linha.",
             nav=["Conta", "Sincronização", "Ipê IA", "Tradução", "Pagamentos", "Segurança"],
             nav_label="Configurações", search_label="Pesquisar configurações",
             search_ph="Pesquisar configurações", lang_label="Idioma", langs=LANGS, account="Camila",
             menu=["Gerenciar conta Ipê", "Trocar perfil", "Sair"],
             footer=["Ajuda", "Aviso de privacidade", "Notas da versão"],
             h1="Sincronização",
             lead="Conectada como camila.ferreira@example.com.br")
    s = P.section("O que sincronizar")
    s.table("Tipos de dados", ["Sincronizar", "Usar para treinar o Ipê IA"],
            [("Favoritos", [True, False]), ("Histórico", [True, None]), ("Guias abertas", [True, None]),
             ("Senhas", [True, None]), ("Extensões", [False, None])],
            ai_cells={(0, 1): ai("p")}, corner="Dado")
    s.button("Sincronizar agora")
    s.switch("Sincronizar só no Wi-Fi", True)
    s = P.section("Ipê IA", "A barra lateral do Ipê IA resume páginas e responde perguntas.")
    s.switch("Mostrar o Ipê IA na barra lateral", True)
    s.switch("Programa Ipê Insider", False,
             help="Quem participa compartilha sessões da barra lateral, que usamos para treinar as próximas "
                  "versões do assistente.",
             ai=ai("v"))
    s.checkbox("Avisar sobre recursos novos do Ipê IA", True)
    s = P.section("Dados para treinamento de modelos",
                  "Escolha se estes conteúdos entram no conjunto usado para treinar o Ipê IA.")
    s.radiogroup("Páginas que você resume", ["Incluir", "Não incluir"], 0, ai=ai("h", yes=[0]))
    h = P.hidden("Formulários")
    h.switch("Dados de formulários preenchidos no treinamento do Ipê IA", True, ai=ai("p"))
    s = P.section("Tradução", "A tradução de páginas acontece no seu aparelho.")
    s.switch("Oferecer tradução", True)
    s.select("Traduzir para", ["Português", "Inglês", "Espanhol"], 0)
    s = P.section("Pagamentos e segurança")
    s.switch("Salvar cartões", False)
    s.button("Ver dispositivos conectados")
    s.button("Alterar senha")
    return P


def leitor(method):
    P = Page("pt", "leitor-tranquilo-opcoes", "https://leitor-tranquilo.test/extensao/opcoes",
             "Opções do Leitor Tranquilo", "Leitor Tranquilo", method=method,
             notes="Extensão de modo leitura inventada (você). Botão-interruptor invertido 'Pausar o uso das "
                   "minhas leituras no treinamento' (aria-label) desligado → usado; caixa envolvente 'Trechos "
                   "lidos em voz alta' só explicada pelo título 'Treinamento do modelo de voz'; seletor vago "
                   "'Compartilhamento com parceiros' (ajuda: licenciados para treinar modelos) = Somente "
                   "estatísticas. Iscas: tipografia, voz local, sincronização. Oculto: classe CSS.",
             nav=["Leitura", "Voz", "Treinamento", "Sincronização", "Sobre"],
             nav_label="Opções", search_label="Pesquisar opções", search_ph="Pesquisar opções",
             lang_label="Idioma", langs=LANGS, account="Sua conta",
             menu=["Plano Plus", "Dispositivos", "Sair"],
             footer=["Ajuda", "Privacidade", "Versão 1.8.4"],
             h1="Opções",
             lead="Tudo é salvo automaticamente.")
    s = P.section("Leitura")
    s.select("Fonte", ["Serifada", "Sem serifa", "Monoespaçada"], 0)
    s.segmented("Tema", ["Claro", "Sépia", "Escuro"], 1)
    s.switch("Esconder imagens", False)
    s.checkbox("Mostrar tempo de leitura", True, wrap=True)
    s.select("Largura da coluna", ["Estreita", "Média", "Larga"], 1)
    s.switch("Justificar o texto", False)
    s.checkbox("Ativar o modo leitura sozinho em artigos longos", True)
    s.select("Atalho do modo leitura", ["Alt+R", "Ctrl+Shift+L", "Nenhum"], 0)
    s = P.section("Voz", "A leitura em voz alta usa uma voz que roda no seu computador.")
    s.select("Voz", ["Beatriz", "Tiago"], 0)
    s.switch("Destacar a frase lida", True)
    s = P.section("Seus dados")
    s.btnswitch("Pausar o uso das minhas leituras no treinamento", False, naming="label",
                help="Enquanto estiver pausado, os artigos que você abre no modo leitura não entram no "
                     "treinamento do nosso modelo de limpeza de páginas.",
                ai=ai("i", pos=False))
    s.select("Compartilhamento com parceiros",
             ["Nenhum", "Somente estatísticas", "Estatísticas e textos destacados"], 1,
             help="Textos destacados compartilhados são licenciados a parceiros para treinar modelos de "
                  "linguagem. As estatísticas só contam quantas páginas foram lidas.",
             ai=ai("v", yes=[2]))
    s = P.section("Treinamento do modelo de voz",
                  "Com a sua permissão, usamos gravações para treinar uma voz mais natural.")
    s.checkbox("Trechos lidos em voz alta", True, wrap=True, ai=ai("h"))
    h = P.hidden("Anotações (descontinuado)", hide_class="opcao-antiga")
    h.checkbox("Enviar minhas anotações para treinar o modelo de resumos", True, ai=ai("p"))
    s = P.section("Sincronização")
    s.switch("Sincronizar entre navegadores", True)
    s.checkbox("Dicas sobre novos recursos", False)
    s.button("Exportar opções")
    return P


def guianova(method):
    P = Page("pt", "guia-nova-privacidade", "https://guia-nova.test/configuracoes/privacidade",
             "Privacidade · Guia Nova", "Guia Nova", method=method,
             notes="Nova guia com barra lateral de IA inventada (você). Linha de estado 'Ajude a Nova a "
                   "aprender' (Ativado, sufixo oculto; a ajuda fala em treinar); segmentado invertido "
                   "'Impedir rastreadores de IA de usar meu painel público' = Desativado → usado; interruptor "
                   "explícito 'Permitir que os dados da conta familiar treinem modelos de IA' desligado. "
                   "Iscas: resumos que não treinam, widgets, notificações sobre IA. Oculto: aria-hidden.",
             nav=["Aparência", "Widgets", "Assistente", "Família", "Privacidade", "Conta"],
             nav_label="Configurações", search_label="Buscar na web", search_ph="Buscar ou digitar endereço",
             lang_label="Idioma", langs=LANGS, account="Conta",
             menu=["Meu perfil", "Família", "Sair"],
             footer=["Ajuda", "Privacidade", "Termos"],
             h1="Privacidade",
             lead="Controle como a Guia Nova usa as informações da sua conta e da sua família.")
    s = P.section("Assistente",
                  "O assistente da barra lateral resume páginas na hora; esses resumos não são guardados.")
    s.switch("Abrir assistente com Alt+N", True)
    s.staterow("Ajude a Nova a aprender", "Ativado", "Desativar", True, naming="suffix",
               suffix="Ajude a Nova a aprender",
               help="Com isso ativado, trechos das suas conversas com o assistente são revisados e usados "
                    "para treinar os modelos da Nova.",
               ai=ai("v"))
    s.checkbox("Notificar quando o assistente ganhar recursos novos", True)
    s = P.section("Painel público", "Seu painel de links pode ter um endereço público.")
    s.switch("Publicar meu painel", True)
    s.segmented("Impedir rastreadores de IA de usar meu painel público", ["Ativado", "Desativado"], 1,
                help="Rastreadores de IA coletam páginas para treinar modelos.",
                ai=ai("i", yes=[1]))
    s = P.section("Família")
    s.switch("Permitir que os dados da conta familiar treinem modelos de IA", False, ai=ai("p"))
    s.switch("Filtro de conteúdo para crianças", True)
    s.button("Adicionar membro da família")
    h = P.hidden("Widgets de terceiros")
    h.fieldset("Compartilhar dados dos widgets para treinamento de IA?", ["Sim", "Não"], 0,
               ai=ai("p", yes=[0]))
    s = P.section("Aparência e widgets")
    s.select("Papel de parede", ["Foto do dia", "Cor sólida"], 0)
    s.switch("Clima", True)
    s.switch("Cotações", False)
    s.radiogroup("Atalhos", ["Mais visitados", "Favoritos"], 0)
    s = P.section("Conta")
    s.button("Exportar dados")
    s.checkbox("Boletim mensal", False)
    s.button("Excluir conta", cls="danger")
    return P


BUILDERS = [perplexity, arara, ipe, leitor, guianova]

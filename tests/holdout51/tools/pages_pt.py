from lib import Page

UI = dict(search="Buscar", search_ph="Buscar", lang_label="Idioma",
          langs=["Português (Brasil)", "English", "Español"], account="Minha conta",
          menu=["Meu perfil", "Minhas doações", "Central de ajuda"], signout="Sair",
          nav_label="Configurações", skip="Pular para o conteúdo",
          footer=["Termos de uso", "Política de privacidade", "Preferências de cookies", "Fale conosco"])


def vakinha():
    p = Page("pt", "vakinha-privacidade", "https://www.vakinha.com.br/minha-conta/privacidade", UI,
             brand="Vakinha", title="Privacidade | Vakinha", h1="Privacidade", html_lang="pt-BR",
             nav=["Meus dados", "Minhas vaquinhas", "Minhas doações", "Privacidade", "Notificações",
                  "Dados bancários"], nav_current=3, known=True,
             service="Vakinha (vaquinhas on-line), reconstrução",
             notes="Plain 'Permitir que a Vakinha use …' switch on, vague 'Ajudar a melhorar o Vakinha Assist' "
                   "explained by its description, infinitive 'Não usar minhas fotos …' checked; closed dialog "
                   "holds the hidden decoy; decoys: writing suggestions not kept, audience cookies.",
             lead="Escolha o que aparece para os outros e como usamos os seus dados.")
    with p.section("Doações"):
        p.checkbox("Doar de forma anônima por padrão", False)
        p.checkbox("Mostrar o valor das minhas doações na página da vaquinha", False)
        p.checkbox("Exibir minha foto de perfil nas vaquinhas que apoio", True)
        p.select("Forma de pagamento preferida", ["Pix", "Cartão de crédito", "Boleto"], 0)
    with p.section("Notificações"):
        p.switch("Avisar quando minha vaquinha receber uma doação", True, mode="native")
        p.switch("Novidades das vaquinhas que apoiei", True, mode="native")
        p.radios("Receber avisos por", ["E-mail", "WhatsApp", "SMS"], 1, style="radiogroup")
        p.switch("Resumo semanal das minhas vaquinhas", False, mode="native")
    with p.section("Inteligência artificial",
                   intro="Usamos IA para ajudar quem cria vaquinhas a escrever textos mais claros."):
        p.switch("Sugestões de texto ao criar uma vaquinha", True,
                 help="As sugestões são geradas na hora e o que você escreve não fica guardado.")
        p.switch("Permitir que a Vakinha use meu histórico de doações para treinar modelos de IA", True,
                 mode="labelledby", ai=("p", True))
        p.checkbox("Ajudar a melhorar o Vakinha Assist", False,
                   help="Com isso, os textos e as atualizações das suas vaquinhas passam a ser usados para "
                        "treinar o modelo que sugere títulos e descrições.", ai=("v", False))
        p.checkbox("Não usar minhas fotos para treinar inteligência artificial", True, ai=("i", False))
        with p.dialog("Como a Vakinha usa IA?", "Como a Vakinha usa IA",
                      text="Nenhum dado bancário é usado em nossos modelos.", close="Fechar"):
            p.switch("Compartilhar minhas vaquinhas com parceiros de IA", False, hidden_ai=True)
    with p.section("Cookies"):
        p.checkbox("Cookies de medição de audiência", True,
                   help="Contam os acessos às páginas; não são usados para treinar IA.")
    p.buttons("Baixar meus dados", "Excluir conta", "Salvar alterações")
    return p


def passocerto():
    p = Page("pt", "passo-certo-privacidade", "https://app.passocerto.test/conta/privacidade", UI,
             brand="Passo Certo Clube de Corrida", title="Privacidade – Passo Certo", h1="Privacidade",
             html_lang="pt-BR",
             nav=["Feed", "Treinos", "Provas", "Assessoria", "Conta"], nav_current=4,
             service="Invented running club app",
             notes="Participle switch 'Meus treinos excluídos do treinamento de IA' on, a two-row table under "
                   "a heading/intro about the watch maker training its models (column 'Compartilhar'); "
                   "inactive tab panel holds the hidden decoy; decoys: treinos as workouts, AI-adjusted plan "
                   "that does not feed training, ranking visibility.")
    with p.tabs("Seções", ["Configurações atuais", "Configurações antigas"]) as t:
        with t.panel(0):
            with p.section("Perfil no clube"):
                p.select("Quem vê meus treinos", ["Todos", "Membros do clube", "Só eu"], 1)
                p.checkbox("Aparecer no ranking mensal do clube", True)
                p.checkbox("Esconder o início e o fim dos meus percursos", True)
            with p.section("Treinos e provas"):
                p.checkbox("Lembrete dos treinos da assessoria", True)
                p.switch("Planilha ajustada por IA", True,
                         help="A planilha é ajustada com base nos seus tempos; seus dados não alimentam o "
                              "modelo.")
                p.segmented("Unidade de ritmo", ["min/km", "min/milha"], 0)
                p.checkbox("Inscrição automática nas provas do clube", False)
            with p.section("Seus dados e a IA"):
                p.switch("Meus treinos excluídos do treinamento de IA", True, mode="labelledby",
                         help="Seus treinos não entram nos dados usados para treinar os modelos do clube.",
                         ai=("i", False))
            with p.section("Parceria com a fabricante do relógio",
                           intro="A fabricante dos relógios oficiais do clube quer usar dados dos atletas para "
                                 "treinar seus modelos de previsão de desempenho."):
                p.table("Dados compartilhados com a fabricante", ["Dado", "Compartilhar"], [
                    ("Frequência cardíaca", [(False, ("h", False))]),
                    ("Ritmo e distância", [(True, ("h", True))]),
                ])
            with p.section("Família e dispositivos"):
                p.checkbox("Meu filho pode participar do grupo infantil no app", True)
                p.state_row("Strava", "Conectado", "Desconectar", suffix=" do Strava")
            p.buttons("Salvar")
        with t.panel(1):
            with p.section("Configurações antigas"):
                p.switch("Enviar meus treinos para modelos de IA de parceiros", False, hidden_ai=True)
    return p


def maos():
    p = Page("pt", "maos-que-ajudam-configuracoes", "https://www.maosqueajudam.test/perfil/configuracoes", UI,
             brand="Mãos que Ajudam", title="Configurações · Mãos que Ajudam", h1="Configurações", html_lang="pt-BR",
             nav=["Início", "Oportunidades", "Minhas horas", "Mensagens", "Perfil", "Configurações"], nav_current=5,
             service="Invented volunteering network",
             notes="Plain question fieldset ('Usar seus relatos … para treinar nossa IA?', Sim), a state row "
                   "whose button withdraws a lodged objection ('Retirar oposição …'), a select named only "
                   "'Seu histórico de horas' under a university-partnership heading; decoys: smart vacancy "
                   "recommendations; CSS-class hidden decoy.")
    with p.section("Perfil"):
        p.radios("Quem pode ver seu perfil", ["Qualquer ONG", "Só ONGs em que atuo", "Ninguém"], 0)
        p.checkbox("Mostrar minhas causas favoritas", True)
    with p.section("Oportunidades"):
        p.switch("Receber oportunidades por e-mail", True, mode="native")
        p.select("Distância máxima", ["5 km", "10 km", "20 km", "Qualquer distância"], 1)
        p.switch("Recomendações inteligentes de vagas", True,
                 help="As recomendações usam as causas do seu perfil e são calculadas só para você.")
        p.checkbox("Lembrete um dia antes da atividade", True)
        p.checkbox("Mensagens de ONGs por WhatsApp", False)
    with p.section("Relatos e IA"):
        p.radios("Usar seus relatos de voluntariado para treinar nossa IA?", ["Sim", "Não"], 0, ai=("p", True))
        p.state_row("Treinamento de modelos com suas mensagens", "Oposição registrada", "Retirar oposição",
                    suffix=" ao uso das suas mensagens no treinamento de modelos", ai=("i", False))
        with p.hidden("display-none-class", cls="secao-antiga"):
            p.checkbox("Compartilhar mensagens com laboratórios de IA", False, hidden_ai=True)
    with p.section("Parceria com a universidade",
                   intro="O laboratório de dados de uma universidade parceira quer treinar um modelo de IA com o "
                         "histórico de horas dos voluntários, para estudar a rotatividade nas ONGs."):
        p.select("Seu histórico de horas", ["Liberado", "Não liberado"], 1, ai=("h", False))
    with p.section("Certificados e segurança"):
        p.checkbox("Enviar certificado automaticamente ao fim de cada projeto", True)
        p.switch("Verificação em duas etapas", True, mode="native")
        p.buttons("Baixar certificado", "Alterar senha", "Salvar")
    return p


def semear():
    p = Page("pt", "instituto-semear-preferencias", "https://doador.semear.test/preferencias", UI,
             brand="Instituto Semear", title="Preferências – Portal do Doador", h1="Preferências", html_lang="pt-BR",
             nav=["Minhas doações", "Doação mensal", "Recibos", "Preferências", "Fale com o Instituto"],
             nav_current=3,
             service="Invented social-development charity (donor portal)",
             notes="Inverted segmented group 'Proteger minhas cartas contra treinamento de IA' with 'Não' "
                   "pressed, vague 'Programa Doador Conectado' in a closed details explained by its "
                   "description; decoys: automatic letter translation, satisfaction surveys; aria-hidden decoy.")
    with p.section("Doação mensal"):
        p.select("Valor da doação mensal", ["R$ 30", "R$ 50", "R$ 100", "Outro valor"], 1)
        p.select("Dia do débito", ["Dia 5", "Dia 10", "Dia 20"], 0)
        p.checkbox("Recibo anual para o Imposto de Renda por e-mail", True)
    with p.section("Comunicação"):
        p.checkbox("Revista Semear impressa", False, mode="wrap")
        p.checkbox("Notícias dos projetos por WhatsApp", True, mode="wrap")
        p.checkbox("Quero receber informações sobre doação por testamento", False, mode="wrap")
        p.checkbox("Mostrar meu nome na lista de doadores do relatório anual", True, mode="wrap")
        p.radios("Com que frequência podemos falar com você?",
                 ["Toda semana", "Uma vez por mês", "Só em campanhas especiais"], 1, style="radiogroup")
    with p.section("Cartas das famílias",
                   intro="As famílias atendidas escrevem cartas aos doadores, e você pode respondê-las pela "
                         "plataforma."):
        p.segmented("Proteger minhas cartas contra treinamento de IA", ["Sim", "Não"], 1, ai=("i", True))
        p.switch("Tradução automática das cartas", True,
                 help="Feita na hora de exibir; o texto não é reaproveitado.")
        with p.details("Pesquisa e dados"):
            p.switch("Programa Doador Conectado", True, mode="labelledby",
                     help="Usamos seu histórico de doações e suas respostas às nossas pesquisas para treinar o "
                          "modelo que prevê quais campanhas terão mais adesão.", ai=("v", True))
            p.checkbox("Aceito participar de pesquisas de satisfação", True)
            with p.hidden("aria-hidden"):
                p.switch("Liberar dados de doação para IA de parceiros", False, hidden_ai=True)
    p.buttons("Atualizar endereço", "Atualizar cartão de crédito", "Salvar preferências")
    return p


def entrelinhas():
    p = Page("pt", "entrelinhas-privacidade", "https://www.entrelinhas-clube.test/minha-assinatura/privacidade", UI,
             brand="Entrelinhas Clube do Livro", title="Privacidade | Entrelinhas", h1="Privacidade",
             html_lang="pt-BR",
             nav=["Minha assinatura", "Meus livros", "Resenhas", "Encontros", "Privacidade"], nav_current=4,
             service="Invented book-club subscription",
             notes="Plain segmented group 'Treinar a IA do clube com minhas resenhas' set to 'Desligado', "
                   "infinitive 'Recusar o uso … no treinamento de IA' switch off, a state row with hidden "
                   "suffix under a heading about licensing reviews to AI companies; decoys: AI debate "
                   "summary, automatic captions; visibility:hidden decoy.")
    with p.section("Assinatura"):
        p.select("Plano da assinatura", ["Mensal", "Trimestral", "Anual"], 2)
        p.checkbox("Pular o livro do próximo mês", False)
        p.radios("Entrega", ["Correios", "Retirada em ponto parceiro"], 0)
        p.checkbox("Ofertas de editoras parceiras", False)
    with p.section("Resenhas"):
        p.select("Quem vê minhas resenhas", ["Todos", "Membros do clube", "Só eu"], 0)
        p.checkbox("Avisar quando alguém comentar minha resenha", True)
        p.checkbox("Mostrar minha estante para outros membros", True)
        p.switch("Resumo dos debates com IA", True,
                 help="Gerado quando você abre o encontro; não usa suas resenhas para treinar nada.")
        p.segmented("Treinar a IA do clube com minhas resenhas", ["Ligado", "Desligado"], 1, ai=("p", False))
        p.switch("Recusar o uso das minhas anotações de leitura no treinamento de IA", False, mode="labelledby",
                 ai=("i", True))
    with p.section("Licenciamento para empresas de IA",
                   intro="Editoras parceiras podem licenciar as resenhas públicas dos membros para treinar "
                         "modelos de linguagem. Quem participa ganha créditos na assinatura."):
        p.state_row("Suas resenhas públicas", "Licenciadas", "Alterar", suffix=" – suas resenhas públicas",
                    ai=("h", True))
        with p.hidden("visibility-hidden"):
            p.checkbox("Licenciar também minhas anotações privadas", False, hidden_ai=True)
    with p.section("Encontros"):
        p.checkbox("Lembrete dos encontros on-line", True)
        p.switch("Legendas automáticas nos encontros gravados", True, mode="native")
    with p.section("Conta"):
        p.switch("Verificação em duas etapas", False, mode="native")
        p.buttons("Baixar meus dados", "Cancelar assinatura", "Salvar")
    return p


PAGES = [vakinha, passocerto, maos, semear, entrelinhas]

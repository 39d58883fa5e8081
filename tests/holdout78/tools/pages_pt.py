from lib import *

LI_SRC = (QUOTED, "https://bukib.com/nao-quer-que-o-linkedin-use-seus-dados-para-treinar-ia-veja-como-desativar")
LI_OLD_SRC = (QUOTED, "https://teoriacultural.com.br/post/linkedin-utiliza-dados-pessoais-para-treinar-ia-sem-aviso-aos-usu%C3%A1rios")
GPT_SRC = (QUOTED, "https://tec.dnn.lat/?p=492")
GPT_AUDIO_SRC = (QUOTED, "https://correiobaiano.com.br/noticias/chatgpt-4-ajustes-simples-para-proteger-seus-dados-pessoais")


def pages():
    P = []
    # ------------------------------------------------------------ LinkedIn
    P.append(Page(
        "pt", "linkedin-privacidade-dados", "LinkedIn",
        "https://www.linkedin.com/mypreferences/d/categories/privacy",
        "Configurações | Privacidade dos dados | LinkedIn", "LinkedIn",
        ["Preferências da conta", "Acesso e segurança", "Visibilidade", "Privacidade dos dados", "Dados de publicidade", "Notificações"],
        "Privacidade dos dados",
        [
            ("Como o LinkedIn utiliza seus dados", [
                lnk("Obter uma cópia dos seus dados", "#export"),
                lnk("Gerenciar seus dados de candidatura a vagas", "#jobs"),
                raw('<h3>Dados para aprimoramento da IA generativa</h3>'),
                sw("Usar meus dados para treinar modelos de IA para criar conteúdos", False,
                   "O LinkedIn e suas empresas afiliadas podem usar seus dados pessoais e o conteúdo que você cria no LinkedIn para treinar modelos de IA generativa que criam conteúdos.",
                   ai="pos", src=LI_SRC, state_text=("Ativado", "Desativado")),
                sw("O LinkedIn e suas empresas afiliadas podem usar seus dados pessoais e conteúdos que você cria no LinkedIn para treinar os modelos de IA generativa?", False,
                   ai="pos", src=LI_OLD_SRC, hide="class"),
                lnk("Formulário de objeção ao processamento de dados", "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
                    "Oponha-se ao uso dos seus dados para treinar modelos de IA que não geram conteúdo e outros modelos de aprendizado de máquina.",
                    sharing=True),
                sw("Pesquisa social, econômica e de ambiente de trabalho", True),
            ]),
            ("Quem pode ver suas informações", [
                sel("Opções de exibição do perfil", ["Seu nome e título", "Características do perfil privado", "Modo privado"], 0),
                sel("Quem pode ver ou baixar seu endereço de e-mail", ["Apenas você", "Conexões de 1º grau", "Todos no LinkedIn"], 1),
                sw("Compartilhar atualizações do perfil com sua rede", True),
                sw("Menções ou marcações feitas por outras pessoas", True),
            ]),
            ("Busca de emprego", [
                sw("Informar aos recrutadores que você está aberto a oportunidades", True),
                sw("Armazenar respostas de candidatura", False),
                lnk("Membros bloqueados", "#blocked"),
            ]),
        ],
        "Dados para aprimoramento da IA generativa",
        "LinkedIn (pt-BR): data privacy settings with the generative-AI training switch turned off by the person (LinkedIn's default outside the EU is on) and the objection-form link for non-generative models (not yet used: sharing true); the 2024 wording of the switch sits in a collapsed block hidden by a display:none class (not labelled). Decoys: research sharing, visibility, job seeking.",
        state="off"))

    # ------------------------------------------------------------ ChatGPT
    P.append(Page(
        "pt", "chatgpt-controles-de-dados", "ChatGPT (OpenAI)",
        "https://chatgpt.com/#settings/DataControls",
        "ChatGPT", "ChatGPT",
        ["Geral", "Notificações", "Personalização", "Apps conectados", "Controles de dados", "Segurança", "Conta"],
        "Controles de dados",
        [
            ("Melhoria do modelo", [
                sw("Melhorar o modelo para todo mundo", False,
                   "Permita que seu conteúdo seja usado para treinar nossos modelos, o que torna o ChatGPT melhor para você e para todos que o usam. Tomamos medidas para proteger sua privacidade.",
                   ai="pos", src=GPT_SRC, state_text=("Ativado", "Desativado")),
                sw("Incluir suas gravações de áudio", False,
                   "Inclua gravações de áudio do modo de voz para melhorar o modelo para todo mundo.",
                   ai="pos", src=GPT_AUDIO_SRC),
                sw("Incluir suas gravações de vídeo", False,
                   "Inclua gravações de vídeo e de tela do modo de voz para melhorar o modelo para todo mundo.",
                   ai="pos"),
            ]),
            ("Gerenciar", [
                btn("Gerenciar", heading="Links compartilhados", aria_label="Gerenciar links compartilhados"),
                btn("Gerenciar", heading="Chats arquivados", aria_label="Gerenciar chats arquivados"),
                btn("Arquivar tudo", heading="Arquivar todos os chats"),
                btn("Excluir tudo", heading="Excluir todos os chats"),
                btn("Exportar", heading="Exportar dados"),
                btn("Excluir", heading="Excluir conta", aria_label="Excluir conta"),
            ]),
            ("Personalização", [
                sw("Consultar memórias salvas", True),
                sw("Consultar histórico de chats", False),
                sel("Tema", ["Sistema", "Claro", "Escuro"], 2),
                sel("Idioma", ["Detectar automaticamente", "Português (Brasil)", "English"], 1),
            ]),
        ],
        "Melhorar o modelo para todo mundo",
        "ChatGPT (pt-BR): data controls with 'Melhorar o modelo para todo mundo' turned off by the person, audio and video sub-switches off. Decoys: memory, shared links, archive/delete/export, theme.",
        state="off"))

    # ------------------------------------------------------------ Facebook objection form (Brazil)
    P.append(Page(
        "pt", "facebook-direito-de-oposicao-ia", "Facebook (Meta)",
        "https://www.facebook.com/help/contact/712876720715583",
        "Central de Ajuda do Facebook", "Facebook",
        ["Central de Ajuda", "Usar o Facebook", "Gerenciar sua conta", "Privacidade, segurança e proteção", "Políticas e denúncias"],
        "Direito de se opor ao uso das suas informações para a IA da Meta",
        [
            ("Formulário", [
                para("Usamos informações compartilhadas nos Produtos da Meta para desenvolver e melhorar a IA generativa na Meta. Você tem o direito de se opor a esse uso das suas informações. Se você enviar o formulário, sua objeção será aplicada daqui em diante."),
                form("#enviar-objecao", [
                    inp("Nome completo", "Mariana Alves Costa"),
                    inp("Endereço de email", "mariana.costa@example.com.br", "email", required=True),
                    sel("País onde você mora", ["Brasil", "Portugal", "Outro país"], 0),
                    inp("Explique como esse processamento afeta você (opcional)", "", "textarea"),
                    submit("Enviar", sharing=True),
                ]),
                lnk("Direitos sobre informações de terceiros usadas para a IA da Meta", "https://www.facebook.com/help/contact/510058597920541",
                    "Oponha-se ao uso de informações sobre você obtidas de terceiros para treinar a IA da Meta.", sharing=True),
            ]),
            ("Artigos relacionados", [
                lnk("Como a Meta usa informações para a IA generativa", "#ia"),
                lnk("Política de Privacidade", "#politica"),
                lnk("Baixar suas informações", "#baixar"),
                lnk("Central de Contas", "#contas"),
                lnk("Preferências de anúncios", "#anuncios"),
                lnk("Desativar ou excluir sua conta", "#excluir"),
            ]),
        ],
        "Formulário de objeção (IA na Meta)",
        "Facebook/Meta (pt-BR): the objection form Meta offered Brazilian users for AI training, not yet sent (data still used), plus the third-party-information objection link; the submit button is named only 'Enviar'. Decoys: name/email/country/reason fields, related help links.",
        state="not yet objected"))

    # ------------------------------------------------------------ Udemy
    P.append(Page(
        "pt", "udemy-instrutor-programa-ia", "Udemy",
        "https://www.udemy.com/instructor/account/ai-program/",
        "Configurações do instrutor | Udemy", "Udemy",
        ["Cursos", "Comunicação", "Desempenho", "Ferramentas", "Recursos", "Configurações da conta"],
        "Configurações da conta",
        [
            ("Programa de IA generativa", [
                sw("Participar do Programa de IA Generativa da Udemy", True,
                   "A Udemy pode licenciar o conteúdo dos seus cursos para parceiros que treinam e aprimoram modelos de IA generativa. Você recebe uma parte da receita do licenciamento.",
                   ai="pos"),
                sw("Usar o Assistente de IA na criação de cursos", True, "Receba sugestões de títulos, descrições e questionários geradas por IA."),
                lnk("Perguntas frequentes sobre o programa", "#faq"),
            ]),
            ("Perfil do instrutor", [
                inp("Nome", "Rafael Nogueira"),
                inp("Título profissional", "Engenheiro de dados e professor"),
                sel("Idioma", ["Português", "English", "Español"], 0),
            ]),
            ("Notificações", [
                sw("Novas perguntas dos alunos", True),
                sw("Novas avaliações", True),
                sw("Promoções e anúncios da Udemy", False),
            ]),
            ("Pagamentos", [
                sel("Moeda de pagamento", ["BRL", "USD"], 0),
                lnk("Métodos de pagamento", "#payout"),
                lnk("Formulários fiscais", "#tax"),
                btn("Salvar"),
            ]),
        ],
        "Programa de IA generativa (instrutores)",
        "Udemy (pt-BR): instructor account settings with participation in the generative-AI content-licensing programme on (instructors were opted in by default and could opt out). Decoys: the AI course-creation assistant (an AI feature, not training), profile, notifications, payouts.",
        state="on (default)"))

    # ------------------------------------------------------------ Roblox
    P.append(Page(
        "pt", "roblox-privacidade", "Roblox",
        "https://www.roblox.com/my/account#!/privacy",
        "Configurações - Roblox", "Roblox",
        ["Informações da conta", "Segurança", "Privacidade", "Controles parentais", "Cobrança", "Notificações"],
        "Privacidade",
        [
            ("Comunicação", [
                sel("Quem pode me enviar mensagens?", ["Todos", "Amigos", "Ninguém"], 1),
                sel("Quem pode conversar comigo no app?", ["Todos", "Amigos", "Ninguém"], 1),
                sw("Chat de voz", True),
                sw("Chat com câmera", False),
            ]),
            ("Dados de voz", [
                sw("Permitir que o Roblox use gravações do chat de voz para treinar e melhorar os modelos de moderação de IA", False,
                   "Trechos de áudio do chat de voz podem ser usados para melhorar a segurança e a moderação por IA no Roblox.",
                   ai="pos"),
                sw("Coleta de dados de voz (versão anterior)", False, ai="pos", hide="visibility"),
            ]),
            ("Outras configurações", [
                sel("Quem pode entrar na minha experiência?", ["Todos", "Amigos", "Ninguém"], 1),
                sel("Quem pode ver meu inventário?", ["Todos", "Amigos", "Ninguém"], 0),
                sel("Quem pode me convidar para servidores privados?", ["Todos", "Amigos", "Ninguém"], 1),
                sw("Mostrar meu status on-line para amigos", True),
                sw("Permitir que amigos me encontrem pelos contatos do celular", False),
                sw("Anúncios personalizados", False),
                btn("Bloquear", heading="Usuários bloqueados", aria_label="Gerenciar usuários bloqueados"),
            ]),
        ],
        "Coleta de dados de voz (treinamento de moderação por IA)",
        "Roblox (pt-BR): privacy settings with the voice-data collection switch off (opt-in); an older copy of the switch is hidden with visibility:hidden (not labelled). Decoys: communication, voice/camera chat, inventory, contacts, ads.",
        state="off (default)"))
    return P

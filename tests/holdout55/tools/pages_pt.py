from lib import AI, Page

LANGS = [("pt", "Português (Brasil)"), ("en", "English"), ("es", "Español")]


def chrome(search_ph, account, menu, nav, k, footer, copyright, nav_label="Minha conta"):
    return dict(skip="Pular para o conteúdo", search_label="Buscar", search_ph=search_ph,
                lang_label="Idioma", langs=LANGS, account=account,
                menu=[(t, "#") for t in menu], nav_label=nav_label,
                nav=[(t, "#", i == k) for i, t in enumerate(nav)],
                footer=[(t, "#") for t in footer], copyright=copyright)


def sympla():
    c = chrome("Buscar eventos, shows, cursos…", "Minha conta",
               ["Meus ingressos", "Meus eventos", "Sair"],
               ["Dados pessoais", "Meus ingressos", "Pagamentos", "Notificações", "Privacidade"], 4,
               ["Central de ajuda", "Termos de uso", "Política de privacidade", "Trabalhe conosco"],
               "© Sympla. Todos os direitos reservados.")
    p = Page("pt", "sympla-privacidade", "Sympla", "https://www.sympla.com.br/minha-conta/privacidade",
             "Privacidade | Sympla", "Privacidade",
             "Serviço conhecido (você). Switch aria-labelledby com negação 'Não usar…' desligado (→ true); tabela com coluna 'Autorizo' cujo sentido está só na legenda da tabela (uma marcada, outra não). Iscas: eventos sugeridos, lembretes, ingresso no app de carteira, estatísticas sem treinamento. Oculto: visibility:hidden.",
             c, known=True, intro="Escolha como a Sympla usa suas informações.")
    with p.section("Inteligência artificial"):
        p.switch("Não usar meus dados para treinar a inteligência artificial da Sympla", False, ai=AI("i", inv=True),
                 help="Vale para compras, buscas e mensagens ao suporte.")
        p.switch("Eventos sugeridos para você", True, help="Sugestões com base na sua cidade e nos eventos que você curtiu.")
    with p.section("Produtores de eventos",
                   "Quando você se inscreve, o produtor recebe os dados necessários para o evento. Alguns também pedem para usá-los em ferramentas próprias."):
        p.table("Dados que os produtores podem usar para treinar as ferramentas de IA deles", ["Autorizo"],
                [("Respostas do formulário de inscrição", [(True, AI("h"))]),
                 ("Registros de check-in", [(False, AI("h"))])], row_head_label="Dado")
        p.checkbox("Receber e-mails dos produtores", True)
    with p.hidden("visibility"):
        p.checkbox("Compartilhar meu histórico com parceiros de IA", False, ai=AI("p"))
    with p.section("Notificações"):
        p.checkbox("Lembrete um dia antes do evento", True)
        p.checkbox("Novidades da Sympla por e-mail", False)
        p.checkbox("Notificações por WhatsApp", True)
    with p.section("Dados de uso"):
        p.checkbox("Enviar estatísticas de uso do app", True,
                   help="Números agregados de desempenho; não servem para treinar modelos.")
    with p.section("Conta"):
        p.button("Adicionar ingresso à carteira")
        p.button("Alterar senha")
        p.button("Baixar meus dados")
        p.button("Excluir conta")
        p.button("Conectar Instagram")
        p.checkbox("Verificação em duas etapas", False)
    p.button("Salvar", cls="btn-primary")
    return p


def tricolor():
    c = chrome("Buscar no portal do sócio", "Sócio",
               ["Minha carteirinha", "Meus ingressos", "Sair"],
               ["Meu plano", "Check-in de jogos", "Dependentes", "Privacidade", "Pagamentos", "Benefícios"], 3,
               ["Fale com o sócio", "Regulamento", "Privacidade", "Ouvidoria"],
               "Tricolor do Vale Futebol Clube · Programa Sócio Torcedor", nav_label="Portal do sócio")
    p = Page("pt", "tricolordovale-socio-privacidade", "Sócio Tricolor do Vale", "https://socio.tricolordovale.test/portal/privacidade",
             "Privacidade – Sócio Tricolor do Vale", "Privacidade e dados",
             "Clube de futebol inventado (você). Select plain (Permitido → true); caixa de nome vago com ajuda via aria-describedby (marcada → true); fieldset de rádios 'Recusa…' com 'Não recuso' selecionado (→ true), sobre dados do dependente. Iscas: check-in facial no celular, benefícios de parceiros, ranking do sócio. Oculto: aria-hidden.",
             c, intro="Plano Arquibancada Ouro · sócio desde 2019")
    with p.section("Clube e inteligência artificial"):
        p.select("Uso dos meus dados no treinamento de IA do clube", [("sim", "Permitido"), ("nao", "Não permitido")], "sim",
                 ai=AI("p", share={"sim": True, "nao": False}))
        p.checkbox("Fazer parte do Laboratório do Torcedor", True, ai=AI("v"),
                   help="Sua presença nos jogos e suas compras na loja treinam os modelos que preveem o público de cada partida.")
        p.switch("Check-in facial", True, help="A biometria fica guardada só no seu celular.")
    with p.section("Dependentes"):
        p.radios("Recusa ao treinamento de IA com imagens do meu dependente", [("recuso", "Recuso"), ("naorecuso", "Não recuso")], "naorecuso",
                 ai=AI("i", share={"recuso": False, "naorecuso": True}))
        p.button("Adicionar dependente")
    with p.hidden("aria-hidden"):
        p.checkbox("Ceder meus dados à federação para treinar modelos de arbitragem", False, ai=AI("p"))
    with p.section("Benefícios"):
        p.checkbox("Ofertas de parceiros do programa", False)
        p.checkbox("Aparecer no ranking de sócios", True)
        p.select("Setor preferido", [("norte", "Arquibancada Norte"), ("sul", "Arquibancada Sul"), ("cad", "Cadeira Central")], "norte")
    with p.section("Pagamentos e conta"):
        p.radios("Forma de pagamento", [("pix", "Pix"), ("cartao", "Cartão de crédito"), ("boleto", "Boleto")], "pix")
        p.checkbox("Renovação automática", True)
        p.button("Atualizar cartão")
        p.button("Baixar meus dados")
        p.button("Cancelar plano")
        p.checkbox("Receber a revista do sócio", True)
        p.button("Trocar foto da carteirinha")
    p.button("Salvar", cls="btn-primary")
    return p


def blocopass():
    c = chrome("Busca bloco, bairro ou horário", "Perfil",
               ["Meus blocos", "Amigos", "Sair"],
               ["Perfil", "Meus blocos", "Privacidade", "Notificações"], 2,
               ["Ajuda", "Privacidade", "Termos"], "BlocoPass · carnaval de rua", nav_label="Configurações")
    p = Page("pt", "blocopass-privacidade", "BlocoPass", "https://app.blocopass.test/config/privacidade",
             "Privacidade · BlocoPass", "Privacidade",
             "App de carnaval inventado (você). Botões segmentados de nome vago, ajuda explica o treinamento (Desligado → false); switch aria-label 'Impedir…' ligado (→ false); switch com texto dentro de details fechado (plain, ligado → true). Iscas: roteiro inteligente, compartilhar localização com amigos, alerta de banheiro químico. Oculto: aba inativa.",
             c, intro="Curta o bloco sem se preocupar com seus dados.")
    with p.tabs("Configurações", ["Geral", "Parceiros"]) as panel:
        with panel(0):
            with p.section("Localização"):
                p.segmented("Modo colaborativo", [("on", "Ligado"), ("off", "Desligado")], "off",
                            ai=AI("v", share={"on": True, "off": False}),
                            help="Com ele ligado, sua localização durante os blocos treina o modelo que prevê a lotação das ruas.")
                p.checkbox("Compartilhar minha localização com amigos", True)
                p.switch("Roteiro inteligente", True, help="Monta seu dia de bloco em bloco. Não usa seus dados para treinar nada.")
            with p.section("Parceiros"):
                p.switch("Impedir que parceiros treinem IA com meus dados", True, mode="aria-label", ai=AI("i", inv=True))
                p.checkbox("Cupons de patrocinadores", False)
            with p.section("Fotos"):
                with p.details("Fotos e reconhecimento"):
                    p.switch("Usar minhas fotos dos blocos para treinar a IA que reconhece fantasias", True, mode="text", ai=AI("p"))
                p.checkbox("Publicar minhas fotos no mural do bloco", False)
        with panel(1):
            p.checkbox("Enviar meus trajetos à prefeitura para treinar modelos de trânsito", True, ai=AI("p"))
    with p.section("Notificações"):
        p.checkbox("Aviso quando meu bloco sair", True)
        p.checkbox("Alerta de banheiro químico perto", True)
        p.select("Som das notificações", [("apito", "Apito"), ("tamborim", "Tamborim"), ("mudo", "Sem som")], "tamborim")
        p.button("Baixar meus dados")
        p.button("Convidar amigos")
        p.checkbox("Modo economia de bateria", False)
        p.select("Cidade", [("rio", "Rio de Janeiro"), ("sp", "São Paulo"), ("ssa", "Salvador"), ("rec", "Recife")], "rio")
    return p


def palcoaberto():
    c = chrome("Peças, musicais, stand-up…", "Minha conta",
               ["Meus ingressos", "Favoritos", "Sair"],
               ["Cadastro", "Ingressos", "Assinatura", "Privacidade", "Cartões"], 3,
               ["Ajuda", "Meia-entrada", "Acessibilidade", "Privacidade"], "Palco Aberto Ingressos Ltda.")
    p = Page("pt", "palcoaberto-privacidade", "Palco Aberto", "https://www.palcoaberto.test/conta/privacidade",
             "Privacidade – Palco Aberto", "Privacidade",
             "Venda de ingressos de teatro inventada (você). Linha de estado com sufixo oculto 'Cancelar oposição…' (oposição registrada → false); role=radiogroup cujo nome só faz sentido pelo título e introdução (podem ser usadas → true); caixa plain desmarcada (→ false). Iscas: sinopse em áudio, meia-entrada, assinatura, lembretes. Oculto: atributo hidden.",
             c, intro="Suas escolhas sobre dados e inteligência artificial.")
    with p.section("Oposição"):
        p.state_row("Oposição ao treinamento de IA", "Registrada em 10/01/2025", "Cancelar oposição",
                    ai=AI("i", sharing=False), suffix="ao uso dos meus dados para treinar IA",
                    help="Enquanto a oposição estiver registrada, não usamos seu histórico para treinar nossos modelos.")
    with p.section("Críticas e avaliações",
                   "Nossa IA aprende com as críticas do público para identificar comentários ofensivos e sugerir espetáculos parecidos."):
        p.radios("Minhas avaliações", [("sim", "Podem ser usadas"), ("nao", "Não podem ser usadas")], "sim",
                 mode="radiogroup", ai=AI("h", share={"sim": True, "nao": False}))
        p.checkbox("Mostrar meu nome nas avaliações", False)
    with p.section("Companhias de teatro"):
        p.checkbox("Permitir que as companhias de teatro treinem modelos de IA com meu histórico de ingressos", False, ai=AI("p"))
        p.checkbox("Receber convites para ensaios abertos", True)
    with p.hidden("hidden"):
        p.checkbox("Usar gravações do atendimento para treinar o assistente virtual", True, ai=AI("p"))
    with p.section("Acessibilidade"):
        p.switch("Sinopse em áudio", True, help="Gerada automaticamente a partir do texto da sinopse.")
        p.checkbox("Avisar sobre sessões com Libras", True)
    with p.section("Compras"):
        p.select("Documento de meia-entrada", [("est", "Carteira de estudante"), ("pcd", "Pessoa com deficiência"), ("nenhum", "Nenhum")], "est")
        p.checkbox("Lembrete por SMS no dia da peça", True)
        p.button("Gerenciar cartões")
        p.button("Pausar assinatura")
        p.button("Solicitar cópia dos meus dados")
        p.button("Alterar e-mail")
        p.checkbox("Newsletter semanal com estreias", True)
        p.checkbox("Ofertas de restaurantes perto do teatro", False)
    p.button("Salvar alterações", cls="btn-primary")
    return p


def quadracerta():
    c = chrome("Buscar quadra, arena ou grupo", "Organizador",
               ["Meus grupos", "Minhas reservas", "Sair"],
               ["Grupo", "Jogadores", "Mensalidades", "Dados e IA", "Reservas"], 3,
               ["Ajuda", "Para arenas", "Privacidade", "Termos"], "QuadraCerta · organize sua pelada",
               nav_label="Configurações do grupo")
    p = Page("pt", "quadracerta-dados-ia", "QuadraCerta", "https://quadracerta.test/grupos/pelada-de-quinta/config/dados-ia",
             "Dados e IA – Pelada de Quinta – QuadraCerta", "Dados e IA",
             "App de peladas inventado, dados do grupo (organização). Duas caixas cujos nomes só fazem sentido pelo título e introdução (uma marcada, outra não); select 'Bloqueio do treinamento de IA' com Desativado (→ true). Iscas: sorteio de times por IA, mensalidade automática, ranking. Oculto: display:none.",
             c, intro="Configurações do grupo <strong>Pelada de Quinta</strong> · 24 jogadores")
    with p.section("Sorteio e ranking"):
        p.switch("Sorteio equilibrado de times", True, help="A IA monta times parelhos com base nas notas do grupo.")
        p.checkbox("Mostrar ranking de artilheiros", True)
        p.checkbox("Jogadores podem votar no craque da partida", True)
    with p.section("Treinamento dos modelos da QuadraCerta",
                   "Marque o que do grupo pode ser usado para treinar a IA da QuadraCerta."):
        p.checkbox("Placar e estatísticas das peladas", True, ai=AI("h"))
        p.checkbox("Mensagens do grupo", False, ai=AI("h"))
    with p.section("Privacidade do grupo"):
        p.select("Bloqueio do treinamento de IA", [("on", "Ativado"), ("off", "Desativado")], "off",
                 ai=AI("i", share={"on": False, "off": True}),
                 help="Quando ativado, nenhum dado do grupo é usado para treinar modelos, valendo sobre as opções acima.")
        p.radios("Quem pode entrar no grupo", [("convite", "Só por convite"), ("link", "Qualquer pessoa com o link")], "convite")
    with p.hidden("display-none"):
        p.checkbox("Compartilhar dados do grupo com as arenas para treinar IA", True, ai=AI("p"))
    with p.section("Mensalidades e reservas"):
        p.checkbox("Cobrança automática via Pix", True)
        p.select("Dia do vencimento", [("5", "Dia 5"), ("10", "Dia 10")], "5")
        p.button("Reservar quadra fixa")
        p.button("Exportar lista de jogadores")
        p.button("Transferir organização")
        p.checkbox("Avisar quando faltar goleiro", True)
        p.checkbox("Lembrete de confirmação na véspera", True)
        p.button("Conectar grupo do WhatsApp")
    p.button("Salvar", cls="btn-primary")
    return p


def build():
    return [sympla(), tricolor(), blocopass(), palcoaberto(), quadracerta()]

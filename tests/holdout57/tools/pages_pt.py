from lib import Page


def natura():
    P = Page("pt", "natura-privacidade", "Natura",
             "https://www.natura.com.br/minha-conta/privacidade",
             "Privacidade e dados", known=True, brand="natura",
             notes="Serviço conhecido (reconstrução), você. Caixa explícita, switch negado ('Não usar…', ligado), select "
                   "que só faz sentido pelo título da seção. Iscas: consultora, teste de pele na hora, recomendações, "
                   "WhatsApp. Oculto: display:none inline.",
             nav=[("Meus pedidos", "/minha-conta/pedidos", False), ("Minha consultora", "/minha-conta/consultora", False),
                  ("Endereços", "/minha-conta/enderecos", False), ("Privacidade", "#", True)],
             nav_label="Minha conta", search_label="Buscar", search_ph="O que você procura?", lang_label="Idioma",
             account="Olá, Fernanda", menu=[("Pedidos", "/pedidos"), ("Favoritos", "/favoritos")], signout="Sair",
             footer=[("Política de privacidade", "/privacidade"), ("Termos de uso", "/termos"), ("Fale com a gente", "/contato")],
             copyright="© Natura Cosméticos S/A · CNPJ 71.673.990/0001-77", hide_class="nt-oculto",
             lead="Escolha como a Natura usa as informações que você compartilha com a gente.")
    body = [
        P.section("Sua consultora",
                  P.cb("Minha consultora pode ver meus pedidos feitos pelo site", True),
                  P.cb("Receber contato da consultora pelo WhatsApp", True),
                  P.button("Trocar de consultora")),
        P.section("Teste de pele",
                  P.switch("Mostrar resultado do teste de pele na página inicial", True, mode="labelledby",
                           help="O resultado sai na hora, a partir das suas respostas e de uma selfie."),
                  P.switch("Não usar minhas fotos do teste de pele no treinamento de IA", True, ai="i", mode="labelledby"),
                  P.button("Refazer teste")),
        P.section("Aprimoramento da consultoria digital com IA",
                  P.select("Histórico de pedidos com sua consultora", ["Pode ser usado", "Não pode ser usado"], 0,
                           shar=[True, False], ai="h"),
                  P.cb("Permitir que a Natura use minhas avaliações para treinar modelos de IA", False, ai="p"),
                  intro="Estamos ensinando nossa consultoria digital a entender melhor cada tipo de pele."),
        P.hide("display-none", lambda:
               P.cb("Compartilhar meus dados com parceiros para treinamento de IA", False, ai="p")),
        P.section("Recomendações",
                  P.switch("Produtos recomendados para você", True, mode="labelledby"),
                  P.select("Fragrâncias que você prefere", ["Amadeiradas", "Florais", "Cítricas"], 1)),
        P.section("Comunicação",
                  P.cb("Ofertas por e-mail", True),
                  P.cb("Ofertas por SMS", False),
                  P.cb("Anúncios personalizados em outros sites", False)),
        P.section("Seus direitos",
                  P.button("Baixar meus dados"),
                  P.button("Excluir minha conta"),
                  P.button("Salvar preferências", cls="primary")),
    ]
    return P.build(*body)


def boticario():
    P = Page("pt", "boticario-privacidade", "O Boticário",
             "https://www.boticario.com.br/minha-conta/preferencias-de-privacidade/",
             "Preferências de privacidade", known=True, brand="O Boticário",
             notes="Serviço conhecido (reconstrução), você. Oposição ainda não registrada (linha de estado com sufixo "
                   "oculto: compartilha), switch span explícito com aria-labelledby, caixa vaga dentro de <details> "
                   "fechado (listada). Iscas: assistente virtual, cashback, Clube Viva. Oculto: aba inativa.",
             nav=[("Meus pedidos", "/minha-conta/pedidos", False), ("Clube Viva", "/minha-conta/clube", False),
                  ("Cashback", "/minha-conta/cashback", False), ("Privacidade", "#", True)],
             nav_label="Minha conta", search_label="Buscar", search_ph="Buscar produtos", lang_label="Idioma",
             account="Minha conta", menu=[("Pedidos", "/pedidos"), ("Lista de desejos", "/desejos")], signout="Sair",
             footer=[("Central de ajuda", "/ajuda"), ("Privacidade", "/privacidade"), ("Trabalhe conosco", "/carreiras")],
             copyright="© Grupo Boticário", hide_class="gb-hide")
    body = [
        P.tabs("Preferências", [
            ("Inteligência artificial", lambda:
             P.section("Inteligência artificial",
                       P.state_row("Oposição ao treinamento de IA", False, status=("Registrada", "Não registrada"),
                                   btn=("Retirar oposição", "Registrar oposição"),
                                   suffix="ao uso dos seus dados de compra no treinamento de IA", ai="i"),
                       P.switch("Usar minhas conversas com a assistente virtual para melhorar a IA do Boticário", False,
                                ai="p", mode="labelledby", el="span"),
                       P.switch("Assistente virtual no site", True, mode="labelledby",
                                help="Tira dúvidas sobre produtos e pedidos."),
                       P.details("Programas especiais", lambda:
                                 P.cb("Participar do Laboratório de Fragrâncias", True, ai="v",
                                      help="Suas avaliações de perfumes ajudam a treinar o modelo de machine learning que "
                                           "cria novas combinações de notas.")
                                 + P.cb("Receber amostras para testar", False)))),
            ("Histórico", lambda:
             P.cb("Usar meu histórico de navegação para treinar a IA", True, ai="p")),
        ]),
        P.section("Clube Viva e cashback",
                  P.cb("Avisar quando meu cashback estiver perto de vencer", True),
                  P.select("Usar cashback automaticamente", ["Sempre", "Perguntar", "Nunca"], 1)),
        P.section("Avaliações",
                  P.cb("Mostrar meu nome nas avaliações", True),
                  P.cb("Exibir minha cidade", False)),
        P.section("Comunicação",
                  P.cb("E-mails com lançamentos", True),
                  P.cb("SMS com promoções", False),
                  P.cb("Notificações no app", True)),
        P.section("Conta",
                  P.button("Alterar senha"),
                  P.button("Baixar meus dados")),
    ]
    return P.build(*body)


def ipe():
    P = Page("pt", "salao-ipe-privacidade", "Salão Ipê",
             "https://cliente.salaoipe.test/conta/privacidade",
             "Privacidade", brand="Ipê · cabelo & beleza",
             notes="Rede de salões inventada, você. Grupo radio com pergunta invertida ('tirar suas fotos…', 'Não' "
                   "marcado), linhas de tabela só compreensíveis pela legenda. Iscas: simulador de cor, lembrete por "
                   "WhatsApp, galeria, fidelidade. Oculto: atributo hidden.",
             nav=[("Agendamentos", "/agenda", False), ("Minha ficha", "/ficha", False), ("Pontos", "/pontos", False),
                  ("Privacidade", "#", True)],
             nav_label="Sua conta", search_label="Buscar", search_ph="Buscar serviço ou unidade", lang_label="Idioma",
             account="Juliana", menu=[("Perfil", "/perfil"), ("Agendamentos", "/agenda")], signout="Sair",
             footer=[("Unidades", "/unidades"), ("Trabalhe no Ipê", "/vagas"), ("Privacidade", "/privacidade")],
             copyright="Ipê Cabelo & Beleza Ltda.", hide_class="ipe-x")
    body = [
        P.section("Agendamentos",
                  P.cb("Lembrete pelo WhatsApp um dia antes", True),
                  P.select("Profissional favorita", ["Qualquer uma", "Dani", "Rafa", "Bia"], 3),
                  P.text("Celular", "(11) 98765-4321", type="tel"),
                  P.button("Agendar horário")),
        P.section("Simulador de cor",
                  P.switch("Simular a cor antes do atendimento", True, mode="labelledby",
                           help="A simulação usa a sua foto só naquele momento e não fica salva."),
                  P.button("Enviar foto")),
        P.section("Ipê Match",
                  P.table("O que o Ipê Match pode aprender com você", ["Informação", "Liberado"], [
                      ("Fotos de antes e depois", [dict(checked=True, ai="h")]),
                      ("Ficha de química", [dict(checked=False, ai="h")]),
                  ]),
                  P.radios("Quer tirar suas fotos do treinamento da nossa IA?", ["Sim, quero tirar", "Não, podem usar"], 1,
                           shar=[False, True], ai="i"),
                  intro="O Ipê Match é a inteligência artificial que ajuda nossas coloristas a escolher a fórmula certa."),
        P.hide("hidden", lambda:
               P.cb("Enviar minha ficha para fabricantes treinarem seus modelos", False, ai="p")),
        P.section("Galeria",
                  P.cb("Minhas fotos podem aparecer no Instagram do salão", False),
                  P.cb("Minhas fotos podem aparecer no mural da unidade", True)),
        P.section("Comunicação",
                  P.cb("Promoções por e-mail", False),
                  P.cb("Aniversário: receber cupom de desconto", True)),
        P.section("Fidelidade",
                  P.cb("Acumular pontos em serviços", True),
                  P.button("Trocar pontos"),
                  P.button("Salvar", cls="primary")),
    ]
    return P.build(*body)


def arara():
    P = Page("pt", "arara-configuracoes-ia", "Arara",
             "https://www.arara.test/configuracoes/dados-e-ia",
             "Dados e IA", brand="arara · brechó online",
             notes="Brechó online inventado, você. Caixa invertida no particípio ('protegidos', desmarcada: compartilha), "
                   "grupo segmentado explícito, select invertido ('Bloquear…', 'Bloqueado'). Iscas: descrição automática, "
                   "sugestão de preço, perfil público, Pix. Oculto: classe CSS.",
             nav=[("Meu armário", "/armario", False), ("Vendas", "/vendas", False), ("Carteira", "/carteira", False),
                  ("Configurações", "/configuracoes", False), ("Dados e IA", "#", True)],
             nav_label="Configurações", search_label="Buscar", search_ph="Buscar peças, marcas, pessoas",
             lang_label="Idioma", account="@carol.garimpa", menu=[("Perfil", "/perfil"), ("Favoritos", "/favoritos")],
             signout="Sair", footer=[("Ajuda", "/ajuda"), ("Privacidade", "/privacidade"), ("Termos", "/termos")],
             copyright="Arara Tecnologia Ltda.", hide_class="ar-none")
    body = [
        P.section("Anunciar",
                  P.switch("Descrição automática a partir das fotos", True, mode="content",
                           help="A IA escreve um rascunho para você revisar."),
                  P.switch("Sugestão de preço", True, mode="content"),
                  P.select("Tamanho padrão das suas peças", ["PP", "P", "M", "G", "GG"], 2)),
        P.section("Suas peças e a IA",
                  P.cb("Meus anúncios protegidos contra treinamento de IA", False, ai="i", wrap=True,
                       help="Vale para fotos, títulos e descrições."),
                  P.segmented("Treinar a IA de preços com minhas vendas", ["Sim", "Não"], 1, shar=[True, False], ai="p"),
                  P.select("Bloquear uso das minhas fotos por parceiros de IA", ["Bloqueado", "Liberado"], 0,
                           shar=[False, True], ai="i")),
        P.hide("css-class", lambda:
               P.cb("Usar minhas mensagens no treinamento do assistente", True, ai="p")),
        P.section("Perfil",
                  P.cb("Perfil público", True),
                  P.cb("Mostrar avaliações de compradores", True),
                  P.cb("Modo férias", False)),
        P.section("Notificações",
                  P.cb("Alguém favoritou sua peça", True),
                  P.cb("Ofertas recebidas", True),
                  P.cb("Novidades da Arara", False)),
        P.section("Recebimentos",
                  P.text("Chave Pix", "carol@exemplo.test"),
                  P.button("Sacar saldo")),
        P.section("Segurança",
                  P.switch("Verificação em duas etapas", True, mode="labelledby"),
                  P.button("Ver aparelhos conectados")),
    ]
    return P.build(*body)


def bemestar():
    P = Page("pt", "bem-estar-clube-privacidade", "Bem-Estar Clube",
             "https://app.bemestarclube.test/perfil/privacidade",
             "Privacidade", brand="Bem-Estar Clube",
             notes="Clube de spa e bem-estar inventado, você. Switch vago pelo conteúdo (ajuda ligada), caixa nativa "
                   "role=switch explícita, linha de estado invertida ('Recusa…', inativa: compartilha) nomeada por "
                   "aria-labelledby, role=radiogroup que só faz sentido pelo título. Iscas: treino de respiração (curso), "
                   "lembretes, convite. Oculto: diálogo fechado.",
             nav=[("Minhas sessões", "/sessoes", False), ("Diário", "/diario", False), ("Programas", "/programas", False),
                  ("Privacidade", "#", True)],
             nav_label="Menu", search_label="Buscar", search_ph="Massagem, spa, meditação…", lang_label="Idioma",
             account="Rodrigo", menu=[("Perfil", "/perfil"), ("Plano", "/plano")], signout="Sair",
             footer=[("Ajuda", "/ajuda"), ("Privacidade", "/privacidade"), ("Termos", "/termos")],
             copyright="Bem-Estar Clube Serviços Ltda.", hide_class="be-off")
    body = [
        P.section("Programas",
                  P.cb("Inscrever-me no treino de respiração de 21 dias", False),
                  P.switch("Montar meu programa da semana com IA", True, mode="labelledby",
                           help="O programa é montado na hora a partir das suas metas."),
                  P.select("Meta principal", ["Dormir melhor", "Menos estresse", "Aliviar dores"], 0)),
        P.section("Pesquisa",
                  P.switch("Contribuir com a Pesquisa Bem-Estar", True, ai="v", mode="content",
                           help="Seus registros de sono e humor são usados, sem identificação, para treinar os modelos "
                                "que montam os programas de relaxamento."),
                  P.cb("Usar minhas avaliações de massagistas para melhorar a IA do Clube", False, ai="p", switch=True),
                  P.state_row("Recusa ao treinamento de modelos com meu diário", False, status=("Ativa", "Inativa"),
                              btn=("Desativar", "Ativar"), ai="i", mode="labelledby")),
        P.section("Treinamento da assistente de agendamento",
                  P.radios("Histórico de agendamentos", ["Permitir", "Não permitir"], 1, shar=[True, False], ai="h",
                           style="radiogroup"),
                  intro="A assistente aprende com agendamentos de membros para sugerir horários com menos espera."),
        P.dialog("Ver consentimentos antigos", "Consentimentos antigos", lambda:
                 P.cb("Ceder meus dados de sono a parceiros para treinar IA", True, ai="p"), close="Fechar"),
        P.section("Lembretes",
                  P.cb("Lembrar da sessão duas horas antes", True),
                  P.cb("Lembrete de hidratação", False),
                  P.select("Antecedência do lembrete", ["30 minutos", "2 horas", "1 dia"], 1)),
        P.section("Indique e ganhe",
                  P.button("Convidar amigo"),
                  P.button("Copiar meu código")),
        P.section("Pagamento",
                  P.select("Forma de pagamento", ["Cartão de crédito", "Pix", "Boleto"], 1),
                  P.button("Alterar cartão"),
                  P.button("Cancelar plano")),
    ]
    return P.build(*body)


def pages():
    return [natura(), boticario(), ipe(), arara(), bemestar()]

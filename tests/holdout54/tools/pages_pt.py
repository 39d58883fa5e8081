from lib import Page

IDIOMAS = [("pt-BR", "Português (Brasil)"), ("en", "English"), ("es", "Español")]


def skoob():
    p = Page("pt", "skoob-privacidade", "https://www.skoob.com.br/configuracoes/privacidade", "Skoob", True,
             "Privacidade – Configurações – Skoob",
             "Serviço conhecido (reconstrução). Switch com aria-labelledby claro (desligado); checkbox com "
             "'Bloquear…' (imperativo/infinitivo invertido); iscas: resumo de resenhas com IA, sugestões de livros, "
             "cortesias de editoras, visibilidade do perfil; oculto: bloco com display:none.")
    p.set_chrome("Skoob", ("Buscar", "Buscar livros, autores, leitores", "Buscar"),
                 ("Idioma", IDIOMAS, "pt-BR"),
                 ("Minha conta", ["Meu perfil", "Minha estante", "Metas", "Sair"]),
                 ("Configurações", ["Perfil", "Conta", "Privacidade", "Notificações", "Aplicativos conectados"], 2),
                 (["Sobre o Skoob", "Ajuda", "Termos de uso", "Política de privacidade", "Contato"], "Skoob – a maior rede social de leitores do Brasil"),
                 "Privacidade")
    p.add(
        p.sec("Seu perfil", None, [
            p.cb("Perfil público", True),
            p.cb("Mostrar minha meta de leitura do ano", True),
            p.select("Quem pode ver minha estante", [("todos", "Todos"), ("amigos", "Só amigos"), ("eu", "Só eu")], "todos"),
            p.select("Quem pode me mandar mensagem", [("todos", "Todos"), ("amigos", "Só amigos")], "amigos"),
        ]),
        p.sec("Recursos do Skoob", None, [
            p.cb("Sugestões de livros com base na minha estante", True),
            p.cb("Mostrar resumo das resenhas gerado por IA na página do livro", True,
                 "O resumo é montado a partir das resenhas públicas daquele livro."),
            p.cb("Quero concorrer a cortesias de editoras parceiras", True),
        ]),
        p.sec("Inteligência artificial", "Suas resenhas e estantes são suas. Você escolhe se elas ajudam a treinar IA.", [
            p.sw("Usar minhas resenhas para treinar a IA do Skoob", False, "labelledby", t="p"),
            p.cb("Bloquear o uso das minhas estantes no treinamento de IA de parceiros", True, t="i", inv=True),
        ]),
        p.hide("display", [
            p.cb("Enviar minhas resenhas para editoras treinarem seus assistentes", False, hid=True),
        ]),
        p.sec("Notificações", None, [
            p.cb("Avisar quando um amigo terminar um livro", False),
            p.cb("Avisar sobre lançamentos dos meus autores favoritos", True),
            p.cb("Receber a newsletter semanal", False),
        ]),
        p.sec("Aplicativos conectados", None, [
            p.btn("Conectar Kindle"), p.btn("Desconectar Goodreads"),
        ]),
        p.actions([p.btn("Salvar alterações", typ="submit", cls="btn btn--primary"), p.btn("Baixar meus dados"),
                   p.btn("Excluir conta", cls="btn btn--danger")]),
    )
    return p


def biblion():
    p = Page("pt", "biblion-preferencias", "https://minhaconta.biblion-valeverde.test/preferencias",
             "BibliON – Bibliotecas Públicas de Vale Verde", False, "Preferências – Minha conta – BibliON",
             "Rede inventada de bibliotecas públicas com conta familiar. Tabela de dependentes com coluna 'Participa' "
             "sob um título sobre treinamento (dados de crianças); checkbox vaga de programa estadual com ajuda "
             "vinculada (órgão público); switch com nome no texto, claro; iscas: renovação, lembretes, sugestões, "
             "clube de leitura; oculto: atributo hidden.")
    p.set_chrome("BibliON", ("Buscar no acervo", "Título, autor ou assunto", "Buscar"),
                 ("Idioma", IDIOMAS, "pt-BR"),
                 ("Olá, Renata", ["Empréstimos", "Reservas", "Multas", "Sair"]),
                 ("Minha conta", ["Resumo", "Empréstimos", "Reservas", "Dependentes", "Preferências"], 4),
                 (["Unidades e horários", "Agenda cultural", "Acessibilidade", "Privacidade", "Fale conosco"],
                  "BibliON – Rede de Bibliotecas Públicas de Vale Verde · Secretaria Municipal de Cultura"),
                 "Preferências", crumbs=["Minha conta", "Preferências"])
    p.add(
        p.sec("Empréstimos", None, [
            p.select("Biblioteca para retirada", [("central", "Biblioteca Central"), ("norte", "Bairro Norte"), ("ipes", "Ipês")], "norte"),
            p.cb("Renovar automaticamente quando possível", True),
            p.cb("Lembrete por WhatsApp dois dias antes da devolução", True),
            p.cb("Lembrete por e-mail", False),
            p.txt("Celular", "(35) 99876-5432", "tel"),
        ]),
        p.sec("Avisos", None, [
            p.table("Como avisar você", ["E-mail", "WhatsApp", "Notificação no app"],
                    [("Reserva disponível", [False, True, True]), ("Devolução em atraso", [True, True, False])], first="Aviso"),
        ]),
        p.sec("Descobrir", None, [
            p.cb("Mostrar sugestões de leitura na página inicial", True),
            p.cb("Quero participar do clube de leitura da minha unidade", False),
        ]),
        p.sec("Assistente de busca",
              "O novo assistente entende perguntas como “livro de suspense curto para a praia”. Ele aprende com o que os leitores pegam emprestado.", [
                  p.sw("Treinar o assistente de busca com meu histórico", True, "text", t="p"),
                  p.cb("Colaborar com o Programa Leitura em Dados", False,
                       "O programa, da Secretaria Estadual de Cultura, usa históricos de empréstimo anonimizados para treinar modelos que preveem a procura por títulos.",
                       t="v"),
              ]),
        p.sec("Histórico dos dependentes no treinamento do assistente",
              "Para menores de idade, a decisão é sua. Marque quem pode participar.", [
                  p.table("Dependentes", ["Participa"],
                          [("Davi (10 anos)", [False]), ("Sofia (14 anos)", [True])],
                          lab={0: ("h", False)}, first="Dependente"),
                  p.btn("Adicionar dependente"),
              ], level=3),
        p.hide("hidden", [
            p.cb("Compartilhar meu histórico com a editora parceira para treinar modelos de recomendação", False, hid=True),
        ]),
        p.actions([p.btn("Salvar", typ="submit", cls="btn btn--primary"), p.btn("Alterar senha"),
                   p.btn("Baixar histórico de empréstimos")]),
    )
    return p


def memorias():
    p = Page("pt", "memorias-samba-contribuicoes", "https://memorias.museudosamba.test/perfil/contribuicoes",
             "Museu do Samba – Memórias", False, "Minhas contribuições – Memórias do Samba",
             "Museu inventado que recolhe depoimentos e fotos de família. Linha de estado com autorização vigente e "
             "ação 'Revogar autorização' com sufixo oculto; fieldset claro sobre reconhecimento de voz; negação em "
             "<details> fechado; iscas: legendas automáticas, créditos, exposição, oficina; oculto: aria-hidden.")
    p.set_chrome("Memórias do Samba", ("Buscar", "Buscar no acervo", "Buscar"),
                 ("Idioma", IDIOMAS, "pt-BR"),
                 ("Dona Cida", ["Meu perfil", "Minhas contribuições", "Sair"]),
                 ("Meu perfil", ["Dados pessoais", "Minhas contribuições", "Autorizações", "Avisos"], 1),
                 (["O museu", "Visite", "Como contribuir", "Termos", "Privacidade"],
                  "Museu do Samba e da Memória Carioca – Centro de Referência"),
                 "Minhas contribuições", "Obrigado por dividir sua história com a gente.")
    p.add(
        p.sec("Exibição", None, [
            p.cb("Mostrar meu nome nos créditos dos depoimentos", True),
            p.cb("Autorizo exibir meu depoimento na exposição de longa duração", True),
            p.select("Quem pode ver as fotos do meu acervo", [("todos", "Todo mundo"), ("pesquisa", "Só pesquisadores"), ("museu", "Só a equipe do museu")], "pesquisa"),
            p.cb("Gerar legendas automáticas nos meus vídeos", True,
                 "As legendas ajudam pessoas surdas e quem assiste sem som."),
        ]),
        p.sec("Inteligência artificial", "O museu testa ferramentas de IA para transcrever e descrever o acervo.", [
            p.state("Seus depoimentos em vídeo", "Autorização concedida em 15/02/2024", "Revogar autorização",
                    sr="de uso dos meus depoimentos no treinamento de IA", t="i", sharing=True),
            p.radios("Treinamento de modelos de reconhecimento de voz com as gravações que enviei",
                     [("museu", "Permitir só para o museu"), ("parceiros", "Permitir para o museu e universidades parceiras"),
                      ("nao", "Não permitir")], "nao", t="p", share=("museu", "parceiros")),
            p.details("Fotos do acervo familiar", [
                p.cb("Não quero que as fotos do meu acervo familiar sejam usadas para treinar IA", False, t="i", inv=True),
                p.cb("Marcar rostos automaticamente para facilitar a identificação", False),
            ]),
        ]),
        p.hide("aria", [
            p.cb("Ceder minhas gravações a uma gravadora para treinar modelos de voz", False, hid=True),
        ]),
        p.sec("Avisos e atividades", None, [
            p.cb("Receber o boletim do museu", True),
            p.cb("Avisar quando meu depoimento for publicado", True),
            p.btn("Inscrever-me na oficina “Como gravar uma boa entrevista”"),
        ]),
        p.actions([p.btn("Salvar", typ="submit", cls="btn btn--primary"), p.btn("Enviar nova contribuição"),
                   p.btn("Baixar minhas contribuições"), p.btn("Falar com a equipe do acervo")]),
    )
    return p


def participa():
    p = Page("pt", "participa-voluntario-privacidade", "https://participa.ufvr.test/voluntario/privacidade",
             "Participa – Banco de Voluntários de Pesquisa", False, "Privacidade e uso dos dados – Participa",
             "Banco inventado de voluntários de pesquisa de uma universidade. Botões segmentados 'Autorização' "
             "entendidos pelo título (empresas de tecnologia); select vago com ajuda ao lado (não vinculada); "
             "checkbox nativa role=switch 'Recusar…'; iscas: triagem automática que não aprende, WhatsApp, Pix; "
             "oculto: diálogo fechado.")
    p.set_chrome("Participa", ("Buscar estudos", "Buscar estudos abertos", "Buscar"),
                 ("Idioma", IDIOMAS, "pt-BR"),
                 ("Voluntário nº 20931", ["Meus estudos", "Agenda", "Sair"]),
                 ("Minha área", ["Meus dados", "Meus estudos", "Privacidade e uso dos dados", "Ressarcimento"], 2),
                 (["Sobre o Participa", "Comitê de Ética em Pesquisa", "Direitos do participante", "Privacidade"],
                  "Universidade Federal do Vale do Rio – Pró-Reitoria de Pesquisa"),
                 "Privacidade e uso dos dados",
                 "Participar é sempre voluntário. Mudar estas opções não afeta os estudos de que você já participa.")
    p.add(
        p.sec("Convites", None, [
            p.cb("Usar a triagem automática para me indicar estudos compatíveis", True,
                 "A triagem só compara seu perfil com os critérios de cada estudo. Ela não aprende com suas respostas."),
            p.cb("Receber convites por WhatsApp", True),
            p.cb("Receber convites por e-mail", True),
            p.cb("Compartilhar meu telefone com a equipe do estudo depois da inscrição", True),
        ]),
        p.sec("Seus dados nos estudos", None, [
            p.select("Reaproveitamento das minhas gravações de voz",
                     [("original", "Somente no estudo original"), ("outros", "Também em outros estudos, inclusive de modelos")],
                     "outros", t="v", share=("outros",)),
            '<p class="help">Gravações reaproveitadas podem entrar nos conjuntos usados para treinar modelos de reconhecimento de fala em português.</p>\n',
            p.cb("Recusar o uso dos meus dados de questionário em treinamento de IA", True, switch=True, t="i", inv=True),
            p.cb("Receber um resumo dos resultados de cada estudo", True),
        ]),
        p.sec("Empresas de tecnologia parceiras",
              "Algumas empresas financiam estudos e pedem para treinar seus próprios modelos de IA com as respostas e "
              "gravações dos voluntários.", [
                  p.seg("Autorização", [("sim", "Autorizo"), ("nao", "Não autorizo")], "nao", t="h", share=("sim",)),
                  p.dialog("Estudos com exames de imagem", "Estudos com exames de imagem", [
                      p.cb("Permitir que o laboratório parceiro treine modelos de IA com meus exames de imagem", False, hid=True),
                  ], close="Fechar"),
              ]),
        p.sec("Ressarcimento", None, [
            p.select("Forma de ressarcimento", [("pix", "Pix"), ("ted", "Transferência bancária")], "pix"),
            p.txt("Chave Pix", "renata.souza@example.com.br"),
            p.cb("Enviar comprovante de ressarcimento por e-mail", True),
            p.select("Melhor horário para contato", [("manha", "Manhã"), ("tarde", "Tarde"), ("noite", "Noite")], "noite"),
        ]),
        p.actions([p.btn("Salvar", typ="submit", cls="btn btn--primary"), p.btn("Baixar meus termos de consentimento (TCLE)"),
                   p.btn("Sair do banco de voluntários", cls="btn btn--danger")]),
    )
    return p


def ceuaberto():
    p = Page("pt", "ceuaberto-estacao", "https://app.ceuaberto.test/estacao/configuracoes", "Rede Céu Aberto", False,
             "Configurações da estação – Rede Céu Aberto",
             "Rede inventada de câmeras de meteoros mantidas por voluntários. Checkbox clara para o fabricante da "
             "câmera; role=radiogroup 'Vídeos da minha estação' entendido pelo título; iscas: detecção local, mapa "
             "público, curso de astronomia, firmware; oculto: classe CSS com display:none.",
             sr="sr-only", hide_class="opcao-antiga")
    p.set_chrome("Rede Céu Aberto", ("Buscar", "Buscar eventos e estações", "Buscar"),
                 ("Idioma", IDIOMAS, "pt-BR"),
                 ("Estação BR-MG-014", ["Minha estação", "Eventos", "Sair"]),
                 ("Minha estação", ["Visão geral", "Câmera", "Configurações", "Eventos registrados"], 2),
                 (["Sobre a rede", "Como montar uma estação", "Fórum", "Termos", "Privacidade"],
                  "Rede Céu Aberto – ciência cidadã de monitoramento de meteoros"),
                 "Configurações da estação")
    p.add(
        p.sec("Câmera", None, [
            p.select("Fuso horário", [("brt", "Horário de Brasília"), ("amt", "Horário do Amazonas")], "brt"),
            p.cb("Detectar meteoros na própria estação", True,
                 "O processamento é feito no computador da estação; só os eventos detectados são enviados."),
            p.select("Sensibilidade", [("baixa", "Baixa"), ("media", "Média"), ("alta", "Alta")], "media"),
            p.btn("Atualizar firmware"),
        ]),
        p.sec("Compartilhamento", None, [
            p.cb("Mostrar minha estação no mapa público", True),
            p.cb("Mostrar meu nome nos créditos dos eventos", False),
            p.cb("Permitir que o fabricante da câmera use minhas gravações para treinar o detector de meteoros", True, t="p"),
        ]),
        p.sec("Dados da sua estação para o modelo de classificação",
              "O modelo que separa meteoros de aviões, satélites e insetos aprende com os vídeos enviados pelas estações.", [
                  p.radios("Vídeos da minha estação", [("todos", "Todos"), ("confirmados", "Só os que eu confirmar"), ("nenhum", "Nenhum")],
                           "confirmados", mode="radiogroup", t="h", share=("todos", "confirmados")),
              ]),
        p.hide("class", [
            p.cb("Enviar vídeos brutos à agência espacial para treinamento de modelos", False, hid=True),
        ]),
        p.sec("Avisos", None, [
            p.cb("Alertas de chuvas de meteoros", True),
            p.cb("Avisar quando a estação ficar offline", True),
            p.cb("Resumo mensal da atividade da estação", False),
            p.select("Idioma dos e-mails", [("pt", "Português"), ("en", "Inglês")], "pt"),
            p.btn("Inscrever-me no curso online “Astronomia de meteoros para iniciantes”"),
        ]),
        p.actions([p.btn("Salvar", typ="submit", cls="btn btn--primary"), p.btn("Exportar eventos (CSV)"),
                   p.btn("Desativar estação", cls="btn btn--danger")]),
    )
    return p


def pages():
    return [skoob(), biblion(), memorias(), participa(), ceuaberto()]

from lib import Page


def babycenter():
    p = Page("pt", "babycenter-privacidade", "BabyCenter Brasil", "https://brasil.babycenter.com/conta/privacidade",
             "Privacidade", known=True, user="Fernanda Lima", color="#00a3ad",
             intro="Fernanda, você está com 31 semanas.",
             nav=["Meu perfil", "Minha gestação", "Newsletters", "Privacidade", "Comunidade", "Ajuda"], nav_active=3,
             notes="Serviço conhecido (reconstrução), tratamento por você. Caixa em linguagem direta desmarcada; "
                   "switch (aria-labelledby) com negação 'Não usar…' ligado. Iscas: assistente com IA que não treina, "
                   "ofertas de marcas, perfil na Comunidade. Oculto: aba inativa 'Parceiros'.")
    t1 = (p.cb("Usar minhas postagens na Comunidade para treinar os modelos de IA do BabyCenter", checked=False,
               ai=(False, "p"))
          + p.sw("Não usar os dados da minha gestação para treinar IA", True, ai=(False, "i"))
          + p.sw("Respostas da assistente com IA", True, mode="text",
                 help="A assistente responde na hora; as perguntas não são usadas para treinamento."))
    with p.hidden():
        t2 = p.cb("Permitir que parceiros treinem modelos com meus dados", checked=False, ai=(False, "p"))
    p.add(p.section("Seus dados e a inteligência artificial",
                    p.tabs("Configurações de IA", [("Preferências", t1), ("Parceiros", t2)])))
    s2 = (p.select("Fase", ["Tentando engravidar", "Grávida", "Bebê já nasceu"], 1)
          + p.text("Data prevista do parto", "2025-09-18", type="date")
          + p.radios("Perfil na Comunidade", ["Público", "Somente membros"], 1)
          + p.cb("Mostrar meu nome de usuário nas postagens", checked=True))
    p.add(p.section("Perfil", s2))
    s3 = (p.cb("Newsletter semanal da gravidez", checked=True)
          + p.cb("Ofertas de marcas parceiras", checked=False)
          + p.cb("Alertas do app", checked=True))
    p.add(p.section("E-mails e alertas", s3))
    s4 = (p.button("Baixar meus dados") + " " + p.button("Alterar senha") + " "
          + p.button("Excluir conta", cls="btn btn-danger"))
    p.add(p.section("Conta", s4))
    p.add(p.button("Salvar", cls="btn btn-primary"))
    return p


def agendaedu():
    p = Page("pt", "agendaedu-privacidade", "Agenda Edu", "https://app.agendaedu.com/configuracoes/privacidade",
             "Privacidade e dados", known=True, user="Rodrigo Alves", color="#733dd9",
             intro="Escola Criarte · Berçário II · Theo Alves",
             nav=["Comunicados", "Rotina", "Fotos", "Pagamentos", "Privacidade e dados", "Mensagens"], nav_active=4,
             notes="Serviço conhecido (reconstrução), você. Tabela com coluna 'Permitir' cujo sentido vem só da "
                   "legenda; grupo aria-pressed 'Programa de pesquisa educacional' com ajuda vinculada; linha de "
                   "estado 'Cancelar oposição' (oposição registrada = sem uso). Iscas: resumo do dia com IA, "
                   "tradução, pagamentos. Oculto: atributo hidden.")
    s1 = p.table("Treinamento da Edu IA", "Conteúdo", ["Permitir"],
                 [("Mensagens", [(True, (True, "h"))]),
                  ("Fotos e vídeos", [(False, (False, "h"))])],
                 intro="A Edu IA ajuda professores a escrever a rotina do dia. Escolha o que da conta do Theo pode "
                       "ser usado, sem nomes, para deixá-la mais precisa.")
    s1 += p.seg("Programa de pesquisa educacional", ["Participar", "Não participar"], 1, ai=(False, "v"),
                help="Instituições parceiras usam registros anonimizados da rotina para treinar modelos sobre o "
                     "desenvolvimento infantil.")
    s1 += p.state_row("Oposição", "Oposição registrada em 02/05/2025", "Cancelar oposição",
                      suffix="ao treinamento de IA com os dados do Theo", ai=(False, "i"))
    with p.hidden():
        par = p.sw("Compartilhar dados do aluno com parceiros de IA para treinamento", False, ai=(False, "p"))
    s1 += p.conceal("hidden", par)
    p.add(p.section("Inteligência artificial", s1))
    s2 = (p.sw("Resumo do dia com IA", True, mode="aria-label", shown="Resumo do dia",
               help="Gerado a partir dos registros da escola, só para você.")
          + p.sw("Traduzir comunicados automaticamente", False, mode="text")
          + p.cb("Notificações de comunicados", checked=True)
          + p.cb("Notificações de cobranças", checked=True)
          + p.cb("Receber novidades e ofertas da Agenda Edu", checked=False))
    p.add(p.section("Notificações", s2))
    s3 = (p.button("Autorizar pessoa para buscar o Theo")
          + p.select("Forma de pagamento", ["Boleto", "Pix", "Cartão de crédito"], 1)
          + p.text("E-mail para recibos", "rodrigo.alves@email.com.br", type="email")
          + p.button("Baixar boletos") + " " + p.button("Falar com a escola") + " " + p.button("Alterar senha"))
    p.add(p.section("Família e pagamentos", s3))
    p.add(p.button("Salvar", cls="btn btn-primary"))
    return p


def soninho():
    p = Page("pt", "soninho-privacidade-camera", "Soninho", "https://conta.soninho.test/cameras/quarto-da-bia/privacidade",
             "Privacidade da câmera", user="Juliana Costa", color="#3f51b5",
             intro="Câmera Soninho Pro · Quarto da Bia",
             nav=["Câmeras", "Quarto da Bia", "Alertas", "Gravações", "Privacidade", "Cuidadores", "Conta"],
             nav_active=4,
             notes="Babá eletrônica inventada, você. Select em linguagem direta ('Somente áudio'); checkbox nativo "
                   "com role=switch 'Impedir…' marcado; switch de texto 'Colaborar com a Soninho' com a ajuda só "
                   "ao lado. Iscas: detecção de choro no aparelho, relatório de sono sem treinamento. Oculto: "
                   "display:none em linha.")
    s1 = (p.sw("Detecção de choro", True, help="Funciona na própria câmera, sem internet.")
          + p.select("Sensibilidade", ["Baixa", "Média", "Alta"], 2)
          + p.cb("Alerta de temperatura", checked=True)
          + p.seg("Luz noturna", ["Desligada", "Fraca", "Forte"], 1)
          + p.cb("Notificações no relógio", checked=False))
    p.add(p.section("Detecção e alertas", s1))
    s2 = (p.select("Envio de gravações para treinar a IA", ["Não enviar", "Somente áudio", "Áudio e vídeo"], 1,
                   ai=(True, "p"))
          + p.cb("Impedir o uso dos dados do berço pelos parceiros para treinamento", checked=True, switch=True,
                 ai=(False, "i"))
          + p.sw("Colaborar com a Soninho", True, mode="text", tie="near", ai=(True, "v"),
                 help="Trechos anonimizados do sono do bebê são usados para treinar nossos algoritmos de detecção "
                      "de risco."))
    with p.hidden():
        resp = p.cb("Compartilhar dados de respiração com pesquisadores para treinar algoritmos", checked=False,
                    ai=(False, "p"))
    s2 += p.conceal("display", resp)
    s2 += p.cb("Relatório de sono", checked=True, help="Calculado só para você; não entra no treinamento.")
    p.add(p.section("Seus dados", s2))
    s3 = (p.select("Guardar gravações por", ["1 dia", "7 dias", "30 dias"], 0)
          + p.button("Baixar gravações") + " " + p.button("Atualizar firmware")
          + p.cb("Modo privacidade (desliga a câmera quando estou em casa)", checked=False)
          + p.button("Convidar cuidador") + " " + p.button("Ativar verificação em duas etapas"))
    p.add(p.section("Gravações, cuidadores e segurança", s3))
    p.add(p.button("Salvar", cls="btn btn-primary"))
    return p


def tarefinha():
    p = Page("pt", "tarefinha-dados-ia", "Tarefinha", "https://app.tarefinha.test/familia/configuracoes/dados",
             "Dados e IA", user="Patrícia Moura", color="#f5a623",
             intro="Família Moura · 4 pessoas",
             nav=["Tarefas", "Agenda", "Mercado", "Mesada", "Família", "Dados e IA", "Assinatura"], nav_active=5,
             notes="App de tarefas em família inventado, você. Switch aria-label em linguagem direta desligado; "
                   "role=radiogroup 'Listas de compras' (sentido só pelo título/intro); caixa 'Excluir os perfis "
                   "das crianças…' dentro de <details> fechado. Iscas: sugestão automática de tarefas no celular. "
                   "Oculto: classe CSS.")
    s1 = (p.sw("Sugestão automática de tarefas", True,
               help="Calculada no seu celular; nada é enviado para treinamento.")
          + p.sw("Permitir o uso das tarefas da família para treinar a IA do Tarefinha", False, mode="aria-label",
                 shown="Usar as tarefas para treinar a IA", ai=(False, "p")))
    p.add(p.section("Inteligência artificial", s1))
    s2 = p.radios("Listas de compras", ["Incluir", "Não incluir"], 0, mode="radiogroup", ai=(True, "h"))
    with p.collapsed():
        kid = p.cb("Excluir os perfis das crianças do treinamento de modelos", checked=True, ai=(False, "i"))
    s2 += p.details("Perfis infantis", kid)
    with p.hidden():
        voz = p.sw("Enviar comandos de voz para treinamento", False, ai=(False, "p"))
    s2 += p.conceal("class", voz)
    p.add(p.section("Ajude a treinar o Tarefinha", s2,
                    intro="Com a sua permissão, usamos listas anonimizadas para treinar o modelo que organiza as "
                          "compras por corredor."))
    s3 = (p.text("Nome da família", "Os Moura")
          + p.button("Convidar membro")
          + p.cb("Mostrar ranking de estrelas para as crianças", checked=True)
          + p.cb("Permitir que as crianças marquem tarefas como feitas", checked=True)
          + p.select("Dia da mesada", ["Sexta", "Sábado", "Domingo"], 0)
          + p.select("A semana começa", ["Domingo", "Segunda"], 0)
          + p.cb("Lembrete às 18h", checked=True)
          + p.cb("Ofertas de supermercados", checked=False))
    p.add(p.section("Família", s3))
    s4 = (p.button("Conectar Google Agenda") + " " + p.button("Gerenciar assinatura") + " "
          + p.button("Exportar dados"))
    p.add(p.section("Conta", s4))
    p.add(p.button("Salvar", cls="btn btn-primary"))
    return p


def guardiao():
    p = Page("pt", "guardiaokids-alice", "Guardião Kids", "https://painel.guardiaokids.test/criancas/alice/configuracoes",
             "Configurações da Alice", user="Marcelo Ribeiro", color="#2e7d32",
             intro="Alice · 8 anos · Tablet Guardião Kids 10",
             nav=["Visão geral", "Alice", "Davi", "Dispositivos", "Relatórios", "Plano"], nav_active=1,
             notes="Controle parental inventado, você. Caixa em linguagem direta desmarcada; linha de estado "
                   "'Revogar' nomeada por aria-labelledby (consentimento concedido = uso). Iscas: filtro de conteúdo "
                   "no tablet, relatório semanal, compras. Oculto: aria-hidden.")
    s1 = (p.select("Limite diário", ["1 hora", "2 horas", "3 horas", "Sem limite"], 0)
          + p.cb("Bloqueio na hora de dormir", checked=True)
          + p.cb("Modo escola (7h–12h)", checked=True)
          + p.seg("Regras no fim de semana", ["Iguais", "Mais flexíveis"], 1)
          + p.button("Pausar o tablet agora", cls="btn btn-danger"))
    p.add(p.section("Tempo de tela", s1))
    s2 = (p.radios("Classificação indicativa", ["Livre", "10 anos", "12 anos"], 1)
          + p.cb("Pedir permissão para instalar apps", checked=True)
          + p.cb("Compras dentro dos apps", checked=False)
          + p.sw("Filtro de conteúdo sensível", True, mode="text", help="A análise acontece no próprio tablet."))
    p.add(p.section("Apps e conteúdo", s2))
    s3 = (p.cb("Usar as conversas da Alice com o assistente para treinar a IA", checked=False, ai=(False, "p"))
          + p.state_row("Consentimento para treinamento com a atividade da Alice", "Concedido", "Revogar",
                        mode="labelledby", ai=(True, "i"),
                        desc="Apps e sites usados pela Alice ajudam a treinar o modelo que sugere conteúdos."))
    with p.hidden():
        cap = p.cb("Enviar capturas de tela para parceiros treinarem seus modelos", checked=False, ai=(False, "p"))
    s3 += p.conceal("aria", cap)
    p.add(p.section("Dados da Alice", s3))
    s4 = (p.cb("Relatório semanal por e-mail", checked=True)
          + p.button("Ver localização") + " " + p.button("Adicionar criança") + " " + p.button("Alterar PIN"))
    p.add(p.section("Família", s4))
    p.add(p.button("Salvar", cls="btn btn-primary"))
    return p


def pages():
    return [babycenter(), agendaedu(), soninho(), tarefinha(), guardiao()]

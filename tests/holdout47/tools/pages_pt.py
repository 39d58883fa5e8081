from lib import Page

CHROME = {
    "search_label": "Buscar",
    "search_placeholder": "Cargo, empresa ou palavra-chave",
    "lang_label": "Idioma",
    "lang_options": ["Português (Brasil)", "English", "Español"],
    "lang_current": "Português (Brasil)",
    "account": "Minha conta",
    "menu": ["Ver meu perfil", "Pagamentos", "Central de ajuda", "Sair da conta"],
    "nav_label": "Configurações",
    "footer": ["Termos de uso", "Política de privacidade", "Aviso de cookies", "Acessibilidade", "Fale conosco"],
    "copyright": "© 2025 {brand}. Todos os direitos reservados.",
}


def catho():
    p = Page("pt", "catho-privacidade", "https://www.catho.com.br/area-candidato/configuracoes/privacidade",
             "Privacidade", "Catho", CHROME,
             ["Meu currículo", "Minhas candidaturas", "Alertas de vagas", "Privacidade", "Assinatura"],
             kind="site de vagas de emprego", known=True, nav_current=3, user="Rafael",
             notes="Site de vagas. Checkbox explícita para treinar IA com o currículo (marcada); grupo de rádio "
                   "'Histórico de candidaturas' que só faz sentido pelo título 'Como a inteligência artificial da "
                   "Catho aprende' ('Não pode ser usado'); linha de estado com consentimento dado e botão 'Revogar "
                   "consentimento' com sufixo oculto (compartilha). Iscas: vagas recomendadas, IA para o resumo, "
                   "cursos e treinamentos. Oculto: dialog fechado.")
    with p.section("Visibilidade do currículo"):
        p.radios("Quem pode ver meu currículo", ["Todas as empresas", "Só empresas das vagas em que me candidato",
                                                 "Ninguém"], "Todas as empresas")
        p.checkbox("Ocultar meu currículo da empresa onde trabalho", True)
        p.select("Pretensão salarial", ["A combinar", "Até R$ 3.000", "R$ 3.000 a R$ 6.000", "Acima de R$ 6.000"],
                 "R$ 3.000 a R$ 6.000")
    with p.section("Vagas e sugestões"):
        p.switch("Vagas recomendadas", True,
                 help="Sugestões calculadas a partir do seu perfil e guardadas apenas na sua conta.")
        p.switch("Ajuda da IA para escrever o resumo profissional", True)
        p.checkbox("Alertas de vagas pelo WhatsApp", False)
        p.checkbox("Receber ofertas de cursos e treinamentos", False)
    with p.section("Inteligência artificial"):
        p.checkbox("Permitir que a Catho use meu currículo para treinar modelos de inteligência artificial", True,
                   ai=(True, "p"))
        p.state_row("Uso das minhas respostas de testes comportamentais no treinamento de IA",
                    "Consentimento dado em 10/01/2025", "Revogar consentimento",
                    suffix=": treinamento de IA com minhas respostas de testes", ai=(True, "i"))
        with p.hidden("dialog", opener="Ver histórico de consentimentos", title="Histórico de consentimentos",
                      actions=("Fechar",)):
            p.checkbox("Compartilhar meu currículo com parceiros para treinamento de IA", False, ai=(True, "p"))
    with p.section("Como a inteligência artificial da Catho aprende",
                   intro="Com a sua autorização, usamos os dados abaixo para treinar os modelos que indicam vagas "
                         "a candidatos e candidatos a empresas."):
        p.radios("Histórico de candidaturas", ["Pode ser usado", "Não pode ser usado"], "Não pode ser usado",
                 style="radiogroup", ai=(False, "h"))
    with p.section("Avisos e comunicações"):
        p.table(None, "Aviso", ["E-mail", "App"],
                [("Novas vagas compatíveis", [(True, None), (True, None)]),
                 ("Empresas que viram meu currículo", [(False, None), (True, None)]),
                 ("Dicas de carreira", [(False, None), (False, None)])])
    with p.section("Seus dados"):
        p.button("Baixar meus dados")
        p.button("Excluir minha conta", danger=True)
    return p


def selecaoagil():
    p = Page("pt", "selecaoagil-privacidade", "https://candidatos.selecaoagil.test/minha-conta/privacidade",
             "Privacidade", "Seleção Ágil", {**CHROME, "search_placeholder": "Buscar vagas abertas"},
             ["Meus processos", "Testes", "Documentos", "Privacidade"],
             kind="sistema de recrutamento (ATS), portal do candidato", nav_current=3, user="Beatriz Lima",
             notes="Portal do candidato de um ATS. Interruptor no particípio 'Gravações de entrevista excluídas do "
                   "treinamento de IA' ligado (não compartilha); checkbox vaga 'Quero ajudar a tornar as seleções "
                   "mais justas' com ajuda (desmarcada); interruptor explícito sobre IAs das empresas contratantes "
                   "(ligado). Iscas: resumo automático da entrevista que não treina, banco de talentos. Oculto: "
                   "aba inativa 'Processos encerrados'.")
    p.tabs(["Processos ativos", "Processos encerrados"], active=0, label="Processos")
    with p.tab_panel(0):
        with p.section("Banco de talentos"):
            p.select("Manter meu perfil no banco de talentos por", ["6 meses", "1 ano", "2 anos"], "1 ano")
            p.checkbox("Receber vagas parecidas com as que me candidatei", True)
        with p.section("Entrevistas"):
            p.switch("Resumo automático da entrevista para o recrutador", True,
                     help="Gerado só para este processo seletivo; não é usado para treinar modelos.")
            p.select("Formato preferido de entrevista", ["Vídeo", "Telefone", "Presencial"], "Vídeo")
            p.switch("Gravações de entrevista excluídas do treinamento de IA", True, mode="labelledby",
                     ai=(False, "i"))
        with p.section("Pesquisa e melhoria"):
            p.checkbox("Quero ajudar a tornar as seleções mais justas", False,
                       help="Ao marcar, você autoriza o uso dos seus testes e respostas, de forma anonimizada, para "
                            "treinar nossos modelos de triagem.", ai=(False, "v"))
            p.switch("Permitir que empresas contratantes treinem suas próprias IAs com minhas respostas", True,
                     ai=(True, "p"))
        with p.section("Acessibilidade"):
            p.checkbox("Sou pessoa com deficiência e quero informar adaptações", False)
            p.textarea("Adaptações necessárias")
        with p.section("Notificações"):
            p.table(None, "Aviso", ["E-mail", "WhatsApp"],
                    [("Mudança de etapa no processo", [(True, None), (True, None)]),
                     ("Convite para entrevista", [(True, None), (True, None)])])
        with p.section("Minha conta"):
            p.button("Desistir da vaga de Analista de Dados")
            p.button("Excluir meu cadastro", danger=True)
    with p.tab_panel(1):
        with p.section("Processos encerrados"):
            p.checkbox("Usar meus processos encerrados para treinar o modelo de triagem", True, ai=(True, "p"))
    return p


def trampolivre():
    p = Page("pt", "trampolivre-dados-e-ia", "https://www.trampolivre.test/configuracoes/dados-e-ia",
             "Dados e IA", "Trampo Livre", {**CHROME, "search_placeholder": "Buscar projetos"},
             ["Perfil", "Financeiro", "Segurança", "Dados e IA", "Notificações"],
             kind="plataforma de freelas", nav_current=3, user="Gui Andrade",
             notes="Plataforma de freelas. Botões segmentados Sim/Não com nome invertido 'Pausar o uso dos meus "
                   "projetos no treinamento da IA' em Não (compartilha); tabela sob a legenda 'O que a IA do "
                   "Trampo Livre pode aprender com você', coluna 'Liberado', checkboxes com nome só da linha "
                   "(somente cabeçalho). Iscas: gerador de propostas, avaliações, nota fiscal. Oculto: atributo "
                   "hidden.")
    with p.section("Perfil profissional"):
        p.text_input("Valor da hora (R$)", "120", kind="number")
        p.select("Categoria principal", ["Design", "Desenvolvimento", "Redação", "Tradução", "Vídeo"],
                 "Desenvolvimento")
        p.radios("Disponibilidade", ["Disponível para novos projetos", "Só projetos curtos", "Sem agenda no momento"],
                 "Só projetos curtos", style="radiogroup")
        p.switch("Mostrar avaliações no perfil", True)
    with p.section("Ferramentas de IA"):
        p.switch("Gerador de propostas com IA", True,
                 help="Cria um rascunho de proposta a partir do briefing do cliente.")
    with p.section("Seus projetos e a IA"):
        p.segmented("Pausar o uso dos meus projetos no treinamento da IA", ["Sim", "Não"], "Não", ai=(True, "i"))
        p.table("O que a IA do Trampo Livre pode aprender com você", "Tipo de dado", ["Liberado"],
                [("Propostas enviadas", [(True, (True, "h"))]),
                 ("Conversas com clientes", [(False, (False, "h"))])], naming="row")
        with p.hidden("hidden-attr"):
            p.switch("Enviar meu portfólio para laboratórios de IA parceiros", False, ai=(True, "p"))
    with p.section("Financeiro"):
        p.checkbox("Emitir nota fiscal automaticamente", True)
        p.select("Receber saques por", ["Pix", "Transferência bancária"], "Pix")
        p.button("Sacar saldo")
    with p.section("Notificações"):
        p.table(None, "Aviso", ["E-mail", "Celular"],
                [("Projeto novo na minha categoria", [(True, None), (True, None)]),
                 ("Mensagem de cliente", [(True, None), (True, None)])])
    with p.section("Conta"):
        p.button("Excluir conta", danger=True)
    return p


def pontocerto():
    p = Page("pt", "pontocerto-privacidade", "https://app.pontocerto.test/colaborador/preferencias/privacidade",
             "Privacidade", "Ponto Certo", {**CHROME, "search_placeholder": "Buscar no app"},
             ["Registrar ponto", "Banco de horas", "Holerites", "Treinamentos", "Privacidade"],
             kind="ponto eletrônico e departamento pessoal", nav_current=4, user="Juliana S.",
             notes="App de ponto eletrônico. Rádio com fieldset sobre registros de ponto para o modelo de escalas "
                   "('Autorizo'); interruptor vago 'Participar do Programa Jornada Inteligente' com ajuda "
                   "(desligado); checkbox 'Não quero que minhas justificativas…' marcada (não compartilha). Iscas: "
                   "reconhecimento facial no aparelho, treinamentos obrigatórios (cursos), holerite. Oculto: "
                   "visibility:hidden.")
    with p.section("Registro de ponto"):
        p.checkbox("Lembrete para registrar a saída", True)
        p.switch("Registrar ponto por reconhecimento facial", True,
                 help="A foto é comparada no próprio aparelho e descartada logo em seguida.")
        p.select("Fuso horário", ["Brasília (GMT-3)", "Manaus (GMT-4)", "Fernando de Noronha (GMT-2)"],
                 "Brasília (GMT-3)")
    with p.section("Banco de horas"):
        p.checkbox("Mostrar saldo do banco de horas na tela inicial", True)
    with p.section("Treinamentos obrigatórios"):
        p.checkbox("Avisar sobre treinamentos obrigatórios pendentes", True)
        p.switch("Sincronizar treinamentos com a minha agenda", False)
    with p.section("Holerite"):
        p.switch("Receber holerite só pelo app", True)
        p.button("Baixar informe de rendimentos")
        p.button("Baixar espelho de ponto do mês")
    with p.section("Férias"):
        p.select("Avisar meu gestor sobre as férias com antecedência de", ["15 dias", "30 dias", "45 dias"],
                 "30 dias")
    with p.section("Notificações"):
        p.table(None, "Aviso", ["E-mail", "Push"],
                [("Holerite disponível", [(True, None), (True, None)]),
                 ("Banco de horas perto do limite", [(False, None), (True, None)]),
                 ("Escala da semana publicada", [(True, None), (True, None)])])
        p.segmented("Tamanho do texto no app", ["Normal", "Grande"], "Normal")
    with p.section("Inteligência artificial",
                   intro="A empresa usa IA para montar escalas e prever faltas. Veja o que você compartilha."):
        p.radios("Uso dos meus registros de ponto para treinar o modelo de previsão de escalas",
                 ["Autorizo", "Não autorizo"], "Autorizo", ai=(True, "p"))
        p.switch("Participar do Programa Jornada Inteligente", False,
                 help="Quem participa compartilha, de forma pseudonimizada, horários de entrada e saída e pedidos "
                      "de folga para treinarmos o modelo que sugere escalas.", ai=(False, "v"))
        p.checkbox("Não quero que minhas justificativas de ausência sejam usadas para treinar a IA", True,
                   ai=(False, "i"))
        with p.hidden("visibility"):
            p.checkbox("Compartilhar a localização das minhas batidas de ponto para treinar modelos", False,
                       ai=(True, "p"))
    return p


def diaristaja():
    p = Page("pt", "diaristaja-privacidade", "https://profissionais.diaristaja.test/conta/privacidade",
             "Privacidade", "Diarista Já", {**CHROME, "search_placeholder": "Buscar na central de ajuda"},
             ["Minha agenda", "Ganhos", "Avaliações", "Privacidade", "Ajuda"],
             kind="app de diaristas e serviços domésticos", nav_current=3, user="Dona Cida",
             notes="App de diaristas. Interruptor explícito com aria-labelledby sobre avaliações de clientes "
                   "(desligado); checkbox com rótulo envolvente 'Bloquear o uso das minhas conversas no chat…' "
                   "desmarcada (compartilha). Iscas: agenda, pagamentos, foto. Oculto: display:none em linha.")
    with p.section("Área e serviços"):
        p.select("Região de atendimento", ["Zona Sul", "Zona Oeste", "Centro", "Zona Norte"], "Zona Sul")
        p.radios("Tipo de serviço", ["Faxina completa", "Passadoria", "Os dois"], "Os dois")
        p.checkbox("Levo meus próprios produtos de limpeza", False)
        p.switch("Aceitar faxinas de última hora", True)
    with p.section("Agenda"):
        p.table("Quando posso trabalhar", "Período", ["Segunda a sexta", "Sábado"],
                [("Manhã", [(True, None), (True, None)]),
                 ("Tarde", [(True, None), (False, None)])])
    with p.section("Pagamento"):
        p.select("Receber pagamentos por", ["Pix", "Conta corrente"], "Pix")
        p.button("Ver meus recibos")
    with p.section("Perfil"):
        p.switch("Mostrar minha foto para os clientes", True)
        p.checkbox("Mostrar quantas faxinas já fiz", True)
    with p.section("Notificações"):
        p.switch("Novo pedido de faxina perto de mim", True)
        p.switch("Lembrete na véspera de cada faxina", True)
    with p.section("Seus dados e a IA"):
        p.switch("Usar minhas avaliações de clientes para treinar o sistema de indicação", False,
                 mode="labelledby", ai=(False, "p"))
        p.checkbox("Bloquear o uso das minhas conversas no chat para treinar a IA", False, wrap=True,
                   ai=(True, "i"))
        with p.hidden("display-inline"):
            p.switch("Enviar fotos dos ambientes limpos para treinar a IA de qualidade", False, ai=(True, "p"))
    return p


def build():
    return [catho(), selecaoagil(), trampolivre(), pontocerto(), diaristaja()]

from lib import Page, LANG_OPTS


def mk(slug, url, brand, title, **kw):
    kw.setdefault("lang_opts", LANG_OPTS)
    kw.setdefault("lang_label", "Idioma")
    kw.setdefault("search", "Buscar")
    return Page("pt", slug, url, brand, title, htmllang="pt-BR", **kw)


def locaweb():
    p = mk("locaweb-privacidade-ia", "https://painel.locaweb.com.br/hospedagem/sites/armazem-dona-cida/privacidade-e-ia",
           "Locaweb", "Privacidade e IA", known=True,
           notes="Serviço conhecido (reconstrução, você). Botões segmentados com nome simples (Permitir/Não permitir), checkbox invertido ('Não liberar…', desmarcado), select só de título (a seção fala de treinamento; nome 'Mensagens marcadas como spam'); iscas: assistente de IA que não aprende, novidades de IA; aba inativa.",
           search_ph="Buscar no painel", account="Minha conta",
           menu=["Dados cadastrais", "Faturas", "Central de ajuda", "Sair"], nav_label="Hospedagem",
           nav=["Resumo", "Arquivos", "Bancos de dados", "E-mails", "Segurança", "Privacidade e IA", "Financeiro"],
           nav_current="Privacidade e IA", footer=["Central de ajuda", "Status", "Política de privacidade", "© Locaweb"],
           lead="armazemdonacida.com.br")
    p.tabs_begin(["Configurações", "Logs"], "Seções")
    p.sec("Site")
    p.txt("Domínio principal", "armazemdonacida.com.br")
    p.sel("Versão do PHP", ["8.1", "8.2", "8.3"], "8.2")
    p.cb("Forçar HTTPS", True)
    p.cb("Ocultar a versão do servidor", True)
    p.sec("Inteligência artificial")
    p.seg("Permitir que a Locaweb treine modelos de IA com o conteúdo do site", ["Permitir", "Não permitir"], "Não permitir",
          ai="p", yes=["Permitir"])
    p.cb("Não liberar meu conteúdo para a IA de parceiros treinar", False, ai="i",
         help="Parceiros são empresas que licenciam conteúdo da web para treinar modelos de linguagem.")
    p.sec("Treinamento de modelos: e-mails e formulários",
          intro="Alguns dados que passam pela sua hospedagem podem ajudar a treinar nossos filtros antispam com IA.")
    p.sel("Mensagens marcadas como spam", ["Não usar", "Usar de forma anônima"], "Usar de forma anônima",
          ai="h", yes=["Usar de forma anônima"])
    p.sec("Segurança")
    p.sw("Firewall de aplicação", True)
    p.sw("Verificação em duas etapas", True)
    p.sel("Backup automático", ["Diário", "Semanal"], "Diário")
    p.sec("Assistente")
    p.bsw("Assistente de IA no painel", True,
          help="Ele responde com base na nossa central de ajuda e não usa os arquivos do seu site para aprender.")
    p.sec("Notificações")
    p.cb("Avisar quando o plano estiver perto do limite", True, wrap=True)
    p.cb("Novidades sobre recursos de IA", False, wrap=True)
    p.btn("Baixar backup")
    p.end_sec()
    p.tabs_next()
    p.sec("Logs de acesso")
    p.sel("Uso dos logs de acesso para treinar modelos", ["Não usar", "Usar"], "Não usar", ai="p", yes=["Usar"])
    p.end_sec()
    p.tabs_end()
    return p


def vitrine():
    p = mk("vitrinefacil-dados", "https://app.vitrinefacil.test/lojas/brecho-da-lu/configuracoes/dados", "Vitrine Fácil",
           "Dados e IA",
           notes="Criador de lojas virtuais inventado (você). Button switch vago via aria-labelledby ('Programa Vitrine Inteligente', a ajuda fala de treinar), célula de tabela invertida (linha robôs de IA, coluna 'Bloquear', marcada), fieldset simples com legenda que diz treinar; iscas: gerador de descrições que não treina, dicas de IA; atributo hidden.",
           search_ph="Buscar pedidos, produtos…", account="Lu",
           menu=["Minha conta", "Plano", "Faturas", "Sair"], nav_label="Loja",
           nav=["Início", "Produtos", "Pedidos", "Clientes", "Pagamentos", "Dados e IA", "Domínio"],
           nav_current="Dados e IA", footer=["Ajuda", "Privacidade", "Termos", "Vitrine Fácil Tecnologia Ltda."],
           lead="Brechó da Lu")
    p.sec("Loja")
    p.txt("Nome da loja", "Brechó da Lu")
    p.txt("WhatsApp da loja", "+55 31 98888-1234")
    p.sel("Moeda", ["Real (R$)", "Dólar (US$)"], "Real (R$)")
    p.cb("Modo férias", False)
    p.sec("Dados e IA")
    p.bsw("Programa Vitrine Inteligente", True, ai="v",
          help="Seu catálogo, suas fotos e seu histórico de vendas entram, de forma anonimizada, na base usada para treinar os modelos de recomendação da Vitrine e de parceiros.")
    p.rad("Treinar a IA de descrições com os textos dos seus produtos", ["Sim", "Não"], "Não", ai="p", yes=["Sim"])
    p.hide_begin("hidden")
    p.cb("Treinar modelos com as fotos dos meus produtos", False, ai="p")
    p.hide_end()
    p.sec("Robôs e rastreadores")
    p.tbl("Bloqueios por robô", ["Bloquear"],
          [("Googlebot", False), ("Bingbot", False), ("Robôs que coletam dados para treinar IA", {"on": True, "ai": "i"})],
          corner="Robô")
    p.sec("Pagamentos")
    p.sel("Intermediador", ["Vitrine Pay", "Mercado Pago", "PagSeguro"], "Vitrine Pay")
    p.cb("Aceitar Pix", True)
    p.cb("Parcelamento sem juros", True)
    p.sec("Ferramentas de IA")
    p.sw("Gerador de descrições", True,
         help="Cria descrições a partir das suas fotos. As fotos não ficam guardadas nem servem para treinar a IA.")
    p.sec("Notificações")
    p.cb("E-mail a cada nova venda", True, wrap=True)
    p.cb("Dicas sobre as ferramentas de IA", True, wrap=True)
    p.btn("Exportar produtos (CSV)")
    return p


def caderno():
    p = mk("cadernoaberto-privacidade", "https://cadernoaberto.test/painel/configuracoes/privacidade", "Caderno Aberto",
           "Privacidade",
           notes="Plataforma de blogs inventada (você). Linha de estado só de título (seção 'O que a IA pode aprender com seu blog'; botão Alterar + título via aria-labelledby), switch simples, radiogroup invertido (Recusar/Não recusar); iscas: revisor de texto com IA que não treina, aviso de recursos de IA; display:none inline.",
           search_ph="Buscar blogs", account="Perfil",
           menu=["Meu blog", "Conta", "Ajuda", "Sair"], nav_label="Configurações",
           nav=["Blog", "Comentários", "Privacidade", "Assinantes", "Notificações", "Conta"],
           nav_current="Privacidade", footer=["Sobre", "Ajuda", "Privacidade", "Caderno Aberto Ltda."])
    p.sec("Blog")
    p.txt("Nome do blog", "Diário de Bordo na Chapada")
    p.txt("Endereço", "diariodebordo.cadernoaberto.test")
    p.sel("Quem pode ver", ["Todo mundo", "Só assinantes", "Só eu"], "Todo mundo")
    p.sec("Comentários")
    p.cb("Permitir comentários", True)
    p.sel("Moderação", ["Aprovar todos manualmente", "Só com links", "Nenhuma"], "Só com links")
    p.sec("Treinamento de IA")
    p.sw("Usar meus posts para treinar a IA do Caderno Aberto", True, ai="p")
    p.rg("Recusar a venda dos meus textos para treinamento de IA", ["Recusar", "Não recusar"], "Recusar",
         ai="i", yes=["Não recusar"])
    p.hide_begin("inline-none")
    p.sw("Treinar a IA com as fotos dos meus posts", False, ai="p")
    p.hide_end()
    p.sec("O que a IA pode aprender com seu blog",
          intro="Além dos posts, outras partes do blog podem entrar nos dados de treinamento dos nossos modelos.")
    p.st("Comentários dos leitores", "Incluídos", True, "Alterar", mode="lb", ai="h")
    p.sec("Ferramentas")
    p.bsw("Revisor de texto com IA", True,
          help="A revisão acontece na hora; seus rascunhos não são guardados nem usados para treinamento.")
    p.sw("Me avise sobre novos recursos de IA", False)
    p.cb("Mostrar tempo de leitura", True, wrap=True)
    p.sec("Notificações")
    p.tbl("Como avisamos você", ["E-mail", "Celular"],
          [("Novo seguidor", [True, False]), ("Novo comentário", [True, True])], corner="Evento")
    p.btn("Exportar meu blog")
    return p


def ipe():
    p = mk("ipehospedagem-privacidade", "https://central.ipehospedagem.test/servicos/hospedagem/88213/privacidade",
           "Ipê Hospedagem", "Privacidade e robôs",
           notes="Hospedagem inventada (você). Dupla negação em linha de estado ('Desativar o desbloqueio de robôs de treinamento de IA', status Ativo = dados usados), fieldset vago ('Programa de Dados Abertos Ipê', a ajuda fala de treinamento), switch só de título ('Histórico dos seus chamados'); iscas: atendimento por IA, alerta de banda de robôs de IA; classe CSS com display:none.",
           search_ph="Buscar na central", account="Minha conta",
           menu=["Dados pessoais", "Faturas", "Suporte", "Sair"], nav_label="Serviço",
           nav=["Visão geral", "Arquivos", "Bancos de dados", "E-mail", "Segurança", "Privacidade e robôs", "Financeiro"],
           nav_current="Privacidade e robôs", footer=["Suporte", "Status", "Privacidade", "Ipê Hospedagem Ltda."],
           lead="clinicavetpatinhas.com.br", hide_class="oculto")
    p.sec("Hospedagem")
    p.txt("Domínio", "clinicavetpatinhas.com.br")
    p.sel("Data center", ["São Paulo", "Fortaleza"], "São Paulo")
    p.cb("SSL grátis", True)
    p.btn("Abrir gerenciador de arquivos")
    p.sec("Robôs de IA")
    p.st("Desbloqueio de robôs de treinamento de IA", "Ativo", True, "Desativar", mode="sr",
         suffix="o desbloqueio de robôs de treinamento de IA", ai="i", inv=False, dbl=True)
    p.rad("Programa de Dados Abertos Ipê", ["Participar", "Não participar"], "Não participar", ai="v", yes=["Participar"],
          help="Quem participa cede cópias das páginas públicas para um acervo que universidades e empresas usam no treinamento de modelos de linguagem.")
    p.sec("Treinamento do nosso suporte inteligente",
          intro="Nossa IA de atendimento aprende com chamados reais. Escolha o que dela pode vir da sua conta.")
    p.sw("Histórico dos seus chamados", True, ai="h")
    p.hide_begin("class-none")
    p.cb("Usar meus bancos de dados para treinar IA", False, ai="p")
    p.hide_end()
    p.sec("Atendimento")
    p.bsw("Atendimento por IA no chat", True,
          help="O atendente virtual consulta nossa base de ajuda; ele não lê os arquivos do seu site.")
    p.sec("Segurança")
    p.sw("Antivírus", True)
    p.sel("Backups", ["Diários", "Semanais"], "Diários")
    p.cb("Bloquear acesso ao painel fora do Brasil", False)
    p.sec("E-mail")
    p.cb("Filtro antispam", True)
    p.sel("Nível do filtro", ["Baixo", "Médio", "Alto"], "Médio")
    p.sec("Avisos")
    p.cb("Alertar quando robôs de IA consumirem muita banda", True, wrap=True)
    p.cb("Receber a newsletter", False, wrap=True)
    p.btn("Baixar notas fiscais")
    return p


def borda():
    p = mk("bordarapida-dados", "https://console.bordarapida.test/zonas/portalnoticiasdosul.com.br/dados", "Borda Rápida",
           "Dados e treinamento",
           notes="CDN inventada (você). Tabela vaga de uma linha (coluna 'Consórcio Aurora', só a nota fala de treinar) com coluna isca, checkbox simples ('Autorizar o treinamento de IA…', desmarcado), button switch só de título com aria-label ('Reportagens publicadas há mais de 30 dias'); iscas: otimização de imagens com IA, aviso de novos robôs de IA; aria-hidden.",
           search_ph="Buscar zonas e regras", account="Conta",
           menu=["Perfil", "Chaves de API", "Cobrança", "Sair"], nav_label="Zona",
           nav=["Visão geral", "DNS", "Cache", "Certificados", "Segurança", "Dados e treinamento", "Logs", "Alertas"],
           nav_current="Dados e treinamento", footer=["Documentação", "Status da rede", "Privacidade", "Borda Rápida S.A."],
           lead="portalnoticiasdosul.com.br")
    p.sec("Zona")
    p.txt("Servidor de origem", "origem.portalnoticiasdosul.com.br")
    p.sel("Nível de cache", ["Padrão", "Agressivo"], "Padrão")
    p.cb("Minificar JS e CSS", True)
    p.btn("Limpar cache")
    p.sec("Treinamento de IA")
    p.cb("Autorizar o treinamento de IA com o conteúdo em cache", False, ai="p")
    p.hide_begin("aria-hidden")
    p.bsw("Licenciar o acervo para treinamento de modelos", False, mode="text", ai="p")
    p.hide_end()
    p.sec("Compartilhamento de dados")
    p.tbl("Para onde vão os dados da sua zona", ["Painel de métricas", "Consórcio Aurora"],
          [("Metadados de requisições", [True, {"on": True, "ai": "v"}])], corner="Dados")
    p.para("O Consórcio Aurora usa esses dados para treinar modelos de detecção de fraude e de robôs.")
    p.sec("Seu acervo como dado de treinamento",
          intro="Empresas de IA pagam para treinar modelos com notícias. Escolha o que a Borda Rápida pode oferecer em seu nome.")
    p.bsw("Reportagens publicadas há mais de 30 dias", False, mode="label", ai="h")
    p.sec("Desempenho")
    p.bsw("Otimização de imagens com IA", True,
          help="Roda nos nossos servidores de borda e não usa suas imagens para treinar nada.")
    p.sec("Segurança")
    p.sw("WAF", True)
    p.sel("Proteção contra robôs", ["Desligada", "Desafio", "Bloqueio"], "Desafio")
    p.cb("Limite de requisições", True)
    p.sec("Logs")
    p.cb("Ocultar o IP dos visitantes nos logs", True)
    p.sel("Retenção dos logs", ["7 dias", "30 dias"], "7 dias")
    p.sec("Alertas")
    p.sw("Avisar sobre novos robôs de IA", True)
    p.sw("Relatório semanal", True)
    return p


def pages():
    return [locaweb(), vitrine(), caderno(), ipe(), borda()]

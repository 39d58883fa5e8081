from lib import page, take

L = "pt"
CHROME = {"search": "Pesquisar nas configurações", "lang": "Idioma", "langs": ["Português (Brasil)", "English", "Español"],
          "account": "Minha conta", "menu": ["Perfil", "Trocar de conta", "Sair"], "nav": "Configurações",
          "footer": ["Privacidade", "Termos de uso", "Central de ajuda", "Status"]}

POOL = [
    lambda P: P.cb("Notificações na área de trabalho para novos e-mails", True),
    lambda P: P.sel("Tema", [("Claro", 0), ("Escuro", 0), ("Igual ao sistema", 0)], 2),
    lambda P: P.seg("Densidade", [("Compacta", 0), ("Normal", 0), ("Espaçosa", 0)], 1),
    lambda P: P.sw("Reduzir animações", False, help="Desliga transições e efeitos de movimento."),
    lambda P: P.sel("Formato de data", [("31/12/2025", 0), ("2025-12-31", 0)], 0),
    lambda P: P.sel("Fuso horário", [("(UTC-03:00) Brasília", 0), ("(UTC-04:00) Manaus", 0), ("(UTC+00:00) Lisboa", 0)], 0),
    lambda P: P.btn("Ativar verificação em duas etapas"),
    lambda P: P.btn("Encerrar sessões em outros aparelhos"),
    lambda P: P.cb("Resumo semanal por e-mail", False),
    lambda P: P.sw("Anúncios personalizados", False, help="Usam seus interesses declarados. O conteúdo das mensagens nunca é lido para escolher anúncios."),
    lambda P: P.cb("Enviar relatórios de falha", True, help="Somente dados técnicos do erro, sem conteúdo."),
    lambda P: P.link("Baixar uma cópia dos seus dados"),
    lambda P: P.link("Apps conectados"),
    lambda P: P.btn("Alterar forma de pagamento"),
    lambda P: P.sel("Primeiro dia da semana", [("Domingo", 0), ("Segunda-feira", 0)], 0),
    lambda P: P.cb("Otimizar para leitores de tela", False),
    lambda P: P.sw("Avisos sobre novidades de IA", True, help="De vez em quando, um e-mail sobre recursos novos do assistente. Isso não muda o uso dos seus dados."),
    lambda P: P.rgroup("Quem vê sua foto de perfil", [("Todo mundo", 0), ("Só contatos", 0), ("Ninguém", 0)], 1),
    lambda P: P.cb("Atalhos de teclado", True),
    lambda P: P.sel("Tamanho da fonte", [("Pequeno", 0), ("Médio", 0), ("Grande", 0)], 1),
]


@page(L, "outlook-opcoes-privacidade", "https://outlook.live.com/mail/0/options/general/privacy", "Outlook", "Privacidade e dados",
      ["Conta", "Geral", "Email", "Calendário", "Pessoas", "Copilot", "Privacidade e dados", "Acessibilidade"],
      known=True, notes="Reconstrução das opções do Outlook.com; configurações de treinamento inventadas. Aba inativa esconde um controle.")
def outlook(P):
    P.sec("Copilot no Outlook")
    P.sw("Sugestões do Copilot ao escrever", True, help="Geradas na hora para o e-mail aberto e descartadas em seguida; não servem para treinamento.")
    P.sel("Impedir que o Copilot aprenda com minhas mensagens", [("Sim", False), ("Não", True)], 0, ai="i")
    P.rgroup("Experiências conectadas opcionais", [("Ativadas", True), ("Desativadas", False)], 1,
             help="Quando ativadas, trechos das suas mensagens podem ser usados para treinar e aprimorar os modelos de IA da Microsoft.", ai="v")
    P.sec("Treinamento de modelos de IA da Microsoft", "Escolha quais dados da sua caixa de correio podem ajudar a treinar os modelos.")
    P.sw("Conteúdo dos e-mails enviados", True, ai="h")
    P.hide(active_tab="Básico", hidden_tab="Avançado")
    P.cb("Mostrar prévia de links", True)
    P.cb("Confirmação de leitura", False)
    P.tab_next()
    P.sw("Usar meu calendário para treinar modelos", True)
    P.unhide()
    P.sec("Geral")
    take(P, POOL, [0, 1, 2, 6, 11, 12, 15, 3])


@page(L, "carteiro-privacidade", "https://mail.carteiro.test/configuracoes/privacidade", "Carteiro", "Privacidade",
      ["Conta", "Caixa de entrada", "Assinatura", "Privacidade", "Encaminhamento", "Plano"],
      notes="Webmail inventado. Linha de status com sufixo oculto e ajuda; tabela com coluna de treinamento ao lado de uma coluna de estatísticas.")
def carteiro(P):
    P.sec("Recursos inteligentes")
    P.sw("Respostas rápidas", True, help="Criadas só para a conversa aberta, sem uso em treinamento.")
    P.cb("Permitir que o Carteiro use meus e-mails para treinar a IA", False, wrap=True, ai="p")
    P.state("Programa Carteiro Mais", "Ativo", "Sair", True, suffix="do programa Carteiro Mais",
            help="Participantes do programa cedem o conteúdo das mensagens para o treinamento dos nossos modelos de linguagem.", ai="v")
    P.table("Uso dos seus dados", ["Estatísticas de uso", "Treinamento de IA"], [("Anexos", [True, True])],
            ai={(0, 1): ("p", None)})
    P.hide()
    P.rgroup("Treinamento com a lista de contatos", [("Permitido", True), ("Bloqueado", False)], 0)
    P.unhide()
    P.sec("Caixa de entrada")
    P.cb("Separar promoções automaticamente", True)
    P.sec("Preferências")
    take(P, POOL, [4, 5, 7, 8, 9, 10, 13, 18, 16])


@page(L, "agendinha-ia", "https://agendinha.test/conta/ia", "Agendinha", "IA e privacidade",
      ["Minha agenda", "Horários", "Página de agendamento", "IA e privacidade", "Integrações", "Assinatura"],
      notes="Agenda inventada. Botões segmentados invertidos (Desativar… Desligado), fieldset sob título de treinamento.")
def agendinha(P):
    P.sec("Assistente de agenda")
    P.sw("Sugerir horários livres", True, help="As sugestões vêm da sua agenda atual e não treinam nenhum modelo.")
    P.seg("Desativar o aprendizado com meus eventos", [("Ligado", False), ("Desligado", True)], 1, ai="i")
    P.bsw("Treinar o assistente com minhas reuniões", True, naming="labelledby", ai="p")
    P.sec("Treinamento da nossa IA", "Nossos modelos aprendem com agendas de quem autoriza. Defina o que pode entrar.")
    P.radios("Convidados e participantes", [("Incluir", True), ("Não incluir", False)], 1, ai="h")
    P.hide()
    P.cb("Incluir a descrição dos eventos no treinamento", True)
    P.unhide()
    P.sec("Notificações")
    P.cb("Avisar quando alguém agendar", True)
    P.cb("Lembrete por WhatsApp para convidados", False)
    P.cb("Avisar quando o assistente remarcar algo", True)
    take(P, POOL, [1, 5, 14, 12, 17, 3, 10, 13])


@page(L, "caderneta-dados", "https://caderneta.test/preferencias/dados", "Caderneta", "Seus dados",
      ["Contatos", "Grupos", "Duplicados", "Seus dados", "Sincronização", "Compartilhamento"],
      notes="Agenda de contatos inventada. Linha de status com dupla negação (Ligar + Proteção contra treinamento).")
def caderneta(P):
    P.sec("Sincronização")
    P.sel("Sincronizar com", [("Nenhum", 0), ("Google Contatos", 0), ("iCloud", 0)], 1)
    P.cb("Mesclar duplicados automaticamente", False)
    P.cb("Contribuir para o aperfeiçoamento do Caderneta", True,
         help="Com isso, nomes, empresas e cargos dos seus contatos entram nos dados de treinamento do nosso modelo de reconhecimento.", ai="v")
    P.state("Proteção contra treinamento de IA", "Desligada", "Ligar", False, ai="i", share=True)
    P.sw("Usar minhas fotos de contato para treinar a IA", False, ai="p")
    P.hide()
    P.bsw("Treinar com as anotações dos contatos", True)
    P.unhide()
    P.sec("Exibição")
    P.rgroup("Ordenar contatos por", [("Nome", 0), ("Sobrenome", 0)], 0)
    P.cb("Mostrar aniversários", True)
    take(P, POOL, [0, 2, 6, 9, 11, 18, 19, 13, 16])


@page(L, "planilha-viva-dados", "https://planilhaviva.test/configuracoes/dados", "Planilha Viva", "Dados e privacidade",
      ["Geral", "Pastas", "Dados e privacidade", "Compartilhamento", "Complementos", "Plano"],
      notes="Planilha inventada. Tabela em que só a legenda fala de treinamento; recusa em fieldset.")
def planilha(P):
    P.sec("Análise automática")
    P.sw("Gerar gráficos sugeridos", True, help="Calculados no seu navegador.")
    P.table("O que a IA da Planilha Viva pode aprender", ["Liberado"], [("Fórmulas", [True])], ai={(0, 0): ("h", None)})
    P.sel("Compartilhamento avançado", [("Completo", True), ("Somente diagnóstico", False)], 1,
          help="O modo completo envia amostras das suas planilhas para treinar os modelos de análise.", ai="v")
    P.radios("Recusar o uso das minhas planilhas no treinamento", [("Recuso", False), ("Não recuso", True)], 0, ai="i")
    P.hide()
    P.sw("Treinar modelos com meus comentários", True)
    P.unhide()
    P.sec("Compartilhamento")
    P.sel("Novas pastas são", [("Privadas", 0), ("Visíveis para a equipe", 0), ("Públicas por link", 0)], 0)
    P.cb("Permitir download para leitores", False)
    P.btn("Exportar todas as pastas")
    take(P, POOL, [2, 4, 8, 10, 13, 16, 7, 3])

from lib import *

PAGES = [
Page("pt", "handtalk-privacidade", "https://app.handtalk.me/configuracoes/privacidade", "Hand Talk", "Privacidade",
     "Reconstrução de um app de tradução para Libras (você): interruptor vago (ajuda: treinar a IA, ativado), fieldset invertido (não usar, desativado = compartilha); opção avançada numa aba inativa; velocidade do Hugo e dicionário como iscas.",
     chrome("Buscar sinais", "Idioma", "Minha conta", ["Perfil", "Assinatura", "Sair"], "Configurações",
            ["Acessibilidade", "Política de privacidade", "Termos de uso", "Fale conosco"], "© Hand Talk — Maceió, AL"),
     ["Perfil", "Tradução", "Privacidade", "Assinatura"], known=True, active=2,
     body=[
     tabs("Seções", [
         ("Geral", [
             section("Tradução", items=[
                 sel("Língua de sinais", ["Libras", "ASL"], 0),
                 seg("Velocidade do intérprete virtual", ["Lenta", "Normal", "Rápida"], 1),
                 sel("Intérprete virtual", ["Hugo", "Maya"], 0),
                 cb("Mostrar a legenda durante a sinalização", True),
                 sw("Traduzir automaticamente textos copiados", False),
                 cb("Salvar histórico de traduções", True),
                 cb("Repetir o sinal em loop", False),
                 sw("Fundo de alto contraste", False),
             ]),
             section("Aprender", items=[
                 cb("Lembrete diário do sinal do dia", True),
                 btn("Abrir o dicionário de Libras"),
                 btn("Indicar o app para um amigo"),
                 sw("Modo escuro", False),
             ]),
             section("Seus dados", items=[
                 sw("Ajudar o Hugo a evoluir", True, ai="v",
                    help="Com esta opção ativada, os textos que você traduz e as avaliações das traduções são usados para treinar nossa inteligência artificial de tradução para Libras."),
                 rf("Não usar minhas gravações em Libras para treinar a IA", [("Ativado", False), ("Desativado", True)], 1, ai="i"),
                 cb("Enviar relatórios de erro", True, help="Usados só para corrigir falhas do app."),
                 btn("Baixar meus dados"),
                 btn("Excluir conta"),
             ]),
         ]),
         ("Avançado", [
             cb("Compartilhar os vídeos que gravo no app para treinamento do reconhecimento de sinais", True, ai="p"),
             sw("Recursos experimentais", False),
         ]),
     ]),
     ]),

Page("pt", "atafacil-dados", "https://app.atafacil.test/configuracoes/dados", "Ata Fácil", "Dados e IA",
     "Anotador de reuniões inventado para empresas (você): células de tabela com o treino só na legenda, linha de estado nomeada por aria-labelledby (desativado), interruptor-botão invertido com aria-label (bloquear, desligado = compartilha); opção vaga oculta pelo atributo hidden; resumo e tradução de atas como iscas.",
     chrome("Buscar reuniões", "Idioma", "Abrir menu da conta", ["Meu perfil", "Empresa", "Faturamento", "Sair"], "Configurações",
            ["LGPD", "Termos", "Central de ajuda"], "Ata Fácil Tecnologia Ltda. — CNPJ 00.000.000/0001-00"),
     ["Conta", "Gravação", "Atas", "Dados e IA", "Integrações", "Equipe"], active=3,
     body=[
     section("Gravação", items=[
         sw("Entrar automaticamente nas reuniões da agenda", True),
         sel("Idioma das reuniões", ["Português (Brasil)", "Espanhol", "Inglês"], 0),
         cb("Avisar os participantes de que a reunião está sendo gravada", True),
         cb("Ignorar reuniões sem pauta", False),
         sel("Guardar gravações por", ["15 dias", "60 dias", "1 ano"], 1),
     ]),
     section("Atas", intro="O resumo e a tradução são feitos sobre a própria reunião e ficam só no seu espaço.", items=[
         sw("Gerar ata com IA ao final", True),
         cb("Traduzir a ata para o inglês", False),
         sw("Enviar a ata por e-mail aos participantes", True),
         sel("Modelo de ata", ["Padrão", "Comercial", "Diretoria"], 2),
         btn("Conectar ao Google Drive"),
     ]),
     section("Seus dados e a IA", items=[
         table("Uso das reuniões da empresa no treinamento dos modelos", ["Permitido"],
               ["Reuniões com clientes", "Reuniões internas"], [[False], [True]], ai_cols={0: "h"}),
         state("Desativado", "Ativar", title="Treinamento de IA com as suas atas", ai="p", share=False),
         bsw("Bloquear o uso de gravações de convidados em modelos de IA", False, ai="i", how="label"),
         hide("hidden", [
             sw("Programa de melhoria contínua", True, ai="v", help="Trechos de áudio são usados para treinar nossos modelos."),
         ]),
     ]),
     section("Segurança", items=[
         sw("Login com SSO", False),
         btn("Exportar todas as atas"),
         btn("Convidar colega"),
     ]),
     ]),

Page("pt", "legendai-preferencias", "https://legendai.test/painel/preferencias", "Legendaí", "Preferências",
     "Ferramenta inventada de legendas para criadores (você): seleção clara (Sim), caixa envolvente cujo propósito só o título da seção diz (desmarcada), linha de estado vaga com sufixo oculto (programa de parceiros, ativo); radiogroup invertido escondido com display:none; tradução automática de legendas como isca.",
     chrome("Buscar", "Idioma", "Menu da conta", ["Meus canais", "Plano", "Sair"], "Painel",
            ["Ajuda", "Privacidade", "Termos"], "Legendaí — legenda boa, rapidinho."),
     ["Projetos", "Estilo", "Preferências", "Canais", "Plano"], active=2,
     body=[
     section("Estilo das legendas", items=[
         sel("Fonte", ["Montserrat", "Inter", "Atkinson Hyperlegible"], 0),
         seg("Posição", ["Em cima", "Embaixo"], 1),
         sel("Caracteres por linha", ["32", "40", "42"], 1),
         cb("Destacar a palavra falada (estilo karaokê)", True),
         sw("Remover vícios de linguagem (tipo, né)", True),
         sw("Emojis automáticos nas legendas", False),
         cb("Cortar silêncios longos", True),
         sw("Traduzir legendas para espanhol e inglês", False, help="A tradução é feita só para o seu vídeo; nada dele é usado em treino."),
     ]),
     section("Canais", items=[
         btn("Conectar canal do YouTube"),
         btn("Conectar TikTok"),
         cb("Publicar legendas automaticamente", False),
     ]),
     section("Seu conteúdo", items=[
         sel("Usar meus vídeos para treinar a IA de legendas", [("Sim", True), ("Não", False)], 0, ai="p"),
         state("Você está no Programa de Criadores Parceiros.", "Sair", suffix="do Programa de Criadores Parceiros", ai="v", share=True,
               help="Parceiros cedem áudio e legendas revisadas para o treinamento da nossa IA."),
         hide("style", [
             rg("Não treinar a IA com vídeos da minha equipe", [("Ativado", False), ("Desativado", True)], 1, ai="i"),
         ]),
     ]),
     section("Treinamento da nossa IA", intro="Quanto mais exemplos revisados, melhores ficam as legendas automáticas.", items=[
         cb("Incluir as legendas que eu corrigir", False, ai="h", wrap=True),
     ]),
     section("Conta", items=[
         cb("Receber dicas por e-mail", True),
         btn("Trocar senha"),
         btn("Cancelar assinatura"),
     ]),
     ]),

Page("pt", "escuta-ajustes", "https://escuta.test/app/ajustes", "Escuta", "Ajustes",
     "App inventado de transcrição em tempo real para pessoas surdas (você): botões segmentados vagos (ajuda: treinar, Não participar), interruptor-botão claro nomeado pelo texto (desligado); seleção só com título escondida por classe CSS; alertas de som e legenda flutuante como iscas.",
     chrome("Buscar ajustes", "Idioma", "Conta", ["Perfil", "Aparelhos", "Sair"], "Ajustes",
            ["Acessibilidade", "Privacidade", "Suporte"], "Escuta — toda conversa, por escrito."),
     ["Transcrição", "Alertas", "Aparelhos auditivos", "Privacidade"], active=0,
     body=[
     section("Transcrição", items=[
         sel("Tamanho do texto", ["Médio", "Grande", "Enorme"], 1),
         sel("Idioma falado", ["Português", "Português + Espanhol", "Inglês"], 0),
         cb("Uma cor para cada pessoa", True),
         cb("Mostrar a hora de cada fala", False),
         sw("Modo noturno", True),
         sel("Microfone", ["Celular", "Fone Bluetooth", "Microfone externo"], 0),
         sw("Legenda flutuante sobre outros apps", True),
         cb("Salvar conversas no celular", True),
         sw("Pontuação inteligente", True, help="Feita durante a conversa, sem guardar o áudio."),
     ]),
     section("Alertas", items=[
         sw("Avisar quando chamarem meu nome", True),
         cb("Vibrar com campainha e alarme", True),
         sw("Flash da câmera nos alertas", False),
     ]),
     section("Aparelhos auditivos", items=[
         btn("Parear aparelho auditivo"),
         cb("Transmitir áudio para os aparelhos", False),
     ]),
     section("Privacidade", items=[
         seg("Programa Voz Diversa", [("Participar", True), ("Não participar", False)], 1, ai="v",
             help="Quem participa cede trechos de áudio das conversas para treinarmos o reconhecimento de fala com sotaques e falas atípicas."),
         bsw("Permitir que a Escuta treine modelos com minhas transcrições", False, ai="p", how="text"),
         hide("class", [
             sel("Frases salvas", [("Não incluir", False), ("Incluir", True)], 1, ai="h"),
         ], heading="Treino do modelo"),
         btn("Apagar todas as conversas"),
     ]),
     ]),

Page("pt", "ipe-privacidade", "https://portal.ipetraducoes.test/cliente/privacidade", "Ipê Traduções", "Privacidade",
     "Agência de tradução inventada, portal do cliente (você): radiogroup invertido (Excluir), interruptor vago (ajuda: treinamento dos motores, ativado), caixa cujo propósito só o título da seção diz (desmarcada); opção de fornecedores escondida com aria-hidden; tradução juramentada e pós-edição como iscas.",
     chrome("Buscar projetos", "Idioma", "Souza & Prado Advogados", ["Dados da empresa", "Usuários", "Notas fiscais", "Sair"], "Portal do cliente",
            ["Política de privacidade", "Termos", "Tradução juramentada"], "Ipê Traduções — Curitiba, PR"),
     ["Projetos", "Orçamentos", "Glossários", "Privacidade", "Notas fiscais"], active=3,
     body=[
     section("Padrões de projeto", items=[
         sel("Formato de entrega", ["Igual ao original", "PDF", "DOCX"], 0),
         cb("Tradução juramentada por padrão", False),
         field("Centro de custo", "JUR-07"),
         sw("Aceitar tradução automática com pós-edição em projetos sem urgência", True, help="Reduz prazo e custo; seus arquivos não treinam nenhum sistema por causa disso."),
         cb("Revisão por um segundo tradutor", True),
     ]),
     section("Uso dos seus arquivos", items=[
         rg("Exclusão dos seus arquivos do treinamento de tradução automática", [("Excluir", False), ("Não excluir", True)], 0, ai="i"),
         sw("Contribuir com o banco de terminologia", True, ai="v",
            help="Seus glossários aprovados passam a alimentar o treinamento dos nossos motores de tradução automática."),
         hide("aria", [
             cb("Permitir que fornecedores de TA treinem modelos com seus textos", False, ai="p"),
         ]),
     ]),
     section("Aprendizado de máquina", intro="Tipos de documento que podem ser usados para ajustar nossos motores.", items=[
         cb("Documentos técnicos", False, ai="h"),
     ]),
     section("Avisos", items=[
         table("", ["E-mail", "WhatsApp"], ["Orçamento pronto", "Entrega", "Nota fiscal"], [[True, True], [True, False], [True, False]]),
         cb("Enviar cópia das notas fiscais ao financeiro", True),
         btn("Solicitar orçamento"),
         btn("Baixar termo de confidencialidade"),
     ]),
     ]),
]

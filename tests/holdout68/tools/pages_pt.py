from lib import Page


def goodnotes():
    p = Page("pt", "goodnotes-privacidade", "https://web.goodnotes.com/settings/privacy",
             "Privacidade – Goodnotes", "Goodnotes", known=True, prefix="gn",
             notes="Serviço conhecido (reconstrução, ajustes inventados). App de notas à mão (você); botão switch "
                   "com aria-labelledby que diz treinar; radiogroup com aria-label do programa de melhoria explicado "
                   "pela ajuda; recursos de IA como iscas; documentos compartilhados com visibility:hidden.")
    p.nav(["Conta", "Assinatura", "Documentos", "Caneta e escrita", "Privacidade", "Ajuda"], cur=4)
    p.h1("Privacidade")
    p.section("Caneta e escrita")
    p.select("Caneta padrão", [("Caneta-tinteiro", None), ("Esferográfica", None), ("Pincel", None)], 0)
    p.pressed("Rejeição da palma", [("Desligada", None), ("Baixa", None), ("Alta", None)], 2)
    p.switch("Desenhar e segurar para criar formas", on=True)
    p.switch("Converter escrita em texto", on=False)
    p.cb("Tornar a escrita à mão pesquisável", on=True)
    p.radiogroup("Tema do aplicativo", [("Claro", None), ("Escuro", None), ("Automático", None)], 2, by="aria-label")
    p.section("Goodnotes AI")
    p.switch("Correção ortográfica da escrita à mão", on=True, help="Sublinha palavras escritas à mão que parecem erradas.")
    p.bswitch("Resumos com IA", on=True, by="text")
    p.section("Como usamos seus dados")
    p.bswitch("Permitir que a Goodnotes use minhas anotações para treinar modelos de IA", on=False, by="labelledby",
              ai="+", shape="p")
    p.radiogroup("Programa de melhoria da escrita à mão", [("Participar", True), ("Não participar", False)], 0,
                 ai=True, shape="v", by="aria-label",
                 help="Amostras anonimizadas dos seus traços ajudam a treinar o reconhecimento de escrita.")
    with p.hide("visibility"):
        p.cb("Incluir documentos compartilhados no treinamento de modelos", on=True, ai="+", shape="p")
    p.section("Sincronização")
    p.switch("Sincronizar com o iCloud", on=True)
    p.select("Backup automático", [("Desligado", None), ("Google Drive", None), ("Dropbox", None)], 1)
    p.button("Fazer backup agora")
    p.cb("Avisar quando o armazenamento estiver quase cheio", on=True)
    p.section("Conta")
    p.cb("Receber novidades por e-mail", on=False)
    p.button("Exportar meus dados")
    p.button("Excluir conta")
    return p


def sabia():
    p = Page("pt", "sabia-privacidade", "https://conta.sabia.test/configuracoes/privacidade",
             "Privacidade · Teclado Sabiá", "Teclado Sabiá", prefix="sa",
             notes="Teclado inventado (você). Subtítulo 'Treinamento de modelos' com duas caixas nomeadas só pelo tipo "
                   "de dado; linha de estado 'Desativar' com sufixo oculto (bloqueio = invertido); programa de "
                   "pesquisa num dialog fechado.")
    p.nav(["Teclado", "Correção", "Ditado por voz", "Temas", "Privacidade", "Dispositivos"], cur=4)
    p.h1("Privacidade")
    p.section("Teclado")
    p.switch("Letra maiúscula automática", on=True)
    p.switch("Digitação por gesto", on=True)
    p.select("Layout", [("QWERTY (Brasil)", None), ("ABNT2", None), ("QWERTY internacional", None)], 0)
    p.pressed("Vibração ao tocar", [("Desligada", None), ("Leve", None), ("Forte", None)], 1)
    p.cb("Mostrar linha de números", on=True)
    p.cb("Som ao digitar", on=False)
    p.section("Correção")
    p.switch("Correção automática", on=True)
    p.switch("Sugestões de emoji", on=True)
    p.section("Dados e IA")
    p.sub("Treinamento de modelos",
          intro="Escolha o que o Sabiá pode usar para treinar os modelos de previsão de texto e de voz.")
    p.cb("Textos digitados", on=True, ai="+", shape="h")
    p.cb("Áudios do ditado por voz", on=False, ai="+", shape="h")
    p.staterow("Bloqueio em apps de banco",
               "Ativado: nada do que você digita em apps de banco é usado para treinar modelos.",
               "Desativar", sharing=False, ai=True, shape="i", suffix="bloqueio de treinamento em apps de banco")
    with p.hide("dialog", title="Programa de pesquisa Sabiá", opener="Ver programa de pesquisa"):
        p.switch("Participar da pesquisa e liberar minhas mensagens para treinar novos modelos", on=False,
                 ai="+", shape="p")
        p.button("Fechar")
    p.section("Temas")
    p.select("Tema", [("Automático", None), ("Claro", None), ("Escuro", None)], 0)
    p.switch("Bordas nas teclas", on=False)
    p.section("Dispositivos")
    p.cb("Avisar sobre novos acessos", on=True)
    p.button("Sair de todos os dispositivos")
    return p


def copiai():
    p = Page("pt", "copiai-ajustes", "https://app.copiai.test/ajustes",
             "Ajustes – Copiaí", "Copiaí", prefix="ci",
             notes="Gerenciador de área de transferência inventado (você). Select claro sobre treinamento; grupo "
                   "aria-pressed invertido 'Proteger imagens copiadas…'; caixa vaga do Labs explicada pela ajuda; "
                   "ajuste da empresa na aba inativa.")
    p.nav(["Geral", "Histórico", "Fixados", "Sincronização", "Privacidade", "Equipe"], cur=4)
    p.h1("Ajustes")
    p.section("Histórico")
    p.select("Guardar histórico por", [("1 dia", None), ("7 dias", None), ("30 dias", None), ("Sempre", None)], 1)
    p.switch("Ignorar senhas copiadas", on=True)
    p.field("Apps ignorados", value="Nubank, 1Password")
    p.button("Limpar histórico")
    p.button("Exportar histórico")
    p.section("Ações inteligentes")
    p.switch("Detectar códigos de rastreio e datas", on=True, help="A detecção roda no seu computador.")
    p.bswitch("Sugerir respostas com IA", on=False, by="text")
    p.section("Privacidade")
    ts = p.tabs(["Pessoal", "Empresa"], active=0)
    with p.panel(ts, 0):
        p.select("Uso dos meus itens copiados no treinamento de IA", [("Permitir", True), ("Não permitir", False)], 0,
                 ai=True, shape="p")
        p.pressed("Proteger imagens copiadas do treinamento de modelos", [("Sim", False), ("Não", True)], 0,
                  ai=True, shape="i")
        p.cb("Contribuir com o Copiaí Labs", on=False, ai="+", shape="v",
             help="O Labs usa trechos anonimizados do seu histórico para treinar modelos experimentais de classificação.")
    with p.panel(ts, 1):
        p.switch("Permitir treinamento de modelos com o histórico da empresa", on=True, ai="+", shape="p")
    p.section("Sincronização")
    p.switch("Sincronizar entre dispositivos", on=True)
    p.section("Equipe")
    p.staterow("Verificação em duas etapas", "Desativada.", "Ativar", suffix="a verificação em duas etapas")
    p.cb("Membros podem ver os itens fixados da equipe", on=True)
    p.button("Convidar pessoas")
    p.section("Notificações")
    p.cb("Avisar quando a sincronização falhar", on=True)
    p.cb("Resumo mensal por e-mail", on=False)
    return p


def falafacil():
    p = Page("pt", "fala-facil-preferencias", "https://falafacil.test/conta/preferencias",
             "Preferências | Fala Fácil", "Fala Fácil", prefix="ff", hide_class="escondido",
             notes="Digitação por voz inventada (você). Interruptor claro sobre gravações; botão switch com aria-label "
                   "vago 'Ajudar a melhorar a Fala Fácil' explicado pela ajuda; fieldset invertido 'Excluir meu "
                   "vocabulário…'; áudios da empresa escondidos por classe CSS.")
    p.nav(["Ditado", "Comandos", "Vocabulário", "Gravações", "Privacidade", "Plano"], cur=4)
    p.h1("Preferências")
    p.section("Ditado")
    p.select("Idioma", [("Português (Brasil)", None), ("Português (Portugal)", None), ("Espanhol", None)], 0)
    p.switch("Pontuação automática", on=True)
    p.switch("Remover vícios de linguagem (tipo, né)", on=True)
    p.pressed("Iniciar ditado com", [("Atalho", None), ("Palavra de ativação", None)], 0)
    p.cb("Tocar um som ao começar", on=False)
    p.radios("Quando eu parar de falar", [("Encerrar após 3 segundos", None), ("Continuar ouvindo", None)], 0)
    p.section("Comandos")
    p.switch("Comandos de voz", on=True)
    p.cb("Confirmar antes de enviar mensagens", on=True)
    p.section("Gravações")
    p.select("Manter gravações", [("24 horas", None), ("30 dias", None), ("Não manter", None)], 1)
    p.button("Baixar minhas transcrições")
    p.button("Apagar todas as gravações")
    p.section("Privacidade")
    p.switch("Usar minhas gravações para treinar o reconhecimento de voz", on=True, ai="+", shape="p")
    p.bswitch("Ajudar a melhorar a Fala Fácil", on=False, by="aria-label", ai="+", shape="v",
              help="Com isso, as transcrições que você corrige viram exemplos de treino para os nossos modelos.")
    p.radios("Excluir meu vocabulário personalizado do treinamento",
             [("Excluir", False), ("Manter incluído", True)], 0, ai=True, shape="i")
    with p.hide("class"):
        p.cb("Liberar os áudios da minha empresa para treinamento", on=True, ai="+", shape="p")
    p.section("Plano")
    p.select("Forma de pagamento", [("Cartão de crédito", None), ("Pix", None), ("Boleto", None)], 1)
    p.cb("Receber recibos por e-mail", on=True)
    p.button("Mudar de plano")
    return p


def revisaja():
    p = Page("pt", "revisa-ja-opcoes", "https://revisaja.test/extensao/opcoes",
             "Opções da extensão – Revisa Já", "Revisa Já", prefix="rj",
             notes="Extensão de navegador inventada, página de opções (você). Subtítulo de treinamento com um botão "
                   "switch nomeado só 'Textos revisados'; linha de estado 'Ligar' + título por aria-labelledby, o "
                   "treinamento só no status; reescrita com IA e estatísticas como iscas; contas corporativas sob aria-hidden.")
    p.nav(["Geral", "Sites", "Dicionário", "Estilo", "Privacidade", "Conta"], cur=4)
    p.h1("Opções da extensão")
    p.section("Geral")
    p.switch("Sublinhar erros ao digitar", on=True)
    p.switch("Mostrar botão flutuante", on=True)
    p.select("Variante", [("Português do Brasil", None), ("Português europeu", None)], 0)
    p.pressed("Rigor", [("Leve", None), ("Padrão", None), ("Rigoroso", None)], 1)
    p.cb("Verificar uso da crase", on=True)
    p.section("Sites")
    p.field("Desativar em", value="meubanco.com.br, intranet.empresa.com.br")
    p.cb("Verificar no Gmail", on=True)
    p.cb("Verificar no WhatsApp Web", on=False)
    p.section("Estilo")
    p.switch("Sugestões de reescrita com IA", on=True)
    p.select("Tom padrão", [("Neutro", None), ("Formal", None), ("Descontraído", None)], 0)
    p.section("Privacidade")
    p.sub("Treinamento dos nossos modelos",
          intro="Escolha se os textos que você revisa podem ser usados para treinar o corretor do Revisa Já.")
    p.bswitch("Textos revisados", on=True, by="labelledby", ai="+", shape="h")
    p.staterow("Compartilhamento com parceiros de IA",
               "Desligado. Seus textos não são enviados a parceiros para treinar modelos.",
               "Ligar", sharing=False, ai=True, shape="v")
    with p.hide("aria"):
        p.switch("Treinar modelos com textos de contas corporativas", on=True, ai="+", shape="p")
    p.cb("Estatísticas de desempenho", on=True,
         help="Tempo de resposta e erros da extensão. Nada disso é usado para treinar modelos.")
    p.section("Conta")
    p.cb("Dicas semanais por e-mail", on=False)
    p.button("Gerenciar assinatura")
    p.button("Sair")
    return p


def pages():
    return [goodnotes(), sabia(), copiai(), falafacil(), revisaja()]

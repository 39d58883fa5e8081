from lib import Page


def noventa_e_nove():
    P = Page("pt", "99-privacidade", "https://99app.com/conta/privacidade",
             "Privacidade", "99", real=True, user="Beatriz Souza", html_lang="pt-BR",
             nav=["Perfil", "Pagamento", "Segurança", "Privacidade", "Notificações"], current=3,
             notes="Transporte por app, pt-BR (reconstrução). Checkbox positivo desmarcado para treinar IA com as corridas (false); "
                   "switch div invertido 'Bloquear o uso das minhas conversas com o suporte para treinar IA' desligado (true). "
                   "Iscas: gravação de áudio de segurança (não treina IA), contatos de confiança, 99Pay, relatórios de erro. Isca oculta por classe CSS.")
    with P.sec("Corridas"):
        P.cb("Salvar endereços frequentes", True)
        P.sw("Compartilhar corrida automaticamente com contatos de confiança", True, kind="div")
        P.sel("Compartilhar localização", ["Durante o uso do app", "Sempre"], 0)
        P.sel("Recibos das corridas", ["Por e-mail", "Só no app"], 0)
    with P.sec("Segurança"):
        P.sw("Gravação de áudio durante a corrida", True,
             help="O áudio fica criptografado e só é ouvido pela Central de Segurança se você fizer uma denúncia. Não é usado para treinar IA.")
        P.cb("Confirmar a identidade do motorista pela foto", True)
        P.btn("Contatos de confiança")
    with P.sec("Inteligência artificial",
               intro="A 99 usa modelos de inteligência artificial para calcular preços, estimar tempos de chegada e atender você no suporte."):
        P.cb("Permitir que a 99 use minhas corridas para treinar modelos de inteligência artificial", False, ai="+")
        P.sw("Bloquear o uso das minhas conversas com o suporte para treinar IA", False, ai="-", shape="i", kind="div")
    with P.sec("Marketing"):
        P.cb("Ofertas pelo WhatsApp", False)
        P.cb("Anúncios personalizados", True)
        P.cb("Compartilhar dados com parceiros do 99Pay", False)
        P.sw("Notificações de cupons", True, kind="aria", title="Cupons")
    with P.sec("Seus dados"):
        P.cb("Enviar relatórios de erro", True, help="Somente dados técnicos do aplicativo, que não treinam modelos.")
        P.btn("Baixar meus dados")
        P.btn("Excluir conta")
    with P.sec("Acessibilidade e família"):
        P.cb("Avisar o motorista que tenho deficiência auditiva", False)
        P.sel("Tamanho do texto", ["Padrão", "Grande"], 0)
        P.sw("Corridas de dependentes precisam da minha aprovação", True, kind="div")
        P.sw("Legendas automáticas nos vídeos de segurança", True, kind="aria", title="Legendas")
    with P.hide("class"):
        P.cb("Usar minhas avaliações no treinamento de IA", True, ai="+")
    return P


def bicla():
    P = Page("pt", "bicla-privacidade", "https://www.bicla.test/conta/definicoes/privacidade",
             "Privacidade", "Bicla", user="Rita Carvalho", html_lang="pt-PT",
             nav=["As minhas viagens", "Passes", "Pagamentos", "Privacidade", "Ajuda"], current=3,
             notes="Bicicletas partilhadas, pt-PT (inventado). Switch vago 'Contribuir para o Bicla Previsão' com o treino só na ajuda (true); "
                   "grupo de rádio 'Fotografias de estacionamento' que só se percebe pelo título 'Treino de modelos de IA' (Não incluir, false). "
                   "Iscas: sugestões calculadas no telemóvel, tabela de notificações, Strava. Isca oculta com visibility:hidden.")
    with P.sec("Viagens"):
        P.cb("Guardar o histórico de viagens", True)
        P.sel("Bicicleta preferida", ["Clássica", "Elétrica"], 1)
        P.sw("Sugestões de estações", True, kind="div", help="Calculadas no seu telemóvel com base nas suas estações favoritas.")
        P.cb("Mostrar o CO₂ poupado", True)
        P.text("Código postal", "1170-012")
    with P.sec("Bicla Previsão"):
        P.sw("Contribuir para o Bicla Previsão", True, ai="+", shape="v",
             help="As suas viagens, sem identificação, treinam os modelos que preveem onde vão faltar bicicletas.")
    with P.sec("Treino de modelos de IA", intro="Escolha o que pode ser usado para treinar os nossos modelos de inteligência artificial."):
        P.rad("Fotografias de estacionamento", ["Incluir", "Não incluir"], 1, shares=[True, False], shape="h")
    with P.sec("Notificações"):
        P.table(["Tipo", "Notificação", "E-mail"], [
            ("Fim da viagem", [P.c_cb(True), P.c_cb(False)]),
            ("Novidades", [P.c_cb(False), P.c_cb(True)]),
        ], naming="row+col")
    with P.sec("Conta"):
        P.cb("Partilhar as minhas viagens com o Strava", False)
        P.cb("Publicidade personalizada", False)
        P.cb("Estatísticas de utilização", True, help="Dados técnicos anónimos; não são usados para treino de modelos.")
        P.btn("Descarregar os meus dados")
        P.btn("Eliminar conta")
    with P.hide("vis"):
        P.cb("Incluir as minhas viagens no treino de IA", False, ai="+")
    return P


def carregaja():
    P = Page("pt", "carregaja-dados", "https://minhaconta.carregaja.test/configuracoes/dados",
             "Dados e privacidade", "CarregaJá", user="Lucas Ferreira", html_lang="pt-BR",
             nav=["Recargas", "Veículos", "Cartões RFID", "Faturas", "Dados e privacidade"], current=4,
             notes="Recarga de veículos elétricos, pt-BR (inventado). Select com aria-labelledby para gravações do assistente de voz (Permitir, true); "
                   "imperativo invertido 'Não usar meus dados de recarga no treinamento de IA' marcado (false). "
                   "Iscas: histórico de comandos só na conta, recomendações de horário, diagnóstico. Isca oculta num <dialog> fechado.")
    with P.sec("Recarga"):
        P.cb("Iniciar recarga automaticamente ao conectar", True)
        P.sel("Limite de carga padrão", ["80%", "90%", "100%"], 0)
        P.sw("Avisar quando a recarga terminar", True, kind="aria", title="Fim da recarga")
        P.sel("Forma de pagamento padrão", ["Cartão de crédito", "Pix", "Saldo CarregaJá"], 1)
        P.state("Cartão RFID principal", "•••• 4471", ("Alterar", " cartão RFID principal", ""))
    with P.sec("Assistente de voz"):
        P.sw("Ativar o assistente de voz no app", True)
        P.sel("Uso das gravações do assistente de voz para treinamento", ["Permitir", "Não permitir"], 0,
              shares=[True, False], kind="lb")
        P.cb("Guardar o histórico de comandos de voz", True, help="Fica só na sua conta; você pode apagar quando quiser.")
    with P.sec("Dados de recarga"):
        P.cb("Não usar meus dados de recarga no treinamento de IA", True, ai="-", shape="i")
        P.cb("Compartilhar consumo com minha empresa para reembolso", False)
        P.sw("Recomendações de horários mais baratos", True, kind="div",
             help="Calculadas a partir das suas recargas, somente para você.")
    with P.sec("Comunicação"):
        P.cb("Novidades e promoções por e-mail", False)
        P.cb("Anúncios personalizados", False)
        P.sw("Avisar quando houver eletroposto livre perto de mim", True, kind="div")
    with P.sec("Privacidade"):
        P.cb("Enviar dados de diagnóstico", True, help="Ajuda a corrigir falhas; esses dados não treinam modelos.")
        P.btn("Exportar meus dados")
        P.btn("Excluir minha conta")
    with P.hide("dialog", title="Novidade: IA da CarregaJá"):
        P.cb("Permitir treinamento com minhas avaliações de eletropostos", False, ai="+")
        P.btns("Agora não", "Continuar")
    return P


def segurovia():
    P = Page("pt", "segurovia-telemetria-privacidade", "https://app.segurovia.test/apolice/telemetria/privacidade",
             "Telemetria e privacidade", "SeguroVia", user="Marina Costa", html_lang="pt-BR",
             nav=["Minha apólice", "Pontuação", "Viagens", "Sinistros", "Telemetria e privacidade"], current=4,
             notes="Seguro com telemetria, pt-BR (inventado). Tabela por condutor da família, sentido só pelo título 'Treinamento do modelo de risco' "
                   "(nome = linha); linha de estado 'Consentimento ativo' com ação 'Revogar consentimento…' (true). "
                   "Iscas: envio de vídeo em colisão para sinistro, detecção de celular, resumo semanal. Isca oculta com atributo hidden.")
    with P.sec("Treinamento do modelo de risco",
               intro="Os dados de direção dos condutores marcados abaixo ajudam a treinar o modelo que calcula a pontuação de todos os segurados."):
        P.table(["Condutor", "Vínculo", "Incluir"], [
            ("Marina Costa", ["Titular", P.c_cb(True, "+", "h")]),
            ("Pedro Costa", ["Condutor adicional", P.c_cb(False, "+", "h")]),
        ])
    with P.sec("Câmera veicular"):
        P.state("Imagens da câmera veicular", "Consentimento ativo desde 10/01/2025",
                ("Revogar", " consentimento para treinar IA com imagens da câmera veicular", ""), ai=True, shape="i")
        P.cb("Enviar vídeo automaticamente em caso de colisão", True, help="O vídeo vai direto para a análise do sinistro.")
        P.sel("Qualidade da gravação", ["720p", "1080p"], 1)
    with P.sec("Viagens"):
        P.rad("Detecção de viagens", ["Automática", "Manual"], 0)
        P.cb("Detectar uso do celular ao volante", True)
        P.cb("Ignorar viagens em que sou passageiro", True)
        P.sw("Resumo semanal da direção", True, help="Gerado a partir das suas viagens e visível só para você.")
    with P.sec("Notificações"):
        P.cb("Alertas de frenagem brusca", True)
        P.cb("Lembrete de renovação", True)
        P.sel("Canal preferido", ["App", "E-mail", "SMS"], 0)
        P.text("E-mail para relatórios", "marina.costa@example.com.br", type="email")
    with P.sec("Seus dados"):
        P.btn("Baixar histórico de viagens")
        P.btn("Solicitar exclusão de dados")
    with P.hide("hidden"):
        P.sw("Compartilhar minhas viagens com parceiros de IA", True, ai="+", kind="div")
    with P.hide("aria"):
        P.cb("Opor-me ao uso das gravações de sinistros no treinamento", False, ai="-")
    return P


def frotacerta():
    P = Page("pt", "frotacerta-privacidade", "https://gestao.frotacerta.test/organizacao/privacidade",
             "Privacidade da organização", "FrotaCerta", user="João Mendes", html_lang="pt-PT",
             nav=["Painel", "Veículos", "Motoristas", "Alertas", "Privacidade", "Faturação"], current=4,
             notes="Gestão de frotas, pt-PT (inventado). Radiogroup com rádios nativos 'Gravações da câmara de cabine' sob o título "
                   "'Utilização para treino de IA' (Partilhar, true); particípio invertido 'Chamadas com motoristas excluídas do treino de modelos' marcado (false); "
                   "switch div num role=dialog aberto (desligado, false). Iscas: relatórios IA por motorista, alertas, modo privado. Isca oculta num separador inativo.")
    ts = P.tabs(["Definições da organização", "Arquivo"], 0, label="Vistas")
    with P.panel(ts, 0):
        with P.sec("Utilização para treino de IA",
                   intro="Indique que dados da frota a FrotaCerta pode usar para treinar os seus modelos de deteção de riscos."):
            P.rad("Gravações da câmara de cabine", ["Partilhar", "Não partilhar"], 0, shares=[True, False], shape="h", kind="rg")
            P.cb("Chamadas com motoristas excluídas do treino de modelos", True, ai="-", shape="i",
                 help="As chamadas entre a central e os motoristas continuam gravadas para controlo de qualidade.")
        with P.dialog("Histórico de localização", intro="Alterar o tratamento do histórico de localização dos 36 veículos."):
            P.sw("Permitir treino de IA com o histórico de localização da frota", False, ai="+", kind="div")
            P.sel("Guardar histórico durante", ["30 dias", "6 meses", "2 anos"], 1)
        with P.sec("Alertas"):
            P.cb("Alerta de excesso de velocidade", True)
            P.cb("Alerta de condução fora de horas", True)
            P.sel("Enviar alertas para", ["Gestor de frota", "Gestor e motorista"], 0)
        with P.sec("Motoristas"):
            P.cb("Modo privado fora do horário de trabalho", True)
            P.sw("Relatórios de condução gerados por IA", True,
                 help="Cada relatório usa apenas os dados do próprio motorista e não alimenta o treino de modelos.")
            P.btn("Convidar motorista")
        with P.sec("Vídeo"):
            P.sel("Qualidade de vídeo das câmaras", ["720p", "1080p"], 0)
            P.cb("Desfocar rostos de terceiros nos vídeos", True)
            P.seg("Reprodução automática de eventos", ["Ligada", "Desligada"], 1)
            P.cb("Pesquisa inteligente nos vídeos de eventos", True,
                 help="Procure “travagem brusca em rotunda”; a pesquisa corre apenas sobre os vídeos da sua organização.")
            P.btn("Exportar relatório mensal")
        with P.sec("Integrações"):
            P.cb("Enviar quilometragem para a contabilidade", True)
            P.cb("Registos de diagnóstico dos equipamentos", True, help="Usados pelo suporte técnico para resolver avarias.")
            P.btn("Chaves de API")
    with P.panel(ts, 1):
        P.cb("Partilhar registos de condução para treino de modelos", True, ai="+")
    return P


def pages():
    return [noventa_e_nove(), bicla(), carregaja(), segurovia(), frotacerta()]

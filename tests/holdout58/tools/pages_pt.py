from lib import Page


def zul():
    p = Page("pt", "zul-privacidade", "Zul+", "https://www.zuldigital.com.br/minha-conta/privacidade",
             "Privacidade | Zul+", "Zul+",
             ["Estacionar", "Meus veículos", "IPVA e licenciamento", "Multas", "Pagamentos", "Minha conta"],
             active="Minha conta", known=True, account="Olá, Rafael",
             notes="Serviço conhecido (reconstrução). Abas: aba ativa 'Privacidade' com switch aria-labelledby explícito (desligado = false), "
                   "caixa negada 'Não compartilhar... para treinamento' desmarcada (= true) e grupo segmentado compreensível só pelo título da "
                   "seção sobre o assistente (Incluir = true). Iscas: sugestões de vagas, aviso de fim de estacionamento, consulta de multas, "
                   "débito automático. Oculto: caixa na aba inativa 'Parceiros'.",
             h1="Minha conta")
    p.tabs(["Dados pessoais", "Privacidade", "Parceiros"], active=1)
    p.tabpanel(0)
    p.textfield("Nome completo", "Rafael Moreira Lima")
    p.end()
    p.tabpanel(1)
    p.section("Inteligência artificial no Zul+")
    p.switch("Permitir que o Zul+ use meus dados de estacionamento para treinar modelos de IA", False, lab=("p", False),
             help="Horários, regiões e duração dos seus estacionamentos.")
    p.checkbox("Não compartilhar meus dados com parceiros para treinamento de inteligência artificial", False, variant="row",
               lab=("i", True))
    p.end()
    p.section("Treinamento do assistente virtual",
              intro="Nosso assistente de atendimento aprende com as conversas do chat para responder melhor. Escolha se as suas entram nesse aprendizado.")
    p.segmented("Minhas conversas no chat", ["Incluir", "Não incluir"], 0, lab=("h", True))
    p.end()
    p.section("Estacionamento")
    p.switch("Sugestões de vagas próximas", True, help="Mostra ruas com Zona Azul perto do seu destino.")
    p.checkbox("Avisar 10 minutos antes do fim do estacionamento", True, variant="wrap")
    p.checkbox("Renovar automaticamente até o limite da via", False, variant="wrap")
    p.checkbox("Consultar multas dos meus veículos toda semana", True, variant="wrap")
    p.end()
    p.section("Pagamentos")
    p.select("Forma de pagamento padrão", ["Pix", "Cartão de crédito •• 5520", "Saldo Zul+"], 0)
    p.checkbox("Débito automático do licenciamento", False, variant="wrap")
    p.buttons("Baixar comprovantes", "Adicionar cartão")
    p.end()
    p.section("Seus dados", intro="Conforme a LGPD, você pode pedir uma cópia ou a exclusão dos seus dados.")
    p.buttons("Solicitar cópia dos dados", "Excluir minha conta")
    p.end()
    p.end()
    p.tabpanel(2)
    p.checkbox("Compartilhar meu histórico com a prefeitura para treinar modelos de trânsito", True, lab=("p", True),
               cid="city-traffic-train")
    p.end()
    return p


def boavia():
    p = Page("pt", "oficina-boa-via-preferencias", "Oficina Boa Via (rede de oficinas)",
             "https://app.oficinaboavia.test/conta/preferencias",
             "Preferências – Oficina Boa Via", "Boa Via",
             ["Agendamentos", "Meus carros", "Orçamentos", "Histórico", "Preferências"],
             active="Preferências", account="Minha conta",
             notes="Rede de oficinas inventada. Linha de estado com recusa registrada e botão 'Desfazer' nomeado por aria-labelledby pelo título "
                   "(= false); caixa vaga com ajuda ligada sobre treinamento do laudo inteligente (marcada = true); fieldset explícito (Autorizo = "
                   "true). Iscas: treinamento de direção defensiva (curso), revisão, leva e traz, orçamento por WhatsApp. Oculto: caixa em bloco "
                   "com atributo hidden.",
             h1="Preferências")
    p.section("Agendamentos")
    p.select("Unidade preferida", ["Boa Via Pinheiros", "Boa Via Mooca", "Boa Via Santo André"], 0)
    p.checkbox("Lembrete de revisão a cada 10.000 km", True, variant="wrap")
    p.checkbox("Quero o serviço de leva e traz quando disponível", False, variant="wrap")
    p.checkbox("Receber orçamentos pelo WhatsApp", True, variant="wrap")
    p.textfield("Celular", "(11) 98765-4321", typ="tel")
    p.end()
    p.section("Cursos")
    p.checkbox("Quero participar do treinamento de direção defensiva", False, variant="row",
               help="Curso presencial gratuito para clientes, aos sábados.")
    p.end()
    p.section("Vistoria e orçamentos")
    p.checkbox("Contribuir com o Laudo Inteligente", True, variant="row", lab=("v", True),
               help="Os laudos e as fotos do seu carro ajudam a treinar o sistema que identifica danos automaticamente.")
    p.radios("Uso do histórico de manutenção para treinar nossa IA de orçamentos", ["Autorizo", "Não autorizo"], 0, lab=("p", True))
    p.state_row("Recusa de uso das fotos da vistoria no treinamento de IA", "Registrada em 02/05/2025", "Desfazer",
                mode="labelledby", desc="Vale para as fotos tiradas na recepção do carro.", lab=("i", False))
    p.hide("hidden-attr")
    p.checkbox("Usar gravações das ligações para treinar o atendimento automático", True, lab=("p", True), cid="calls-train")
    p.end()
    p.end()
    p.section("Comunicação")
    p.checkbox("Promoções de pneus e alinhamento", False, variant="wrap")
    p.checkbox("Pesquisa de satisfação após o serviço", True, variant="wrap")
    p.end()
    p.section("Pagamentos")
    p.select("Parcelamento preferido", ["À vista no Pix", "Até 6x no cartão", "Até 10x no cartão"], 1)
    p.buttons("Baixar notas fiscais", "Exportar meus dados")
    p.end()
    p.button("Salvar preferências", typ="submit")
    return p


def cargaverde():
    p = Page("pt", "carga-verde-dados", "Carga Verde (eletropostos)", "https://app.cargaverde.test/perfil/dados",
             "Seus dados · Carga Verde", "Carga Verde",
             ["Mapa", "Recargas", "Carteira", "Meu carro", "Seus dados", "Ajuda"],
             active="Seus dados", account="Perfil", search_ph="Buscar eletroposto",
             notes="Rede de recarga inventada. Tabela com título e legenda sobre o treinamento de modelos de previsão: células nomeadas 'linha + "
                   "coluna' (Carga Verde = true, Distribuidoras parceiras = false); switch com conteúdo de texto 'Impedir o uso...' desligado (= "
                   "true). Iscas: planejador de rotas, estatísticas sem treinamento, avisos, carteira, apps conectados. Oculto: caixa com "
                   "display:none em linha.",
             h1="Seus dados", lead="Veja como usamos as informações das suas recargas.")
    p.section("Treinamento dos nossos modelos de previsão de demanda",
              intro="Usamos recargas reais para ensinar os modelos que preveem a fila nos eletropostos. Você escolhe quem pode usar o seu histórico nesse treinamento.")
    p.table("Quem pode usar", "Dado", ["Carga Verde", "Distribuidoras parceiras"], [
        ("Histórico de recargas", [(True, ("h", True)), (False, ("h", False))]),
    ])
    p.switch("Impedir o uso dos meus dados no treinamento de IA", False, mode="text", lab=("i", True),
             help="Vale para todos os modelos, nossos e de parceiros.")
    p.hide("inline-display-none")
    p.checkbox("Enviar dados do carro para treinar a estimativa de autonomia", False, lab=("p", False), cid="range-train")
    p.end()
    p.checkbox("Estatísticas de uso do app", True, variant="row",
               help="Dados de navegação no app, usados só em relatórios internos e nunca em treinamento de modelos.")
    p.end()
    p.section("Recargas")
    p.switch("Planejador de rotas", True, help="Sugere paradas para recarregar na sua viagem.")
    p.checkbox("Avisar quando a recarga terminar", True, variant="wrap")
    p.checkbox("Avisar sobre taxa de ociosidade", True, variant="wrap")
    p.select("Limite de carga", ["80%", "90%", "100%"], 0)
    p.end()
    p.section("Carteira")
    p.select("Recarga automática de saldo", ["Desligada", "R$ 50", "R$ 100"], 1)
    p.buttons("Adicionar saldo", "Baixar extrato")
    p.end()
    p.section("Apps conectados")
    p.state_row("Android Auto", "Conectado", "Desconectar", suffix=" Android Auto")
    p.state_row("Google Agenda", "Não conectado", "Conectar", suffix=" Google Agenda")
    p.end()
    p.section("Segurança")
    p.switch("Entrar com biometria", True)
    p.buttons("Alterar senha", "Excluir conta")
    p.end()
    return p


def vagacerta():
    p = Page("pt", "vaga-certa-dados", "Vaga Certa (estacionamentos)", "https://vagacerta.test/app/configuracoes/dados",
             "Configurações de dados — Vaga Certa", "Vaga Certa",
             ["Estacionar", "Mensalistas", "Veículos", "Pagamentos", "Configurações"],
             active="Configurações", account="Conta",
             notes="Rede de estacionamentos inventada. Caixa nativa com role=switch explícita (ligada = true); grupo segmentado 'Exclusão do "
                   "treinamento de IA' em 'Desativada' (= true); select vago dentro de <details> fechado com ajuda ligada sobre o treinamento "
                   "(Nenhum = false). Iscas: entrada por placa, mensalidade, sugestão de estacionamento, convidados, pagamentos. Oculto: caixa em "
                   "classe com display:none.",
             h1="Configurações de dados")
    p.section("Câmeras e placas")
    p.checkbox("Usar fotos das placas para treinar o reconhecimento automático", True, switch=True, variant="row",
               lab=("p", True), help="As câmeras da cancela fotografam a placa na entrada e na saída.")
    p.checkbox("Entrada e saída sem ticket pela placa", True, variant="row")
    p.end()
    p.section("Aprendizado de máquina")
    p.segmented("Exclusão do treinamento de IA", ["Ativada", "Desativada"], 1, lab=("i", True),
                help="Quando ativada, nenhum dado seu entra nos nossos modelos.")
    p.hide("class-display-none", dcls="pane--off")
    p.checkbox("Permitir que shoppings parceiros treinem modelos com minhas visitas", False, lab=("p", False), cid="mall-train")
    p.end()
    p.details("Configurações avançadas")
    p.select("Nível de contribuição", ["Nenhum", "Básico", "Completo"], 0, lab=("v", False),
             help="Define quanto do seu histórico de vagas entra no treinamento do modelo de previsão de lotação.")
    p.checkbox("Apagar histórico de entradas após 90 dias", False, variant="row")
    p.end()
    p.end()
    p.section("Estacionar")
    p.switch("Sugestão de estacionamento", True, help="Indica unidades com vagas perto do seu destino.")
    p.checkbox("Liberar convidados pela minha conta", False, variant="wrap")
    p.checkbox("Avisar quando a mensalidade vencer", True, variant="wrap")
    p.select("Veículo principal", ["ABC1D23 · Onix", "EFG4H56 · HR-V"], 0)
    p.end()
    p.section("Pagamentos")
    p.select("Cartão padrão", ["Mastercard •• 7781", "Pix"], 0)
    p.buttons("Adicionar cartão", "Baixar recibos", "Exportar meus dados")
    p.end()
    p.section("Notificações")
    p.checkbox("Promoções das unidades perto de mim", False, variant="wrap")
    p.checkbox("Recibo por e-mail a cada saída", True, variant="wrap")
    p.end()
    p.button("Salvar")
    return p


def paulista():
    p = Page("pt", "paulista-veiculos-privacidade", "Paulista Veículos (concessionária)",
             "https://minhaconta.paulistaveiculos.test/privacidade",
             "Privacidade – Paulista Veículos", "Paulista Veículos",
             ["Meu carro", "Revisões", "Consórcio", "Financiamento", "Privacidade"],
             active="Privacidade", account="Sra. Camargo",
             notes="Concessionária inventada. Linha de estado com consentimento concedido e 'Revogar' + sufixo oculto (= true); switch "
                   "aria-labelledby nomeado só pelo dado sob título sobre a montadora treinar modelos (desligado = false). Iscas: assistente de "
                   "agendamento que não aprende, test-drive, consórcio, ofertas, exportação. Oculto: caixa em bloco aria-hidden.",
             h1="Privacidade", lead="Aqui você controla o que a concessionária e a montadora fazem com os dados do seu carro.")
    p.section("Test-drive e atendimento")
    p.state_row("Consentimento: treinamento de IA com dados de test-drive", "Concedido", "Revogar",
                suffix=" consentimento para treinamento de IA com dados do test-drive",
                desc="Percursos e comentários gravados durante o test-drive.", lab=("i", True))
    p.switch("Assistente de agendamento", True,
             help="Sugere horários livres para a sua revisão. As conversas não são usadas para treinar o assistente.")
    p.hide("aria-hidden")
    p.checkbox("Usar minhas avaliações de atendimento para treinar a IA", True, lab=("p", True), cid="review-train")
    p.end()
    p.end()
    p.section("Montadora: melhoria dos modelos de IA",
              intro="A montadora pode usar dados do seu veículo para treinar os modelos de assistência à condução e de manutenção preditiva.")
    p.switch("Dados de condução do meu carro", False, lab=("h", False))
    p.end()
    p.section("Comunicação")
    p.checkbox("Ofertas de seminovos", False, variant="wrap")
    p.checkbox("Lembretes de revisão", True, variant="wrap")
    p.checkbox("Convites para lançamentos", False, variant="wrap")
    p.select("Canal preferido", ["WhatsApp", "E-mail", "Ligação"], 0)
    p.end()
    p.section("Consórcio e financiamento")
    p.checkbox("Receber boletos por e-mail", True, variant="wrap")
    p.buttons("Ver contrato", "Simular quitação")
    p.end()
    p.section("Seus direitos (LGPD)")
    p.buttons("Exportar meus dados", "Pedir exclusão dos dados")
    p.end()
    p.section("Acesso")
    p.switch("Login com biometria", True)
    p.buttons("Alterar senha", "Sair de todos os dispositivos")
    p.end()
    p.button("Salvar alterações", typ="submit")
    return p


PAGES = [zul, boavia, cargaverde, vagacerta, paulista]

from lib import Page


def ifood():
    p = Page("pt", "ifood-privacidade", "https://www.ifood.com.br/minha-conta/privacidade",
             "iFood", "Privacidade", known=True, kind="delivery de comida",
             notes="Reconstrução de um serviço conhecido (pt-BR). Chave explícita «Permitir que o iFood use meu "
                   "histórico de pedidos para treinar modelos de IA» (desligada); infinitivo negativo «Não usar "
                   "minhas avaliações para treinar a IA» dentro de details fechado (desmarcada → usa). Iscas: "
                   "sugestões só para você, busca inteligente, matriz de notificações, gorjeta. Oculto: atributo "
                   "hidden.",
             lead="Escolha como o iFood usa seus dados.",
             nav=["Meus dados", "Endereços", "Pagamentos", "Pedidos", "Clube iFood", "Privacidade"], nav_current=5)
    with p.section("Contato"):
        p.textfield("Celular", "(11) 98765-4321", typ="tel")
    with p.section("Personalização"):
        p.switch("Sugestões de restaurantes com base nos meus pedidos", True,
                 help="As sugestões aparecem só para você, dentro do app.")
        p.switch("Cupons personalizados", True)
        p.checkbox("Anúncios personalizados em outros apps e sites", False)
    with p.section("Inteligência artificial",
                   "Usamos IA para estimar o tempo de entrega e para a busca por pratos."):
        p.switch("Permitir que o iFood use meu histórico de pedidos para treinar modelos de IA", False, ai="p")
        p.switch("Busca inteligente por pratos", True)
    with p.hidden("attr"):
        p.switch("Compartilhar meus pedidos com restaurantes parceiros para treinar IA", False, ai="p")
    with p.section("Notificações"):
        p.table(None, "Aviso", ["Push", "E-mail", "WhatsApp"], ["Status do pedido", "Promoções"],
                [[True, False, True], [True, True, False]])
    with p.section("Clube iFood"):
        p.checkbox("Renovar o Clube automaticamente", True)
        p.select("Forma de pagamento do Clube", ["Cartão final 3390", "Pix"], 1)
        p.checkbox("Avisar antes da cobrança mensal", True)
    with p.section("Gorjeta"):
        p.radios("Gorjeta padrão para o entregador", ["Sem gorjeta", "R$ 2", "R$ 5"], 0)
    with p.details("Mais opções de privacidade"):
        p.checkbox("Não usar minhas avaliações para treinar a IA", False, ai="i")
        p.checkbox("Mostrar meu nome nas avaliações", True)
    p.button("Baixar meus dados")
    return p


def pousada_certa():
    p = Page("pt", "pousada-certa-privacidade", "https://www.pousadacerta.test/conta/privacidade",
             "Pousada Certa", "Privacidade e dados", kind="reserva de pousadas",
             notes="Serviço inventado de reservas de pousadas. Tabela de uma coluna sob o título «Treinamento de IA», "
                   "caixas nomeadas só pela linha («Avaliações de hospedagem» marcada, «Fotos das viagens» "
                   "desmarcada). Iscas: tradução de avaliações, lembrete de check-in, estatísticas que não entram no "
                   "treinamento. Oculto: visibility:hidden em linha.",
             lead="Pousadas no litoral e na serra, com atendimento direto.",
             nav=["Minhas reservas", "Favoritos", "Avaliações", "Privacidade", "Pagamentos"], nav_current=3)
    with p.section("Preferências"):
        p.select("Moeda", ["Real (R$)", "Dólar (US$)", "Euro (€)"], 0)
        p.segmented("Tipo de cama", ["Casal", "Solteiro"], 0)
        p.checkbox("Quarto no térreo", False)
        p.checkbox("Café da manhã sem glúten", False)
        p.textfield("Horário previsto de chegada", "15:00")
    with p.section("Avaliações"):
        p.radios("Exibir meu nome nas avaliações", ["Nome completo", "Só o primeiro nome", "Anônimo"], 1, mode="rg")
        p.switch("Traduzir avaliações automaticamente", True)
    with p.section("Treinamento de IA",
                   "A Pousada Certa treina modelos próprios para descrever as pousadas e responder aos hóspedes. "
                   "Escolha o que pode ser usado."):
        p.table(None, "Conteúdo", ["Pode ser usado"], ["Avaliações de hospedagem", "Fotos das viagens"],
                [[True], [False]], ai={(0, 0): "h", (1, 0): "h"})
    with p.hidden("visibility"):
        p.checkbox("Permitir que parceiros treinem IA com minhas fotos", False, ai="p")
    with p.section("Comunicação"):
        p.switch("Newsletter com ofertas de feriado", True)
        p.checkbox("Mensagens das pousadas favoritas pelo WhatsApp", True)
        p.checkbox("Lembrete de check-in por e-mail", True)
        p.select("Idioma dos e-mails", ["Português", "Español", "English"], 0)
    with p.section("Estatísticas"):
        p.checkbox("Estatísticas de navegação", True,
                   help="Dados anônimos de uso do site, que não entram no treinamento de modelos.")
    with p.section("Conta"):
        p.button("Baixar meus dados")
        p.button("Excluir minha conta", cls="danger")
    return p


def sabor_de_casa():
    p = Page("pt", "sabor-de-casa-dados", "https://app.sabordecasa.test/configuracoes/dados",
             "Sabor de Casa", "Dados e privacidade", kind="app de receitas",
             notes="App de receitas inventado. Chave vaga «Ajude a melhorar a Chef Virtual» explicada só pela ajuda "
                   "(ligada); caixa explícita para fotos de pratos (marcada); particípio «Meus vídeos de receitas "
                   "excluídos do treinamento de IA» (desmarcada → usa). Iscas: histórico de conversas só na conta, "
                   "respostas por voz, relatórios de erro. Oculto: diálogo fechado.",
             lead="Receitas de família e a Chef Virtual, sua assistente na cozinha.",
             nav=["Perfil", "Minhas receitas", "Listas", "Chef Virtual", "Dados e privacidade"], nav_current=4)
    with p.section("Perfil"):
        p.textfield("Nome de exibição", "Dona Cida")
        p.select("Quem pode ver minhas receitas", ["Todo mundo", "Seguidores", "Só eu"], 0)
        p.checkbox("Mostrar minha cidade", True)
    with p.section("Chef Virtual", "Converse com a Chef Virtual para adaptar receitas e montar cardápios."):
        p.switch("Ajude a melhorar a Chef Virtual", True, ai="v",
                 help="Com esta opção, suas receitas salvas e suas conversas com a Chef Virtual são usadas para "
                      "treinar os modelos dela.")
        p.switch("Guardar o histórico de conversas", True, help="O histórico fica só na sua conta.")
        p.checkbox("Respostas por voz", False)
    with p.section("Conteúdo e IA"):
        p.checkbox("Usar minhas fotos de pratos para treinar nossos modelos de IA", True, ai="p")
        p.checkbox("Meus vídeos de receitas excluídos do treinamento de IA", False, ai="i")
    with p.hidden("dialog", title="Parceiros", opener="Dados de parceiros"):
        p.checkbox("Enviar minhas receitas a parceiros para treinamento de IA", False, ai="p")
        p.button("Confirmar envio")
        p.button("Voltar")
    with p.section("Notificações"):
        p.table(None, "Aviso", ["Push", "E-mail"], ["Comentários", "Novos seguidores"],
                [[True, False], [True, True]])
    with p.section("Anúncios e diagnóstico"):
        p.radios("Anúncios", ["Personalizados", "Não personalizados"], 1)
        p.checkbox("Relatórios de erro", True, help="Só dados técnicos; não são usados para treinar IA.")
    p.button("Exportar receitas")
    return p


def voa_leve():
    p = Page("pt", "voa-leve-preferencias-de-dados", "https://www.voaleve.test/minha-conta/preferencias-de-dados",
             "Voa Leve", "Preferências de dados", kind="companhia aérea",
             notes="Companhia aérea inventada. Linha de estado com oposição registrada e botão «Cancelar oposição» "
                   "(não usa); radiogroup explícito (Sim); grupo segmentado «Dados do programa de fidelidade» que só "
                   "o título «Treinamento de IA de parceiros» explica (Bloquear). Iscas: chat no app, ofertas por "
                   "destino, cartão de embarque. Oculto: classe CSS display:none.",
             lead="Controle como usamos os dados das suas viagens.",
             nav=["Minhas viagens", "Programa Leve+", "Dados pessoais", "Preferências de dados", "Cartões"],
             nav_current=3)
    with p.section("Viagem"):
        p.select("Assento preferido", ["Janela", "Corredor", "Tanto faz"], 1)
        p.select("Refeição a bordo", ["Padrão", "Vegetariana", "Sem lactose"], 0)
        p.checkbox("Check-in automático", True)
        p.textfield("Número Leve+", "LV 5520 1187")
        p.switch("Cartão de embarque na carteira do celular", True)
    with p.section("Atendimento"):
        p.state_row("Oposição ao uso das gravações de atendimento para treinar IA", "Registrada em 10/01/2025",
                    "Cancelar oposição", " ao uso das gravações de atendimento para treinar IA", ai="i",
                    sharing=False)
        p.switch("Atendimento por chat no app", True)
    with p.section("Uso de dados"):
        p.radios("Usar meu histórico de voos para treinar nossos modelos de IA", ["Sim", "Não"], 0, mode="rg",
                 ai="p", sharing=True)
        p.checkbox("Ofertas com base nos meus destinos", True)
        p.checkbox("Compartilhar minhas preferências com companhias parceiras", False)
    with p.section("Treinamento de IA de parceiros",
                   "Companhias parceiras podem treinar as próprias ferramentas de IA com dados do programa."):
        p.segmented("Dados do programa de fidelidade", ["Permitir", "Bloquear"], 1, ai="h", sharing=False)
    with p.hidden("class"):
        p.checkbox("Usar fotos de documentos para treinar o reconhecimento automático", False, ai="p")
    with p.section("Bagagem"):
        p.select("Bagagem despachada", ["Sem bagagem", "1 mala de 23 kg", "2 malas de 23 kg"], 0)
        p.checkbox("Avisar quando a bagagem chegar à esteira", True)
    with p.section("Avisos"):
        p.table(None, "Aviso", ["SMS", "Push"], ["Mudança de portão", "Atraso de voo"],
                [[True, True], [True, True]])
    p.button("Baixar meus dados")
    return p


def feira_em_casa():
    p = Page("pt", "feira-em-casa-privacidade-familia", "https://feiraemcasa.test/conta/familia/privacidade",
             "Feira em Casa", "Privacidade da família", kind="feira e mercearia por assinatura (família)",
             notes="Assinatura de feira inventada, ajustes da família. Seleção vaga «Programa Família Conectada» "
                   "explicada pela ajuda (Não participando); imperativo «Não use as compras da minha família para "
                   "treinar a IA da Feira em Casa» (marcada → não usa); chave explícita com parceiros (ligada). "
                   "Iscas: lista da semana automática, aprovação de pedidos, embalagens. Oculto: bloco aria-hidden.",
             lead="Frutas, verduras e mercearia da feira para toda a família.",
             nav=["Pedidos", "Assinatura", "Família", "Privacidade", "Endereços"], nav_current=3)
    with p.section("Família"):
        p.radios("Quem aprova os pedidos", ["Qualquer adulto", "Só eu"], 0)
        p.checkbox("Permitir que as crianças montem a lista", True)
    with p.section("Programa Família Conectada"):
        p.select("Programa Família Conectada", ["Participando", "Não participando"], 1, ai="v", sharing=False,
                 help="Quem participa ajuda a treinar nossos modelos de previsão de safra e de demanda com as "
                      "compras da família.")
    with p.section("Listas e IA"):
        p.switch("Montar a lista da semana automaticamente", True,
                 help="A lista é feita com base nos seus pedidos anteriores e fica só na sua conta.")
        p.checkbox("Não use as compras da minha família para treinar a IA da Feira em Casa", True, ai="i")
        p.switch("Compartilhar as listas de compras da família com parceiros para treinar IA", True, ai="p")
    with p.hidden("aria"):
        p.switch("Usar fotos dos pedidos para treinar a checagem de qualidade", True, ai="p")
    with p.section("Assinatura"):
        p.segmented("Frequência da cesta", ["Semanal", "Quinzenal"], 0)
        p.select("Tamanho da cesta", ["Pequena (2 pessoas)", "Média (4 pessoas)", "Grande (6 pessoas)"], 1)
    with p.section("Entrega"):
        p.select("Dia da entrega", ["Terça", "Quinta", "Sábado"], 2)
        p.textfield("Observações para o entregador", "Deixar na portaria")
        p.checkbox("Embalagens retornáveis", True)
    with p.section("Comunicação"):
        p.switch("Receitas da estação por e-mail", True)
        p.checkbox("Ofertas de parceiros", False)
        p.table(None, "Aviso", ["WhatsApp", "E-mail"], ["Pedido saiu para entrega", "Cobrança da assinatura"],
                [[True, False], [False, True]])
    p.button("Baixar dados da família")
    return p


PAGES = [ifood, pousada_certa, sabor_de_casa, voa_leve, feira_em_casa]

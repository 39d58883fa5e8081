from lib import Page

CH = dict(search="Buscar", placeholder="Buscar configurações, vendas ou ajuda", language="Idioma",
          account="Minha conta", menu=["Meu perfil", "Trocar de conta", "Central de ajuda", "Sair"],
          nav="Seções das configurações", save="Salvar alterações", copyright="© 2025 {service}")


def mercadolivre():
    p = Page("pt", "mercado-livre-vendedor-privacidade",
             "https://www.mercadolivre.com.br/vendas/configuracoes/privacidade-e-dados",
             "Mercado Livre", "Privacidade e dados", "Reconstruction of Mercado Livre's seller settings; markup, "
             "copy and every AI-training setting invented. Você. Heading-only checkboxes, plain role=radiogroup, "
             "inverted button switch by aria-label; inline visibility:hidden block. Decoys: AI answer suggestions, "
             "Full fulfilment, reputation visibility.",
             dict(CH, placeholder="Buscar nas suas vendas", account="Minha conta de vendedor"),
             ["Resumo", "Anúncios", "Vendas", "Perguntas", "Publicidade", "Métricas", "Mercado Pago", "*Configurações"],
             ["Central de vendedores", "Termos e condições", "Privacidade", "Acessibilidade"], known=True, idp="ml",
             lead="Escolha como o Mercado Livre pode usar as informações da sua conta de vendedor.")
    p.add(p.sec("Anúncios",
                p.sw("Sugerir respostas para perguntas dos compradores", True,
                     help="As sugestões são geradas na hora, a partir do seu anúncio."),
                p.sw("Ativar envio Full nos anúncios elegíveis", False),
                p.sel("Garantia padrão", ["Sem garantia", "Garantia do vendedor", "Garantia de fábrica"], 1),
                p.cb("Parcelar sem juros quando possível", True)))
    p.add(p.sec("Usados para treinar nossa inteligência artificial",
                p.cb("Fotos dos anúncios", False, ai="h"),
                intro="Nossos modelos de busca e de detecção de fraudes aprendem com o conteúdo publicado pelos vendedores."))
    p.add(p.sec("Parceiros",
                p.rgroup("Permitir que parceiros de IA treinem modelos com o seu catálogo", ["Permitir", "Não permitir"], 1,
                         ai="p", shares=[True, False]),
                p.bsw("Bloquear o uso das minhas conversas pós-venda no treinamento de IA", False, by="label",
                      shown="Bloqueio de conversas pós-venda", ai="i")))
    p.add(p.hide("visibility",
                 p.cb("Compartilhar meu histórico de vendas com o Mercado Pago para treinar modelos de crédito", True, ai="p"),
                 title="Crédito para vendedores"))
    p.add(p.sec("Reputação",
                p.cb("Mostrar minha reputação nos anúncios", True),
                p.btn("Baixar relatório de vendas")))
    p.add(p.sec("Notificações",
                p.table("Avisar quando", "Evento", ["E-mail", "App"],
                        [("Nova venda", [True, True]), ("Nova pergunta", [True, True]),
                         ("Reclamação aberta", [True, True]), ("Anúncio pausado", [False, True])])))
    return p


def ifood():
    p = Page("pt", "ifood-entregador-privacidade", "https://entregador.ifood.com.br/conta/privacidade",
             "iFood", "Privacidade", "Reconstruction of the iFood courier portal; markup, copy and every AI-training "
             "setting invented. Você. Vague state row by aria-labelledby with describedby help, plain select, "
             "inverted checkbox-switch; closed dialog. Decoys: route suggestions, rain alerts, earnings summary.",
             dict(CH, placeholder="Buscar rotas, ganhos ou ajuda", account="Perfil de entregador"),
             ["Início", "Rotas", "Ganhos", "Documentos", "*Privacidade", "Ajuda"],
             ["Portal do Entregador", "Segurança", "Aviso de privacidade", "Termos"], known=True, idp="if",
             brand="iFood para Entregadores", lead="Saiba como usamos seus dados de entrega e decida o que compartilhar.")
    p.add(p.sec("Rotas",
                p.sw("Sugerir rotas com ciclovia", True),
                p.sel("Modal", ["Bicicleta", "Moto", "Carro"], 1),
                p.sw("Alertas de chuva", True),
                p.cb("Aceitar rotas com mais de um pedido", True)))
    p.add(p.sec("Seus dados e nossos modelos",
                p.state("Histórico de entregas", "Compartilhando", "Parar", share=True, ai="v",
                        help="Seus tempos de coleta e entrega ajudam a treinar o modelo que prevê quanto tempo cada pedido leva."),
                p.sel("Uso das fotos de comprovação de entrega para treinar IA", ["Autorizado", "Não autorizado"], 1,
                      ai="p", shares=[True, False]),
                p.sw("Não usar minhas mensagens com clientes para treinar o assistente", False, ai="i")))
    p.add(p.btn("Configurações avançadas"))
    p.add(p.hide("dialog",
                 p.cb("Usar minhas chamadas gravadas com o suporte para treinar reconhecimento de voz", True, ai="p"),
                 title="Configurações avançadas", close="Fechar"))
    p.add(p.sec("Ganhos",
                p.cb("Receber resumo semanal de ganhos", True, help="Só você vê; não entra em treinamento de modelos."),
                p.btn("Baixar informe de rendimentos")))
    p.add(p.sec("Notificações",
                p.table("Receber avisos", "Assunto", ["Push", "SMS"],
                        [("Horários de pico", [True, False]), ("Promoções", [False, False]), ("Pagamentos", [True, True])])))
    return p


def vaijunto():
    p = Page("pt", "vaijunto-motorista-privacidade", "https://motorista.vaijunto.test/conta/privacidade",
             "Vai Junto", "Privacidade e dados", "Invented ride-hail driver portal, você. Tabs: inactive tab panel "
             "hides a training switch. Plain radio fieldset, heading-only pressed group, vague button switch "
             "named by aria-labelledby with nearby help (no describedby). Decoys: dashcam, women-only rides, "
             "fuel discounts.",
             dict(CH, placeholder="Buscar corridas, pagamentos ou ajuda", account="Conta de motorista"),
             ["Corridas", "Ganhos", "Veículo", "Documentos", "Avaliações", "*Privacidade", "Ajuda"],
             ["Central do motorista", "Segurança", "Política de privacidade", "Termos"], idp="vj")
    p.add(p.sec("Ao volante",
                p.sw("Aceitar apenas passageiras (modo Elas)", False),
                p.sw("Gravar áudio das corridas", True, help="O áudio fica criptografado e só é ouvido se houver denúncia."),
                p.cb("Mostrar descontos em postos parceiros", True),
                p.sel("Aplicativo de navegação", ["Vai Junto Mapas", "Waze", "Google Maps"], 1)))
    p.add(p.tabs("Dados das corridas", [
        ("Corridas", [
            p.radios("Podemos usar seus trajetos para treinar nosso modelo de preço dinâmico?", ["Sim", "Não"], 1,
                     ai="p", shares=[True, False]),
            p.sec("Treinamento de IA com suas avaliações",
                  p.seg("Avaliações recebidas", ["Incluir", "Não incluir"], 0, ai="h", shares=[True, False]),
                  level=3, cls="subsection"),
            p.bsw("Ajudar a melhorar o app", True, by="lby", ai="v", desc=False,
                  help="Usamos seus toques, cancelamentos e tempos de aceite para treinar os modelos de distribuição de corridas."),
        ]),
        ("Áudio", [
            p.sw("Usar os áudios gravados para treinar o detector de situações de risco", True, ai="p"),
        ]),
    ]))
    p.add(p.sec("Notificações",
                p.table("Quero receber", "Assunto", ["Push", "E-mail"],
                        [("Áreas com alta demanda", [True, False]), ("Resumo semanal", [False, True]),
                         ("Desafios e bônus", [True, True])])))
    return p


def temporadinha():
    p = Page("pt", "temporadinha-anfitriao-dados", "https://anfitriao.temporadinha.test/configuracoes/dados",
             "Temporadinha", "Seus dados", "Invented holiday-rental host dashboard, você. Inverted role=radiogroup "
             "(excluir), plain table cells (two AI columns), vague checkbox with nearby help (no describedby); "
             "hidden-attribute block. Decoys: automatic pricing, Pix payouts, guest verification.",
             dict(CH, placeholder="Buscar imóveis e reservas", account="Área do anfitrião"),
             ["Hoje", "Calendário", "Imóveis", "Mensagens", "Desempenho", "Recebimentos", "*Configurações"],
             ["Dicas para anfitriões", "Privacidade", "Termos de uso", "Fale conosco"], idp="tp",
             lead="Controle como as informações dos seus imóveis são usadas.")
    p.add(p.sec("Seu imóvel",
                p.sw("Preço automático", False),
                p.sel("Receber pagamentos via", ["Pix", "Transferência bancária"], 0),
                p.cb("Exigir verificação de documento dos hóspedes", True),
                p.sw("Traduzir mensagens automaticamente", True)))
    p.add(p.sec("Inteligência artificial",
                p.rgroup("Excluir meus anúncios do treinamento da IA da Temporadinha", ["Sim, excluir", "Não excluir"], 0,
                         ai="i", shares=[False, True]),
                p.table("Onde seus dados podem ser usados", "Dado",
                        ["Treinar a IA da Temporadinha", "Treinar modelos de parceiros"],
                        [("Avaliações dos hóspedes", [True, False])], ai_cols={0: "p", 1: "p"}),
                p.cb("Contribuir para melhorias", False, ai="v", desc=False,
                     help="Inclui suas conversas com hóspedes no treinamento do assistente de respostas automáticas.")))
    p.add(p.hide("hidden",
                 p.sw("Enviar fotos do imóvel para treinar o gerador de anúncios", True, ai="p"),
                 title="Gerador de anúncios (em breve)"))
    p.add(p.sec("Notificações",
                p.table("Avisos de reserva", "Evento", ["E-mail", "WhatsApp"],
                        [("Nova reserva", [True, True]), ("Cancelamento", [True, True]), ("Nova avaliação", [True, False])])))
    return p


def estampaviva():
    p = Page("pt", "estampa-viva-privacidade", "https://loja.estampaviva.test/painel/configuracoes/privacidade",
             "Estampa Viva", "Privacidade", "Invented print-on-demand artist shop, você. Heading-only select in a "
             "closed <details>, plain checkbox, inverted state row with sr-only suffix; inline display:none block. "
             "Decoys: AI mockups, upscaling, design-copy scanner, drawing course.",
             dict(CH, placeholder="Buscar estampas e produtos", account="Minha loja"),
             ["Painel", "Estampas", "Produtos", "Pedidos", "Saques", "Cursos", "*Configurações"],
             ["Ajuda", "Direitos autorais", "Privacidade", "Termos"], idp="ev", save="Salvar",
             lead="Sua arte, suas regras.")
    p.add(p.sec("Ferramentas",
                p.sw("Gerar mockups com IA", True, help="Coloca sua estampa em fotos de produtos. Processa só o arquivo enviado."),
                p.sw("Aumentar resolução automaticamente", True),
                p.sw("Procurar cópias das minhas estampas", True),
                p.cb("Quero fazer o curso gratuito de ilustração digital com IA", False),
                p.cb("Modo férias", False),
                p.sel("Prazo de produção", ["2 dias úteis", "5 dias úteis"], 0),
                p.btn("Solicitar saque")))
    p.add(p.sec("Sua arte e a IA",
                p.cb("Permitir que a Estampa Viva use minhas estampas para treinar seu gerador de imagens", False, ai="p"),
                p.state("Proteção contra raspagem por IA de terceiros", "Desativada", "Ativar", share=True,
                        suffix="a proteção das minhas estampas contra treinamento de IA de terceiros", ai="i"),
                p.details("Mais opções",
                          p.sel("Títulos e descrições dos produtos", ["Incluídos", "Não incluídos"], 0, ai="h",
                                shares=[True, False]),
                          intro="Textos que podem ser usados no treinamento do nosso modelo de linguagem.")))
    p.add(p.hide("display",
                 p.cb("Licenciar meu portfólio para conjuntos de dados de IA", True, ai="p"),
                 title="Licenciamento"))
    p.add(p.sec("Loja",
                p.sel("Margem padrão", ["15%", "25%", "35%"], 1),
                p.btn("Ver minha loja")))
    p.add(p.sec("Notificações",
                p.table("Me avise por e-mail", "Evento", ["E-mail"],
                        [("Nova venda", [True]), ("Saque concluído", [True]), ("Estampa em destaque", [False])])))
    return p


def pages():
    return [mercadolivre(), ifood(), vaijunto(), temporadinha(), estampaviva()]

from lib import Page

L = "pt-BR"
CH = dict(search_label="Buscar", search_ph="Buscar produtos", lang_label="Idioma",
          account="Minha conta", menu=["Meus pedidos", "Configurações da conta", "Ajuda", "Sair"],
          footer=["Central de ajuda", "Política de privacidade", "Termos de uso", "Cookies", "Acessibilidade"],
          nav_label="Menu da conta")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


def pages():
    out = []

    # 1 ---- Méliuz (known, cashback) — inactive tab panel — você
    p = Page(L, "meliuz-privacidade", "https://www.meliuz.com.br/minha-conta/privacidade", "Méliuz",
             "Privacidade e dados",
             ch(search_ph="Buscar lojas com cashback", account="Olá, Rafaela", menu=["Meu saldo", "Indique e ganhe", "Configurações", "Sair"]),
             ["Meu saldo", "Extrato", "Resgates", "Cartão Méliuz", "*Privacidade", "Notificações"], known=True, idp="ml",
             hide_class="ml-esc", intro="Veja como o Méliuz usa as informações das suas compras com cashback.")
    p.begin_hidden("inactive-tabpanel")
    p.begin_tabs(["Principais", "Mais opções"], "Grupos de configurações")
    p.tab_panel(0)
    p.sec("Cashback")
    p.cb("Ativar cashback automaticamente nas lojas parceiras", True, switch=True)
    p.select("Resgatar saldo via", ["Pix", "Transferência bancária", "Cartão Méliuz"], 0)
    p.cb("Avisar quando o cashback for confirmado", True, switch=True)
    p.sec("Inteligência artificial no Méliuz")
    p.radios("Permitir que o Méliuz treine modelos de IA com meu histórico de compras", ["Permitir", "Não permitir"], 1,
             ai="p", shares=[True, False])
    p.select("Colaborar com as recomendações", ["Sim, com todas as compras", "Só com compras acima de R$ 50", "Não"], 0,
             ai="v", shares=[True, True, False],
             help="As compras escolhidas passam a fazer parte da base usada para treinar o algoritmo que sugere ofertas para todos os usuários.")
    p.sub("Notas fiscais enviadas",
          "As notas fiscais que você fotografa podem ser usadas no treinamento do nosso leitor automático de notas.")
    p.cb("Fotos de notas fiscais", True, switch=True, ai="h")
    p.tab_panel(1)
    p.cb("Compartilhar dados com parceiros para treinamento de IA", True, switch=True, ai="p")
    p.cb("Guardar logs de navegação por 90 dias", False)
    p.end_tabs()
    p.end_hidden()
    p.sec("Comunicação")
    p.cb("E-mails com ofertas da semana", True)
    p.cb("Notificações sobre o novo assistente de ofertas com IA", False)
    p.cb("Mensagens no WhatsApp", False)
    p.sec("Segurança")
    p.cb("Verificação em duas etapas", True, switch=True)
    p.btn("Alterar senha")
    p.btn("Baixar meus dados")
    p.btn("Excluir conta", cls="danger")
    out.append(p)

    # 2 ---- Notinha (invented, receipt scanning) — hidden attribute — você
    p = Page(L, "notinha-ajustes", "https://app.notinha.test/ajustes/privacidade", "Notinha",
             "Ajustes de privacidade",
             ch(search_ph="Buscar promoções", account="Perfil"),
             ["Minhas notas", "Pontos", "Trocas", "*Privacidade", "Ajuda"], idp="nt", hide_class="nt-off",
             intro="Escaneie o QR code da nota fiscal e junte pontos.")
    p.sec("Notas fiscais")
    p.cb("Importar notas do meu CPF automaticamente", True, switch=True,
         help="Buscamos as notas emitidas com o seu CPF nos estados participantes.")
    p.cb("Guardar as notas por 5 anos", True)
    p.seg("Ordenar notas por", ["Data", "Valor", "Loja"], 0)
    p.sec("Treinamento da nossa IA",
          "Para ensinar nosso modelo a classificar produtos, podemos usar os itens das notas que você envia.")
    p.rgroup("Itens das minhas notas", ["Pode usar", "Não usar"], 0, ai="h", shares=[True, False])
    p.bsw("Usar minhas fotos de cupom fiscal no treinamento da IA", False, mode="label", ai="p", text="Fotos de cupom")
    p.cb("Não quero que minhas avaliações de lojas treinem algoritmos", True, wrap=True, ai="i", inv=True)
    p.begin_hidden("hidden-attribute")
    p.cb("Vender dados agregados para treinamento de IA de terceiros", True, ai="p")
    p.end_hidden()
    p.sec("Resumo mensal")
    p.text("O resumo de gastos é gerado no seu aparelho e não alimenta nenhum modelo.", cls="intro")
    p.cb("Gerar resumo de gastos", True, switch=True)
    p.sec("Notificações")
    p.cb("Nova promoção perto de mim", True, switch=True)
    p.cb("Pontos prestes a vencer", True, switch=True)
    p.cb("Pesquisas de opinião", False)
    p.sec("Aparência")
    p.seg("Tema", ["Claro", "Escuro"], 1)
    p.cb("Fonte maior", False)
    p.sec("Conta")
    p.cb("Entrar com biometria", True, switch=True)
    p.btn("Exportar minhas notas")
    p.btn("Encerrar conta", cls="danger")
    out.append(p)

    # 3 ---- Carrinho Certo (invented, price comparison) — inline display none — você
    p = Page(L, "carrinhocerto-preferencias", "https://www.carrinhocerto.test/conta/preferencias", "Carrinho Certo",
             "Preferências",
             ch(search_ph="Comparar preço de um produto", account="Sua conta"),
             ["Minhas listas", "Alertas", "Mercados", "*Preferências", "Ajuda"], idp="cc", hide_class="cc-n")
    p.sec("Comparação")
    p.select("Raio de busca", ["3 km", "5 km", "10 km"], 1)
    p.cb("Incluir atacarejos", True)
    p.cb("Mostrar preço por quilo", True)
    p.cb("Considerar o frete do delivery", True)
    p.sec("Modelos e dados")
    p.seg("Ajudar a melhorar o Carrinho Certo", ["Sim", "Não"], 0, ai="v", shares=[True, False],
          help="Com \"Sim\", suas listas e buscas entram nos dados de treino dos nossos modelos de previsão de preço.")
    p.bsw("Impedir o uso das minhas buscas para treinar IA", False, mode="by", ai="i", inv=True)
    p.row("Envio de fotos de etiquetas", "Desligado", "Ligar", False, mode="suffix",
          suffix="envio de fotos de etiquetas", ai="v",
          help="As fotos de etiquetas de preço enviadas servem para treinar o modelo que lê preços nas gôndolas.")
    p.begin_hidden("inline-display-none")
    p.bsw("Treinar IA de parceiros com meu histórico", True, mode="text", ai="p")
    p.end_hidden()
    p.sec("Alertas")
    p.cb("Alerta de queda de preço", True, switch=True)
    p.cb("Novidades sobre o comparador inteligente", False, switch=True)
    p.select("Frequência do resumo", ["Diário", "Semanal", "Nunca"], 1)
    p.sec("Privacidade")
    p.cb("Cookies de análise", False)
    p.cb("Anúncios personalizados", False)
    p.seg("Visualização", ["Lista", "Grade"], 0)
    p.btn("Baixar minhas listas")
    p.btn("Excluir conta", cls="danger")
    out.append(p)

    # 4 ---- Feira em Casa (invented, grocery delivery) — class display none — você
    p = Page(L, "feiraemcasa-dados", "https://feiraemcasa.test/minha-conta/dados", "Feira em Casa",
             "Seus dados",
             ch(search_ph="Frutas, verduras, mercearia…", account="Minha conta"),
             ["Pedidos", "Endereços", "Pagamento", "Assinatura", "*Seus dados", "Acessibilidade"], idp="fc", hide_class="fc-oculto")
    p.sec("Entrega")
    p.rgroup("Se algum item faltar", ["Trocar por similar", "Me ligar", "Remover do pedido"], 1)
    p.select("Janela de entrega", ["Manhã", "Tarde", "Noite"], 0)
    p.cb("Entrega sem sacolas plásticas", True)
    p.cb("Deixar na portaria", True)
    p.sec("Dados para treinar nossos modelos de IA",
          "Marque o que pode ser usado no treinamento dos modelos que preveem a demanda de cada feira.")
    p.cb("Meus pedidos anteriores", False, ai="h")
    p.sec("Controle de uso")
    p.row("Bloqueio de treinamento de IA", "Ativo", "Desativar", True, mode="by", ai="i", inv=True)
    p.begin_hidden("class-display-none")
    p.cb("Usar minha localização para treinar a IA de rotas", True, switch=True, ai="p")
    p.end_hidden()
    p.table("Uso das informações", ["Feira em Casa", "Produtores parceiros"],
            [("Ofertas personalizadas", [True, False]), ("Treinamento de modelos de IA", [False, True])],
            ai_cells={(1, 0): ("p", False), (1, 1): ("p", False)}, corner="Finalidade")
    p.sec("Notificações")
    p.cb("Pedido saiu para entrega", True)
    p.cb("Receitas da estação", False)
    p.sec("Acessibilidade")
    p.cb("Reduzir animações", False)
    p.btn("Alterar forma de pagamento")
    p.btn("Solicitar cópia dos meus dados")
    out.append(p)

    # 5 ---- Clube Boa Compra (invented, supermarket loyalty) — aria-hidden — você
    p = Page(L, "boacompra-clube-privacidade", "https://www.boacompra.test/clube/privacidade", "Supermercados Boa Compra",
             "Clube Boa Compra · Privacidade",
             ch(search_ph="Buscar ofertas do clube", account="Meu clube"),
             ["Meu cartão", "Pontos", "Ofertas do clube", "*Privacidade", "Dependentes"], idp="bc", hide_class="bc-x",
             intro="Informe o CPF no caixa e ganhe descontos. Aqui você decide o que fazemos com suas compras.")
    p.sec("Descontos")
    p.cb("Ofertas personalizadas no app", True, switch=True)
    p.cb("Aplicar descontos automaticamente no caixa", True, switch=True)
    p.select("Loja preferida", ["Boa Compra Centro", "Boa Compra Vila Nova", "Boa Compra Jardim"], 0)
    p.sec("Aprendizado de máquina")
    p.cb("Contribuir para o Boa Compra Inteligente", False, switch=True, ai="v",
         help="Quando ligado, os cupons fiscais vinculados ao seu CPF são usados para treinar nossos modelos de reposição e de ofertas.")
    p.radios("Excluir as compras dos meus dependentes do treinamento de IA", ["Sim, excluir", "Não excluir"], 0,
             ai="i", shares=[False, True])
    p.sub("Pesquisa com a indústria",
          "Fornecedores parceiros podem treinar modelos de previsão com dados de compra dos clientes do clube.")
    p.select("Compartilhamento com fornecedores", ["Liberado", "Somente dados agregados", "Bloqueado"], 1, ai="h",
             shares=[True, True, False])
    p.begin_hidden("aria-hidden")
    p.cb("Usar gravações do SAC para treinar o atendente virtual", True, switch=True, ai="p")
    p.end_hidden()
    p.sec("Comunicação")
    p.cb("Encarte digital por e-mail", True)
    p.cb("SMS de promoções relâmpago", False)
    p.cb("Avisos sobre o novo assistente virtual", False)
    p.sec("Segurança")
    p.sec("Dependentes")
    p.cb("Somar os pontos dos dependentes ao meu saldo", True)
    p.btn("Adicionar dependente")
    p.sec("Segurança")
    p.btn("Trocar senha do clube")
    p.cb("Pedir senha ao resgatar pontos", True)
    p.btn("Baixar meus dados")
    p.btn("Sair do clube", cls="danger")
    out.append(p)
    return out

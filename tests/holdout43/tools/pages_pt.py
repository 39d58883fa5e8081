from lib import Page, T, F, HID, page


@page
def ifood():
    pg = Page('pt', 'ifood-privacidade', 'https://www.ifood.com.br/minha-conta/privacidade',
              'Privacidade', 'iFood', real=True, html_lang='pt-BR', skin=2, skel=5,
              nav=['Meus dados', 'Endereços', 'Pagamentos', 'Clube iFood', 'Pedidos', 'Privacidade', 'Ajuda'],
              nav_current=5,
              notes='Serviço conhecido de delivery (pt-BR). Switch nomeado por aria-labelledby para treinar os '
                    'modelos de recomendação com os pedidos (ativado → true); caixa “Não usar minhas avaliações de '
                    'restaurantes para treinar IA” (infinitivo negativo, marcada → false); linha de estado “Áudios '
                    'enviados ao entregador — Usados para treinar o reconhecimento de voz” com botão “Alterar” nomeado '
                    'por aria-labelledby (vago, → true). Iscas: restaurantes '
                    'recomendados, localização em tempo real, controle parental. Isca oculta com display:none.')
    ped = pg.sec('Pedidos e recomendações',
        pg.sw('Usar meus pedidos para treinar os modelos de recomendação do iFood', True, mode='lby',
              help='Itens, horários e restaurantes dos seus pedidos ajudam a treinar os modelos que sugerem pratos '
                   'para todos os clientes.', ai=T()),
        pg.cb('Mostrar restaurantes recomendados na página inicial', True),
        pg.cb('Não usar minhas avaliações de restaurantes para treinar IA', True,
              help='Notas e comentários que você deixa depois de cada pedido.', ai=F('i')),
    )
    ent = pg.sec('Entrega',
        pg.state('Áudios enviados ao entregador', 'Usados para treinar o reconhecimento de voz', 'Alterar', how='lby',
                 ai=T('v')),
        pg.inp('Complemento e ponto de referência', 'Apto 52, em frente à padaria'),
        pg.cb('Compartilhar minha localização em tempo real com o entregador', True),
        pg.sel('Gorjeta padrão', ['Sem gorjeta', 'R$ 2', 'R$ 5', 'R$ 8'], 1),
    )
    com = pg.sec('Comunicação',
        pg.cb('Ofertas pelo WhatsApp', False),
        pg.cb('Notificações push de promoções', True),
        pg.cb('Anúncios personalizados', False),
        pg.cb('Reproduzir vídeos dos pratos automaticamente', False),
        pg.sel('Qualidade das imagens do cardápio', ['Econômica', 'Padrão', 'Alta'], 1),
        pg.cb('Aplicar cupons automaticamente no carrinho', True),
    )
    conta = pg.sec('Conta',
        pg.sw('Controle parental: esconder bebidas alcoólicas', False),
        pg.btn('Baixar meus dados'),
        pg.btn('Apps conectados', kind='a', href='/minha-conta/apps'),
        pg.btn('Excluir conta', kind='a', href='/minha-conta/excluir'),
    )
    hidden = pg.hide('style', lambda: [
        pg.sw('Treinar o assistente com as conversas do chat de ajuda', True, ai=HID)])
    return pg, pg.render(ped, ent, com, conta, hidden, pg.btn('Salvar', primary=True))


@page
def mercadolivre():
    pg = Page('pt', 'mercadolivre-privacidade', 'https://www.mercadolivre.com.br/privacidade/configuracoes',
              'Configurações de privacidade', 'Mercado Livre', real=True, html_lang='pt-BR', skin=0, skel=0,
              nav=['Resumo', 'Compras', 'Vendas', 'Perguntas', 'Meu perfil', 'Privacidade', 'Segurança'],
              nav_current=5,
              notes='Marketplace conhecido (pt-BR). Grupo de rádio vago “Ajude a melhorar as perguntas e respostas” '
                    '(a ajuda diz que perguntas e respostas treinam o modelo; “Participar” → true); linha de estado '
                    'com oposição registrada e link “Cancelar oposição” nomeado por aria-labelledby (ação + título; '
                    'invertido → false). Iscas: FAQ gerada por IA sem treino, anúncios, dispositivos. Isca oculta '
                    'com visibility:hidden.')
    qa = pg.sec('Perguntas e respostas',
        pg.radios('Ajude a melhorar as perguntas e respostas', ['Participar', 'Não participar'], 0,
                  help='As perguntas que você faz aos vendedores e as respostas deles treinam o modelo que sugere '
                       'respostas automáticas.', ai=T('v')),
        pg.cb('Avisar quando o vendedor responder', True),
        pg.cb('Mostrar perguntas frequentes geradas por IA nos anúncios', True,
              help='Elas são criadas a partir do anúncio. Suas perguntas não entram em nenhum treinamento.'),
    )
    op = pg.sec('Oposição',
        pg.state('Oposição ao treinamento de IA com seus dados', 'Registrada em 5 de fevereiro', 'Cancelar oposição',
                 how='lby', elt='a',
                 help='Enquanto a oposição estiver registrada, não usamos suas compras, buscas e mensagens para '
                      'treinar modelos.', ai=F('i')),
    )
    comp = pg.sec('Compras',
        pg.cb('Lembrar de avaliar os produtos que recebi', True),
        pg.sel('Endereço padrão', ['Casa – Rua Augusta, 1500', 'Trabalho – Av. Paulista, 900'], 0),
        pg.cb('Receber a nota fiscal por e-mail', True),
    )
    pub = pg.sec('Publicidade e notificações',
        pg.cb('Anúncios personalizados no Mercado Livre', True),
        pg.cb('Compartilhar dados com parceiros de publicidade', False),
        pg.cb('E-mails com ofertas', False),
        pg.sel('Frequência dos resumos', ['Diária', 'Semanal', 'Nunca'], 1),
    )
    notif = pg.sec('Notificações',
        pg.table(None, 'Aviso', ['Push', 'E-mail'], [
            ('Compra enviada', [True, True], None),
            ('Nova pergunta nos meus anúncios', [True, False], None),
            ('Queda de preço nos favoritos', [False, True], None),
        ], name='rowcol'),
    )
    seg = pg.sec('Segurança',
        pg.btn('Dispositivos conectados', kind='a', href='/seguranca/dispositivos'),
        pg.btn('Alterar senha'),
        pg.btn('Ativar verificação em duas etapas'),
    )
    aces = pg.sec('Acessibilidade',
        pg.cb('Reproduzir vídeos automaticamente', False),
        pg.sel('Tamanho do texto', ['Padrão', 'Grande', 'Muito grande'], 0),
    )
    hidden = pg.hide('vis', lambda: [
        pg.cb('Treinar modelos com suas avaliações de produtos', True, ai=HID)])
    return pg, pg.render(qa, op, comp, pub, notif, seg, aces, hidden, pg.btn('Salvar alterações', primary=True))


@page
def cabazdobairro():
    pg = Page('pt', 'cabazdobairro-privacidade', 'https://www.cabazdobairro.test/conta/privacidade',
              'Privacidade e dados', 'Cabaz do Bairro', html_lang='pt-PT', skin=3, skel=2,
              nav=['A minha conta', 'Encomendas', 'Moradas', 'Cartão de cliente', 'Listas', 'Privacidade'],
              nav_current=5,
              notes='Entrega de mercearias inventada (pt-PT). Tabela por morada, cada caixa nomeada só pela morada '
                    '(título e coluna falam de treino do modelo de entregas; uma marcada, outra não); switch '
                    '“Guardar gravações da lista por voz para melhorar o reconhecimento de fala” (desativado → false). '
                    'Iscas: descontos calculados para a conta, talões digitais, substituições. Isca oculta com o '
                    'atributo hidden.')
    rot = pg.sec('Percursos de entrega',
        pg.table('Dados de percurso para treino do modelo de entregas', 'Morada', ['Incluir os trajetos'], [
            ('Casa – Rua das Flores, 12, Porto', [True], [T('h')]),
            ('Trabalho – Av. da Boavista, 1200', [False], [F('h')]),
        ], intro='Escolha, morada a morada, se os trajetos dos estafetas podem ser usados.'),
        pg.btn('Adicionar morada'),
    )
    voz = pg.sec('Lista de compras por voz',
        pg.cb('Adicionar artigos à lista por voz', True),
        pg.sw('Guardar gravações da lista por voz para melhorar o reconhecimento de fala', False, ai=F()),
    )
    cart = pg.sec('Cartão de cliente',
        pg.state('Morada de faturação', 'Rua das Flores, 12, 4050-262 Porto', 'Alterar', sr_text='morada de faturação'),
        pg.cb('Talões digitais', True),
        pg.cb('Descontos personalizados', True, help='Calculados apenas para a sua conta.'),
        pg.cb('Acumular saldo automaticamente', True),
    )
    ent = pg.sec('Entregas',
        pg.sel('Janela horária preferida', ['09h–13h', '13h–17h', '18h–22h'], 2),
        pg.cb('Aceitar substituições', False),
        pg.inp('Indicações para o estafeta', 'Tocar no 2.º esquerdo'),
        pg.cb('SMS quando o estafeta estiver a caminho', True),
        pg.sw('Esconder bebidas alcoólicas (controlo parental)', False),
    )
    com = pg.sec('Comunicações',
        pg.cb('Newsletter semanal com promoções', False),
        pg.cb('Notificações sobre o estado da encomenda', True),
        pg.btn('Descarregar os meus dados'),
    )
    hidden = pg.hide('hidden', lambda: [
        pg.cb('Permitir o treino de IA com os meus talões', True, ai=HID)])
    return pg, pg.render(rot, voz, cart, ent, com, hidden, pg.btn('Guardar alterações', primary=True))


@page
def brechoja():
    pg = Page('pt', 'brechoja-privacidade', 'https://www.brechoja.test/configuracoes/privacidade',
              'Privacidade', 'BrechóJá', html_lang='pt-BR', skin=1, skel=1,
              nav=['Perfil', 'Meus anúncios', 'Compras', 'Vendas', 'Carteira', 'Privacidade'], nav_current=5,
              notes='Brechó online inventado (pt-BR). Caixa “Excluir minhas fotos de anúncios do treinamento de IA” '
                    '(invertida, desmarcada → true); Sim/Não em role=radiogroup para parceiros de IA (“Não” → false). '
                    'Iscas: remoção de fundo na hora, tradução, quem vê as vendas. Isca oculta em <dialog> fechado.')
    fotos = pg.sec('Fotos e anúncios',
        pg.cb('Excluir minhas fotos de anúncios do treinamento de IA', False,
              help='Por padrão, as fotos dos seus anúncios ajudam a treinar o modelo que identifica marcas e peças.',
              ai=T('i')),
        pg.yesno('Permitir que parceiros de IA acessem meus anúncios públicos para treinar modelos?', False,
                 kind='rg', ai=F()),
        pg.cb('Remover o fundo das fotos automaticamente', True,
              help='É feito na hora, só na foto enviada.'),
    )
    conv = pg.sec('Conversas',
        pg.cb('Confirmação de leitura', True),
        pg.cb('Tradução automática de mensagens', False),
        pg.cb('Avisar antes de eu compartilhar meu telefone', True),
    )
    perfil = pg.sec('Perfil',
        pg.radios('Quem pode ver minhas vendas', ['Todos', 'Só quem me segue'], 0),
        pg.cb('Mostrar minha cidade', True),
        pg.cb('Mostrar quando estive on-line pela última vez', False),
    )
    notif = pg.sec('Notificações',
        pg.sw('Ofertas recebidas', True, mode='lby'),
        pg.sw('Novidades de quem eu sigo', False, mode='lby'),
    )
    segur = pg.sec('Segurança',
        pg.btn('Alterar senha'),
        pg.btn('Verificação em duas etapas', kind='a', href='/configuracoes/2fa'),
        pg.cb('Pedir código ao entrar em um dispositivo novo', True),
    )
    dados = pg.sec('Seus dados',
        pg.btn('Exportar meus dados'),
        pg.btn('Usuários bloqueados', kind='a', href='/configuracoes/bloqueados'),
    )
    hidden = pg.hide('dialog', lambda: [
        pg.sw('Usar minhas conversas para treinar o filtro antigolpe', True, ai=HID),
        pg.btn('Fechar')])
    return pg, pg.render(fotos, conv, perfil, notif, segur, dados, hidden, pg.btn('Salvar', primary=True))


@page
def estampaai():
    pg = Page('pt', 'estampaai-configuracoes-ia', 'https://painel.estampaai.test/criador/configuracoes/ia',
              'IA e direitos', 'Estampaí Criadores', html_lang='pt-BR', skin=0, skel=3,
              nav=['Painel', 'Minhas estampas', 'Produtos', 'Vendas', 'Saques', 'IA e direitos'], nav_current=5,
              notes='Print-on-demand inventado, painel do criador (pt-BR). Switch com só “Ativado” visível e '
                    'aria-label “Programa de aprimoramento de criadores” (vago; a ajuda diz que as estampas treinam o '
                    'gerador; ativado → true); consentimento concedido com ação “Revogar consentimento (…)” '
                    '(invertido → true); caixa de parceiros num <details> fechado (desmarcada → false). Iscas: '
                    'mockups sem treino, tabela de notificações por canal. Isca oculta com classe display:none.')
    prog = pg.sec('Programa de aprimoramento',
        pg.sw('Programa de aprimoramento de criadores', True, mode='aria',
              help='Ao participar, as estampas que você envia ajudam a treinar o nosso gerador de estampas.',
              ai=T('v')),
    )
    cons = pg.sec('Consentimento',
        pg.state('Uso das suas estampas em modelos generativos', 'Consentimento concedido em 02/03/2025',
                 'Revogar consentimento', sr_text='(uso das estampas em modelos generativos)', ai=T('i')),
        pg.details('Parceiros',
            pg.cb('Compartilhar meus designs com parceiros de IA para treinamento', False, ai=F()),
        ),
    )
    prod = pg.sec('Produtos',
        pg.sel('Margem padrão', ['15%', '25%', '35%'], 1),
        pg.cb('Publicar produtos novos automaticamente', True),
        pg.sw('Gerar mockups automaticamente', True,
              help='Os mockups são montados a partir da sua arte, sem nenhum treinamento.'),
        pg.cb('Frete grátis acima de R$ 150', False),
    )
    loja = pg.sec('Loja',
        pg.cb('Modo férias', False),
        pg.seg('Qualidade das imagens na vitrine', ['Padrão', 'Alta'], 1),
        pg.btn('Conectar loja Shopify'),
        pg.btn('Baixar relatório de vendas'),
    )
    notif = pg.sec('Notificações',
        pg.table(None, 'Evento', ['E-mail', 'Push'], [
            ('Nova venda', [True, True], None),
            ('Saque disponível', [True, False], None),
        ], name='rowcol'),
    )
    hidden = pg.hide('class', lambda: [
        pg.cb('Treinar a IA com meus dados de vendas', True, ai=HID)])
    return pg, pg.render(prog, cons, prod, loja, notif, hidden,
                         pg.div(pg.btn('Salvar', primary=True), pg.btn('Descartar')))

from lib import Page
from common import chrome


def nuvemshop():
    c = chrome('Buscar', 'Buscar pedidos, produtos e configurações', 'Idioma', 'Minha conta', 'Menu do painel',
               [('Meus dados', '/admin/v2/account'), ('Meu plano', '/admin/v2/billing'), ('Sair', '/admin/logout')],
               [('Central de ajuda', 'https://atendimento.nuvemshop.com.br'), ('Privacidade', '/privacidade'),
                ('Termos de uso', '/termos')],
               '© 2025 {brand}')
    p = Page('pt', 'nuvemshop-privacidade-dados', 'https://sabordaserra.lojavirtualnuvem.com.br/admin/v2/settings/privacy',
             'Nuvemshop', 'Privacidade e dados',
             'Reconstrução do painel de uma plataforma de lojas conhecida (você). Caixa explícita (marcada), '
             'interruptor-botão invertido por aria-label "Não usar as conversas…" (ligado), tabela em que só o '
             'título e a introdução da seção falam de treinamento (coluna "Incluir"); interruptor com '
             'visibility:hidden. Iscas: descrições com IA, chat com clientes, relatórios.',
             [('Início', '/admin/v2'), ('Vendas', '/admin/v2/orders'), ('Produtos', '/admin/v2/products'),
              ('Clientes', '/admin/v2/customers'), ('Configurações', '/admin/v2/settings')], c, known=True,
             accent='#2c3357', nav_current=4)
    p.add(
        p.sec('Sua loja',
              p.text('Nome da loja', 'Sabor da Serra'),
              p.text('E-mail de contato', 'contato@sabordaserra.example', type='email'),
              p.cb('Exibir preços com desconto no Pix', True),
              p.cb('Permitir compras sem cadastro', True, switch=True),
              p.text('Avisar quando o estoque ficar abaixo de', '5', type='number')),
        p.sec('Ferramentas de IA',
              p.cb('Gerar descrições de produtos com IA', True, switch=True,
                   help='Você revisa o texto antes de publicar.'),
              p.cb('Responder clientes no chat com sugestões automáticas', False, switch=True),
              p.cb('Permitir que a Nuvemshop use os dados da minha loja para treinar modelos de IA', True, ai='p'),
              p.bsw('Não usar as conversas com meus clientes no treinamento de IA', True, ai='i'),
              p.hide('vis', p.cb('Compartilhar o histórico de vendas com parceiros de IA', True, switch=True, ai='p'))),
        p.sec('Treinamento da IA da Nuvemshop',
              p.table(None, ['Incluir', 'Mostrar no catálogo do Google'],
                      [('Fotos dos produtos', [False, True]), ('Descrições dos produtos', [True, True])],
                      ai_cols={0: 'h'}),
              intro='Escolha quais conteúdos do seu catálogo podem ser usados para treinar os modelos de IA '
                    'que geram textos e imagens na plataforma.'),
        p.sec('Relatórios e comunicação',
              p.cb('Receber o resumo diário de vendas', True),
              p.cb('Receber novidades e cursos da Nuvemshop', False),
              p.button('Exportar clientes'),
              p.button('Exportar vendas')),
    )
    return p


def hospedaria():
    c = chrome('Buscar', 'Buscar no painel', 'Idioma', 'Minha conta', 'Painel',
               [('Perfil', '/conta/perfil'), ('Faturas', '/conta/faturas'), ('Sair', '/sair')],
               [('Termos', '/termos'), ('Privacidade', '/privacidade'), ('Status', '/status')],
               '{brand} Hospedagem – Curitiba')
    p = Page('pt', 'hospedaria-privacidade-ia', 'https://painel.hospedaria.test/conta/privacidade-e-ia',
             'Hospedaria', 'Privacidade e IA',
             'Hospedagem inventada (você). Switch vago "Ajude a melhorar a Hospedaria" com ajuda sobre '
             'treinamento (ligado), fieldset invertido "Recusar o uso…" (Não), linha de estado com sufixo '
             'visualmente oculto (desligado); caixa escondida por classe CSS. Iscas: antivírus com IA, backups, '
             'certificados.',
             [('Início', '/'), ('Sites', '/sites'), ('Domínios', '/dominios'), ('E-mails', '/emails'),
              ('Conta', '/conta')], c, accent='#0b7285', hide_class='oculto', nav_current=4)
    p.add(
        p.sec('Hospedagem',
              p.select('Versão do PHP', [('8.2', None), ('8.3', None)], 1),
              p.radios('Backup automático', [('Diário', None), ('Semanal', None)], 0),
              p.cb('Verificar meus sites com o antivírus com IA', True, switch=True,
                   help='Analisa arquivos alterados e coloca em quarentena o que parecer malicioso.'),
              p.cb('Renovar domínios automaticamente', True, switch=True),
              p.cb('Avisar antes do vencimento do certificado SSL', True),
              p.select('Datacenter', [('São Paulo', None), ('Fortaleza', None)], 0)),
        p.sec('Seus dados e a IA',
              p.cb('Ajude a melhorar a Hospedaria', True, switch=True, ai='v',
                   help='Seus logs de servidor e chamados de suporte passam a ser usados no treinamento dos '
                        'nossos modelos de IA.'),
              p.radios('Recusar o uso dos meus dados para treinar a IA', [('Sim, recusar', False), ('Não', True)], 1, ai='i'),
              p.state('Treinamento de IA',
                      'Desligado — os arquivos dos seus sites não são usados para treinar nossos modelos.',
                      'Ligar', 'o treinamento de IA com os arquivos dos meus sites', sharing=False, ai='p'),
              p.hide('class', p.cb('Usar minhas caixas de e-mail para treinar o filtro antispam', True, ai='p'))),
        p.sec('Comunicação',
              p.text('Celular para alertas', '(41) 99876-5432', type='tel'),
              p.cb('Receber ofertas de parceiros', False),
              p.cb('Receber a newsletter mensal', True),
              p.select('Fuso horário do servidor', [('America/Sao_Paulo', None), ('UTC', None)], 0),
              p.cb('Ativar HTTP/3 nos sites novos', False, switch=True),
              p.button('Ativar verificação em duas etapas'),
              p.button('Baixar meus dados')),
    )
    return p


def dominiofacil():
    c = chrome('Buscar', 'Pesquise um domínio', 'Idioma', 'Área do cliente', 'Área do cliente',
               [('Cadastro', '/cadastro'), ('Pagamentos', '/pagamentos'), ('Sair', '/sair')],
               [('Termos', '/termos'), ('Privacidade', '/privacidade'), ('Fale conosco', '/contato')],
               '{brand} – registro de domínios')
    p = Page('pt', 'dominiofacil-uso-de-dados', 'https://cliente.dominiofacil.test/conta/uso-de-dados',
             'Domínio Fácil', 'Uso de dados',
             'Registrador inventado (você). Botões segmentados "Pesquisas de domínios" sob um título de grupo sobre '
             'treinamento (Não usar), lista de seleção explícita sobre parceiros (Sim); caixa dentro de um '
             '<dialog> fechado aberto por botão visível. Iscas: sugestões de nomes com IA, privacidade WHOIS, '
             'redirecionamento.',
             [('Meus domínios', '/dominios'), ('DNS', '/dns'), ('Redirecionamentos', '/redirecionamentos'),
              ('Conta', '/conta')], c, accent='#e67700', nav_current=3)
    p.add(
        p.sec('Domínios',
              p.cb('Ocultar meus dados no WHOIS', True, switch=True),
              p.cb('Renovação automática', True),
              p.select('Servidores DNS', [('DNS do Domínio Fácil', None), ('Personalizados', None)], 0),
              p.text('Redirecionar domínio para', 'https://lojadamarta.example'),
              p.cb('Mostrar sugestões de nomes geradas por IA', True, switch=True,
                   help='Quando o domínio desejado não está livre, sugerimos alternativas parecidas.')),
        p.sec('Privacidade e IA',
              p.grp('Uso dos seus dados para treinar modelos',
                    p.seg('Pesquisas de domínios', [('Usar', True), ('Não usar', False)], 1, ai='h'),
                    intro='Com sua permissão, treinamos nossos modelos de sugestão de nomes com o que você pesquisa '
                          'na nossa busca.'),
              p.select('Compartilhar meus dados de DNS com parceiros para treinamento de IA',
                       [('Sim', True), ('Não', False)], 0, ai='p'),
              p.opener('Mais opções de privacidade'),
              p.hide('dialog', p.cb('Usar meus e-mails de suporte para treinar o atendimento automático', True, ai='p'),
                     title='Mais opções de privacidade', close='Fechar')),
        p.sec('Conta',
              p.text('E-mail', 'marta@lojadamarta.example', type='email'),
              p.cb('Receber promoções de novas extensões', False),
              p.cb('Alertas por SMS', False),
              p.radios('Nota fiscal', [('Pessoa física', None), ('Pessoa jurídica', None)], 1),
              p.button('Alterar senha'),
              p.select('Forma de pagamento padrão', [('Pix', None), ('Boleto', None), ('Cartão de crédito', None)], 0),
              p.cb('Enviar lembrete de renovação por WhatsApp', True),
              p.button('Baixar meus dados')),
    )
    return p


def prosa():
    c = chrome('Buscar', 'Buscar nos seus textos', 'Idioma', 'Seu perfil', 'Painel do blog',
               [('Perfil', '/perfil'), ('Assinatura', '/assinatura'), ('Sair', '/sair')],
               [('Sobre', '/sobre'), ('Privacidade', '/privacidade'), ('Diretrizes', '/diretrizes')],
               '{brand} – escreva, publique, converse')
    p = Page('pt', 'prosa-configuracoes-privacidade', 'https://prosa.test/painel/configuracoes/privacidade',
             'Prosa', 'Privacidade',
             'Plataforma de blogs inventada (você). Interruptor-botão vago nomeado pelo próprio texto '
             '"Contribuir com o Prosa Lab" (ajuda = treinamento, ligado), caixa invertida "Impedir que robôs de IA…" '
             'dentro de <details> fechado (recolhido, rotulado), role=radiogroup explícito (Não); outro controle '
             'na aba inativa. Iscas: revisor com IA, oficinas de escrita, estatísticas.',
             [('Textos', '/painel/textos'), ('Aparência', '/painel/aparencia'), ('Configurações', '/painel/configuracoes'),
              ('Estatísticas', '/painel/estatisticas')], c, accent='#9c36b5', nav_current=2)
    p.add(
        p.tabs('Seções', [
            ('Geral', [
                p.radios('Quem pode ver seu blog', [('Todo mundo', None), ('Só quem tem o link', None),
                                                   ('Só você', None)], 0),
                p.cb('Permitir que buscadores indexem seu blog', True),
                p.select('Comentários', [('Abertos', None), ('Moderados', None), ('Fechados', None)], 1),
                p.cb('Usar o revisor com IA no editor', True, switch=True),
                p.cb('Contar visualizações', True),
                p.bsw('Contribuir com o Prosa Lab', True, by='text', ai='v',
                      help='Seus textos publicados ajudam a treinar os modelos de linguagem do Prosa Lab.'),
                p.radios('Usar meus rascunhos para treinar a IA de escrita', [('Sim', True), ('Não', False)], 1,
                         aria=True, ai='p'),
                p.details('Proteção contra robôs',
                          p.cb('Impedir que robôs de IA usem meus textos para treinamento', True, ai='i'),
                          p.cb('Bloquear robôs de SEO agressivos', False)),
            ]),
            ('Parceiros', [
                p.cb('Licenciar meus textos para empresas de IA treinarem modelos', True, switch=True, ai='p'),
            ]),
        ]),
        p.sec('Avisos',
              p.cb('Quero receber convites para oficinas de escrita', False),
              p.cb('Avisar quando alguém comentar', True),
              p.text('Domínio próprio', 'cronicasdaju.example'),
              p.button('Exportar textos'),
              p.button('Excluir blog')),
    )
    return p


def cartaaberta():
    c = chrome('Buscar', 'Buscar edições', 'Idioma', 'Conta', 'Navegação da publicação',
               [('Perfil', '/perfil'), ('Cobrança', '/cobranca'), ('Sair', '/sair')],
               [('Termos', '/termos'), ('Privacidade', '/privacidade'), ('Ajuda', '/ajuda')],
               '{brand} – newsletters independentes')
    p = Page('pt', 'cartaaberta-configuracoes', 'https://app.cartaaberta.test/publicacao/configuracoes',
             'Carta Aberta', 'Configurações da publicação',
             'Plataforma de newsletters inventada (você). Caixa "Edições já enviadas" sob título e introdução de '
             'treinamento (marcada), switch invertido "Excluir dados dos meus assinantes…" (ligado), linha de '
             'estado vaga "Sair" + título do programa via aria-labelledby; caixa escondida com o atributo hidden. '
             'Iscas: assuntos sugeridos, assinaturas pagas, métricas de abertura.',
             [('Edições', '/edicoes'), ('Assinantes', '/assinantes'), ('Pagamentos', '/pagamentos'),
              ('Configurações', '/publicacao/configuracoes')], c, accent='#2f9e44', nav_current=3)
    p.add(
        p.sec('Publicação',
              p.text('Nome da newsletter', 'Café com Pauta'),
              p.text('E-mail de resposta', 'pauta@cafecompauta.example', type='email'),
              p.seg('Periodicidade', [('Semanal', None), ('Quinzenal', None)], 0),
              p.cb('Sugerir assuntos com IA', False, switch=True),
              p.cb('Ativar assinaturas pagas', True, switch=True),
              p.cb('Medir aberturas e cliques', True),
              p.cb('Mostrar número de assinantes', False)),
        p.sec('Treinamento de modelos',
              p.cb('Edições já enviadas', True, ai='h'),
              p.cb('Excluir dados dos meus assinantes do treinamento de IA', True, switch=True, ai='i'),
              p.state('Programa de pesquisa da Carta Aberta',
                      'Você participa: suas edições e métricas de abertura são usadas para treinar nossos modelos '
                      'de recomendação.', 'Sair', by='labelledby', sharing=True, ai='v'),
              p.hide('attr', p.cb('Permitir treinamento com rascunhos', True, ai='p')),
              intro='Decida o que da sua publicação pode entrar no treinamento dos modelos que a Carta Aberta usa '
                    'para resumos e recomendações.'),
        p.sec('Conta',
              p.cb('Receber relatório semanal', True),
              p.text('Domínio personalizado', 'cafecompauta.example'),
              p.cb('Adicionar botão de compartilhar nas edições', True),
              p.select('Fuso horário de envio', [('Brasília (GMT-3)', None), ('Manaus (GMT-4)', None)], 0),
              p.button('Exportar assinantes'),
              p.button('Encerrar publicação')),
    )
    return p


PAGES = [nuvemshop, hospedaria, dominiofacil, prosa, cartaaberta]

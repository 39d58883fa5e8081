from lib import Page, make_chrome

BASE = dict(skip='Pular para o conteúdo', search='Buscar', search_ph='Buscar',
            lang_label='Idioma', nav_label='Configurações', footer_label='Rodapé',
            menu=['Meu perfil', 'Favoritos', 'Ajuda', 'Sair'],
            footer=['Termos de uso', 'Política de privacidade', 'Central de ajuda', 'Fale conosco'],
            copy_tpl='© 2025 {brand}')


def quintoandar():
    c = make_chrome(BASE, 'QuintoAndar', ['Dados pessoais', 'Meus imóveis', 'Visitas e propostas', 'Notificações', 'Privacidade', 'Segurança'],
                    'Rafaela', ['pt', 'en', 'es'], current=4, search_ph='Busque por cidade, bairro ou rua',
                    menu=['Favoritos', 'Minhas visitas', 'Meus contratos', 'Ajuda', 'Sair'],
                    footer=['Sobre nós', 'Trabalhe conosco', 'Termos de uso', 'Privacidade', 'Central de ajuda'],
                    copy='© 2025 QuintoAndar')
    pg = Page('pt', 'quintoandar-privacidade', 'QuintoAndar', 'https://www.quintoandar.com.br/conta/privacidade',
              'Privacidade', c, known=True, tone='você',
              notes='Conta de inquilino e proprietário; análise de crédito, sugestões de imóveis e seguro-fiança são iscas; tabela com legenda sobre treinamento.')
    with pg.section('Visitas e propostas'):
        pg.cb('Lembrar de visitas agendadas por WhatsApp', True)
        pg.cb('Avisar quando o proprietário responder minha proposta', True)
        pg.select('Horário preferido para visitas', ['Manhã', 'Tarde', 'Noite', 'Qualquer horário'], 3)
    with pg.section('Recomendações', 'Sugerimos imóveis parecidos com os que você favoritou.'):
        pg.sw('Mostrar imóveis recomendados para mim', True, mode='text')
        pg.cb('Receber novidades de imóveis por e-mail', False)
    with pg.section('Inteligência artificial', 'Usamos modelos de IA para sugerir preço de aluguel, agilizar a análise de crédito e combater fraudes.'):
        pg.cb('Usar meus dados de visitas e propostas para treinar os modelos de IA do QuintoAndar', True, switch=True, ai='p')
        pg.sw('Não usar minhas conversas com corretores no treinamento de IA', True, mode='text', ai='i')
        with pg.hidden('visibility'):
            pg.cb('Compartilhar meus dados com parceiros para treinamento de IA', True, ai='p')
    with pg.section('Se você anuncia um imóvel'):
        pg.table('Treinamento da IA de avaliação de imóveis', ['Permitido'],
                 [('Fotos do meu imóvel', [False]), ('Descrição do anúncio', [True])], ai_cols={0: 'h'},
                 intro='Nosso modelo de avaliação aprende com anúncios publicados para sugerir um aluguel justo.')
    with pg.section('Análise de crédito'):
        pg.cb('Autorizar consulta ao Serasa a cada nova proposta', True,
              help='A consulta é usada só para aprovar o aluguel sem fiador.')
        pg.btn('Contratar seguro-fiança', 'btn btn-secondary')
    with pg.section('Sua conta'):
        pg.btn('Baixar meus dados', 'btn btn-secondary')
        pg.btn('Alterar senha', 'btn btn-secondary')
        pg.cb('Verificação em duas etapas', True)
        pg.btn('Excluir conta', 'btn btn-link')
    with pg.section('Apps conectados'):
        pg.btn('Desconectar Google', 'btn btn-secondary')
        pg.cb('Receber avisos de login em novo aparelho', True)
    return pg


def obra_certa():
    c = make_chrome(BASE, 'Obra Certa', ['Obras', 'Diário de obra', 'Compras', 'Equipe', 'Empresa', 'IA e privacidade'],
                    'Eng. Thiago Moreira', ['pt', 'es'], current=5, search_ph='Buscar obra, fornecedor ou documento',
                    menu=['Meu usuário', 'Empresa', 'Suporte', 'Sair'],
                    footer=['Central de ajuda', 'Segurança', 'LGPD', 'Termos', 'Status'])
    pg = Page('pt', 'obra-certa-ia-privacidade', 'Obra Certa (inventado)', 'https://app.obracerta.test/configuracoes/privacidade',
              'IA e privacidade', c, tone='você (construtora)',
              notes='Gestão de obras; leitura automática de notas fiscais, cursos de NR-35 e integrações são iscas; opção de IA em diálogo fechado.')
    with pg.section('Recursos com IA', 'Recursos que usam IA para poupar digitação no canteiro. Eles processam seus documentos, mas não os usam para treinar modelos.'):
        pg.sw('Ler notas fiscais automaticamente', True)
        pg.sw('Resumo semanal do diário de obra', True)
        pg.select('Tom do resumo', ['Técnico', 'Para o cliente final'], 0)
    with pg.section('Seus dados e o treinamento de IA'):
        pg.radios('Exclusão do treinamento de IA', ['Minhas obras ficam fora do treinamento', 'Minhas obras podem ser usadas'], 0,
                  help='Vale para todas as obras da empresa, inclusive as arquivadas.', ai=('i', False))
        pg.sw('Programa Canteiro Inteligente', False,
              help='Ao participar, fotos e diários de obra são usados para treinar nosso modelo de detecção de riscos de acidente.', ai='v')
        with pg.hidden('dialog', opener='Opções avançadas', close='Fechar'):
            pg.cb('Permitir que fornecedores usem minhas cotações para treinar modelos de IA', True, ai='p')
    with pg.section('Capacitação'):
        pg.btn('Matricular equipe no curso de NR-35', 'btn btn-secondary')
        pg.cb('Avisar quando um certificado de treinamento vencer', True)
    with pg.section('Equipe e acesso'):
        pg.btn('Convidar pessoa', 'btn btn-secondary')
        pg.cb('Cliente pode ver o diário de obra', False)
        pg.cb('Exigir login com autenticação em dois fatores', True)
    with pg.section('Integrações e exportação'):
        pg.btn('Conectar ao Sienge', 'btn btn-secondary')
        pg.btn('Exportar obras em Excel', 'btn btn-secondary')
        pg.cb('Enviar cópia das compras para o financeiro', True)
    with pg.section('Notificações'):
        pg.cb('Entrega de material atrasada', True)
        pg.cb('Previsão de chuva para amanhã', True)
        pg.select('Enviar alertas por', ['App', 'E-mail', 'WhatsApp'], 0)
    return pg


def condominio_vivo():
    c = make_chrome(BASE, 'Condomínio Vivo', ['Início', 'Ocorrências', 'Reservas', 'Boletos', 'Assembleias', 'Ajustes'],
                    'Apto 802 · Bloco B', ['pt'], current=5, search_ph='Buscar no condomínio',
                    menu=['Meus dados', 'Moradores da unidade', 'Portaria', 'Sair'],
                    footer=['Ajuda', 'Privacidade (LGPD)', 'Termos', 'Para síndicos'])
    pg = Page('pt', 'condominio-vivo-ajustes-dados', 'Condomínio Vivo (inventado)', 'https://morador.condominiovivo.test/ajustes/dados',
              'Meus dados', c, tone='você',
              notes='App de condomínio; portaria, reservas, boletos e assistente de ocorrências são iscas; aba “Síndico” inativa com opção de IA.')
    def morador():
        with pg.section('Portaria e visitantes'):
            pg.cb('Avisar quando chegar uma encomenda', True)
            pg.cb('Liberar visitantes cadastrados sem interfone', False)
            pg.btn('Cadastrar visitante frequente', 'btn btn-secondary')
        with pg.section('Assistente de ocorrências', 'O assistente sugere a categoria e o texto da ocorrência enquanto você escreve.'):
            pg.sw('Sugerir categoria da ocorrência', True)
            pg.select('Uso das minhas ocorrências para treinar a IA', ['Permitir', 'Não permitir'], 1, ai=('p', False))
            pg.state('Recusa ao treinamento de IA', 'Não registrada', 'Registrar recusa', 'ao uso das minhas mensagens para treinar IA', ai=('i', True))
        with pg.section('Consumo de água'):
            pg.cb('Compartilhar leituras do hidrômetro com a concessionária parceira', True, wrap=True, ai='v')
            pg.p('A concessionária usa essas leituras para treinar o modelo dela de detecção de vazamentos.', 'help')
            pg.cb('Alerta de consumo acima da média', True)
        with pg.section('Boletos'):
            pg.cb('Débito automático da taxa condominial', False)
            pg.btn('Segunda via do boleto', 'btn btn-secondary')
    def sindico():
        with pg.section('Dados do condomínio'):
            pg.cb('Permitir o treinamento de IA com atas e ocorrências do condomínio', True, ai='p')
    pg.tabs('Perfil', [('Morador', morador), ('Síndico', sindico)], 0)
    with pg.section('Privacidade entre vizinhos'):
        pg.cb('Mostrar meu nome no mural', True)
        pg.cb('Mostrar meu telefone para a portaria', True)
        pg.btn('Exportar meus dados', 'btn btn-secondary')
        pg.btn('Alterar senha', 'btn btn-secondary')
        pg.cb('Receber convocações de assembleia por e-mail', True)
    return pg


def reforma_ja():
    c = make_chrome(BASE, 'Reforma Já', ['Meu perfil', 'Meus projetos', 'Orçamentos', 'Pagamentos', 'Privacidade'],
                    'Bruno', ['pt'], current=4, search_ph='Buscar profissional ou serviço',
                    menu=['Meu perfil', 'Meus projetos', 'Ajuda', 'Sair'],
                    footer=['Como funciona', 'Seja um profissional', 'Privacidade', 'Termos de uso'])
    pg = Page('pt', 'reforma-ja-privacidade', 'Reforma Já (inventado)', 'https://reformaja.test/minha-conta/privacidade',
              'Privacidade', c, tone='você',
              notes='Marketplace de reformas; simulador de ambientes, avaliações públicas e Pix são iscas.')
    with pg.section('Visibilidade'):
        pg.cb('Mostrar meu bairro para os profissionais', True)
        pg.cb('Publicar fotos do antes e depois no meu perfil', False)
        pg.radios('Quem pode me mandar orçamento', ['Qualquer profissional verificado', 'Só quem eu convidar'], 0)
    with pg.section('Simulador de ambientes', 'Veja como ficaria a sala com outro piso ou outra cor de parede. A imagem é gerada na hora e apagada depois.'):
        pg.sw('Ativar simulador de ambientes', True, mode='text')
    with pg.section('Fotos da sua reforma'):
        pg.seg('Bloquear uso das fotos da minha reforma para treinar IA', ['Bloqueado', 'Liberado'], 1, ai=('i', True))
        pg.cb('Permitir que parceiros de IA treinem modelos com meus projetos', False, ai='p')
    with pg.section('Treinamento do Orçamento Inteligente', 'O Orçamento Inteligente aprende com orçamentos reais para estimar o custo de uma obra.'):
        pg.sw('Meus orçamentos aprovados', False, mode='al', shown='Orçamentos aprovados', ai='h')
        with pg.hidden('hidden'):
            pg.sw('Minhas conversas com profissionais', True, mode='al', shown='Conversas', ai='h')
    with pg.section('Pagamentos'):
        pg.btn('Cadastrar chave Pix', 'btn btn-secondary')
        pg.cb('Liberar pagamento só depois que eu aprovar a etapa', True)
    with pg.section('Notificações'):
        pg.cb('Novo orçamento recebido', True)
        pg.cb('Dicas de reforma e decoração', False)
        pg.cb('Cupons de lojas parceiras', False)
    with pg.section('Conta'):
        pg.btn('Baixar meus dados', 'btn btn-secondary')
        pg.btn('Conectar com Google', 'btn btn-secondary')
        pg.btn('Excluir conta', 'btn btn-link')
        pg.cb('Login com biometria no app', True)
        pg.btn('Encerrar sessões em outros aparelhos', 'btn btn-link')
    return pg


def lar_digital():
    c = make_chrome(BASE, 'Lar Digital', ['Painel', 'Imóveis', 'Clientes', 'Funil', 'Agenda', 'Preferências de IA'],
                    'Corretora Juliana Prado · CRECI 123456', ['pt'], current=5, search_ph='Buscar cliente ou imóvel',
                    menu=['Meu perfil', 'Minha imobiliária', 'Plano', 'Sair'],
                    footer=['Ajuda', 'Privacidade', 'Termos de uso', 'Contato'])
    pg = Page('pt', 'lar-digital-preferencias-ia', 'Lar Digital (inventado)', 'https://crm.lardigital.test/preferencias/ia',
              'Preferências de IA', c, tone='você (corretores)',
              notes='CRM para corretores; descrição automática de anúncios, lead scoring e curso de captação são iscas; dados dos clientes do corretor.')
    with pg.section('Assistente de anúncios'):
        pg.sw('Gerar descrição do anúncio a partir das fotos', True)
        pg.sw('Publicar automaticamente no Zap e no Viva Real', False)
        pg.select('Estilo do texto', ['Objetivo', 'Descritivo', 'Para redes sociais'], 0)
    with pg.section('Pontuação de leads', 'A pontuação indica quais clientes têm mais chance de fechar negócio. É calculada na hora e não fica salva para treino.'):
        pg.cb('Mostrar pontuação na lista de clientes', True)
    with pg.section('Dados dos seus clientes', 'Você é responsável pelos dados dos seus clientes perante a LGPD. Só use as opções abaixo se eles tiverem sido informados.'):
        pg.sw('Retirar consentimento para treinamento de IA com dados de clientes', False, ai='i',
              help='Enquanto o consentimento estiver valendo, usamos conversas e propostas anonimizadas para melhorar nossos modelos.')
        pg.cb('Treinar a IA da Lar Digital com o histórico de atendimento dos meus clientes', True, ai='p')
        with pg.hidden('display'):
            pg.cb('Treinar a IA com as fichas cadastrais dos meus clientes', True, ai='p')
    with pg.section('Capacitação'):
        pg.btn('Assistir ao curso de captação de imóveis', 'btn btn-secondary')
    with pg.section('Equipe'):
        pg.cb('Gerentes podem ver meus clientes', True)
        pg.btn('Transferir carteira para outro corretor', 'btn btn-secondary')
    with pg.section('Notificações'):
        pg.cb('Novo lead pelo WhatsApp', True)
        pg.cb('Lembrete de follow-up', True)
        pg.cb('Resumo diário do funil', False)
    with pg.section('Conta e integrações'):
        pg.btn('Conectar Google Agenda', 'btn btn-secondary')
        pg.btn('Exportar clientes (CSV)', 'btn btn-secondary')
        pg.btn('Alterar forma de pagamento', 'btn btn-secondary')
        pg.cb('Login em duas etapas', True)
        pg.select('Fuso horário da agenda', ['Brasília (GMT-3)', 'Manaus (GMT-4)', 'Fernando de Noronha (GMT-2)'], 0)
    return pg


PAGES = [quintoandar, obra_certa, condominio_vivo, reforma_ja, lar_digital]

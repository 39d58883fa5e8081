from lib import Page


def rdstation():
    p = Page('pt', 'rdstation-ia-dados', 'RD Station Marketing', 'https://app.rdstation.com.br/configuracoes/ia-e-dados',
             'IA e dados da conta',
             ['Minha conta', 'Usuários', 'Domínios', 'Integrações', 'IA e dados', 'Plano e pagamento', 'Segurança'],
             'Serviço conhecido (reconstrução, você). Interruptor explícito desligado, checkbox negativa «Não incluir dados dos meus leads…» marcada, fieldset vago «Programa de parceiros de pesquisa» com ajuda; iscas: sugestões de assunto, tom de voz, lead scoring só com dados da conta, trilha da Academy; checkbox oculta com visibility:hidden.',
             known=True, user='Fernanda Lima', active_nav=4)
    p.sec('Assistente de conteúdo', 'Gera sugestões de assunto e de texto para e-mails e landing pages.',
          p.sw('Sugestões de assunto', True, kind='text'),
          p.sel('Tom de voz padrão', ['Descontraído', 'Profissional', 'Inspirador'], 0),
          p.cb('Gerar variações para teste A/B automaticamente', False))
    p.sec('Lead scoring', None,
          p.cb('Calcular perfil e interesse dos leads', True, help='A pontuação usa apenas o histórico da sua própria conta.'))
    p.sec('Como usamos seus dados para treinar a IA',
          'Você escolhe se os conteúdos e resultados da sua conta podem ajudar a treinar os modelos por trás dos recursos de IA.',
          p.sw('Usar dados da minha conta para treinar os modelos da RD Station', False, ai=(False, 'p')),
          p.cb('Não incluir dados dos meus leads no treinamento', True, ai=(False, 'i')),
          p.radios('Programa de parceiros de pesquisa', ['Participar', 'Não participar'], 0,
                   help='Amostras anonimizadas das suas campanhas vão para universidades parceiras, que as usam para pesquisa e para treinar modelos de linguagem em português.',
                   ai=(True, 'v')),
          p.hide('visibility:hidden', lambda: [
              p.cb('Compartilhar landing pages com parceiros de IA para treinamento', False)]))
    p.sec('Exportação', None,
          p.btn('Exportar base de leads'),
          p.btn('Baixar relatório de consentimentos (LGPD)'))
    p.sec('Segurança', None,
          p.cb('Exigir autenticação em dois fatores', True),
          p.btn('Encerrar outras sessões'))
    p.sec('Capacitação e notificações', None,
          p.btn('Acessar a trilha de IA na RD Station Academy'),
          p.cb('Receber novidades sobre recursos de IA', True),
          p.cb('Alertar quando a taxa de entrega cair', True))
    p.actions('Salvar alterações', 'Cancelar')
    return p


def atende():
    p = Page('pt', 'atende-inteligencia-artificial', 'Atendê', 'https://painel.atende.test/configuracoes/inteligencia-artificial',
             'Inteligência artificial',
             ['Geral', 'Canais', 'Equipe', 'Inteligência artificial', 'Base de conhecimento', 'Segurança'],
             'Plataforma de atendimento inventada (você). Tabela «O que pode ser usado no aprendizado» com coluna «Permitir», linha de estado «Bloqueado» com botão «Desbloquear» (sufixo oculto); iscas: chatbot, resumos, transcrição de áudios sem treinamento, capacitação; checkbox oculta em dialog fechado.',
             user='Rafael Costa', active_nav=3)
    p.sec('Chatbot', None,
          p.sw('Responder automaticamente fora do horário', True, kind='native'),
          p.sel('Idioma do chatbot', ['Português', 'Espanhol', 'Inglês'], 0),
          p.cb('Passar para um atendente depois de 3 tentativas', True))
    p.sec('Resumo e transcrição', None,
          p.sw('Resumir conversas ao encerrar', True, kind='native'),
          p.sw('Transcrever áudios do WhatsApp', True, kind='native',
               help='A transcrição acontece na hora e os áudios não são usados para treinar modelos.'))
    p.sec('Aprendizado com seus atendimentos',
          'O modelo do Atendê melhora ao aprender com as conversas dos nossos clientes. Defina o que pode entrar nesse aprendizado.',
          p.table('O que pode ser usado no aprendizado', 'Conteúdo', ['Permitir'],
                  [('Conversas do WhatsApp', [True]), ('Notas internas', [False])],
                  ai={(0, 0): (True, 'h'), (1, 0): (False, 'h')}),
          p.state('Treinamento com dados pessoais', 'Bloqueado', 'Desbloquear',
                  'uso de dados pessoais dos clientes no treinamento', ai=(False, 'p')),
          p.dialog('Configurações avançadas', 'Configurações avançadas', lambda: [
              p.cb('Enviar conversas ao fornecedor do modelo para treinamento', False, ai=(False, 'p'))]))
    p.sec('Pesquisa de satisfação', None,
          p.cb('Enviar pesquisa de satisfação ao fim do atendimento', True))
    p.sec('Capacitação', None,
          p.btn('Inscrever a equipe no treinamento «Atendimento com IA»'))
    p.sec('Exportar e auditoria', None,
          p.btn('Exportar conversas'),
          p.btn('Registro de auditoria'))
    p.actions('Salvar', 'Cancelar')
    return p


def funilcerto():
    p = Page('pt', 'funil-certo-privacidade', 'Funil Certo', 'https://app.funilcerto.test/ajustes/privacidade',
             'Privacidade',
             ['Perfil', 'Empresa', 'Funis', 'Privacidade', 'Integrações', 'Plano'],
             'CRM inventado (você). Abas: interruptor com aria-label «Excluir minha empresa do treinamento» desligado (= compartilha), botões segmentados nomeados só pelo título da aba/intro, checkbox vaga com ajuda próxima sem aria-describedby; iscas: visibilidade, próximo passo sugerido, integrações; checkbox oculta em aba inativa.',
             user='Beatriz Almeida', active_nav=3)
    p.sec('Modelos e dados', None,
          p.tabs('Privacidade dos dados', [
              ('Treinamento de modelos', lambda: [
                  '<p class="intro">O Funil Certo usa dados de negócios de vários clientes para treinar a previsão de vendas.</p>',
                  p.sw('Excluir minha empresa do treinamento', False, kind='arialabel', vis='Excluir minha empresa do treinamento', ai=(True, 'i')),
                  p.seg('Histórico de negócios ganhos e perdidos', ['Incluir', 'Não incluir'], 0, ai=(True, 'h')),
                  p.cb('Melhorar a previsão com minhas anotações', False, tied=False,
                       help='Se marcado, as anotações dos vendedores entram no conjunto de treinamento do modelo de previsão.',
                       ai=(False, 'v'))]),
              ('Compartilhamento com terceiros', lambda: [
                  p.cb('Permitir que parceiros treinem modelos com meus contatos', False, ai=(False, 'p'))])]))
    p.sec('Visibilidade', None,
          p.sel('Quem vê os negócios', ['Só o responsável', 'A equipe', 'Toda a empresa'], 1),
          p.cb('Esconder valores dos vendedores', False))
    p.sec('Assistente', None,
          p.sw('Sugerir o próximo passo em cada negócio', True, help='Sugestões calculadas com o funil da sua empresa.'))
    p.sec('Integrações', None, p.btn('Conectar Google Agenda'), p.btn('Conectar RD Station'))
    p.sec('Exportação e plano', None, p.btn('Exportar negócios'), p.btn('Mudar de plano'))
    p.sec('Notificações', None,
          p.cb('Resumo diário por e-mail', True),
          p.cb('Avisar quando um negócio ficar parado por 7 dias', True))
    p.actions('Salvar', 'Cancelar')
    return p


def cartaaberta():
    p = Page('pt', 'carta-aberta-seus-dados', 'Carta Aberta', 'https://app.cartaaberta.test/conta/dados',
             'Seus dados',
             ['Sua newsletter', 'Assinantes', 'Aparência', 'Seus dados', 'Pagamentos'],
             'Plataforma de newsletters inventada (você). Interruptor nativo «Proibir robôs de IA…» ligado, checkbox explícita marcada, objeção registrada com «Retirar objeção» (aria-labelledby); iscas: revisor, sugestões de título, estatísticas sem treinamento; checkbox oculta com atributo hidden.',
             user='Thiago Moreira', active_nav=3)
    p.sec('Sua newsletter', None,
          p.cb('Mostrar número de assinantes na página pública', False),
          p.sel('Idioma da página', ['Português', 'Inglês'], 0))
    p.sec('Ferramentas de escrita', None,
          p.sw('Revisor gramatical', True, kind='text'),
          p.sw('Sugestões de título', True, kind='text'))
    p.sec('IA e seus textos',
          'Robôs de empresas de IA varrem a internet atrás de textos para treinar modelos. Aqui você decide o que fazem com os seus, e o que nós fazemos.',
          p.sw('Proibir robôs de IA de usar meus textos', True, kind='native', ai=(False, 'i')),
          p.cb('Autorizar a Carta Aberta a treinar seu assistente com minhas edições', True, ai=(True, 'p')),
          p.state('Uso dos comentários dos leitores no treinamento', 'Objeção registrada', 'Retirar objeção',
                  kind='labelledby', ai=(False, 'i')),
          p.hide('hidden attribute', lambda: [
              p.cb('Licenciar meu arquivo para empresas de IA treinarem modelos', False)]))
    p.sec('Estatísticas', None,
          p.cb('Registrar aberturas', True, help='Só aparece nos seus relatórios. Não entra em nenhum treinamento.'))
    p.sec('Pagamentos', None,
          p.btn('Conectar conta bancária'),
          p.sel('Preço da assinatura', ['R$ 9,90 por mês', 'R$ 14,90 por mês', 'R$ 19,90 por mês'], 1))
    p.sec('Exportar', None, p.btn('Exportar assinantes'))
    p.sec('Notificações', None,
          p.cb('Avisar a cada novo assinante pago', True),
          p.cb('Resumo semanal', False))
    p.sec('Zona de perigo', None, p.btn('Excluir conta', cls='danger'))
    p.actions('Salvar', 'Cancelar')
    return p


def vitrine():
    p = Page('pt', 'vitrine-ads-uso-de-dados', 'Vitrine Ads', 'https://gestor.vitrineads.test/conta/uso-de-dados',
             'Uso de dados',
             ['Campanhas', 'Públicos', 'Segurança da marca', 'Uso de dados', 'Relatórios', 'Faturamento', 'Equipe'],
             'Plataforma de anúncios inventada (você). Radiogroup «Dados de conversão do meu pixel» compreendido só pelo título, select explícito «Uso dos meus criativos no treinamento…», checkbox negativa «Não usar meu catálogo…» em details fechado; iscas: públicos semelhantes, remarketing, lances inteligentes; interruptor oculto com display:none inline.',
             user='Gustavo Ribeiro', active_nav=3)
    p.sec('Públicos', None,
          p.sw('Públicos semelhantes', True, kind='native'),
          p.cb('Remarketing em sites parceiros', True))
    p.sec('Lances inteligentes', None,
          p.cb('Ajustar lances automaticamente', True, help='Os lances são calculados em tempo real com os sinais de cada leilão.'))
    p.sec('Treinamento dos nossos modelos',
          'A Vitrine treina modelos de lances e de criação de anúncios com dados agregados de anunciantes.',
          p.radios('Dados de conversão do meu pixel', ['Incluir', 'Não incluir'], 1, kind='role', ai=(False, 'h')),
          p.sel('Uso dos meus criativos no treinamento de IA generativa', ['Permitir', 'Não permitir'], 0, ai=(True, 'p')),
          p.details('Catálogo de produtos', lambda: [
              p.cb('Não usar meu catálogo para treinar modelos', False, ai=(True, 'i')),
              p.btn('Sincronizar catálogo agora')]),
          p.hide('inline display:none', lambda: [
              p.sw('Compartilhar relatórios com parceiros para treinamento de modelos', False)]))
    p.sec('Segurança da marca', None,
          p.cb('Excluir categorias sensíveis', True),
          p.btn('Editar lista de bloqueio'))
    p.sec('Relatórios', None,
          p.btn('Agendar relatório'),
          p.sel('Janela de atribuição', ['7 dias após o clique', '28 dias após o clique'], 0))
    p.sec('Faturamento e equipe', None,
          p.btn('Alterar forma de pagamento'),
          p.btn('Convidar usuário'),
          p.cb('Receber alertas de orçamento', True))
    p.actions('Salvar', 'Cancelar')
    return p


PAGES = [rdstation, atende, funilcerto, cartaaberta, vitrine]

from lib import Page


def actions(p, cancel='Cancelar'):
    return '<div class="form-actions">' + p.button(p.chrome['save'], 'btn btn-primary') + p.button(cancel) + '</div>'


def contaazul():
    p = Page('pt', 'contaazul-privacidade', 'Conta Azul', 'https://app.contaazul.com/#/configuracoes/privacidade',
             'Privacidade e dados', 'Serviço conhecido (reconstrução), você. Interruptor aria-labelledby explícito desligado '
             '(plain), caixa «Não usar minhas notas fiscais…» marcada (inverted, não compartilha), select «Extratos '
             'bancários» entendido só pelo título sobre parceiros (heading-only). Iscas: conciliação, sugestões de '
             'categoria, NFS-e, Pix, contador, crédito, curso. Oculto: visibility:hidden.',
             known=True, user='Padaria Bom Grão', brand='Conta Azul',
             nav=['Empresa', 'Usuários', 'Contas bancárias', 'Notas fiscais', 'Contador', 'Privacidade', 'Plano'], nav_active=5)
    p.add(p.section('Automação', None,
        p.checkbox('Conciliar extratos automaticamente', True),
        p.switch('Sugerir categorias para novos lançamentos', True, mode='labelledby',
                 help='As sugestões seguem as regras que você criou e o plano de contas da sua empresa.'),
        p.checkbox('Emitir NFS-e automaticamente quando o pagamento cair', False),
        p.checkbox('Incluir Pix nos boletos de cobrança', True)))
    p.add(p.section('Inteligência artificial da Conta Azul',
        'Nossos modelos aprendem com a rotina financeira de milhares de pequenas empresas. Antes, removemos CNPJ, nomes e dados bancários.',
        p.switch('Usar os dados da minha empresa para treinar os modelos de IA da Conta Azul', False, mode='labelledby', ai='p'),
        p.checkbox('Não usar minhas notas fiscais no treinamento da IA', True, ai='i'),
        p.hidden_block('visibility', lambda: p.checkbox('Enviar meus lançamentos para treinamento de IA de terceiros', True, ai='p'))))
    p.add(p.section('Compartilhamento com parceiros para treinamento de modelos',
        'Alguns parceiros de tecnologia usam dados de clientes para treinar os próprios modelos. Escolha o que pode ser enviado.',
        p.select('Extratos bancários', [('Não compartilhar', False), ('Compartilhar de forma anonimizada', True)], 1, ai='h')))
    p.add(p.section('Seu contador', None,
        p.staterow('Escritório Contábil Andrade', 'Acesso completo desde 15/01/2025', 'Gerenciar', mode='suffix',
                   suffix='acesso do Escritório Contábil Andrade'),
        p.button('Exportar para o contador'),
        p.textfield('E-mail para receber notas de fornecedores', 'notas@padariabomgrao.com.br', type='email')))
    p.add(p.section('Comunicação', None, p.checkbox('Receber ofertas de crédito de parceiros', False)))
    p.add(p.section('Aprenda', None, p.button('Curso gratuito: fluxo de caixa na prática')))
    p.add(p.section('Segurança', None, p.button('Ativar verificação em duas etapas')))
    p.add(actions(p))
    return p


def jurisfacil():
    p = Page('pt', 'jurisfacil-ia', 'JurisFácil', 'https://app.jurisfacil.test/escritorio/configuracoes/ia',
             'Inteligência artificial', 'Software jurídico inventado, você. Linha de estado «Registrar oposição» com sufixo '
             'oculto, nenhuma oposição registrada (inverted, compartilha), interruptor aria-label «Contribuir com a pesquisa '
             'jurídica» com ajuda ligada (vague), tabela com legenda sobre treinamento (heading-only). Iscas: intimações, '
             'resumos, WhatsApp, portal, PJe, curso da ESA. Oculto: aria-hidden.',
             user='Dra. Beatriz Lima', brand='JurisFácil',
             nav=['Escritório', 'Advogados', 'Processos', 'Financeiro', 'Portal do cliente', 'Inteligência artificial'], nav_active=5)
    p.add(p.section('Rotina do escritório', None,
        p.checkbox('Capturar intimações nos diários oficiais automaticamente', True),
        p.switch('Resumo de andamentos com IA', True, mode='text',
                 help='O resumo é gerado quando você pede e fica salvo no processo.'),
        p.checkbox('Alertas de prazo pelo WhatsApp', True),
        p.textfield('Número de inscrição na OAB', 'OAB/SP 312.456')))
    p.add(p.section('Seus dados e o treinamento da IA',
        'O sigilo profissional vem primeiro: nada é usado sem a sua autorização, e você pode mudar de ideia a qualquer momento.',
        p.staterow('Oposição ao treinamento de modelos', 'Nenhuma oposição registrada', 'Registrar oposição', sharing=True,
                   ai='i', mode='suffix', suffix='ao uso dos processos do escritório para treinar a IA'),
        p.switch('Contribuir com a pesquisa jurídica', False, mode='label', ai='v',
                 help='Peças e decisões anonimizadas do escritório são usadas por universidades parceiras para treinar modelos de linguagem jurídica.'),
        p.table('Material liberado para o treinamento dos nossos modelos', 'Tipo de peça', ['Liberado'], [
            ('Petições iniciais', None, [(True, 'h')]),
            ('Contratos', None, [(False, 'h')]),
        ]),
        p.hidden_block('aria', lambda: '<div class="mobile-only">' +
                       p.switch('Liberar processos para treinamento', True, mode='labelledby', ai='p') + '</div>')))
    p.add(p.section('Portal do cliente', None,
        p.checkbox('Mostrar andamentos processuais ao cliente', True),
        p.select('Modelo de honorários padrão', ['Contrato fixo mensal', 'Por ato', 'Êxito (ad exitum)'], 0)))
    p.add(p.section('Integrações', None, p.button('Conectar ao PJe'), p.button('Exportar processos')))
    p.add(p.section('Capacitação', None,
        p.card('IA generativa e ética na advocacia', 'Curso on-line em parceria com a ESA · 4 h', p.button('Inscrever-se'))))
    p.add(actions(p))
    return p


def folhacerta():
    p = Page('pt', 'folhacerta-dados', 'Folha Certa', 'https://app.folhacerta.test/empresa/configuracoes/dados',
             'Uso de dados', 'Sistema de folha de pagamento inventado, você. Fieldset «Exclusão do treinamento de IA» em '
             '«Não excluir» (inverted, compartilha), caixa explícita dentro de <details> fechado (plain), «Participar do '
             'programa Folha Certa Labs» com ajuda ao lado (vague). Iscas: holerites, eSocial, férias, treinamentos NR, '
             'estatísticas que não treinam, guias. Oculto: classe CSS display:none.',
             user='DP Metalúrgica Souza', brand='Folha Certa', hide_class='js-collapsed',
             nav=['Empresa', 'Colaboradores', 'Folha', 'eSocial', 'Férias', 'Uso de dados'], nav_active=5)
    p.add(p.section('Rotinas', None,
        p.checkbox('Enviar holerites pelo aplicativo', True),
        p.checkbox('Enviar eventos ao eSocial automaticamente', True),
        p.checkbox('Avisar quando as férias de alguém estiverem vencendo', True),
        p.select('Convenção coletiva', ['Metalúrgicos do ABC', 'Comércio de São Paulo'], 0),
        p.checkbox('Atribuir treinamentos obrigatórios (NR) a novos colaboradores', True)))
    p.add(p.section('Folha de pagamento e IA',
        'Nosso verificador aprende com folhas reais a apontar erros de cálculo antes do fechamento.',
        p.radios('Exclusão do treinamento de IA',
                 [('Meus colaboradores ficam de fora', False), ('Não excluir', True)], 1, ai='i'),
        p.checkbox('Participar do programa Folha Certa Labs', False, ai='v', near=True,
                   help='Quem participa cede dados pseudonimizados do eSocial para treinarmos o modelo que aponta inconsistências antes do envio.'),
        p.details('Mais opções',
            p.checkbox('Permitir o uso das folhas de pagamento para treinar a IA da Folha Certa', True, ai='p')),
        p.hidden_block('class', lambda: p.checkbox('Compartilhar dados com o governo para treinamento de modelos', False, ai='p'))))
    p.add(p.section('Estatísticas', None,
        p.checkbox('Enviar estatísticas de uso anônimas', True, help='Não usamos essas estatísticas para treinar modelos.')))
    p.add(p.section('Ponto e benefícios', None,
        p.checkbox('Importar marcações do relógio de ponto todo dia', True),
        p.select('Dia de pagamento do vale-transporte', ['Junto com o salário', 'Dia 20', 'Dia 25'], 0)))
    p.add(p.section('Guias', None, p.button('Baixar guia do FGTS'), p.button('Gerar DCTFWeb'),
        p.button('Conectar ao sistema do escritório contábil')))
    p.add(actions(p))
    return p


def leao():
    p = Page('pt', 'leaotranquilo-privacidade', 'Leão Tranquilo', 'https://www.leaotranquilo.test/conta/privacidade',
             'Privacidade', 'Serviço de declaração de IR inventado, você, abas. Interruptor de texto «Impedir o uso da minha '
             'declaração no treinamento da IA» ligado (inverted, não compartilha), botões segmentados explícitos em '
             'Permitir (plain), linha de estado cujo botão é nomeado pelo título «Recibos médicos» sob um título sobre o '
             'que o assistente aprende (heading-only). Iscas: pré-preenchida, deduções, restituição, contador, '
             'antecipação. Oculto: aba inativa.',
             user='Rafael', brand='Leão Tranquilo',
             nav=['Minha declaração', 'Documentos', 'Restituição', 'Conta', 'Privacidade'], nav_active=4)

    def priv():
        return [
            p.section('Assistente', None,
                p.button('Importar a declaração pré-preenchida (gov.br)'),
                p.switch('Explicar as deduções enquanto eu preencho', True, mode='labelledby',
                         help='As explicações são geradas na hora e não ficam guardadas.')),
            p.section('Seus dados e a nossa IA',
                'Com declarações reais, nosso assistente aprende a achar deduções que costumam ficar de fora.',
                p.switch('Impedir o uso da minha declaração no treinamento da IA', True, mode='text', ai='i'),
                p.segmented('Treinar nosso assistente com seus dados do IRPF', [('Permitir', True), ('Não permitir', False)], 0, ai='p')),
            p.section('O que nosso assistente aprende com você', None,
                p.staterow('Recibos médicos', 'Não utilizados', 'Alterar', sharing=False, ai='h', mode='lbt', badge=True)),
            p.section('Avisos e compartilhamento', None,
                p.checkbox('Avisar quando a restituição for liberada', True),
                p.checkbox('Compartilhar a declaração com meu contador', False),
                p.checkbox('Ofertas de antecipação da restituição', False),
                p.textfield('Chave Pix para a restituição', 'rafael@email.com.br')),
            p.button('Baixar recibo de entrega'),
        ]

    def pessoais():
        return [p.textfield('CPF', '123.456.789-09'), p.textfield('Celular', '(11) 98765-4321', type='tel')]

    def avancado():
        return [p.checkbox('Usar seus informes de rendimentos no treinamento de modelos', True, ai='p'),
                p.button('Excluir minha conta')]

    p.add(p.tabs('Configurações da conta', [('Privacidade', priv), ('Dados pessoais', pessoais), ('Avançado', avancado)], 0))
    p.add(actions(p))
    return p


def meisimples():
    p = Page('pt', 'meisimples-dados-e-ia', 'MEI Simples', 'https://app.meisimples.test/minha-conta/dados-e-ia',
             'Dados e IA', 'App de gestão para MEI inventado, você. Linha de estado «Revogar» com aria-labelledby e '
             'consentimento concedido (inverted, compartilha), role=switch nativo «Manter meus dados fora…» desmarcado '
             '(inverted, compartilha), role=radiogroup explícito em Não (plain), select «Participação no Programa Melhoria '
             'Contínua» com ajuda (vague). Iscas: DAS, DASN-SIMEI, categorização, curso, maquininhas. Oculto: <dialog> fechado.',
             user='Ana Costa MEI', brand='MEI Simples',
             nav=['Início', 'Notas fiscais', 'DAS', 'Receitas e despesas', 'Minha conta', 'Dados e IA'], nav_active=5)
    p.add(p.section('Obrigações', None,
        p.checkbox('Lembrete do DAS todo mês', True),
        p.button('Gerar DAS'),
        p.button('Fazer a declaração anual (DASN-SIMEI)'),
        p.textfield('CNPJ', '45.678.901/0001-23')))
    p.add(p.section('Organização', None,
        p.checkbox('Categorizar receitas automaticamente', True,
                   help='Usamos as categorias que você já escolheu para notas parecidas.')))
    p.add(p.section('Treinamento de modelos de IA',
        'A IA do MEI Simples aprende com o dia a dia de microempreendedores. Veja o que você autorizou e mude quando quiser.',
        p.staterow('Consentimento para treinar a IA com suas notas fiscais', 'Concedido em 10/02/2025', 'Revogar',
                   sharing=True, ai='i', mode='lb'),
        p.checkbox('Manter meus dados fora do treinamento de modelos', False, switch=True, ai='i'),
        p.radios('Compartilhar seus dados com parceiros para treinar modelos de IA', [('Sim', True), ('Não', False)], 1,
                 ai='p', kind='radiogroup'),
        p.select('Participação no Programa Melhoria Contínua', [('Não participar', False), ('Participar', True)], 0, ai='v',
                 help='Define se o histórico de faturamento do seu MEI pode ser usado para treinar nossos modelos de previsão de receita.'),
        p.dialog('Saiba como usamos seus dados', 'Como usamos seus dados', lambda:
                 p.para('Os dados são anonimizados antes de qualquer uso.') +
                 p.checkbox('Liberar meus dados para o treinamento de IA de parceiros', False, ai='p'),
                 footer_buttons=['Entendi'])))
    p.add(p.section('Notas fiscais', None,
        p.checkbox('Enviar a nota fiscal ao cliente por WhatsApp', True),
        p.button('Ativar verificação em duas etapas')))
    p.add(p.section('Ofertas e conteúdo', None,
        p.checkbox('Receber ofertas de maquininhas parceiras', False),
        p.button('Curso grátis: como sair do MEI')))
    p.add(actions(p))
    return p


def pages():
    return [contaazul(), jurisfacil(), folhacerta(), leao(), meisimples()]

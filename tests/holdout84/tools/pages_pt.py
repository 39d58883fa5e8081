from lib import Page, CHROME

L = 'pt'


def P(**kw):
    return Page(lang=L, chrome=CHROME[L], **kw)


def capcut():
    p = P(slug='capcut-privacidade', url='https://www.capcut.com/pt-br/my-cloud/settings/privacy', brand='CapCut',
          title='Privacidade', known=True, prefix='cp',
          nav=['Conta', 'Espaço na nuvem', 'Privacidade', 'Notificações', 'Assinatura'], active_nav=2,
          notes='Serviço conhecido (reconstrução), tratamento por você. Interruptor vago "Ajude a melhorar o CapCut" '
                'com ajuda sobre treinamento, fieldset invertido "Impedir…" com "Sim, impedir" (não usa), botões '
                'segmentados cujo assunto só o título da seção dá. Iscas: legendas automáticas, efeitos de IA. '
                'Oculto: painel de aba inativo.')
    p.h1('Privacidade', 'Escolha quem vê seus vídeos e como o CapCut pode usar o que você cria.')
    p.add(p.hide('tab', [
        p.switch('Usar os projetos da equipe para treinar modelos', True, ai='p'),
        p.select('Quem pode editar projetos compartilhados', ['Só administradores', 'Todos da equipe'], 0),
    ], tabs=['Conta pessoal', 'Equipe'], visible=[
        p.switch('Ajude a melhorar o CapCut', True, ai='v',
                 help='Permite que a gente use seus vídeos e projetos para treinar os modelos de IA dos efeitos automáticos.'),
        p.radios('Impedir o uso dos meus projetos no treinamento de IA', [('Sim, impedir', False), ('Não', True)], 0, ai='i'),
        p.switch('Sugerir efeitos com IA enquanto edito', True,
                 help='As sugestões usam modelos prontos e não guardam seus arquivos.'),
        p.switch('Legendas automáticas', True),
    ]))
    p.add(p.sec('Treinamento de modelos de voz', [
        p.segmented('Suas narrações', [('Incluir', True), ('Não incluir', False)], 1, ai='h'),
    ], intro='As narrações gravadas no app podem ser usadas para treinar as vozes sintéticas do texto para fala.'))
    p.add(p.sec('Visibilidade', [
        p.radiogroup('Quem pode ver seus modelos publicados', ['Todos', 'Seguidores', 'Só eu'], 0),
        p.checkbox('Permitir que outras pessoas usem meus modelos', True),
    ]))
    p.add(p.sec('Notificações', [
        p.checkbox('Novos efeitos e ferramentas de IA', True),
        p.checkbox('Alguém usou meu modelo', True),
        p.checkbox('Espaço na nuvem quase cheio', True),
    ]))
    p.add(p.sec('Dados', [
        p.button('Baixar meus dados'),
        p.button('Gerenciar apps conectados'),
        p.button('Ativar verificação em duas etapas'),
        p.button('Excluir conta', cls='btn danger'),
    ]))
    return p


def retratto():
    p = P(slug='retratto-configuracoes', url='https://app.retratto.test/configuracoes/dados', brand='Retratto',
          title='Seus dados', prefix='rt',
          nav=['Perfil', 'Editor', 'Seus dados', 'Armazenamento', 'Plano'], active_nav=2,
          notes='Editor de fotos inventado, você. Caixa simples "Usar minhas fotos para treinar…" desmarcada, '
                'interruptor-botão invertido "Desativar o treinamento…" desligado (usa), select vago com ajuda sobre '
                'filtros inteligentes. Iscas: remoção de fundo local, backup. Oculto: atributo hidden.')
    p.h1('Seus dados', 'Suas fotos são suas. Aqui você decide o resto.')
    p.add(p.sec('Inteligência artificial', [
        p.switch('Remover fundo automaticamente', True, help='Processado no seu aparelho.'),
        p.checkbox('Usar minhas fotos para treinar os modelos de IA do Retratto', False, ai='p'),
        p.btnswitch('Desativar o treinamento com meus ajustes', False, naming='aria-label',
                    visible_title='Desativar treinamento com ajustes', ai='i'),
        p.select('Compartilhamento de dados de edição', [('Não compartilhar', False), ('Compartilhar de forma anônima', True)], 1,
                 help='Define se seus ajustes de cor e recortes alimentam o treinamento dos nossos filtros inteligentes.',
                 ai='v'),
        p.hide('hidden', [
            p.switch('Incluir fotos com rostos no treinamento', False, ai='p'),
        ]),
    ]))
    p.add(p.sec('Armazenamento', [
        p.switch('Backup automático na nuvem', True),
        p.select('Qualidade do backup', ['Original', 'Alta (economiza espaço)'], 0),
        p.checkbox('Apagar cópias locais depois do backup', False),
    ]))
    p.add(p.sec('Notificações', [
        p.checkbox('Lembretes de memórias', False),
        p.checkbox('Novidades sobre os recursos de IA', True),
    ]))
    p.add(p.sec('Exibição', [
        p.segmented('Tema', ['Claro', 'Escuro', 'Automático'], 2),
        p.switch('Mostrar histograma', True),
    ]))
    p.add(p.sec('Conta', [
        p.button('Exportar biblioteca'),
        p.button('Alterar forma de pagamento'),
        p.button('Sair de todos os aparelhos'),
        p.textfield('Nome de exibição', 'Marina Okada'),
        p.button('Excluir conta', cls='btn danger'),
    ]))
    return p


def gravatela():
    p = P(slug='gravatela-gravacoes', url='https://gravatela.test/conta/gravacoes', brand='Gravatela',
          title='Gravações e privacidade', prefix='gv',
          nav=['Geral', 'Gravações e privacidade', 'Equipe', 'Integrações', 'Cobrança'], active_nav=1,
          notes='Gravador de tela inventado. Linha de estado "Desligado" com botão "Ligar" nomeado por '
                'aria-labelledby (botão + título); tabela (duas caixas) cujo assunto só a legenda dá. Iscas: '
                'resumos com IA, transcrição. Oculto: display:none inline.')
    p.h1('Gravações e privacidade', 'Padrões para as gravações da equipe Vento Sul.')
    p.add(p.sec('Captura', [
        p.select('Resolução', ['720p', '1080p', '1440p'], 1),
        p.switch('Gravar áudio do sistema', True),
        p.switch('Mostrar câmera', False),
        p.checkbox('Destacar o cursor', True),
    ]))
    p.add(p.sec('IA', [
        p.switch('Gerar resumo e capítulos', True,
                 help='O resumo é criado por um parceiro que não pode treinar modelos com as suas gravações.'),
        p.staterow('Treinamento de IA com suas gravações', 'Desligado', 'Ligar', False, ai='p'),
        p.hide('inline-display', [
            p.checkbox('Enviar transcrições corrigidas para treinamento', True, ai='p'),
        ]),
    ]))
    p.add(p.sec('Assistente', [
        p.table('O que pode entrar no treinamento do assistente', 'Origem', ['Áudio', 'Tela'],
                [('Gravações da equipe', [True, False])], ai_cols={0: ('h', False), 1: ('h', False)}),
    ]))
    p.add(p.sec('Compartilhamento', [
        p.radios('Acesso padrão aos links', ['Qualquer pessoa', 'Só a equipe'], 1),
        p.checkbox('Permitir download', False),
    ]))
    p.add(p.sec('Notificações', [
        p.checkbox('Novos comentários', True),
        p.checkbox('Recursos de IA lançados', False),
    ]))
    p.add(p.sec('Conta', [
        p.button('Baixar todas as gravações'),
        p.button('Conectar ao Google Drive'),
        p.button('Conectar ao Slack'),
        p.select('Idioma das transcrições', ['Detectar automaticamente', 'Português', 'Espanhol', 'Inglês'], 0),
    ]))
    return p


def slidefacil():
    p = P(slug='slidefacil-empresa', url='https://slidefacil.test/empresa/configuracoes/ia', brand='Slidefácil',
          title='IA e dados da empresa', prefix='sf', css_hide_class='fora-de-uso',
          nav=['Empresa', 'Pessoas', 'Identidade visual', 'IA e dados', 'Segurança', 'Faturas'], active_nav=3,
          notes='Criador de apresentações inventado, página de administração. Radiogroup vago "Contribuir com o '
                'Slidefácil IA" com descrição sobre treinamento, interruptor-botão invertido nomeado pelo próprio '
                'texto (ligado = não usa), caixa envolvente explícita. Iscas: gerador de slides, SSO. Oculto: classe CSS.')
    p.h1('IA e dados', 'Valem para todas as 120 pessoas da Ferraz & Lima Arquitetura.')
    p.add(p.sec('Gerador de apresentações', [
        p.switch('Liberar o gerador para todos', True,
                 help='Cria um rascunho a partir de um briefing. O conteúdo da empresa não treina o gerador.'),
        p.radiogroup('Contribuir com o Slidefácil IA', [('Sim', True), ('Não', False)], 1, ai='v',
                     help='Seus slides são usados como exemplos para treinar o gerador de apresentações.'),
        p.btnswitch('Não treinar a IA com o conteúdo da minha empresa', True, naming='text', ai='i'),
        p.checkbox('Permitir treinamento com os modelos de slide que publiquei', True, wrap=True, ai='p'),
        p.hide('class', [
            p.switch('Treinar com notas do apresentador (antigo)', False, ai='p'),
        ]),
    ]))
    p.add(p.sec('Segurança', [
        p.switch('Exigir login único (SSO)', True),
        p.select('Validade dos links públicos', ['7 dias', '30 dias', 'Sem validade'], 0),
        p.button('Baixar registro de auditoria'),
    ]))
    p.add(p.sec('Acessibilidade', [
        p.checkbox('Exigir texto alternativo nas imagens', True),
        p.select('Tamanho mínimo de fonte', ['14 pt', '18 pt', '24 pt'], 1),
    ]))
    p.add(p.sec('Avisos', [
        p.checkbox('Mudanças nos recursos de IA', True),
        p.checkbox('Limite de licenças próximo', True),
    ]))
    p.add(p.sec('Integrações', [
        p.button('Conectar ao Microsoft Teams'),
        p.button('Conectar ao Google Workspace'),
    ]))
    p.add(p.sec('Identidade visual', [
        p.select('Fonte padrão', ['Inter', 'Nunito', 'Roboto Slab'], 1),
        p.checkbox('Travar cores da marca nos modelos', True),
        p.switch('Inserir logotipo no rodapé dos slides', False),
    ]))
    return p


def iconario():
    p = P(slug='iconario-preferencias', url='https://www.iconario.test/minha-conta/preferencias', brand='Iconário',
          title='Preferências', prefix='ic',
          nav=['Minha conta', 'Coleções', 'Preferências', 'Licenças', 'Pagamentos'], active_nav=2,
          notes='Biblioteca de ícones inventada. Select cujo assunto só a seção sobre rastreadores de IA dá, '
                'interruptor vago "Programa de curadoria" com ajuda sobre treinamento do buscador, linha de estado '
                'com sufixo sr-only "Desligar o bloqueio…" (ativo = não usa). Iscas: busca visual, favoritos. '
                'Oculto: aria-hidden.')
    p.h1('Preferências', 'Ajuste o catálogo e o uso dos seus ícones.')
    p.add(p.sec('Catálogo', [
        p.segmented('Estilo preferido', ['Linha', 'Preenchido', 'Duotone'], 0),
        p.select('Formato de download', ['SVG', 'PNG', 'PDF'], 0),
        p.checkbox('Mostrar só ícones gratuitos', False),
    ]))
    p.add(p.sec('Rastreadores de IA', [
        p.select('Seus ícones públicos', [('Liberar para rastreadores', True), ('Bloquear rastreadores', False)], 1, ai='h'),
    ], intro='Empresas de IA coletam imagens públicas para treinar modelos. Escolha o que fazemos com os ícones que você publica.'))
    p.add(p.sec('Busca', [
        p.switch('Busca por desenho', True, help='Desenhe um rabisco e encontramos ícones parecidos.'),
        p.switch('Programa de curadoria', True, ai='v',
                 help='Os ícones que você favorita ou rejeita ajudam a treinar o nosso buscador visual.'),
    ], details=True))
    p.add(p.sec('Seus envios', [
        p.staterow('Bloqueio de treinamento', 'Status: <strong>Ativo</strong>', 'Desligar', True, ai='i',
                   suffix='o bloqueio de treinamento de IA'),
        p.hide('aria-hidden', [
            p.checkbox('Também liberar rascunhos para treinamento', False, ai='p'),
        ]),
        p.checkbox('Mostrar meu nome nas atribuições', True),
    ]))
    p.add(p.sec('E-mails', [
        p.checkbox('Coleções novas de quem eu sigo', True),
        p.checkbox('Novidades sobre ferramentas de IA', False),
        p.checkbox('Resumo mensal de downloads', True),
    ]))
    p.add(p.sec('Conta', [
        p.textfield('Nome público', 'Estúdio Capivara'),
        p.button('Baixar histórico de licenças'),
        p.button('Conectar ao Figma'),
        p.button('Encerrar conta', cls='btn danger'),
    ]))
    return p


def pages():
    return [capcut(), retratto(), gravatela(), slidefacil(), iconario()]

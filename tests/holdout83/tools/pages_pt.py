from lib import *

CH = dict(skip='Pular para o conteúdo', search='Buscar', language='Idioma', account='Minha conta', nav='Configurações',
          menu=['Meu perfil', 'Configurações', 'Central de ajuda', 'Sair'],
          footer=['Privacidade', 'Termos de uso', 'Cookies', 'Central de ajuda', 'Fale conosco'])


def descomplica():
    p = Page('pt', 'descomplica-privacidade', 'https://descomplica.com.br/minha-conta/privacidade', 'Privacidade', 'Descomplica',
             ['Dados pessoais', 'Plano de estudos', 'Notificações', 'Privacidade', 'Assinatura', 'Pagamentos'],
             CH, known=True, hide='tab', active=3, accent='#00c86f', account='Oi, Rafaela',
             notes='Reconstrução de uma plataforma de preparação para vestibular conhecida (você); configurações de IA inventadas. Select «Restringir…» (invertido), radiogroup vago com ajuda, aba inativa.')
    p.sec('Plano de estudos',
          select('Vestibular principal', ['Enem', 'Fuvest', 'Unicamp', 'UERJ'], 0),
          select('Curso pretendido', ['Medicina', 'Direito', 'Engenharia', 'Psicologia'], 0),
          seg('Ritmo', ['Leve', 'Moderado', 'Intenso'], 2),
          sw('Incluir revisão aos domingos', on=False))
    p.sec('Notificações',
          cb('Lembrete de aula ao vivo', on=True),
          cb('Correção da redação disponível', on=True),
          cb('Novidades do monitor com IA', on=False))
    p.sec('Privacidade',
          tabs('Seções de privacidade', [
              ('Dados e IA', [
                  sw('Usar minhas redações para treinar a IA de correção', on=True, ai='p'),
                  select('Restringir o uso do meu histórico de exercícios no treinamento de IA',
                         [('Não restringir', True), ('Restringir', False)], 1, ai='i'),
                  rg('Programa de melhoria contínua', [('Participar', True), ('Não participar', False)], 1, ai='v',
                     help='Ao participar, as perguntas que você faz ao monitor virtual são usadas para treinar os modelos que respondem dúvidas.'),
                  sw('Mostrar meu nome no ranking de simulados', on=True),
              ]),
              ('Avançado', [
                  cb('Compartilhar meus simulados com parceiros para treinar IA', on=True, ai='p'),
              ]),
          ]))
    p.sec('Conta',
          inp('E-mail', 'rafaela.s@example.com.br', 'email'),
          btn('Baixar meus dados'), btn('Excluir conta', 'danger'))
    p.sec('Assinatura',
          row('Descomplica Pré-Vestibular', 'Ativa até 12/2025', 'Gerenciar', on=True),
          cb('Renovação automática', on=True))
    return p


def decoraja():
    p = Page('pt', 'decoraja-dados', 'https://app.decoraja.test/configuracoes/dados', 'Dados e privacidade', 'DecoraJá',
             ['Revisões', 'Aparência', 'Sincronização', 'Dados e privacidade', 'Conta'],
             CH, hide='hidden', active=3, accent='#7c3aed', account='Gui',
             notes='App de flashcards inventado (você). Tabela em que só a legenda fala de treinar a IA; botão-interruptor «Pausar…» (invertido); caixa de seleção sob título sobre o gerador de cartões.')
    p.sec('Revisões',
          select('Cartões novos por dia', ['10', '20', '40'], 1),
          select('Horário do lembrete', ['07:00', '12:00', '19:00', '21:00'], 2),
          sw('Mostrar cartões difíceis com mais frequência', on=True),
          cb('Embaralhar a ordem dos cartões', on=True))
    p.sec('Aparência', seg('Tema', ['Claro', 'Escuro', 'Automático'], 1), sw('Fonte maior', on=False))
    p.sec('Sincronização',
          tbl('Sincronizar', ['Wi-Fi', 'Dados móveis'],
              [('Baralhos', [True, True]), ('Áudios', [True, False])]))
    p.sec('Dados e privacidade',
          tbl('O que pode ser usado para treinar a IA', ['Permitido'],
              [('Baralhos', [(True, 'h')]), ('Áudios gravados', [(False, 'h')])]),
          bsw('Pausar o uso do meu histórico de revisão para treinar modelos', on=True, ai='i', inv=True, naming='text'),
          hide_attr(sw('Doar meus baralhos públicos para o acervo de treinamento', on=True, ai='p')))
    p.sec('Treinamento do gerador de cartões',
          cb('Incluir imagens que eu enviar', on=True, ai='h', wrap=True),
          intro='O gerador cria cartões a partir de fotos e PDFs. Para ficar melhor, ele aprende com material de usuários que autorizam.')
    p.sec('Conta', btn('Exportar baralhos'), btn('Excluir conta', 'danger'))
    return p


def aulaparticular():
    p = Page('pt', 'aulaparticular-privacidade', 'https://www.aulaparticular.test/conta/privacidade', 'Privacidade', 'AulaParticular',
             ['Perfil', 'Minhas aulas', 'Pagamentos', 'Filhos', 'Privacidade', 'Notificações'],
             CH, hide='display', active=4, accent='#0369a1', account='Márcia (responsável)',
             notes='Marketplace de aulas particulares inventado (você), conta de responsável. Linha de estado «Ativo / Sair» com sufixo oculto; caixa «Impedir…» para os filhos (invertida).')
    p.sec('Perfil',
          inp('Nome', 'Márcia Albuquerque'),
          inp('Celular', '(11) 98888-1234', 'tel'),
          sw('Mostrar minha foto aos professores', on=False))
    p.sec('Pagamentos',
          select('Forma de pagamento', ['Pix', 'Cartão de crédito', 'Boleto'], 0),
          cb('Emitir nota fiscal automaticamente', on=True),
          btn('Ver histórico de pagamentos'))
    p.sec('Qualidade e IA',
          row('Programa de qualidade', 'Ativo', 'Sair', on=True, ai='v', naming='sr', suffix='do programa de qualidade',
              help='O programa usa gravações das suas aulas para treinar modelos de IA que avaliam a didática dos professores.'),
          cb('Impedir que as aulas dos meus filhos sejam usadas no treinamento de IA', on=True, ai='i', inv=True),
          seg('Treinamento da IA com minhas mensagens', [('Permitir', True), ('Não permitir', False)], 1, ai='p'),
          hide_display(bsw('Liberar avaliações para treinamento de modelos de parceiros', on=True, ai='p', naming='lb')),
          sw('Transcrever aulas automaticamente', on=True,
             help='A transcrição fica só na sua conta e não alimenta nenhum treinamento.'))
    p.sec('Notificações',
          cb('Lembrete 1 hora antes da aula', on=True),
          cb('Relatório mensal dos filhos', on=True),
          cb('Promoções', on=False))
    p.sec('Segurança', row('Verificação em duas etapas', 'Desligada', 'Ligar', on=False), btn('Alterar senha'))
    p.sec('Apps conectados', row('Google Agenda', 'Conectado', 'Desconectar', on=True))
    return p


def dicionariovivo():
    p = Page('pt', 'dicionariovivo-preferencias', 'https://dicionariovivo.test/preferencias', 'Preferências', 'Dicionário Vivo',
             ['Consulta', 'Pronúncia', 'Minhas listas', 'Privacidade', 'Plano'],
             CH, hide='class', active=3, accent='#a16207', account='Prof. Heitor',
             notes='Dicionário com treino de pronúncia inventado (você). Fieldset sob título sobre rastreadores de IA; caixa vaga com aria-describedby.')
    p.sec('Consulta',
          select('Dicionário padrão', ['Português', 'Português–inglês', 'Português–espanhol'], 0),
          cb('Mostrar sinônimos e antônimos', on=True),
          cb('Mostrar divisão silábica', on=True),
          sw('Abrir verbetes em nova aba', on=False))
    p.sec('Pronúncia',
          seg('Sotaque de referência', ['Paulista', 'Carioca', 'Nordestino'], 0),
          bsw('Treinar o modelo de pronúncia com minhas gravações', on=True, ai='p', naming='lb'),
          sw('Dar nota para minha pronúncia', on=True))
    p.sec('Privacidade',
          cb('Compartilhar consultas anônimas', on=True, ai='v',
             help='As palavras e frases que você consulta, sem identificação, são usadas para treinar o tradutor automático.'),
          hide_class('d-none', sw('Enviar minhas listas para treinar modelos de IA', on=False, ai='p')),
          sw('Salvar histórico de consultas', on=True),
          btn('Apagar histórico'))
    p.sec('Rastreadores de IA',
          radios('Suas listas públicas de palavras', [('Liberar acesso', True), ('Bloquear acesso', False)], 1, ai='h'),
          intro='Empresas de IA coletam páginas públicas para treinar seus modelos. Decida se as suas listas públicas podem ser coletadas.')
    p.sec('Minhas listas',
          select('Visibilidade padrão das listas', ['Privada', 'Só com link', 'Pública'], 2),
          cb('Permitir que alunos copiem minhas listas', on=True),
          btn('Exportar listas em CSV'))
    p.sec('Plano', row('Plano Professor', 'Ativo', 'Alterar plano', on=True), btn('Notas fiscais'))
    return p


def enemturbo():
    p = Page('pt', 'enemturbo-configuracoes', 'https://enemturbo.test/perfil/configuracoes', 'Configurações', 'Enem Turbo',
             ['Perfil', 'Metas', 'Redação', 'Privacidade', 'Notificações', 'Acessibilidade'],
             CH, hide='aria', active=3, accent='#ea580c', account='Davi',
             notes='Preparação para o Enem inventada (você). Linha de estado «Desligada / Ligar» para uma exclusão (invertida); interruptor vago com ajuda.')
    p.sec('Metas',
          inp('Nota desejada no Enem', '780', 'number'),
          select('Área prioritária', ['Matemática', 'Ciências da Natureza', 'Ciências Humanas', 'Linguagens'], 0),
          seg('Simulados por semana', ['1', '2', '3'], 1))
    p.sec('Redação',
          select('Tema das propostas', ['Aleatório', 'Atualidades', 'Temas de anos anteriores'], 1),
          sw('Correção por competência', on=True),
          sw('Receber comentários da IA na hora', on=True,
             help='Os comentários são gerados para você e não são reutilizados para treinar a IA.'))
    p.sec('Privacidade',
          row('Exclusão do treinamento de IA', 'Desligada', 'Ligar', on=False, ai='i', inv=True,
              help='Vale para suas respostas nos simulados.'),
          sw('Ajudar a melhorar o corretor', on=False, ai='v',
             help='Com isto ligado, suas redações corrigidas entram na base de treinamento do modelo que atribui notas.'),
          hide_aria(cb('Vender meus dados de estudo para treinamento de IA de terceiros', on=False, ai='p')),
          sw('Perfil visível para colegas', on=True))
    p.sec('Notificações', cb('Lembrete de simulado', on=True), cb('Resultado da redação', on=True), cb('Dicas no WhatsApp', on=False))
    p.sec('Acessibilidade', sw('Leitor de tela otimizado', on=False), select('Tamanho do texto', ['Padrão', 'Grande'], 0))
    p.sec('Conta', btn('Baixar meus dados'), btn('Encerrar conta', 'danger'))
    return p


def pages():
    return [descomplica(), decoraja(), aulaparticular(), dicionariovivo(), enemturbo()]

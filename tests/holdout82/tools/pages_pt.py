from lib import Page


def smartfit():
    p = Page('pt', 'smartfit-privacidade', 'https://www.smartfit.com.br/minha-conta/privacidade', 'Smart Fit', 'Privacidade',
             ['Meu plano', 'Minhas aulas', 'Avaliação física', 'Privacidade', 'Pagamentos', 'Ajuda'],
             active=3, known=True, account='Olá, Rafaela',
             notes='Reconstrução da página de privacidade da Smart Fit (textos inventados). Checkbox invertido "Não quero…" marcado (= não usa), radiogroup vago com ajuda sobre treinar os modelos do Smart Coach, linha de estado por aria-labelledby com status Desligado. Iscas: "treinos" no sentido de academia, check-in, planos. Oculto: interruptor na aba inativa "Pesquisa".')

    def treinos():
        p.w('<h3>Treinos</h3>')
        p.sw('Sugerir treino do dia ao chegar na unidade', True)
        p.sel('Objetivo principal', ['Hipertrofia', 'Emagrecimento', 'Condicionamento'], 0)
        p.cb('Mostrar vídeos dos exercícios', True)
    with p.hide('inactive-tab', tabs=['Treinos', 'Pesquisa', 'Preferências do app'], first=treinos):
        p.sw('Participar de pesquisas de treinamento de IA com meus dados de frequência', False)
    p.sec('Smart Coach')
    p.rg('Ajude a melhorar o Smart Coach', ['Sim', 'Não'], 0,
         help='Seus treinos registrados e suas avaliações físicas são usados para treinar os modelos de inteligência artificial do Smart Coach.', ai=('v', True))
    p.cb('Não quero que meus treinos sejam usados para treinar a IA', True, ai=('i', False))
    p.row('Uso de dados para treinar IA', 'Inclui as medidas da bioimpedância.', 'Desligado', 'Alterar', ai=('p', False))
    p.sec('Check-in')
    p.cb('Check-in por reconhecimento facial', False, help='A comparação é feita na catraca; a foto não é usada para treinar modelos.')
    p.cb('Avisar quando a unidade estiver cheia', True)
    p.sec('Comunicação')
    p.table('Receber por', ['E-mail', 'WhatsApp'], [('Promoções', [False, True]), ('Mudanças na grade de aulas', [True, True])])
    p.sec('Conta')
    p.btn('Trocar cartão de crédito')
    p.btn('Baixar meus dados')
    return p


def correjunto():
    p = Page('pt', 'correjunto-dados', 'https://app.correjunto.test/configuracoes/dados', 'Corre Junto', 'Seus dados',
             ['Perfil', 'Grupos de corrida', 'Provas', 'Seus dados', 'Notificações', 'Assinatura'],
             active=3, account='Thiago',
             notes='App de assessoria de corrida inventado. Tabela com legenda "Treinamento de modelos de IA" e coluna "Liberado" (duas linhas marcadas), interruptor invertido "Pausar o uso…" desligado (= usa). Iscas: planilhas de treino, provas, ritmo. Oculto: atributo hidden.')
    p.sec('Treinos')
    p.sel('Dias de treino por semana', ['3', '4', '5', '6'], 1)
    p.cb('Ajustar a planilha automaticamente depois de uma prova', True)
    p.sw('Mostrar previsão de tempo para a próxima prova', True, help='A previsão é calculada a partir dos seus últimos 60 dias de corrida.')
    p.sec('Grupos')
    p.cb('Aparecer no ranking do grupo', True)
    p.cb('Compartilhar minha localização no treino coletivo', False)
    p.rg('Quem pode ver minhas corridas', ['Todo mundo', 'Meu grupo', 'Só eu'], 1)
    p.sec('Inteligência artificial', 'Usamos corridas de atletas da comunidade no treinamento dos modelos que montam as planilhas. Veja o que está liberado da sua conta.')
    p.table('Treinamento de modelos de IA', ['Liberado'], [('Corridas', [True]), ('Frequência cardíaca', [True])],
            ai={(0, 0): ('h', True), (1, 0): ('h', True)})
    p.sw('Pausar o uso das minhas corridas no aprendizado de máquina', False, ai=('i', True))
    with p.hide('hidden-attr'):
        p.cb('Vender dados anonimizados de corrida para treinar IA de parceiros', False)
    p.sec('Notificações')
    p.cb('Lembrete do treino na véspera', True)
    p.cb('Avisos sobre novos recursos de IA', False)
    p.sec('Conta')
    p.btn('Conectar Garmin')
    p.btn('Exportar corridas')
    p.btn('Cancelar assinatura')
    p.sec('Exibição')
    p.seg('Ritmo em', ['min/km', 'km/h'], 0)
    p.sw('Modo escuro', True)
    return p


def pedalurbano():
    p = Page('pt', 'pedalurbano-privacidade', 'https://pedalurbano.test/conta/privacidade', 'Pedal Urbano', 'Privacidade e dados',
             ['Perfil', 'Bikes', 'Privacidade e dados', 'Alertas', 'Acessibilidade'],
             active=2, account='Bia',
             notes='App de ciclismo urbano inventado. Botões segmentados explícitos "Treinar a IA com meus pedais" em Não, select vago "Programa de melhoria das rotas" com ajuda sobre treinar o modelo (Ativado), button switch textual invertido "Impedir que robôs de IA coletem…" ligado. Iscas: ciclovias, alerta de roubo. Oculto: display:none inline.')
    p.sec('Segurança')
    p.sw('Alerta de movimento da bike estacionada', True)
    p.sw('Compartilhar trajeto ao vivo com um contato', False)
    p.sec('Visibilidade')
    p.cb('Ocultar o começo e o fim dos meus pedais', True)
    p.cb('Mostrar minhas conquistas no perfil', True)
    p.sec('IA e seus pedais')
    p.seg('Treinar a IA com meus pedais', ['Sim', 'Não'], 1, ai=('p', False))
    p.sel('Programa de melhoria das rotas', ['Ativado', 'Desativado'], 0,
          help='Quando ativado, seus trajetos gravados entram no conjunto de dados usado para treinar o modelo que sugere ciclovias.', ai=('v', True))
    p.bsw('Impedir que robôs de IA coletem meus relatos públicos', True, by='text', ai=('i', False))
    with p.hide('inline-display'):
        p.sw('Usar minhas fotos da pedalada no treinamento de modelos', True)
    p.sec('Sugestões')
    p.sw('Sugerir rotas mais seguras', True, help='As sugestões usam mapas públicos de ciclovias. Nada muda no treinamento.')
    p.sec('Alertas')
    p.cb('Avisar sobre bloqueios na minha rota habitual', True)
    p.sec('Acessibilidade')
    p.sw('Instruções por voz', True)
    p.sel('Tamanho do texto', ['Padrão', 'Grande'], 0)
    p.sw('Reduzir animações', False)
    p.sec('Pagamentos')
    p.btn('Atualizar forma de pagamento')
    p.text('CPF para nota fiscal', '123.456.789-00')
    p.btn('Baixar histórico de trajetos')
    return p


def trilhacerta():
    p = Page('pt', 'trilhacerta-configuracoes', 'https://www.trilhacerta.test/minha-conta/configuracoes', 'Trilha Certa', 'Configurações',
             ['Perfil', 'Trilhas salvas', 'Mapas offline', 'Configurações', 'Assinatura'],
             active=3, account='Minha conta', hide_class='oculto',
             notes='Mapas de trilha inventados. Fieldset só com título ("Treinamento de IA com suas fotos e trilhas") em "Não podem ser usadas", button switch vago nomeado por aria-label com ajuda sobre o modelo (ligado), checkbox envolvente explícito desmarcado. Iscas: mapas offline, previsão do tempo, assistente de trilhas. Oculto: classe CSS display:none.')
    p.sec('Mapas')
    p.sel('Camada de mapa', ['Relevo', 'Satélite', 'Ruas'], 0)
    p.cb('Baixar mapas offline só no Wi-Fi', True)
    p.sw('Previsão do tempo no topo da trilha', True)
    p.sec('Mapa colaborativo')
    p.bsw('Contribuir com o mapa colaborativo', True, by='label', title='Mapa colaborativo',
          help='Suas trilhas gravadas treinam o modelo que identifica caminhos em imagens de satélite.', ai=('v', True))
    p.sw('Mostrar trilhas sugeridas pelo assistente', True, help='O assistente responde com base em trilhas públicas e não aprende com as suas conversas.')
    p.sec('Treinamento de IA com suas fotos e trilhas', 'Escolha o que pode ser usado para treinar nossos modelos.')
    p.fs('Fotos das trilhas', ['Podem ser usadas', 'Não podem ser usadas'], 1, ai=('h', False))
    p.w('<details><summary>Comentários e avaliações</summary>')
    p.cb('Permitir o uso dos meus comentários para treinar modelos de linguagem', False, wrap=True, ai=('p', False))
    p.w('</details>')
    with p.hide('class-display'):
        p.cb('Permitir que parceiros treinem IA com minhas trilhas públicas', True)
    p.sec('Notificações')
    p.cb('Alertas de trilha fechada', True)
    p.cb('Lembrete para avisar alguém antes de sair', True)
    p.sw('Aviso de pôr do sol durante a trilha', True, help='Um alerta quando faltar uma hora para escurecer.')
    p.cb('E-mail com novidades do assistente de IA', False)
    p.sec('Privacidade')
    p.rg('Perfil', ['Público', 'Privado'], 0)
    p.btn('Exportar trilhas em GPX')
    p.btn('Excluir conta')
    p.btn('Alterar senha')
    return p


def bracadaforte():
    p = Page('pt', 'bracadaforte-familia', 'https://portal.bracadaforte.test/familia/privacidade', 'Braçada Forte', 'Privacidade da família',
             ['Matrículas', 'Horários', 'Família', 'Privacidade da família', 'Pagamentos'],
             active=3, account='Responsável: Carla',
             notes='Escola de natação inventada (dados de dependentes). Linha de estado invertida "Desativar a proteção dos dados dos dependentes" com status Ativada (= não usa), interruptor vago com ajuda sobre a IA de correção, select só com título ("Usar todas"). Iscas: chamada, fotos de turma, boletos. Oculto: aria-hidden.')
    p.sec('Aulas')
    p.sel('Horário preferido', ['Manhã', 'Tarde', 'Noite'], 1)
    p.cb('Avisar quando houver vaga em outra turma', True)
    p.cb('Confirmar presença pelo aplicativo', True)
    p.sec('Dependentes')
    p.row('Proteção dos dados dos dependentes', 'Enquanto ativada, as aulas dos seus filhos ficam fora do treinamento dos nossos modelos de IA.',
          'Ativada', 'Desativar', suffix='a proteção dos dados dos dependentes', ai=('i', False))
    p.cb('Permitir fotos das crianças no mural da turma', False)
    p.sec('Vídeos das aulas')
    p.sw('Enviar vídeos das aulas para análise', True,
         help='Além do relatório para o professor, os vídeos servem para treinar a IA de correção de técnica.', ai=('v', True))
    p.sec('Treinamento da IA de correção de técnica', 'A IA aprende a apontar erros de braçada a partir das gravações feitas na piscina.')
    p.sel('Gravações da piscina', ['Usar todas', 'Usar só as minhas', 'Não usar'], 0, ai=('h', True))
    with p.hide('aria-hidden'):
        p.sw('Compartilhar gravações com universidades para treinar modelos', True)
    p.sec('Pagamentos')
    p.cb('Débito automático da mensalidade', True)
    p.btn('Segunda via do boleto')
    p.sec('Comunicação')
    p.cb('Receber avisos por WhatsApp', True)
    p.cb('Newsletter mensal', False)
    p.sw('Lembrete de levar touca e óculos', True)
    p.sec('Segurança')
    p.btn('Alterar senha')
    p.btn('Adicionar outro responsável')
    p.text('Telefone de emergência', '(11) 98765-4321', type='tel')
    return p


def pages():
    return [smartfit(), correjunto(), pedalurbano(), trilhacerta(), bracadaforte()]

from lib import Page


def pages():
    out = []

    # 1 ---- Vivo (known) -----------------------------------------------------------
    p = Page('pt', 'vivo-privacidade', 'https://meuvivo.vivo.com.br/configuracoes/privacidade',
             'Privacidade', 'Vivo', known=True,
             nav=['Início', 'Minhas linhas', 'Faturas', 'Privacidade', 'Vivo Fibra', 'Ajuda'], active_nav=3,
             notes='Serviço conhecido (Vivo), textos inventados. Botão-interruptor explícito, fieldset «Recusar» com «Não recusar», tabela sob legenda de treinamento, aba inativa.')
    p.h1('Privacidade', 'Você escolhe como a Vivo usa seus dados de linha móvel e de internet fixa.')
    p.sec('Comunicação')
    p.check('Ofertas por SMS', False)
    p.check('Ofertas por e-mail', True)
    p.check('Ofertas no WhatsApp', False)
    p.switch('Anúncios personalizados no app Vivo', False)
    p.sec('Inteligência artificial')
    p.bswitch('Usar meus dados para treinar a IA da Vivo', True, naming='labelledby', ai=('p', True))
    p.radios('Recusar uso das gravações de atendimento no treinamento de IA', ['Sim, recusar', 'Não recusar'], 1,
             ai=('i', True))
    p.table('Dados usados para treinar nossos modelos de inteligência artificial', 'Tipo de dado', ['Permitir'],
            [('Histórico de recargas', [(False, ('h', False))]),
             ('Uso de internet da Vivo Fibra', [(True, ('h', True))])])
    p.sub('Preferências da assistente')
    p.tabs(['Básico', 'Avançado'])
    p.check('Resumo mensal da fatura pela assistente', True)
    p.check('Avisos sobre novidades da IA', False, help='Apenas notificações; nada muda no uso dos seus dados.')
    p.hide('tabpanel')
    p.check('Treinar a assistente com minhas mensagens no WhatsApp', False, ai=('p', False))
    p.unhide()
    p.sec('Seus direitos (LGPD)')
    p.button('Baixar meus dados')
    p.button('Pedir exclusão da conta')
    p.sec('Segurança')
    p.switch('Verificação em duas etapas', True)
    p.button('Salvar')
    out.append(p)

    # 2 ---- BloqueiaJá (inventado) -------------------------------------------------
    p = Page('pt', 'bloqueiaja-privacidade', 'https://app.bloqueiaja.test/configuracoes/privacidade',
             'Configurações', 'BloqueiaJá',
             nav=['Chamadas', 'SMS', 'Bloqueados', 'Privacidade', 'Assinatura'], active_nav=3,
             notes='App antigolpe inventado. Segmentado vago com ajuda, linha de estado «Desativar bloqueio de treinamento» (bloqueio ativo), caixa explícita desmarcada.')
    p.h1('Privacidade e bloqueio')
    p.sec('Chamadas')
    p.radios('Nível de bloqueio', ['Só golpes confirmados', 'Golpes e telemarketing', 'Tudo que for desconhecido'], 1)
    p.switch('Silenciar números privados', True)
    p.switch('Identificar empresas pelo nome', True)
    p.switch('Alerta de chamada com DDD suspeito', False)
    p.sec('SMS')
    p.check('Mover SMS com link suspeito para «Golpes»', True)
    p.check('Bloquear SMS de códigos curtos desconhecidos', False)
    p.sec('Comunidade')
    p.segmented('Contribuir com a comunidade', ['Sim', 'Não'], 0,
                help='As denúncias e os números que você bloqueia ajudam a treinar nosso modelo de aprendizado de máquina.',
                ai=('v', True))
    p.staterow('Bloqueio de treinamento de IA', 'Ativado', 'Desativar', suffix='bloqueio de treinamento de IA',
               ai=('i', False))
    p.details('Mais opções')
    p.check('Treinar o filtro antigolpe com as mensagens que eu denunciar', False, ai=('p', False))
    p.end_details()
    p.hide('hidden')
    p.check('Treinar o filtro com áudios da caixa postal', True, ai=('p', True))
    p.unhide()
    p.sec('Notificações')
    p.check('Avisar a cada chamada bloqueada', False)
    p.check('Resumo semanal', True)
    p.sec('Aparência')
    p.select('Tema', ['Claro', 'Escuro', 'Automático'], 2)
    p.check('Letras maiores', False)
    p.button('Exportar lista de bloqueados')
    p.button('Restaurar assinatura')
    p.check('Backup da lista de bloqueio no Google Drive', True)
    p.button('Salvar alterações')
    out.append(p)

    # 3 ---- Conecta Fibra (inventado) ----------------------------------------------
    p = Page('pt', 'conectafibra-roteador', 'https://minhaconta.conectafibra.test/roteador/privacidade',
             'Roteador e privacidade', 'Conecta Fibra', hide_class='oculto',
             nav=['Minha conexão', 'Wi-Fi', 'Dispositivos', 'Controle dos pais', 'Privacidade'], active_nav=4,
             notes='Provedor inventado. Radiogroup sob título «Treinamento de modelos de IA», switch vago com ajuda, select «Excluir perfis infantis» = Sim.')
    p.h1('Roteador e privacidade')
    p.sec('Wi-Fi')
    p.text('Nome da rede', 'CONECTA_5G_31A')
    p.switch('Rede para visitantes', False)
    p.select('Horário do Wi-Fi', ['Sempre ligado', 'Desligar de madrugada', 'Personalizado'], 0)
    p.switch('Wi-Fi Mesh', True)
    p.sec('Treinamento de modelos de IA',
          'Com autorização, os dados de consumo da sua casa treinam o modelo que prevê congestionamento na sua região.')
    p.radiogroup('Dados de consumo da residência', ['Permitir', 'Não permitir'], 1, ai=('h', False))
    p.switch('Programa de melhoria da rede', True, wrap=True,
             help='Ao participar, as medições do seu roteador são usadas para treinar nossos modelos de IA de previsão de falhas.',
             ai=('v', True))
    p.select('Excluir perfis infantis do treinamento de IA', ['Sim', 'Não'], 0, ai=('i', False))
    p.hide('inline-display')
    p.select('Usar nomes dos dispositivos no treinamento', ['Sim', 'Não'], 1, ai=('p', False))
    p.unhide()
    p.sec('Segurança')
    p.switch('Bloquear sites maliciosos', True)
    p.switch('Atualização automática do firmware', True)
    p.switch('Acesso remoto do suporte técnico', False)
    p.sec('Avisos')
    p.check('SMS em caso de manutenção programada', True)
    p.check('Relatório mensal de uso por e-mail', False)
    p.check('Novidades sobre recursos de IA no app', False)
    p.sec('Estatísticas')
    p.check('Mostrar consumo por aparelho', True)
    p.button('Exportar histórico (CSV)')
    p.button('Reiniciar roteador')
    p.button('Aplicar')
    out.append(p)

    # 4 ---- Sintonia Móvel caixa postal (inventado) --------------------------------
    p = Page('pt', 'sintonia-caixa-postal', 'https://minha.sintoniamovel.test/caixa-postal/transcricao',
             'Caixa postal', 'Sintonia Móvel', hide_class='esconder',
             nav=['Meu plano', 'Caixa postal', 'Desvio de chamadas', 'Roaming', 'Privacidade'], active_nav=1,
             notes='Operadora inventada. Linha de estado «Ligar» (desligado) nomeada por aria-labelledby, interruptor vago com aria-label e ajuda.')
    p.h1('Caixa postal e transcrição')
    p.sec('Caixa postal')
    p.switch('Caixa postal ativa', True)
    p.select('Atender após', ['10 segundos', '20 segundos', '30 segundos'], 1)
    p.radios('Saudação', ['Saudação padrão', 'Minha gravação'], 1)
    p.check('Avisar por SMS quando chegar recado', True)
    p.sec('Transcrição')
    p.switch('Transcrever recados', True)
    p.check('Enviar transcrição por e-mail', False)
    p.staterow('Treinamento de IA com recados', 'Desligado', 'Ligar', naming='labelledby', ai=('p', False))
    p.bswitch('Aprimorar a transcrição', True, naming='label',
              help='Seus recados e as correções que você faz são usados para treinar o modelo de reconhecimento de voz.',
              ai=('v', True))
    p.hide('class-display')
    p.bswitch('Recados de contatos no treinamento', False, naming='label', ai=('p', False))
    p.unhide()
    p.bswitch('Resumo do recado com IA', True, naming='labelledby',
              help='O resumo é gerado na hora e não é usado para treinar modelos.')
    p.sec('Armazenamento')
    p.select('Apagar recados ouvidos após', ['7 dias', '30 dias', 'Nunca'], 1)
    p.button('Baixar todos os recados')
    p.sec('Acessibilidade')
    p.check('Transcrição em letras grandes', False)
    p.check('Tocar recados mais devagar', False)
    p.sec('Notificações')
    p.check('Avisar quando a caixa postal estiver quase cheia', True)
    p.check('Resumo diário dos recados por e-mail', False)
    p.check('Som ao chegar recado', True)
    p.button('Salvar')
    out.append(p)

    # 5 ---- RecargaFácil (inventado) -------------------------------------------------
    p = Page('pt', 'recargafacil-privacidade', 'https://app.recargafacil.test/conta/privacidade',
             'Privacidade', 'RecargaFácil',
             nav=['Recarregar', 'eSIM', 'Pagamentos', 'Privacidade', 'Ajuda'], active_nav=3,
             notes='App de recarga/eSIM inventado. Select sob título de licenciamento para IA, caixa explícita desmarcada, switch «Pausar» desligado.')
    p.h1('Privacidade')
    p.sec('Recargas')
    p.switch('Recarga automática quando o saldo acabar', False)
    p.select('Valor padrão', ['R$ 15', 'R$ 20', 'R$ 30'], 1)
    p.check('Comprovante por e-mail', True)
    p.check('Salvar cartão para as próximas recargas', True)
    p.sec('eSIM')
    p.button('Transferir eSIM para outro celular')
    p.switch('Avisos de consumo em roaming', True)
    p.sec('Licenciamento de dados para IA',
          'Podemos licenciar dados anonimizados de recarga para empresas que treinam modelos de inteligência artificial.')
    p.select('Meu histórico de recargas', ['Incluir', 'Não incluir'], 0, ai=('h', True))
    p.check('Permitir que parceiros treinem IA com meus dados de uso', False, wrap=True, ai=('p', False))
    p.switch('Pausar o uso dos meus dados no treinamento', False, ai=('i', True))
    p.hide('aria-hidden')
    p.switch('Treinar a IA com minhas conversas no chat', True, ai=('p', True))
    p.unhide()
    p.sec('Publicidade')
    p.check('Promoções por notificação', False)
    p.check('Anúncios personalizados', False)
    p.sec('Segurança')
    p.switch('Pedir senha antes de pagar', True)
    p.button('Desconectar Mercado Pago')
    p.switch('Entrar com biometria', True)
    p.sec('Notificações')
    p.check('Aviso de saldo baixo', True)
    p.check('Lembrete de validade da recarga', True)
    p.button('Salvar')
    out.append(p)
    return out

from lib import Page


def serasa():
    p = Page('pt', 'serasa-privacidade', 'Serasa', 'https://www.serasa.com.br/area-cliente/configuracoes/privacidade',
             'Privacidade e dados', known=True, user='Rafael S.', accent='#e80070',
             nav=['Início', 'Meu Score', 'Limpa Nome', 'Privacidade e dados', 'Alertas', 'Ajuda'], active=3,
             notes='Você. Iscas: alerta de consulta ao CPF, ofertas de crédito, trilha de educação financeira, Cadastro Positivo, download de dados. Aba Dependentes inativa.')

    def meus():
        return (p.sec('Inteligência artificial na Serasa',
                      p.sw('Usar meu histórico de consultas para treinar os modelos de IA da Serasa', True, mode='lb', ai='p', state_text='Sim')
                      + p.state('Oposição ao uso dos meus dados para treinar IA (LGPD)', 'Não registrada', 'Registrar oposição',
                                suffix='ao treinamento de IA', ai='i', sharing=True,
                                help='Você pode se opor a qualquer momento, sem afetar seu Score.')
                      + p.cb('Receber dicas do assistente virtual sobre meu Score', True,
                             help='As dicas são geradas na hora e não treinam nenhum modelo.'),
                      intro='Usamos modelos de IA para calcular o Score e identificar fraudes. Você escolhe se seus dados entram no treinamento.')
                + p.sec('Alertas',
                        p.cb('Me avisar quando alguém consultar meu CPF', True)
                        + p.cb('Alertas por WhatsApp', True)
                        + p.cb('Alertas por e-mail', False)
                        + p.sel('Resumo do Score por e-mail', [('sem', 'Semanal'), ('men', 'Mensal'), ('nao', 'Não quero')], 'men'))
                + p.sec('Ofertas e aprendizado',
                        p.cb('Mostrar ofertas de crédito feitas para mim', True)
                        + p.btn('Começar a trilha de educação financeira')
                        + p.cb('Participar do Cadastro Positivo', True)))

    def dep():
        return p.sec('Dependentes',
                     p.cb('Usar os dados dos meus dependentes para treinar a IA antifraude', False, ai='p')
                     + p.btn('Adicionar dependente'))

    body = p.tabs('Seções', [('Meus dados', meus), ('Dependentes', dep)])
    body += p.sec('Seus direitos', p.btn('Baixar meus dados') + p.btn('Alterar senha') + p.btn('Aparelhos conectados') + p.btn('Excluir conta', 'btn danger'))
    return p.done(body)


def chaveiro():
    p = Page('pt', 'chaveiro-digital-privacidade', 'Chaveiro Digital', 'https://app.chaveirodigital.test/empresa/privacidade',
             'Privacidade', user='TI · Agropec Ltda.', accent='#00695c',
             nav=['Cofres', 'Membros', 'Privacidade', 'Políticas', 'Faturamento'], active=2,
             notes='Conta empresarial. Iscas: gerador de senhas, alertas de vazamento, convites, SSO, exportação, relatórios de uso que não treinam.')
    treino = p.sec('Treinamento do assistente de segurança',
                   p.table('Dados usados para treinar nosso assistente de segurança', ['Dado', 'Nossa IA', 'Parceiros de pesquisa'],
                           [('Tipos de item salvos', [(True, 'h', None), (False, 'h', None)]),
                            ('Falhas de preenchimento automático', [(False, 'h', None), None])])
                   + p.cb('Não usar os dados da minha empresa para treinar IA', False, ai='i',
                          help='Vale para todos os membros. Tem prioridade sobre a tabela acima.')
                   + p.hide('hidden-attr', lambda: p.cb('Enviar nomes de cofres para o treinamento do assistente', False, ai='p')),
                   intro='O conteúdo dos cofres é criptografado e nunca é lido. Metadados podem ajudar a treinar o assistente que sugere boas práticas.')
    seg = p.sec('Segurança da equipe',
                p.cb('Alertar membros sobre senhas vazadas', True)
                + p.cb('Exigir autenticação em dois fatores', True)
                + p.cb('Bloquear cofres em aparelhos não gerenciados', False)
                + p.sel('Encerrar sessão após', [('15', '15 minutos'), ('60', '1 hora'), ('480', '8 horas')], '60')
                + p.sel('Comprimento mínimo de senha', [('12', '12 caracteres'), ('16', '16 caracteres'), ('20', '20 caracteres')], '16')
                + p.cb('Enviar relatório mensal de uso', True, help='Relatórios só com contagens; não são usados para treinar modelos.'))
    mem = p.sec('Membros e integrações',
                p.btn('Convidar membro') + p.btn('Configurar SSO') + p.btn('Conectar ao Slack')
                + p.btn('Exportar cofres') + p.btn('Ver registro de atividades') + p.btn('Salvar alterações', 'btn primary'))
    return p.done(treino + seg + mem)


def rota():
    p = Page('pt', 'rota-segura-vpn-privacidade', 'Rota Segura VPN', 'https://conta.rotasegura.test/privacidade',
             'Privacidade', user='bia.m', accent='#ff6f00',
             nav=['Conexão', 'Aparelhos', 'Privacidade', 'Indique e ganhe', 'Plano'], active=2,
             notes='Você. Iscas: kill switch, protocolo, bloqueio de anúncios, servidor ideal calculado no aparelho, indicação, pagamento.')
    con = p.sec('Conexão',
                p.sw('Kill switch', True, mode='native')
                + p.sel('Protocolo', [('wg', 'WireGuard'), ('ovpn', 'OpenVPN')], 'wg')
                + p.cb('Conectar automaticamente em Wi-Fi público', True)
                + p.cb('Bloquear anúncios e rastreadores', True)
                + p.cb('Escolher o servidor ideal para mim', True, help='O cálculo é feito no seu aparelho.')
                + p.cb('Proteger contra vazamento de IPv6', True)
                + p.sel('DNS', [('rs', 'DNS da Rota Segura'), ('custom', 'Personalizado')], 'rs'))
    diag = p.sec('Dados técnicos',
                 p.sw('Diagnóstico de conexão', True, mode='text', ai='v',
                      help='Os diagnósticos alimentam o treinamento do modelo que escolhe rotas mais estáveis.')
                 + p.radios('Bloquear o uso dos meus dados por empresas de IA', [('bloq', 'Bloqueado'), ('lib', 'Liberado')], 'bloq',
                            mode='rg', ai='i', share=('lib',))
                 + p.hide('inline-display-none', lambda: p.cb('Enviar meus registros de DNS para treinar modelos', False, ai='p'))
                 + p.cb('Enviar relatórios de erro', True, help='Apenas para corrigir falhas; não entram em treinamento de IA.'),
                 intro='Não guardamos o que você acessa. Só métricas técnicas, e só se você deixar.')
    conta = p.sec('Conta',
                  p.txt('Seu cupom de indicação', 'BIA10') + p.btn('Copiar')
                  + p.btn('Alterar forma de pagamento') + p.btn('Gerenciar aparelhos') + p.btn('Baixar arquivos de configuração') + p.btn('Cancelar plano', 'btn danger'))
    return p.done(con + diag + conta)


def guarda():
    p = Page('pt', 'guarda-verde-protecao', 'Guarda Verde', 'https://minha.guardaverde.test/protecao/privacidade',
             'Proteção e privacidade', user='Família Araújo', accent='#2e7d32', hide_class='oculto',
             nav=['Painel', 'Aparelhos', 'Proteção e privacidade', 'Controle dos pais', 'Assinatura'], active=2,
             notes='Você. Iscas: antivírus em tempo real, detector de golpes no celular, limpeza, controle dos pais, ofertas de parceiros.')
    prot = p.sec('Proteção',
                 p.sw('Antivírus em tempo real', True, mode='native')
                 + p.cb('Detector de golpes no WhatsApp', True, help='A análise acontece no próprio celular e nada é enviado para treinar modelos.')
                 + p.sel('Verificação agendada', [('dia', 'Diária'), ('sem', 'Semanal'), ('off', 'Desligada')], 'sem')
                 + p.cb('Limpar arquivos temporários toda semana', False))
    ia = p.sec('Seus dados e a nossa IA',
               p.seg('Exclusão do treinamento de IA', [('on', 'Ativada'), ('off', 'Desativada')], 'off', ai='i', share=('off',))
               + p.sel('Envio de dados para treinar a IA de parceiros', [('nunca', 'Nunca'), ('anon', 'Somente anônimos'), ('todos', 'Todos')],
                       'nunca', ai='p', share=('anon', 'todos'))
               + p.details('Privacidade avançada', lambda:
                           p.sw('Permitir que minhas amostras treinem o motor de detecção com IA', True, mode='native', ai='p')
                           + p.cb('Remover nomes de arquivo antes do envio', True))
               + p.hide('css-class', lambda: p.sw('Compartilhar dados com a fabricante do celular para treinar modelos', False, mode='al', ai='p')),
               intro='Arquivos suspeitos ajudam nossa IA a reconhecer novas ameaças.')
    pais = p.sec('Controle dos pais',
                 p.sel('Filtro de conteúdo para o Theo', [('alto', 'Alto'), ('medio', 'Médio')], 'alto')
                 + p.cb('Receber relatório semanal de uso', True)
                 + p.cb('Bloquear apps de apostas', True))
    conta = p.sec('Conta', p.cb('Receber ofertas de parceiros', False) + p.btn('Ver quarentena') + p.btn('Baixar relatório') + p.btn('Adicionar aparelho')
                  + p.btn('Renovar assinatura', 'btn primary'))
    return p.done(prot + ia + pais + conta)


def semrastro():
    p = Page('pt', 'sem-rastro-opcoes', 'Sem Rastro', 'https://painel.semrastro.test/extensao/opcoes',
             'Opções da extensão', user='Lu', accent='#6a1b9a',
             nav=['Geral', 'Listas de filtros', 'Opções da extensão', 'Sites confiáveis', 'Apoie o projeto'], active=2,
             notes='Você. Iscas: bloqueio de anúncios, rastreadores, banners de cookies, contador local, sites confiáveis, doações. Prévia do app com aria-hidden.')
    bloq = p.sec('Bloqueio',
                 p.cb('Bloquear anúncios em vídeos', True)
                 + p.cb('Bloquear rastreadores e pixels', True)
                 + p.cb('Esconder avisos de cookies', True)
                 + p.cb('Bloquear botões de redes sociais', False)
                 + p.cb('Bloquear mineração de criptomoedas', True)
                 + p.sel('Nível de proteção', [('leve', 'Leve'), ('padrao', 'Padrão'), ('rigido', 'Rígido')], 'padrao')
                 + p.cb('Mostrar contador de bloqueios no ícone', True, help='O contador fica só no seu navegador.'))
    melhora = p.sec('Detecção de anúncios',
                    p.sw('Ajudar a melhorar a detecção', False, mode='al', ai='v', tie='near',
                         help='Quando ativado, as páginas em que você bloqueia elementos manualmente são usadas para treinar nosso classificador de anúncios.')
                    + p.cb('Recusar o uso das minhas listas personalizadas para treinar IA', False, ai='i'))
    pesq = p.sec('Uso dos seus relatórios por pesquisadores',
                 p.cb('Participar', True, ai='h')
                 + p.hide('aria-hidden', lambda: '<p>Prévia no celular</p>'
                          + p.sw('Liberar meus relatórios para empresas de IA', True, mode='text', ai='p')),
                 intro='Universidades parceiras treinam modelos de detecção de rastreadores com os relatórios anônimos que você envia.')
    sites = p.sec('Sites confiáveis',
                  p.txt('Adicionar site', '', ph='exemplo.com.br') + p.btn('Adicionar')
                  + p.btn('Importar lista') + p.btn('Exportar configurações')
                  + p.cb('Sincronizar entre navegadores', False) + p.btn('Fazer uma doação'))
    return p.done(bloq + melhora + pesq + sites)


PAGES = [serasa, chaveiro, rota, guarda, semrastro]

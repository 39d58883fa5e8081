from lib import Page

CH = dict(skip="Pular para o conteúdo principal", search_label="Pesquisar", search_ph="Pesquisar…",
          lang_label="Idioma", account="Abrir menu da conta", signout="Sair",
          menu=[("Perfil", "/perfil"), ("Configurações", "/configuracoes")], nav_label="Configurações")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


# ---------------------------------------------------------------- Vercel
def vercel():
    p = Page("pt", "vercel-conta-dados", "Vercel", "https://vercel.com/account/settings/data",
             "Dados e IA – Configurações da conta – Vercel", known=True, hide_class="vc-hidden",
             notes="Serviço conhecido, reconstruído (você). Caixa simples sobre prompts e código do v0, marcada; "
                   "interruptor com aria-label 'Bloquear rastreadores de IA…' ligado (não compartilha). Iscas: sugestões "
                   "do v0, Speed Insights sem treinamento, comentários em previews, exportação. Oculto: atributo hidden.")
    v0 = p.section("v0",
                   p.switch("Sugestões do v0 no editor", True, desc_line="Completa componentes enquanto você digita.")
                   + p.select("Modelo padrão do v0", [("v0-1.5-md", None), ("v0-1.5-lg", None)], 0)
                   + p.checkbox("Permitir que a Vercel use meus prompts e o código gerado no v0 para treinar modelos de IA", True, ai="p")
                   + p.hidden("attr", lambda: "<h3>Equipe Cajuína Labs</h3>"
                              + p.checkbox("Compartilhar os dados da equipe para treinamento de modelos", False, ai="p")),
                   intro="Preferências do v0 para a sua conta pessoal.")
    bots = p.section("Bots e rastreadores",
                     p.switch("Bloquear rastreadores de IA nos meus projetos", True, mode="aria", ai="i",
                              visible="Bloquear rastreadores de IA",
                              desc_line="Cria uma regra de firewall que recusa bots que coletam conteúdo para treinar modelos.")
                     + p.switch("Desafiar tráfego suspeito", False, mode="aria"))
    obs = p.section("Observabilidade",
                    p.checkbox("Ativar Speed Insights", True,
                               help="Métricas de desempenho dos seus sites. Não são usadas para treinar modelos.")
                    + p.checkbox("Comentários nas implantações de preview", True)
                    + p.table("Notificações", "Evento", ["E-mail", "Web"], [
                        ("Falha na implantação", [(True,), (True,)]),
                        ("Uso próximo do limite do plano", [(True,), (False,)]),
                    ]))
    acct = p.section("Conta",
                     p.input("Nome de exibição", "Rafaela Montenegro")
                     + p.button("Ativar autenticação em dois fatores", kind="button") + " "
                     + p.button("Exportar dados da conta", kind="button") + " "
                     + p.button("Excluir conta pessoal", cls="btn btn-danger", kind="button") + " "
                     + p.button("Salvar", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Pesquisar projetos…", account="Conta de rafamontenegro",
                       menu=[("Painel", "/dashboard"), ("Configurações da conta", "/account")]),
                    [("Geral", "/account", False), ("Autenticação", "/account/authentication", False),
                     ("Tokens", "/account/tokens", False), ("Dados e IA", "/account/settings/data", True),
                     ("Cobrança", "/account/billing", False)],
                    v0 + bots + obs + acct,
                    ([("Documentação", "https://vercel.com/docs"), ("Privacidade", "https://vercel.com/legal/privacy-policy"),
                      ("Status", "https://www.vercel-status.com")], "© 2025 Vercel, Inc."),
                    h1="Dados e IA", brand="Vercel")
    return p, html


# ---------------------------------------------------------------- Jacarandá (invented code hosting)
def jacaranda():
    p = Page("pt", "jacaranda-privacidade", "Jacarandá", "https://jacaranda.test/configuracoes/privacidade",
             "Privacidade · Configurações · Jacarandá", hide_class="jc-oculto",
             notes="Hospedagem de código inventada. Tabela cuja legenda dá o sentido (três caixas: Jacarandá em públicos "
                   "sim, em privados não; parceiros não); linha de estado 'Desativar opt-out do treinamento de IA' com "
                   "sufixo visualmente oculto (opt-out ativo = não compartilha). Iscas: visibilidade, revisão de PR com "
                   "IA, chaves. Oculto: aba inativa 'Organização'.")
    vis = p.section("Visibilidade",
                    p.checkbox("Mostrar minhas contribuições privadas no gráfico de atividade", False)
                    + p.checkbox("Manter meu e-mail privado", True)
                    + p.select("Quem pode me mencionar", [("Todos", None), ("Só quem eu sigo", None)], 0))
    def conta():
        return (p.table("Quem pode treinar modelos de IA com o seu código", "Quem", ["Repositórios públicos", "Repositórios privados"], [
                    ("Jacarandá", [(True, "h"), (False, "h")]),
                    ("Parceiros de IA", [(False, "h"), None]),
                ], desc="Parceiros nunca recebem código de repositórios privados.")
                + p.staterow("Opt-out do treinamento de IA", "Ativo", "Desativar", ai="i", sharing=False,
                             suffix="opt-out do treinamento de IA",
                             desc="Com o opt-out ativo, nada do que você publica entra em conjuntos de treinamento."))
    def org():
        return p.checkbox("Usar o código da organização para treinar modelos", True, ai="p")
    tr = p.section("Código e IA", p.tabs("Escopo", [("Conta", conta), ("Organização", org)]),
                   intro="Defina o que pode ser aproveitado no treinamento dos nossos modelos e dos parceiros.")
    ia = p.section("Assistente",
                   p.switch("Revisão de pull requests com IA", True, mode="text")
                   + p.switch("Explicar falhas de CI", True, mode="text"),
                   intro="Recursos que usam modelos já treinados.")
    keys = p.section("Segurança",
                     p.button("Adicionar chave SSH", kind="button") + " "
                     + p.button("Gerar token de acesso", kind="button") + " "
                     + p.button("Baixar meus dados", kind="button") + " "
                     + p.button("Encerrar outras sessões", kind="button") + " "
                     + p.button("Salvar alterações", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Pesquisar repositórios", account="Menu de @thiagobr",
                       menu=[("Seu perfil", "/thiagobr"), ("Seus repositórios", "/thiagobr?aba=repos")]),
                    [("Perfil", "/configuracoes/perfil", False), ("Conta", "/configuracoes/conta", False),
                     ("Privacidade", "/configuracoes/privacidade", True), ("Chaves SSH", "/configuracoes/chaves", False),
                     ("Aplicativos", "/configuracoes/aplicativos", False)],
                    vis + tr + ia + keys,
                    ([("Ajuda", "https://jacaranda.test/ajuda"), ("Privacidade", "https://jacaranda.test/privacidade"),
                      ("Termos", "https://jacaranda.test/termos")], "Jacarandá · código brasileiro"),
                    h1="Privacidade", brand="Jacarandá")
    return p, html


# ---------------------------------------------------------------- Esteira CI (invented)
def esteira():
    p = Page("pt", "esteira-ci-dados", "Esteira CI", "https://app.esteira.test/org/padaria-digital/configuracoes/dados",
             "Dados · padaria-digital · Esteira CI", hide_class="es-hide",
             notes="CI inventada, dados da organização. Grupo de rádio (fieldset) 'Programa de melhoria contínua' cujo "
                   "sentido está só na ajuda (aria-describedby), em 'Participar'; caixa invertida no infinitivo 'Manter "
                   "os logs de produção fora do treinamento…' marcada. Iscas: previsão de falhas, cache, curso. Oculto: "
                   "diálogo fechado.")
    pred = p.section("Previsão de falhas",
                     p.switch("Prever falhas antes de rodar a pipeline", True, mode="aria",
                              desc_line="Usa modelos já treinados; seus logs não alimentam o treinamento.")
                     + p.checkbox("Pular etapas sem alterações", True)
                     + p.select("Cache de dependências", [("Por branch", None), ("Compartilhado", None), ("Desligado", None)], 0)
                     + p.checkbox("Cancelar pipelines redundantes na mesma branch", True)
                     + p.input("Tempo máximo por job (minutos)", "45", type="number"))
    melh = p.section("Melhoria dos modelos",
                     p.radios("Programa de melhoria contínua", [("Participar", True), ("Não participar", False)], 0, ai="v",
                              help="Quem participa permite que usemos logs e resultados de testes anonimizados para treinar "
                                   "os modelos que preveem falhas de build.")
                     + p.checkbox("Manter os logs de produção fora do treinamento de modelos", True, ai="i")
                     + p.dialog("Ver parcerias de pesquisa", "Parcerias de pesquisa", lambda:
                                p.checkbox("Permitir que parceiros treinem modelos com nossas pipelines", False, ai="p"),
                                close="Fechar"))
    no = p.section("Notificações",
                   p.table("Avisos da organização", "Evento", ["E-mail", "Slack"], [
                       ("Pipeline falhou na main", [(True,), (True,)]),
                       ("Deploy em produção concluído", [(False,), (True,)]),
                   ]))
    misc = p.section("Mais",
                     p.button("Convidar membro", kind="button") + " "
                     + p.button("Fazer o curso “Pipelines eficientes”", kind="button") + " "
                     + p.button("Exportar log de auditoria", kind="button") + " "
                     + p.button("Gerenciar integrações", kind="button") + " "
                     + p.button("Salvar", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Buscar pipelines", account="Conta de Bruna Teixeira",
                       menu=[("Meu perfil", "/perfil"), ("Trocar organização", "/org")]),
                    [("Geral", "/org/padaria-digital/configuracoes", False), ("Membros", "/org/padaria-digital/membros", False),
                     ("Runners", "/org/padaria-digital/runners", False), ("Segredos", "/org/padaria-digital/segredos", False),
                     ("Dados", "/org/padaria-digital/configuracoes/dados", True)],
                    pred + melh + no + misc,
                    ([("Documentação", "https://docs.esteira.test"), ("Privacidade", "https://esteira.test/privacidade"),
                      ("Status", "https://status.esteira.test")], "© 2025 Esteira Tecnologia Ltda."),
                    h1="Dados", brand="Esteira CI")
    return p, html


# ---------------------------------------------------------------- Caixote (invented registry)
def caixote():
    p = Page("pt", "caixote-conta-ia", "Caixote", "https://caixote.test/conta/ia",
             "IA · Minha conta · Caixote", hide_class="cx-escondido",
             notes="Registro de pacotes inventado. Botões segmentados 'Metadados dos pacotes' cujo sentido vem do título "
                   "'Treinamento de modelos' ('Não compartilhar'); interruptor com aria-labelledby plano, ligado; caixa "
                   "com 'Nunca enviar…' marcada. Iscas: busca semântica, avisos de segurança, tokens. Oculto: classe CSS.")
    busca = p.section("Busca",
                      p.checkbox("Busca semântica de pacotes", True,
                                 help="Encontra pacotes pelo que eles fazem, não só pelo nome.")
                      + p.checkbox("Mostrar alternativas mantidas ativamente", True)
                      + p.select("Ordenar resultados por", [("Relevância", None), ("Downloads semanais", None), ("Atualização mais recente", None)], 0)
                      + p.checkbox("Ocultar pacotes sem licença declarada", False))
    tr = p.section("Treinamento de modelos",
                   p.seg("Metadados dos pacotes", [("Compartilhar", True), ("Não compartilhar", False)], 1, ai="h")
                   + p.switch("Usar o conteúdo dos meus pacotes para treinar o assistente do Caixote", True, ai="p")
                   + p.checkbox("Nunca enviar meus pacotes privados para treinamento de IA", True, ai="i")
                   + p.hidden("class", lambda: p.checkbox("Incluir estatísticas de download no treinamento", True, ai="p")),
                   intro="O assistente do Caixote aprende com pacotes publicados. Escolha o que ele pode usar.")
    no = p.section("Avisos",
                   p.table("Quando avisar", "Evento", ["E-mail"], [
                       ("Vulnerabilidade em pacote meu", [(True,)]),
                       ("Novo mantenedor adicionado", [(True,)]),
                       ("Pacote marcado como obsoleto", [(False,)]),
                   ]))
    acc = p.section("Acesso",
                    p.input("Usuário", "dudacosta")
                    + p.button("Criar token de publicação", kind="button") + " "
                    + p.button("Configurar 2FA", kind="button") + " "
                    + p.button("Exportar meus dados", kind="button") + " "
                    + p.button("Transferir pacotes", kind="button") + " "
                    + p.button("Excluir conta", cls="btn btn-danger", kind="button") + " "
                    + p.button("Salvar", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Buscar pacotes", account="Menu de dudacosta",
                       menu=[("Meus pacotes", "/~dudacosta"), ("Organizações", "/orgs")]),
                    [("Perfil", "/conta/perfil", False), ("Pacotes", "/conta/pacotes", False), ("IA", "/conta/ia", True),
                     ("Tokens", "/conta/tokens", False)],
                    busca + tr + no + acc,
                    ([("Docs", "https://caixote.test/docs"), ("Privacidade", "https://caixote.test/privacidade"),
                      ("Comunidade", "https://caixote.test/comunidade")], "Caixote — feito pela comunidade"),
                    h1="IA", brand="Caixote")
    return p, html


# ---------------------------------------------------------------- Quadro (invented issue tracker)
def quadro():
    p = Page("pt", "quadro-espaco-privacidade", "Quadro", "https://quadro.test/espaco/ajustes/privacidade",
             "Privacidade · Ajustes do espaço · Quadro", hide_class="qd-off",
             notes="Gerenciador de tarefas inventado. Linha de estado 'Revogar consentimento…' (consentimento concedido = "
                   "compartilha); lista 'Comentários' dentro de <details> fechado, sentido dado pela frase de introdução "
                   "('Incluir'); interruptor por texto 'Ajudar a melhorar o Quadro' com ajuda ao lado, desligado. Iscas: "
                   "resumos, sugestão de prazos, exportação. Oculto: aria-hidden.")
    feat = p.section("Recursos de IA",
                     p.switch("Resumir tarefas com muitos comentários", True, mode="text")
                     + p.switch("Sugerir prazos com base no histórico", False, mode="text")
                     + p.checkbox("Traduzir comentários automaticamente", True,
                                  help="Tradução feita na hora; os textos não são guardados."))
    tr = p.section("Treinamento de IA",
                   p.staterow("Consentimento para treinamento de IA", "Concedido em 10/01/2025", "Revogar", ai="i",
                              sharing=True, suffix="consentimento para treinamento de IA",
                              desc="Títulos e descrições de tarefas deste espaço ajudam a treinar os modelos do Quadro.")
                   + p.details("Mais opções", lambda:
                               "<p>Além das tarefas, estes dados podem ser usados para treinar os modelos do Quadro:</p>"
                               + p.select("Comentários", [("Incluir", True), ("Excluir", False)], 0, ai="h")
                               + p.select("Anexos", [("Incluir", True), ("Excluir", False)], 1, ai="h"))
                   + p.switch("Ajudar a melhorar o Quadro", False, mode="text", ai="v", hm="after",
                              help="Ativando, você permite que usemos as descrições das suas tarefas para treinar novos modelos de IA.")
                   + p.hidden("aria", lambda: p.checkbox("Compartilhar dados do espaço com parceiros para treinamento", False, ai="p")))
    ws = p.section("Espaço",
                   p.input("Nome do espaço", "Time de Produto")
                   + p.select("Resumo por e-mail", [("Diário", None), ("Semanal", None), ("Nunca", None)], 1)
                   + p.checkbox("Permitir convidados", True)
                   + p.select("Fuso horário", [("América/São Paulo", None), ("América/Manaus", None), ("América/Recife", None)], 2)
                   + p.checkbox("Avisar quando eu for mencionado", True)
                   + p.checkbox("Avisar quando uma tarefa minha mudar de status", True)
                   + p.button("Sair do espaço", cls="btn btn-danger", kind="button") + " "
                   + p.button("Exportar tarefas", kind="button") + " "
                   + p.button("Integrações", kind="button") + " "
                   + p.button("Salvar", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Buscar tarefas", account="Conta de Carla Nogueira",
                       menu=[("Meu perfil", "/perfil"), ("Preferências", "/preferencias")]),
                    [("Geral", "/espaco/ajustes", False), ("Membros", "/espaco/ajustes/membros", False),
                     ("Privacidade", "/espaco/ajustes/privacidade", True), ("Cobrança", "/espaco/ajustes/cobranca", False)],
                    feat + tr + ws,
                    ([("Central de ajuda", "https://ajuda.quadro.test"), ("Privacidade", "https://quadro.test/privacidade"),
                      ("Termos de uso", "https://quadro.test/termos")], "Quadro © 2025 — Recife"),
                    h1="Privacidade", brand="Quadro")
    return p, html


PAGES = [vercel, jacaranda, esteira, caixote, quadro]

from lib import Page


def pages():
    out = []

    # 1 ---------------------------------------------------------------- YouVersion / Bible.com (known)
    p = Page("pt", "youversion-privacidade", "https://www.bible.com/pt/settings/privacy", "YouVersion",
             "Privacidade", known=True, theme="faith", accent="#c1272d", bg="#f7f7f7", hidecls="is-hidden",
             nav=[("Perfil", "/pt/settings/profile", False), ("Notificações", "/pt/settings/notifications", False),
                  ("Planos de leitura", "/pt/settings/plans", False), ("Privacidade", "/pt/settings/privacy", True),
                  ("Versões offline", "/pt/settings/offline", False), ("Ajuda", "https://help.youversion.com", False)],
             menu=[("Meu perfil", "/pt/users/me"), ("Amigos", "/pt/friends"), ("Sair", "/pt/sign-out")],
             footer=[("Política de privacidade", "/pt/privacy"), ("Termos de uso", "/pt/terms"), ("Doar", "/pt/give"),
                     ("Sobre", "/pt/about")],
             search_ph="Buscar versículos, planos, vídeos",
             lede="Escolha o que seus amigos veem e como usamos o que você registra no app.",
             notes="Serviço conhecido, textos inventados (você). v: select 'Ajudar a melhorar o YouVersion' (só a ajuda fala em treinar); p: aria-pressed 'Usar minhas anotações para treinar a IA do YouVersion' (Permitir); h: role=radiogroup 'Pedidos de oração' sob o título 'Treinamento de modelos'. Oculto: aba inativa. Iscas: versículo do dia, destaques visíveis a amigos, planos, doações.")
    p.begin_tabs(["Geral", "Pesquisa"])
    p.section("Amigos e atividade")
    p.radios("Quem pode ver meus destaques", ["Só eu", "Amigos", "Todos"], 1)
    p.check("Mostrar meu progresso nos planos aos amigos", True)
    p.check("Sugerir amigos a partir dos meus contatos", False)
    p.section("Leitura")
    p.select("Versão padrão", ["NVI", "ARA", "NTLH", "NAA"], 0)
    p.switch("Áudio da Bíblia em segundo plano", True)
    p.switch("Versículo do dia na tela inicial", True)
    p.section("Sugestões")
    p.switch("Planos sugeridos para mim", True,
             "Com base nos planos que você concluiu. Essa escolha acontece só na sua conta.")
    p.section("Treinamento de modelos",
              "Estamos treinando modelos para sugerir planos e passagens. Escolha o que você registra no app que pode entrar nesse treinamento.")
    p.radios("Pedidos de oração", ["Incluir", "Não incluir"], 1, share=[True, False], style="aria", ai="h")
    p.pressed("Usar minhas anotações para treinar a IA do YouVersion", ["Permitir", "Não permitir"], 0,
              share=[True, False], ai="p")
    p.select("Ajudar a melhorar o YouVersion", ["Sim", "Não"], 1, share=[True, False],
             help="Seus destaques, buscas e planos concluídos são usados para treinar os modelos de recomendação de planos.",
             ai="v")
    p.next_panel()
    p.section("Parceiros de pesquisa")
    p.check("Compartilhar meu histórico de leitura com igrejas parceiras para treinar modelos de IA", True, ai="p")
    p.end_tabs()
    p.section("Notificações")
    p.switch("Lembrete do plano de leitura", True)
    p.switch("Orações de amigos", True)
    p.section("Conta")
    p.check("Receber e-mails sobre novos planos", False)
    p.ctl_button("Baixar meus dados")
    p.ctl_button("Excluir conta")
    out.append(p)

    # 2 ---------------------------------------------------------------- Respira Já (invented)
    p = Page("pt", "respiraja-privacidade", "https://app.respiraja.test/conta/privacidade", "Respira Já",
             "Privacidade", theme="meditation", accent="#2a9d8f", bg="#f0f8f7", hidecls="escondido",
             nav=[("Meu perfil", "/conta/perfil", False), ("Assinatura", "/conta/assinatura", False),
                  ("Lembretes", "/conta/lembretes", False), ("Privacidade", "/conta/privacidade", True),
                  ("Ajuda", "/ajuda", False)],
             menu=[("Perfil", "/conta/perfil"), ("Indique e ganhe", "/indique"), ("Sair", "/sair")],
             footer=[("Termos", "/termos"), ("Privacidade e LGPD", "/lgpd"), ("Fale com a gente", "/contato")],
             search_ph="Buscar meditações e respirações",
             lede="Respire fundo: aqui você controla seus dados.",
             notes="Inventado (meditação, você). v: fieldset 'Programa Respira Melhor' (só a ajuda fala em treinar); i: checkbox 'Não usar meus dados de sono para treinar modelos' (marcado = não compartilha); p: linha de status com sufixo oculto 'Desativar Treinamento de IA com suas sessões'. Oculto: bloco com atributo hidden. Iscas: recomendações, lembretes, desafios em grupo, Apple Saúde.")
    p.section("Lembretes")
    p.switch("Lembrete diário", True)
    p.select("Horário", ["06:30", "12:00", "19:00", "22:00"], 2)
    p.check("Lembrar também nos fins de semana", True)
    p.section("Sessões")
    p.radios("Voz guia", ["Ana", "Rafael", "Sem voz"], 0)
    p.switch("Vibração no ritmo da respiração", True)
    p.switch("Sincronizar minutos com o Apple Saúde", False)
    p.section("Comunidade")
    p.switch("Participar de desafios em grupo", True)
    p.check("Mostrar minha sequência no ranking", False)
    p.section("Dados e IA",
              "Alguns recursos do Respira Já usam aprendizado de máquina. Decida como seus dados participam.")
    p.radios("Programa Respira Melhor", ["Participar", "Não participar"], 0, share=[True, False],
             help="Seus registros de humor e de sessões ajudam a treinar nossos modelos de IA.", ai="v")
    p.check("Não usar meus dados de sono para treinar modelos", True, ai="i")
    p.state("Treinamento de IA com suas sessões", "Ativado", "Desativar", True, ai="p")
    p.begin_hidden("hidden-attr")
    p.switch("Usar minhas gravações de voz para treinar a IA", True, ai="p")
    p.end_hidden()
    p.section("Conta")
    p.text("E-mail", "mariana.souza@example.com.br", type="email")
    p.check("Receber novidades e ofertas", False)
    p.ctl_button("Baixar meus dados")
    p.ctl_button("Excluir minha conta")
    out.append(p)

    # 3 ---------------------------------------------------------------- Diário Aurora (invented)
    p = Page("pt", "aurora-diario-dados", "https://aurora-diario.test/configuracoes/dados", "Aurora",
             "Seus dados", theme="journaling", accent="#e76f51", bg="#fdf5f2", hidecls="oculto",
             nav=[("Geral", "/configuracoes", False), ("Diários", "/configuracoes/diarios", False),
                  ("Segurança", "/configuracoes/seguranca", False), ("Seus dados", "/configuracoes/dados", True),
                  ("Plano Aurora+", "/configuracoes/plano", False)],
             menu=[("Perfil", "/perfil"), ("Convidar amigos", "/convidar"), ("Sair", "/sair")],
             footer=[("Termos de uso", "/termos"), ("Privacidade", "/privacidade"), ("Central de ajuda", "/ajuda")],
             search_ph="Pesquisar no diário",
             lede="Seu diário é só seu. Veja abaixo o que a Aurora pode fazer com o que você escreve.",
             notes="Inventado (diário, você). v: interruptor 'Contribuir com a Aurora' (só a ajuda fala em treinar); p: select 'Uso das minhas entradas no treinamento da IA'; i: aria-pressed 'Excluir meus áudios do treinamento' (Sim = não compartilha). Oculto: display:none em linha. Iscas: reflexões sugeridas por IA, retrospectiva, bloqueio, backup.")
    p.section("Escrita")
    p.switch("Pergunta do dia", True)
    p.switch("Reflexões sugeridas pela IA", True,
             "Geradas na hora a partir da entrada aberta e descartadas em seguida.")
    p.check("Retrospectiva do mês por e-mail", True)
    p.select("Fonte", ["Serifada", "Sem serifa", "Manuscrita"], 0)
    p.section("Segurança")
    p.switch("Bloquear com senha", True)
    p.switch("Criptografia ponta a ponta", True)
    p.section("Backup")
    p.switch("Backup automático no Google Drive", False)
    p.pressed("Frequência do backup", ["Diário", "Semanal"], 1)
    p.section("Inteligência artificial")
    p.switch("Contribuir com a Aurora", False,
             "Suas avaliações das reflexões sugeridas são usadas para treinar o modelo que as escreve.",
             ai="v")
    p.select("Uso das minhas entradas no treinamento da IA", ["Todas as entradas", "Só as que eu marcar", "Nenhuma"],
             1, share=[True, True, False], ai="p")
    p.pressed("Excluir meus áudios do treinamento", ["Sim", "Não"], 0, share=[False, True], ai="i")
    p.begin_hidden("inline-display-none")
    p.check("Permitir treinar a IA com as fotos do meu diário", True, ai="p")
    p.end_hidden()
    p.section("Lembretes")
    p.switch("Lembrete para escrever à noite", True)
    p.select("Horário do lembrete", ["21h", "22h", "23h"], 0)
    p.section("Conta")
    p.ctl_button("Exportar em PDF")
    p.ctl_button("Apagar todas as entradas")
    out.append(p)

    # 4 ---------------------------------------------------------------- Sirius (invented)
    p = Page("pt", "sirius-astro-privacidade", "https://www.siriusastro.test/minha-conta/privacidade", "Sirius",
             "Privacidade", theme="astrology", accent="#3b3b98", bg="#f3f3fb", hidecls="u-hidden",
             nav=[("Mapa astral", "/minha-conta/mapa", False), ("Sinastria", "/minha-conta/sinastria", False),
                  ("Notificações", "/minha-conta/notificacoes", False),
                  ("Privacidade", "/minha-conta/privacidade", True), ("Créditos", "/minha-conta/creditos", False)],
             menu=[("Meu mapa", "/minha-conta/mapa"), ("Comprar créditos", "/loja"), ("Sair", "/logout")],
             footer=[("Termos", "/termos"), ("Política de privacidade", "/privacidade"), ("LGPD", "/lgpd")],
             search_ph="Signos, casas, trânsitos…",
             lede="Os astros não julgam, e nós também não. Mas pedimos licença antes de usar seus dados.",
             notes="Inventado (astrologia, você). h: células de tabela com aria-labelledby (linha × coluna 'Treinar nossa IA'); i: botão switch com aria-labelledby 'Impedir que minhas consultas treinem a IA' (desligado = compartilha). Oculto: classe CSS display:none. Iscas: astrólogo virtual, horóscopo, sinastria, créditos.")
    p.section("Dados de nascimento")
    p.text("Cidade de nascimento", "Recife")
    p.text("Hora de nascimento", "14:05", type="time")
    p.check("Hora aproximada", True)
    p.section("Notificações")
    p.switch("Horóscopo do dia", True)
    p.switch("Lua fora de curso", False)
    p.switch("Trânsitos no meu mapa", True)
    p.section("Astrólogo virtual")
    p.bswitch("Ativar o Astrólogo Virtual", True, naming="text",
              help="Respostas geradas por IA com base no seu mapa natal.")
    p.radios("Estilo das respostas", ["Poético", "Prático"], 1, style="aria")
    p.section("Como usamos seus dados")
    p.table("Escolha para que cada informação pode ser usada.", ["Leituras personalizadas", "Treinar nossa IA"],
            ["Mapa natal", "Perguntas ao Astrólogo Virtual"], [[True, False], [True, True]],
            ai={(0, 1): "h", (1, 1): "h"})
    p.bswitch("Impedir que minhas consultas treinem a IA", False, naming="labelledby", ai="i")
    p.begin_hidden("css-class")
    p.switch("Compartilhar mapas de amigos para treinar modelos", True, ai="p")
    p.end_hidden()
    p.section("Sinastria")
    p.check("Amigos podem comparar o mapa deles com o meu", True)
    p.ctl_button("Excluir histórico de consultas")
    p.ctl_button("Excluir conta")
    out.append(p)

    # 5 ---------------------------------------------------------------- Virada Coach (invented)
    p = Page("pt", "virada-coach-ia", "https://app.viradacoach.test/ajustes/ia", "Virada",
             "IA e privacidade", theme="coaching", accent="#ff7b00", bg="#fff7ef", hidecls="d-none",
             nav=[("Minhas metas", "/ajustes/metas", False), ("Meu coach", "/ajustes/coach", False),
                  ("Agenda", "/ajustes/agenda", False), ("IA e privacidade", "/ajustes/ia", True),
                  ("Pagamentos", "/ajustes/pagamentos", False)],
             menu=[("Meu perfil", "/perfil"), ("Trocar de plano", "/planos"), ("Sair", "/sair")],
             footer=[("Termos", "/termos"), ("Privacidade", "/privacidade"), ("Código de ética", "/etica")],
             lede="Sua virada é pessoal. Decida como a IA participa dela.",
             notes="Inventado (coaching, você). i: role=radiogroup 'Oposição ao uso das minhas mensagens no chat para treinar IA' (Me oponho); h: select 'Diário de metas' sob o título 'Treinamento da nossa IA'; v: aria-pressed 'Melhoria contínua da Virada' (só a ajuda fala em treinar). Oculto: aria-hidden. Iscas: resumo de sessão por IA, lembretes, agenda, relatório para a empresa.")
    p.section("Sessões")
    p.select("Duração padrão", ["30 min", "45 min", "60 min"], 2)
    p.switch("Resumo da sessão feito por IA", True, "Só você e seu coach veem. Não é usado para treinar modelos.")
    p.switch("Gravar sessões", False)
    p.section("Metas")
    p.switch("Lembrete semanal das metas", True)
    p.check("Mensagem de parabéns quando eu concluir uma meta", True)
    p.pressed("Tom dos lembretes", ["Motivador", "Direto"], 0)
    p.section("Agenda")
    p.ctl_button("Conectar Google Agenda")
    p.ctl_button("Conectar Outlook")
    p.check("Bloquear horários de foco na agenda", False)
    p.section("Treinamento da nossa IA",
              "A Vira, nossa assistente, é treinada com conteúdos de quem usa a Virada. Você escolhe se os seus entram nisso.")
    p.select("Diário de metas", ["Pode usar", "Não pode usar"], 0, share=[True, False], ai="h")
    p.radios("Oposição ao uso das minhas mensagens no chat para treinar IA", ["Não me oponho", "Me oponho"], 1,
             share=[True, False], style="aria", ai="i")
    p.pressed("Melhoria contínua da Virada", ["Ativa", "Inativa"], 0, share=[True, False],
              help="Com ela ativa, as transcrições das suas sessões com o coach servem para treinar a Vira.", ai="v")
    p.begin_hidden("aria-hidden")
    p.check("Enviar minhas respostas a parceiros para treinar modelos deles", False, ai="p")
    p.end_hidden()
    p.section("Empresa")
    p.check("Minha empresa pode ver minha presença", True)
    p.check("Incluir minhas respostas na pesquisa de clima anônima", False)
    p.ctl_button("Baixar meu histórico")
    out.append(p)

    return out

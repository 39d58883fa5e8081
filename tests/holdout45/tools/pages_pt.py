from lib import Page


def tinder():
    p = Page("pt", "tinder-configuracoes", "https://tinder.com/app/settings",
             "Configurações | Tinder", "tinder",
             "Serviço conhecido (encontros), pt-BR. Interruptor vago 'Ajude a melhorar as recomendações' — só a "
             "ajuda fala em treinar modelos (desativado → false), ao lado de um chamariz de recomendações "
             "personalizadas; caixa explícita sobre o seletor de fotos marcada (true). Chamarizes: seletor de "
             "fotos no aparelho, filtro de mensagens, anúncios, pausar conta. Oculto: display:none inline.",
             ["Configurações da conta", "Descoberta", "Privacidade", "Notificações", "Segurança"], real=True,
             nav_current=2, user="Rafa", htmllang="pt-BR", search_ph="Pesquisar nas configurações", theme="dating")
    p.h("Configurações", 1)
    with p.section("Descoberta"):
        p.sw("Modo Global", False, help="Veja pessoas do mundo inteiro.")
        p.text("Idade mínima", "24", type="number")
        p.text("Idade máxima", "33", type="number")
        p.sel("Distância máxima", ["10 km", "25 km", "50 km", "100 km"], 1)
        p.sel("Mostrar", ["Mulheres", "Homens", "Todos"], 0)
        p.sw("Modo Anônimo", False, help="Só quem você curtiu vê o seu perfil.")
    with p.section("Segurança"):
        p.sw("Filtro de mensagens ofensivas", True, help="Pergunta “Tem certeza?” antes de você enviar algo ofensivo.")
        p.cb("Confirmação de leitura", False)
        p.cb("Só receber curtidas de perfis verificados", False)
        p.link("Contatos bloqueados")
    with p.section("Recomendações"):
        p.sw("Recomendações personalizadas", True, mode="label",
             help="Usamos suas curtidas para ordenar os perfis que você vê; isso fica na sua conta.")
        p.sw("Ajude a melhorar as recomendações", False, mode="label",
             help="Com isto ativado, usamos suas fotos, sua bio e suas conversas para treinar os modelos que "
                  "sugerem perfis para todos os usuários.", ai=(False, "v"))
    with p.section("IA e suas fotos"):
        p.sw("Seletor de fotos inteligente", True, help="Escolhe suas melhores fotos no próprio aparelho.")
        p.cb("Permitir que o Tinder use minhas fotos para treinar o seletor de fotos com IA", True, ai=(True, ""))
        with p.hidden("style"):
            p.sw("Usar minhas mensagens de voz para treinar modelos de voz", False, ai=True)
    with p.section("Privacidade"):
        p.cb("Anúncios personalizados", True)
        p.sw("Reproduzir vídeos do perfil automaticamente", True)
        p.sel("Qualidade das fotos com dados móveis", ["Automática", "Economizar dados", "Alta"], 0)
        p.tbl("Notificações", ["Tipo", "Push", "E-mail"], [
            ("Novos matches", [dict(k="sw", on=True), dict(k="sw", on=False)]),
            ("Mensagens", [dict(k="sw", on=True), dict(k="sw", on=True)]),
        ])
        p.link("Gerenciar dados")
        p.btn("Baixar meus dados")
        p.btn("Pausar conta")
    return p


def respondeja():
    p = Page("pt", "respondeja-privacidade", "https://respondeja.test/conta/privacidade",
             "Privacidade – RespondeJá", "RespondeJá",
             "Fórum de perguntas e respostas inventado. Grupo de rádio com nome-substantivo 'Oposição ao uso das "
             "minhas respostas para treinar IA' com 'Me oponho' escolhido (invertido → false); interruptor por "
             "aria-labelledby sobre parceiros de IA ligado (true); caixa vaga 'Incluir minhas denúncias no "
             "programa de qualidade' cuja ajuda diz que viram exemplos de treino (true). Chamarizes: resposta "
             "gerada por IA, busca inteligente, relatórios de erro. Oculto: aria-hidden.",
             ["Perfil", "Conta", "Privacidade", "Notificações", "Moderação"], nav_current=2,
             user="dona_cida", htmllang="pt-BR", search_ph="Faça uma pergunta…", theme="qa")
    p.h("Privacidade", 1)
    with p.section("Perfil"):
        p.text("Nome de exibição", "Dona Cida")
        p.cb("Mostrar minha foto nas respostas", True, wrap=True)
        p.cb("Permitir que outras pessoas me mencionem", True, wrap=True)
        p.radio("Quem pode me enviar mensagens diretas", ["Qualquer pessoa", "Quem eu sigo", "Ninguém"], 1)
    with p.section("Inteligência artificial",
                   intro="Saiba como o RespondeJá usa IA no site e o que acontece com o que você escreve."):
        p.radio("Oposição ao uso das minhas respostas para treinar IA", ["Não me oponho", "Me oponho"], 1,
                help="Vale para os modelos do RespondeJá e para os de empresas parceiras.", ai=(False, "i"))
        p.sw("Liberar minhas respostas mais votadas para parceiros de IA", True, mode="lby", ai=(True, ""))
        p.cb("Mostrar uma resposta gerada por IA no topo das perguntas", True)
        p.sw("Busca inteligente por perguntas parecidas", True, mode="lby")
        with p.hidden("aria"):
            p.cb("Deixar o modelo aprender com minhas mensagens diretas", False, ai=True)
    with p.section("Moderação"):
        p.cb("Ocultar respostas denunciadas", True)
        p.cb("Incluir minhas denúncias no programa de qualidade", True,
             help="As denúncias que você envia viram exemplos de treino para o classificador automático de spam.",
             ai=(True, "v"))
    with p.section("Notificações e diagnóstico"):
        p.sel("Resumo por e-mail", ["Nunca", "Diário", "Semanal"], 2)
        p.sel("Idioma das perguntas sugeridas", ["Português", "Português e espanhol", "Todos"], 0)
        p.cb("Reproduzir vídeos automaticamente nas respostas", False)
        p.cb("Enviar relatórios de erro", True,
             help="Ajudam a corrigir falhas no app. Não são usados para treinar modelos.")
    p.btn("Salvar")
    p.link("Exportar minhas perguntas e respostas")
    return p


def vizinhanca():
    p = Page("pt", "vizinhanca-ajustes-dados", "https://app.vizinhanca.test/ajustes/dados",
             "Seus dados – Vizinhança", "Vizinhança",
             "App de condomínio/bairro inventado, quase tudo em linhas de estado com 'Alterar'. Linha 'Treinamento "
             "da assistente virtual com minhas mensagens do grupo: Permitido' com botão 'Alterar' + aria-labelledby "
             "(true); linha 'Uso das fotos de ocorrências para treinar IA: Bloqueado' com 'Desbloquear' + sufixo "
             "oculto (false); div role=checkbox sob o título 'O que a assistente pode aprender' nomeada só "
             "'Minhas reservas de áreas comuns' (só título, false). Chamarizes: legendas, resumo da ata com IA, "
             "controle dos pais. Oculto: classe CSS display:none.",
             ["Meu apartamento", "Portaria", "Assembleias", "Seus dados", "Ajuda"], nav_current=3,
             user="Beatriz – Apto 72", htmllang="pt-BR", search_ph="Buscar avisos e reservas",
             theme="neighbourhood")
    p.h("Seus dados", 1)
    with p.section("Visibilidade e avisos"):
        p.state("Visibilidade do meu apartamento", "Só síndico e portaria",
                suffix="visibilidade do apartamento")
        p.state("Avisos da portaria", "Push e WhatsApp", suffix="avisos da portaria")
        p.text("Telefone para emergências", "(11) 98888-1234", type="tel")
        p.cb("Receber enquetes do condomínio", True)
    with p.section("Assistente virtual",
                   intro="A assistente responde dúvidas sobre regras, reservas e encomendas."):
        p.sel("Idioma da assistente", ["Português", "Español", "English"], 0)
        p.state("Treinamento da assistente virtual com minhas mensagens do grupo", "Permitido", mode="lby",
                ai=(True, ""))
        p.state("Uso das fotos de ocorrências para treinar IA", "Bloqueado desde 02/05/2025",
                action="Desbloquear", suffix="uso das fotos de ocorrências para treinar IA", ai=(False, ""))
    with p.section("O que a assistente pode aprender",
                   intro="Marque os conteúdos seus que podem ser usados para treinar a assistente do condomínio."):
        p.sw("Minhas reservas de áreas comuns", False, mode="divcb", ai=(False, "h"))
        with p.hidden("class", cls="oculto"):
            p.cb("Permitir que a administradora use as gravações das assembleias para treinar IA", True, ai=True)
    with p.section("Assembleias online"):
        p.sw("Legendas automáticas", True, help="Geradas durante a assembleia; não ficam gravadas.")
        p.cb("Gravar assembleias para a ata", True)
        p.sw("Resumo da ata com IA", True, help="O resumo é anexado à ata e enviado a todos os moradores.")
    with p.section("Controle dos pais e anúncios"):
        p.cb("Meu filho só pode ver o grupo de avisos", True)
        p.cb("Anúncios personalizados de prestadores do bairro", False)
        p.link("Aplicativos conectados")
    p.actions("Salvar", "Baixar meus dados")
    return p


def otakuverso():
    p = Page("pt", "otakuverso-privacidade", "https://otakuverso.test/configuracoes/privacidade",
             "Privacidade · OtakuVerso", "OtakuVerso",
             "Comunidade de fãs inventada (fanfics, salas de voz). Caixa imperativa 'Não deixe robôs de IA "
             "treinarem com minhas fanfics' marcada (invertido → false); interruptor com aria-label e só "
             "'Ativado' visível sobre licenciar fanarts a parceiros para treinar IA (true). Chamarizes: transcrição "
             "ao vivo, recomendações de comunidades, spoilers. Oculto: painel de aba inativo 'Laboratório'.",
             ["Perfil", "Privacidade", "Salas de voz", "Notificações"], nav_current=1,
             user="akemi.br", htmllang="pt-BR", search_ph="Buscar animes, fanfics, comunidades",
             theme="fan-community")
    p.h("Privacidade", 1)

    def privacidade(pg):
        with pg.section("Perfil"):
            pg.area("Bio", "Shipper profissional. Leio tudo de Haikyuu!!")
            pg.cb("Mostrar minha lista de animes", True)
            pg.sel("Quem vê meus favoritos", ["Todo mundo", "Quem eu sigo", "Só eu"], 1)
        with pg.section("Fanfics e fanarts"):
            pg.cb("Não deixe robôs de IA treinarem com minhas fanfics", True,
                  help="Adicionamos um aviso de exclusão às suas páginas de fanfic.", ai=(False, "i"))
            pg.sw("Permitir que parceiros licenciem minhas fanarts para treinar IA", True, mode="label",
                  ai=(True, ""))
        with pg.section("Salas de voz"):
            pg.sw("Entrar nas salas com o microfone desligado", True)
            pg.sel("Qualidade de áudio", ["Automática", "Economia de dados", "Alta"], 0)
            pg.sw("Transcrição ao vivo", False, help="Gerada na hora; não é guardada.")
        with pg.section("Spoilers e recomendações"):
            pg.seg("Ocultar spoilers", ["Sempre", "Só de episódios novos", "Nunca"], 1)
            pg.sw("Recomendações de comunidades", True, help="Baseadas no que você segue; ficam só na sua conta.")
            pg.cb("Anúncios personalizados", False)
            pg.cb("Mostrar conteúdo +18", False)
            pg.link("Contas bloqueadas")
        pg.btn("Salvar")
        pg.link("Baixar meus dados")

    def lab(pg):
        pg.sw("Treinar o OtakuBot com minhas conversas nas salas de voz", True, ai=True)

    p.tabs("Seções", [("Privacidade", privacidade), ("Laboratório", lab)], active=0)
    return p


def paceamigos():
    p = Page("pt", "paceamigos-configuracoes", "https://membros.paceamigos.test/perfil/configuracoes",
             "Configurações – Pace Amigos", "Pace Amigos",
             "Clube de corrida inventado; <dialog open> nativo apresentando o Treinador IA: caixa explícita sobre "
             "frequência cardíaca desmarcada (false) e interruptor vago 'Programa Corredores Pioneiros' cuja ajuda "
             "fala do treinamento dos próximos modelos (ativado → true). Chamarizes: planos do Treinador IA, "
             "sincronização por dispositivo, zonas de privacidade. Oculto: classe visibility:hidden.",
             ["Perfil", "Atividades", "Configurações", "Grupos de corrida"], nav_current=2,
             user="Camila", htmllang="pt-BR", search_ph="Buscar corredores e grupos", theme="sports-club")
    p.h("Configurações", 1)
    with p.section("Privacidade das atividades"):
        p.cb("Mostrar meus treinos no feed do clube", True)
        p.sel("Quem vê o mapa das minhas corridas", ["Todos", "Membros do clube", "Só eu"], 1)
        p.cb("Esconder o início e o fim das rotas", True)
        p.text("Cidade", "Belo Horizonte")
        p.cb("Avisar sobre corridas em grupo perto de mim", True)
    with p.section("Dispositivos conectados"):
        p.tbl("Dispositivos", ["Dispositivo", "Sincronizar"], [
            ("Garmin Forerunner 255", [dict(k="sw", on=True)]),
            ("Apple Watch", [dict(k="sw", on=False)]),
            ("App de celular", [dict(k="sw", on=True)]),
        ])
        p.link("Apps conectados")
    with p.dialog("Conheça o Treinador IA", native=True,
                  desc="O Treinador IA monta planos semanais com base nos seus treinos."):
        p.sw("Ativar planos do Treinador IA", True, help="Os planos são calculados só para você.")
        p.cb("Quero ajudar a treinar o modelo com meus dados de frequência cardíaca", False, ai=(False, ""))
        p.sw("Programa Corredores Pioneiros", True, mode="lby",
             help="Quem participa cede histórico de treinos e áudios de feedback para o treinamento dos próximos "
                  "modelos do Treinador IA.", desc=False, ai=(True, "v"))
        p.actions("Continuar", "Agora não")
    with p.hidden("vclass", cls="invisivel"):
        p.cb("Compartilhar dados de saúde com a seguradora para treinar modelos de risco", False, ai=True)
    p.actions("Salvar alterações", "Exportar treinos (GPX)")
    return p


def build():
    return [tinder(), respondeja(), vizinhanca(), otakuverso(), paceamigos()]

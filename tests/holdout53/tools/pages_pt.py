from lib import Page, A

LANGS = [("pt", "Português (Brasil)"), ("en", "English"), ("es", "Español")]


def climatempo():
    p = Page("pt", "climatempo-privacidade", "Climatempo", "https://www.climatempo.com.br/minha-conta/privacidade",
             "Privacidade | Minha conta | Climatempo", known=True,
             notes="Previsão do tempo (você). Caixa clara 'Usar minhas observações… para treinar os modelos de IA' "
                   "(desmarcada); switch com aria-label invertido 'Não compartilhar minha localização para "
                   "treinamento de IA' (ligado → não compartilha); linha de estado heading-only 'Encerrar "
                   "participação' sob 'Parceiros do agronegócio' (Ativa → compartilha). Iscas: resumo da previsão com "
                   "IA, anúncios, medição de audiência sem treinamento. Oculto: aba inativa 'Conta da empresa'.")
    p.skip_text = "Pular para o conteúdo"
    p.chrome("Climatempo", "Buscar", "Buscar cidade", "Idioma", LANGS, "Minha conta",
             ["Minhas cidades", "Assinatura", "Ajuda"], "Sair", "Minha conta",
             ["Dados pessoais", "Minhas cidades", "Alertas", "Privacidade", "Assinatura"], "Privacidade",
             ["Sobre", "Anuncie", "Termos de uso", "Política de privacidade", "Fale conosco"], "© Climatempo")
    p.html = p.render(
        "Privacidade", "Controle como a Climatempo usa seus dados.",
        p.section("Minhas cidades", None,
                  p.select("Cidade principal", ["São Paulo, SP", "Campinas, SP", "Ribeirão Preto, SP"],
                           "Campinas, SP"),
                  p.button("Gerenciar cidades")),
        p.section("Alertas", None,
                  p.checkbox("Alertas de tempestade", True, wrap=True),
                  p.checkbox("Alerta de geada para minha região", False, wrap=True),
                  p.select("Horário da previsão diária", ["06:00", "07:00", "20:00"], "07:00"),
                  p.checkbox("Receber a newsletter Agro", False, wrap=True)),
        p.section("Seus dados e a IA", None,
                  p.tabs("Tipo de conta", [
                      ("Conta pessoal", lambda: [
                          p.checkbox("Usar minhas observações do tempo para treinar os modelos de IA da Climatempo",
                                     False, help="Relatos de chuva, granizo e fotos que você envia pelo app.",
                                     ai=A("p", on=True)),
                          p.switch("Não compartilhar minha localização para treinamento de IA", True,
                                   mode="arialabel", shown="Não compartilhar minha localização",
                                   ai=A("i", on=False))]),
                      ("Conta da empresa", lambda: [
                          p.checkbox("Permitir treinamento de IA com dados das estações da empresa", True,
                                     ai=A("p", on=True))]),
                  ])),
        p.section("Parceiros do agronegócio",
                  "Empresas parceiras podem usar dados de clima e de localização aproximada dos usuários para treinar "
                  "modelos de previsão de safra.",
                  p.state_row("Sua participação", "Ativa", "Encerrar", suffix="participação",
                              ai=A("h", sharing=True))),
        p.section("Recursos", None,
                  p.switch("Resumo da previsão com IA", True,
                           help="Um texto curto com o que esperar do dia, gerado a partir da previsão oficial.")),
        p.section("Unidades", None,
                  p.select("Temperatura", ["Celsius", "Fahrenheit"], "Celsius"),
                  p.select("Chuva", ["Milímetros", "Polegadas"], "Milímetros")),
        p.section("Publicidade e medição", None,
                  p.checkbox("Anúncios personalizados", False),
                  p.checkbox("Cookies de medição de audiência", True,
                             help="Usados só para contar acessos; não servem para treinar modelos.")),
        p.section("Conta", None, p.buttons("Alterar senha", "Baixar meus dados", "Excluir conta")),
    )
    return p


def petvida():
    p = Page("pt", "petvida-configuracoes", "PetVida", "https://app.petvida.test/conta/configuracoes/dados",
             "Meus dados · PetVida",
             notes="Rede de clínicas veterinárias (você). Caixa vaga 'Participar do Programa Diagnóstico Mais' com "
                   "ajuda aria-describedby sobre treinar a IA (marcada); caixa invertida 'Revogar meu consentimento…' "
                   "(desmarcada → compartilha); tabela com legenda 'Quem pode treinar modelos de IA…', coluna "
                   "'Permitido' (PetVida sim, universidades não) – heading-only. Iscas: triagem com assistente "
                   "virtual, curso de adestramento, compartilhar prontuário com veterinários. Oculto: diálogo fechado.")
    p.skip_text = "Pular para o conteúdo"
    p.chrome("PetVida", "Buscar", "Buscar clínica, exame ou vacina", "Idioma", LANGS, "Fernanda e Thor",
             ["Meus pets", "Agendamentos", "Plano de saúde"], "Sair", "Configurações",
             ["Perfil", "Meus pets", "Lembretes", "Meus dados", "Pagamentos"], "Meus dados",
             ["Central de ajuda", "Unidades", "Privacidade", "Termos"], "PetVida Clínicas Veterinárias")
    p.html = p.render(
        "Meus dados", None,
        p.section("Meus pets", None,
                  p.select("Pet principal", ["Thor (cão)", "Mel (gata)"], "Thor (cão)"),
                  p.button("Adicionar pet")),
        p.section("Consultas e vacinas", None,
                  p.checkbox("Lembrete de consulta por WhatsApp", True),
                  p.checkbox("Lembrete de vacinas", True),
                  p.select("Antecedência do lembrete", ["1 dia", "2 dias", "1 semana"], "2 dias")),
        p.section("Como avisar você", None,
                  p.table("Canais de aviso", "Assunto", ["WhatsApp", "E-mail"],
                          [("Consultas", [True, False]), ("Vacinas", [True, True]),
                           ("Resultados de exames", [False, True])])),
        p.section("Prontuário", None,
                  p.checkbox("Compartilhar prontuário com outros veterinários da rede", True,
                             help="Útil se o Thor for atendido em outra unidade."),
                  p.button("Baixar prontuário em PDF")),
        p.section("Programas", None,
                  p.checkbox("Participar do Programa Diagnóstico Mais", True,
                             help="Os exames e prontuários do seu pet ajudam a treinar a IA que apoia nossos "
                                  "veterinários na leitura de exames.", ai=A("v", on=True))),
        p.section("Inteligência artificial", None,
                  p.checkbox("Revogar meu consentimento para treinamento de IA com os dados do Thor", False,
                             ai=A("i", on=False)),
                  p.table("Quem pode treinar modelos de IA com os prontuários do Thor", "Quem", ["Permitido"],
                          [("PetVida", [True]), ("Universidades parceiras", [False])],
                          ai_cols={0: A("h", on=True)}),
                  p.dialog("Ver detalhes do consentimento", "Detalhes do consentimento", lambda: [
                      p.checkbox("Permitir que laboratórios treinem modelos com os exames do Thor", False,
                                 ai=A("p", on=True))], close="Fechar", confirm="Salvar")),
        p.section("Triagem", None,
                  p.switch("Triagem com assistente virtual", True,
                           help="O assistente faz algumas perguntas antes da consulta e encaminha para o veterinário.")),
        p.section("Adestramento", None,
                  p.card("Curso de adestramento básico", p.button("Inscrever o Thor"),
                         text="Oito aulas em grupo aos sábados na unidade Pinheiros.")),
        p.section("Pagamentos e ofertas", None,
                  p.buttons("Cartões salvos", "Plano de saúde pet"),
                  p.checkbox("Ofertas de parceiros (rações e pet shops)", False)),
    )
    return p


def horta_em_casa():
    p = Page("pt", "horta-em-casa-privacidade", "Horta em Casa", "https://hortaemcasa.test/perfil/privacidade",
             "Privacidade – Horta em Casa",
             notes="App de horta doméstica (você). Caixa invertida 'Impedir que minhas fotos sejam usadas no "
                   "treinamento de IA' (marcada → não compartilha); switch nativo claro para parceiros (desligado). "
                   "Iscas: diagnóstico por foto, assistente de plantio, dicas personalizadas, curso de compostagem. "
                   "Oculto: opção beta com atributo hidden.")
    p.skip_text = "Pular para o conteúdo"
    p.chrome("Horta em Casa", "Buscar", "Buscar plantas e dicas", "Idioma", LANGS, "Júlia R.",
             ["Minha horta", "Diário", "Loja"], "Sair", "Perfil",
             ["Meus dados", "Minha horta", "Lembretes", "Privacidade", "Segurança"], "Privacidade",
             ["Ajuda", "Privacidade", "Termos de uso"], "Horta em Casa · Feito em Belo Horizonte")
    p.html = p.render(
        "Privacidade", None,
        p.section("Minha horta", None,
                  p.text("Nome da horta", "Horta da varanda"),
                  p.select("Tipo de espaço", ["Varanda", "Quintal", "Horta comunitária"], "Varanda")),
        p.section("Fotos e diagnóstico", None,
                  p.switch("Diagnóstico por foto", True,
                           help="Analisa a foto da folha e sugere o que pode estar acontecendo."),
                  p.checkbox("Impedir que minhas fotos sejam usadas no treinamento de IA", True,
                             ai=A("i", on=False))),
        p.section("Diário de cultivo", None,
                  p.checkbox("Diário visível para amigos", True),
                  p.checkbox("Permitir que parceiros usem meu diário de cultivo para treinar modelos de IA", False,
                             switch=True, ai=A("p", on=True)),
                  p.hide("hidden", lambda: p.checkbox(
                      "Usar meu diário para treinar o assistente (beta)", True, ai=A("p", on=True)))),
        p.section("Lembretes", None,
                  p.checkbox("Regar", True, wrap=True),
                  p.checkbox("Adubar", True, wrap=True),
                  p.checkbox("Colheita", False, wrap=True),
                  p.select("Horário dos lembretes", ["Manhã", "Tarde", "Noite"], "Manhã")),
        p.section("Dicas", None,
                  p.checkbox("Dicas personalizadas para minha região", True),
                  p.switch("Assistente de plantio", True, help="Tira dúvidas com base no nosso guia de cultivo.")),
        p.section("Cursos", None,
                  p.card("Compostagem doméstica", p.button("Inscrever-me no curso"),
                         text="Curso online gratuito em quatro aulas.")),
        p.section("Loja", None, p.checkbox("Ofertas de sementes e mudas", False)),
        p.section("Segurança e conta", None,
                  p.button("Ativar verificação em duas etapas"),
                  p.buttons("Exportar diário", "Excluir conta")),
    )
    return p


def campocerto():
    p = Page("pt", "campocerto-dados", "CampoCerto", "https://app.campocerto.test/fazenda/configuracoes/dados",
             "Dados da fazenda – CampoCerto",
             notes="Gestão agrícola (você). Linha de estado invertida 'Registrar oposição' + título (oposição não "
                   "registrada → compartilha); select heading-only 'Telemetria das colheitadeiras' dentro de details "
                   "fechado 'Treinamento de modelos pelos fabricantes' (Autorizar); switch vago 'Rede de "
                   "Produtividade' com ajuda aria-describedby (desligado). Iscas: recomendação de adubação com IA, "
                   "comparação regional sem modelo, agrônomo consultor. Oculto: cooperativa com visibility:hidden.")
    p.skip_text = "Pular para o conteúdo"
    p.chrome("CampoCerto", "Buscar", "Buscar talhão, safra ou insumo", "Idioma", LANGS, "Fazenda Santa Luzia",
             ["Minhas fazendas", "Plano", "Suporte"], "Sair", "Configurações",
             ["Fazenda", "Talhões", "Máquinas", "Dados", "Acessos"], "Dados",
             ["Suporte", "Privacidade", "Termos"], "CampoCerto Tecnologia Agrícola Ltda.")
    p.html = p.render(
        "Dados da fazenda", "Decida quem pode usar as informações da sua fazenda e para quê.",
        p.section("Fazenda", None,
                  p.text("Nome da fazenda", "Fazenda Santa Luzia"),
                  p.text("Número do CAR", "MT-5107925-4F2A"),
                  p.select("Cultura principal", ["Soja", "Milho", "Algodão", "Café"], "Soja"),
                  p.text("E-mail para relatórios", "gestao@fazendasantaluzia.com.br", type="email")),
        p.section("Talhões", None,
                  p.button("Importar talhões (KML)"),
                  p.select("Unidade de área", ["Hectare", "Alqueire"], "Hectare")),
        p.section("Clima", None,
                  p.checkbox("Alerta de chuva forte", True, wrap=True),
                  p.checkbox("Janela de pulverização", True, wrap=True)),
        p.section("Recomendações", None,
                  p.switch("Recomendação de adubação com IA", True,
                           help="Calculada na hora, só com os dados da sua fazenda.")),
        p.section("Rede de Produtividade", None,
                  p.switch("Rede de Produtividade", False,
                           help="Ao participar, seus mapas de colheita entram na base que treina nosso modelo de "
                                "estimativa de produtividade.", ai=A("v", on=True)),
                  p.checkbox("Comparar minha produtividade com a média da região", True,
                             help="Você vê a média dos vizinhos; isso não alimenta nenhum modelo.")),
        p.section("Uso dos dados", None,
                  p.state_row("Treinamento de IA com dados da fazenda", "Nenhuma oposição registrada",
                              "Registrar oposição", mode="labelledby", ai=A("i", sharing=True)),
                  p.details("Treinamento de modelos pelos fabricantes", lambda: [
                      p.select("Telemetria das colheitadeiras", ["Autorizar", "Não autorizar"], "Autorizar",
                               ai=A("h", share=["Autorizar"])),
                      p.checkbox("Receber alertas de manutenção do fabricante", True)]),
                  p.hide("visibility", lambda: p.checkbox(
                      "Compartilhar dados com a cooperativa para treinar modelos de crédito", True,
                      ai=A("p", on=True)))),
        p.section("Acessos", None,
                  p.checkbox("Agrônomo consultor pode ver meus talhões", True),
                  p.button("Convidar agrônomo")),
        p.section("Exportar", None, p.button("Exportar caderno de campo")),
    )
    return p


def trilhas():
    p = Page("pt", "trilhas-brasil-privacidade", "Trilhas Brasil",
             "https://www.trilhasbrasil.test/configuracoes/privacidade", "Privacidade — Trilhas Brasil",
             notes="Trilhas e ecoturismo (você). Grupo segmentado invertido 'Bloquear robôs de IA nas minhas trilhas "
                   "públicas' (Sim → não compartilha); switch de texto claro 'Usar minhas trilhas para treinar a IA de "
                   "rotas' (ligado). Iscas: mostrar trilhas no Google, sugestões de fim de semana, tradução automática, "
                   "localização em tempo real. Oculto: bloco de parceiros com classe CSS display:none.")
    p.hide_class = "d-none"
    p.skip_text = "Pular para o conteúdo"
    p.chrome("Trilhas Brasil", "Buscar", "Buscar trilha, parque ou cidade", "Idioma", LANGS, "Caio T.",
             ["Meu perfil", "Minhas trilhas", "Assinatura"], "Sair", "Configurações",
             ["Perfil", "Privacidade", "Notificações", "Dispositivos"], "Privacidade",
             ["Ajuda", "Privacidade", "Termos", "Contato"], "Trilhas Brasil")
    p.html = p.render(
        "Privacidade", None,
        p.section("Perfil", None,
                  p.text("Nome de exibição", "Caio T."),
                  p.checkbox("Perfil público", True)),
        p.section("Trilhas", None,
                  p.select("Quem pode ver minhas trilhas", ["Todo mundo", "Seguidores", "Só eu"], "Todo mundo"),
                  p.checkbox("Ocultar o início e o fim das trilhas", True),
                  p.switch("Usar minhas trilhas para treinar a IA de rotas", True, mode="text",
                           help="A IA de rotas estima tempo e dificuldade a partir das trilhas gravadas.",
                           help_mode="nearby", ai=A("p", on=True))),
        p.section("Robôs e buscadores", None,
                  p.segmented("Bloquear robôs de IA nas minhas trilhas públicas", ["Sim", "Não"], "Sim",
                              ai=A("i", share=["Não"])),
                  p.checkbox("Mostrar minhas trilhas nos resultados do Google", True),
                  p.hide("css", lambda: p.checkbox(
                      "Permitir que parceiros treinem IA com minhas fotos", True, ai=A("p", on=True)))),
        p.section("Segurança na trilha", None,
                  p.checkbox("Compartilhar localização em tempo real com contatos de emergência", False),
                  p.button("Editar contatos de emergência")),
        p.section("Recursos inteligentes", None,
                  p.switch("Sugestões de trilhas para o fim de semana", True,
                           help="Baseadas na previsão do tempo e nas trilhas que você salvou."),
                  p.switch("Tradução automática de comentários", False)),
        p.section("Notificações", None,
                  p.checkbox("Novos seguidores", True, wrap=True),
                  p.checkbox("Comentários nas minhas trilhas", True, wrap=True),
                  p.checkbox("Alertas de chuva para trilhas salvas", True, wrap=True)),
        p.section("Conta", None, p.buttons("Conectar relógio", "Baixar meus dados", "Excluir conta")),
    )
    return p


PAGES = [climatempo, petvida, horta_em_casa, campocerto, trilhas]

"""Páginas em português (Brasil) do blind48 (fotos, memórias e história da família)."""
from lib import Page, cell


def familysearch():
    p = Page("pt", "familysearch", "https://www.familysearch.org/pt/settings/privacy", "Configurações de privacidade • FamilySearch",
             "FamilySearch", "Privacidade",
             "Reconstrução de um site de genealogia. Caixa negativa 'Não usar minhas memórias para treinar a "
             "transcrição automática' (desmarcada, então há uso); programa 'Participar do Programa de "
             "Aprimoramento de Pesquisa' cuja ajuda fala de treinamento (desligado); caixa 'Minhas "
             "indexações concluídas' dentro de <details> fechado, entendida só pelo resumo. Iscas: "
             "sugestões de registros, 'treinamentos e aulas ao vivo' (cursos), boletim. Isca de IA oculta "
             "com visibility:hidden no atributo style.",
             ["Conta", "Privacidade", "Notificações", "Memórias", "Preferências"], current=1,
             user="Ana Paula Souza", initials="AS")
    with p.section("Perfil de contato"):
        p.textbox("Nome de exibição", "Ana Paula S.")
        p.checkbox("Mostrar meu nome nas minhas contribuições", checked=True)
        p.checkbox("Mostrar minha foto de perfil para parentes", checked=True)
        p.radios("Quem pode me enviar mensagens", ["Qualquer usuário", "Somente parentes na Árvore Familiar", "Ninguém"], "Qualquer usuário")
    with p.section("Memórias"):
        p.select("Visibilidade padrão de novas fotos", ["Pública", "Somente eu", "Grupo de família"], "Grupo de família")
        p.checkbox("Não usar minhas memórias para treinar a transcrição automática", checked=False, ai="i",
                   help="Inclui histórias, fotos de documentos e áudios que você adicionou.")
        p.switch("Participar do Programa de Aprimoramento de Pesquisa", on=False, ai="v",
                 help="Permite que as histórias e fotos que você adicionou em Memórias sejam usadas para treinar modelos de aprendizado de máquina.")
    with p.section("Árvore Familiar"):
        p.switch("Sugestões de registros", on=True, help="Sugere registros históricos que podem corresponder a pessoas da sua árvore.")
        p.checkbox("Avisar-me quando alguém alterar meus ancestrais", checked=True)
    with p.section("Indexação"):
        with p.details("Treinamento de modelos de leitura de manuscritos"):
            p.para("Os registros que você indexa podem servir de exemplo para ensinar nossos modelos a ler documentos manuscritos.")
            p.checkbox("Minhas indexações concluídas", checked=True, ai="h")
            p.checkbox("Mostrar meu progresso no painel de voluntários", checked=True)
    with p.hidden("inline visibility:hidden"):
        p.checkbox("Permitir que parceiros treinem IA com minhas fotos", checked=True, ai="p")
    with p.section("Aprendizado"):
        p.checkbox("Receber convites para treinamentos e aulas ao vivo", checked=False)
        p.checkbox("Boletim do Centro de História da Família", checked=True)
        p.link("Saiba como usamos a inteligência artificial", "/pt/help/ia")
    with p.section("Seus dados"):
        p.button("Baixar minhas informações")
        p.button("Excluir conta", "btn danger")
    return p


def fotolar():
    p = Page("pt", "fotolar", "https://conta.fotolar.test/configuracoes/privacidade", "Privacidade | Fotolar",
             "Fotolar", "Configurações de privacidade",
             "Nuvem de fotos inventada. Interruptor nativo (input role=switch) 'Permitir o uso das minhas "
             "fotos para treinar modelos de IA' (ligado); linha de estado 'Concedido · Revogar "
             "consentimento' com sufixo visualmente oculto (consentimento ativo, então há uso). Iscas: "
             "agrupamento de rostos, legendas automáticas, dados de uso que não treinam modelos. Isca de IA "
             "num diálogo fechado.",
             ["Fotos", "Álbuns", "Família", "Configurações", "Armazenamento"], current=3,
             user="Marcos Lima", initials="ML")
    with p.section("Backup"):
        p.switch("Backup automático", on=True)
        p.select("Fazer backup usando dados móveis", ["Nunca", "Só fotos", "Fotos e vídeos"], "Nunca")
        p.checkbox("Manter cópia em alta resolução", checked=True)
    with p.section("Organização"):
        p.switch("Agrupar rostos parecidos", on=True, help="Os rostos são usados só para organizar o seu acervo.")
        p.switch("Relembrar momentos", on=True)
        p.switch("Legendas automáticas", on=False)
    with p.section("Família"):
        p.state_row("Compartilhamento familiar", "4 pessoas", "Gerenciar", suffix="o compartilhamento familiar")
        p.checkbox("Remover localização das fotos compartilhadas", checked=True)
        p.checkbox("Avisar quando um parente adicionar fotos", checked=True)
    with p.section("Inteligência artificial"):
        p.switch("Permitir o uso das minhas fotos para treinar modelos de IA", on=True, mode="input", ai="p")
        p.state_row("Consentimento para treinar IA com fotos da família", "Concedido em 10/01/2025", "Revogar consentimento",
                    suffix="para treinar IA com fotos da família", ai="i", sharing=True)
        p.checkbox("Compartilhar dados de uso", checked=False, how="near",
                   help="Só estatísticas de uso do app. Não usamos esses dados para treinar modelos.")
        with p.dialog("Ver termos de IA", "Termos de uso de IA"):
            p.checkbox("Aceito que a Fotolar treine modelos com meus álbuns", checked=False, ai="p")
            p.button("Aceitar")
    with p.section("Armazenamento"):
        p.button("Liberar espaço")
        p.button("Baixar todas as fotos")
        p.button("Excluir conta", "btn danger")
    return p


def primeiros_passos():
    p = Page("pt", "primeiros-passos", "https://primeirospassos.test/ajustes/familia", "Ajustes da família – Primeiros Passos",
             "Primeiros Passos", "Ajustes",
             "Diário do bebê inventado. Tabela por álbum ('Álbum da Helena', 'Vídeos do Theo') cuja caixa "
             "'Permitir' só faz sentido pelo título sobre treinamento; interruptor invertido 'Bloquear o uso "
             "de vozes gravadas para aprimorar a IA' (ligado, então sem uso). Iscas: marcos do bebê, "
             "fotolivro sugerido, convites. Isca de IA escondida com visibility:hidden por classe CSS.",
             ["Diário do bebê", "Álbuns", "Família", "Ajustes", "Assinatura"], current=3,
             user="Juliana Rocha", initials="JR")
    with p.section("Crianças"):
        p.button("Adicionar criança")
        p.select("Mostrar idade em", ["Meses e dias", "Meses", "Anos"], "Meses e dias")
        p.checkbox("Ocultar data de nascimento nos links compartilhados", checked=True)
    with p.section("Família"):
        p.radios("Quem vê as novas fotos", ["Só os pais", "Toda a família convidada", "Escolher a cada postagem"],
                 "Toda a família convidada", mode="radiogroup")
        p.checkbox("Avós podem comentar", checked=True)
        p.button("Convidar parente")
    with p.section("Recursos inteligentes"):
        p.switch("Marcar automaticamente os marcos do bebê", on=True,
                 help="Identifica primeiras vezes, como o primeiro sorriso. A análise fica na sua conta.")
        p.switch("Sugerir fotolivro no aniversário", on=True)
    with p.section("Uso no treinamento dos nossos modelos",
                   "Escolha, para cada álbum, se o conteúdo pode ser usado para treinar nossos modelos de reconhecimento de imagem e de voz."):
        p.table("O que pode ser usado", ["Álbum", "Itens", "Permitir"], [
            ("Álbum da Helena", ["2.140", cell(False, "r", ai="h")]),
            ("Vídeos do Theo", ["487", cell(True, "r", ai="h")]),
        ])
        p.switch("Bloquear o uso de vozes gravadas para aprimorar a IA", on=True, mode="content", ai="i")
    with p.hidden("css class visibility:hidden"):
        p.switch("Enviar álbuns para parceiros de pesquisa em IA", on=False, ai="p")
    with p.section("Notificações"):
        p.checkbox("Lembrete semanal para adicionar fotos", checked=True)
        p.select("Horário do lembrete", ["9h", "12h", "19h"], "19h")
        p.checkbox("Resumo mensal para a família", checked=True)
    with p.section("Assinatura"):
        p.link("Gerenciar assinatura", "/assinatura")
        p.actions("Salvar alterações")
    return p


def tronco():
    p = Page("pt", "tronco", "https://tronco.test/conta/privacidade", "Privacidade – Tronco",
             "Tronco", "Privacidade",
             "Site de genealogia inventado. Lista de seleção 'Compartilhar minha árvore com parceiros para "
             "treinamento de IA' em 'Não compartilhar'; caixa invertida 'Impedir que robôs de IA coletem "
             "minha árvore pública' (desmarcada, então há uso); botões segmentados 'Programa Tronco Lab' "
             "cuja ajuda fala do treinamento (Participar). Iscas: buscadores, programa de indicação, DNA, "
             "tabela de avisos. Isca de IA com display:none no atributo style.",
             ["Minha árvore", "Pesquisa", "DNA", "Privacidade", "Plano"], current=3,
             user="Rafael Teixeira", initials="RT")
    with p.section("Árvore"):
        p.radios("Quem pode ver minha árvore", ["Todos", "Parentes convidados", "Só eu"], "Parentes convidados")
        p.checkbox("Esconder pessoas vivas", checked=True)
        p.switch("Sugerir parentes de outras árvores", on=True)
    with p.section("Parceiros"):
        p.select("Compartilhar minha árvore com parceiros para treinamento de IA",
                 ["Não compartilhar", "Somente dados de falecidos", "Árvore completa"], "Não compartilhar",
                 ai="p", yes=["Somente dados de falecidos", "Árvore completa"])
        p.checkbox("Impedir que robôs de IA coletem minha árvore pública", checked=False, ai="i")
        p.checkbox("Permitir que buscadores exibam minha árvore pública", checked=True)
    with p.section("Programas"):
        p.segmented("Programa Tronco Lab", ["Participar", "Não participar"], "Participar", ai="v", yes=["Participar"],
                    help="No Tronco Lab, as correções de datas e lugares que você faz treinam o modelo que sugere parentescos.")
        p.checkbox("Programa de indicação", checked=False, help="Ganhe um mês grátis para cada amigo que assinar.")
    with p.hidden("inline display:none"):
        p.checkbox("Ceder meu DNA para treinamento de modelos", checked=False, ai="p")
    with p.section("DNA"):
        p.switch("Aparecer nas correspondências de DNA", on=True)
        p.select("Nome exibido", ["Nome completo", "Iniciais"], "Iniciais")
        p.button("Baixar dados brutos de DNA")
    with p.section("Notificações"):
        p.table("Avisos", ["Aviso", "E-mail", "Celular"], [
            ("Novas correspondências", [cell(True), cell(True)]),
            ("Comentários na árvore", [cell(False), cell(True)]),
        ])
        p.button("Exportar GEDCOM")
    return p


def bau_digital():
    p = Page("pt", "bau-digital", "https://app.baudigital.test/configuracoes", "Configurações – Baú Digital",
             "Baú Digital", "Configurações",
             "Cápsulas do tempo inventadas. Grupo de rádio 'Usar mensagens de voz para treinar nosso "
             "assistente' em 'Não'; interruptor 'Cartas e diários digitalizados' entendido só pela pergunta "
             "sob o título 'Melhoria dos nossos modelos' (desligado); caixa invertida 'Excluir minhas "
             "cápsulas do tempo do treinamento de modelos' (marcada) em <details> fechado. Iscas: temas "
             "sugeridos, transcrição, herdeiros. Isca de IA com o atributo hidden.",
             ["Minhas cápsulas", "Cartas", "Herdeiros", "Configurações"], current=3,
             user="Helena Duarte", initials="HD")
    with p.section("Cápsulas do tempo"):
        p.select("Abrir cápsulas por padrão em", ["1 ano", "5 anos", "10 anos", "Data escolhida"], "10 anos")
        p.checkbox("Avisar os destinatários um mês antes da abertura", checked=True)
        p.radios("Quem recebe minhas cápsulas se eu falecer", ["Herdeiros cadastrados", "Ninguém"], "Herdeiros cadastrados", mode="custom")
        p.button("Cadastrar herdeiro")
    with p.section("Assistente"):
        p.switch("Sugerir temas para novas cartas", on=True, help="As sugestões são geradas na hora e não ficam salvas.")
        p.switch("Transcrever mensagens de voz", on=True)
        p.radios("Usar mensagens de voz para treinar nosso assistente", ["Sim", "Não"], "Não", ai="p", yes=["Sim"])
    with p.section("Melhoria dos nossos modelos",
                   "Quais conteúdos do seu baú podem ser usados para treinar a IA do Baú Digital?"):
        p.switch("Cartas e diários digitalizados", on=False, ai="h")
        with p.details("Mais opções"):
            p.checkbox("Excluir minhas cápsulas do tempo do treinamento de modelos", checked=True, ai="i")
            p.checkbox("Guardar histórico de versões das cartas", checked=True)
    with p.hidden("hidden attribute"):
        p.switch("Doar cartas antigas ao acervo de treinamento", on=True, ai="p")
    with p.section("Notificações"):
        p.checkbox("Resumo mensal por e-mail", checked=True)
        p.select("Lembrete para escrever", ["Semanal", "Mensal", "Nunca"], "Mensal")
    with p.section("Segurança"):
        p.textbox("E-mail de recuperação", "helena.duarte@exemplo.test", type="email")
        p.switch("Verificação em duas etapas", on=True)
        p.button("Alterar senha")
        p.button("Baixar todo o conteúdo")
    return p


PAGES = [familysearch, fotolar, primeiros_passos, tronco, bau_digital]

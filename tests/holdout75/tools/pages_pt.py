from lib import Page


def chrome(brand, account="Minha conta", menu=None):
    return {"search": "Pesquisar", "language": "Idioma", "account": account, "nav": "Configurações",
            "menu": menu or [("Perfil", "/perfil"), ("Assinatura", "/assinatura"), ("Sair", "/sair")],
            "copy": f"© 2025 {brand}"}


def evernote():
    p = Page("pt", "evernote-privacidade", "https://www.evernote.com/settings/privacy?locale=pt_BR", "Evernote",
             "Privacidade – Configurações – Evernote", "Privacidade", "tab", known=True,
             notes="Notas (você); checkbox explícito com label envolvente, radiogroup vago com ajuda, tabela de cadernos sob legenda de treinamento.",
             lead="Controle como suas notas são usadas pelos recursos do Evernote.",
             nav=[("Conta", "/settings/account"), ("Notas e cadernos", "/settings/notes"), ("Privacidade", "/settings/privacy"),
                  ("Aplicativos conectados", "/settings/apps"), ("Plano", "/settings/plan"), ("Segurança", "/settings/security")],
             active=2, footer=[("Central de Ajuda", "https://help.evernote.com"), ("Privacidade", "/privacy"), ("Termos", "/terms"), ("Cookies", "/cookies")],
             chrome=chrome("Bending Spoons", "Conta", [("Configurações da conta", "/settings/account"), ("Trocar de conta", "/switch"), ("Sair", "/logout")]))
    p.sec("Recursos de IA",
          p.sw("Pesquisa com IA nas minhas notas", True, help="A busca usa um índice da sua conta. Suas notas não são usadas para treinar modelos neste recurso."),
          p.sw("Limpeza automática de notas", False),
          p.cb("Receber e-mails sobre novos recursos de IA", False),
          p.cb("Permitir que o Evernote use minhas imagens e PDFs para treinar modelos de IA", False, wrap=True, ai=False, shape="p"),
          p.rg("Programa de melhoria do produto", ["Participar", "Não participar"], 0,
               help="Ao participar, trechos das suas notas e anexos são usados para treinar os recursos de IA do Evernote.",
               ai=True, shape="v"))
    p.sec("Cadernos",
          p.table("Treinamento de IA por caderno", "Caderno", ["Permitido"],
                  [("Receitas", [(True, True, "h")]), ("Diário pessoal", [(False, False, "h")])]))
    p.sec("Mais opções",
          p.hide(p.sw("Compartilhar anexos para treinamento de IA", False, ai=False, shape="p", hid=True),
                 tabs=("Geral", [p.sel("Abrir o app em", ["Início", "Última nota", "Nova nota"], 0),
                                 p.cb("Reconhecer texto em imagens e PDFs", True),
                                 p.cb("Sugerir etiquetas", True)],
                       "Avançado"), tablist="Mais opções"))
    p.sec("Segurança e dados",
          p.sw("Verificação em duas etapas", True),
          p.btn("Conectar Google Agenda"),
          p.btn("Exportar notas (ENEX)"),
          p.btn("Encerrar conta"))
    return p


def formulariofacil():
    p = Page("pt", "formulariofacil-dados", "https://app.formulariofacil.test/conta/dados-e-ia", "FormulárioFácil",
             "Dados e IA · FormulárioFácil", "Dados e IA", "hidden", known=False,
             notes="Formulários (você); button switch invertido por aria-label ligado, switch vago com ajuda, linha de estado 'Ligado' nomeada por botão+título.",
             nav=[("Conta", "/conta"), ("Equipe", "/conta/equipe"), ("Dados e IA", "/conta/dados-e-ia"),
                  ("Integrações", "/conta/integracoes"), ("Pagamentos", "/conta/pagamentos")],
             active=2, footer=[("Ajuda", "/ajuda"), ("Privacidade (LGPD)", "/privacidade"), ("Termos de uso", "/termos")],
             chrome=chrome("FormulárioFácil Tecnologia Ltda.", "Minha conta"))
    p.sec("Assistente de IA",
          p.sw("Sugerir perguntas enquanto eu crio um formulário", True, help="As sugestões vêm de um modelo de terceiros que não treina com os seus dados."),
          p.sw("Traduzir formulários automaticamente", False),
          p.cb("Quero saber quando houver novidades de IA", True))
    p.sec("Treinamento e melhoria",
          p.bsw("Não treinar a IA com as respostas dos meus formulários", True, naming="aria", vis="Respostas", ai=False, shape="i"),
          p.sw("Contribuir com o FormulárioFácil", False,
               help="Se ativado, os arquivos enviados pelos respondentes ajudam a treinar o nosso modelo de leitura de documentos.", ai=False, shape="v"),
          p.state("Treinamento de IA com a estrutura dos formulários", "Ligado", "Desligar", ai=True, shape="p"),
          p.hide(p.cb("Enviar formulários antigos para o treinamento de IA", False, ai=False, shape="p", hid=True)))
    p.sec("Respostas",
          p.cb("Coletar e-mail de quem responde", True),
          p.cb("Limitar a uma resposta por pessoa", False),
          p.sel("Guardar respostas por", ["6 meses", "1 ano", "Sempre"], 2),
          p.cb("Exibir aviso da LGPD no início", True))
    p.sec("Integrações e pagamentos",
          p.btn("Conectar Pix"),
          p.btn("Conectar Google Planilhas"),
          p.sel("Forma de cobrança", ["Cartão de crédito", "Boleto", "Pix"], 0),
          p.btn("Baixar todas as respostas"))
    p.sec("Segurança",
          p.sw("Login em duas etapas", True),
          p.cb("Avisar sobre acessos de novos dispositivos", True))
    return p


def diariodebolso():
    p = Page("pt", "diariodebolso-privacidade", "https://diariodebolso.test/ajustes/privacidade", "Diário de Bolso",
             "Privacidade | Diário de Bolso", "Privacidade", "inline-display", known=False,
             notes="Diário (você); fieldset com legenda vaga sob título de treinamento, select explícito negado.",
             lead="Seu diário é só seu. Aqui você escolhe o que pode sair dele.",
             nav=[("Perfil", "/ajustes"), ("Privacidade", "/ajustes/privacidade"), ("Lembretes", "/ajustes/lembretes"),
                  ("Aparência", "/ajustes/aparencia"), ("Backup", "/ajustes/backup")],
             active=1, footer=[("Ajuda", "/ajuda"), ("Política de privacidade", "/privacidade"), ("Fale conosco", "/contato")],
             chrome=chrome("Diário de Bolso", "Você"))
    p.sec("Bloqueio",
          p.sw("Senha para abrir o diário", True),
          p.cb("Desbloquear com biometria", True),
          p.sel("Bloquear após", ["Imediatamente", "1 minuto", "10 minutos"], 0))
    p.sec("Escrita",
          p.sw("Perguntas do dia", True, help="Geradas no seu aparelho."),
          p.cb("Corrigir ortografia", True),
          p.sel("Uso das fotos das minhas entradas no treinamento de IA", ["Permitir", "Não permitir"], 1, ai=False, shape="p"),
          p.hide(p.sw("Enviar áudios do diário para treinar a IA", False, ai=False, shape="p", hid=True)),
          p.cb("Avise-me sobre novos recursos com IA", False))
    p.sec("Treinamento da nossa inteligência artificial",
          p.radio("Textos do diário", ["Podem ser usados", "Não podem ser usados"], 0, ai=True, shape="h"),
          intro="Com a sua permissão, usamos alguns conteúdos para treinar e melhorar os modelos do Diário de Bolso.")
    p.sec("Lembretes",
          p.cb("Lembrete diário", True),
          p.text("Horário do lembrete", "21:30", typ="time"),
          p.cb("Retrospectiva mensal", True))
    p.sec("Aparência e backup",
          p.seg("Tema", ["Claro", "Escuro", "Sistema"], 2),
          p.sel("Fonte", ["Padrão", "Manuscrita", "Máquina de escrever"], 0),
          p.btn("Fazer backup no Google Drive"),
          p.btn("Exportar diário em PDF"),
          p.btn("Apagar todas as entradas"))
    return p


def signosemapa():
    p = Page("pt", "signosemapa-dados", "https://www.signosemapa.test/minha-conta/dados", "Signos & Mapa",
             "Meus dados – Signos & Mapa", "Meus dados", "class", known=False, hide_class="escondido",
             notes="Astrologia (você); botões segmentados 'Bloquear… Ligado', checkbox vago com ajuda, button switch em details fechado sob resumo de treinamento.",
             nav=[("Meu mapa", "/minha-conta"), ("Horóscopos", "/minha-conta/horoscopos"), ("Meus dados", "/minha-conta/dados"),
                  ("Notificações", "/minha-conta/notificacoes"), ("Assinatura", "/minha-conta/assinatura")],
             active=2, footer=[("Contato", "/contato"), ("Privacidade", "/privacidade"), ("Termos", "/termos")],
             chrome=chrome("Signos & Mapa", "Minha conta"))
    p.sec("Mapa astral",
          p.text("Cidade de nascimento", "Salvador"),
          p.text("Hora de nascimento", "14:05", typ="time"),
          p.seg("Bloquear uso do meu mapa astral no treinamento da IA", ["Ligado", "Desligado"], 0, ai=False, shape="i"))
    p.sec("Previsões",
          p.sw("Previsão diária personalizada", True, help="Criada a partir do seu mapa e dos trânsitos do dia."),
          p.cb("Ajudar a aprimorar as previsões", True,
               help="Suas avaliações das previsões (curti / não curti) são usadas para treinar o modelo que escreve as previsões.", ai=True, shape="v"),
          p.hide(p.cb("Compartilhar sinastrias com parceiros para treinar modelos", False, ai=False, shape="p", hid=True)),
          p.details("Dados para treinamento de modelos",
                    p.bsw("Perguntas ao astrólogo virtual", False, naming="lb", ai=False, shape="h")))
    p.sec("Notificações",
          p.cb("Horóscopo do dia", True),
          p.cb("Lua cheia e lua nova", True),
          p.cb("Novidades do astrólogo com IA", False),
          p.cb("Ofertas de consultas", False))
    p.sec("Conta",
          p.cb("Anúncios personalizados", False),
          p.seg("Tema do app", ["Claro", "Escuro", "Noite estrelada"], 2),
          p.sel("Forma de pagamento", ["Cartão de crédito", "Pix"], 1),
          p.btn("Baixar meus dados"),
          p.btn("Excluir conta"))
    return p


def oracaodiaria():
    p = Page("pt", "oracaodiaria-privacidade", "https://app.oracaodiaria.test/configuracoes/privacidade", "Oração Diária",
             "Privacidade – Oração Diária", "Privacidade", "aria-hidden", known=False,
             notes="Fé e oração (você); switch explícito desligado, linha de estado 'Exclusão… Não solicitada' com sufixo oculto, select vago com ajuda.",
             lead="Suas orações e anotações ficam protegidas. Veja o que você pode ajustar.",
             nav=[("Perfil", "/configuracoes"), ("Planos de leitura", "/configuracoes/planos"), ("Privacidade", "/configuracoes/privacidade"),
                  ("Grupos de oração", "/configuracoes/grupos"), ("Ofertas", "/configuracoes/ofertas")],
             active=2, footer=[("Sobre nós", "/sobre"), ("Privacidade", "/privacidade"), ("Contato", "/contato")],
             chrome=chrome("Oração Diária", "Perfil"))
    p.sec("Orações e anotações",
          p.rg("Quem vê meus pedidos de oração", ["Só eu", "Meu grupo", "Toda a comunidade"], 1),
          p.cb("Avisar quando alguém orar por mim", True),
          p.sw("Usar minhas orações para treinar a IA do Oração Diária", False, ai=False, shape="p"),
          p.cb("Mostrar meu nome nos pedidos", True))
    p.sec("Assistente de estudo",
          p.sw("Explicações de versículos com IA", True, help="As explicações são geradas na hora, a partir do versículo escolhido."),
          p.state("Exclusão do treinamento de IA", "Não solicitada", "Solicitar exclusão", suffix="das minhas anotações do treinamento de IA",
                  ai=True, shape="i"),
          p.sel("Compartilhamento para pesquisa", ["Desativado", "Ativado"], 1,
                help="Quando ativado, suas anotações de leitura bíblica são usadas para treinar nosso assistente de estudo.",
                ai=True, shape="v"),
          p.hide(p.sw("Incluir áudios de louvor no treinamento", False, ai=False, shape="p", hid=True)),
          p.cb("Avisar sobre novidades do assistente com IA", False))
    p.sec("Leitura",
          p.sel("Versão da Bíblia", ["NVI", "ARA", "NTLH"], 0),
          p.cb("Letras grandes", False),
          p.cb("Versículo do dia às 6h", True))
    p.sec("Ofertas e dados",
          p.btn("Gerenciar oferta mensal"),
          p.btn("Conectar à minha igreja"),
          p.btn("Baixar meus dados"),
          p.btn("Excluir conta"))
    return p


PAGES = [evernote, formulariofacil, diariodebolso, signosemapa, oracaodiaria]

from lib import *

def build():
    P = []
    # 1 ---------------------------------------------------------------- Fireflies.ai (known)
    p = Page("pt", "fireflies-privacidade", "https://app.fireflies.ai/settings?tab=privacy", "Fireflies.ai",
             "Configurações", known=True, hidden_method="tab", account="Beatriz Nogueira",
             nav=["Perfil", "Notetaker", "Integrações", "Privacidade", "Equipe", "Upgrade"], active=3,
             note="Reconstrução das configurações do Fireflies.ai em português; controle da equipe numa aba inativa.")
    p.sec("Notetaker", None,
          radiogroup("Entrar automaticamente em", ["Todas as reuniões da agenda", "Só reuniões que eu organizo", "Nenhuma"], 0),
          textfield("Nome do notetaker", "Fireflies.ai Notetaker"),
          sw("Enviar o recap por e-mail para os participantes", True),
          select("Idioma padrão da transcrição", ["Português (Brasil)", "Inglês", "Espanhol"], 0))
    p.sec("AskFred e AI Apps",
          "As respostas do AskFred são geradas a partir das suas reuniões, só para você. Esse conteúdo não é usado para treinar nenhum modelo.",
          sw("Ativar o AskFred durante as reuniões", True),
          cb("Receber e-mail quando novos AI Apps forem lançados", False))
    p.sec("Privacidade dos dados", None,
          tabs("Escopo", [
              ("Minha conta", [
                  bsw("Usar minhas reuniões para treinar os modelos de IA do Fireflies", False, naming="label",
                      title="Treinamento de IA com minhas reuniões", ai="p"),
                  select("Programa de melhoria da transcrição",
                         ["Participar com áudio e texto", "Participar só com texto", "Não participar"], 0, ai=("v", True),
                         help="Trechos anonimizados entram nos conjuntos de dados usados para treinar nosso reconhecimento de fala em português."),
                  cb("Excluir do treinamento de IA as reuniões marcadas como confidenciais", True, ai="i")]),
              ("Equipe", [
                  sw("Permitir que os dados da equipe treinem a IA", True, ai="p"),
                  cb("Aplicar a todos os membros", True)])], active=0))
    p.sec("Integrações", None,
          staterow("Google Calendar", "Conectado", "Desconectar", naming="by"),
          staterow("Pipedrive", "Não conectado", "Conectar", naming="by"))
    p.sec("Notificações", None,
          cb("Resumo diário das reuniões", True),
          cb("Avisar quando uma transcrição falhar", True))
    p.sec("Segurança", None,
          cb("Exigir login com SSO", False),
          button("Baixar todas as transcrições"))
    P.append(p)

    # 2 ---------------------------------------------------------------- StreamYard (known)
    p = Page("pt", "streamyard-privacidade", "https://streamyard.com/teams/settings/privacy", "StreamYard",
             "Privacidade e dados", known=True, hidden_method="hidden", account="Canal Cozinha da Dri",
             nav=["Transmissões", "Destinos", "Marca", "Gravações", "Privacidade e dados", "Plano"], active=4,
             note="Reconstrução do StreamYard (estúdio de lives); linha de estado com status Ativada/Desativar, segmentado invertido.")
    p.sec("Destinos", None,
          staterow("YouTube", "Conectado", "Desconectar", naming="by"),
          staterow("LinkedIn Live", "Não conectado", "Conectar", naming="by"),
          cb("Transmitir em Full HD quando disponível", True, wrap=True))
    p.sec("Estúdio", None,
          sw("Mostrar o nome dos convidados na tela", True),
          select("Layout padrão", ["Lado a lado", "Destaque", "Tela cheia"], 0),
          cb("Desfocar o fundo dos convidados", False))
    p.sec("Gravações", None,
          select("Guardar gravações por", ["7 dias", "30 dias", "Sempre"], 1),
          sw("Gravar cada participante numa faixa separada", False))
    p.sec("Treinamento da IA com suas transmissões",
          "Escolha o que o StreamYard pode usar para treinar o gerador automático de cortes.",
          radios("Material das transmissões", ["Vídeo e áudio", "Somente legendas", "Nada"], 2, ai=("h", False)))
    p.sec("Dados e IA", None,
          segmented("Bloquear o uso dos comentários do chat no treinamento de modelos", ["Bloquear", "Permitir"], 1,
                    ai=("i", True)),
          staterow("Pesquisa de qualidade de áudio", "Ativada", "Desativar", naming="by", ai=("v", True),
                   help="Enquanto estiver ativada, amostras do áudio dos seus programas são usadas para treinar nosso modelo de redução de ruído."),
          hide("hidden", cb("Usar minhas gravações no treinamento de IA", True, ai="p")))
    p.sec("Notificações", None,
          cb("E-mail quando uma gravação estiver pronta", True),
          cb("Novidades sobre recursos com IA", False))
    p.sec("Conta", None,
          textfield("E-mail de contato", "contato@cozinhadadri.test", kind="email"),
          button("Sair de todos os dispositivos"))
    P.append(p)

    # 3 ---------------------------------------------------------------- invented video-call app
    p = Page("pt", "encontro-privacidade", "https://app.encontro.test/configuracoes/privacidade", "Encontro",
             "Privacidade", hidden_method="display", account="Thiago",
             nav=["Conta", "Chamadas", "Privacidade", "Aparência", "Segurança"], active=2,
             note="App de videochamadas inventado; tabela cuja legenda (caption) é o único indício de treinamento.")
    p.sec("Chamadas", None,
          select("Câmera", ["Câmera integrada", "Logitech Brio", "Câmera virtual"], 0),
          sw("Supressão de ruído", True),
          cb("Entrar com o microfone desligado", True, wrap=True))
    p.sec("Sala de espera", None,
          radios("Quem entra direto?", ["Qualquer pessoa com o link", "Pessoas da minha organização", "Ninguém"], 1),
          sw("Trancar a sala depois que a chamada começar", False))
    p.sec("Legendas", "As legendas são geradas no seu aparelho e não saem dele; nada disso é usado para treinar modelos.",
          sw("Legendas automáticas", True),
          select("Idioma falado", ["Português", "Espanhol", "Inglês"], 0))
    p.sec("Seus dados", None,
          radiogroup("Treinamento dos modelos de IA do Encontro com minhas chamadas", ["Permitir", "Não permitir"], 1,
                     ai=("p", False)),
          table("Quais conversas podem ser usadas para treinar a IA", ["Permitido"],
                [("Chamadas individuais", [(False, "h")]), ("Chamadas em grupo", [(True, "h")])]),
          hide("display", sw("Treinar a IA com as mensagens do chat", False, ai="p")))
    p.sec("Aparência", None,
          select("Tema", ["Claro", "Escuro", "Igual ao sistema"], 2),
          cb("Reduzir movimento", False),
          cb("Tocar um som quando alguém entrar", True))
    p.sec("Segurança", None,
          staterow("Verificação em duas etapas", "Ativada", "Gerenciar", naming="by"),
          button("Excluir conta", cls="danger"))
    P.append(p)

    # 4 ---------------------------------------------------------------- invented minutes bot
    p = Page("pt", "atafacil-privacidade", "https://atafacil.test/conta/privacidade", "Ata Fácil",
             "Privacidade e uso de dados", hidden_method="class", account="Rafael Moura",
             nav=["Minhas atas", "Assistente", "Integrações", "Privacidade", "Cobrança"], active=3,
             note="Bot de atas inventado; interruptor «Desligar» dentro de um <details> fechado (recolhido, não oculto).")
    p.sec("Assistente", None,
          textfield("Nome do assistente", "Ata Fácil • Rafael"),
          radios("Entrar nas reuniões", ["Sempre", "Só quando eu convidar"], 1),
          sw("Avisar os participantes no chat", True))
    p.sec("Atas", None,
          select("Modelo de ata", ["Reunião de equipe", "Reunião com cliente", "Conselho"], 0),
          cb("Incluir lista de presença", True, wrap=True),
          sw("Enviar tarefas para o Trello", False))
    p.sec("Uso de dados", None,
          radiogroup("Programa Ata Melhor", ["Participando", "Não participando"], 0, ai=("v", True),
                     help="Quem participa compartilha trechos de áudio e texto, que usamos para treinar e ajustar os modelos de transcrição e resumo."),
          cb("Permitir que minhas atas sejam usadas para treinar a IA do Ata Fácil", False, ai="p"),
          hide("class", bsw("Treinar modelos com minhas gravações", True, naming="by", ai="p"), cls="recurso-antigo"),
          details("Mais opções",
                  sw("Desligar o treinamento de IA com reuniões de clientes", True, ai="i"),
                  cb("Apagar o áudio depois de gerar a ata", True)))
    p.sec("Integrações", None,
          staterow("Zoom", "Conectado", "Desconectar", naming="by"),
          staterow("Google Drive", "Não conectado", "Conectar", naming="by"))
    p.sec("Notificações", None,
          cb("Ata por e-mail assim que ficar pronta", True),
          cb("Resumo semanal", False))
    p.sec("Cobrança", None, staterow("Cartão de crédito", "Visa final 4821", "Alterar", naming="by"))
    P.append(p)

    # 5 ---------------------------------------------------------------- invented virtual events platform
    p = Page("pt", "palcovirtual-dados", "https://painel.palcovirtual.test/evento/configuracoes/dados", "Palco Virtual",
             "Configurações do evento · Dados", hidden_method="aria", account="Semana Agro",
             nav=["Evento", "Programação", "Palestrantes", "Ingressos", "Dados", "Relatórios"], active=4,
             note="Plataforma de eventos online inventada; dupla negação em radios, botão-switch com nome vago e ajuda sobre treinamento.")
    p.sec("Evento", None,
          textfield("Nome do evento", "Semana de Inovação Agro 2025"),
          select("Fuso horário", ["Brasília (GMT-3)", "Manaus (GMT-4)", "Lisboa (GMT+0)"], 0),
          radios("Inscrição", ["Gratuita", "Paga", "Somente convidados"], 1))
    p.sec("Palco e salas", None,
          sw("Chat ao vivo", True),
          sw("Perguntas anônimas", False),
          cb("Permitir que palestrantes chamem pessoas ao palco", True, wrap=True))
    p.sec("Recursos de IA", "Tradução simultânea e resumos são processados só para o seu evento, sem treinar modelos.",
          sw("Tradução simultânea para inglês", False),
          cb("Me avisar sobre novos recursos de IA", True))
    p.sec("Dados do evento e IA", None,
          radios("Recusar o uso das palestras no treinamento de IA", ["Sim, recusar", "Não recusar"], 1, ai=("i", True, "dn")),
          bsw("Compartilhar dados com o Palco Labs", False, naming="text", ai="v",
              help="O Palco Labs usa esses dados para treinar os modelos que recomendam palestras e conexões."),
          segmented("Usar as enquetes do evento para treinar modelos de IA", ["Sim", "Não"], 0, ai=("p", True)),
          hide("aria", radiogroup("Treinamento de IA com o chat das salas", ["Permitido", "Proibido"], 0, ai=("p", True))))
    p.sec("Patrocinadores", None,
          cb("Exibir logos na página do evento", True),
          sw("Enviar leads aos patrocinadores", False))
    p.sec("Pagamentos", None, staterow("Mercado Pago", "Conectado", "Gerenciar", naming="by"))
    p.sec("Exportar", None, button("Exportar participantes (CSV)"))
    P.append(p)
    return P

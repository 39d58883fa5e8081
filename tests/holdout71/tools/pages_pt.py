from lib import Page


def mk(name, url, brand, title, notes, nav, **kw):
    d = dict(search=("Pesquisar", "Buscar configurações"), lang_label="Idioma", account="Minha conta",
             menu=[("Perfil", "/perfil"), ("Dispositivos", "/dispositivos"), ("Sair", "/sair")],
             footer=f"© 2025 {brand}. Termos de uso · Política de privacidade · Cookies")
    d.update(kw)
    return Page("pt", name, url, brand=brand, title=title, notes=notes, nav=nav, html_lang="pt-BR", **d)


def zepp():
    p = mk("zepp-privacidade", "https://user.zepp.com/pt-br/settings/privacy", "Zepp",
           "Privacidade",
           "Serviço conhecido (reconstrução). Botão switch nomeado por aria-labelledby, radiogroup invertido "
           "(«Não usar as conversas…»), tabela conta/dependente cujo sentido de treinamento está só na legenda. "
           "Oculto: aba inativa. Iscas: Zepp Flow como assistente, Zepp Aura, compartilhamento com amigos.",
           [("Início", "/pt-br/", False), ("Dispositivos", "/pt-br/devices", False), ("Privacidade", "/pt-br/settings/privacy", True),
            ("Família", "/pt-br/family", False)], known=True, account="Rafael")
    with p.tabs(["Configurações", "Experimentos"]) as panel:
        with panel(0):
            p.sec("Assistente")
            p.sw("Zepp Flow", True, help="Controle o relógio por voz. Os comandos são processados para responder a você.")
            p.select("Idioma do Zepp Flow", ["Português (Brasil)", "Inglês", "Espanhol"], 0)
            p.rgroup("Não usar as conversas com o Zepp Flow para melhorar a IA", ["Ativado", "Desativado"], 1,
                     ai="i", share=[False, True])
            p.sw("Zepp Aura: sons para dormir", False)
            p.sec("Compartilhamento")
            p.select("Quem vê meus treinos", ["Amigos", "Ninguém"], 0)
            p.cb("Aparecer no ranking de passos", True)
            p.sec("Pesquisa e IA")
            p.bsw("Permitir que a Zepp use meus dados de saúde para treinar modelos de IA", False, ai="p", mode="by", vis="Desligado")
            p.table("Dados que podem ser usados no treinamento da nossa IA", [("Permitir", "h")],
                    [("Minha conta", [True]), ("Conta do meu dependente", [False])], corner="Perfil")
        with panel(1):
            p.sw("Enviar gravações de ronco para treinar o detector de apneia", True)
    p.sec("Notificações")
    p.cb("Lembrete para levantar", True)
    p.cb("Meta de passos atingida", True)
    p.cb("Novidades e promoções", False)
    p.sw("Não perturbe à noite", True)
    p.select("Unidades", ["Métrico", "Imperial"], 0)
    p.btn("Exportar dados")
    p.btn("Excluir conta")
    return p


def visora():
    p = mk("visora-privacidade", "https://conta.visora.test/configuracoes/privacidade", "Visora",
           "Privacidade",
           "Óculos inteligentes inventados. Checkbox vago («Ajude a melhorar a Visora») cuja ajuda fala em treinar "
           "modelos, botões segmentados invertidos «Bloquear». Oculto: atributo hidden. Iscas: tradução em tempo "
           "real, descrição de cenas, LED de gravação.",
           [("Meus óculos", "/oculos", False), ("Galeria", "/galeria", False), ("Privacidade", "/configuracoes/privacidade", True),
            ("Ajuda", "/ajuda", False)], account="Bia")
    p.sec("Câmera")
    p.sw("LED de gravação sempre visível", True)
    p.select("Resolução das fotos", ["12 MP", "8 MP"], 0)
    p.sw("Importar fotos automaticamente", True)
    p.cb("Salvar localização nas fotos", False)
    p.sec("Recursos inteligentes")
    p.sw("Tradução em tempo real", True, help="A tradução acontece no celular pareado.")
    p.sw("Descrever o que estou vendo", True)
    p.select("Palavra de ativação", ["«Oi, Visora»", "Toque na haste"], 0)
    p.sec("Melhorias")
    p.cb("Ajude a melhorar a Visora", True, ai="v",
         help="Com isso, fotos e comandos de voz capturados pelos óculos podem ser usados para treinar os modelos de IA da Visora.")
    p.seg("Bloquear o uso das minhas gravações no treinamento de IA", ["Bloqueado", "Liberado"], 1, ai="i", share=[False, True])
    with p.hidden("hidden", "Programa beta"):
        p.seg("Usar meus vídeos em primeira pessoa para treinar modelos", ["Sim", "Não"], 0, share=[True, False])
    p.sec("Notificações")
    p.cb("Bateria fraca", True)
    p.cb("Atualizações de software", True)
    p.cb("Ofertas", False)
    p.btn("Apagar histórico de voz")
    p.btn("Baixar meus dados")
    p.btn("Desparear óculos")
    return p


def voa():
    p = mk("voadrones-dados-de-voo", "https://app.voadrones.test/conta/dados-de-voo", "Voa Drones",
           "Dados de voo",
           "Drone inventado. Linha de estado com sufixo visualmente oculto, select cujo sentido de treinamento está "
           "só no título e na introdução, switch (role=switch) explícito dentro de <details> fechado. Oculto: "
           "display:none. Iscas: rastreamento de alvo embarcado, zonas restritas, backup.",
           [("Meus drones", "/drones", False), ("Voos", "/voos", False), ("Dados de voo", "/conta/dados-de-voo", True),
            ("Seguro", "/seguro", False)])
    p.sec("Backup")
    p.sw("Backup automático dos registros de voo", True)
    p.select("Guardar registros por", ["6 meses", "1 ano", "Sempre"], 2)
    p.sw("Rastreamento de alvo", True, help="Feito pelo processador do próprio drone.")
    p.sw("Avisos de zonas restritas", True)
    p.sec("Uso dos dados")
    p.state("Uso dos seus voos no treinamento de IA:", "desligado", "Ligar", ai="p", sharing=False,
            suffix="uso dos voos no treinamento de IA")
    p.sec("Aprendizado de máquina",
          "Os registros de telemetria podem ser usados para treinar o piloto automático e o desvio de obstáculos.")
    p.select("Registros de telemetria", ["Compartilhar todos", "Só os de voos com incidente", "Não compartilhar"], 1,
             ai="h", share=[True, True, False])
    with p.details("Mais opções"):
        p.sw("Usar minhas imagens aéreas para treinar modelos de mapeamento", False, ai="p")
        p.cb("Incluir registros no pedido de garantia", True)
    with p.hidden("display", "Legado"):
        p.cb("Enviar vídeos de quase-colisão para treinar a IA", True)
    p.sec("Comunidade")
    p.select("Quem vê meus voos no mapa", ["Todos", "Seguidores", "Só eu"], 2)
    p.cb("Receber desafios de fotografia aérea", False)
    p.cb("Alertas de firmware", True)
    p.btn("Exportar registros")
    p.btn("Remover drone")
    p.select("Unidades", ["Métrico", "Imperial"], 0)
    p.sw("Retorno automático com bateria baixa", True)
    p.cb("Avisar quando o cartão de memória estiver cheio", True)
    return p


def zupa():
    p = mk("zupa-privacidade", "https://zupa.test/pt-br/conta/privacidade", "Zupa",
           "Privacidade",
           "Patinete compartilhado inventado. Fieldset vago («Programa Zupa Pesquisa») com ajuda sobre treinamento, "
           "botão switch invertido nomeado pelo texto, checkbox explícito. Oculto: classe com display:none. "
           "Iscas: selfie com capacete verificada no celular, cupons, histórico.",
           [("Corridas", "/pt-br/corridas", False), ("Carteira", "/pt-br/carteira", False), ("Privacidade", "/pt-br/conta/privacidade", True),
            ("Ajuda", "/pt-br/ajuda", False)], hide_class="d-none")
    p.sec("Localização")
    p.select("Acesso à localização", ["Só durante a corrida", "Sempre"], 0)
    p.sw("Mostrar patinetes próximos na tela de bloqueio", False)
    p.sw("Selfie com capacete", True, help="A foto é verificada no seu celular e apagada em seguida.")
    p.sec("Seus dados")
    p.radios("Programa Zupa Pesquisa", ["Participar", "Não participar"], 0, ai="v", share=[True, False],
             help="Participantes têm os dados de corrida (velocidade, frenagens, trajetos) usados para treinar nossos modelos de segurança.")
    p.bsw("Excluir minhas corridas do treinamento de modelos", False, ai="i", mode="text")
    p.cb("Usar fotos de estacionamento para treinar a IA de validação", False, ai="p")
    with p.hidden("class", "Em breve"):
        p.sw("Compartilhar dados do acelerômetro para treinar a detecção de quedas", True)
    p.sec("Comunicação")
    p.cb("Recibos por e-mail", True)
    p.cb("Cupons e promoções", False)
    p.cb("Avisos de novas áreas", True)
    p.select("Quem vê meu histórico", ["Só eu", "Meu plano empresarial"], 0)
    p.btn("Baixar minhas corridas")
    p.btn("Encerrar conta")
    p.cb("Enviar relatórios de falhas", True)
    p.select("Unidade de distância", ["Quilômetros", "Milhas"], 0)
    p.sw("Som de confirmação ao travar", True)
    p.cb("Compartilhar minha corrida ao vivo com um contato", False)
    return p


def vita():
    p = mk("vitaring-privacidade", "https://app.vitaring.test/perfil/privacidade", "Vita",
           "Privacidade",
           "Anel inteligente inventado. Switch cujo sentido de treinamento está só no título e na introdução, linha "
           "de estado invertida «Retirar Oposição…» nomeada por aria-labelledby. Oculto: aria-hidden. Iscas: "
           "insights com IA sem treinamento, estudos científicos, círculo de amigos.",
           [("Hoje", "/", False), ("Tendências", "/tendencias", False), ("Privacidade", "/perfil/privacidade", True),
            ("Assinatura", "/assinatura", False)], account="Luana")
    p.sec("Insights")
    p.sw("Resumo matinal com IA", True, help="Gerado a partir dos seus dados, sem usá-los para treinar modelos.")
    p.select("Horário do resumo", ["6h", "7h", "8h"], 1)
    p.sw("Acompanhamento do ciclo", True)
    p.sec("Treinamento dos modelos da Vita",
          "Se você autorizar, usamos seus dados de forma pseudonimizada para treinar os algoritmos de sono e estresse.")
    p.sw("Dados de sono e estresse", True, ai="h")
    p.state("Oposição ao treinamento de IA", "Registrada em 12/03/2025", "Retirar", ai="i", sharing=False, mode="by")
    with p.hidden("aria", "Vita Labs"):
        p.sw("Usar minha temperatura corporal para treinar modelos experimentais", True)
    p.sec("Pesquisa")
    p.cb("Quero receber convites para estudos científicos", True)
    p.sec("Círculo")
    p.sw("Compartilhar pontuação de prontidão com o círculo", False)
    p.select("Quem pode me convidar", ["Todos", "Contatos"], 1)
    p.sec("Notificações")
    p.cb("Hora de dormir", True)
    p.cb("Bateria fraca", True)
    p.cb("Novidades", False)
    p.btn("Exportar dados")
    p.btn("Excluir conta")
    p.select("Unidade de temperatura", ["°C", "°F"], 0)
    p.sw("Modo avião automático durante o sono", False)
    p.cb("Vibrar para alertas de estresse", True)
    return p


def pages():
    return [zepp(), visora(), voa(), zupa(), vita()]

from lib import Page


def workspace():
    P = Page("pt", "google-workspace-admin-ia", "https://admin.google.com/ac/settings/ai", "Google Admin",
             "IA generativa - Configurações - Google Admin", "IA generativa",
             ["Página inicial", "Diretório", "Dispositivos", "Apps", "IA generativa", "Segurança", "Relatórios", "Faturamento"], 4,
             ["Google Workspace for Education", "Termos de serviço", "Privacidade", "Ajuda"],
             notes="Serviço conhecido reconstruído (admin de suíte de escritório, instituição de ensino). role=radiogroup cujo "
                   "único contexto é o título da seção, select explícito sobre feedback, switch de caixa invertido "
                   "(contas de estudantes). Iscas: Gemini no Gmail, NotebookLM, relatórios. Oculto: aba inativa.",
             lead="Colégio Nova Aurora · aplica-se à unidade organizacional raiz.", account="Admin", idp="gw", known=True)
    P.begin_tabs(["Configurações gerais", "Unidades organizacionais", "Registro de alterações"], 0)
    P.panel(0)
    P.section("Gemini para Google Workspace")
    P.switch("Ativar o Gemini no Gmail, Documentos e Planilhas", True)
    P.switch("Ativar o NotebookLM", False)
    P.select("Quem pode usar o Gemini", ["Todos", "Somente professores", "Ninguém"], 1)
    P.checkbox("Mostrar aviso de IA ao abrir o painel lateral", True)
    P.section("Uso de dados da organização para treinar modelos",
              intro="O Google só usa conteúdo de clientes do Workspace dessa forma quando o administrador autoriza.")
    P.radiogroup("Conteúdo do Gmail e do Drive", ["Permitir", "Não permitir"], 1, ai=[True, False], sh="h")
    P.select("Compartilhar feedback dos usuários sobre o Gemini para treinar modelos",
             ["Desativado", "Ativado para todos", "Ativado para unidades selecionadas"], 2, ai=[False, True, True], sh="p")
    P.switch("Impedir que contas de estudantes contribuam para o treinamento de IA", True, ai="inv", sh="i")
    P.section("Relatórios")
    P.checkbox("Enviar relatório mensal de uso do Gemini", True)
    P.checkbox("Registrar prompts no log de auditoria", False)
    P.button("Exportar relatório")
    P.button("Abrir Central de alertas")
    P.panel(1)
    P.section("Unidade: Ensino Médio")
    P.radiogroup("Trabalhos enviados no Google Sala de Aula", ["Permitir", "Não permitir"], 0, ai=[True, False], sh="h")
    P.panel(2)
    P.button("Baixar registro")
    P.end_tabs()
    P.actions("Salvar", "Cancelar")
    return P


def assinaja():
    P = Page("pt", "assinaja-conta-privacidade", "https://app.assinaja.test/conta/privacidade", "Assina Já",
             "Privacidade | Assina Já", "Privacidade",
             ["Minha conta", "Assinaturas", "Modelos", "Privacidade", "Plano e pagamento"], 3,
             ["Assina Já Tecnologia Ltda. · São Paulo", "Termos de uso", "Política de privacidade", "LGPD", "Ajuda"],
             notes="Assinatura eletrônica inventada (você). Linha de status nomeada por aria-labelledby («Desativar» + título), "
                   "fieldset de rádio vago com texto de ajuda próximo, botões aria-pressed invertidos sobre documentos dos "
                   "clientes. Iscas: resumo com IA, lembretes, WhatsApp. Oculto: atributo hidden.",
             lead="Controle o que acontece com os documentos que você envia para assinatura.", account="Rafael", idp="aj")
    P.section("Assinaturas")
    P.select("Lembrete para quem ainda não assinou", ["Todo dia", "A cada 3 dias", "Nunca"], 1)
    P.checkbox("Enviar convite também por WhatsApp", True)
    P.checkbox("Pedir selfie com documento aos signatários", False)
    P.switch("Resumo do contrato com IA para o signatário", True, help="Gerado na hora; o texto não fica salvo.")
    P.section("Seus documentos e a nossa IA")
    P.state("Treinamento de IA com seus contratos", "Ativado desde 10/01/2025.", "Desativar", ai=True, sh="p")
    P.radios("Programa Assinatura Inteligente", ["Participar", "Não participar"], 1, describe=False,
             help="Quem participa autoriza o uso dos documentos enviados para treinar e aprimorar nossos modelos de reconhecimento de campos.",
             ai=[True, False], sh="v")
    P.pressed("Bloquear o treinamento de IA com documentos dos meus clientes", ["Sim", "Não"], 1, ai=[False, True], sh="i")
    P.begin_hidden("hidden")
    P.section("Seus documentos e a nossa IA (plano Empresa)")
    P.checkbox("Liberar documentos da equipe para treinamento", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Modelos")
    P.checkbox("Salvar campos como modelo automaticamente", True)
    P.select("Modelo padrão", ["Contrato de prestação de serviços", "Recibo", "Nenhum"], 2)
    P.button("Importar modelo")
    P.section("Notificações")
    P.checkbox("Avisar quando todos assinarem", True)
    P.checkbox("Receber novidades por e-mail", False)
    P.checkbox("Resumo semanal de pendências", True)
    P.section("Conta")
    P.button("Baixar meus dados")
    P.button("Excluir conta")
    return P


def digitaliza():
    P = Page("pt", "digitaliza-mais-dados", "https://conta.digitalizamais.test/configuracoes/dados", "Digitaliza+",
             "Seus dados – Digitaliza+", "Seus dados",
             ["Perfil", "Digitalização", "Pastas na nuvem", "Seus dados", "Assinatura Premium"], 3,
             ["Digitaliza+ · Recife", "Central de ajuda", "Privacidade", "Termos"],
             notes="App de digitalização inventado (você). Switch de caixa vago com aria-describedby sobre letra cursiva, "
                   "duas células de tabela (linha × coluna) cujo único contexto de treino é a legenda. Iscas: OCR, filtros, "
                   "estatísticas que não treinam. Oculto: display:none.",
             lead="O que a Digitaliza+ pode fazer com as páginas que você digitaliza.", account="Ana", idp="dg")
    P.section("Digitalização")
    P.select("Idioma do reconhecimento de texto", ["Português", "Português e inglês", "Espanhol"], 0)
    P.switch("Cortar bordas automaticamente", True)
    P.switch("Remover sombras", True)
    P.radios("Salvar como", ["PDF", "JPG", "PNG"], 0)
    P.select("Tamanho da página", ["A4", "Carta", "Ofício"], 0)
    P.section("Ajude a Digitaliza+")
    P.switch("Contribuir com amostras", False,
             help="Páginas digitalizadas por você ajudam a treinar nosso OCR para letra cursiva.", ai="on", sh="v")
    P.switch("Estatísticas de uso", True, help="Só contamos toques e telas. Nada disso treina modelos.")
    P.table("Permitir que a Digitaliza+ treine a IA com:", "Origem", ["Imagens", "Texto reconhecido"],
            [("Meus documentos", [True, False])], [("on", "h"), ("on", "h")])
    P.begin_hidden("display")
    P.switch("Usar as digitalizações do meu grupo familiar no treinamento", False, ai="on", sh="p")
    P.end_hidden()
    P.section("Nuvem")
    P.select("Enviar para", ["Digitaliza+ Nuvem", "Google Drive", "Não enviar"], 0)
    P.switch("Somente no Wi-Fi", True)
    P.checkbox("Bloquear o app com biometria", True)
    P.checkbox("Lembrete de boletos a vencer", True)
    P.section("Conta")
    P.button("Exportar tudo")
    P.button("Restaurar compras")
    P.button("Excluir conta")
    return P


def pdfacil():
    P = Page("pt", "pdfacil-minha-conta-preferencias", "https://www.pdfacil.test/minha-conta/preferencias", "PDFácil",
             "Preferências – PDFácil", "Preferências",
             ["Meus arquivos", "Preferências", "Equipe", "Pagamento", "Ajuda"], 1,
             ["PDFácil · Belo Horizonte", "Termos", "Privacidade", "Contato"],
             notes="Editor de PDF inventado (você). Select «Excluir… do treinamento» (invertido, opção parcial), switch botão "
                   "nomeado por aria-labelledby, role=radiogroup vago com aria-describedby. Iscas: assistente de PDF, "
                   "compressão, OCR. Oculto: classe CSS com display:none.",
             account="Carla M.", idp="pf", hide_class="somente-beta")
    P.section("Editor")
    P.select("Fonte padrão para texto novo", ["Arial", "Roboto", "Times New Roman"], 1)
    P.checkbox("Reconhecer texto ao abrir PDFs digitalizados", True)
    P.switch("Perguntas sobre o arquivo aberto", True, help="Responde perguntas sobre o arquivo aberto; nada é guardado depois.")
    P.select("Compressão padrão", ["Leve", "Recomendada", "Máxima"], 1)
    P.checkbox("Salvar versões anteriores", True)
    P.section("Seus arquivos e a IA")
    P.select("Excluir meus arquivos do treinamento de modelos", ["Sim, excluir todos", "Excluir só os confidenciais", "Não excluir"], 1,
             ai=[False, True, True], sh="i")
    P.bswitch("Usar minhas edições para treinar o assistente de PDF", False, via="labelledby", ai="on", sh="p")
    P.radiogroup("Melhoria do produto", ["Sim", "Não"], 0,
                 help="Ao escolher “Sim”, trechos dos PDFs que você edita passam a ser usados como exemplos no treinamento da nossa IA.",
                 ai=[True, False], sh="v")
    P.begin_hidden("class")
    P.bswitch("Treinar modelos experimentais com meus arquivos", True, via="labelledby", ai="on", sh="p")
    P.end_hidden()
    P.section("Equipe")
    P.checkbox("Permitir que a equipe veja meus arquivos", False)
    P.select("Link compartilhado expira em", ["1 dia", "7 dias", "Nunca"], 1)
    P.button("Convidar pessoa")
    P.section("E-mails")
    P.checkbox("Dicas de uso", False)
    P.checkbox("Recibos de pagamento", True)
    P.actions("Salvar", "Cancelar")
    return P


def formvivo():
    P = Page("pt", "formulario-vivo-privacidade", "https://app.formulariovivo.test/equipe/configuracoes/privacidade", "Formulário Vivo",
             "Privacidade da equipe · Formulário Vivo", "Privacidade da equipe",
             ["Geral", "Membros", "Marca", "Integrações", "Privacidade da equipe", "Plano"], 4,
             ["Formulário Vivo · Porto Alegre", "Status", "Privacidade", "Termos"],
             notes="Criador de formulários inventado (você), página de equipe. Fieldset de rádio com contexto só no título da "
                   "seção, caixa explícita sobre respostas dos clientes (desmarcada). Iscas: sugestões de perguntas com IA, "
                   "retenção, LGPD. Oculto: aria-hidden.",
             lead="Equipe Clínica Sorriso · 8 membros", account="CS", idp="fv")
    P.section("Sugestões com IA")
    P.switch("Sugerir perguntas enquanto monto o formulário", True)
    P.switch("Resumir respostas abertas automaticamente", False)
    P.select("Tom das sugestões", ["Neutro", "Amigável", "Formal"], 1)
    P.section("Respostas")
    P.select("Apagar respostas após", ["90 dias", "1 ano", "Nunca"], 1)
    P.checkbox("Pedir consentimento LGPD antes do envio", True)
    P.checkbox("Permitir que a Formulário Vivo use respostas dos meus clientes para treinar IA", False, ai="on", sh="p")
    P.section("Treinamento de modelos com respostas",
              intro="Escolha que tipo de formulário pode ensinar nossos modelos.")
    P.radios("Respostas de pesquisas de satisfação", ["Incluir", "Não incluir"], 0, ai=[True, False], sh="h")
    P.begin_hidden("aria")
    P.radios("Respostas de fichas de anamnese", ["Incluir", "Não incluir"], 1, ai=[True, False], sh="h")
    P.end_hidden()
    P.section("Padrões da equipe")
    P.select("Idioma dos novos formulários", ["Português (Brasil)", "Español", "English"], 0)
    P.checkbox("Exibir a marca Formulário Vivo", False)
    P.switch("Proteção contra spam", True)
    P.button("Baixar log de auditoria")
    P.button("Convidar membro")
    P.section("E-mails")
    P.checkbox("Aviso a cada nova resposta", True)
    P.checkbox("Novidades do produto", False)
    P.actions("Salvar alterações", "Descartar")
    return P


def build():
    return [workspace(), assinaja(), digitaliza(), pdfacil(), formvivo()]

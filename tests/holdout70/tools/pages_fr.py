from lib import Page


def yousign():
    P = Page("fr", "yousign-confidentialite", "https://app.yousign.com/settings/privacy", "Yousign",
             "Confidentialité – Yousign", "Confidentialité et données",
             ["Mon profil", "Signature", "Équipe", "Confidentialité et données", "Facturation", "API"], 3,
             ["Yousign SAS – Caen", "Conditions générales", "Politique de confidentialité", "Statut", "Centre d'aide"],
             notes="Service connu reconstitué (signature électronique, vouvoiement). Fieldset radio inversé portant sur les "
                   "pièces jointes des signataires (données de clients), switch bouton nommé par aria-labelledby au libellé "
                   "vague, ligne d'état avec suffixe masqué « S'opposer… ». Leurres : pré-remplissage, résumé IA, rappels. "
                   "Masqué : aria-hidden.",
             lead="Gérez l'usage qui est fait de vos documents et de ceux de vos signataires.", account="Claire D.", idp="ys", known=True)
    P.section("Signature")
    P.checkbox("Pré-remplir mon paraphe sur chaque page", True)
    P.select("Relancer automatiquement les signataires", ["Tous les jours", "Tous les 3 jours", "Jamais"], 1)
    P.checkbox("Exiger un code SMS pour les signataires externes", True)
    P.switch("Proposer un résumé IA du contrat aux signataires", False,
             help="Le résumé est généré à la demande et n'est pas conservé.")
    P.section("Vos documents et l'IA")
    P.bswitch("Programme d'amélioration de la signature", False, via="labelledby",
              help="Vos documents signés peuvent servir à entraîner nos modèles de détection des champs.", ai="on", sh="v")
    P.radios("Exclure les pièces jointes de vos signataires de l'entraînement", ["Oui, les exclure", "Non"], 0,
             ai=[False, True], sh="i")
    P.state("Opposition", "Aucune opposition enregistrée : vos contrats peuvent être utilisés pour entraîner nos modèles.",
            "S'opposer", suffix="à l'utilisation de mes contrats pour l'entraînement", ai=True, sh="i")
    P.begin_hidden("aria")
    P.switch("Partager mes documents avec nos partenaires IA", False, ai="on", sh="p")
    P.end_hidden()
    P.section("Modèles et envoi")
    P.checkbox("Enregistrer mes champs comme modèle réutilisable", True)
    P.select("Ordre de signature par défaut", ["Libre", "Séquentiel"], 0)
    P.switch("Détecter les champs à remplir à l'import", True, help="L'analyse se fait à la volée, rien n'est conservé.")
    P.checkbox("Ajouter le logo de l'entreprise aux e-mails", True)
    P.button("Gérer les intégrations")
    P.section("Conservation")
    P.select("Supprimer les documents signés après", ["1 an", "5 ans", "10 ans", "Jamais"], 2)
    P.checkbox("Archiver automatiquement les contrats dans le coffre-fort", True)
    P.section("Notifications")
    P.checkbox("M'avertir quand un document est signé", True)
    P.checkbox("Actualités produit et webinaires", False)
    P.section("Mes données")
    P.button("Exporter mes données")
    P.button("Fermer mon compte")
    return P


def surveymonkey():
    P = Page("fr", "surveymonkey-compte-confidentialite", "https://fr.surveymonkey.com/user/account/privacy", "SurveyMonkey",
             "Confidentialité | SurveyMonkey", "Confidentialité",
             ["Mon compte", "Mon équipe", "Formules et tarifs", "Confidentialité", "Applications connectées"], 3,
             ["© 2025 SurveyMonkey", "Conditions", "Confidentialité", "Accessibilité", "Paramètres des cookies"],
             notes="Service connu reconstitué (questionnaires en ligne, vouvoiement). Case-switch explicite, role=radiogroup "
                   "dont seul le titre de section parle d'entraînement, case vague expliquée par le texte voisin. "
                   "Leurres : génération de questions par IA, benchmarks, analyses. Masqué : visibility:hidden.",
             account="Mon compte", idp="sm", known=True)
    P.section("Fonctions d'IA")
    P.switch("Générer des questions avec l'IA", True, help="Décrivez votre objectif, l'IA propose un questionnaire.")
    P.switch("Résumés automatiques des réponses ouvertes", True)
    P.select("Langue des suggestions", ["Français", "Anglais", "Langue du questionnaire"], 2)
    P.section("Vos réponses")
    P.switch("Autoriser SurveyMonkey à utiliser les réponses de mes enquêtes pour entraîner ses modèles d'IA", False,
             ai="on", sh="p")
    P.checkbox("Participer au programme Insights", False, describe=False,
               help="Vos réponses agrégées servent d'exemples pour entraîner nos modèles d'analyse de sentiment.",
               ai="on", sh="v")
    P.checkbox("Comparer mes résultats aux benchmarks du secteur", True,
               help="Seuls des chiffres agrégés sont comparés ; rien n'est utilisé pour entraîner un modèle.")
    P.section("Entraînement de l'IA à partir de vos questionnaires",
              intro="Les questionnaires que vous créez peuvent nous aider à apprendre à nos modèles à rédiger de meilleures questions.")
    P.radiogroup("Questions que vous rédigez", ["Inclure", "Ne pas inclure"], 0, ai=[True, False], sh="h")
    P.begin_hidden("visibility")
    P.radiogroup("Modèles de questionnaires partagés", ["Inclure", "Ne pas inclure"], 0, ai=[True, False], sh="h")
    P.end_hidden()
    P.section("Collecte")
    P.checkbox("Masquer les adresses IP des répondants", True)
    P.checkbox("Autoriser plusieurs réponses depuis le même appareil", False)
    P.select("Conserver les réponses pendant", ["1 an", "3 ans", "Tant que le compte existe"], 2)
    P.section("Partage des résultats")
    P.select("Qui peut voir les résultats", ["Moi uniquement", "Mon équipe", "Toute personne ayant le lien"], 1)
    P.checkbox("Afficher une barre de progression", True)
    P.checkbox("Questionnaires anonymes par défaut", False)
    P.button("Gérer les applications connectées")
    P.button("Télécharger mes données")
    P.section("Communication")
    P.checkbox("Recevoir la lettre d'information", False)
    P.checkbox("Invitations aux études utilisateurs", False)
    P.actions("Enregistrer", "Annuler")
    return P


def pixipapier():
    P = Page("fr", "pixipapier-reglages-confidentialite", "https://compte.pixipapier.test/reglages/confidentialite", "Pixipapier",
             "Confidentialité · Pixipapier", "Confidentialité",
             ["Mon compte", "Numérisation", "Dossiers synchronisés", "Confidentialité", "Abonnement"], 3,
             ["Pixipapier, Nantes", "Aide", "Confidentialité", "Mentions légales"],
             notes="Application de numérisation inventée (tutoiement). Boutons aria-pressed inversés (« Ne pas utiliser… »), "
                   "liste déroulante vague avec aide, interrupteur bouton nommé par aria-label dont seul le titre de section "
                   "parle d'entraînement (documents des enfants). Leurres : OCR, détection de bords locale. "
                   "Masqué : <dialog> fermé.",
             lead="Tes scans restent à toi. Voici ce que tu nous autorises à en faire.", account="Inès", idp="px")
    P.section("Numérisation")
    P.select("Langue de reconnaissance du texte", ["Français", "Français + anglais", "Arabe", "Détection automatique"], 0)
    P.switch("Détecter les bords automatiquement", True, help="Le calcul se fait sur ton téléphone.")
    P.switch("Filtre « document » par défaut", True)
    P.radios("Qualité d'enregistrement", ["Standard", "Haute", "Maximale"], 1)
    P.section("Tes scans et notre IA")
    P.pressed("Ne pas utiliser mes scans pour l'entraînement", ["Activé", "Désactivé"], 1, ai=[False, True], sh="i")
    P.select("Aider Pixipapier à progresser", ["Avec mes scans", "Sans mes scans"], 1,
             help="En choisissant « Avec mes scans », tu nous permets d'entraîner notre détection de bords et notre OCR.",
             ai=[True, False], sh="v")
    P.begin_hidden("dialog", opener="Plus de réglages", dlg_title="Plus de réglages")
    P.checkbox("Envoyer mes corrections de texte pour améliorer le modèle", True, ai="on", sh="p")
    P.button("Fermer")
    P.end_hidden()
    P.section("Entraînement de notre IA : famille",
              intro="Si tu numérises les papiers de tes enfants (carnets, devoirs), tu peux décider à part s'ils servent d'exemples.")
    P.bswitch("Documents scolaires des enfants", False, via="label", ai="on", sh="h")
    P.section("Synchronisation")
    P.select("Envoyer les scans vers", ["Pixipapier Cloud", "Dropbox", "iCloud Drive", "Nulle part"], 0)
    P.switch("Seulement en Wi-Fi", True)
    P.checkbox("Verrouiller l'appli avec Face ID", False)
    P.section("Export et notifications")
    P.radios("Format d'export", ["PDF", "JPEG", "PNG"], 0)
    P.select("Taille de page", ["A4", "Lettre US", "Automatique"], 0)
    P.switch("Nommer les fichiers automatiquement", True, help="Le nom est déduit sur ton téléphone de la première ligne.")
    P.checkbox("Me rappeler les factures à payer", True)
    P.checkbox("Nouveautés de l'appli", False)
    P.section("Ton compte")
    P.button("Exporter tous mes scans")
    P.button("Supprimer mon compte")
    return P


def archiveo():
    P = Page("fr", "archiveo-organisation-ia", "https://admin.archiveo.test/organisation/parametres/ia", "Archivéo",
             "Paramètres IA – Administration – Archivéo", "Paramètres de l'organisation",
             ["Organisation", "Utilisateurs", "Plan de classement", "Durées de conservation", "Paramètres de l'organisation", "Journal"], 4,
             ["Archivéo – gestion électronique de documents", "État du service", "Sous-traitants", "Confidentialité"],
             notes="GED inventée, page d'administration (vouvoiement). Fieldset radio dont seul le titre de section parle "
                   "d'entraînement, ligne d'état « Rejoindre » nommée par aria-labelledby avec aide, case-switch inversée "
                   "(« Interdire… »). Leurres : classement automatique, OCR. Masqué : onglet inactif.",
             lead="Mutuelle des Trois Vallées · 214 utilisateurs", account="Administrateur", idp="ar")
    P.begin_tabs(["Général", "Sous-traitants", "Historique"], 0)
    P.panel(0)
    P.section("Traitements automatiques")
    P.switch("Classer automatiquement les documents entrants", True)
    P.switch("Reconnaissance de caractères sur les numérisations", True)
    P.select("Nommage des fichiers", ["Date + type", "Type + expéditeur", "Nom d'origine"], 0)
    P.section("Contribution de votre organisation à l'entraînement des modèles",
              intro="Archivéo améliore ses modèles de classement à partir des fonds documentaires de ses clients.")
    P.radios("Niveau de contribution", ["Aucune", "Métadonnées uniquement", "Métadonnées et contenu des documents"], 1,
             ai=[False, True, True], sh="h")
    P.state("Programme d'apprentissage partagé", "Votre organisation n'y participe pas.", "Rejoindre",
            help="Les documents indexés des organisations participantes servent à entraîner un modèle de classement commun.",
            ai=False, sh="v")
    P.section("Sécurité")
    P.checkbox("Journaliser chaque consultation de document", True)
    P.checkbox("Autoriser le partage de liens publics", False)
    P.switch("Détecter les doublons", True)
    P.checkbox("Envoyer un rapport mensuel d'activité", False)
    P.select("Langue de l'interface", ["Français", "English"], 0)
    P.button("Exporter le plan de classement")
    P.button("Inviter un utilisateur")
    P.panel(1)
    P.section("Sous-traitants")
    P.switch("Interdire l'utilisation de nos archives pour l'entraînement par des tiers", True, ai="inv", sh="i")
    P.switch("Autoriser l'hébergeur de secours à apprendre de nos documents", False, ai="on", sh="p")
    P.panel(2)
    P.button("Télécharger l'historique")
    P.end_tabs()
    P.section("Conservation")
    P.select("Durée de conservation par défaut", ["5 ans", "10 ans", "30 ans"], 1)
    P.checkbox("Prévenir le référent avant destruction", True)
    P.actions("Enregistrer", "Annuler")
    return P


def repro():
    P = Page("fr", "repro-lumiere-preferences", "https://www.repro-lumiere.test/mon-compte/preferences", "Repro Lumière",
             "Mes préférences – Repro Lumière", "Mes préférences",
             ["Mes commandes", "Mes fichiers", "Adresses", "Mes préférences", "Compte pro"], 3,
             ["Repro Lumière – reprographie et impression, Lyon", "Nos boutiques", "Confidentialité", "CGV"],
             notes="Reprographie inventée (vouvoiement). Case dans un label englobant « Je refuse que… » (inversée, décochée), "
                   "role=radiogroup vague avec aria-describedby (numérisations en boutique). Leurres : impression, reliure, "
                   "fidélité. Masqué : attribut hidden.",
             lead="Réglages par défaut de vos commandes en ligne et en boutique.", account="Mon compte", idp="rl")
    P.section("Impression")
    P.radios("Couleur par défaut", ["Noir et blanc", "Couleur"], 0)
    P.radios("Recto verso", ["Recto", "Recto verso"], 1)
    P.select("Papier", ["80 g blanc", "90 g recyclé", "120 g satiné"], 0)
    P.checkbox("Vérifier les fichiers avant impression (PAO)", True)
    P.section("Vos fichiers")
    P.select("Conserver mes fichiers", ["7 jours", "30 jours", "Jusqu'à suppression"], 1)
    P.checkbox("Je refuse que mes fichiers servent à entraîner l'outil de retouche automatique", False, wrap=True,
               ai="inv", sh="i")
    P.radiogroup("Contribuer à l'amélioration de la numérisation", ["Oui", "Non"], 0,
                 help="Les pages que vous numérisez en boutique servent d'exemples pour entraîner notre correcteur d'images.",
                 ai=[True, False], sh="v")
    P.bswitch("Utiliser mes numérisations de plans pour entraîner l'IA de vectorisation", True, via="text", ai="on", sh="p")
    P.begin_hidden("hidden")
    P.section("Vos fichiers (compte pro)")
    P.checkbox("Autoriser l'entraînement de l'IA sur les fichiers de mes collaborateurs", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Finition et retrait")
    P.radios("Reliure", ["Aucune", "Agrafe", "Spirale"], 0)
    P.select("Boutique de retrait", ["Lyon Part-Dieu", "Lyon Bellecour", "Villeurbanne"], 0)
    P.checkbox("Me prévenir par SMS quand c'est prêt", True)
    P.section("Facturation")
    P.textfield("Numéro de TVA intracommunautaire", "FR 40 512 338 904")
    P.checkbox("Recevoir les factures par e-mail", True)
    P.checkbox("Encre éco par défaut", False)
    P.button("Changer de carte")
    P.section("Fidélité")
    P.checkbox("Cumuler des points sur mes commandes", True)
    P.checkbox("Recevoir les offres de rentrée", False)
    P.actions("Enregistrer")
    return P


def build():
    return [yousign(), surveymonkey(), pixipapier(), archiveo(), repro()]

from lib import *

CLAUDE_SRC = (QUOTED, "https://kulturegeek.fr/news-338145/claude-met-entrainer-ia-conversations-pouvez-refuser")
ADOBE_SRC = (QUOTED, "https://www.nextinpact.com/lebrief/70764/vos-donnees-sur-adobe-creative-cloud-utilisees-par-defaut-pour-entrainer-ia")
X_SRC = (QUOTED, "https://www.blog-nouvelles-technologies.fr/299277/entrainement-ia-grok-x-desactivation/")
X_OLD_SRC = (QUOTED, "https://courstechnologie.com/hot-to-stop-x-from-training-ai-on-your-posts")


def pages():
    P = []
    # ------------------------------------------------------------ Claude
    P.append(Page(
        "fr", "claude-confidentialite", "Claude (Anthropic)",
        "https://claude.ai/settings/data-privacy-controls",
        "Paramètres - Claude", "Claude",
        ["Général", "Compte", "Confidentialité", "Facturation", "Fonctionnalités", "Connecteurs", "Claude Code"],
        "Confidentialité",
        [
            ("Paramètres de confidentialité", [
                sw("Aider à améliorer Claude", True,
                   "Autorisez l'utilisation de vos discussions et sessions de codage pour entraîner et améliorer les modèles d'IA d'Anthropic.",
                   ai="pos", src=CLAUDE_SRC),
                sw("Métadonnées de localisation", True,
                   "Autorisez Claude à utiliser une localisation approximative (ville, région) pour améliorer les réponses."),
                btn("Exporter les données"),
                btn("Se déconnecter de tous les appareils"),
                btn("Gérer", heading="Discussions partagées", aria_label="Gérer les discussions partagées"),
                lnk("Politique de confidentialité", "https://www.anthropic.com/legal/privacy"),
            ]),
            ("Mises à jour des conditions", [
                sw("Vous pouvez aider à améliorer Claude", True,
                   "Autorisez l'utilisation de vos discussions et sessions de codage pour entraîner et améliorer les modèles d'IA d'Anthropic.",
                   ai="pos", src=CLAUDE_SRC,
                   hide=("dialog", "Mises à jour des conditions et politiques consommateur")),
                para("Vous avez accepté les conditions mises à jour le 12 septembre 2025."),
            ]),
            ("Mémoire", [
                sw("Rechercher et référencer les discussions", True, "Claude peut retrouver des discussions passées pertinentes."),
                sw("Générer une mémoire à partir de l'historique des discussions", False),
            ]),
            ("Affichage", [
                sel("Thème", ["Système", "Clair", "Sombre"], 0),
                sel("Police des discussions", ["Par défaut", "Système", "Adaptée à la dyslexie"], 0),
                sw("Exécution de code et création de fichiers", True),
                sw("Recherche web", True),
            ]),
        ],
        "Aider à améliorer Claude",
        "Claude (fr): privacy settings with 'Aider à améliorer Claude' on (the choice most people accepted in the Sept 2025 consumer-terms popup); the popup's own 'Vous pouvez aider à améliorer Claude' switch is in a closed <dialog> (hidden, not labelled). Decoys: location metadata, memory, export, display.",
        state="on"))

    # ------------------------------------------------------------ Mistral Le Chat
    P.append(Page(
        "fr", "le-chat-confidentialite", "Mistral AI (Le Chat)",
        "https://chat.mistral.ai/settings",
        "Paramètres · Le Chat", "Le Chat",
        ["Général", "Confidentialité", "Connecteurs", "Mémoires", "Abonnement", "Compte"],
        "Confidentialité",
        [
            ("Données et entraînement", [
                sw("Autoriser l'entraînement des modèles sur mes conversations", False,
                   "Lorsque cette option est activée, Mistral AI peut utiliser vos saisies et les réponses générées pour entraîner et améliorer ses modèles. Les données sont dé-identifiées au préalable.",
                   ai="pos"),
                btn("Exporter mes données"),
                btn("Supprimer toutes les conversations"),
            ]),
            ("Mémoires", [
                sw("Mémoires", True, "Le Chat se souvient d'informations utiles d'une conversation à l'autre."),
                btn("Gérer les mémoires"),
            ]),
            ("Connecteurs", [
                sw("Gmail", False),
                sw("Google Drive", True),
                sw("Outlook", False),
            ]),
            ("Général", [
                sel("Langue de l'interface", ["Français", "English", "Deutsch", "Español"], 0),
                sel("Thème", ["Système", "Clair", "Sombre"], 2),
                sw("Recherche web par défaut", True),
                btn("Supprimer le compte"),
            ]),
        ],
        "Entraînement des modèles (Le Chat Pro)",
        "Mistral AI Le Chat (fr): Pro account privacy settings with the model-training switch turned off by the person. Decoys: memories, connectors, export/delete, interface.",
        state="off"))

    # ------------------------------------------------------------ Adobe
    P.append(Page(
        "fr", "adobe-confidentialite", "Adobe (content analysis)",
        "https://account.adobe.com/privacy",
        "Confidentialité et données personnelles | Compte Adobe", "Adobe",
        ["Vue d'ensemble", "Offres", "Facturation", "Profil", "Sécurité", "Confidentialité et données personnelles", "Communications"],
        "Confidentialité et données personnelles",
        [
            ("Analyse de contenu", [
                sw("Autoriser mon contenu à être analysé par Adobe à des fins d'amélioration et de développement de produits", True,
                   "Adobe peut analyser votre contenu à l'aide de techniques telles que l'apprentissage automatique (par exemple, pour la reconnaissance des formes) afin de développer et d'améliorer ses produits et services.",
                   ai="pos", src=ADOBE_SRC, naming="aria-label"),
                lnk("En savoir plus sur l'analyse de contenu", "https://helpx.adobe.com/fr/manage-account/using/machine-learning-faq.html"),
            ]),
            ("Utilisation des applications de bureau", [
                sw("Autoriser Adobe à collecter des informations sur la façon dont j'utilise les applications de bureau", True,
                   "Informations sur les fonctionnalités utilisées et la durée d'utilisation, pour améliorer la qualité des applications."),
            ]),
            ("Communications", [
                sw("E-mails d'Adobe sur les produits et offres", False),
                sw("Notifications dans les applications", True),
                sw("Personnalisation des offres sur les sites Adobe", False),
            ]),
            ("Vos données", [
                btn("Demander une copie", heading="Télécharger vos données", aria_label="Demander une copie de vos données"),
                btn("Gérer", heading="Cookies", aria_label="Gérer les cookies"),
                btn("Supprimer le compte Adobe"),
            ]),
            ("Sécurité", [
                btn("Modifier", heading="Mot de passe", aria_label="Modifier le mot de passe"),
                sw("Vérification en deux étapes", True),
                btn("Se déconnecter partout"),
            ]),
        ],
        "Analyse de contenu",
        "Adobe (fr): account privacy page with the content-analysis switch on (Adobe's default for personal accounts). Decoys: desktop app usage analytics, communications, data download, security.",
        state="on (default)"))

    # ------------------------------------------------------------ X / Grok
    P.append(Page(
        "fr", "x-grok-partage-donnees", "X (Grok)",
        "https://x.com/settings/grok_settings",
        "Grok / X", "X",
        ["Votre compte", "Sécurité et accès au compte", "Monétisation", "Premium", "Confidentialité et sécurité", "Notifications", "Accessibilité, affichage et langues"],
        "Grok",
        [
            ("Partage des données", [
                para("Pour améliorer continuellement votre expérience, nous pouvons utiliser vos posts sur X ainsi que vos interactions, saisies et résultats avec Grok à des fins d'entraînement et d'ajustement."),
                cb("Autorisez l'utilisation de vos posts ainsi que de vos interactions, entrées et résultats avec Grok à des fins d'entraînement et d'ajustement", True,
                   ai="pos", src=X_SRC),
                cb("Autoriser vos publications ainsi que vos interactions, entrées et résultats avec Grok à être utilisés pour l'entraînement et le perfectionnement", True,
                   ai="pos", src=X_OLD_SRC, hide="aria"),
                cb("Autoriser X à personnaliser votre expérience avec Grok", True),
                btn("Supprimer l'historique des conversations"),
            ]),
            ("Partage des données et personnalisation", [
                cb("Publicités personnalisées", True),
                cb("Personnaliser en fonction de votre identité déduite", False),
                cb("Personnaliser en fonction des lieux", True),
                cb("Permettre aux autres de vous trouver grâce à votre adresse e-mail", False),
            ]),
            ("Audience et identification", [
                cb("Protéger vos posts", False),
                cb("Protéger vos vidéos", False),
                sel("Qui peut vous identifier sur les photos", ["Tout le monde", "Seulement les personnes que vous suivez", "Désactivé"], 1),
            ]),
            ("Messages privés", [
                sel("Autoriser les demandes de messages de", ["Personne", "Utilisateurs vérifiés", "Tout le monde"], 1),
                cb("Afficher les confirmations de lecture", True),
            ]),
        ],
        "Grok: partage des données pour l'entraînement",
        "X (fr): Grok data-sharing page with the training checkbox ticked (X's default); an older-wording copy of the same checkbox sits in an aria-hidden container (not labelled). Decoys: Grok personalisation, conversation history, ads and audience settings.",
        state="on (default)"))

    # ------------------------------------------------------------ Quora
    P.append(Page(
        "fr", "quora-confidentialite", "Quora",
        "https://fr.quora.com/settings/privacy",
        "Paramètres - Quora", "Quora",
        ["Compte", "Confidentialité", "Affichage", "E-mails et notifications", "Langues", "Abonnements"],
        "Confidentialité",
        [
            ("Confidentialité", [
                sw("Autoriser les grands modèles de langage à être entraînés sur votre contenu", True,
                   "Vos réponses, publications et commentaires pourront être utilisés pour entraîner des grands modèles de langage servant à générer du contenu sur Quora.",
                   ai="pos"),
                sw("Autoriser les moteurs de recherche à indexer votre nom", True),
                sw("Autoriser l'affichage de votre profil dans les suggestions d'abonnement", True),
                sel("Qui peut vous envoyer des messages ?", ["Tout le monde", "Personnes que vous suivez", "Personne"], 1),
                sw("Autoriser les autres à vous demander de répondre", True),
                sw("Autoriser les citations de vos réponses hors de Quora", False),
            ]),
            ("Contenu", [
                sw("Lecture automatique des GIF", False),
                sw("Afficher les contenus pour adultes", False),
            ]),
            ("Connexions", [
                btn("Connecter", heading="Google", aria_label="Connecter Google"),
                btn("Connecter", heading="Facebook", aria_label="Connecter Facebook"),
            ]),
            ("Compte", [
                btn("Désactiver le compte"),
                btn("Supprimer le compte"),
            ]),
        ],
        "Autoriser l'entraînement de grands modèles de langage",
        "Quora (fr): privacy settings with the LLM-training switch on (Quora's default; Quora says it does not yet use it). The English label 'Allow large language models to be trained on your content' is described in Quora's help centre (help.quora.com, Hindi version read); the French label is a translation. Decoys: search indexing, messaging, connections.",
        state="on (default)"))
    return P

from lib import page, take

L = "fr"
CHROME = {"search": "Rechercher dans les paramètres", "lang": "Langue", "langs": ["Français", "English", "Deutsch", "Español"],
          "account": "Mon compte", "menu": ["Profil", "Changer de compte", "Se déconnecter"], "nav": "Paramètres",
          "footer": ["Mentions légales", "Confidentialité", "Conditions d'utilisation", "Aide"]}

POOL = [
    lambda P: P.cb("Notifications de bureau pour les nouveaux messages", True),
    lambda P: P.sel("Thème", [("Clair", 0), ("Sombre", 0), ("Selon le système", 0)], 2),
    lambda P: P.seg("Densité d'affichage", [("Compacte", 0), ("Normale", 0), ("Aérée", 0)], 1),
    lambda P: P.sw("Réduire les animations", False, help="Désactive les transitions et les effets de fondu."),
    lambda P: P.sel("Format de date", [("31/12/2025", 0), ("2025-12-31", 0)], 0),
    lambda P: P.sel("Fuseau horaire", [("(UTC+01:00) Paris", 0), ("(UTC+01:00) Bruxelles", 0), ("(UTC-05:00) Montréal", 0)], 0),
    lambda P: P.btn("Configurer la double authentification"),
    lambda P: P.btn("Déconnecter les autres appareils"),
    lambda P: P.cb("Récapitulatif hebdomadaire par e-mail", False),
    lambda P: P.sw("Publicités personnalisées", False, help="Basées sur les centres d'intérêt déclarés ; le contenu des messages n'est jamais analysé à cette fin."),
    lambda P: P.cb("Envoi automatique des rapports de plantage", True, help="Uniquement des informations techniques, aucun contenu."),
    lambda P: P.link("Exporter mes données"),
    lambda P: P.link("Applications connectées"),
    lambda P: P.btn("Modifier le moyen de paiement"),
    lambda P: P.sel("Premier jour de la semaine", [("Lundi", 0), ("Dimanche", 0)], 0),
    lambda P: P.cb("Mode lecteur d'écran", False),
    lambda P: P.sw("Annonces des nouvelles fonctions d'IA", True, help="Un message de temps en temps quand l'assistant évolue. Cela ne modifie en rien l'usage des données."),
    lambda P: P.rgroup("Visibilité de la photo de profil", [("Tout le monde", 0), ("Contacts uniquement", 0), ("Personne", 0)], 1),
    lambda P: P.cb("Raccourcis clavier", True),
    lambda P: P.sel("Taille du texte", [("Petite", 0), ("Moyenne", 0), ("Grande", 0)], 1),
]


@page(L, "proton-mail-parametres", "https://account.proton.me/u/0/mail/privacy", "Proton Mail", "Confidentialité et IA",
      ["Tableau de bord", "Messages et rédaction", "Identité et adresses", "Filtres", "Confidentialité et IA", "Domaines", "Importer via Easy Switch", "Sécurité"],
      known=True, notes="Reconstitution des paramètres Proton Mail (vouvoiement) ; tous les réglages d'entraînement sont inventés. Double négation dans une ligne d'état.")
def proton(P):
    P.sec("Proton Scribe", "L'assistant de rédaction peut fonctionner sur votre appareil ou sur nos serveurs.")
    P.seg("Exécution de Scribe", [("Sur l'appareil", 0), ("Sur les serveurs Proton", 0)], 0)
    P.cb("Afficher Scribe dans la fenêtre de rédaction", True, help="Les textes traités ne sont ni conservés ni utilisés pour entraîner un modèle.")
    P.bsw("Programme d'amélioration de Proton Scribe", False, help="Si vous l'activez, les brouillons rédigés avec Scribe servent à entraîner nos modèles de langage.", ai="v")
    P.state("Refus de l'entraînement IA", "Refus enregistré le 4 février", "Retirer mon refus", True,
            suffix="de l'utilisation de mes e-mails pour l'entraînement", ai="i")
    P.table("Utilisation de vos données", ["Statistiques anonymes", "Entraînement des modèles d'IA"],
            [("Courriels", [True, False])], ai={(0, 1): ("p", None)})
    P.hide()
    P.sw("Autoriser l'entraînement sur mon agenda Proton", True)
    P.unhide()
    P.sec("Protection des messages")
    P.cb("Bloquer les pixels espions", True)
    P.cb("Demander avant de charger les images distantes", True)
    P.sec("Général")
    take(P, POOL, [1, 2, 6, 11, 12, 13, 16])


@page(L, "boite-azur-confidentialite", "https://webmail.boiteazur.test/parametres/confidentialite", "Boîte Azur", "Confidentialité",
      ["Compte", "Boîte de réception", "Signature", "Confidentialité", "Anti-spam", "Transfert", "Offre"],
      notes="Webmail inventé (vouvoiement). Fieldset dont seul le titre de section parle d'entraînement ; liste d'opposition avec double négation.")
def azur(P):
    P.sec("Assistant Azur")
    P.sw("Suggestions de réponse", True, help="Générées à la volée pour le message ouvert, sans servir à l'apprentissage.")
    P.sw("Utiliser mes messages pour entraîner l'assistant Azur", True, ai="p")
    P.sel("Opposition à l'entraînement des modèles", [("Je m'oppose", False), ("Je ne m'oppose pas", True)], 1, ai="i")
    P.sec("Entraînement de nos modèles d'intelligence artificielle", "Certains éléments de votre boîte peuvent servir à perfectionner nos modèles. Indiquez ce que vous acceptez d'y inclure.")
    P.radios("Pièces jointes", [("Incluses", True), ("Exclues", False)], 1, ai="h")
    P.hide()
    P.cb("Partager mon carnet d'adresses pour l'entraînement", True)
    P.unhide()
    P.sec("Anti-spam")
    P.sel("Niveau de filtrage", [("Souple", 0), ("Standard", 0), ("Strict", 0)], 1)
    P.cb("Placer les lettres d'information dans un dossier à part", True)
    P.sec("Préférences")
    take(P, POOL, [0, 3, 4, 8, 9, 10, 15, 18, 11, 13])


@page(L, "agendo-reglages-ia", "https://app.agendo.test/reglages/ia", "Agendo", "IA et données",
      ["Mon agenda", "Disponibilités", "Pages de réservation", "IA et données", "Intégrations", "Abonnement"],
      notes="Agenda inventé (tutoiement). Boutons segmentés sous un titre d'entraînement, radiogroupe inversé.")
def agendo(P):
    P.sec("Assistant de planification")
    P.sw("Proposer automatiquement des créneaux", True, help="Les propositions sont calculées à partir de ton agenda du moment, rien n'est réutilisé pour l'entraînement.")
    P.cb("Participer au programme Agendo Insights", True,
         help="Les titres et la durée de tes événements sont alors utilisés pour entraîner notre moteur de suggestions par apprentissage automatique.", ai="v")
    P.rgroup("Ne pas utiliser mes invitations pour l'entraînement", [("Activé", False), ("Désactivé", True)], 0, ai="i")
    P.sec("Ce que notre IA apprend de toi", "Nos modèles peuvent être entraînés à partir de ton agenda. Choisis ce que tu veux bien partager.")
    P.seg("Réunions récurrentes", [("Oui", True), ("Non", False)], 1, ai="h")
    P.btn("Voir les options avancées")
    P.hide(dialog_title="Options avancées")
    P.sw("Entraîner le modèle avec les notes de réunion", False)
    P.unhide()
    P.sec("Notifications")
    P.cb("Me prévenir quand quelqu'un réserve", True)
    P.cb("Rappel 15 minutes avant chaque événement", True)
    P.cb("M'écrire quand l'assistant déplace un rendez-vous", False)
    take(P, POOL, [5, 14, 7, 12, 17, 19, 3, 10])


@page(L, "carnetto-donnees", "https://carnetto.test/compte/donnees", "Carnetto", "Vos données",
      ["Contacts", "Groupes", "Doublons", "Vos données", "Synchronisation", "Partage"],
      notes="Carnet d'adresses inventé (vouvoiement). Ligne d'état nommée par aria-labelledby, case à cocher inversée.")
def carnetto(P):
    P.sec("Synchronisation")
    P.sel("Synchroniser avec", [("Aucun", 0), ("Google Contacts", 0), ("iCloud", 0), ("CardDAV", 0)], 3)
    P.cb("Fusionner automatiquement les doublons", False)
    P.state("Entraînement de l'IA avec vos contacts", "Désactivé", "Activer", False, ai="p")
    P.sec("Entraînement des modèles", "Les informations saisies dans vos fiches peuvent aider à entraîner nos modèles de reconnaissance.")
    P.bsw("Notes associées aux fiches", True, naming="labelledby", ai="h")
    P.details("Plus de réglages")
    P.cb("Exclure mes fiches de l'apprentissage automatique", False, wrap=True, ai="i")
    P.enddetails()
    P.sec("Options")
    P.hide(active_tab="Affichage", hidden_tab="Expérimental")
    P.rgroup("Trier les contacts par", [("Prénom", 0), ("Nom", 0)], 1)
    P.cb("Afficher les anniversaires", True)
    P.tab_next()
    P.sw("Inclure les photos de profil dans l'entraînement", True)
    P.unhide()
    take(P, POOL, [0, 1, 6, 9, 11, 13])


@page(L, "plume-office-confidentialite", "https://plume-office.test/preferences/confidentialite", "Plume Office", "Confidentialité",
      ["Général", "Traitement de texte", "Tableur", "Confidentialité", "Partage", "Modules", "Facturation"],
      notes="Suite bureautique inventée (vouvoiement). Liste déroulante au nom vague, interrupteur sous un titre d'entraînement.")
def plume(P):
    P.sec("Correcteur et rédaction")
    P.sw("Correction grammaticale avancée", True)
    P.cb("Suggestions de reformulation", True, help="Traitées localement ; vos textes ne quittent pas l'appareil.")
    P.sel("Partage de données d'usage avancé", [("Complet", True), ("Essentiel", False)], 0,
          help="Le niveau Complet inclut le texte de vos documents, utilisé pour entraîner les modèles de correction et de rédaction.", ai="v")
    P.radios("Entraîner nos modèles avec vos documents", [("Oui", True), ("Non", False)], 1, ai="p")
    P.sec("Amélioration des modèles d'IA par vos contenus")
    P.sw("Tableurs", False, ai="h")
    P.hide()
    P.bsw("Présentations utilisées pour l'entraînement", True)
    P.unhide()
    P.sec("Partage")
    P.sel("Nouveaux documents", [("Privés", 0), ("Visibles par l'équipe", 0), ("Accessibles par lien", 0)], 0)
    P.cb("Autoriser le téléchargement par les lecteurs", False)
    P.sec("Compte")
    take(P, POOL, [2, 3, 4, 8, 10, 16, 18, 12])

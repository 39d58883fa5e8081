"""Pages françaises de blind49."""
from lib import Page


def deezer():
    p = Page("fr", "deezer-confidentialite", "https://www.deezer.com/fr/account/privacy", "Deezer SA",
             "Confidentialité - Deezer", "Confidentialité",
             "Service connu (reconstitution). Interrupteur formulé clairement, activé (true) ; groupe segmenté "
             "« Opposition à l’entraînement de l’IA » avec « Oui » enfoncé (false). Leurres : Flow, détection des titres "
             "générés par IA, traduction des paroles, publicité ciblée ; leurre caché par une classe visibility:hidden.",
             ["Mon compte", "Mon offre", "Audio", "Confidentialité", "Notifications", "Applications connectées", "Appareils"],
             nav_current=3, known=True, brand="deezer",
             intro="Vous gardez la main sur l’utilisation de vos données personnelles. Vos choix s’appliquent à tous vos appareils.")
    with p.section("Profil et partage"):
        p.switch("Profil public", True, help="Les autres utilisateurs peuvent voir vos playlists publiques et vos abonnés.")
        p.switch("Partager mes écoutes avec mes abonnés", False)
        p.select("Visibilité par défaut des nouvelles playlists", ["Publique", "Privée"], 1)
        p.checkbox("Afficher mes artistes favoris sur mon profil", True)
    with p.section("Recommandations et publicité"):
        p.switch("Flow personnalisé selon mes goûts", True, help="Flow s’appuie sur vos écoutes pour composer un mix rien que pour vous.")
        p.switch("Publicités ciblées", False)
        p.checkbox("Recevoir les offres de nos partenaires", False)
        p.checkbox("Lettre d’information Deezer", True)
        p.checkbox("Invitations à des concerts près de chez moi", False)
    with p.section("Audio et paroles"):
        p.select("Qualité d’écoute en Wi-Fi", ["Standard", "Haute qualité", "Son haute fidélité (FLAC)"], 2)
        p.switch("Normalisation du volume", True)
        p.switch("Traduction automatique des paroles", False)
        p.switch("Signaler les titres entièrement générés par IA", True,
                 help="Une étiquette apparaît sur les albums dont nous avons détecté qu’ils ont été créés par une IA.")
    with p.section("Notifications"):
        p.table("Me prévenir pour", "Sujet", ["Application", "E-mail", "SMS"],
                [("Sorties de mes artistes favoris", [True, True, False]),
                 ("Concerts près de chez moi", [False, True, False]),
                 ("Nouveaux épisodes de mes podcasts", [True, False, False])])
    with p.section("Intelligence artificielle",
                   intro="Nous développons nos propres modèles, notamment pour les recommandations et la détection des contenus générés par IA."):
        p.switch("Autoriser Deezer à utiliser mes écoutes pour entraîner ses modèles d’IA", True, ai=("p", True))
        p.segmented("Opposition à l’entraînement de l’IA par nos partenaires", ["Non", "Oui"], 1, ai=("i", False),
                    help="Nos partenaires sont des laboratoires de recherche et des labels avec lesquels nous avons un contrat.")
    with p.section("Vos données"):
        p.button("Télécharger mes données personnelles")
        p.button("Supprimer mon historique d’écoute")
        p.button("Supprimer mon compte")
    with p.hidden("visibility-class", "interrupteur prévu : partage de l’historique avec des entreprises d’IA"):
        p.switch("Partager mon historique avec des entreprises d’IA pour l’entraînement", False)
    return p


def radiofrance():
    p = Page("fr", "radiofrance-confidentialite", "https://www.radiofrance.fr/compte/confidentialite", "Radio France",
             "Mon compte – Confidentialité | Radio France", "Confidentialité et données",
             "Service connu (reconstitution). Ligne d’état d’un programme au nom vague, dont seule l’aide (aria-describedby) "
             "parle d’entraînement ; nom complété par un texte masqué visuellement, participation active (true) ; case "
             "« Ne pas utiliser… » non cochée (true). Leurres : transcriptions, résumés automatiques, mesure d’audience "
             "déclarée sans entraînement ; leurre caché par l’attribut hidden.",
             ["Mes favoris", "Mes abonnements", "Mes alertes", "Confidentialité", "Mes informations", "Aide"], nav_current=3,
             known=True, brand="Radio France")
    with p.section("Écoute"):
        p.switch("Reprendre la lecture là où je l’ai laissée", True)
        p.select("Vitesse de lecture des podcasts", ["0,8x", "1x", "1,25x", "1,5x"], 1)
        p.switch("Afficher la transcription des émissions", True, help="Texte généré automatiquement à partir du son de l’émission.")
        p.switch("Résumé automatique des épisodes", False)
        p.select("Station au démarrage", ["France Inter", "franceinfo", "France Culture", "France Musique", "Fip", "Mouv’"], 0)
        p.switch("Enchaîner automatiquement l’épisode suivant", True)
        p.checkbox("Télécharger les nouveaux épisodes en Wi-Fi uniquement", True)
        p.select("Qualité du direct", ["Automatique", "Économie de données", "Haute définition"], 0)
    with p.section("Newsletters et alertes"):
        p.table("Recevoir", "Type", ["Par e-mail", "Sur l’application"],
                [("Nouveaux épisodes de mes podcasts", [True, True]),
                 ("La sélection de la semaine", [True, False]),
                 ("Alertes info franceinfo", [False, True])])
    with p.section("Vos messages aux émissions"):
        p.para("Les messages vocaux que vous déposez sur l’application peuvent être diffusés à l’antenne.")
        p.checkbox("Citer mon prénom à l’antenne", True)
        p.state_row("Programme « Voix des auditeurs »", "Participation active", "Gérer",
                    suffix="ma participation au programme Voix des auditeurs", ai=("v", True),
                    help="Les messages vocaux que vous laissez aux émissions servent à entraîner nos modèles de transcription automatique.")
    with p.section("Mesure et intelligence artificielle"):
        p.checkbox("Mesure d’audience", True, help="Ces statistiques comptent les écoutes et ne servent pas à entraîner des modèles.")
        p.checkbox("Ne pas utiliser mes données d’écoute pour l’apprentissage de modèles d’IA", False, ai=("i", True))
        p.link("En savoir plus sur notre charte IA")
        p.button("Télécharger une copie de mes données")
    with p.hidden("hidden-attr", "bloc bêta : contributions vocales pour entraîner une voix de synthèse"):
        p.switch("Utiliser mes contributions vocales pour entraîner une voix de synthèse", False)
    return p


def parolier():
    p = Page("fr", "parolier-donnees", "https://www.parolier.test/compte/donnees", "Parolier SAS",
             "Mes données · Parolier karaoké", "Mes données",
             "Application de karaoké inventée. Tableau à une colonne dont les lignes ne prennent sens que par le titre et "
             "l’introduction (h, une vraie une fausse) ; interrupteur au participe « Voix protégée contre… », activé (false). "
             "Leurres : score de justesse, paroles traduites, duos publics ; leurre dans une boîte de dialogue fermée.",
             ["Mon profil", "Micro et son", "Mes données", "Abonnement", "Aide"], nav_current=2, brand="Parolier")
    with p.section("Micro et son"):
        p.select("Latence du micro", ["Automatique", "Faible", "Moyenne"], 0)
        p.select("Effet de voix", ["Aucun", "Écho léger", "Salle de concert"], 1)
        p.switch("Score de justesse pendant la chanson", True, help="Calculé en direct sur votre téléphone.")
        p.switch("Afficher les paroles traduites", False)
        p.switch("Guide vocal", True)
        p.switch("Réduction du bruit ambiant", True)
    with p.section("Partage"):
        p.select("Qui peut voir mes enregistrements", ["Tout le monde", "Mes abonnés", "Moi seulement"], 1)
        p.checkbox("Autoriser les duos avec mes enregistrements", True)
        p.checkbox("Suggestions de chansons selon mes goûts", True)
        p.checkbox("M’avertir quand quelqu’un chante en duo avec moi", True)
        p.select("Langue des chansons proposées", ["Toutes", "Français", "Anglais", "Espagnol"], 0)
    with p.section("Apprentissage automatique",
                   intro="Nos modèles de détection de la justesse et de synchronisation des paroles apprennent à partir d’enregistrements réels. Choisissez ce que vous leur confiez."):
        p.table("Éléments pouvant servir à l’entraînement", "Élément", ["Autorisé"],
                [("Mes enregistrements de karaoké", [(True, ("h", True))]),
                 ("Mes corrections de paroles", [(False, ("h", False))])], names="row")
        p.switch("Voix protégée contre l’entraînement d’IA par des tiers", True, ai=("i", False),
                 help="Empêche la cession de vos enregistrements à des entreprises extérieures.")
    with p.section("Compte"):
        p.button("Exporter mes enregistrements")
        p.button("Effacer mon historique de chansons")
        p.button("Ouvrir les options avancées")
    with p.hidden("dialog", "dialogue fermé avec une case d’accord pour l’entraînement de l’IA", heading="Nouvelle option"):
        p.checkbox("J’accepte que mes enregistrements entraînent l’IA de Parolier", False)
        p.button("Valider")
    return p


def oreille():
    p = Page("fr", "oreille-vie-privee", "https://www.livres-a-loreille.test/mon-compte/vie-privee", "Livres à l’oreille",
             "Vie privée – Livres à l’oreille", "Vie privée",
             "Service de livres audio inventé. Groupe radio (fieldset) formulé clairement, « Non » sélectionné (false) ; case "
             "« Retirer mon consentement… » non cochée (true) ; dans un <details> fermé, interrupteur au nom vague dont l’aide "
             "seule parle d’entraînement, désactivé (false). Leurres : narration par voix de synthèse, résumé du chapitre, "
             "profils enfants ; leurre caché par une classe display:none.",
             ["Ma bibliothèque", "Écoute", "Vie privée", "Profils", "Abonnement"], nav_current=2, brand="Livres à l’oreille")
    with p.section("Écoute"):
        p.switch("Proposer les éditions lues par une voix de synthèse", False)
        p.switch("Résumé du chapitre précédent", True, help="Quelques phrases générées automatiquement pour reprendre le fil.")
        p.select("Minuteur de sommeil", ["Désactivé", "15 minutes", "Fin du chapitre"], 2)
        p.select("Vitesse par défaut", ["0,9x", "1x", "1,2x", "1,5x"], 1)
        p.checkbox("Télécharger automatiquement le livre suivant d’une série", True)
    with p.section("Profils"):
        p.select("Contenus autorisés pour le profil Inès", ["Jeunesse 3-8 ans", "Jeunesse 9-12 ans", "Tout public"], 1)
        p.checkbox("Demander un code avant un achat", True)
        p.button("Ajouter un profil")
    with p.section("Vos données et nos modèles"):
        p.radios("Utilisation de mon historique d’écoute pour améliorer les voix de nos narrateurs IA", ["Oui", "Non"], 1, ai=("p", False))
        p.checkbox("Retirer mon consentement à l’entraînement des modèles d’IA avec mes annotations", False, ai=("i", True),
                   help="Vos annotations : passages surlignés, notes et marque-pages.", help_mode="nearby")
        p.checkbox("Recommandations personnalisées", True)
        with p.details("Programmes de recherche"):
            p.switch("Contribuer au Laboratoire Lecture", False, ai=("v", False),
                     help="Vos marque-pages, passages surlignés et vitesses d’écoute sont utilisés pour entraîner nos modèles de découpage des chapitres.")
            p.switch("Répondre à nos enquêtes d’écoute", True)
    with p.section("Communication"):
        p.checkbox("Offres de nos partenaires éditeurs", False)
        p.checkbox("Nouveautés de mes auteurs suivis", True)
        p.checkbox("Rappel quand un livre de ma liste d’envies est en promotion", True)
        p.button("Supprimer mon compte")
    with p.hidden("display-class", "ancien réglage : écoutes confiées à un partenaire d’IA"):
        p.checkbox("Confier mes écoutes à notre partenaire d’IA pour l’entraînement", True)
    return p


def partoche():
    p = Page("fr", "partoche-confidentialite", "https://app.partoche.test/parametres/confidentialite", "Partoche",
             "Paramètres · Confidentialité · Partoche", "Confidentialité",
             "Application inventée d’apprentissage de la musique (compte professeur avec sa classe). Interrupteur dont le nom "
             "(« Enregistrements de mes séances ») ne prend sens que par le titre et l’introduction, activé (true) ; ligne d’état "
             "« Arrêt de l’entraînement IA… » avec cible aria-labelledby, activé (false) ; case claire non cochée (false). "
             "Leurres : objectif d’entraînement quotidien et rappels d’entraînement (pratique), correction en direct ; "
             "leurre caché par display:none en ligne.",
             ["Mon profil", "Ma classe", "Pratique", "Confidentialité", "Abonnement"], nav_current=3, brand="Partoche")
    with p.section("Pratique"):
        p.select("Objectif d’entraînement quotidien", ["10 minutes", "20 minutes", "45 minutes"], 1)
        p.switch("Rappels d’entraînement", True)
        p.switch("Correction en temps réel", True, help="Les fausses notes s’affichent pendant que vous jouez.")
        p.select("Diapason", ["440 Hz", "442 Hz", "415 Hz"], 0)
        p.switch("Métronome visuel", False)
        p.select("Instrument principal", ["Piano", "Guitare", "Violon", "Flûte traversière"], 0)
        p.select("Niveau", ["Débutant", "Intermédiaire", "Avancé"], 1)
    with p.section("Ma classe"):
        p.checkbox("Partager mes progrès avec mon professeur", True)
        p.checkbox("Les élèves peuvent voir les progrès des autres", False)
        p.button("Inviter des élèves")
        p.checkbox("Recevoir le bilan hebdomadaire de la classe", True)
    with p.section("Amélioration de notre IA de correction",
                   intro="Avec votre accord, nous utilisons vos séances pour entraîner le modèle qui repère les fausses notes et les problèmes de rythme."):
        p.switch("Enregistrements de mes séances", True, ai=("h", True))
        p.state_row("Arrêt de l’entraînement IA sur les données de ma classe", "Activé", "Modifier", mode="labelledby", ai=("i", False))
        p.checkbox("Autoriser Partoche à entraîner ses modèles avec mes partitions importées", False, ai=("p", False))
    with p.section("Données"):
        p.button("Exporter mon historique de pratique")
        p.button("Supprimer mes enregistrements")
        p.checkbox("Rapports de plantage", True, help="Uniquement pour corriger les bugs ; jamais pour entraîner nos modèles.")
    with p.hidden("display-inline", "ancienne case : enregistrements confiés à un laboratoire partenaire"):
        p.checkbox("Confier mes enregistrements au laboratoire partenaire pour l’entraînement de son IA", False)
    return p


def pages():
    return [deezer(), radiofrance(), parolier(), oreille(), partoche()]

from lib import Page


def blablacar():
    P = Page("fr", "blablacar-confidentialite", "https://www.blablacar.fr/dashboard/profile/privacy",
             "Confidentialité", "BlaBlaCar", real=True, user="Camille Roussel",
             nav=["Profil", "Avis", "Paiements et remboursements", "Notifications", "Confidentialité", "Fermeture du compte"], current=4,
             intro="Gérez l'utilisation de vos données pour le covoiturage et BlaBlaCar Bus.",
             notes="Covoiturage (reconstitution). Case positive sur les échanges avec le service client (cochée, true) et case inversée "
                   "« Ne pas utiliser mes messages aux covoitureurs… » cochée (false). Leurres : traduction automatique non conservée, avis, "
                   "partage de position, mesure d'audience. Leurre caché en display:none inline.")
    with P.sec("Profil public"):
        P.state("Visibilité du profil", "Publique", ("Modifier", " la visibilité du profil", ""))
        P.cb("Afficher mon numéro de téléphone aux covoitureurs confirmés", True)
        P.rad("Qui peut voir mes avis", ["Tout le monde", "Membres connectés"], 0)
        P.cb("Afficher ma photo de profil dans les résultats de recherche", True)
    with P.sec("Trajets"):
        P.cb("Enregistrer mes trajets fréquents", True,
             help="Pour préremplir vos recherches. Vos trajets fréquents restent dans votre compte.")
        P.sw("Partager ma position en temps réel pendant un covoiturage", False, kind="div")
        P.sel("Réservation de mes trajets publiés", ["Acceptation automatique", "Je valide chaque demande"], 1)
    with P.sec("Intelligence artificielle",
               intro="Nous développons des outils d'IA pour modérer les messages, répondre plus vite à vos demandes et repérer la fraude."):
        P.cb("Utiliser mes échanges avec le service client pour entraîner nos outils d'IA", True, ai="+",
             help="Courriels, conversations par chat et appels enregistrés.")
        P.cb("Ne pas utiliser mes messages aux covoitureurs pour l'entraînement de modèles", True, ai="-", shape="i",
             help="Vos messages continuent d'être vérifiés automatiquement pour repérer les tentatives d'arnaque.")
        P.sw("Traduction automatique des messages", True,
             help="Les messages reçus sont traduits dans votre langue à l'affichage ; la traduction n'est pas conservée.")
    with P.sec("Publicité et communication"):
        P.cb("Offres de nos partenaires par e-mail", False)
        P.cb("Publicités personnalisées", False)
        P.sw("Notifications de bons plans", True, kind="aria", title="Bons plans")
    with P.sec("Vos données"):
        P.cb("Mesure d'audience", True, help="Statistiques de fréquentation du site, qui ne servent pas à entraîner des modèles.")
        P.sel("Conserver l'historique de mes trajets", ["2 ans", "5 ans"], 0)
        P.btn("Télécharger mes données")
        P.btn("Gérer les applications connectées")
    with P.hide("style"):
        P.cb("Autoriser l'usage de mes avis pour entraîner l'IA", True, ai="+")
    return P


def sncf():
    P = Page("fr", "sncf-connect-vie-privee", "https://www.sncf-connect.com/app/account/privacy",
             "Vie privée et données", "SNCF Connect", real=True, user="Hugo Marchand",
             nav=["Mes voyages", "Mes cartes et abonnements", "Mes passagers", "Mes préférences", "Vie privée"], current=4,
             notes="Train (reconstitution). Ligne d'état « Opposition … enregistrée » avec action « Annuler l'opposition… » (false) ; "
                   "interrupteur vague « Contribuer à améliorer l'assistant » (nom en texte sr-only, seul « Activé » visible), entraînement dans l'aide. "
                   "Leurres : réponses personnalisées de l'assistant sans entraînement, cookies de mesure. Leurre caché dans un onglet inactif.")
    ts = P.tabs(["Mes choix", "Historique des consentements"], 0, label="Vie privée")
    with P.panel(ts, 0):
        with P.sec("Voyages"):
            P.cb("Proposer mes trajets habituels sur l'accueil", True)
            P.sw("Alertes perturbations sur mes trajets", True, kind="div")
            P.sel("Conserver mes billets passés", ["1 an", "3 ans"], 1)
            P.cb("Préremplir les passagers enregistrés", True)
            P.cb("Recevoir le bilan carbone de mes voyages", False)
        with P.sec("Assistant et IA"):
            P.sw("Contribuer à améliorer l'assistant", True, ai="+", shape="v", kind="sr", title="Assistant conversationnel",
                 help="Les questions posées à l'assistant sont relues par nos équipes et servent à entraîner ses modèles de langage.")
            P.sw("Réponses de l'assistant à partir de mes réservations", True, kind="sr", title="Réponses personnalisées",
                 help="L'assistant consulte vos réservations pour vous répondre ; cela n'entraîne aucun modèle.")
            P.state("Opposition à l'entraînement des modèles d'IA", "Enregistrée le 18 mars 2025",
                    ("Annuler", " l'opposition à l'entraînement des modèles d'IA", ""), ai=False, shape="i",
                    help="Tant que l'opposition est active, vos recherches et réservations ne servent pas à entraîner nos modèles.")
        with P.sec("Publicité"):
            P.cb("Recevoir les offres SNCF Connect", False)
            P.cb("Publicité ciblée sur les sites partenaires", False)
            P.rad("Cookies de mesure d'audience", ["Accepter", "Refuser"], 0, kind="rg",
                  help="Mesure d'audience anonyme, sans usage pour l'entraînement de l'IA.")
        with P.sec("Confort et accessibilité"):
            P.rad("Place préférée", ["Fenêtre", "Couloir", "Indifférent"], 0, kind="aria")
            P.cb("Demander l'assistance Accès Plus à chaque réservation", False)
            P.sw("Sous-titres automatiques des vidéos d'aide", True, kind="div", help="Générés à la lecture, sans utiliser vos données.")
            P.sel("Ordre des résultats", ["Prix le plus bas d'abord", "Trajet le plus rapide d'abord"], 0)
            P.cb("Recherche intelligente dans mes voyages", True,
                 help="Retrouvez un billet en tapant « Lyon en mai ». La recherche ne porte que sur votre compte.")
        with P.sec("Données"):
            P.text("Adresse e-mail de contact", "hugo.marchand@example.fr", type="email")
            P.cb("Partager mes trajets avec ma région pour le calcul des aides", False)
            P.btn("Demander une copie de mes données")
            P.btn("Supprimer mon compte")
    with P.panel(ts, 1):
        P.p("12/01/2025 — consentement à l'entraînement retiré.")
        P.cb("Réactiver l'utilisation de mes trajets pour l'IA", False, ai="+")
    return P


def allotrajet():
    P = Page("fr", "allo-trajet-confidentialite", "https://compte.allotrajet.test/parametres/confidentialite",
             "Confidentialité", "Allô Trajet", user="Inès Benali",
             nav=["Mes courses", "Paiement", "Adresses", "Confidentialité", "Sécurité", "Aide"], current=3,
             notes="VTC (inventé). Deux groupes radio (fieldset) dont la légende seule ne dit pas « entraînement » : sens donné par le titre "
                   "« Entraînement de nos modèles » ; participe inversé « Données de géolocalisation exclues de l'apprentissage automatique » (activé, false). "
                   "Leurres : prédiction de destination, enregistrement audio de sécurité, publicité. Leurre caché avec l'attribut hidden.")
    with P.sec("Courses"):
        P.cb("Enregistrer mes adresses favorites", True)
        P.sel("Partage automatique de l'itinéraire", ["Avec mes contacts de confiance", "Jamais"], 1)
        P.sw("Prédire ma prochaine destination", True,
             help="Calculée à partir de vos courses, pour vous seul ; ces prédictions ne nourrissent pas nos modèles.")
        P.sel("Langue des reçus", ["Français", "English", "العربية"], 0)
    with P.sec("Entraînement de nos modèles",
               intro="Nous améliorons la tarification, l'estimation des temps d'arrivée et notre centre d'appels grâce à l'apprentissage automatique. "
                     "Choisissez ce que nous pouvons y utiliser."):
        P.rad("Historique de courses", ["Autoriser", "Refuser"], 1, shares=[True, False], shape="h")
        P.rad("Enregistrements des appels avec les chauffeurs", ["Autoriser", "Refuser"], 0, shares=[True, False], shape="h",
              help="Les appels passés par le numéro masqué sont enregistrés pour la sécurité.")
        P.sw("Données de géolocalisation exclues de l'apprentissage automatique", True, ai="-", shape="i", kind="aria",
             title="Géolocalisation")
    with P.sec("Sécurité"):
        P.cb("Enregistrement audio pendant la course", False,
             help="L'enregistrement reste chiffré sur votre téléphone et n'est transmis qu'en cas de signalement.")
        P.cb("Vérification du chauffeur par photo", True)
        P.btn("Gérer mes contacts de confiance")
    with P.sec("Communication"):
        P.cb("Codes promo par SMS", False)
        P.cb("Publicité personnalisée", True)
        P.sw("Prévenez-moi quand mon chauffeur arrive", True, kind="div")
    with P.sec("Compte"):
        P.cb("Rapports de plantage", True, help="Ces rapports servent uniquement à corriger l'application.")
        P.btn("Exporter mes données")
        P.btn("Applications connectées")
    with P.hide("hidden", title="Avis"):
        P.cb("Utiliser mes notes aux chauffeurs pour l'IA", True, ai="+")
    return P


def velibre():
    P = Page("fr", "velibre-preferences", "https://www.velibre.test/mon-compte/preferences",
             "Préférences", "Vélibre", user="Louise Garnier",
             nav=["Mon abonnement", "Mes trajets", "Paiement", "Préférences", "Aide"], current=3,
             notes="Vélos en libre-service (inventé). Case ARIA vague « Participer au programme Vélibre Recherche » (décochée), entraînement dans l'aide ; "
                   "case positive dans une boîte de dialogue ouverte (role=dialog) pour les photos de stationnement. "
                   "Leurres : itinéraires calculés sur le téléphone, tableau de notifications, Strava. Leurre caché en aria-hidden.")
    with P.sec("Trajets"):
        P.cb("Afficher mes statistiques (km parcourus, CO₂ évité)", True)
        P.sel("Vélo par défaut", ["Mécanique", "Électrique"], 1)
        P.sw("Itinéraires conseillés", True, kind="div",
             help="Suggestions calculées sur votre téléphone à partir de vos stations favorites.")
    with P.sec("Recherche et enquêtes"):
        P.cb("Participer au programme Vélibre Recherche", False, ai="+", shape="v", kind="div",
             help="Vos trajets, une fois anonymisés, servent à entraîner les modèles qui prévoient la disponibilité des vélos dans chaque station.")
        P.cb("Répondre aux enquêtes de satisfaction", True)
    with P.dialog("Photos de fin de location",
                  intro="Quand vous garez un vélo hors station, vous prenez une photo pour prouver qu'il est bien stationné."):
        P.cb("Autoriser l'utilisation de mes photos de stationnement pour entraîner notre IA de contrôle", True, ai="+")
        P.cb("Recevoir la photo par e-mail avec mon reçu", False)
    with P.sec("Notifications"):
        P.table(["Type", "Push", "E-mail"], [
            ("Fin de location", [P.c_cb(True), P.c_cb(True)]),
            ("Nouveautés du service", [P.c_cb(False), P.c_cb(False)]),
        ], naming="row+col")
    with P.sec("Compte"):
        P.sw("Partager mes trajets avec Strava", False)
        P.cb("Cookies publicitaires", False)
        P.btn("Télécharger mes données")
    with P.hide("aria"):
        P.cb("M'opposer à l'entraînement de l'IA avec mes trajets", False, ai="-")
    return P


def borneco():
    P = Page("fr", "borneco-vie-privee", "https://espace.borneco.test/compte/vie-privee",
             "Vie privée", "Borne&Co", user="Thomas Lefèvre",
             nav=["Mes recharges", "Mes badges", "Mes véhicules", "Factures", "Vie privée"], current=4,
             notes="Réseau de recharge (inventé). Tableau par véhicule où seul le titre « Apprentissage automatique » donne le sens (nom = ligne) ; "
                   "infinitif inversé « Retirer mon consentement à l'usage de mes appels au support pour l'IA » coché (false). "
                   "Leurres : compte rendu d'appel résumé, recharge intelligente, partage employeur. Leurre caché par une classe CSS.")
    with P.sec("Apprentissage automatique",
               intro="Les sessions de recharge des véhicules cochés alimentent l'entraînement de nos modèles de prévision de la demande."):
        P.table(["Véhicule", "Immatriculation", "Inclure"], [
            ("Renault Mégane E-Tech", ["GH-512-KL", P.c_cb(True, "+", "h")]),
            ("Peugeot e-208", ["FT-903-AB", P.c_cb(False, "+", "h")]),
        ])
    with P.sec("Service client"):
        P.cb("Retirer mon consentement à l'usage de mes appels au support pour l'IA", True, ai="-", shape="i",
             help="Les enregistrements restent utilisés pour le suivi qualité, mais plus pour entraîner nos agents virtuels.")
        P.cb("Recevoir un compte rendu écrit de mes appels", True, help="Résumé généré automatiquement et envoyé à vous seul.")
    with P.sec("Recharge"):
        P.sel("Badge par défaut", ["Badge n° 4471", "Application"], 0)
        P.cb("Démarrage automatique (Plug & Charge)", True)
        P.sw("Notification de fin de recharge", True, kind="aria", title="Fin de recharge")
        P.sw("Recharge intelligente en heures creuses", False, kind="aria", title="Heures creuses")
        P.cb("Afficher les bornes de nos partenaires", True)
    with P.sec("Partage"):
        P.cb("Partager mes sessions avec mon employeur (remboursement)", True)
        P.cb("Partager ma consommation avec mon fournisseur d'électricité", False)
    with P.sec("Communication et statistiques"):
        P.cb("Lettre d'information", False)
        P.cb("Statistiques d'utilisation anonymes", True,
             help="Données techniques d'usage de l'application ; elles ne servent pas à entraîner nos modèles.")
        P.sel("Format des factures", ["PDF par e-mail", "Dans mon espace uniquement"], 0)
        P.btn("Exporter mes données (CSV)")
        P.btn("Supprimer mon compte")
    with P.sec("Badges secondaires", intro="Badges rattachés à votre compte."):
        P.table(["Titulaire", "Peut recharger", "Voit l'historique"], [
            ("Léa Lefèvre", [P.c_cb(True), P.c_cb(False)]),
            ("Flotte artisan (utilitaire)", [P.c_cb(True), P.c_cb(True)]),
        ], naming="row+col")
    with P.hide("class"):
        P.sw("Utiliser l'historique de recharge pour l'IA", True, ai="+")
    with P.hide("dialog", title="Confirmer votre choix"):
        P.cb("Je m'oppose aussi à l'entraînement avec mes sessions de recharge", False, ai="-")
        P.btns("Annuler la modification", "Confirmer")
    return P


def pages():
    return [blablacar(), sncf(), allotrajet(), velibre(), borneco()]

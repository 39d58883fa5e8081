"""Pages françaises (blind50 : énergie, eau, assurance habitation et services à domicile)."""
from lib import Page, C


def skel(p, search_ph, account, menu, nav_label, nav, current):
    p.header("Rechercher", search_ph, "Langue",
             [("fr", "Français"), ("en", "English")], "fr", account, menu)
    p.nav(nav_label, nav, current)


def edf():
    p = Page("fr", "edf-mes-preferences",
             "https://particulier.edf.fr/fr/accueil/espace-client/mes-preferences.html",
             "Mes préférences - Espace client EDF", "EDF", "fournisseur d'électricité", known=True,
             notes="Interrupteur explicite (désactivé) ; case « Ne pas utiliser … » non cochée ; groupe "
                   "radio « Participation de mon foyer » dont seul le titre de section dit l'entraînement. "
                   "Courbe de charge, comparaison, assistant virtuel et alertes sont des leurres.")
    skel(p, "Rechercher une aide, une offre…", "Mon compte",
         ["Mes informations", "Changer de contrat", "Se déconnecter"],
         "Espace client", ["Accueil", "Mes factures", "Ma consommation", "Mon contrat", "Mes préférences"],
         "Mes préférences")
    p.h1("Mes préférences", "Gérez vos factures, vos alertes et l'utilisation de vos données.")
    with p.section("Mes factures"):
        p.radios("Recevoir mes factures", [("efacture", "Par e-mail (e-facture)"), ("courrier", "Par courrier")],
                 "efacture")
        p.select("Date de prélèvement", [("5", "Le 5 du mois"), ("10", "Le 10 du mois"), ("15", "Le 15 du mois")], "10")
        p.checkbox("M'alerter si ma consommation dépasse mon budget", True)
    with p.section("Mon compteur Linky",
                   "Votre compteur Linky transmet votre consommation chaque jour. Vous pouvez aussi "
                   "activer la courbe de charge, relevée toutes les 30 minutes."):
        p.switch("Collecte de la courbe de charge", True,
                 help="Elle permet d'afficher votre consommation heure par heure dans l'appli.")
        p.switch("Comparer ma consommation à celle de foyers similaires", False)
    with p.section("Vos données et l'intelligence artificielle",
                   "EDF développe des modèles d'intelligence artificielle pour anticiper la consommation "
                   "et mieux répondre à vos questions."):
        p.switch("Utiliser ma courbe de charge pour entraîner les modèles de prévision d'EDF", False, t="p")
        p.checkbox("Ne pas utiliser mes échanges avec le service client pour entraîner l'IA", False, t="i")
        p.switch("Assistant virtuel pour mes questions", True,
                 help="L'assistant répond à partir des informations de votre contrat.", hm="near")
        with p.hide("inline-vis"):
            p.checkbox("Partager mes données Linky avec les partenaires de recherche en IA d'EDF", False, ai=True)
    with p.section("Entraînement des modèles EDF Lab",
                   "Les chercheurs d'EDF Lab entraînent leurs modèles sur les données de foyers volontaires."):
        p.radios("Participation de mon foyer",
                 [("oui", "Oui, mon foyer participe"), ("non", "Non")], "non", t="h", share={"oui"})
    with p.section("Mes services"):
        p.switch("Bilan de consommation mensuel par e-mail", True)
        p.switch("Programme de fidélité EDF & Moi", False)
        p.checkbox("Me rappeler les horaires des heures creuses", True)
        p.checkbox("Utiliser automatiquement mon chèque énergie", True)
        p.select("Moyen de contact préféré", [("mail", "E-mail"), ("tel", "Téléphone"), ("courrier", "Courrier")],
                 "mail")
        p.text_input("Téléphone mobile", "06 45 78 12 90", type="tel")
        p.button("Ajouter un cotitulaire")
    with p.section("Communications"):
        p.table("Je souhaite recevoir", "Sujet", ["E-mail", "SMS"], [
            ("Offres et services EDF", [C(False), C(False)]),
            ("Conseils pour économiser l'énergie", [C(True), C(False)]),
            ("Alertes en cas de coupure", [C(True), C(True)]),
        ])
    with p.actions():
        p.button("Télécharger mes données")
        p.button("Enregistrer", cls="btn")
    p.footer(["Mentions légales", "Données personnelles", "Cookies", "Accessibilité"], "EDF SA")
    return p


def aquelia():
    p = Page("fr", "aquelia-eau-confidentialite",
             "https://www.aquelia-eau.test/espace-client/parametres/confidentialite",
             "Confidentialité – Aquélia Eau", "Aquélia Eau", "distributeur d'eau",
             notes="Programme « Sentinelle » au nom vague dont l'aide liée dit l'entraînement ; ligne d'état "
                   "« Aucune opposition » avec l'action « M'opposer » (nom complété pour les lecteurs "
                   "d'écran). Alerte fuite, seuils, enquêtes et accès du propriétaire sont des leurres.")
    skel(p, "Rechercher", "Mon espace",
         ["Mes contrats", "Déménagement", "Déconnexion"],
         "Espace client", ["Tableau de bord", "Factures", "Consommation", "Paramètres"], "Paramètres")
    p.h1("Paramètres de confidentialité")
    with p.section("Mon contrat"):
        p.select("Mode de paiement", [("mensuel", "Prélèvement mensuel"), ("echeance", "Prélèvement à échéance"),
                                      ("cheque", "Chèque")], "mensuel")
        p.checkbox("Facture électronique", True)
    with p.section("Télérelève"):
        p.switch("Alerte fuite par SMS", True)
        p.switch("Bilan de consommation mensuel", True)
        p.select("Seuil d'alerte de consommation",
                 [("aucun", "Aucun"), ("200", "200 litres par jour"), ("500", "500 litres par jour")], "500")
    with p.section("Notifications"):
        p.table("Être prévenu", "Événement", ["E-mail", "SMS"], [
            ("Coupure d'eau programmée", [C(True), C(True)]),
            ("Facture disponible", [C(True), C(False)]),
        ])
    with p.section("Recherche et innovation",
                   "Aquélia teste de nouveaux outils pour repérer les fuites sur le réseau plus tôt."):
        p.switch("Participer au programme Sentinelle", True, style="text",
                 help="Les relevés horaires des foyers participants servent à entraîner notre modèle "
                      "de détection des fuites.", t="v")
        p.state_row("Opposition à l'entraînement de l'IA sur mes relevés", "Aucune opposition",
                    "M'opposer", "à l'entraînement de l'IA sur mes relevés", t="i", sharing=True)
        p.checkbox("Répondre aux enquêtes de satisfaction", False)
        with p.hide("hidden-attr"):
            p.switch("Transmettre mes relevés au consortium régional d'IA", True, ai=True)
    with p.section("Accès et partage"):
        p.switch("Autoriser mon propriétaire à consulter mes consommations", False)
        p.button("Ajouter un co-titulaire")
    with p.actions():
        p.button("Exporter mes relevés")
        p.button("Enregistrer", cls="btn")
    p.footer(["Mentions légales", "Protection des données", "Nous contacter"], "Aquélia Eau SAS")
    return p


def maisoneo():
    p = Page("fr", "maisoneo-mes-donnees",
             "https://www.maisoneo-assurances.test/mon-espace/mes-donnees",
             "Mes données – Maisonéo Assurances", "Maisonéo Assurances", "assureur habitation",
             notes="Tableau à une colonne (« Utilisation autorisée ») dont les lignes ne nomment que des "
                   "pièces du dossier ; case au participe « … exclus de l'entraînement » cochée. "
                   "Déclaration assistée par IA, rappel, prospection et accès du conjoint sont des leurres.")
    skel(p, "Rechercher dans mon espace", "Mon compte",
         ["Mes contrats", "Mes documents", "Se déconnecter"],
         "Mon espace", ["Accueil", "Contrats", "Sinistres", "Documents", "Mes données"], "Mes données")
    p.h1("Mes données personnelles")
    with p.section("Mes contrats"):
        p.radios("Envoi des avis d'échéance", [("espace", "Dans mon espace client"), ("courrier", "Par courrier")],
                 "espace", kind="radiogroup")
        p.checkbox("Renouvellement automatique", True)
    with p.section("Sinistres"):
        p.switch("Déclaration assistée par IA", True,
                 help="L'assistant vous guide pas à pas et pré-remplit votre déclaration.")
        p.switch("Être rappelé par un conseiller", True)
        p.text_input("Téléphone pour le rappel", "06 12 34 56 78", type="tel")
        p.select("Créneau de rappel préféré", [("matin", "Matin"), ("aprem", "Après-midi"), ("soir", "Soir")],
                 "matin")
    with p.section("Entraînement de nos modèles",
                   "Nos modèles d'estimation des dommages apprennent à partir des dossiers clôturés. "
                   "Indiquez ce que nous pouvons utiliser dans les vôtres."):
        p.table("Éléments de mes dossiers", "Élément", ["Utilisation autorisée"], [
            ("Photos des dommages", [C(True, "h")]),
            ("Rapports d'expertise", [C(False, "h")]),
        ], naming="row")
        p.checkbox("Appels enregistrés exclus de l'entraînement de l'IA", True, style="wrap", t="i")
    with p.section("Prospection"):
        p.checkbox("Offres de nos partenaires", False)
        p.checkbox("Publicité personnalisée", False)
        p.checkbox("Lettre d'information mensuelle", True)
        with p.hide("class-vis"):
            p.checkbox("Céder mes données de sinistre à des éditeurs d'IA", False, ai=True)
    with p.section("Bénéficiaires"):
        p.switch("Mon conjoint peut gérer mes contrats", True)
    with p.actions():
        p.button("Demander une copie de mes données")
        p.button("Enregistrer", cls="btn")
    p.footer(["Mentions légales", "Réclamations", "Cookies"], "Maisonéo Assurances, mutuelle d'assurance")
    return p


def bricomatch():
    p = Page("fr", "bricomatch-confidentialite",
             "https://www.bricomatch.test/compte/parametres/confidentialite",
             "Confidentialité – Bricomatch", "Bricomatch", "plateforme d'artisans",
             notes="Interrupteur explicite (activé) et interrupteur « Refuser que … » activé (case native "
                   "à rôle switch). Assistant de rédaction, traduction, conseils travaux et agenda sont "
                   "des leurres.")
    skel(p, "Trouver un artisan", "Mon compte",
         ["Mes projets", "Mes artisans", "Déconnexion"],
         "Paramètres", ["Profil", "Notifications", "Confidentialité", "Paiements"], "Confidentialité")
    p.h1("Confidentialité")
    with p.section("Profil"):
        p.select("Qui voit mon adresse", [("choisis", "Les artisans que je choisis"),
                                          ("tous", "Tous les artisans qui répondent")], "choisis")
        p.switch("Afficher mon prénom aux artisans", True)
        p.select("Créneaux préférés pour les visites", [("semaine", "En semaine"), ("samedi", "Le samedi"),
                                                         ("indiff", "Indifférent")], "indiff")
    with p.section("Demandes de devis"):
        p.radios("Nombre de devis souhaités", [("3", "3 devis"), ("5", "5 devis")], "3")
        p.switch("Rédiger ma demande avec l'assistant", True,
                 help="L'assistant propose un texte à partir de vos réponses ; vous le validez avant l'envoi.")
    with p.section("Messagerie"):
        p.switch("Traduction automatique des messages", False)
        p.checkbox("M'avertir par e-mail des nouveaux messages", True)
        p.checkbox("M'avertir par SMS des nouveaux messages", False)
        p.checkbox("Recevoir des conseils travaux", False)
    with p.section("Intelligence artificielle",
                   "Bricomatch améliore ses outils d'estimation de prix grâce à l'apprentissage automatique."):
        p.switch("Autoriser Bricomatch à entraîner ses modèles sur mes demandes de devis", True, t="p")
        p.switch("Refuser que mes photos de chantier servent à entraîner l'IA", True, style="input", t="i")
    with p.hide("aria-hidden"):
        p.p("Bientôt disponible")
        p.switch("Partager mes messages avec des partenaires spécialisés en IA", False, ai=True)
    with p.section("Avis"):
        p.switch("Publier mes avis avec mon prénom", True)
        p.button("Connecter mon agenda")
    with p.actions():
        p.button("Télécharger mes données")
        p.button("Supprimer mon compte")
    p.footer(["Comment ça marche", "Confiance", "CGU", "Confidentialité"], "Bricomatch SAS")
    return p


def veilleur():
    p = Page("fr", "veilleur-donnees-et-ia",
             "https://app.veilleur-securite.test/reglages/donnees-et-ia",
             "Données et IA – Veilleur", "Veilleur", "télésurveillance et alarme",
             notes="Case au nom vague (« Contribuer à la réduction des fausses alertes ») dont l'aide "
                   "voisine, non liée, dit l'entraînement ; groupe radio « Opposition … » avec « Je "
                   "m'oppose » choisi ; interrupteur explicite désactivé. Reconnaissance des personnes "
                   "sur l'appareil, qualité vidéo, contacts et formations sont des leurres.")
    skel(p, "Rechercher un réglage", "Compte",
         ["Mes sites", "Abonnement", "Assistance", "Déconnexion"],
         "Réglages", ["Système", "Caméras", "Contacts", "Données et IA"], "Données et IA")
    p.h1("Données et IA")
    tabs = p.tabs("Sites", ["Maison principale", "Résidence secondaire"], 0)
    with p.tabpanel(tabs, 0):
        with p.section("Système"):
            p.select("Délai avant déclenchement de la sirène",
                     [("15", "15 secondes"), ("30", "30 secondes"), ("45", "45 secondes")], "30")
            p.switch("Mise en service automatique à 23 h", False)
            p.switch("Ignorer les animaux", True, help="Les mouvements des animaux de moins de 20 kg sont ignorés.")
    with p.tabpanel(tabs, 1):
        with p.section("Résidence secondaire"):
            p.switch("Utiliser les vidéos de cette résidence pour entraîner nos modèles", True, ai=True)
    with p.section("Caméras"):
        p.switch("Reconnaissance des personnes dans la caméra", True,
                 help="L'analyse se fait dans la caméra ; les images ne sont pas envoyées pour entraîner nos modèles.")
        p.radios("Qualité d'enregistrement", [("sd", "Standard"), ("hd", "HD"), ("fhd", "Full HD")], "hd")
    with p.section("Contacts"):
        p.table("Qui est prévenu en cas d'alarme", "Contact", ["Appel", "SMS"], [
            ("Claire Martin", [C(True), C(True)]),
            ("M. Robert (voisin)", [C(False), C(True)]),
        ])
    with p.section("Qualité du service"):
        p.checkbox("Contribuer à la réduction des fausses alertes", True,
                   help="Les clips des alarmes déclenchées chez vous servent à entraîner le modèle de "
                        "vérification vidéo.", hm="near", t="v")
        p.radios("Opposition à l'utilisation de mes appels au centre de télésurveillance pour entraîner l'IA",
                 [("non", "Je ne m'oppose pas"), ("oui", "Je m'oppose")], "oui", t="i", share={"non"})
        p.switch("Autoriser l'entraînement de l'IA sur les sons captés par le détecteur de bris de vitre",
                 False, t="p")
        p.checkbox("Recevoir les invitations aux formations sécurité", False)
    with p.actions():
        p.button("Exporter l'historique")
        p.button("Enregistrer", cls="btn")
    p.footer(["Assistance", "Mentions légales", "Données personnelles"], "Veilleur Sécurité SAS")
    return p


PAGES = [edf, aquelia, maisoneo, bricomatch, veilleur]

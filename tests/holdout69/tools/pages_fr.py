from lib import Page

CH = dict(search="Rechercher", placeholder="Rechercher un réglage, une commande, une aide…", language="Langue",
          account="Mon compte", menu=["Mon profil", "Changer de compte", "Centre d'aide", "Se déconnecter"],
          nav="Rubriques des paramètres", save="Enregistrer", copyright="© 2025 {service}")


def leboncoin():
    p = Page("fr", "leboncoin-pro-donnees", "https://www.leboncoin.fr/pro/compte/parametres/donnees",
             "leboncoin", "Mes données", "Reconstruction of the leboncoin Pro seller account; markup, copy and every "
             "AI-training setting invented. Vous. Plain checkbox-switch, inverted state row with sr-only suffix, "
             "heading-only table column; CSS class display:none. Decoys: AI ad writing helper, price estimate, "
             "audience statistics said not used for training.",
             dict(CH, placeholder="Rechercher dans mon espace pro", account="Espace pro"),
             ["Tableau de bord", "Mes annonces", "Messages", "Statistiques", "Options de visibilité", "Factures",
              "*Paramètres"],
             ["Aide", "Règles de diffusion", "Vie privée / cookies", "CGU", "Mentions légales"], known=True, idp="lbc",
             hide_class="is-hidden-block", brand="leboncoin pro",
             lead="Choisissez l'usage qui peut être fait des informations de votre compte professionnel.")
    p.add(p.sec("Vos annonces",
                p.sw("Rédaction assistée des annonces", True,
                     help="Propose un texte à partir de vos photos et de la catégorie. Rien n'est publié sans votre accord."),
                p.sw("Afficher l'estimation de prix", True),
                p.sel("Durée de publication par défaut", ["30 jours", "60 jours"], 0),
                p.cb("Accepter les offres de livraison", True)))
    p.add(p.sec("Intelligence artificielle",
                p.sw("Utiliser mes annonces pour entraîner les modèles d'IA de leboncoin", False, ai="p"),
                p.state("Échanges avec les acheteurs", "Utilisés pour l'apprentissage automatique", "M'opposer",
                        share=True, suffix="à l'utilisation de mes échanges pour l'entraînement de l'IA", ai="i"),
                intro="Nos modèles servent à classer les annonces, détecter la fraude et vous suggérer des prix."))
    p.add(p.sec("Partenaires",
                p.table("Données transmises aux partenaires pour l'entraînement de leurs modèles", "Donnée",
                        ["Autoriser"], [("Photos des véhicules", [True])], ai_cols={0: "h"}),
                p.cb("Recevoir les offres de nos partenaires", False)))
    p.add(p.hide("class",
                 p.cb("Partager mon historique de ventes avec Adevinta pour l'entraînement de modèles", True, ai="p"),
                 title="Programme Adevinta Insights"))
    p.add(p.sec("Statistiques",
                p.cb("Recevoir le rapport d'audience mensuel", True,
                     help="Vues et contacts par annonce. Ces chiffres ne servent pas à entraîner nos modèles."),
                p.btn("Télécharger mes données")))
    p.add(p.sec("Notifications",
                p.table("M'avertir par", "Événement", ["E-mail", "Notification"],
                        [("Nouveau message", [True, True]), ("Annonce expirée", [True, False]),
                         ("Paiement reçu", [True, True])])))
    return p


def coursio():
    p = Page("fr", "coursio-livreur-donnees", "https://livreurs.coursio.test/compte/donnees",
             "Coursio", "Tes données", "Invented delivery-courier partner app, tu. Vague segmented control with "
             "describedby, inverted native checkbox (ne pas utiliser), heading-only button switch by text; "
             "aria-hidden block. Decoys: zone suggestions, cycling routes, weather alerts.",
             dict(CH, placeholder="Chercher un créneau, une zone, de l'aide", account="Mon profil livreur"),
             ["Créneaux", "Revenus", "Équipement", "Documents", "*Données", "Aide"],
             ["Centre livreurs", "Sécurité", "Confidentialité", "Mentions légales"], idp="co",
             lead="Tu gardes la main sur ce qu'on fait de tes données.")
    p.add(p.sec("Tournées",
                p.sw("Me proposer des zones plus calmes", True),
                p.sw("Privilégier les pistes cyclables", True),
                p.sel("Moyen de transport", ["Vélo", "Vélo électrique", "Scooter"], 1),
                p.sw("Alertes météo", True)))
    p.add(p.sec("Améliorer Coursio",
                p.seg("Partage des trajets", ["Activé", "Désactivé"], 0, ai="v", shares=[True, False],
                      help="Tes trajets GPS servent à entraîner l'algorithme qui prévoit les temps de livraison."),
                p.cb("Ne pas utiliser mes photos de livraison pour entraîner l'IA", True, ai="i")))
    p.add(p.sec("Ce qui peut nourrir notre IA",
                p.bsw("Mes notes vocales au support", False, by="text", ai="h"),
                intro="Coursio entraîne un assistant vocal pour le support. Tu choisis ce qui y entre."))
    p.add(p.hide("aria",
                 p.sw("Utiliser mes selfies de vérification pour entraîner la reconnaissance faciale", True, ai="p"),
                 title="Vérification d'identité"))
    p.add(p.sec("Revenus",
                p.cb("Afficher mes pourboires dans le bilan hebdo", True),
                p.btn("Télécharger mon relevé annuel")))
    p.add(p.sec("Notifications",
                p.table("Notifications push", "Sujet", ["Push", "SMS"],
                        [("Créneaux bonus", [True, False]), ("Nouveaux créneaux", [True, False]),
                         ("Paiements", [True, True])])))
    return p


def trajeo():
    p = Page("fr", "trajeo-chauffeurs-confidentialite", "https://chauffeurs.trajeo.test/parametres/confidentialite",
             "Trajeo Chauffeurs", "Confidentialité", "Invented ride-hail (VTC) driver portal, vous. Plain radio "
             "fieldset, role=radiogroup vague (help text nearby, no describedby), inverted button switch named by "
             "aria-label; visibility:hidden block. Decoys: dashcam, airport queue, earnings statistics.",
             dict(CH, placeholder="Rechercher une course, un paiement…", account="Espace chauffeur"),
             ["Courses", "Revenus", "Véhicule", "Documents", "Évaluations", "*Confidentialité", "Aide"],
             ["Centre chauffeurs", "Sécurité", "Politique de confidentialité", "Accessibilité"], idp="tj")
    p.add(p.sec("En course",
                p.sw("File d'attente aéroport", True),
                p.sw("Enregistrement par caméra embarquée", False,
                     help="Les vidéos restent sur l'appareil sauf signalement d'incident."),
                p.sel("Application de navigation", ["Trajeo Nav", "Waze", "Google Maps"], 1)))
    p.add(p.sec("Données de conduite",
                p.radios("Autorisez-vous Trajeo à entraîner ses modèles de tarification avec vos courses ?",
                         ["Oui", "Non"], 1, ai="p", shares=[True, False]),
                p.rgroup("Conversations avec les passagers", ["Partager", "Ne pas partager"], 0, ai="v",
                         shares=[True, False], desc=False,
                         help="Les messages échangés dans l'application servent à améliorer nos modèles de traduction et de modération."),
                p.bsw("Exclure mes enregistrements d'appels de l'apprentissage automatique", False, by="label",
                      shown="Exclusion des enregistrements d'appels", ai="i")))
    p.add(p.hide("visibility",
                 p.cb("Utiliser mes données de conduite pour entraîner le véhicule autonome Trajeo", True, ai="p"),
                 title="Programme véhicule autonome"))
    p.add(p.sec("Statistiques",
                p.cb("Comparer mes revenus à la moyenne de ma ville", True,
                     help="Calcul anonyme, sans entraînement de modèle."),
                p.btn("Exporter mes courses")))
    p.add(p.sec("Notifications",
                p.table("Être prévenu de…", "Sujet", ["Push", "E-mail"],
                        [("Zones de forte demande", [True, False]), ("Bilan hebdomadaire", [False, True]),
                         ("Défis et primes", [True, True])])))
    return p


def gites():
    p = Page("fr", "gites-et-volets-hote-donnees", "https://espace-hote.gitesetvolets.test/parametres/donnees-personnelles",
             "Gîtes & Volets", "Données personnelles", "Invented holiday-rental host space, vous. Plain select, "
             "heading-only checkboxes in a closed <details>, state row named by aria-labelledby (vague, help via "
             "describedby); closed dialog. Decoys: automatic translation, channel manager, cleaning schedule.",
             dict(CH, placeholder="Rechercher un hébergement, une réservation", account="Espace hôte"),
             ["Accueil", "Calendrier", "Hébergements", "Messagerie", "Avis", "Paiements", "*Paramètres"],
             ["Guide de l'hôte", "Charte qualité", "Données personnelles", "CGV"], idp="gv",
             lead="Ce que nous faisons des informations de vos hébergements, et vos choix.")
    p.add(p.sec("Votre hébergement",
                p.sw("Traduire automatiquement les messages des voyageurs", True),
                p.sw("Synchroniser avec mon gestionnaire de canaux", True),
                p.sel("Délai de réservation minimum", ["Aucun", "24 h", "48 h"], 1),
                p.cb("Planifier le ménage automatiquement entre deux séjours", True)))
    p.add(p.sec("Apprentissage automatique",
                p.sel("Utilisation de vos descriptions d'annonce pour l'entraînement de nos modèles d'IA",
                      ["Autorisée", "Refusée"], 1, ai="p", shares=[True, False]),
                p.state("Vos avis et réponses", "Activé", "Désactiver", share=True, ai="v",
                        help="Nous nous servons de vos réponses aux avis pour apprendre à notre assistant à rédiger des réponses."),
                p.details("Photos et visites virtuelles",
                          p.cb("Photos", False, ai="h"),
                          p.cb("Visites virtuelles 360°", False, ai="h"),
                          intro="Nos modèles de classement d'images peuvent être entraînés avec les médias de vos hébergements.")))
    p.add(p.btn("Voir les détails du programme partenaires"))
    p.add(p.hide("dialog",
                 p.cb("Transmettre mes calendriers aux partenaires pour l'entraînement de leurs modèles", True, ai="p"),
                 title="Programme partenaires", close="Fermer"))
    p.add(p.sec("Notifications",
                p.table("Prévenez-moi", "Événement", ["E-mail", "SMS"],
                        [("Nouvelle réservation", [True, True]), ("Annulation", [True, True]),
                         ("Nouvel avis", [True, False])])))
    return p


def atelier():
    p = Page("fr", "atelier-cousu-vie-privee", "https://boutique.ateliercousu.test/reglages/vie-privee",
             "Atelier Cousu", "Vie privée", "Invented handmade / print-on-demand shop dashboard, tu. Tabs: the "
             "inactive tab panel holds a hidden training switch. Plain button switch by aria-labelledby, inverted "
             "role=radiogroup (retirer), heading-only pressed group. Decoys: AI background removal, sewing courses, "
             "shop visibility.",
             dict(CH, placeholder="Chercher une création", account="Ma boutique"),
             ["Accueil", "Créations", "Commandes", "Messages", "Ateliers en ligne", "*Réglages"],
             ["Aide", "Communauté", "Vie privée", "CGU"], idp="ac", save="Enregistrer les réglages")
    p.add(p.sec("Boutique",
                p.txt("Nom de la boutique", "Fil d'Ariane"),
                p.sw("Mode vacances", False),
                p.sw("Détourer mes photos automatiquement", True, help="L'outil traite uniquement la photo envoyée."),
                p.cb("Apparaître dans les sélections de la semaine", True),
                p.sel("Délai de préparation", ["1 à 3 jours", "3 à 5 jours", "1 à 2 semaines"], 1),
                p.btn("Aperçu de la boutique")))
    p.add(p.sec("Ateliers en ligne",
                p.cb("M'inscrire au cours « Photographier ses créations avec l'IA »", False)))
    p.add(p.tabs("Données et IA", [
        ("Mes créations", [
            p.bsw("Autoriser l'entraînement de l'IA d'Atelier Cousu sur mes patrons", True, by="lby", ai="p"),
            p.rgroup("Retirer mes photos des jeux de données d'IA", ["Oui, les retirer", "Non"], 0, ai="i",
                     shares=[False, True]),
            p.sec("Ce qui entraîne notre IA",
                  p.seg("Avis clients sur mes créations", ["Inclus", "Exclus"], 0, ai="h", shares=[True, False]),
                  level=3, cls="subsection"),
        ]),
        ("Mes messages", [
            p.sw("Utiliser mes messages clients pour entraîner l'assistant de réponse", True, ai="p"),
        ]),
    ]))
    p.add(p.sec("Notifications",
                p.table("Préviens-moi par e-mail", "Événement", ["E-mail"],
                        [("Nouvelle commande", [True]), ("Nouveau message", [True]), ("Nouvel avis", [False])])))
    return p


def pages():
    return [leboncoin(), coursio(), trajeo(), gites(), atelier()]

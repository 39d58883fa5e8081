from lib import Page


def yves_rocher():
    P = Page("fr", "yves-rocher-preferences", "Yves Rocher",
             "https://www.yves-rocher.fr/mon-compte/mes-preferences-confidentialite",
             "Mes préférences de confidentialité", known=True, brand="Yves Rocher",
             notes="Service connu (reconstruction), vouvoiement. Case à cocher inversée par négation ('Ne pas utiliser'), "
                   "lignes de tableau comprises seulement par la légende. Leurres : diagnostic de peau, recommandations, "
                   "club fidélité, avis publiés. Masqué : aria-hidden.",
             nav=[("Mes commandes", "/mon-compte/commandes", False), ("Mon Club", "/mon-compte/club", False),
                  ("Mes adresses", "/mon-compte/adresses", False), ("Confidentialité", "#", True)],
             nav_label="Mon compte", search_label="Rechercher", search_ph="Rechercher un produit, un soin…",
             lang_label="Langue", account="Bonjour Camille",
             menu=[("Mes commandes", "/commandes"), ("Mes favoris", "/favoris")], signout="Se déconnecter",
             footer=[("Mentions légales", "/mentions-legales"), ("Politique de confidentialité", "/confidentialite"),
                     ("Gestion des cookies", "/cookies")],
             copyright="© Laboratoires de Biologie Végétale Yves Rocher", hide_class="yr-masque",
             lead="Vous choisissez ce que nous faisons de vos informations. Vos choix sont modifiables à tout moment.")
    body = [
        P.section("Mon diagnostic beauté",
                  P.switch("Afficher mes résultats de diagnostic dans mon espace", True, mode="labelledby"),
                  P.select("Ma préoccupation principale", ["Rides", "Éclat", "Imperfections", "Hydratation"], 3),
                  P.button("Refaire mon diagnostic"),
                  intro="Le diagnostic analyse votre peau en quelques questions et une photo, et vous propose une routine."),
        P.section("Amélioration de notre diagnostic beauté par l'IA",
                  P.table("Données que nous pouvons utiliser", ["Données", "J'accepte"], [
                      ("Photos du diagnostic de peau", [dict(checked=False, ai="h")]),
                      ("Réponses au questionnaire", [dict(checked=True, ai="h")]),
                  ], intro="Nos équipes entraînent leurs modèles avec les diagnostics de clientes volontaires."),
                  P.cb("Ne pas utiliser mes avis pour entraîner l'IA d'Yves Rocher", True, ai="i",
                       help="Notes et commentaires déposés sur les fiches produits.")),
        P.hide("aria-hidden", lambda:
               P.cb("Transmettre mon historique d'achats à nos partenaires pour l'entraînement de leurs modèles", False, ai="p")),
        P.section("Mes avis",
                  P.cb("Publier mon prénom avec mes avis", True),
                  P.cb("Être prévenue quand quelqu'un répond à mon avis", False)),
        P.section("Communication",
                  P.cb("Offres et nouveautés par e-mail", True),
                  P.cb("Offres par SMS", False),
                  P.cb("Catalogue et cadeaux par courrier", True),
                  P.cb("Publicités personnalisées sur les réseaux sociaux", False)),
        P.section("Mes données",
                  P.button("Télécharger mes données"),
                  P.button("Supprimer mon compte"),
                  P.button("Enregistrer", cls="primary")),
    ]
    return P.build(*body)


def melodie():
    P = Page("fr", "melodie-coiffure-confidentialite", "Mélodie Coiffure",
             "https://espace-client.melodie-coiffure.test/compte/confidentialite",
             "Confidentialité et consentements", brand="Mélodie Coiffure",
             notes="Chaîne de salons inventée, vouvoiement. Interrupteur explicite, ligne d'état d'une opposition déjà "
                   "enregistrée (nommée par aria-labelledby, inversée, ne partage pas), liste déroulante vague dans un "
                   "<details> fermé (listée). Leurres : essai virtuel de coupe, galerie, rappels. Masqué : visibility:hidden.",
             nav=[("Mes rendez-vous", "/rdv", False), ("Ma fiche couleur", "/fiche-couleur", False),
                  ("Carte cadeau", "/carte-cadeau", False), ("Confidentialité", "#", True)],
             nav_label="Espace client", search_label="Rechercher", search_ph="Trouver un salon",
             lang_label="Langue", account="Mon espace", menu=[("Rendez-vous", "/rdv"), ("Profil", "/profil")],
             signout="Déconnexion",
             footer=[("Nos salons", "/salons"), ("Recrutement", "/recrutement"), ("Données personnelles", "/rgpd")],
             copyright="Mélodie Coiffure SAS", hide_class="mc-hide")
    body = [
        P.section("Vos rendez-vous",
                  P.cb("Rappel par SMS la veille", True),
                  P.cb("Rappel par e-mail", False),
                  P.select("Coiffeur ou coiffeuse habituel(le)", ["Peu importe", "Inès", "Karim", "Solène"], 1),
                  P.text("Téléphone mobile", "06 12 34 56 78", type="tel"),
                  P.button("Prendre rendez-vous")),
        P.section("Essai virtuel",
                  P.switch("Essayer une coupe ou une couleur en photo", True, mode="labelledby",
                           help="L'aperçu est calculé à partir de votre photo puis effacé ; il ne sert à rien d'autre."),
                  P.button("Importer une photo")),
        P.section("Notre IA de coloration",
                  P.switch("Autoriser l'utilisation de mes photos pour entraîner notre IA de coloration", True, ai="p",
                           mode="labelledby"),
                  P.state_row("Opposition à l'entraînement de l'IA avec mes fiches techniques", True,
                              status=("Enregistrée le 4 février", "Non enregistrée"),
                              btn=("Retirer mon opposition", "M'opposer"), ai="i", mode="labelledby",
                              desc="Formules, temps de pose et remarques notés par votre coloriste."),
                  P.details("Paramètres avancés", lambda:
                            P.select("Programme Nuancier+", ["Participer", "Ne pas participer"], 0, shar=[True, False],
                                     ai="v", help="Vos formules de couleur enrichissent le modèle d'apprentissage automatique "
                                                  "qui propose les nuances à nos coloristes.")),
                  intro="Nous développons un outil qui aide nos coloristes à trouver la bonne nuance."),
        P.hide("visibility", lambda:
               P.cb("Céder mes photos à des marques partenaires pour leurs modèles d'IA", False, ai="p")),
        P.section("Galerie du salon",
                  P.cb("Mes photos peuvent apparaître dans la galerie du salon", False),
                  P.cb("Mes photos peuvent être publiées sur Instagram", False)),
        P.section("Fidélité",
                  P.cb("Cumuler des points sur mes achats de produits", True),
                  P.text("Date d'anniversaire", "1988-06-14", type="date"),
                  P.button("Enregistrer mes choix", cls="primary")),
    ]
    return P.build(*body)


def lisiere():
    P = Page("fr", "lisiere-parametres-donnees", "Lisière",
             "https://www.lisiere.test/parametres/donnees-et-ia",
             "Données et IA", brand="lisière",
             notes="Plateforme inventée de revente de mode, tutoiement. Groupe radio inversé Oui/Non ('Exclure…'), "
                   "case enveloppée explicite (partenaires), interrupteur aria-label compris seulement par le titre de "
                   "section. Leurres : description générée, suggestion de prix, profil public, vacances. Masqué : dialogue fermé.",
             nav=[("Mon dressing", "/dressing", False), ("Mes ventes", "/ventes", False), ("Porte-monnaie", "/porte-monnaie", False),
                  ("Paramètres", "/parametres", False), ("Données et IA", "#", True)],
             nav_label="Paramètres", search_label="Rechercher", search_ph="Rechercher des articles ou des membres",
             lang_label="Langue", account="@zoe.vintage", menu=[("Mon profil", "/membre"), ("Favoris", "/favoris")],
             signout="Se déconnecter",
             footer=[("Aide", "/aide"), ("Confidentialité", "/confidentialite"), ("Conditions", "/conditions")],
             copyright="Lisière SAS", hide_class="ls-cache")
    body = [
        P.section("Publier plus vite",
                  P.switch("Rédiger la description à partir des photos", True, mode="content",
                           help="L'IA propose un texte que tu peux modifier avant de publier."),
                  P.switch("Me suggérer un prix", True, mode="content"),
                  P.select("Langue des descriptions générées", ["Français", "Anglais", "Les deux"], 0)),
        P.section("Données utilisées pour améliorer l'estimation automatique des prix",
                  P.switch("Historique de mes ventes", True, ai="h", mode="aria-label", visible="Mes ventes conclues"),
                  P.switch("Articles mis en favori", False, ai="h", mode="aria-label", visible="Mes favoris"),
                  intro="Notre modèle apprend des ventes passées des membres qui l'acceptent."),
        P.section("Tes annonces et l'IA",
                  P.radios("Exclure mes annonces de l'entraînement des modèles", ["Oui", "Non"], 1, shar=[False, True], ai="i",
                           help="Photos, titres et descriptions de tes articles."),
                  P.cb("Partager mes photos d'articles avec des partenaires pour entraîner leurs IA", False, ai="p", wrap=True),
                  P.dialog("Historique de tes choix", "Historique de tes choix", lambda:
                           P.cb("Mes messages peuvent servir à entraîner l'assistant", True, ai="p"), close="Fermer")),
        P.section("Profil",
                  P.cb("Profil visible par tout le monde", True),
                  P.cb("Afficher ma ville", False),
                  P.cb("Mode vacances", False)),
        P.section("Notifications",
                  P.cb("Nouveaux messages", True),
                  P.cb("Baisse de prix sur mes favoris", True),
                  P.cb("Bons plans de la semaine", False)),
        P.section("Sécurité",
                  P.switch("Validation en deux étapes", True, mode="labelledby"),
                  P.button("Changer de mot de passe")),
    ]
    return P.build(*body)


def dermaclair():
    P = Page("fr", "dermaclair-compte-donnees", "Dermaclair",
             "https://www.dermaclair.test/mon-compte/donnees-personnelles",
             "Données personnelles", brand="Dermaclair pharmacie & dermo-cosmétique",
             notes="Parapharmacie en ligne inventée, vouvoiement. Groupe de boutons segmentés inversé ('Refuser…', oui "
                   "sélectionné), interrupteur vague par son contenu (aide liée). Leurres : conseil pharmacien, "
                   "statistiques sans entraînement, rappels de renouvellement. Masqué : classe CSS.",
             nav=[("Mes commandes", "/commandes", False), ("Mes ordonnances", "/ordonnances", False),
                  ("Ma routine", "/routine", False), ("Données personnelles", "#", True)],
             nav_label="Mon compte", search_label="Rechercher", search_ph="Produit, marque, symptôme",
             lang_label="Langue", account="Compte", menu=[("Commandes", "/commandes"), ("Favoris", "/favoris")],
             signout="Se déconnecter",
             footer=[("Pharmacien responsable", "/pharmacien"), ("CGV", "/cgv"), ("Vie privée", "/vie-privee")],
             copyright="Pharmacie Dermaclair, Lyon", hide_class="dc-off")
    body = [
        P.section("Conseil en ligne",
                  P.cb("Recevoir la réponse du pharmacien par e-mail", True),
                  P.switch("Résumé automatique de mes échanges avec le pharmacien", False, mode="labelledby",
                           help="Un résumé est affiché sous la conversation. Il n'est pas partagé."),
                  P.button("Poser une question")),
        P.section("Recherche et apprentissage",
                  P.switch("Contribuer à la recherche Dermaclair", False, ai="v", mode="content",
                           help="Vos photos de peau, une fois anonymisées, servent à entraîner nos algorithmes de détection des imperfections."),
                  P.segmented("Refuser que mes données d'achat servent à l'apprentissage automatique", ["Oui, je refuse", "Non"], 0,
                              shar=[False, True], ai="i")),
        P.hide("css-class", lambda:
               P.switch("Autoriser l'entraînement de l'IA avec mes ordonnances", False, ai="p", mode="content")),
        P.section("Statistiques",
                  P.cb("Mesure d'audience", True,
                       help="Nous comptons les visites pour améliorer le site. Ces données n'entraînent aucun modèle."),
                  P.cb("Tests A/B", False)),
        P.section("Rappels",
                  P.cb("Me rappeler de renouveler mes produits", True),
                  P.select("Fréquence des rappels", ["Toutes les 4 semaines", "Toutes les 8 semaines"], 0),
                  P.cb("Newsletter santé & beauté", False)),
        P.section("Livraison et paiement",
                  P.select("Mode de livraison préféré", ["Point relais", "Domicile", "Retrait en pharmacie"], 0),
                  P.button("Gérer mes cartes enregistrées"),
                  P.cb("Me prévenir quand un produit en rupture revient", True)),
        P.section("Vos droits",
                  P.button("Exporter mes données"),
                  P.button("Demander la rectification"),
                  P.button("Supprimer mon compte")),
    ]
    return P.build(*body)


def flacon():
    P = Page("fr", "flacon-mes-reglages", "Flacon",
             "https://app.flacon.test/reglages/vie-privee",
             "Vie privée", brand="flacon.",
             notes="Abonnement parfum inventé, tutoiement. Interrupteur natif explicite, case au participe "
                   "('exclues'), liste déroulante comprise seulement par le titre. Leurres : conseiller IA, box du mois, "
                   "avis publics, parrainage. Masqué : display:none en ligne.",
             nav=[("Ma box", "/box", False), ("Mes flacons", "/flacons", False), ("Parrainage", "/parrainage", False),
                  ("Réglages", "/reglages", False), ("Vie privée", "#", True)],
             nav_label="Menu", search_label="Rechercher", search_ph="Un parfum, une note…", lang_label="Langue",
             account="Inès", menu=[("Mon abonnement", "/abonnement"), ("Factures", "/factures")], signout="Déconnexion",
             footer=[("FAQ", "/faq"), ("Confidentialité", "/confidentialite"), ("CGV", "/cgv")],
             copyright="Flacon SAS, Grasse", hide_class="fl-none")
    body = [
        P.section("Ton conseiller parfum",
                  P.switch("Discuter avec le conseiller IA", True, mode="labelledby",
                           help="Il te propose des parfums selon ce que tu lui racontes."),
                  P.cb("Conversations exclues de l'entraînement de l'IA", True, ai="i"),
                  P.cb("Utiliser mes notes de parfums pour améliorer l'IA de Flacon", True, ai="p", switch=True)),
        P.section("Apprentissage de notre IA olfactive",
                  P.select("Tes avis sur les échantillons", ["Peuvent être utilisés", "Ne peuvent pas être utilisés"], 0,
                           shar=[True, False], ai="h"),
                  intro="Elle apprend à rapprocher les parfums à partir des goûts de la communauté."),
        P.hide("display-none", lambda:
               P.cb("Partager mes avis avec les maisons de parfum pour entraîner leurs modèles", False, ai="p")),
        P.section("Ma box du mois",
                  P.segmented("Format", ["3 échantillons", "1 flacon 30 ml"], 0),
                  P.select("Famille préférée", ["Boisée", "Florale", "Gourmande", "Hespéridée"], 2),
                  P.button("Passer ce mois-ci")),
        P.section("Communauté",
                  P.cb("Rendre mes avis visibles", True),
                  P.cb("Afficher ma collection sur mon profil", False),
                  P.button("Inviter une amie")),
        P.section("Notifications",
                  P.cb("Quand ma box est expédiée", True),
                  P.cb("Nouveautés et éditions limitées", False),
                  P.cb("Rappel avant le prélèvement", True)),
        P.section("Paiement",
                  P.text("Point relais", "Relais Colis – Tabac du Port"),
                  P.button("Modifier ma carte"),
                  P.button("Enregistrer", cls="primary")),
    ]
    return P.build(*body)


def pages():
    return [yves_rocher(), melodie(), lisiere(), dermaclair(), flacon()]

from lib import Page

CH = dict(search_label="Rechercher", search_ph="Rechercher un produit", lang_label="Langue",
          account="Mon compte", menu=["Mes commandes", "Paramètres du compte", "Aide", "Se déconnecter"],
          footer=["Aide et contact", "Données personnelles", "Cookies", "Mentions légales", "CGV"],
          nav_label="Espace client")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


def pages():
    out = []

    # 1 ---- Carrefour (known) — aria-hidden — vous
    p = Page("fr", "carrefour-compte-donnees", "https://www.carrefour.fr/mon-compte/mes-donnees-personnelles",
             "Carrefour", "Mes données personnelles",
             ch(search_ph="Rechercher un produit, une marque…", account="Bonjour Claire",
                menu=["Mes commandes", "Ma carte Carrefour", "Mes listes", "Déconnexion"]),
             ["Mes informations", "Mes adresses", "Mes commandes", "Ma carte Carrefour", "*Mes données personnelles", "Mes abonnements"],
             known=True, idp="cf", hide_class="cf-masque",
             intro="Votre carte de fidélité nous renseigne sur vos achats. Choisissez ce que nous en faisons.")
    p.sec("Offres et avantages fidélité")
    p.cb("Recevoir des bons d'achat adaptés à mes courses", True, switch=True)
    p.cb("Cumuler automatiquement sur ma cagnotte", True, switch=True)
    p.select("Canal préféré pour mes offres", ["Application Carrefour", "E-mail", "SMS"], 0)
    p.sec("Entraînement de nos algorithmes",
          "Carrefour développe des outils d'intelligence artificielle (prévision des ventes, suggestions de produits). Vous pouvez y apporter vos données d'achat.")
    p.rgroup("Tickets de caisse liés à ma carte", ["Oui", "Non"], 1, ai="h", shares=[True, False])
    p.bsw("Utiliser mes listes de courses pour entraîner les modèles d'IA", True, mode="text", ai="p")
    p.begin_details("Autres réglages")
    p.cb("Exclure mes avis produits de l'apprentissage automatique", False, wrap=True, ai="i", inv=True)
    p.cb("Afficher mon prénom avec mes avis", True)
    p.end_details()
    p.begin_hidden("aria-hidden")
    p.cb("Partager mes données d'achat avec des partenaires pour l'entraînement d'IA", False, switch=True, ai="p")
    p.end_hidden()
    p.sec("Assistant Hopla")
    p.text("Notre assistant conversationnel vous aide à composer vos repas. Vos échanges servent uniquement à vous répondre et ne sont pas réutilisés pour l'entraîner.")
    p.cb("Activer Hopla dans l'application", True, switch=True)
    p.cb("Me prévenir des nouveautés de Hopla", False)
    p.sec("Publicité et mesure d'audience")
    p.cb("Publicités personnalisées sur les sites partenaires", False)
    p.cb("Mesure d'audience", True)
    p.cb("Ticket de caisse uniquement en version dématérialisée", True)
    p.sec("Sécurité")
    p.cb("Validation en deux étapes à la connexion", False, switch=True)
    p.btn("Gérer mes appareils")
    p.sec("Mes droits")
    p.btn("Télécharger mes données")
    p.btn("Supprimer mon compte", cls="danger")
    out.append(p)

    # 2 ---- Shopmium (known, cashback receipts) — visibility hidden — tu
    p = Page("fr", "shopmium-confidentialite", "https://www.shopmium.com/fr/compte/confidentialite", "Shopmium",
             "Confidentialité",
             ch(search_ph="Chercher une offre", account="Mon profil", menu=["Mes gains", "Parrainage", "Paramètres", "Déconnexion"],
                footer=["FAQ", "Politique de confidentialité", "CGU", "Nous contacter"]),
             ["Mes gains", "Mes offres", "Parrainage", "*Confidentialité", "Notifications", "Aide"], known=True, idp="sh",
             hide_class="sh-off", intro="Tu envoies la photo de ton ticket, on te rembourse. Voici ce qu'il advient ensuite de tes tickets.")
    p.sec("Remboursements")
    p.select("Mode de remboursement", ["Virement bancaire", "PayPal"], 0)
    p.cb("Conserver l'historique de mes tickets", True, switch=True)
    p.cb("Me rappeler les offres sur le point d'expirer", True, switch=True)
    p.sec("Pour améliorer la lecture des tickets par notre IA",
          "En nous laissant réutiliser tes photos, tu aides notre modèle de reconnaissance à apprendre les formats de tickets de nouvelles enseignes.")
    p.cb("Photos de mes tickets", False, ai="h")
    p.sec("Apprentissage automatique")
    p.row("Opposition à l'entraînement des modèles", "Activée", "Désactiver", True, mode="by", ai="i", inv=True)
    p.begin_hidden("inline-visibility-hidden")
    p.cb("Autoriser l'entraînement de modèles d'IA par nos marques partenaires", True, ai="p")
    p.end_hidden()
    p.sec("Utilisation de tes données")
    p.table("Tu choisis pour chaque usage", ["Shopmium", "Marques partenaires"],
            [("Offres personnalisées", [True, False]), ("Études de marché", [False, False]),
             ("Entraînement des modèles d'IA", [True, False])],
            ai_cells={(2, 0): ("p", False), (2, 1): ("p", False)}, corner="Usage")
    p.sec("Notifications")
    p.cb("Nouvelles offres", True, switch=True)
    p.cb("Remboursement validé", True, switch=True)
    p.sec("Compte")
    p.btn("Exporter mes données")
    p.btn("Fermer mon compte", cls="danger")
    out.append(p)

    # 3 ---- Panier Malin (invented, price comparison) — closed dialog — tu
    p = Page("fr", "paniermalin-preferences", "https://www.paniermalin.test/compte/preferences", "Panier Malin",
             "Préférences",
             ch(search_ph="Comparer un produit", account="Compte"),
             ["Mes paniers", "Alertes prix", "Magasins", "*Préférences", "Aide"], idp="pm", hide_class="pm-x",
             intro="Compare le prix de ton panier dans les magasins autour de toi.")
    p.sec("Comparateur")
    p.select("Rayon de recherche", ["5 km", "10 km", "25 km"], 1)
    p.cb("Inclure les drives", True)
    p.cb("Inclure les marques de distributeur", True)
    p.seg("Afficher les prix", ["Au kilo", "À l'unité"], 0, named="label")
    p.sec("Ton panier et l'IA")
    p.radios("Autoriser Panier Malin à entraîner ses modèles avec mes paniers enregistrés", ["Oui", "Non"], 0,
             ai="p", shares=[True, False])
    p.select("Participer au programme Panier+", ["Oui, avec mon historique complet", "Oui, sans mes magasins", "Non merci"], 2,
             ai="v", shares=[True, True, False],
             help="Panier+ réutilise l'historique des membres pour entraîner l'algorithme qui devine les produits équivalents d'une enseigne à l'autre.")
    p.sub("Données de géolocalisation",
          "Avec ton accord, les magasins où tu te rends servent aussi à entraîner notre modèle de prévision d'affluence.")
    p.cb("Magasins visités", True, switch=True, ai="h")
    p.begin_hidden("closed-dialog", opener="En savoir plus sur nos partenaires", title="Nos partenaires", closer="Fermer")
    p.cb("Transmettre mes paniers à des partenaires pour l'entraînement de leurs IA", False, switch=True, ai="p")
    p.end_hidden()
    p.sec("Alertes")
    p.cb("Alerte quand un produit suivi baisse", True)
    p.cb("Résumé hebdomadaire par e-mail", False)
    p.cb("Être informé des nouvelles fonctions d'IA", False)
    p.sec("Affichage")
    p.seg("Thème", ["Clair", "Sombre"], 0)
    p.cb("Contraste renforcé", False)
    p.sec("Compte")
    p.btn("Exporter mes paniers")
    p.btn("Supprimer mon compte", cls="danger")
    out.append(p)

    # 4 ---- Marché Express (invented, grocery delivery) — inactive tab panel — vous
    p = Page("fr", "marche-express-parametres", "https://client.marche-express.test/parametres/confidentialite",
             "Marché Express", "Paramètres de confidentialité",
             ch(search_ph="Fruits, crèmerie, épicerie…", account="Espace client"),
             ["Livraisons", "Commandes", "Moyens de paiement", "*Confidentialité", "Notifications", "Accessibilité"],
             idp="me", hide_class="me-cache")
    p.begin_hidden("inactive-tabpanel")
    p.begin_tabs(["Essentiel", "Options avancées"], "Catégories de réglages")
    p.tab_panel(0)
    p.sec("Personnalisation")
    p.cb("Suggestions de produits selon mes commandes", True, switch=True)
    p.cb("Remplacement automatique des articles manquants", False, switch=True)
    p.sec("Amélioration de nos services")
    p.cb("Faire progresser Marché Express", True, switch=True, ai="v",
         help="Vos commandes et vos évaluations de livreurs sont intégrées aux données qui entraînent nos modèles de prévision et de recommandation.")
    p.radios("Ne pas utiliser mes conversations avec le service client pour l'entraînement de l'IA",
             ["Activé", "Désactivé"], 0, ai="i", shares=[False, True])
    p.sub("Apprentissage sur vos photos de réclamation",
          "Les photos jointes à une réclamation peuvent servir à entraîner notre outil de détection des produits abîmés.")
    p.select("Photos de réclamation", ["Utiliser", "Ne pas utiliser"], 0, ai="h", shares=[True, False])
    p.tab_panel(1)
    p.cb("Entraîner l'IA avec l'historique de mes livraisons", True, ai="p")
    p.end_tabs()
    p.end_hidden()
    p.sec("Livraison")
    p.rgroup("En mon absence", ["Déposer devant la porte", "Laisser au gardien", "Reprogrammer"], 2)
    p.cb("Livraison sans sac plastique", True)
    p.sec("Notifications")
    p.cb("SMS à l'approche du livreur", True)
    p.cb("Promotions de la semaine", False)
    p.sec("Sécurité")
    p.btn("Ajouter une carte bancaire")
    p.sec("Accessibilité")
    p.cb("Réduire les animations", False)
    p.select("Taille des caractères", ["Standard", "Agrandie"], 0)
    p.btn("Modifier le mot de passe")
    p.btn("Déconnecter les autres appareils")
    out.append(p)

    # 5 ---- Fidelio (invented, loyalty card wallet) — hidden attribute — vous
    p = Page("fr", "fidelio-cartes-confidentialite", "https://app.fidelio.test/reglages/confidentialite", "Fidelio",
             "Réglages de confidentialité",
             ch(search_ph="Chercher une carte ou une enseigne", account="Mon espace"),
             ["Mes cartes", "Mes avantages", "Cartes partagées", "*Confidentialité", "Sécurité"], idp="fi", hide_class="fi-h",
             intro="Fidelio range toutes vos cartes de fidélité dans votre téléphone.")
    p.sec("Cartes")
    p.cb("Proposer la bonne carte quand je suis en magasin", True, switch=True)
    p.seg("Tri des cartes", ["Par usage", "Alphabétique"], 0)
    p.cb("Partager mes cartes avec mon foyer", False)
    p.sec("Intelligence artificielle")
    p.text("Le tri automatique de vos cartes se fait sur votre téléphone ; rien n'est envoyé pour entraîner un modèle.", cls="intro")
    p.cb("Tri intelligent", True, switch=True)
    p.bsw("Refuser que mes scans de cartes servent à entraîner la reconnaissance d'image", False, mode="by", ai="i", inv=True)
    p.seg("Partager mes statistiques d'usage", ["Oui", "Non"], 0, ai="v", shares=[True, False],
          help="Elles enrichissent le jeu de données d'entraînement de nos modèles de suggestion d'enseignes.")
    p.row("Analyse de mes tickets dématérialisés", "Inactive", "Activer", False, mode="suffix",
          suffix="l'analyse de mes tickets dématérialisés", ai="v",
          help="Une fois activée, les lignes de vos tickets alimentent l'apprentissage de notre moteur de catégorisation des dépenses.")
    p.begin_hidden("hidden-attribute")
    p.bsw("Licence de mes données à des tiers pour l'entraînement d'IA", True, mode="label", ai="p")
    p.end_hidden()
    p.sec("Notifications")
    p.cb("Rappel avant expiration d'un avantage", True)
    p.cb("Nouveautés Fidelio", False)
    p.sec("Sécurité")
    p.cb("Verrouiller l'application avec Face ID", True, switch=True)
    p.btn("Gérer les appareils connectés")
    p.sec("Accessibilité")
    p.cb("Luminosité maximale à l'affichage du code-barres", True)
    p.select("Taille du texte", ["Normale", "Grande", "Très grande"], 0)
    p.cb("Lire le numéro de carte à voix haute", False)
    p.btn("Télécharger mes données")
    p.btn("Supprimer toutes mes cartes", cls="danger")
    out.append(p)
    return out

from lib import Page


def fdj():
    p = Page("fr", "fdj-preferences",
             "https://www.fdj.fr/mon-compte/mes-preferences",
             "Mes préférences - FDJ", "FDJ", "Mes préférences",
             ["Mon compte", "Mes jeux", "Mes gains", "Mes préférences", "Jeu responsable", "Aide"],
             "Rechercher un jeu", "Langue", "Mon compte", ["Mon solde", "Mes informations", "Me déconnecter"],
             ["© FDJ – Jouer comporte des risques : endettement, isolement, dépendance. Pour être aidé, appelez le 09 74 75 13 13.",
              "Données personnelles", "Mentions légales", "Cookies", "Jeu responsable"],
             "Service connu (reconstitution). role=radiogroup vague (aide = entraînement), case à cocher plain, "
             "ligne d'état 'M'opposer' (inversée, pas d'opposition). Leurres : grilles Flash, alertes de gain, "
             "limites de mise. Caché : aria-hidden.",
             lead="Choisissez comment FDJ utilise les informations liées à vos prises de jeu.",
             known=True, hidecls="fdj-masque", sr="sr-only", nav_current=3, theme="loterie")
    s = p.sec("Mes jeux")
    s.cb("M'avertir par e-mail en cas de gain", True)
    s.cb("Recevoir le résultat des tirages Loto", True)
    s.sel("Mode de paiement des gains", ["Sur mon compte joueur", "Par virement"], 0)
    s.sw("Grilles Flash générées par l'assistant", True,
         help="Les numéros sont tirés au hasard à chaque demande ; rien n'est conservé ni utilisé pour entraîner l'assistant.")

    s = p.sec("Amélioration de nos services")
    s.rg("Participer à l'amélioration de nos services", ["Oui", "Non"], 0, yes=[0], ai="v",
         help="Vos prises de jeu, sans votre nom, servent à entraîner nos modèles d'apprentissage automatique.")
    s.cb("Autoriser FDJ à utiliser mes prises de jeu pour entraîner ses modèles d'IA", False, ai="p")
    s.state("Opposition à l'entraînement des modèles", "Vous ne vous êtes pas opposé", "M'opposer", sharing=True,
            suffix="à l'utilisation de mes données pour l'entraînement de l'IA", ai="i")
    s.cb("Mesure d'audience du site", True,
         help="Statistiques de fréquentation uniquement, jamais utilisées pour entraîner des modèles.")

    s = p.sec("Programme pilote", hide="aria")
    s.sw("Entraîner le modèle de détection du jeu excessif avec mes sessions", True, ai="p")

    s = p.sec("Jeu responsable")
    s.sel("Limite de mise hebdomadaire", ["50 €", "100 €", "200 €", "Sans limite"], 1)
    s.sel("Limite d'approvisionnement", ["100 €", "300 €", "500 €"], 0)
    s.btn("Faire une pause")

    s = p.sec("Communications")
    s.cb("Offres et actualités par e-mail", False)
    s.cb("Offres par SMS", False)
    s.btn("Télécharger mes données")

    s = p.sec("Connexion")
    s.sw("Connexion par empreinte digitale", True)
    s.cb("M'alerter en cas de connexion depuis un nouvel appareil", True)
    return p


def tapisvert():
    p = Page("fr", "tapisvert-confidentialite",
             "https://www.tapisvert-poker.test/compte/confidentialite",
             "Confidentialité — Tapis Vert Poker", "Tapis Vert Poker", "Confidentialité",
             ["Profil", "Caisse", "Tournois", "Confidentialité", "Jeu responsable", "Support"],
             "Rechercher une table", "Langue", "Mon profil", ["Historique des mains", "Bonus", "Déconnexion"],
             ["Tapis Vert Poker (service fictif). Interdit aux moins de 18 ans.", "Conditions", "Confidentialité", "Contact"],
             "Poker fictif. Tableau ligne × colonne sous le titre 'Entraînement de nos modèles' (heading-only), "
             "bouton switch nommé par son texte (inversé : exclure). Leurres : coach IA, pseudo visible, chat. "
             "Caché : visibility:hidden.",
             hidecls="tv-off", sr="visually-hidden", nav_current=3, theme="poker")
    s = p.sec("À la table")
    s.sw("Afficher mon pseudo aux autres joueurs", True)
    s.sw("Chat de table", True)
    s.sel("Vitesse des animations", ["Normale", "Rapide", "Désactivées"], 1)
    s.cb("Muck automatique des mains perdantes", True)

    s = p.sec("Coach IA")
    s.sw("Activer les conseils du coach IA pendant les tournois gratuits", False,
         help="Le coach analyse la main en cours sur ton appareil. Il n'apprend pas de tes mains.")

    s = p.sec("Entraînement de nos modèles",
              intro="On améliore nos modèles d'IA (détection de bots, équilibrage des tables) avec l'historique des joueurs. Tu choisis ce qui peut y servir.")
    s.table("Tes données", ["Nos modèles", "Modèles de nos partenaires"], ["Historique des mains"],
            [[True, False]], ai_cols={0: ("h", False), 1: ("h", False)})
    s.bsw("Exclure mes mains de cash game de l'entraînement", True, by="text", ai="i")

    s = p.sec("Nouveautés", hide="visibility")
    s.sw("Entraîner l'IA de placement aux tables avec mes parties", True, ai="p")

    s = p.sec("Jeu responsable")
    s.sel("Limite de dépôt", ["Journalière", "Hebdomadaire", "Mensuelle"], 1)
    s.btn("M'auto-exclure")

    s = p.sec("Compte")
    s.cb("Newsletter des tournois", True)
    s.cb("Offres de nos partenaires", False)
    s.btn("Exporter mon historique")
    s.btn("Fermer mon compte")

    s = p.sec("Affichage")
    s.sel("Thème de la table", ["Feutre vert", "Bleu nuit"], 0)
    s.sw("Afficher les montants en big blinds", False)
    return p


def liguedereve():
    p = Page("fr", "liguedereve-donnees",
             "https://app.liguedereve.test/parametres/donnees",
             "Paramètres · Ligue de Rêve", "Ligue de Rêve", "Tes données",
             ["Mes ligues", "Mercato", "Classements", "Paramètres", "Notifications", "Aide"],
             "Chercher un joueur", "Langue", "Compte", ["Mon équipe", "Parrainage", "Se déconnecter"],
             ["Ligue de Rêve (fictif). Fantasy football gratuit.", "CGU", "Confidentialité", "Nous contacter"],
             "Fantasy sport fictif. Groupe aria-pressed (plain), select vague avec aide, case role=switch sous un "
             "titre 'Entraînement des modèles de prévision' (heading-only). Leurres : conseiller de transferts, "
             "visibilité du profil. Caché : <dialog> fermé.",
             hidecls="ldr-hidden", sr="sr-only", nav_current=3, theme="fantasy")
    s = p.sec("Profil")
    s.sw("Profil visible dans les ligues publiques", True)
    s.inp("Nom de ton équipe", "Les Crampons d'Or")
    s.sel("Championnat par défaut", ["Ligue 1", "Premier League", "Liga"], 0)

    s = p.sec("IA de Ligue de Rêve")
    s.seg("Utiliser mes compositions pour entraîner l'IA de Ligue de Rêve", ["Oui", "Non"], 0, yes=[0], ai="p")
    s.sel("Contribution à la recherche", ["Aucune", "Statistiques anonymes", "Statistiques et historique complet"], 0,
          yes=[1, 2], ai="v", help="Ces informations servent à entraîner nos modèles de prévision de points.")
    s.sw("Conseiller de transferts", True,
         help="Les conseils sont calculés à partir des stats publiques des joueurs.")
    d = s.dialog("Options avancées", "Options avancées", close="Fermer")
    d.cb("Partager mes mini-ligues privées pour l'entraînement des modèles", True, ai="p")

    s = p.sec("Entraînement des modèles de prévision")
    s.sw("Mes transferts et capitanats", True, ai="h")

    s = p.sec("Notifications")
    s.cb("Rappel avant la clôture des compositions", True)
    s.cb("Résultats de la journée", True)
    s.cb("Messages de ma ligue", False)

    s = p.sec("Compte")
    s.btn("Changer mon mot de passe")
    s.btn("Télécharger mes données")
    s.btn("Supprimer mon compte")

    s = p.sec("Affichage")
    s.sel("Thème", ["Clair", "Sombre", "Système"], 2)
    s.sw("Afficher les cotes des matchs", False)
    return p


def marelle():
    p = Page("fr", "marelle-preferences",
             "https://www.marelle-fidelite.test/mon-espace/preferences",
             "Mes préférences | Carte Marelle", "Carte Marelle", "Mes préférences de fidélité",
             ["Ma cagnotte", "Mes bons", "Mes tickets", "Préférences", "Mon foyer", "Magasins"],
             "Rechercher", "Langue", "Bonjour Claire", ["Ma carte", "Mes coordonnées", "Déconnexion"],
             ["Carte Marelle (enseigne fictive).", "Politique de confidentialité", "Règlement du programme", "Accessibilité"],
             "Supermarché fictif. Fieldset radio inversé (exclure mon foyer), bouton switch aria-labelledby sous le "
             "titre 'Apprentissage automatique' (heading-only), case à cocher plain dans un <details> fermé (carte "
             "secondaire). Leurres : liste de courses IA, tickets dématérialisés. Caché : onglet inactif.",
             hidecls="mr-hide", sr="sr-only", nav_current=3, theme="supermarché")
    tabs = p.tabs(["Général", "Laboratoire"], label="Catégories de préférences")
    t = tabs[0]
    t.sw("Ticket de caisse dématérialisé", True)
    t.cb("Cagnotte convertie automatiquement en bon d'achat", True)
    t.sel("Magasin principal", ["Marelle Nantes Centre", "Marelle Rezé", "Marelle Drive"], 0)
    t = tabs[1]
    t.cb("Tester l'entraînement des prévisions de stock avec mes achats", True, ai="p")

    s = p.sec("Offres")
    s.cb("Bons personnalisés par e-mail", True)
    s.cb("Catalogue papier", False)
    s.sw("Liste de courses suggérée par l'IA", True,
         help="Suggestions calculées à partir de vos derniers tickets, à la demande. Elles ne servent pas à entraîner de modèle.")

    s = p.sec("Vos achats et nos algorithmes")
    s.radio("Exclure mon foyer de l'entraînement des algorithmes", ["Oui, exclure mon foyer", "Non"], 1,
            yes=[1], ai="i")

    s = p.sec("Apprentissage automatique",
              intro="Nos modèles apprennent des achats des clients pour prévoir les ruptures et composer les promotions.")
    s.bsw("Tickets de caisse", False, by="lbl", ai="h")
    s.bsw("Achats au drive", True, by="lbl", ai="h")

    d = p.details("Carte secondaire de Léa")
    d.cb("Autoriser l'utilisation des achats de Léa pour entraîner nos modèles d'IA", False, ai="p")
    d.cb("Cumuler sa cagnotte sur ma carte", True)

    s = p.sec("Mes données")
    s.btn("Télécharger mes données")
    s.btn("Supprimer ma carte")

    s = p.sec("Mon foyer")
    s.inp("Nombre de personnes dans le foyer", "3", type="number")
    s.cb("Recevoir mes bons par SMS", False)
    s.sw("Afficher ma cagnotte sur l'écran d'accueil", True)
    return p


def lumen():
    p = Page("fr", "lumen-vie-privee",
             "https://avantages.pharmacie-lumen.test/compte/vie-privee",
             "Vie privée – Lumen Avantages", "Pharmacie Lumen", "Vie privée",
             ["Mes avantages", "Mes achats", "Mes ordonnances", "Vie privée", "Ma pharmacie", "Aide"],
             "Rechercher un produit", "Langue", "Mon espace", ["Ma carte", "Mes rendez-vous", "Déconnexion"],
             ["Pharmacie Lumen – programme Lumen Avantages (fictif).", "Données de santé", "Mentions légales", "Contact"],
             "Pharmacie fictive. Case role=switch vague avec texte voisin (sans aria-describedby), role=radiogroup "
             "inversé (protéger), ligne d'état aria-labelledby (plain, désactivé). Leurres : rappel de vaccin, "
             "chatbot conseil. Caché : attribut hidden.",
             hidecls="lm-cache", sr="visually-hidden", nav_current=3, theme="pharmacie")
    s = p.sec("Rappels")
    s.cb("Rappel de renouvellement d'ordonnance", True)
    s.cb("Rappel de vaccination", False)
    s.sel("Canal préféré", ["SMS", "E-mail", "Notification"], 0)

    s = p.sec("Améliorer Lumen")
    s.sw("Aider à améliorer Lumen", True, ai="v", desc=False,
         help="Vos achats de parapharmacie et vos points nous servent à entraîner nos modèles d'intelligence artificielle.")
    s.rg("Protéger mes données de santé de l'entraînement des modèles", ["Activé", "Désactivé"], 0, yes=[1], ai="i")
    s.sw("Conseiller en ligne", True,
         help="Le conseiller répond à partir de notre base de fiches produits. Vos échanges sont effacés au bout de 30 jours et ne servent pas à l'entraîner.")
    s.state("Entraînement de l'IA avec vos achats", "Désactivé", "Activer", sharing=False, by="lbl", ai="p")

    s = p.sec("Bêta", hide="hidden")
    s.cb("Utiliser mes ordonnances pour entraîner l'assistant de délivrance", True, ai="p")

    s = p.sec("Communication")
    s.cb("Offres par e-mail", True)
    s.cb("Offres de nos laboratoires partenaires", False)
    s.sw("Bons sur mon ticket", True)
    s.btn("Télécharger mes données")
    s.btn("Clôturer mon compte fidélité")

    s = p.sec("Sécurité")
    s.sw("Validation en deux étapes", True)
    s.sel("Afficher ma carte sous forme de", ["Code-barres", "QR code"], 0)
    s.cb("M'informer des nouveaux services de ma pharmacie", False)
    return p


def pages():
    return [fdj(), tapisvert(), liguedereve(), marelle(), lumen()]

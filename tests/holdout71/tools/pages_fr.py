from lib import Page


def mk(name, url, brand, title, notes, nav, tu=False, **kw):
    d = dict(search=("Rechercher", "Rechercher un réglage" if not tu else "Rechercher…"), lang_label="Langue",
             account="Mon compte",
             menu=[("Profil", "/profil"), ("Mes appareils", "/appareils"), ("Se déconnecter", "/deconnexion")],
             footer=f"© 2025 {brand} — Mentions légales · Confidentialité · Cookies")
    d.update(kw)
    return Page("fr", name, url, brand=brand, title=title, notes=notes, nav=nav, **d)


def withings():
    p = mk("withings-confidentialite", "https://healthmate.withings.com/fr/settings/privacy", "Withings",
           "Confidentialité",
           "Service connu (reconstitution). Interrupteur vague dont l'aide parle d'entraîner les modèles, tableau dont "
           "seule la légende parle d'entraînement, radiogroup (aria-label) inversé « M'opposer ». Masqué : bloc "
           "aria-hidden. Leurres : ECG à la demande, partage avec le médecin, objectifs.",
           [("Tableau de bord", "/fr/dashboard", False), ("Appareils", "/fr/devices", False), ("Confidentialité", "/fr/settings/privacy", True),
            ("Abonnement Withings+", "/fr/plus", False)], known=True, account="Camille D.")
    p.sec("Partage", "Choisissez avec qui vos mesures sont partagées.")
    p.sw("Partager mes mesures avec mon médecin", False)
    p.sw("Synchroniser avec Apple Santé", True)
    p.select("Qui peut voir mes badges", ["Mes proches", "Personne"], 0)
    p.sec("Fonctions santé")
    p.sw("ECG à la demande", True, help="L'analyse est réalisée par un algorithme certifié ; vos tracés ne sont pas utilisés pour l'entraîner.")
    p.sw("Détection des apnées du sommeil", True)
    p.select("Objectif de pas quotidien", ["6 000", "8 000", "10 000"], 2)
    p.sec("Recherche et développement")
    p.sw("Participer au programme Withings Insights", True, ai="v",
         help="Vos mesures d'ECG et de fréquence cardiaque, pseudonymisées, servent à entraîner nos modèles de "
              "détection de la fibrillation atriale.")
    p.table("Données pouvant servir à l'entraînement de nos modèles d'IA", [("Autorisé", "h")],
            [("Sommeil", [False]), ("Poids et composition corporelle", [True])], corner="Type de donnée")
    p.rgroup("M'opposer à l'utilisation de mes données pour l'apprentissage automatique", ["Oui", "Non"], 0,
             ai="i", share=[False, True], mode="label")
    with p.hidden("aria", "Programme pilote"):
        p.cb("Utiliser mes relevés de tension pour entraîner le modèle d'hypertension", True)
    p.sec("Communications")
    p.cb("Conseils santé hebdomadaires", True)
    p.cb("Offres et nouveautés Withings", False)
    p.btn("Télécharger mes données")
    p.btn("Supprimer mon compte")
    p.select("Unités", ["Métriques", "Impériales"], 0)
    p.cb("Rappel de pesée", True)
    return p


def parrot():
    p = mk("parrot-compte-confidentialite", "https://www.parrot.com/fr/compte/confidentialite", "Parrot",
           "Confidentialité et données de vol",
           "Service connu (reconstitution). Ligne d'état nommée par aria-labelledby (bouton + titre), boutons "
           "segmentés inversés « Exclure ». Masqué : visibility:hidden. Leurres : suivi automatique par IA embarquée, "
           "zones de vol, partage SkyController.",
           [("Mes drones", "/fr/compte/drones", False), ("FreeFlight", "/fr/compte/freeflight", False),
            ("Confidentialité", "/fr/compte/confidentialite", True), ("Garantie", "/fr/compte/garantie", False)],
           known=True, account="Espace client")
    p.sec("Synchronisation")
    p.sw("Synchroniser les journaux de vol avec le cloud Parrot", True)
    p.select("Durée de conservation", ["6 mois", "2 ans", "Jusqu'à suppression"], 1)
    p.sw("Importer automatiquement les photos sur le téléphone", True)
    p.sec("Assistance au pilotage")
    p.sw("Suivi automatique de la cible", True, help="Réalisé par l'IA embarquée du drone, sans envoi d'images.")
    p.sw("Alertes de zones réglementées", True)
    p.select("Altitude maximale", ["50 m", "120 m", "150 m"], 1)
    p.sec("Amélioration de nos produits")
    p.state("Partage des vidéos de vol pour l'entraînement de l'IA", "Activé", "Désactiver", ai="p", sharing=True, mode="by")
    p.seg("Exclure mes journaux de vol de l'entraînement des modèles", ["Oui", "Non"], 0, ai="i", share=[False, True])
    with p.hidden("visibility", "Cartographie"):
        p.sw("Utiliser mes relevés photogrammétriques pour entraîner nos modèles 3D", False)
    p.cb("Envoyer les rapports de plantage de l'application", True)
    p.sec("Communications")
    p.cb("Lettre d'information Parrot", False)
    p.cb("Alertes de mise à jour du firmware", True)
    p.cb("Invitations aux bêtas FreeFlight", False)
    p.btn("Exporter mes journaux de vol")
    p.btn("Dissocier un drone")
    p.select("Unités de vitesse", ["km/h", "m/s", "mph"], 0)
    p.sw("Retour automatique si batterie faible", True)
    return p


def oxalis():
    p = mk("oxalis-mes-donnees", "https://app.oxalis-bague.test/compte/donnees", "Oxalis",
           "Mes données",
           "Bague connectée inventée (tutoiement). Case à cocher explicite, liste déroulante vague dont l'aide dit que "
           "Standard et Complet entraînent les modèles, deux interrupteurs bouton (aria-label) dans un <details> fermé "
           "dont seul le titre de section parle d'IA. Masqué : <dialog> fermé. Leurres : coach IA, suivi du cycle, amis.",
           [("Aujourd'hui", "/", False), ("Tendances", "/tendances", False), ("Mes données", "/compte/donnees", True),
            ("Bague", "/bague", False)], tu=True, account="Léa")
    p.sec("Coach Oxalis")
    p.sw("Activer le coach", True, help="Le coach te propose des conseils à partir de tes tendances. Il tourne sur ton téléphone.")
    p.select("Heure du bilan du matin", ["6 h 30", "7 h 00", "8 h 00"], 1)
    p.sw("Suivi du cycle", True)
    p.sec("Partage")
    p.select("Niveau de partage", ["Minimal", "Standard", "Complet"], 1, ai="v", share=[False, True, True],
             help="Aux niveaux Standard et Complet, tes relevés de température et de variabilité cardiaque servent à "
                  "entraîner nos modèles de prédiction. Minimal : on garde seulement ce qu'il faut pour que la bague fonctionne.")
    p.cb("Utiliser mes données de sommeil pour entraîner les modèles d'IA d'Oxalis", False, ai="p")
    p.cb("Partager mon score de forme avec mes amis", True)
    p.sec("Apprentissage automatique", "Tu peux nous laisser utiliser certaines de tes données pour entraîner l'IA du coach Oxalis.")
    with p.details("Choisir les données"):
        p.bsw("Fréquence cardiaque nocturne", True, ai="h", mode="label")
        p.bsw("Journal d'humeur", False, ai="h", mode="label")
    with p.hidden("dialog", "Programme bêta"):
        p.sw("Envoyer mes enregistrements de ronflement pour entraîner la détection", True)
    p.sec("Notifications")
    p.cb("Rappel pour l'heure du coucher", True)
    p.cb("Batterie faible", True)
    p.cb("Nouveautés et promos", False)
    p.btn("Exporter mes données")
    p.btn("Supprimer mon historique")
    p.sw("Mode avion la nuit", False)
    p.select("Unités de température", ["°C", "°F"], 0)
    p.cb("Afficher mon prénom dans le classement entre amis", True)
    return p


def trottix():
    p = mk("trottix-vie-privee", "https://compte.trottix.test/parametres/vie-privee", "Trottix",
           "Vie privée",
           "Trottinette électrique inventée (vouvoiement). Fieldset dont seul le titre de section parle "
           "d'entraînement, interrupteur (role=switch) inversé « Ne pas utiliser ». Masqué : onglet inactif. "
           "Leurres : détection de chute comme fonction, verrouillage, itinéraires.",
           [("Ma trottinette", "/trottinette", False), ("Trajets", "/trajets", False), ("Vie privée", "/parametres/vie-privee", True),
            ("Aide", "/aide", False)])
    with p.tabs(["Général", "Expérimental"]) as panel:
        with panel(0):
            p.sec("Sécurité")
            p.sw("Verrouillage automatique à l'arrêt", True)
            p.sw("Détection de chute", True, help="En cas de chute, l'application propose d'appeler un proche.")
            p.select("Vitesse maximale", ["20 km/h", "25 km/h"], 1)
            p.sec("Navigation")
            p.sw("Itinéraires évitant les grands axes", False)
            p.cb("Ne pas utiliser mes trajets pour améliorer l'IA de navigation", False, ai="i", switch=True)
            p.sec("Entraînement de nos modèles d'IA",
                  "Nous aimerions utiliser les données de conduite de votre trottinette (accélérations, freinages, "
                  "inclinaison) pour entraîner notre détection de chute.")
            p.radios("Données de conduite", ["Partager", "Ne pas partager"], 0, ai="h", share=[True, False])
            p.sec("Communications")
            p.cb("Récapitulatif mensuel", True)
            p.cb("Offres des partenaires", False)
            p.cb("Rappels d'entretien", True)
        with panel(1):
            p.sw("Partager les vidéos de la caméra de guidon pour entraîner l'IA", False)
    p.btn("Télécharger mes trajets")
    p.btn("Retirer la trottinette du compte")
    p.select("Unité de distance", ["Kilomètres", "Miles"], 0)
    p.cb("Partager ma position avec un proche pendant le trajet", False)
    p.sw("Klaxon sonore au démarrage", True)
    return p


def krill():
    p = mk("krill-confidentialite", "https://cloud.krill-cam.test/reglages/confidentialite", "Krill",
           "Confidentialité",
           "Caméra d'action inventée (vouvoiement). Interrupteur bouton nommé par aria-labelledby, tableau avec une "
           "colonne « Entraînement de l'IA » à côté de la sauvegarde cloud. Masqué : attribut hidden. Leurres : "
           "montage automatique par IA, stabilisation, liens publics.",
           [("Médiathèque", "/medias", False), ("Caméras", "/cameras", False), ("Abonnement", "/abonnement", False),
            ("Confidentialité", "/reglages/confidentialite", True)], account="Compte")
    p.sec("Montage")
    p.sw("Montages automatiques", True, help="Notre IA choisit vos meilleurs moments. Vos vidéos ne servent pas à l'entraîner.")
    p.select("Musique des montages", ["Bibliothèque Krill", "Aucune"], 0)
    p.sw("Stabilisation dans le cloud", True)
    p.sec("Partage")
    p.select("Visibilité des liens partagés", ["Toute personne ayant le lien", "Comptes Krill invités"], 1)
    p.cb("Autoriser le téléchargement depuis un lien", False)
    p.sec("Vos contenus et nos modèles")
    p.bsw("Autoriser Krill à entraîner ses modèles d'IA avec mes vidéos", False, ai="p", mode="by", vis="Désactivé")
    p.table("Usage de vos données", [("Sauvegarde cloud", None), ("Entraînement de l'IA", "p")],
            [("Vidéos", [True, False]), ("Données GPS et capteurs", [True, True])], corner="Données")
    with p.hidden("hidden", "Ancien réglage"):
        p.cb("Contribuer à l'entraînement de la reconnaissance de scènes", True)
    p.sec("Notifications")
    p.cb("Fin de téléversement", True)
    p.cb("Espace de stockage presque plein", True)
    p.cb("Promotions", False)
    p.btn("Exporter ma médiathèque")
    p.select("Qualité de sauvegarde", ["Originale", "Compressée"], 0)
    p.sw("Sauvegarde uniquement en Wi-Fi", True)
    p.cb("Supprimer de la caméra après sauvegarde", False)
    return p


def pages():
    return [withings(), parrot(), oxalis(), trottix(), krill()]

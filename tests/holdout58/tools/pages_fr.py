from lib import Page


def renault():
    p = Page("fr", "myrenault-donnees", "My Renault", "https://myr.renault.fr/mon-compte/donnees-personnelles.html",
             "Mes données personnelles – My Renault", "Renault",
             ["Mon véhicule", "Entretien", "Recharge", "Services connectés", "Mes données personnelles", "Mes documents"],
             active="Mes données personnelles", known=True, account="Mon compte",
             notes="Service connu (reconstruction). Case à cocher niée 'Ne pas utiliser...' non cochée (= true) ; interrupteur aria-labelledby "
                   "explicite désactivé (= false) ; liste déroulante au nom vague dont l'aide parle d'entraînement (données complètes = true). "
                   "Leurres : géolocalisation, planificateur d'itinéraire, assistant vocal qui n'apprend pas, offres du concessionnaire, rappels "
                   "d'entretien, téléchargement. Masqué : case dans un bloc aria-hidden.",
             h1="Mes données personnelles",
             lead="Votre Renault connectée échange des données avec nos services. Vous gardez la main sur leur utilisation.")
    p.section("Services connectés")
    p.switch("Géolocalisation du véhicule", True, help="Nécessaire pour retrouver votre véhicule et pour l'assistance en cas de panne.")
    p.switch("Planificateur d'itinéraire avec recharge", True,
             help="Calcule vos arrêts recharge selon l'autonomie restante et la disponibilité des bornes.")
    p.switch("Assistant vocal", True,
             help="Vos demandes sont traitées pour y répondre puis effacées ; elles ne servent pas à entraîner l'assistant.")
    p.select("Fréquence de remontée de l'état de charge", ["En temps réel", "Toutes les heures", "À l'arrêt uniquement"], 0)
    p.end()
    p.section("Intelligence artificielle")
    p.checkbox("Ne pas utiliser mes données de conduite pour entraîner les modèles d'IA de Renault", False, variant="row",
               lab=("i", True))
    p.switch("Partager les données de mon véhicule pour améliorer les algorithmes d'intelligence artificielle", False,
             lab=("p", False))
    p.select("Contribution à l'amélioration des services", ["Désactivée", "Données anonymisées", "Données complètes"], 2,
             lab=("v", True),
             help="Les données choisies servent à entraîner les modèles qui prévoient l'autonomie et l'usure de la batterie.")
    p.hide("aria-hidden")
    p.checkbox("Utiliser mes enregistrements vocaux pour entraîner l'assistant", False, lab=("p", False), cid="voice-train-old")
    p.end()
    p.end()
    p.section("Communication")
    p.checkbox("Recevoir les offres de mon concessionnaire", False, variant="wrap")
    p.checkbox("Rappels d'entretien par SMS", True, variant="wrap")
    p.checkbox("Lettre d'information Renault", False, variant="wrap")
    p.select("Mon concessionnaire de référence", ["Renault Lyon Sud", "Renault Villeurbanne", "Renault Bron"], 0)
    p.end()
    p.section("Vos droits", intro="Vous pouvez obtenir une copie de vos données ou demander leur suppression.")
    p.buttons("Télécharger mes données", "Supprimer mon compte")
    p.end()
    p.section("Applications connectées")
    p.state_row("Android Auto", "Connectée", "Déconnecter", suffix=" Android Auto")
    p.state_row("Mobilize Charge Pass", "Connectée", "Déconnecter", suffix=" Mobilize Charge Pass")
    p.end()
    p.button("Enregistrer", typ="submit")
    return p


def dumoulin():
    p = Page("fr", "garages-dumoulin-preferences", "Garages Dumoulin (réseau de garages)",
             "https://espace-client.garages-dumoulin.test/preferences",
             "Mes préférences – Garages Dumoulin", "Garages Dumoulin",
             ["Mes rendez-vous", "Mes véhicules", "Factures", "Carnet d'entretien", "Préférences"],
             active="Préférences", account="M. Lefebvre",
             notes="Réseau de garages inventé. Tableau dont la légende parle de l'apprentissage du chiffrage : cases nommées 'ligne + J'accepte' "
                   "(une true, une false). Ligne d'état : opposition déjà enregistrée avec bouton 'Retirer mon opposition' (= false). Leurres : "
                   "diagnostic assisté par IA sans apprentissage, rappels contrôle technique, véhicule de courtoisie, offres pneus. "
                   "Masqué : case dans une ligne visibility:hidden.",
             h1="Préférences")
    p.section("Rendez-vous et rappels")
    p.checkbox("Me rappeler le contrôle technique", True, variant="wrap")
    p.checkbox("Me rappeler la révision annuelle", True, variant="wrap")
    p.select("Garage habituel", ["Dumoulin Nantes Est", "Dumoulin Rezé", "Dumoulin Saint-Herblain"], 0)
    p.checkbox("Demander un véhicule de courtoisie par défaut", False, variant="wrap")
    p.textfield("Téléphone portable", "06 12 34 56 78", typ="tel")
    p.end()
    p.section("Outils d'aide au diagnostic")
    p.switch("Diagnostic assisté par IA", True,
             help="Nos techniciens s'appuient sur un outil qui propose des pistes de panne à partir des codes défaut. L'outil n'apprend pas de votre véhicule.")
    p.end()
    p.section("Apprentissage de notre outil de chiffrage automatique",
              intro="Pour estimer plus vite le coût d'une réparation, notre outil apprend à partir de dossiers réels. Indiquez ce que nous pouvons lui fournir.")
    p.table("Données utilisées pour l'apprentissage", "Vos données", ["J'accepte"], [
        ("Photos de mon véhicule", [(True, ("h", True))]),
        ("Devis et factures", [(False, ("h", False))]),
    ])
    p.hide("visibility-hidden", cls="row")
    p.checkbox("Comptes rendus d'expertise", False, lab=("h", False), cid="expertise-learn")
    p.end()
    p.end()
    p.section("Vos échanges avec l'atelier")
    p.state_row("Opposition à l'entraînement de l'IA sur vos échanges avec l'atelier", "Enregistrée le 12/02/2025",
                "Retirer mon opposition", suffix=" à l'entraînement de l'IA sur mes échanges",
                desc="Appels et messages échangés avec nos conseillers.", lab=("i", False))
    p.checkbox("Recevoir une copie des échanges par e-mail", True, variant="row")
    p.end()
    p.section("Offres")
    p.checkbox("Offres pneumatiques de saison", False, variant="wrap")
    p.checkbox("Promotions sur l'entretien", False, variant="wrap")
    p.end()
    p.section("Paiement", intro="Réglez vos interventions en ligne avant de récupérer votre véhicule.")
    p.select("Carte enregistrée", ["Mastercard •• 2207", "Aucune"], 0)
    p.buttons("Ajouter une carte", "Télécharger mes factures")
    p.end()
    p.buttons("Annuler", "Enregistrer mes préférences")
    return p


def bornego():
    p = Page("fr", "bornego-confidentialite", "BornéGo (recharge)", "https://app.bornego.test/compte/confidentialite",
             "Confidentialité · BornéGo", "BornéGo",
             ["Carte", "Mes recharges", "Abonnement", "Badges", "Confidentialité", "Aide"],
             active="Confidentialité", account="Léa", search_ph="Une borne, une ville…",
             notes="Réseau de recharge inventé (tutoiement). Interrupteur à contenu texte 'Exclure mes recharges de l'entraînement' activé (= false) ; "
                   "groupe role=radiogroup 'Ta localisation précise' compréhensible par le titre de section (arrondie = true) ; case explicite dans un "
                   "<details> fermé (cochée = true). Leurres : itinéraire IA sans apprentissage, notifications, badge, statistiques non utilisées pour "
                   "l'entraînement. Masqué : case dans un <dialog> fermé.",
             h1="Confidentialité", lead="Tes recharges t'appartiennent. Voici ce qu'on en fait, et comment changer d'avis.")
    p.section("Nos modèles de prévision d'affluence",
              intro="Ils apprennent à partir des recharges de toute la communauté pour t'indiquer quand une borne risque d'être occupée.")
    p.radios("Ta localisation précise", ["Incluse", "Arrondie au quartier", "Jamais incluse"], 1, mode="radiogroup",
             lab=("h", True))
    p.switch("Exclure mes recharges de l'entraînement de nos modèles", True, mode="text", lab=("i", False))
    p.details("Plus d'options")
    p.checkbox("Autoriser l'utilisation de mes sessions de recharge pour entraîner notre IA de prévision de prix", True,
               variant="row", lab=("p", True))
    p.checkbox("Statistiques d'usage de l'appli", True, variant="row",
               help="Pages vues et plantages. Ces statistiques ne servent à entraîner aucun modèle.")
    p.end()
    p.dialog("Données partagées avec nos partenaires", "Partenaires")
    p.checkbox("Permettre aux gestionnaires de réseau d'entraîner leurs modèles sur mes recharges", False, lab=("p", False),
               cid="dso-train")
    p.dialog_buttons("Fermer")
    p.end()
    p.end()
    p.section("Recharge")
    p.switch("Itinéraire intelligent", True,
             help="Propose des arrêts recharge sur ton trajet. Le calcul se fait à la demande, rien n'est conservé.")
    p.checkbox("Arrêter la charge à 80 %", False, variant="wrap")
    p.checkbox("M'avertir quand ma voiture est chargée", True, variant="wrap")
    p.checkbox("M'avertir avant les frais d'occupation", True, variant="wrap")
    p.end()
    p.section("Badge et paiement")
    p.select("Moyen de paiement", ["Carte Visa •• 8812", "Apple Pay", "Prélèvement SEPA"], 0)
    p.buttons("Commander un badge", "Bloquer mon badge", "Exporter mes recharges")
    p.end()
    p.section("Sécurité")
    p.switch("Connexion avec Face ID", True)
    p.buttons("Changer mon mot de passe", "Me déconnecter de tous les appareils")
    p.end()
    return p


def stationeo():
    p = Page("fr", "stationeo-parametres", "Stationeo (stationnement)", "https://www.stationeo.test/mon-compte/parametres",
             "Paramètres du compte | Stationeo", "Stationeo",
             ["Stationner", "Mes véhicules", "Abonnements résidents", "Paiement", "Paramètres"],
             active="Paramètres", account="Mon compte",
             notes="Appli de stationnement inventée. Onglets : l'onglet actif 'Données et IA' contient une case au nom vague dont l'aide liée "
                   "(aria-describedby) parle d'entraînement (non cochée = false), un interrupteur natif role=switch 'Refus de l'apprentissage "
                   "automatique...' (désactivé = true), un groupe segmenté explicite (Activé = true). Leurres : prédiction de places (sans "
                   "apprentissage sur vos données), rappels, partage de ticket, carte grise. Masqué : case dans l'onglet inactif 'Notifications'.",
             h1="Paramètres")
    p.tabs(["Général", "Données et IA", "Notifications"], active=1)
    p.tabpanel(0)
    p.select("Véhicule par défaut", ["AB-123-CD (Clio)", "EF-456-GH (Kangoo)"], 0)
    p.end()
    p.tabpanel(1)
    p.section("Programme d'amélioration")
    p.checkbox("Participer au programme Stationeo Lab", False, variant="wrap", lab=("v", False),
               help="Vos trajets et vos durées de stationnement servent à entraîner nos algorithmes de prédiction de places libres.")
    p.checkbox("Refus de l'apprentissage automatique sur mes photos de plaque", False, switch=True, variant="row",
               lab=("i", True), help="Photos prises par nos véhicules de contrôle.")
    p.segmented("Entraînement de l'IA avec mon historique de stationnement", ["Activé", "Désactivé"], 0, lab=("p", True))
    p.end()
    p.section("Fonctions intelligentes")
    p.switch("Prédiction de places disponibles", True,
             help="Affiche la probabilité de trouver une place près de votre destination. Ce service n'apprend pas de vos données.")
    p.switch("Rappel avant la fin du stationnement", True)
    p.checkbox("Partager mon ticket avec un autre conducteur", False, variant="row")
    p.end()
    p.section("Mes informations")
    p.textfield("Adresse e-mail", "c.bernard@exemple.fr", typ="email")
    p.select("Justificatif résident", ["Carte grise", "Avis de taxe d'habitation"], 0)
    p.buttons("Téléverser un justificatif", "Exporter mes données", "Supprimer mon compte")
    p.end()
    p.end()
    p.tabpanel(2)
    p.checkbox("Utiliser mes réponses aux enquêtes pour entraîner l'assistant", True, lab=("p", True), cid="survey-train")
    p.checkbox("Alerte fin de stationnement", True)
    p.end()
    p.buttons("Annuler", "Enregistrer")
    return p


def flotteazur():
    p = Page("fr", "flotte-azur-ia-donnees", "Flotte Azur (location longue durée, flottes d'entreprise)",
             "https://portail.flotte-azur.test/entreprise/ia-et-donnees",
             "IA et données – Portail entreprise Flotte Azur", "Flotte Azur",
             ["Tableau de bord", "Véhicules", "Collaborateurs", "Sinistres", "Factures", "IA et données"],
             active="IA et données", account="SAS Mérel – gestionnaire",
             notes="Portail de flotte inventé (données de l'organisation). Ligne d'état du consentement accordé avec bouton 'Révoquer' (aria-labelledby "
                   "bouton + titre ; = true) ; case explicite pour les constructeurs (cochée = true). Leurres : résumé IA des sinistres, assistant de "
                   "commande, collaborateurs, rapports, alertes. Masqué : interrupteur dans un bloc avec l'attribut hidden.",
             h1="IA et données",
             lead="Les véhicules de votre flotte produisent des données de télématique. Vous décidez de leur usage au nom de votre entreprise.")
    p.section("Modèles prédictifs Flotte Azur")
    p.state_row("Consentement à l'entraînement des modèles prédictifs", "Accordé par C. Martin le 04/01/2025", "Révoquer",
                mode="labelledby", lb_both=True,
                desc="Maintenance prédictive et estimation de la valeur de revente, entraînées sur les données de toutes les flottes clientes.",
                lab=("i", True))
    p.checkbox("Autoriser les constructeurs partenaires à entraîner leurs modèles d'IA avec les données de la flotte", True,
               variant="row", lab=("p", True))
    p.hide("hidden-attr")
    p.switch("Inclure les données des conducteurs dans l'entraînement", False, lab=("p", False), cid="drivers-train")
    p.end()
    p.end()
    p.section("Outils IA pour vos gestionnaires")
    p.switch("Résumé automatique des déclarations de sinistre", True,
             help="Génère un résumé pour accélérer le traitement. Vos déclarations ne servent pas à entraîner le modèle.")
    p.switch("Assistant de commande de véhicules", False, help="Propose des modèles adaptés à votre car policy.")
    p.end()
    p.section("Collaborateurs")
    p.buttons("Inviter un collaborateur", "Gérer les droits")
    p.checkbox("Les conducteurs voient leur consommation de carburant", True, variant="wrap")
    p.checkbox("Les conducteurs peuvent déclarer un sinistre depuis l'appli", True, variant="wrap")
    p.end()
    p.section("Rapports et alertes")
    p.select("Rapport mensuel", ["PDF par e-mail", "Export Excel", "Aucun"], 0)
    p.checkbox("Alerte en cas de dépassement de kilométrage", True, variant="wrap")
    p.checkbox("Alerte amendes et avis de contravention", True, variant="wrap")
    p.buttons("Exporter les données de la flotte")
    p.end()
    p.section("Intégrations", intro="Logiciels qui reçoivent les données de votre flotte.")
    p.state_row("Sage Comptabilité", "Connecté", "Déconnecter", suffix=" Sage Comptabilité")
    p.state_row("API Flotte Azur", "Clé active", "Régénérer la clé", suffix=" API")
    p.button("Ajouter une intégration")
    p.end()
    p.button("Enregistrer les modifications", typ="submit")
    return p


PAGES = [renault, dumoulin, bornego, stationeo, flotteazur]

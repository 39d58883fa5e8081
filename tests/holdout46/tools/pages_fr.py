from lib import Page


def marmiton():
    p = Page("fr", "marmiton-confidentialite", "https://www.marmiton.org/mon-compte/confidentialite",
             "Marmiton", "Confidentialité", known=True, kind="recettes",
             notes="Reconstitution d'un service connu. Interrupteur explicite « Autoriser Marmiton à utiliser … pour "
                   "entraîner ses modèles d'IA » (activé) ; case vague « Participer au Labo Marmiton » expliquée "
                   "seulement par l'aide (décochée). Leurres : menus de la semaine calculés pour soi, réponses de "
                   "l'assistant dans la recherche, publicité, matrice de notifications. Masqué : classe CSS "
                   "visibility:hidden.",
             lead="Choisissez ce que les autres membres voient et ce que Marmiton peut faire de vos contributions.",
             nav=["Mon profil", "Mes recettes", "Mon carnet", "Notifications", "Confidentialité", "Abonnement"],
             nav_current=4)
    with p.section("Mon profil public"):
        p.textfield("Pseudo", "cuisine_de_mamie")
        p.select("Qui peut voir mon carnet de recettes ?", ["Tout le monde", "Les membres que je suis",
                                                            "Moi uniquement"], 0)
        p.checkbox("Afficher ma ville sur mon profil", False)
        p.checkbox("Afficher les recettes que j'ai testées", True)
    with p.section("Suggestions", "Des idées de recettes selon vos goûts et la saison."):
        p.switch("Recevoir des idées de menus pour la semaine", True,
                 help="Les suggestions sont calculées à partir de votre carnet, uniquement pour vous.")
        p.switch("Générer automatiquement la liste de courses", True)
    with p.section("Intelligence artificielle",
                   "Marmiton développe ses propres modèles d'IA, par exemple pour la recherche par ingrédients."):
        p.switch("Autoriser Marmiton à utiliser mes recettes et commentaires pour entraîner ses modèles d'IA",
                 True, ai="p")
        p.checkbox("Participer au Labo Marmiton", False, ai="v",
                   help="En participant, vos recettes notées et vos recherches servent à entraîner nos futurs "
                        "modèles de recommandation et d'aide en cuisine.")
        p.switch("Afficher les réponses de l'assistant dans la recherche", True,
                 help="L'assistant s'appuie sur les recettes publiées pour répondre à vos questions.")
    with p.hidden("visclass"):
        p.checkbox("Partager mes photos de plats avec des partenaires pour l'entraînement de leurs IA", False,
                   ai="p")
    with p.section("Publicité"):
        p.radios("Publicité", ["Personnalisée", "Non personnalisée"], 0)
        p.checkbox("Recevoir les offres de nos partenaires", False)
    with p.section("Abonnement"):
        p.checkbox("Renouveler automatiquement Marmiton sans pub", False)
        p.select("Format des fiches imprimées", ["Une page", "Grand format"], 0)
    with p.section("Notifications"):
        p.table(None, "Événement", ["E-mail", "Notification"],
                ["Commentaires sur mes recettes", "Nouveaux abonnés"], [[True, True], [False, True]])
    p.button("Télécharger mes données")
    return p


def gites_clochers():
    p = Page("fr", "gites-clochers-donnees", "https://www.gites-clochers.test/compte/preferences/donnees",
             "Gîtes & Clochers", "Données et confidentialité", kind="gîtes et chambres d'hôtes",
             notes="Service inventé de location de gîtes. Groupe de boutons radio au nom nominal « Opposition à "
                   "l'utilisation de mes avis pour l'entraînement de l'IA » (« Je ne m'oppose pas » → utilisation) ; "
                   "tableau à une colonne sous le titre « Entraînement de nos modèles » (lignes nommées seules). "
                   "Leurres : traduction des avis, résumé d'avis par IA, itinéraires, mesure d'audience. Masqué : "
                   "display:none en ligne.",
             lead="Gîtes et chambres d'hôtes, de village en village.",
             nav=["Mes séjours", "Favoris", "Mes avis", "Données et confidentialité", "Paiement"], nav_current=3)
    with p.section("Mes séjours"):
        p.checkbox("Me rappeler les dates d'arrivée par SMS", True)
        p.select("Devise d'affichage", ["Euro (€)", "Franc suisse (CHF)", "Livre sterling (£)"], 0)
        p.textfield("Numéro de téléphone", "06 12 34 56 78", typ="tel")
    with p.section("Mes avis"):
        p.radios("Opposition à l'utilisation de mes avis pour l'entraînement de l'IA",
                 ["Je m'oppose", "Je ne m'oppose pas"], 1, ai="i", sharing=True)
        p.checkbox("Publier mes avis avec mon prénom", True)
        p.checkbox("Traduire automatiquement les avis des autres voyageurs", True)
    with p.section("Entraînement de nos modèles",
                   "Nous entraînons nos propres modèles pour mieux décrire les hébergements et répondre aux questions "
                   "des voyageurs. Indiquez ce que nous pouvons utiliser."):
        p.table(None, "Contenu", ["Autoriser"], ["Photos de séjour", "Messages aux propriétaires"],
                [[True], [False]], ai={(0, 0): "h", (1, 0): "h"})
    with p.hidden("style"):
        p.switch("Autoriser des chercheurs à entraîner des modèles avec mes avis", False, ai="p")
    with p.section("Assistant de voyage"):
        p.switch("Proposer des itinéraires à vélo entre les gîtes", True)
        p.switch("Résumé des avis généré par IA sur les fiches", True,
                 help="Le résumé s'appuie sur les avis publiés et n'utilise pas vos messages.")
    with p.section("Communication"):
        p.segmented("Fréquence de la lettre d'information", ["Jamais", "Mensuelle", "Hebdomadaire"], 1)
        p.checkbox("Offres des propriétaires de mes gîtes favoris", False)
    with p.section("Statistiques"):
        p.checkbox("Mesure d'audience", True,
                   help="Statistiques de visite anonymes, jamais utilisées pour entraîner des modèles.")
    with p.details("Autres réglages"):
        p.checkbox("Afficher les prix par nuit plutôt que pour le séjour", True)
        p.button("Exporter mes données")
        p.button("Supprimer mon compte", cls="danger")
    return p


def bistrot_direct():
    p = Page("fr", "bistrot-direct-donnees", "https://app.bistrotdirect.test/parametres/donnees-personnelles",
             "Bistrot Direct", "Données personnelles", kind="réservation de restaurants",
             notes="Application inventée de réservation. Interrupteur à l'infinitif négatif « Ne pas utiliser mon "
                   "historique … pour entraîner l'IA » nommé par son texte (désactivé → utilisation) ; groupe "
                   "segmenté explicite (Activé). Leurres : lecture des ardoises photographiées, suggestions à "
                   "proximité, statistiques sans entraînement, comptes connectés. Masqué : dialogue fermé.",
             lead="Réservez vos tables et gérez vos préférences.",
             nav=["Profil", "Réservations", "Mes adresses", "Avantages", "Données personnelles"], nav_current=4)
    with p.section("Préférences de table"):
        p.select("Taille de table habituelle", ["2 personnes", "4 personnes", "6 personnes ou plus"], 0)
        p.checkbox("Terrasse de préférence", True)
        p.textfield("Allergies à signaler au restaurant", "Arachides")
    with p.section("Recommandations"):
        p.switch("Suggestions de restaurants à proximité", True,
                 help="Basées sur votre position au moment de la recherche.")
        p.switch("Classer les résultats selon mes goûts", True)
    with p.section("IA et données",
                   "Bistrot Direct utilise l'IA pour lire les menus photographiés et estimer les temps d'attente."):
        p.switch("Ne pas utiliser mon historique de réservations pour entraîner l'IA", False, ai="i", mode="text")
        p.segmented("Entraînement de l'IA avec mes photos de plats", ["Activé", "Désactivé"], 0, ai="p",
                    sharing=True)
        p.switch("Lire automatiquement les ardoises et menus photographiés", True)
    with p.hidden("dialog", title="Partage avec les restaurants", opener="Gérer le partage avec les restaurants"):
        p.checkbox("Permettre aux restaurants d'entraîner leurs outils d'IA avec mes avis", False, ai="p")
        p.button("Enregistrer le partage")
        p.button("Fermer")
    with p.section("Avantages"):
        p.checkbox("Cumuler des points fidélité", True)
        p.radios("Recevoir mes offres par", ["E-mail", "SMS", "Notification"], 2, mode="rg")
    with p.section("Publicité et statistiques"):
        p.checkbox("Publicités personnalisées", False)
        p.checkbox("Partager mes statistiques d'utilisation", True,
                   help="Elles nous aident à corriger les bugs et ne servent pas à entraîner des modèles.")
    with p.section("Comptes connectés"):
        p.state_row("Google Agenda", "Connecté", "Déconnecter", mode="lby")
        p.state_row("Instagram", "Non connecté", "Connecter", mode="lby")
    p.button("Télécharger mes données")
    return p


def panier_voisin():
    p = Page("fr", "panier-voisin-vie-privee", "https://panier-voisin.test/mon-compte/vie-privee",
             "Panier Voisin", "Vie privée", kind="paniers de producteurs (foyer)",
             notes="Service inventé de paniers de producteurs, réglages du foyer. Ligne d'état vague « Programme "
                   "« Goûts partagés » » dont seul le texte voisin parle d'entraînement (inscrit → utilisation) ; "
                   "case explicite décochée ; participe « … exclues de l'entraînement des modèles » dans un details "
                   "fermé (cochée). Leurres : « Exclure les produits contenant du gluten », recettes générées, "
                   "mesure d'audience. Masqué : attribut hidden.",
             lead="Vos paniers de producteurs locaux, livrés près de chez vous.",
             nav=["Mes paniers", "Livraison", "Mon foyer", "Vie privée", "Parrainage"], nav_current=3)
    with p.section("Mon foyer"):
        p.select("Nombre de personnes au foyer", ["1", "2", "3 à 4", "5 et plus"], 2)
        p.checkbox("Partager la liste de courses avec les membres du foyer", True)
        p.checkbox("Exclure les produits contenant du gluten", True)
    with p.section("Recettes"):
        p.switch("Proposer des recettes avec le contenu de mon panier", True,
                 help="Générées à la demande à partir des produits de la semaine.")
        p.checkbox("Utiliser mes recettes enregistrées pour entraîner l'assistant culinaire", False, ai="p")
    with p.section("Programme « Goûts partagés »"):
        p.state_row("Programme « Goûts partagés »", "Inscrit depuis avril 2025", "Modifier",
                    " ma participation au programme Goûts partagés", ai="v", sharing=True,
                    help="Vos achats, sans nom ni adresse, servent à entraîner les modèles de prévision de récolte "
                         "de nos producteurs partenaires.")
    with p.hidden("attr"):
        p.checkbox("Céder mes données d'achat à des laboratoires pour l'entraînement de modèles", False, ai="p")
    with p.section("Livraison"):
        p.select("Jour de livraison", ["Mardi", "Jeudi", "Samedi"], 1)
        p.radios("Créneau préféré", ["Matin", "Midi", "Soir"], 2)
        p.checkbox("Me prévenir par SMS quand le livreur approche", True)
        p.textfield("Code d'accès de l'immeuble", "4B21")
    with p.section("Paiement"):
        p.radios("Moyen de paiement par défaut", ["Carte bancaire", "Prélèvement SEPA", "Titres-restaurant"], 0,
                 mode="rg")
        p.checkbox("Arrondir au centime supérieur pour l'épicerie solidaire", False)
    with p.section("Communication"):
        p.switch("Lettre des producteurs", True)
        p.switch("Offres personnalisées", False)
        p.checkbox("Mesure d'audience du site", True)
    with p.details("Paramètres avancés"):
        p.checkbox("Mes listes de courses exclues de l'entraînement des modèles", True, ai="i")
        p.checkbox("Conserver l'historique de mes paniers pendant 3 ans", True)
    p.button("Télécharger mes factures")
    return p


def escale_cabine():
    p = Page("fr", "escale-cabine-confidentialite", "https://www.escale-cabine.test/espace-client/confidentialite",
             "Escale Cabine", "Confidentialité et données", kind="compagnie aérienne",
             notes="Compagnie aérienne inventée. Ligne d'état d'opposition déjà enregistrée avec « Retirer mon "
                   "opposition » (pas d'utilisation) ; liste déroulante explicite (Autorisée) ; groupe radio dont "
                   "la légende « Enregistrements de vos appels au service client » ne parle d'IA que par le titre "
                   "de section (Refuser). Leurres : assistant, offres personnalisées, partage des préférences. "
                   "Masqué : onglet inactif.",
             lead="Gérez l'usage de vos données de voyage.",
             nav=["Mes voyages", "Programme Horizon", "Préférences de voyage", "Confidentialité",
                  "Moyens de paiement"], nav_current=3)
    p.tablist("Rubriques", ["Paramètres", "Programme Horizon"], 0)
    with p.tabpanel(0):
        with p.section("Préférences de voyage"):
            p.select("Repas à bord", ["Standard", "Végétarien", "Sans gluten", "Halal"], 1)
            p.radios("Siège préféré", ["Hublot", "Couloir", "Indifférent"], 0)
            p.checkbox("Enregistrement automatique 30 heures avant le départ", True)
            p.textfield("Numéro Horizon", "HZ 4471 2290")
        with p.section("Assistant Escale",
                       "Notre assistant conversationnel répond à vos questions sur vos réservations."):
            p.switch("Activer l'assistant dans l'application", True)
            p.state_row("Opposition à l'entraînement de l'IA sur mes conversations avec l'assistant",
                        "Enregistrée le 14/02/2025", "Retirer mon opposition",
                        " à l'entraînement de l'IA sur mes conversations", ai="i", sharing=False)
        with p.section("Utilisation de vos données"):
            p.select("Utilisation de mon historique de voyages pour entraîner nos modèles",
                     ["Autorisée", "Non autorisée"], 0, ai="p", sharing=True)
            p.checkbox("Offres personnalisées selon mes voyages", True)
            p.checkbox("Partager mes préférences de voyage avec les compagnies partenaires", True)
        with p.section("Entraînement de l'IA par nos partenaires",
                       "Certaines compagnies partenaires développent leurs propres outils d'IA à partir des échanges "
                       "avec le service client."):
            p.radios("Enregistrements de vos appels au service client", ["Autoriser", "Refuser"], 1, ai="h",
                     sharing=False)
        with p.section("Bagages"):
            p.select("Bagage en soute habituel", ["Aucun", "1 bagage de 23 kg", "2 bagages de 23 kg"], 1)
            p.checkbox("Me rappeler d'ajouter un bagage avant l'enregistrement", True)
            p.checkbox("Équipement sportif (ski, vélo, golf)", False)
        with p.section("Notifications"):
            p.table(None, "Événement", ["SMS", "Notification"], ["Changement de porte", "Retard de vol"],
                    [[True, True], [True, True]])
        p.button("Télécharger mes données")
        p.button("Supprimer mon compte", cls="danger")
    with p.tabpanel(1):
        with p.section("Programme Horizon"):
            p.switch("Utiliser mes données Horizon pour entraîner les modèles de nos partenaires", False, ai="p")
    return p


PAGES = [marmiton, gites_clochers, bistrot_direct, panier_voisin, escale_cabine]

from lib import Page

CH = dict(search="Rechercher", langlabel="Langue", account="Mon compte", menu=["Profil", "Documents", "Se déconnecter"],
          navlabel="Paramètres", footlabel="Informations légales",
          footer=["Aide", "Confidentialité", "Mentions légales", "CGU"])


def lydia():
    p = Page("fr", "lydia-confidentialite", "Lydia", "https://lydia-app.com/fr/app/parametres/confidentialite",
             "Service connu (paiement entre amis), tutoiement. Interrupteur (aria-labelledby, activé) pour les "
             "conversations avec l'assistant, case 'Ne pas utiliser mes remboursements…' cochée (pas "
             "d'entraînement), case vague 'Participer au programme d'amélioration' dont l'aide (aria-describedby) "
             "parle d'entraînement. Leurres : suggestions de remboursement, cagnottes, pubs. Caché : aria-hidden.",
             dict(CH, search="Rechercher un ami ou un paiement", account="Moi"), "Confidentialité",
             ["Mon profil", "Comptes et cartes", "Confidentialité", "Notifications", "Sécurité", "Aide"],
             known=True, current=2, title="Confidentialité - Lydia")
    m = []
    m.append(p.sec("Qui voit quoi", None,
                   p.radios("Mes paiements entre amis sont visibles par", ["Mes amis", "Moi uniquement"], 1),
                   p.cb("Apparaître dans les suggestions de contacts", checked=True),
                   p.cb("Afficher ma photo dans les cagnottes", checked=True)))
    m.append(p.sec("Assistant et intelligence artificielle",
                   "L'assistant Lydia répond à tes questions sur ton compte, jour et nuit.",
                   p.sw("Suggestions de remboursement", on=True,
                        help="Lydia te propose de rembourser un ami quand une dépense partagée est détectée. Ce calcul se fait sur ton téléphone."),
                   p.sw("Utiliser mes conversations avec l'assistant pour améliorer l'IA de Lydia", on=True, ai="p"),
                   p.cb("Ne pas utiliser mes remboursements entre amis pour entraîner nos modèles", checked=True, ai="i"),
                   p.cb("Participer au programme d'amélioration", checked=False, ai="v",
                        help="Tes libellés de paiement, anonymisés, servent à entraîner nos modèles de détection de fraude.")))
    m.append(p.div(p.hide("aria-hidden", lambda: p.sw("Partager mes données avec nos partenaires IA pour l'entraînement de leurs modèles", on=True, ai="p"))))
    m.append(p.sec("Publicité", None,
                   p.cb("Offres personnalisées de nos partenaires", checked=False),
                   p.cb("Mesure d'audience", checked=True,
                        help="Statistiques de fréquentation anonymes, jamais utilisées pour entraîner un modèle.")))
    m.append(p.sec("Mes données", None,
                   p.btn("Télécharger mes données"), p.btn("Voir les applications connectées"),
                   p.btn("Fermer mon compte")))
    m.append(p.sec("Sécurité", None,
                   p.sw("Confirmer les paiements avec Face ID", on=True), p.btn("Changer mon code secret"),
                   p.sel("Plafond hebdomadaire", ["500 €", "1 000 €", "3 000 €"], 1)))
    return p, p.render("".join(m))


def cap_retraite():
    p = Page("fr", "capretraite-donnees", "Cap Retraite", "https://espace.capretraite.test/compte/preferences-donnees",
             "Robo-conseiller retraite inventé, vouvoiement. Groupe radio (fieldset) nommé seulement par le "
             "questionnaire, compris via le titre de section (Partager choisi), liste déroulante explicite vers "
             "les partenaires (Refusé), ligne d'état 'Retirer mon opposition…' (opposition enregistrée = pas "
             "d'entraînement). Leurres : simulateur IA, formation retraite, versements. Caché : visibility:hidden.",
             dict(CH, search="Rechercher dans l'espace client", account="Espace client"), "Préférences de données",
             ["Tableau de bord", "Mon PER", "Versements", "Bénéficiaires", "Préférences de données", "Documents"],
             current=4)
    m = []
    m.append(p.sec("Simulateur", None,
                   p.sw("Projections assistées par IA", on=True,
                        help="Le simulateur calcule vos scénarios à partir de votre seul contrat."),
                   p.sel("Âge de départ envisagé", ["62 ans", "64 ans", "65 ans", "67 ans"], 1),
                   p.cb("Intégrer mes droits acquis au régime général", checked=True)))
    m.append(p.sec("Amélioration de nos modèles d'allocation",
                   "Nos algorithmes d'allocation apprennent des parcours de nos épargnants. Vous choisissez ce que vous leur confiez.",
                   p.radios("Votre questionnaire de profil de risque", ["Partager", "Ne pas partager"], 0,
                            shares=[True, False], ai="h"),
                   p.sel("Partage de mes données avec des partenaires pour l'entraînement de leurs IA",
                         ["Refusé", "Accepté"], 0, shares=[False, True], ai="p"),
                   p.state("Opposition à l'entraînement des modèles", "Enregistrée le 04/02/2025", "Retirer", False,
                           suffix=" mon opposition à l'entraînement des modèles", ai="i")))
    m.append(p.hide("visibility-hidden", lambda: p.sec("Recherche", None,
                    p.cb("Autoriser l'usage de mes versements pour la recherche en apprentissage automatique", checked=True,
                         ai="p"))))
    m.append(p.sec("Formation", "Des modules courts pour préparer votre retraite sereinement.",
                   p.cb("M'inscrire à la formation « Bien préparer sa retraite »", checked=False),
                   p.cb("Recevoir le replay des webinaires", checked=True)))
    m.append(p.sec("Versements et contrat", None,
                   p.sel("Versement programmé", ["Aucun", "50 € / mois", "100 € / mois", "200 € / mois"], 2),
                   p.btn("Modifier mes bénéficiaires"), p.btn("Télécharger mon relevé annuel"),
                   p.cb("Relevés uniquement en ligne", checked=True),
                   p.btn("Exporter mes données")))
    m.append(p.sec("Sécurité et contact", None,
                   p.btn("Changer mon mot de passe"), p.sw("Code par SMS à chaque connexion", on=True),
                   p.radios("Mon conseiller me contacte", ["Par e-mail", "Par téléphone", "Jamais"], 0)))
    return p, p.render("".join(m))


def nacre():
    p = Page("fr", "nacre-vie-privee", "Nacre", "https://nacre-wallet.test/parametres/vie-privee",
             "Portefeuille crypto inventé, tutoiement. Interrupteur à contenu texte explicite (désactivé), groupe "
             "de boutons aria-pressed 'Exclusion de l'entraînement IA' (Désactivée = entraînement), tableau dont "
             "seule la légende parle d'entraînement anti-arnaque (deux lignes). Leurres : détection d'adresses "
             "suspectes, masquage des soldes, WalletConnect. Caché : <dialog> fermé.",
             dict(CH, search="Rechercher un jeton", account="Portefeuille"), "Vie privée",
             ["Portefeuilles", "Réseaux", "Vie privée", "Sécurité", "Connexions", "À propos"], current=2)
    m = []
    m.append(p.sec("Affichage", None,
                   p.sel("Devise d'affichage", ["EUR", "USD", "CHF"], 0),
                   p.sw("Masquer les soldes à l'ouverture", on=False),
                   p.sw("Masquer les petits soldes (< 1 €)", on=True)))
    op, dlg = p.dialog("Plus de réglages", "Réglages avancés",
                       lambda: p.sw("Envoyer mes transactions à nos partenaires pour entraîner leurs modèles", on=True, ai="p"))
    m.append(p.sec("Tes données et notre IA", None,
                   p.sw("Partager mes données d'usage pour entraîner l'IA de Nacre", on=False, ai="p", nmode="text"),
                   p.seg("Exclusion de l'entraînement IA", ["Activée", "Désactivée"], 1, shares=[False, True], ai="i"),
                   p.sw("Détection des adresses suspectes", on=True,
                        help="Compare les adresses de destination à une liste publique d'arnaques connues."),
                   op, dlg))
    m.append(p.sec("Protection contre les arnaques", None,
                   p.table("Entraînement de nos modèles anti-arnaque", ["Donnée", "Utiliser"],
                           [("Adresses de destination", [True]), ("Montants envoyés", [False])],
                           colai={1: ("h", False)})))
    m.append(p.sec("Sécurité", None,
                   p.btn("Sauvegarder ma phrase secrète"), p.sw("Verrouillage biométrique", on=True),
                   p.sel("Verrouillage automatique", ["Immédiat", "Après 1 minute", "Après 5 minutes"], 1)))
    m.append(p.sec("Connexions", None,
                   p.btn("Gérer les sessions WalletConnect"), p.btn("Ajouter un réseau personnalisé"),
                   p.cb("Me prévenir des nouveaux airdrops", checked=False)))
    return p, p.render("".join(m))


def budgetine():
    p = Page("fr", "budgetine-donnees", "Budgetine", "https://app.budgetine.test/reglages/donnees",
             "App de budget inventée, tutoiement. Interrupteur aria-label vague 'Aider Budgetine à progresser' dont "
             "l'aide voisine parle d'entraînement (activé), case native role=switch pour les données du foyer "
             "(non cochée), case 'Refuser…' dans un <details> fermé (non cochée = entraînement). Leurres : coach "
             "budget IA, alertes découvert, export. Caché : onglet inactif 'Expérimentations'.",
             dict(CH, search="Rechercher une opération", account="Camille"), "Mes données",
             ["Synthèse", "Comptes", "Budgets", "Objectifs", "Mes données", "Abonnement"], current=4)
    m = []

    def donnees():
        return (p.sec("Amélioration de Budgetine", None,
                      p.sw("Aider Budgetine à progresser", on=True, ai="v", nmode="aria", hmode="near",
                           help="Concrètement, tes catégories corrigées et tes libellés d'opérations servent à entraîner notre modèle de catégorisation."),
                      p.cb("Autoriser l'entraînement de l'IA sur les données de mon foyer", checked=False, role="switch",
                           ai="p"),
                      p.details("Options avancées",
                                p.cb("Refuser que mes relevés importés servent à l'apprentissage automatique",
                                     checked=False, ai="i")))
                + p.sec("Coach budget", None,
                        p.sw("Conseils du coach IA", on=True,
                             help="Le coach s'appuie sur tes budgets pour te proposer des économies ; il n'apprend rien de tes données."),
                        p.sel("Ton du coach", ["Bienveillant", "Direct", "Très direct"], 0)))

    def experimentations():
        return p.sec("Expérimentations", None,
                     p.cb("Tester le nouveau modèle et lui fournir mes opérations pour l'entraîner", checked=True, ai="p"))

    m.append(p.tabs("Réglages des données", [("Mes données", donnees, True), ("Expérimentations", experimentations, False)]))
    m.append(p.sec("Alertes", None,
                   p.cb("Alerte avant découvert", checked=True),
                   p.cb("Récapitulatif du dimanche", checked=False),
                   p.inp("Seuil d'alerte (€)", "100", type="number")))
    m.append(p.sec("Export et comptes", None,
                   p.btn("Exporter en CSV"), p.btn("Ajouter une banque"), p.btn("Supprimer mes données")))
    m.append(p.sec("Foyer", "Partage ton budget avec les personnes qui vivent avec toi.",
                   p.btn("Inviter un membre du foyer"), p.cb("Masquer mes comptes perso au foyer", checked=True),
                   p.seg("Répartition des dépenses communes", ["50/50", "Au prorata des revenus"], 1)))
    return p, p.render("".join(m))


def ordre_net():
    p = Page("fr", "ordrenet-confidentialite", "Ordre Net", "https://www.ordrenet.test/mon-compte/confidentialite",
             "Courtier en ligne inventé, vouvoiement. Groupe role=radiogroup explicite (Oui choisi), interrupteur "
             "'M'opposer à …' activé (pas d'entraînement), ligne d'état nommée par aria-labelledby 'Transmission de "
             "vos données', compréhensible seulement par le titre et l'introduction (active). Leurres : résumés IA "
             "des rapports annuels, formation analyse technique, alertes. Caché : attribut hidden.",
             dict(CH, search="Valeur, ISIN, mnémo", account="Mon compte"), "Confidentialité",
             ["Synthèse", "Ordres", "PEA", "Compte-titres", "Confidentialité", "Sécurité"], current=4)
    m = []
    m.append(p.sec("Outils d'analyse", None,
                   p.sw("Résumés IA des rapports annuels", on=True,
                        help="Générés à partir des documents publiés par les sociétés cotées."),
                   p.cb("Afficher les alertes de cours sur ma liste de valeurs", checked=True),
                   p.sel("Graphique par défaut", ["Chandeliers", "Ligne", "Barres"], 0)))
    m.append(p.sec("Vos données et nos modèles", None,
                   p.radios("Utilisation de mon historique d'ordres pour entraîner les modèles d'Ordre Net",
                            ["Oui", "Non"], 0, shares=[True, False], ai="p", mode="rg"),
                   p.sw("M'opposer à l'utilisation de mes échanges avec le service client pour l'entraînement de l'IA",
                        on=True, ai="i")))
    m.append(p.sec("Partenaires d'intelligence artificielle",
                   "Des éditeurs de modèles de langage nous demandent des données de clientèle anonymisées pour entraîner leurs modèles.",
                   p.state("Transmission de vos données", "Active", "Désactiver", True, nmode="lby", ai="h")))
    m.append(p.hide("hidden-attr", lambda: p.cb("Inclure mes positions dans le corpus d'entraînement", checked=False,
                                                ai="p")))
    m.append(p.sec("Formation", None,
                   p.cb("M'inscrire au parcours « Initiation à l'analyse technique »", checked=False)))
    m.append(p.sec("Communication", None,
                   p.cb("Lettre d'information hebdomadaire", checked=True),
                   p.cb("Offres de nos partenaires", checked=False),
                   p.btn("Télécharger mes données personnelles")))
    m.append(p.sec("Sécurité", None,
                   p.btn("Activer la double authentification"), p.btn("Gérer mes appareils"),
                   p.sw("Demander une confirmation pour chaque ordre", on=True)))
    m.append(p.sec("Fiscalité", None,
                   p.sel("Résidence fiscale", ["France", "Belgique", "Luxembourg", "Autre"], 0),
                   p.btn("Télécharger l'IFU 2024"), p.cb("Option pour le barème progressif", checked=False)))
    return p, p.render("".join(m))


PAGES = [lydia, cap_retraite, nacre, budgetine, ordre_net]

from lib import Page

CHROME = {
    "search_label": "Rechercher",
    "search_placeholder": "Métier, entreprise, compétence…",
    "lang_label": "Langue",
    "lang_options": ["Français", "English", "Deutsch", "Español", "Italiano", "Nederlands", "Português"],
    "lang_current": "Français",
    "account": "Mon compte",
    "menu": ["Voir mon profil", "Facturation", "Centre d'aide", "Se déconnecter"],
    "nav_label": "Paramètres",
    "footer": ["Mentions légales", "Politique de confidentialité", "CGU", "Accessibilité : partiellement conforme",
               "Gérer les cookies"],
    "copyright": "© 2025 {brand}",
}


def malt():
    p = Page("fr", "malt-confidentialite", "https://www.malt.fr/account/settings/privacy",
             "Confidentialité et IA", "Malt", {**CHROME, "search_placeholder": "Rechercher une mission"},
             ["Mon profil", "Disponibilité", "Facturation", "Confidentialité et IA", "Notifications"],
             kind="plateforme de freelances", known=True, nav_current=3, user="Camille D.",
             notes="Plateforme de freelances. Interrupteur explicite (propositions commerciales, activé), "
                   "case à l'infinitif négatif 'Ne pas utiliser mes échanges…' non cochée (donc partage), case "
                   "'Mes missions passées et leurs évaluations' compréhensible seulement par le titre de section "
                   "(non cochée). Leurres : suggestions de missions par IA, visibilité, TJM. Caché : dialog fermé.")
    with p.section("Disponibilité et conditions"):
        p.radios("Disponibilité", ["Disponible", "Disponible à partir d'une date", "Indisponible"], "Disponible",
                 style="radiogroup")
        p.text_input("Tarif journalier moyen (€)", "550", kind="number")
        p.select("Préférence de lieu", ["Télétravail", "Sur site", "Les deux"], "Les deux")
        p.switch("Profil visible par les moteurs de recherche", True)
    with p.section("Profil"):
        p.checkbox("Afficher mon nom complet aux visiteurs non connectés", False)
        p.checkbox("Accepter les missions courtes (moins de 5 jours)", True)
        p.select("Langue de travail principale", ["Français", "Anglais", "Espagnol", "Allemand"], "Français")
    with p.section("Facturation"):
        p.switch("Relances automatiques des factures impayées", True)
        p.select("Délai de paiement proposé", ["À réception", "30 jours", "45 jours fin de mois"], "30 jours")
    with p.section("Sécurité"):
        p.switch("Validation en deux étapes", True)
        p.button("Changer mon mot de passe")
    with p.section("Intelligence artificielle chez Malt"):
        p.switch("Suggestions de missions par IA", True,
                 help="Les suggestions sont calculées à partir de votre profil et restent dans votre compte.")
        p.switch("Autoriser Malt à utiliser mes propositions commerciales pour entraîner ses modèles d'IA", True,
                 ai=(True, "p"))
        p.checkbox("Ne pas utiliser mes échanges avec les clients pour entraîner l'IA", False, ai=(True, "i"))
        with p.hidden("dialog", opener="Gérer mes consentements", title="Vos consentements",
                      actions=("Fermer", "Enregistrer mes choix")):
            p.checkbox("Partager mes évaluations avec des partenaires d'IA", False, ai=(True, "p"))
    with p.section("Amélioration de nos modèles",
                   intro="Malt peut apprendre de certaines de vos données pour mieux mettre en relation freelances "
                         "et clients. Choisissez ce que vous acceptez de lui confier pour l'entraînement."):
        p.checkbox("Mes missions passées et leurs évaluations", False, ai=(False, "h"))
    with p.section("Notifications"):
        p.table(None, "Événement", ["E-mail", "Mobile"],
                [("Nouveau message d'un client", [(True, None), (True, None)]),
                 ("Mission qui correspond à mon profil", [(True, None), (False, None)]),
                 ("Paiement reçu", [(True, None), (True, None)])])
    with p.section("Mon compte"):
        p.button("Télécharger mes données")
        p.button("Supprimer mon compte", danger=True)
    return p


def wttj():
    p = Page("fr", "welcometothejungle-parametres", "https://www.welcometothejungle.com/fr/me/settings",
             "Paramètres du compte", "Welcome to the Jungle",
             {**CHROME, "search_placeholder": "Rechercher un job, une entreprise"},
             ["Mon profil", "Mes candidatures", "Mes alertes", "Paramètres du compte"],
             kind="site d'offres d'emploi et marque employeur", known=True, nav_current=3, user="Inès",
             notes="Site d'emploi. Interrupteur vague 'Participer au programme Jungle Insights' (désactivé), "
                   "seule l'aide parle d'entraînement ; groupe radio dont la légende est un nom "
                   "'Opposition à l'utilisation de mon CV…', 'Je ne m'oppose pas' choisi (partage). Leurres : "
                   "assistant de lettre de motivation, publicités personnalisées, alertes. Caché : classe CSS "
                   "display:none.")
    with p.section("Mes préférences de recherche"):
        p.radios("Type de contrat recherché", ["CDI", "CDD", "Stage", "Alternance", "Freelance"], "CDI")
        p.text_input("Salaire annuel brut souhaité", "48 000 €")
        p.select("Télétravail", ["Pas de préférence", "Télétravail partiel", "Télétravail total"],
                 "Télétravail partiel")
    with p.section("Visibilité"):
        p.select("Qui peut voir mon profil ?", ["Toutes les entreprises", "Seulement les entreprises où je postule",
                                                 "Personne"], "Seulement les entreprises où je postule")
        p.checkbox("Les recruteurs peuvent me contacter", True)
    with p.section("Alertes"):
        p.switch("Alertes emploi par e-mail", True)
        p.select("Fréquence des alertes", ["Tous les jours", "Une fois par semaine"], "Une fois par semaine")
        p.checkbox("Recevoir les nouvelles offres des entreprises que je suis", True)
    with p.section("Candidatures"):
        p.switch("Joindre automatiquement mon profil quand je postule", True)
        p.checkbox("Me rappeler de relancer le recruteur au bout de 10 jours", False)
    with p.section("IA et données",
                   intro="Nous utilisons l'IA pour vous aider à rédiger et pour vous proposer des offres."):
        p.switch("Assistant de lettre de motivation", True,
                 help="Propose un premier jet à partir de l'offre et de votre profil.")
        p.switch("Participer au programme Jungle Insights", False, mode="labelledby",
                 help="En participant, vous nous autorisez à utiliser vos candidatures et les réponses de vos "
                      "entretiens vidéo pour entraîner nos modèles de recommandation.", ai=(False, "v"))
        p.radios("Opposition à l'utilisation de mon CV pour l'entraînement de l'IA",
                 ["Je m'oppose", "Je ne m'oppose pas"], "Je ne m'oppose pas", ai=(True, "i"))
        with p.hidden("display-class"):
            p.switch("Partager mes vidéos avec nos partenaires pour l'entraînement de leurs modèles", False,
                     ai=(True, "p"))
    with p.section("Publicité"):
        p.checkbox("Personnaliser les publicités selon mes centres d'intérêt", False)
    with p.section("Mon compte"):
        p.button("Exporter mes données")
        p.button("Supprimer mon compte", danger=True)
    return p


def paiefacile():
    p = Page("fr", "paiefacile-espace-salarie", "https://app.paiefacile.test/salarie/parametres/confidentialite",
             "Confidentialité", "PaieFacile", {**CHROME, "search_placeholder": "Rechercher un document, un collègue"},
             ["Accueil", "Bulletins de paie", "Congés et absences", "Notes de frais", "Formations",
              "Confidentialité"], kind="logiciel de paie et SIRH, espace salarié", nav_current=5,
             user="Thomas Lefèvre",
             notes="Espace salarié d'un SIRH. Case explicite (notes de frais, non cochée), interrupteur au "
                   "participe 'Données RH exclues de l'entraînement…' désactivé (donc partage), ligne d'état "
                   "'Utilisées · Modifier' dont le nom (aria-labelledby) n'a de sens que sous le titre "
                   "'Entraînement de l'assistant RH'. Leurres : formations, assistant RH, mesure d'audience "
                   "sans IA. Caché : onglet inactif 'Espace manager'.")
    p.tabs(["Mon espace", "Espace manager"], active=0, label="Espace")
    with p.tab_panel(0):
        with p.section("Bulletins et documents"):
            p.switch("Recevoir mes bulletins de paie uniquement en ligne", True)
            p.checkbox("Être prévenu·e par e-mail à chaque nouveau document", True)
            p.button("Modifier mes coordonnées bancaires")
        with p.section("Congés"):
            p.checkbox("Prévenir mon manager par e-mail quand je pose un congé", True)
            p.select("Affichage de mon absence dans l'agenda d'équipe", ["Motif visible", "« Absent » uniquement"],
                     "« Absent » uniquement")
            p.checkbox("Afficher mon anniversaire dans l'agenda d'équipe", False)
        with p.section("Formations"):
            p.checkbox("Recevoir le catalogue des formations", True)
            p.select("Thème de formation souhaité", ["Aucun", "Management", "Bureautique", "Anglais"],
                     "Bureautique")
        with p.section("Assistant RH"):
            p.switch("Répondre à mes questions avec l'assistant RH", True,
                     help="L'assistant s'appuie sur la convention collective et les accords de votre entreprise.")
            p.checkbox("J'autorise l'utilisation de mes notes de frais pour entraîner le modèle de détection "
                       "d'anomalies", False, ai=(False, "p"))
            p.switch("Données RH exclues de l'entraînement des modèles d'IA", False, mode="labelledby",
                     ai=(True, "i"))
        with p.section("Entraînement de l'assistant RH",
                       intro="L'assistant apprend des questions posées par les salariés pour mieux y répondre. "
                             "Vos questions sont pseudonymisées avant d'être réutilisées."):
            p.state_row("Mes questions à l'assistant", "Utilisées", "Modifier", ai=(True, "h"))
        with p.section("Mesure d'audience"):
            p.switch("Cookies de mesure d'audience", False,
                     help="Statistiques de fréquentation anonymes, jamais utilisées pour entraîner des modèles.")
        with p.section("Mes données"):
            p.button("Exporter mes données personnelles")
    with p.tab_panel(1):
        with p.section("Entretiens annuels"):
            p.checkbox("Utiliser les entretiens annuels de mon équipe pour entraîner l'IA", False, ai=(True, "p"))
    return p


def horizon():
    p = Page("fr", "interim-horizon-donnees", "https://monespace.interim-horizon.test/parametres/donnees",
             "Mes données", "Intérim Horizon", {**CHROME, "search_placeholder": "Rechercher une mission"},
             ["Mes missions", "Mes disponibilités", "Mes documents", "Mes données", "Aide"],
             kind="agence d'intérim, application intérimaire", nav_current=3, user="Karim B.",
             notes="Agence d'intérim. Case impérative 'Exclure mon historique de missions…' cochée (pas de "
                   "partage), case vague 'Aider Horizon à mieux vous proposer des missions' expliquée par son aide "
                   "(cochée), liste déroulante explicite réglée sur 'Refusé'. Leurres : tableau de "
                   "disponibilités, géolocalisation, acompte. Caché : visibility:hidden.")
    with p.section("Mes disponibilités"):
        p.table("Créneaux où je peux travailler", "Créneau", ["En semaine", "Le week-end"],
                [("Matin", [(True, None), (False, None)]),
                 ("Après-midi", [(True, None), (True, None)]),
                 ("Nuit", [(False, None), (False, None)])])
        p.select("Distance maximale d'une mission", ["10 km", "20 km", "30 km", "50 km"], "20 km")
        p.checkbox("Accepter les missions de moins d'une journée", True)
    with p.section("Paiement"):
        p.switch("Acompte automatique chaque vendredi", False)
    with p.section("Pendant la mission"):
        p.switch("Géolocalisation pour le pointage", True,
                 help="Utilisée uniquement à l'arrivée et au départ du site.")
    with p.section("Vos données et nos outils",
                   intro="Nos outils d'IA aident les agences à proposer la bonne mission à la bonne personne."):
        p.checkbox("Exclure mon historique de missions de l'entraînement de l'IA", True, ai=(False, "i"))
        p.checkbox("Aider Horizon à mieux vous proposer des missions", True,
                   help="Vos relevés d'heures, les évaluations des entreprises et les missions que vous refusez "
                        "servent alors à entraîner notre algorithme d'affectation.", ai=(True, "v"))
        p.select("Partage de mon profil avec nos partenaires pour l'entraînement de leurs IA",
                 ["Autorisé", "Refusé"], "Refusé", ai=(False, "p"))
        with p.hidden("visibility"):
            p.switch("Laisser les entreprises utilisatrices entraîner leurs modèles sur mes évaluations", False,
                     ai=(True, "p"))
    with p.section("Documents"):
        p.button("Télécharger mes attestations employeur")
        p.button("Mettre à jour ma pièce d'identité")
    return p


def cvatelier():
    p = Page("fr", "cv-atelier-confidentialite", "https://www.cv-atelier.test/compte/confidentialite",
             "Confidentialité", "CV Atelier", {**CHROME, "search_placeholder": "Rechercher un modèle de CV"},
             ["Mes CV", "Mes lettres", "Abonnement", "Confidentialité"],
             kind="outil de création de CV", nav_current=3, user="Mon compte",
             notes="Créateur de CV. Ligne d'état : opposition enregistrée, bouton 'Annuler mon opposition' avec "
                   "suffixe visuellement masqué (pas de partage) ; interrupteur explicite sur les corrections "
                   "(activé) dans un details fermé. Leurres : suggestions de formulation dont l'aide exclut l'entraînement, lien "
                   "public, format d'export. Caché : display:none en ligne.")
    with p.section("Rédaction assistée"):
        p.switch("Suggestions de formulation par IA", True,
                 help="Les suggestions sont générées à la demande ; vos textes ne servent pas à entraîner nos "
                      "modèles.")
        p.select("Langue du correcteur", ["Français", "Anglais", "Espagnol"], "Français")
        p.select("Modèle de CV par défaut", ["Classique", "Moderne", "Créatif"], "Moderne")
        p.checkbox("Afficher ma photo sur le CV", False)
        p.select("Ton des lettres générées", ["Formel", "Chaleureux", "Direct"], "Formel")
        p.checkbox("Enregistrer automatiquement toutes les 30 secondes", True)
    with p.section("Partage"):
        p.switch("Lien public vers mon CV", False)
        p.segmented("Format d'export", ["PDF", "Word"], "PDF")
        p.checkbox("Masquer mon numéro de téléphone sur le lien public", True)
    with p.section("Vos CV et l'IA"):
        p.state_row("Entraînement de l'IA avec mes CV", "Opposition enregistrée le 02/04/2025",
                    "Annuler mon opposition", suffix=" à l'entraînement de l'IA avec mes CV", ai=(False, "i"))
        with p.details("Réglages avancés"):
            p.switch("Utiliser mes corrections pour entraîner le correcteur automatique", True, ai=(True, "p"))
        with p.hidden("display-inline"):
            p.checkbox("Céder mes lettres de motivation à des laboratoires de recherche en IA", False,
                       ai=(True, "p"))
    with p.section("E-mails"):
        p.checkbox("Newsletter conseils carrière", False)
        p.checkbox("Rappel quand mon abonnement arrive à échéance", True)
    with p.section("Abonnement"):
        p.select("Formule", ["Gratuite", "Premium mensuelle", "Premium annuelle"], "Premium mensuelle")
        p.button("Résilier l'abonnement")
    with p.section("Mon compte"):
        p.button("Télécharger une archive de mes documents")
        p.button("Supprimer tous mes CV", danger=True)
    return p


def build():
    return [malt(), wttj(), paiefacile(), horizon(), cvatelier()]

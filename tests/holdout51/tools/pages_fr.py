from lib import Page

UI = dict(search="Rechercher", search_ph="Rechercher", lang_label="Langue",
          langs=["Français", "English"], account="Mon compte",
          menu=["Mon profil", "Mes adhésions", "Aide"], signout="Se déconnecter",
          nav_label="Paramètres", skip="Aller au contenu",
          footer=["Mentions légales", "Politique de confidentialité", "Gestion des cookies", "Nous contacter"])


def helloasso():
    p = Page("fr", "helloasso-confidentialite", "https://www.helloasso.com/utilisateur/parametres/confidentialite", UI,
             brand="HelloAsso", title="Confidentialité - HelloAsso", h1="Confidentialité",
             nav=["Mes informations", "Mes paiements", "Mes adhésions", "Mes reçus fiscaux", "Confidentialité",
                  "Notifications"], nav_current=4, known=True,
             service="HelloAsso (paiements et adhésions pour associations), reconstruction",
             notes="Plain 'Autoriser … pour entraîner ses modèles' checkbox left unchecked, a state row whose "
                   "button cancels a lodged objection ('Annuler mon opposition …'); decoys: reply suggestions "
                   "without keeping messages, audience cookies said not to train; CSS-class hidden decoy.",
             lead="Décidez de ce que les associations voient de vous et de l'usage qui est fait de vos données.")
    with p.section("Paiements"):
        p.select("Contribution volontaire à HelloAsso proposée par défaut",
                 ["Montant suggéré", "Aucune contribution", "Je choisis à chaque fois"], 2)
        p.checkbox("Recevoir mes reçus fiscaux par e-mail", True)
        p.checkbox("Afficher mon nom sur la page de collecte", False)
        p.checkbox("Mémoriser ma carte bancaire", False)
    with p.section("Communications"):
        p.checkbox("Actualités des associations que je soutiens", True, mode="wrap")
        p.checkbox("Lettre d'information HelloAsso", False, mode="wrap")
        p.radios("Fréquence des e-mails", ["Au fil de l'eau", "Une fois par semaine", "Une fois par mois"], 1,
                 style="radiogroup")
    with p.section("Intelligence artificielle",
                   intro="HelloAsso développe des outils d'IA, par exemple pour aider les associations à rédiger "
                         "leurs campagnes. Choisissez si vos données peuvent y contribuer."):
        p.checkbox("Autoriser HelloAsso à utiliser mes paiements et adhésions pour entraîner ses modèles d'IA",
                   False, ai=("p", False))
        p.state_row("Vos messages aux associations", "Opposition enregistrée le 3 mars 2025",
                    "Annuler mon opposition", suffix=" à l'entraînement des modèles d'IA sur mes messages",
                    ai=("i", False))
        p.switch("Suggestions de réponses aux associations", False,
                 help="Rédigées à la volée, sans conservation de vos messages.")
        with p.hidden("display-none-class", cls="bloc-archive"):
            p.checkbox("Partager mes données de don avec des partenaires IA", False, hidden_ai=True)
    with p.section("Notifications"):
        p.table("Être prévenu par", ["Événement", "E-mail", "Application"], [
            ("Un paiement a été accepté", [(True, None), (True, None)]),
            ("Une association publie une actualité", [(False, None), (True, None)]),
            ("Mon adhésion arrive à échéance", [(True, None), (False, None)]),
        ])
    with p.section("Mesure d'audience"):
        p.checkbox("Accepter les cookies de mesure d'audience", True,
                   help="Statistiques de fréquentation uniquement, jamais utilisées pour entraîner une IA.")
    with p.section("Applications connectées"):
        p.state_row("Google", "Connecté", "Déconnecter", suffix=" le compte Google")
    with p.section("Vos données"):
        p.buttons("Télécharger mes données", "Supprimer mon compte", "Enregistrer")
    return p


def cretes():
    p = Page("fr", "les-cretes-vie-privee", "https://adherents.lescretes-rando.test/compte/vie-privee", UI,
             brand="Les Crêtes – Club de randonnée", title="Vie privée · Espace adhérents Les Crêtes", h1="Vie privée",
             nav=["Mon adhésion", "Sorties", "Mes traces", "Covoiturage", "Vie privée", "Licence"], nav_current=4,
             service="Invented hiking club",
             notes="Infinitive 'Ne pas utiliser … pour l'entraînement de l'IA' switch on, a two-row table under "
                   "a heading/intro that carries the meaning (column 'Partager'); inactive tab panel holds "
                   "the hidden decoy; decoys: automatic trace publishing, photos, car-sharing.")
    with p.tabs("Rubriques", ["Réglages actuels", "Anciens réglages"]) as t:
        with t.panel(0):
            with p.section("Annuaire du club"):
                p.select("Qui peut voir mes coordonnées ?", ["Tous les adhérents", "Les animateurs seulement", "Personne"], 1)
                p.checkbox("Apparaître dans le trombinoscope", True)
                p.checkbox("J'accepte d'apparaître sur les photos publiées par le club", True)
            with p.section("Sorties"):
                p.checkbox("Me prévenir quand une sortie de mon niveau est publiée", True)
                p.segmented("Mon niveau de marche", ["Facile", "Moyen", "Sportif"], 1)
                p.checkbox("Proposer des places de covoiturage", False)
                p.radios("Format de la lettre du club", ["Papier", "Numérique"], 1)
            with p.section("Traces GPS"):
                p.switch("Publier automatiquement mes traces après chaque sortie", False, mode="native")
                p.switch("Ne pas utiliser mes traces GPS pour l'entraînement de l'IA", True,
                         help="Concerne les traces que vous importez depuis votre montre ou l'application du club.",
                         ai=("i", False))
            with p.section("Étude de fréquentation des sentiers",
                           intro="Le parc naturel régional et un laboratoire universitaire préparent un modèle de "
                                 "prévision de la fréquentation. Pour l'entraîner, ils nous demandent des données "
                                 "d'adhérents."):
                p.table("Données mises à disposition du laboratoire", ["Donnée", "Partager"], [
                    ("Sorties réalisées", [(True, ("h", True))]),
                    ("Avis sur les sentiers", [(False, ("h", False))]),
                ])
            with p.section("Assurance et licence"):
                p.checkbox("Recevoir l'attestation de licence par e-mail", True)
                p.buttons("Déposer un certificat médical", "Enregistrer")
        with t.panel(1):
            with p.section("Anciens réglages"):
                p.checkbox("Autoriser l'export de mes traces vers des IA tierces", False, hidden_ai=True)
    return p


def coupdemain():
    p = Page("fr", "coup-de-main-donnees", "https://app.coupdemain-solidaire.test/parametres/donnees", UI,
             brand="Coup de Main Solidaire", title="Mes données – Coup de Main Solidaire", h1="Mes données",
             nav=["Accueil", "Missions", "Messagerie", "Mon profil", "Mes données", "Aide"], nav_current=4,
             service="Invented volunteering app",
             notes="Vague programme switch 'Participer au programme « Mieux vous orienter »' explained by its "
                   "description, participle checkbox 'Mes messages exclus de …' unchecked, plain select set to "
                   "'Autorisée'; decoys: automatic thread summary, anonymous statistics said not to train; "
                   "aria-hidden decoy.")
    with p.section("Profil"):
        p.checkbox("Rendre mon profil visible aux associations", True)
        p.checkbox("Afficher ma ville", True)
        p.select("Disponibilités affichées", ["En semaine", "Le week-end", "En soirée", "Selon les missions"], 3)
        p.checkbox("Montrer mes badges d'engagement", True)
        p.radios("Qui peut me contacter ?", ["Toutes les associations", "Celles de mes missions", "Personne"], 1)
    with p.section("Notifications"):
        p.switch("Nouvelles missions près de chez moi", True, mode="native")
        p.switch("Rappel la veille d'une mission", True, mode="native")
        p.switch("Messages des associations par SMS", False, mode="native")
        p.select("Résumé des missions par e-mail", ["Chaque jour", "Chaque semaine", "Jamais"], 1)
    with p.section("Intelligence artificielle",
                   intro="Certaines fonctions de l'application reposent sur l'IA. Voici ce que vous contrôlez."):
        p.switch("Résumé automatique des fils de discussion", True,
                 help="Le résumé est généré à l'affichage et n'est pas conservé.")
        p.switch("Participer au programme « Mieux vous orienter »", False, mode="labelledby",
                 help="Vos réponses aux questionnaires et vos échanges avec les associations servent à "
                      "entraîner notre modèle de mise en relation.", ai=("v", False))
        p.checkbox("Mes messages exclus de l'entraînement des modèles d'IA", False, ai=("i", True))
        p.select("Utilisation de mon parcours bénévole pour entraîner l'IA", ["Autorisée", "Refusée"], 0,
                 ai=("p", True))
        with p.hidden("aria-hidden"):
            p.switch("Transmettre mes échanges à des partenaires d'IA", False, hidden_ai=True)
    with p.section("Statistiques"):
        p.checkbox("Partager des statistiques d'utilisation anonymes", True,
                   help="Elles servent uniquement à mesurer la fréquentation des pages, pas à entraîner des modèles.")
    with p.section("Attestations et compte"):
        p.buttons("Télécharger mon attestation de bénévolat", "Exporter mes données (JSON)",
                  "Supprimer mon compte", "Enregistrer")
    return p


def ocean():
    p = Page("fr", "ocean-vivant-preferences", "https://donateurs.ocean-vivant.test/mon-compte/preferences", UI,
             brand="Fondation Océan Vivant", title="Mes préférences | Espace donateurs Océan Vivant",
             h1="Mes préférences",
             nav=["Mes dons", "Mes reçus fiscaux", "Don mensuel", "Mes préférences", "Legs et donations"], nav_current=3,
             service="Invented marine-conservation foundation (donor area)",
             notes="Imperative 'Bloquer l'entraînement des IA partenaires …' switch left off, a state row named "
                   "through aria-labelledby under a heading that carries the meaning; closed dialog holds the "
                   "hidden decoy; decoys: on-phone species recognition, name in annual report.")
    with p.section("Mon don mensuel"):
        p.select("Montant mensuel", ["10 €", "20 €", "30 €", "Autre montant"], 1)
        p.select("Date de prélèvement", ["Le 5 du mois", "Le 15 du mois", "Le 25 du mois"], 0)
        p.checkbox("Reçu fiscal annuel par e-mail plutôt que par courrier", True)
    with p.section("Nous contacter"):
        p.checkbox("Magazine Océan Vivant (4 numéros par an)", True, mode="wrap")
        p.checkbox("Appels à dons urgents par SMS", False, mode="wrap")
        p.checkbox("Brochure sur les legs", False, mode="wrap")
        p.checkbox("Me proposer des événements près de chez moi", True, mode="wrap")
        p.radios("Afficher mon nom dans le rapport annuel", ["Oui, en entier", "Initiales seulement", "Non"], 2,
                 style="radiogroup")
    with p.section("Vos contributions scientifiques",
                   intro="Avec l'application Océan Vivant, vous signalez les espèces observées en plongée ou "
                         "depuis le rivage."):
        p.switch("Reconnaissance automatique des espèces", True, mode="native",
                 help="Effectuée sur votre téléphone : vos photos ne quittent pas l'appareil pour cela.")
        p.switch("Bloquer l'entraînement des IA partenaires sur mes vidéos", False,
                 help="Vidéos publiées dans l'application.", ai=("i", True))
    with p.section("Intelligence artificielle et recherche",
                   intro="Nos partenaires scientifiques entraînent des modèles de reconnaissance des espèces à "
                         "partir des photos envoyées par les donateurs."):
        p.state_row("Vos photos de plongée", "Non transmises", "Modifier", ai=("h", False))
        with p.dialog("En savoir plus sur ce partenariat", "Le partenariat scientifique",
                      text="Les photos sont transmises sans vos nom et coordonnées.", close="Fermer"):
            p.checkbox("Transmettre aussi mes enregistrements sonores pour l'entraînement", False, hidden_ai=True)
    with p.section("Mes coordonnées"):
        p.buttons("Modifier mon adresse postale", "Modifier mes coordonnées bancaires", "Enregistrer mes préférences")
    return p


def assoclub():
    p = Page("fr", "assoclub-confidentialite", "https://www.assoclub.test/mon-club/reglages/confidentialite", UI,
             brand="Assoclub", title="Confidentialité – Chorale du Val · Assoclub", h1="Confidentialité",
             nav=["Mon club", "Agenda", "Documents", "Cotisation", "Confidentialité", "Messagerie"], nav_current=4,
             service="Invented association-management platform (a choir's space)",
             notes="Plain question fieldset ('… peuvent-ils servir à entraîner nos modèles d'IA ?', Oui), noun "
                   "'Opposition à …' checkbox not ticked, vague 'Contribuer à Assoclub Labs' in a closed "
                   "details with help placed nearby; decoys: voice isolation on demand, daily digest; "
                   "visibility:hidden decoy.")
    with p.section("Annuaire"):
        p.radios("Qui voit mon numéro de téléphone ?", ["Tous les membres", "Le bureau uniquement", "Personne"], 1)
        p.checkbox("Afficher ma photo dans l'annuaire", True)
    with p.section("Répétitions et enregistrements",
                   intro="Le chef de chœur peut enregistrer les répétitions pour que chacun travaille sa partie."):
        p.switch("M'envoyer l'enregistrement après chaque répétition", True, mode="native")
        p.select("Pupitre", ["Soprano", "Alto", "Ténor", "Basse"], 2)
        p.radios("Vos enregistrements de répétition peuvent-ils servir à entraîner nos modèles d'IA ?",
                 ["Oui", "Non"], 0, ai=("p", True))
        p.switch("Isoler ma voix dans les enregistrements", False,
                 help="Traitement par IA à la demande ; l'audio n'est pas réutilisé.")
    with p.section("Messagerie"):
        p.checkbox("Opposition à l'entraînement de l'IA sur mes messages", False, tie="near",
                   help="Sans opposition de votre part, les messages échangés dans la messagerie du club "
                        "peuvent servir à améliorer nos modèles.", ai=("i", True))
        p.checkbox("Recevoir un résumé quotidien des discussions", True)
    with p.section("Agenda"):
        p.checkbox("Ajouter les répétitions à mon agenda", True)
        p.segmented("Rappels", ["Aucun", "La veille", "Le jour même"], 1)
        with p.details("Options avancées"):
            p.checkbox("Contribuer à Assoclub Labs", False, tie="near",
                       help="Labs entraîne nos modèles d'IA sur les comptes rendus de réunion et les documents "
                            "partagés de votre club.", ai=("v", False))
            p.select("Format d'export de l'agenda", ["iCal", "CSV"], 0)
            with p.hidden("visibility-hidden"):
                p.switch("Entraînement sur les documents du bureau", False, hidden_ai=True)
    with p.section("Cotisation"):
        p.checkbox("Prélèvement automatique de la cotisation", True)
        p.buttons("Télécharger mon reçu de cotisation", "Enregistrer")
    return p


PAGES = [helloasso, cretes, coupdemain, ocean, assoclub]

from lib import Page, LANGS

L = LANGS["fr"]


def lemonde():
    p = Page("fr", "lemonde-preferences", "https://www.lemonde.fr/compte/preferences/", "Le Monde",
             "Mes préférences - Le Monde", "Mes préférences",
             "Service connu (reconstruction, vouvoiement). Case à cocher explicite, liste « opposition » (inversée), radiogroup « Lecteurs associés » dont seule l'aide parle d'apprentissage ; interrupteur partenaires sous aria-hidden.",
             ["Mon compte", "Mon abonnement", "Mes préférences", "Newsletters", "Mes commentaires", "Aide"], active=2,
             intro="Vos choix s'appliquent sur le site et dans l'application.",
             known=True, search=("Rechercher", "Rechercher sur Le Monde"), langsel=("Langue", L),
             account=("Mon compte", ["Mon abonnement", "Ma sélection", "Se déconnecter"]),
             footer=("Le Monde – Société éditrice du Monde", "Mentions légales", "Charte de confidentialité", "Conditions générales", "Nous contacter"),
             prefix="lm", hide_class="hidden", accent="#1a1a1a", font="'The Antiqua B',Georgia,serif")
    p.sec("Commentaires")
    p.text("Pseudonyme", "Ariane L.")
    p.cb("Autoriser l'utilisation de mes commentaires pour entraîner des modèles d'IA", False, ai="p")
    p.cb("Être prévenu(e) des réponses à mes commentaires", True)
    p.end()
    p.sec("Historique de lecture")
    p.select("Opposition à l'entraînement de l'IA sur mon historique de lecture", ["Je m'y oppose", "Je ne m'y oppose pas"], 1,
             shares=[False, True], ai="i")
    p.sw("Reprendre la lecture là où je m'étais arrêté(e)", True)
    p.sw("Écoute des articles (voix de synthèse)", False,
         help="Une voix générée lit les articles. Elle n'apprend rien de votre écoute.")
    p.sw("Partage avec des partenaires pour l'entraînement de modèles", False, hide="aria")
    p.end()
    p.sec("Programmes lecteurs")
    p.rgroup("Programme « Lecteurs associés »", ["Participer", "Ne pas participer"], 0, shares=[True, False],
             help="En participant, vos annotations et surlignages servent à améliorer nos modèles d'apprentissage automatique.", ai="v")
    p.cb("Recevoir les invitations aux conférences du Monde", False)
    p.end()
    p.sec("Newsletters")
    p.cb("La Matinale", True)
    p.cb("Le Brief politique", False)
    p.cb("Les offres du Monde et de ses partenaires", False)
    p.cb("Cours en ligne « Comprendre l'IA » (Campus Le Monde)", False)
    p.end()
    p.sec("Publicité et mesure d'audience")
    p.sw("Publicité personnalisée", False)
    p.sw("Mesure d'audience", True, help="Statistiques agrégées, jamais utilisées pour entraîner des modèles.")
    p.button("Télécharger mes données")
    p.button("Supprimer mon compte")
    p.end()
    return p


def ouestfrance():
    p = Page("fr", "ouest-france-confidentialite", "https://www.ouest-france.fr/mon-compte/confidentialite/", "Ouest-France",
             "Confidentialité – Mon compte Ouest-France", "Confidentialité",
             "Service connu (reconstruction, vouvoiement). Tableau rédaction/partenaires sous une légende « Entraînement » (cellules heading-only, aria-labelledby), ligne d'état « Retirer mon opposition » (inversée, suffixe masqué visuellement) ; case en visibility:hidden.",
             ["Mon abonnement", "Mes informations", "Mes newsletters", "Confidentialité", "Mon journal papier"], active=3,
             known=True, search=("Rechercher", "Une commune, un sujet…"), langsel=("Langue", L),
             account=("Mon espace", ["Lire le journal", "Mes alertes", "Déconnexion"]),
             footer=("Ouest-France", "Mentions légales", "Données personnelles", "Gestion des cookies", "Contact"),
             prefix="of", hide_class="masque", accent="#e2001a", font="Roboto,Arial,sans-serif", bg="#f3f3f3")
    p.sec("Ma commune")
    p.select("Édition locale", ["Rennes", "Saint-Malo", "Vannes", "Quimper"], 0)
    p.cb("Alertes pour ma commune", True)
    p.cb("Avis d'obsèques de mon secteur", False)
    p.end()
    p.sec("Vos contributions")
    p.table("Entraînement de nos outils d'intelligence artificielle", "Contenu", ["Notre rédaction", "Nos partenaires"],
            ["Photos envoyées à la rédaction"], [[True, False]], ai_cols={0: ("h", False), 1: ("h", False)}, labelledby=True)
    p.cb("Afficher mon nom sous les photos publiées", True)
    p.end()
    p.sec("Vos droits")
    p.state("Votre opposition est enregistrée depuis le 4 février.", "Elle s'applique à tous vos contenus.", "Retirer",
            sharing=False, suffix="mon opposition à l'entraînement de l'IA", ai="i")
    p.cb("Utiliser mes lectures pour entraîner l'IA", False, hide="visibility")
    p.button("Exercer mon droit d'accès")
    p.end()
    p.sec("Services")
    p.sw("Résumé audio du matin", True, help="Lu par une voix de synthèse.")
    p.sw("Mode sombre", False)
    p.sw("Lecture hors connexion du journal numérique", True)
    p.rgroup("Taille du texte", ["Normale", "Grande"], 0)
    p.end()
    p.sec("Lettres d'information")
    p.cb("L'essentiel du matin", True)
    p.cb("Sport Ouest", True)
    p.cb("Bons plans de nos partenaires", False)
    p.button("Suspendre la livraison")
    p.end()
    return p


def zephyr():
    p = Page("fr", "kiosque-zephyr-donnees", "https://app.kiosque-zephyr.test/reglages/donnees", "Kiosque Zéphyr",
             "Tes données — Kiosque Zéphyr", "Tes données",
             "Agrégateur inventé (tutoiement). Boutons segmentés sous un titre « Ce que notre IA apprend de toi » (heading-only), bouton-interrupteur aria-label explicite, fieldset radio vague + aide ; interrupteur recherches dans une boîte de dialogue fermée.",
             ["Mon fil", "Sources", "Tes données", "Notifications", "Affichage", "Zéphyr+"], active=2,
             search=("Rechercher", "Cherche un sujet"), langsel=("Langue", L),
             account=("Profil", ["Changer de compte", "Zéphyr+", "Se déconnecter"]),
             footer=("Kiosque Zéphyr SAS", "Confidentialité", "CGU", "Statut du service"),
             prefix="kz", hide_class="cache", accent="#3949ab", font="Inter,sans-serif", bg="#f5f6fa")
    p.sec("Ce que notre IA apprend de toi")
    p.seg("Tes favoris", ["Oui", "Non"], 0, shares=[True, False], ai="h")
    p.bsw("Entraîner nos modèles avec ton historique de lecture", False, ai="p")
    p.end()
    p.sec("Classement du fil")
    p.radios("Aide-nous à affiner Zéphyr", ["Avec mes données", "Sans mes données"], 0, shares=[True, False],
             help="Tes clics et ton temps de lecture servent à entraîner le modèle qui classe les articles.", ai="v")
    dlg = []
    p.sw("Entraînement des modèles avec mes recherches", True, hide="dialog", out=dlg)
    p.sw("Garder mes recherches récentes", True, out=dlg)
    p.dialog("Options avancées", "Options avancées", dlg, "Fermer")
    p.end()
    p.sec("Fil")
    p.sw("Masquer les articles payants", True)
    p.sw("Résumés générés par IA", False, help="Générés à partir du texte de l'article uniquement.")
    p.select("Pays", ["France", "Belgique", "Suisse", "Canada"], 0)
    p.rgroup("Thème", ["Clair", "Sombre", "Auto"], 2)
    p.end()
    p.sec("Notifications")
    p.sw("Alertes info", True)
    p.sw("Le récap du soir", False)
    p.seg("Rythme", ["Calme", "Normal", "Tout"], 1, how="label")
    p.cb("Suggestions de podcasts d'actu", True)
    p.end()
    p.sec("Zéphyr+")
    p.button("Passer à Zéphyr+")
    p.cb("Essai gratuit d'un mois pour un ami", False)
    p.end()
    p.sec("Compte")
    p.button("Applications connectées")
    p.button("Exporter mes données")
    p.button("Supprimer mon compte")
    p.end()
    return p


def parlonsen():
    p = Page("fr", "parlons-en-confidentialite", "https://compte.parlons-en.test/parametres/confidentialite", "Parlons-en",
             "Confidentialité | Parlons-en, l'espace commentaires de vos journaux", "Confidentialité",
             "Plateforme de commentaires inventée pour la presse régionale (vouvoiement). Bouton-interrupteur nommé par son texte « Exclure… » (inversé), ligne d'état « Activer » via aria-labelledby, liste sous titre « Apprentissage automatique » (heading-only) ; interrupteur dans un onglet inactif.",
             ["Profil", "Journaux suivis", "Confidentialité", "Notifications", "Blocages"], active=2,
             search=("Rechercher", "Rechercher une discussion"), langsel=("Langue", L),
             account=("Mon profil", ["Mes discussions", "Mes abonnements", "Déconnexion"]),
             footer=("Parlons-en — utilisé par 40 titres de presse", "Charte de la communauté", "Confidentialité", "Aide"),
             prefix="pe", hide_class="invisible", accent="#00897b", font="'Source Sans Pro',sans-serif")
    p.sec("Modération")
    p.bsw("Exclure mes messages de l'entraînement de l'IA de modération", False, how="text", ai="i")
    p.state("Entraînement du modèle avec vos votes et signalements", "Désactivé", "Activer", sharing=False, ai="p")
    p.end()
    p.sec("Apprentissage automatique", "Nos modèles de classement des discussions s'entraînent sur l'activité des membres.")
    p.select("Mes réponses dans les fils", ["Incluses", "Exclues"], 1, shares=[True, False], ai="h")
    p.end()
    p.sec("Visibilité")
    pub, mod = [], []
    tmp = p.body
    p.body = pub
    p.sw("Afficher ma ville sur mon profil", True)
    p.sw("Montrer mon nombre de messages", False)
    p.body = tmp
    p.sw("Permettre l'entraînement sur mes messages signalés", True, hide="tab", out=mod)
    p.tabs("Réglages du profil", ["Profil public", "Modération"], [pub, mod])
    p.end()
    p.sec("Notifications")
    p.cb("Quand on me répond", True)
    p.cb("Quand on cite mon message", True)
    p.cb("Sélection hebdomadaire des débats", False)
    p.select("Fréquence des e-mails", ["Immédiate", "Quotidienne", "Jamais"], 1)
    p.end()
    p.sec("Compte")
    p.text("Nom affiché", "Yvon du Finistère")
    p.text("Adresse e-mail", "yvon.k@example.fr", type="email")
    p.button("Gérer les membres bloqués")
    p.button("Télécharger mes messages")
    p.button("Fermer mon compte")
    p.end()
    return p


def cimes():
    p = Page("fr", "courrier-des-cimes-lettres-podcasts", "https://www.courrierdescimes.test/mon-compte/lettres-et-podcasts", "Le Courrier des Cimes",
             "Lettres et podcasts – Le Courrier des Cimes", "Lettres et podcasts",
             "Journal local inventé (vouvoiement). Interrupteur « Ne pas utiliser » (inversé), case vague dont l'aide parle d'entraînement, liste explicite ; compte enfant masqué par l'attribut hidden.",
             ["Mon abonnement", "Lettres et podcasts", "Mes données", "Portage", "Factures"], active=1,
             intro="Le journal du Haut-Chablais et des vallées, chaque jeudi.",
             search=("Rechercher", "Rechercher dans les archives"), langsel=("Langue", L),
             account=("Mme Perrier", ["Le journal en PDF", "Portage", "Déconnexion"]),
             footer=("Le Courrier des Cimes, hebdomadaire d'information locale", "Mentions légales", "Confidentialité", "Nous écrire"),
             prefix="cc", hide_class="hors-ecran", accent="#5d4037", font="Lora,serif", bg="#f7f3ee")
    p.sec("Podcast « La Voix des vallées »")
    p.sw("Ne pas utiliser mes messages vocaux pour l'entraînement", True,
         help="Les messages que vous laissez au répondeur de l'émission.", ai="i")
    p.cb("Partager mes corrections de sous-titres", True,
         help="Vos corrections servent à entraîner notre modèle de reconnaissance vocale.", ai="v")
    p.select("Vitesse de lecture", ["Normale", "1,5×"], 0)
    p.sw("Téléchargement automatique", False)
    p.end()
    p.sec("Sondages lecteurs")
    p.select("Utilisation de mes réponses aux sondages pour entraîner nos modèles", ["Autorisée", "Refusée"], 0,
             shares=[True, False], ai="p")
    p.cb("Me proposer les sondages", True)
    p.end()
    p.sec("Compte famille")
    p.bsw("Entraîner l'IA avec le compte de mon enfant", False, hide="hidden")
    p.button("Ajouter un membre de la famille")
    p.end()
    p.sec("Lettres d'information")
    p.cb("La lettre du jeudi", True)
    p.cb("Agenda du week-end", True)
    p.cb("Petites annonces", False)
    p.cb("Résultats sportifs du club", True)
    p.sw("Recevoir la lettre en version texte seul", False)
    p.cb("Offres de nos annonceurs", False)
    p.end()
    p.sec("Portage")
    p.text("Consignes pour le porteur", "Boîte aux lettres verte")
    p.select("Suspension pendant les vacances", ["Aucune", "Suspendre", "Faire suivre"], 0)
    p.button("Modifier mon adresse")
    p.button("Résilier mon abonnement")
    p.end()
    return p


def pages():
    return [lemonde(), ouestfrance(), zephyr(), parlonsen(), cimes()]

from lib import AI, Page

LANGS = [("fr", "Français"), ("en", "English"), ("es", "Español"), ("de", "Deutsch")]


def chrome(search_ph, account, menu, nav, k, footer, copyright, nav_label="Mon compte"):
    return dict(skip="Aller au contenu", search_label="Rechercher", search_ph=search_ph,
                lang_label="Langue", langs=LANGS, account=account,
                menu=[(t, "#") for t in menu], nav_label=nav_label,
                nav=[(t, "#", i == k) for i, t in enumerate(nav)],
                footer=[(t, "#") for t in footer], copyright=copyright)


def shotgun():
    c = chrome("Artistes, soirées, clubs…", "Mon profil",
               ["Mes billets", "Paramètres", "Se déconnecter"],
               ["Profil", "Billets", "Paiements", "Notifications", "Confidentialité"], 4,
               ["À propos", "Aide", "Organisateurs", "CGU", "Confidentialité"], "© Shotgun")
    p = Page("fr", "shotgun-confidentialite", "Shotgun", "https://shotgun.live/fr/settings/privacy",
             "Confidentialité – Shotgun", "Confidentialité",
             "Service connu (tutoiement). Switch aria-labelledby à la négative (activé → false) ; select dont le libellé n'a de sens que par le titre et l'intro de section (partager → true) ; case dans un details fermé (plain, décochée). Leurres : recommandations de soirées, visibilité auprès des amis, notifications. Caché : dialog fermé.",
             c, known=True, intro="Choisis ce que Shotgun fait de tes données.")
    with p.section("Ton activité"):
        p.switch("Ne pas utiliser mes données pour entraîner les modèles d'IA", True, ai=AI("i", inv=True),
                 help="Billets, likes et recherches restent en dehors de l'entraînement de nos modèles.")
        p.switch("Recommandations de soirées", True,
                 help="On te propose des events selon les artistes que tu suis.")
        p.switch("Montrer à mes amis les soirées où je vais", False)
    with p.section("Organisateurs partenaires",
                   "Certains organisateurs utilisent l'historique de billets pour entraîner leurs propres outils d'IA (prévision d'affluence, lutte contre la revente)."):
        p.select("Mon historique de billets", [("share", "Partager"), ("no", "Ne pas partager")], "share",
                 ai=AI("h", share={"share": True, "no": False}))
        p.checkbox("Recevoir les newsletters des organisateurs que je suis", True)
    with p.dialog("Programme partenaires", "Programme partenaires", "Fermer"):
        p.checkbox("Transmettre mes données à des laboratoires d'IA partenaires", False, ai=AI("p"))
    with p.section("Notifications"):
        p.checkbox("Mise en vente des artistes que je suis", True)
        p.checkbox("Rappel la veille de la soirée", True)
        p.checkbox("Offres et codes promo", False)
    with p.section("Support et données"):
        with p.details("Plus d'options"):
            p.checkbox("Autoriser Shotgun à utiliser mes messages au support pour améliorer son IA", False, ai=AI("p"))
        p.button("Télécharger mes données")
        p.button("Associer Spotify")
        p.button("Gérer mes moyens de paiement")
        p.checkbox("Double authentification par SMS", False)
        p.button("Supprimer mon compte")
    p.button("Enregistrer", cls="btn-primary")
    return p


def fnac():
    c = chrome("Rechercher un spectacle, un artiste, une salle", "Mon compte",
               ["Mes commandes", "Mes e-billets", "Déconnexion"],
               ["Mes informations", "Mes commandes", "Mes e-billets", "Mes alertes", "Confidentialité"], 4,
               ["Aide", "Conditions générales de vente", "Données personnelles", "Cookies", "Mentions légales"],
               "© Fnac Spectacles")
    p = Page("fr", "fnacspectacles-confidentialite", "Fnac Spectacles", "https://www.fnacspectacles.com/mon-compte/confidentialite/",
             "Confidentialité – Mon compte – Fnac Spectacles", "Confidentialité et données personnelles",
             "Service connu (vouvoiement). Ligne d'état avec suffixe masqué 'Retirer mon opposition…' (opposition enregistrée → false) ; fieldset radio plain (Non → false) ; case au nom vague dont l'aide, placée à côté, parle d'entraînement (cochée → true). Leurres : alertes, pubs, mesure d'audience sans entraînement. Caché : classe CSS display:none.",
             c, known=True, intro="Gérez l'utilisation de vos données personnelles.", css_hidden_class="fs-masque")
    with p.section("Intelligence artificielle"):
        p.state_row("Partenaires d'intelligence artificielle", "Opposition enregistrée le 02/02/2025", "Retirer mon opposition",
                    ai=AI("i", sharing=False), suffix="au partage avec des partenaires d'IA",
                    help="Tant que votre opposition est active, nous ne transmettons pas vos données à des partenaires pour entraîner leurs modèles.")
        p.radios("Utiliser mes avis de spectateur pour entraîner vos modèles d'IA", [("oui", "Oui"), ("non", "Non")], "non",
                 ai=AI("p", share={"oui": True, "non": False}))
        p.checkbox("Participer au programme Qualité Billetterie", True, ai=AI("v"), help_mode="near",
                   help="Vos échanges avec le service client servent à entraîner notre assistant de réponse automatique.")
        p.switch("Résumé des avis par IA", True, help="Une synthèse des avis du public s'affiche sur chaque spectacle.")
    with p.hidden("css-class"):
        p.checkbox("Utiliser mes enregistrements d'appels pour améliorer la reconnaissance vocale", True, ai=AI("p"))
    with p.section("Mes alertes"):
        p.checkbox("Alerte mise en vente", True)
        p.checkbox("Alerte dernières places", False)
        p.select("Région pour les suggestions", [("idf", "Île-de-France"), ("ara", "Auvergne-Rhône-Alpes"), ("paca", "Provence-Alpes-Côte d'Azur")], "idf")
    with p.section("Communication et mesure"):
        p.checkbox("Publicités personnalisées", False)
        p.checkbox("Offres de nos partenaires par e-mail", False)
        p.checkbox("Mesure d'audience", True, help="Statistiques de fréquentation du site, jamais utilisées pour entraîner des modèles.")
    with p.section("Mes données"):
        p.button("Demander une copie de mes données")
        p.button("Modifier mon mot de passe")
        p.button("Gérer mes adresses de livraison")
        p.checkbox("Recevoir mes e-billets aussi par SMS", False)
        p.button("Fermer mon compte")
    p.button("Valider", cls="btn-primary")
    return p


def stade_lumiere():
    c = chrome("Rechercher un match, une offre…", "Espace abonné",
               ["Mes abonnements", "Mes billets", "Déconnexion"],
               ["Mon profil", "Abonnements", "Famille", "Mes données", "Paiement"], 3,
               ["Accès au stade", "Accessibilité", "Politique de confidentialité", "Mentions légales"],
               "Stade Lumière Rugby – Billetterie officielle", nav_label="Espace abonné")
    p = Page("fr", "stade-lumiere-mes-donnees", "Stade Lumière Rugby", "https://billetterie.stade-lumiere.test/espace-abonne/mes-donnees",
             "Mes données – Billetterie Stade Lumière", "Mes données",
             "Club de rugby inventé (vouvoiement). Tableau de cases (catégorie × club/ligue) dont seul le titre du tableau parle d'entraînement ; case native role=switch 'Exclure mes enfants…' cochée (→ false). Leurres : entrée sans contact sur l'appareil, replacement de siège, buvette sans contact. Caché : onglet inactif.",
             c, intro="Abonnement 2025-2026 · Tribune Ouest, rang K")
    with p.tabs("Membres du compte", ["Titulaire", "Famille"]) as panel:
        with panel(0):
            with p.section("Jour de match"):
                p.checkbox("Entrée sans contact avec le téléphone", True, switch=True,
                           help="Le billet reste chiffré dans votre téléphone.")
                p.checkbox("Proposer mon siège à la revente si je suis absent", False)
                p.select("Buvette : mode de paiement préféré", [("cb", "Carte bancaire"), ("cashless", "Carte cashless")], "cashless")
            with p.section("Données et IA", "Le club et la Ligue analysent la fréquentation des tribunes."):
                p.table("Qui peut entraîner ses modèles d'IA avec vos données", ["Club", "Ligue"],
                        [("Scans d'entrée au stade", [(True, AI("h")), (False, AI("h"))]),
                         ("Achats à la buvette", [(False, AI("h")), None])], row_head_label="Données")
                p.checkbox("Exclure mes enfants abonnés de l'entraînement des modèles", True, switch=True, ai=AI("i", inv=True))
        with panel(1):
            p.checkbox("Utiliser les données de la carte famille pour entraîner les modèles", True, ai=AI("p"))
    with p.section("Communications"):
        p.checkbox("Newsletter du club", True)
        p.checkbox("Offres de la boutique", False)
        p.checkbox("SMS d'ouverture des portes", True)
    with p.section("Compte"):
        p.button("Ajouter un membre de la famille")
        p.button("Modifier mon RIB")
        p.button("Exporter mes données")
    p.button("Enregistrer", cls="btn-primary")
    return p


def festivalier():
    c = chrome("Cherche un festival, un artiste…", "Moi",
               ["Mon pass", "Mes amis", "Déconnexion"],
               ["Profil", "Mon pass", "Amis", "IA et vie privée", "Notifications"], 3,
               ["Aide", "Charte", "Confidentialité", "CGU"], "Festivalier · l'appli des festivals", nav_label="Réglages")
    p = Page("fr", "festivalier-ia-vie-privee", "Festivalier", "https://app.festivalier.test/reglages/ia-vie-privee",
             "IA et vie privée · Festivalier", "IA et vie privée",
             "Appli de festival inventée (tutoiement). Switch à contenu texte au nom vague, l'aide (aria-describedby) parle d'entraînement (activé → true) ; role=radiogroup 'Opposition…' avec 'Je m'oppose' sélectionné (→ false) ; boutons segmentés plain (activé → true). Leurres : planning intelligent, traduction des annonces, retrouver ses amis, cashless. Caché : aria-hidden.",
             c, intro="Ce que fait l'IA de Festivalier, et avec quoi.")
    with p.section("Fonctions intelligentes"):
        p.switch("Planning intelligent", True, help="Propose un parcours entre les scènes selon tes artistes favoris.")
        p.switch("Traduction des annonces du festival", True)
        p.switch("Contribuer à Festivalier Lab", True, mode="text", ai=AI("v"),
                 help="Tes déplacements sur le site et tes votes servent à entraîner nos modèles de prévision d'affluence.")
    with p.section("Tes photos"):
        p.radios("Opposition à l'entraînement de l'IA sur mes photos",
                 [("oppose", "Je m'oppose"), ("ok", "Je ne m'oppose pas")], "oppose", mode="radiogroup",
                 ai=AI("i", share={"oppose": False, "ok": True}))
        p.checkbox("Publier mes photos dans la galerie du festival", True)
    with p.section("Musique"):
        p.segmented("Entraînement de l'IA avec mes playlists", [("on", "Activé"), ("off", "Désactivé")], "on",
                    ai=AI("p", share={"on": True, "off": False}))
        p.button("Connecter Deezer")
    with p.hidden("aria-hidden"):
        p.checkbox("Partager mes trajets avec la région pour entraîner son modèle de transport", True, ai=AI("p"))
    with p.section("Amis"):
        p.checkbox("Retrouver mes amis sur le site", True)
        p.select("Qui voit ma position ?", [("amis", "Mes amis"), ("perso", "Personne")], "amis")
    with p.section("Notifications et paiement"):
        p.checkbox("Alerte 15 min avant mes concerts", True)
        p.checkbox("Messages des partenaires du festival", False)
        p.button("Recharger mon cashless")
        p.checkbox("Vibrer quand un ami arrive près de moi", False)
        p.select("Langue des notifications", [("fr", "Français"), ("en", "Anglais")], "fr")
        p.button("Télécharger mes données")
    return p


def monclubasso():
    c = chrome("Rechercher un licencié, une équipe…", "Bureau",
               ["Changer de club", "Mon profil", "Déconnexion"],
               ["Club", "Licenciés", "Équipes", "Cotisations", "Données et IA", "Facturation"], 4,
               ["Centre d'aide", "RGPD", "Mentions légales", "Contact"], "MonClubAsso – gestion d'associations sportives",
               nav_label="Administration du club")
    p = Page("fr", "monclubasso-donnees-ia", "MonClubAsso", "https://hbc-vallee-verte.monclubasso.test/admin/donnees-ia",
             "Données et IA – HBC Vallée Verte – MonClubAsso", "Données et IA",
             "Logiciel de club inventé (vouvoiement), données de l'association et des licenciés mineurs. Case avec aria-label 'Interdire…' décochée (→ true) ; switch aria-labelledby plain désactivé (→ false) ; fieldset radio dont la légende n'a de sens que par le titre (seniors seulement → true). Leurres : convocations auto, plan d'entraînement IA (sportif), cotisations. Caché : display:none.",
             c, intro="Paramètres de l'association <strong>HBC Vallée Verte</strong> (handball).")
    with p.section("Licenciés"):
        p.checkbox("Interdire l'utilisation des données des licenciés pour l'entraînement d'IA", False,
                   name_mode="aria-label", ai=AI("i", inv=True),
                   help="Vaut pour les fiches, les présences et les résultats.")
        p.checkbox("Afficher les anniversaires des licenciés aux entraîneurs", True)
        p.switch("Convocations automatiques", True, help="Les joueurs reçoivent leur convocation 48 h avant le match.")
    with p.section("Fédération"):
        p.switch("Partager les feuilles de match avec la fédération pour l'entraînement de son IA d'arbitrage", False, ai=AI("p"))
        p.checkbox("Synchroniser les licences avec la fédération", True)
    with p.section("Vidéos des matchs",
                   "Notre prestataire vidéo propose d'utiliser les vidéos des rencontres pour entraîner son logiciel d'analyse automatique."):
        p.radios("Réponse du club", [("oui", "Accepter"), ("seniors", "Seulement pour les équipes seniors"), ("non", "Refuser")], "seniors",
                 ai=AI("h", share={"oui": True, "seniors": True, "non": False}))
        p.checkbox("Publier les résumés vidéo sur le site du club", True)
    with p.hidden("display-none"):
        p.checkbox("Autoriser l'entraînement de l'IA sur les photos d'équipe", True, ai=AI("p"))
    with p.section("Outils des entraîneurs"):
        p.switch("Plan d'entraînement assisté par IA", True, help="Propose des séances selon la catégorie d'âge.")
        p.select("Niveau des séances", [("debutant", "Découverte"), ("confirme", "Compétition")], "confirme")
        p.checkbox("Partager les séances entre entraîneurs du club", True)
    with p.section("Gestion"):
        p.select("Échéancier des cotisations", [("1", "En une fois"), ("3", "En trois fois")], "3")
        p.button("Exporter les licenciés")
        p.button("Inviter un membre du bureau")
        p.button("Connecter HelloAsso")
        p.checkbox("Relance automatique des cotisations impayées", True)
    p.button("Enregistrer", cls="btn-primary")
    return p


def build():
    return [shotgun(), fnac(), stade_lumiere(), festivalier(), monclubasso()]

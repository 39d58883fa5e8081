from lib import Page


def meetic():
    p = Page("fr", "meetic-confidentialite", "https://www.meetic.fr/app/settings/privacy",
             "Confidentialité – Meetic", "Meetic",
             "Service connu (rencontres). Ligne d’état 'Opposition enregistrée' avec action 'Retirer mon "
             "opposition' nommée par aria-label (opposition en place → false) ; case explicite sur les messages "
             "vocaux cochée (true). Leurres : suggestions de profils, aide à la rédaction par IA, publicité, "
             "« Désactiver mon profil ». Caché : bloc aria-hidden (photos partagées avec des partenaires).",
             ["Mon profil", "Mes critères", "Confidentialité", "Notifications", "Abonnement"], real=True,
             nav_current=2, user="Claire", search_ph="Rechercher un membre", theme="dating")
    p.h("Confidentialité", 1)
    with p.section("Visibilité de mon profil"):
        p.sw("Mode incognito", False,
             help="Seules les personnes que vous avez aimées peuvent voir votre profil.")
        p.radio("Qui peut voir mes photos ?", ["Tous les membres", "Les membres abonnés", "Seulement mes contacts"], 1)
        p.cb("Afficher mon âge", True, wrap=True)
        p.cb("Afficher ma ville", True, wrap=True)
    with p.section("Mes critères de recherche"):
        p.sel("Je recherche", ["Une femme", "Un homme", "Les deux"], 1)
        p.text("Âge minimum", "35", type="number")
        p.text("Âge maximum", "48", type="number")
    with p.section("Intelligence artificielle et données"):
        p.state("Opposition à l’utilisation de mon profil pour entraîner nos algorithmes de recommandation",
                "Opposition enregistrée le 12/02/2025", action="Retirer mon opposition", mode="aria",
                suffix="Retirer mon opposition à l’entraînement de nos algorithmes de recommandation", ai=(False, "i"))
        p.sw("Suggestions de profils personnalisées", True,
             help="Calculées à partir de vos critères ; elles restent liées à votre compte.")
        p.cb("Aide à la rédaction de ma description", False,
             help="Une IA propose des formulations. Vous gardez la main sur le texte final.")
        p.cb("Autoriser Meetic à analyser mes messages vocaux pour améliorer la transcription automatique", True,
             ai=(True, ""))
        with p.hidden("aria"):
            p.cb("Partager mes photos avec nos partenaires pour l’entraînement de modèles", False, ai=True)
    with p.section("Publicité"):
        p.cb("Publicité personnalisée", False)
        p.link("Gérer mes cookies")
    with p.section("Mon compte"):
        p.btn("Télécharger mes données")
        p.btn("Désactiver mon profil")
        p.btn("Enregistrer")
    return p


def discord():
    p = Page("fr", "discord-donnees-confidentialite", "https://discord.com/channels/@me",
             "Discord", "Discord",
             "Service connu (serveurs de discussion) ; paramètres dans un role=dialog ouvert avec onglets "
             "verticaux, les panneaux inactifs sont cachés (dont 'Expériences IA' avec un interrupteur "
             "d’entraînement). Interrupteur vague 'Utiliser les données pour améliorer Discord' dont l’aide parle "
             "d’entraîner des modèles (true) ; case 'Ne pas utiliser mes messages … pour l’entraînement de l’IA' "
             "décochée (inversée, true). Leurres : personnalisation, lecteur d’écran, sous-titres, Krisp.",
             ["Amis", "Nitro", "Boutique", "Messages privés"], real=True, nav_current=0, user="lunaire",
             search_ph="Rechercher", theme="chat")

    def empty(pg):
        pg.para("…")

    def labs(pg):
        pg.sw("Autoriser l’entraînement des modèles sur mes conversations vocales", False, ai=True)

    def donnees(pg):
        with pg.section("Messages privés"):
            pg.radio("Filtre de contenu des messages privés",
                     ["Filtrer tous les messages", "Filtrer les messages des inconnus", "Ne pas filtrer"], 1,
                     mode="custom")
            pg.sw("Autoriser les MP des membres des serveurs", True)
            pg.sw("Autoriser les demandes de message des inconnus", False)
            pg.cb("Masquer les médias susceptibles d’être sensibles", True)
        with pg.section("Comment nous utilisons vos données"):
            pg.sw("Utiliser les données pour améliorer Discord", True,
                  help="Nous utilisons les messages signalés, vos interactions et votre activité dans les salons "
                       "vocaux pour entraîner et évaluer nos modèles de sécurité et de modération.",
                  ai=(True, "v"))
            pg.sw("Utiliser les données pour personnaliser mon expérience Discord", True,
                  help="Sert aux recommandations de serveurs et d’activités ; elles restent dans votre compte.")
            pg.sw("Autoriser Discord à mesurer l’utilisation d’un lecteur d’écran", False,
                  help="Statistiques d’accessibilité uniquement ; elles ne servent pas à entraîner de modèles.")
            pg.cb("Ne pas utiliser mes messages dans les salons publics pour l’entraînement de l’IA", False,
                  ai=(True, "i"))
        with pg.section("Salons vocaux"):
            pg.sw("Sous-titres en direct", False, mode="label", help="Générés sur votre appareil.")
            pg.sw("Suppression du bruit (Krisp)", True, mode="label")
            pg.sel("Mode de saisie", ["Détection de la voix", "Appuyer pour parler"], 0)
            pg.cb("Lire automatiquement les GIF quand Discord est actif", True)
        with pg.section("Contrôle parental"):
            pg.cb("Partager mon activité avec le Centre Famille", False,
                  help="Votre parent ou tuteur voit les serveurs que vous rejoignez, pas vos messages.")
        pg.btn("Demander toutes mes données")

    with p.dialog("Paramètres utilisateur"):
        p.btn("Fermer", extra=' aria-label="Fermer les paramètres"')
        p.tabs("Paramètres utilisateur", [("Mon compte", empty), ("Profils", empty),
                                          ("Données et confidentialité", donnees), ("Appareils", empty),
                                          ("Expériences IA", labs)], active=2)
    return p


def causerie():
    p = Page("fr", "causerie-preferences", "https://causerie.test/compte/preferences",
             "Préférences du compte – Causerie", "Causerie",
             "Forum de discussion inventé. Boutons segmentés 'Inclure mes sujets et réponses dans les licences IA' "
             "(Non pressé → false) ; interrupteur libellé par un span visible 'Retirez mes contributions archivées "
             "… des jeux d’entraînement' sur Désactivé (inversé impératif → true). Leurres : résumé automatique, "
             "recherche intelligente, mesure d’audience (sans entraînement), lecture auto. Caché : display:none.",
             ["Profil", "Préférences", "Messagerie", "Notifications", "Sécurité"], nav_current=1,
             user="Bérénice_L", search_ph="Rechercher dans les discussions", theme="forum")
    p.h("Préférences", 1)
    with p.section("Profil public"):
        p.text("Pseudo", "Bérénice_L")
        p.area("Signature", "« On n’est jamais trop curieux. »")
        p.cb("Afficher mon badge d’ancienneté", True)
    with p.section("Messagerie et modération"):
        p.radio("Recevoir des messages privés de",
                ["Tout le monde", "Membres inscrits depuis plus de 30 jours", "Personne"], 1)
        p.cb("Masquer automatiquement les réponses signalées plusieurs fois", True)
        p.cb("Lecture automatique des vidéos intégrées", False)
    with p.section("Votre contenu et l’IA",
                   intro="Causerie accorde à des entreprises d’IA des licences d’accès à ses archives publiques. "
                         "Vous décidez pour vos propres messages."):
        p.seg("Inclure mes sujets et réponses dans les licences IA", ["Oui", "Non"], 1, ai=(False, ""))
        p.sw("Retirez mes contributions archivées (avant 2020) des jeux d’entraînement", False, mode="lby",
             ai=(True, "i"))
        p.link("Voir la liste des partenaires IA")
        p.cb("Résumé automatique des longues discussions", True)
        p.sw("Recherche intelligente dans les archives", True, mode="lby",
             help="Comprend les questions en langage courant ; vos recherches ne sont pas conservées.")
        with p.hidden("style"):
            p.cb("Autoriser les robots d’IA à collecter mon profil pour leur entraînement", False, ai=True)
    with p.section("Notifications"):
        p.sel("Résumé par e-mail", ["Jamais", "Quotidien", "Hebdomadaire"], 2)
        p.cb("M’avertir quand on me cite", True)
    with p.section("Mesure d’audience"):
        p.cb("Mesure d’audience anonyme", True,
             help="Ces statistiques de fréquentation nous aident à dimensionner les serveurs ; elles ne sont "
                  "jamais utilisées pour entraîner un modèle.")
    p.actions("Exporter mes messages", "Enregistrer les préférences")
    return p


def entraide():
    p = Page("fr", "entraide-quartier-confidentialite",
             "https://benevoles.entraide-quartier.test/parametres/confidentialite",
             "Confidentialité – Entraide Quartier", "Entraide Quartier",
             "Application de bénévolat inventée. Titre 'Amélioration de l’assistant par apprentissage' + intro, "
             "deux cases dont les noms seuls ne disent rien (titre seul : 'Mes comptes rendus de mission' cochée → "
             "true, 'Mes échanges dans la messagerie de groupe' décochée → false) ; ligne d’état consentement donné "
             "avec 'Retirer mon consentement' + suffixe masqué (true). Leurres : assistant de planning, position, "
             "rapports d’erreur, compte mineur, tableau par groupe. Caché : classe CSS display:none.",
             ["Mon profil", "Mes missions", "Confidentialité", "Notifications"], nav_current=2,
             user="Samir", search_ph="Rechercher une mission", theme="volunteer")
    p.h("Confidentialité", 1)
    with p.section("Mon profil de bénévole"):
        p.cb("Apparaître dans l’annuaire des bénévoles", True, wrap=True)
        p.sel("Partager mes disponibilités avec", ["Les coordinateurs", "Tous les bénévoles"], 0)
        p.text("Téléphone", "06 12 34 56 78", type="tel")
        p.cb("Partager ma position pendant les maraudes", False, wrap=True,
             help="Visible uniquement par le binôme et le coordinateur de la soirée.")
    with p.section("Mes groupes"):
        p.tbl("Notifications par groupe", ["Groupe", "Notifications"], [
            ("Maraude du jeudi", [dict(k="sw", on=True)]),
            ("Épicerie solidaire", [dict(k="sw", on=True)]),
            ("Aide aux devoirs", [dict(k="sw", on=False)]),
        ])
    with p.section("Assistant de planning"):
        p.sw("Propositions de créneaux par l’assistant", True, mode="div",
             help="L’assistant propose des créneaux à partir de vos disponibilités.")
    with p.section("Amélioration de l’assistant par apprentissage",
                   intro="Avec votre accord, les contenus ci-dessous servent à entraîner le modèle de l’assistant "
                         "de l’association. Décochez ce que vous ne souhaitez pas fournir."):
        p.cb("Mes comptes rendus de mission", True, wrap=True, ai=(True, "h"))
        p.cb("Mes échanges dans la messagerie de groupe", False, wrap=True, ai=(False, "h"))
        p.state("Photos d’événements où j’apparais",
                "Consentement donné le 4 mars 2024 pour entraîner la reconnaissance d’images",
                action="Retirer mon consentement", suffix="pour les photos d’événements", ai=(True, "i"))
        with p.hidden("class", cls="masque"):
            p.sw("Transmettre les comptes rendus à l’université partenaire pour entraîner un modèle", False, ai=True)
    with p.section("Sécurité et diagnostic"):
        p.cb("Envoyer les rapports d’erreur", True,
             help="Ils servent à corriger l’application et ne sont pas utilisés pour l’apprentissage automatique.")
        p.cb("Compte mineur : accord d’un parent requis pour les missions du soir", True)
        p.link("Télécharger mes données (RGPD)")
    p.actions("Annuler", "Valider")
    return p


def fanzone():
    p = Page("fr", "fanzone-parametres", "https://fanzone-mangas.test/profil/parametres",
             "Paramètres – Fanzone Mangas", "Fanzone Mangas",
             "Communauté de fans inventée (salons audio, fan-arts). Case au participe 'Enregistrements de mes salons "
             "exclus de l’apprentissage automatique' cochée (inversée → false) ; groupe radio sur les fan-arts "
             "avec 'Interdire…' choisi (false) ; ligne d’état 'Autorisé' avec 'Modifier' + suffixe masqué "
             "(true). Leurres : transcription des replays, filigrane, détection de copies, "
             "spoilers, contrôle parental, publicité. Caché : visibility:hidden.",
             ["Profil", "Paramètres", "Mes œuvres", "Salons audio", "Abonnements"], nav_current=1,
             user="kitsune_92", search_ph="Rechercher un fandom, une œuvre…", theme="fan-community")
    p.h("Paramètres", 1)
    with p.section("Salons audio"):
        p.sw("Rejoindre les salons micro coupé", True, mode="label")
        p.sel("Qualité audio", ["Automatique", "Standard", "Haute"], 0)
        p.cb("Enregistrer les salons que j’anime (replay)", True)
        p.cb("Enregistrements de mes salons exclus de l’apprentissage automatique", True,
             help="Les replays restent disponibles pour votre communauté.", ai=(False, "i"))
        p.sw("Transcription des replays", True, mode="label",
             help="Le texte est stocké avec le replay et n’entraîne aucun modèle.")
        p.cb("Me prévenir quand un salon de mes fandoms démarre", False)
        p.state("Entraînement de Fanzone IA sur mes messages dans les salons", "Autorisé",
                suffix="l’entraînement sur mes messages dans les salons", ai=(True, ""))
    with p.section("Fan-arts et galeries"):
        p.cb("Ajouter un filigrane à mes images", True)
        p.radio("Mes fan-arts et l’IA générative",
                ["Autoriser leur utilisation pour entraîner des modèles",
                 "Interdire toute utilisation pour l’entraînement"], 1, ai=(False, ""))
        p.cb("Signaler automatiquement les copies de mes œuvres", True,
             help="Compare les nouvelles images publiées avec les vôtres.")
        with p.hidden("visibility"):
            p.cb("Laisser nos partenaires IA analyser mes fan-fictions", True, ai=True)
    with p.section("Spoilers"):
        p.seg("Masquer les spoilers", ["Toujours", "Seulement les nouveaux épisodes", "Jamais"], 1)
    with p.section("Contrôle parental"):
        p.cb("Compte ado : masquer les salons 16+", True)
        p.text("E-mail du parent", "parent@example.fr", type="email")
    with p.section("Publicité"):
        p.sw("Publicités basées sur mes fandoms", False, mode="label")
    p.btn("Aperçu de mon profil public")
    p.btn("Enregistrer")
    p.link("Exporter mes œuvres")
    return p


def build():
    return [meetic(), discord(), causerie(), entraide(), fanzone()]

from lib import Page


def pages():
    out = []

    # 1 ---------------------------------------------------------------- Petit BamBou (known, tu)
    p = Page("fr", "petitbambou-confidentialite", "https://www.petitbambou.com/fr/compte/confidentialite",
             "Petit BamBou", "Confidentialité", known=True, theme="meditation", accent="#e5a11b", bg="#fdf8ee",
             hidecls="is-hidden",
             nav=[("Mon profil", "/fr/compte/profil", False), ("Mon abonnement", "/fr/compte/abonnement", False),
                  ("Rappels", "/fr/compte/rappels", False), ("Confidentialité", "/fr/compte/confidentialite", True),
                  ("Code cadeau", "/fr/compte/cadeau", False), ("Aide", "/fr/aide", False)],
             menu=[("Mon profil", "/fr/compte/profil"), ("Mes statistiques", "/fr/stats"), ("Se déconnecter", "/fr/logout")],
             footer=[("Mentions légales", "/fr/mentions-legales"), ("Politique de confidentialité", "/fr/confidentialite"),
                     ("CGU", "/fr/cgu"), ("Nous contacter", "/fr/contact")],
             search_ph="Rechercher une méditation, un programme…",
             lede="Tes données t'appartiennent. Tu choisis ce que tu partages avec nous.",
             notes="Service connu, textes inventés (tutoiement). p: interrupteur 'Utiliser mes séances pour entraîner les modèles de Petit BamBou' (désactivé); v: fieldset 'Contribuer à l'amélioration du service', seule l'aide parle d'entraînement; i: ligne d'état 'Activer Opposition à l'entraînement de l'IA' (opposition inactive = partage). Caché : bloc aria-hidden. Leurres : suggestions personnalisées, statistiques, rappels, programmes, export.")
    p.section("Rappels")
    p.switch("Rappel quotidien", True, "Une petite notification pour ne pas oublier ta pause.")
    p.select("Heure du rappel", ["7 h 30", "12 h 00", "18 h 30", "22 h 00"], 3)
    p.check("Rappel le week-end aussi", False)
    p.section("Écoute")
    p.radios("Voix des séances", ["Voix féminine", "Voix masculine"], 0)
    p.switch("Sons de la nature en fond", True)
    p.switch("Télécharger automatiquement le programme en cours", False)
    p.section("Suggestions")
    p.switch("Me proposer des séances adaptées", True,
             "Calculées à partir de ton historique d'écoute, uniquement pour ton compte.")
    p.check("Afficher mes statistiques sur l'accueil", True)
    p.section("Données et intelligence artificielle",
              "Nous travaillons sur de nouveaux outils pour mieux t'accompagner. Voici comment tes données peuvent y participer.")
    p.switch("Utiliser mes séances pour entraîner les modèles de Petit BamBou", False, ai="p")
    p.radios("Contribuer à l'amélioration du service", ["Oui", "Non"], 0, share=[True, False],
             help="Ton humeur avant et après chaque séance et tes retours servent à entraîner nos modèles de recommandation.",
             ai="v")
    p.state("Opposition à l'entraînement de l'IA", "Non activée", "Activer", False, ai="i",
            help="Tu peux t'opposer à tout moment, sans effet sur ton abonnement.")
    p.begin_hidden("aria-hidden")
    p.switch("Partager mon journal d'humeur pour entraîner nos modèles", True, ai="p")
    p.end_hidden()
    p.section("Mon compte")
    p.text("Adresse e-mail", "camille.b@example.fr", type="email")
    p.check("Recevoir la lettre d'information", False)
    p.ctl_button("Exporter mes données")
    p.ctl_button("Supprimer mon compte")
    out.append(p)

    # 2 ---------------------------------------------------------------- Carnet Lucide (invented, vous)
    p = Page("fr", "carnet-lucide-donnees", "https://app.carnet-lucide.test/parametres/donnees", "Carnet Lucide",
             "Vos données", theme="journaling", accent="#3d5a80", bg="#f4f6f9", hidecls="masque",
             nav=[("Général", "/parametres", False), ("Carnets", "/parametres/carnets", False),
                  ("Sécurité", "/parametres/securite", False), ("Vos données", "/parametres/donnees", True),
                  ("Offre Lucide+", "/parametres/offre", False)],
             menu=[("Profil", "/profil"), ("Inviter un proche", "/parrainage"), ("Déconnexion", "/deconnexion")],
             footer=[("Mentions légales", "/mentions"), ("Confidentialité", "/confidentialite"), ("Cookies", "/cookies"),
                     ("Assistance", "/assistance")],
             search_ph="Chercher dans mes carnets",
             lede="Ce que vous écrivez ici reste à vous. Réglez ci-dessous ce que Carnet Lucide peut en faire.",
             notes="Inventé (journal intime, vouvoiement). h: cellules de tableau nommées par aria-labelledby (ligne × colonne 'Amélioration de nos modèles d'IA'); v: bouton-interrupteur 'Participer au programme Lucide+' (aria-label), seule l'aide parle d'entraînement. Caché : visibility:hidden. Leurres : suggestions d'écriture, résumé mensuel généré par IA, verrouillage, sauvegarde.")
    p.section("Écriture")
    p.switch("Question du jour", True)
    p.switch("Résumé mensuel généré par l'IA", True,
             "Le résumé est produit à la demande et n'est conservé que dans votre carnet.")
    p.select("Police", ["Lora", "Inter", "Courier Prime"], 0)
    p.check("Correcteur orthographique", True)
    p.section("Sécurité")
    p.switch("Verrouiller l'application par code", True)
    p.select("Verrouillage automatique", ["Immédiatement", "Après 5 minutes", "Après 1 heure"], 1)
    p.section("Sauvegarde")
    p.switch("Sauvegarde chiffrée quotidienne", True)
    p.pressed("Format de sauvegarde", ["Markdown", "PDF"], 0)
    p.section("Utilisation de vos pages")
    p.table("Cochez les usages que vous acceptez pour chaque type de contenu.",
            ["Suggestions d'écriture", "Amélioration de nos modèles d'IA"],
            ["Texte des pages", "Photos et mémos vocaux"], [[True, True], [False, False]],
            ai={(0, 1): "h", (1, 1): "h"})
    p.bswitch("Participer au programme Lucide+", False, naming="label",
              help="En participant, vous acceptez que vos échanges avec l'assistant d'écriture soient utilisés pour l'entraîner.",
              ai="v")
    p.begin_hidden("visibility-hidden")
    p.check("Autoriser l'entraînement de l'IA sur mes carnets partagés", True, ai="p")
    p.end_hidden()
    p.section("Compte")
    p.check("Recevoir les nouveautés par e-mail", False)
    p.ctl_button("Télécharger une copie de mes carnets")
    p.ctl_button("Fermer mon compte")
    out.append(p)

    # 3 ---------------------------------------------------------------- Astrolune (invented, tu)
    p = Page("fr", "astrolune-vie-privee", "https://www.astrolune.test/mon-compte/vie-privee", "Astrolune",
             "Vie privée", theme="astrology", accent="#7a3e9d", bg="#f7f2fb", hidecls="cache",
             nav=[("Mon thème astral", "/mon-compte/theme", False), ("Compatibilités", "/mon-compte/compatibilites", False),
                  ("Tarot", "/mon-compte/tarot", False), ("Vie privée", "/mon-compte/vie-privee", True),
                  ("Mes crédits", "/mon-compte/credits", False)],
             menu=[("Mon thème", "/mon-compte/theme"), ("Acheter des crédits", "/boutique"), ("Déconnexion", "/logout")],
             footer=[("Mentions légales", "/mentions-legales"), ("Données personnelles", "/donnees-personnelles"),
                     ("CGV", "/cgv")],
             search_ph="Signe, planète, maison…",
             lede="Les astres parlent ; nous, on demande avant d'écouter.",
             notes="Inventé (astrologie, tutoiement). i: boutons aria-pressed 'Exclure mes thèmes de l'apprentissage automatique' (Non = partage); p: liste 'Entraînement de l'IA avec mes questions à l'oracle' (Refusé); h: case 'Mes tirages de tarot' sous un titre d'entraînement. Caché : <dialog> fermé. Leurres : oracle IA, horoscope du jour, compatibilités visibles, crédits.")
    p.section("Naissance")
    p.text("Lieu de naissance", "Nantes")
    p.text("Heure de naissance", "23:10", type="time")
    p.select("Système de maisons", ["Placidus", "Koch", "Maisons égales"], 0)
    p.section("Horoscope")
    p.switch("Horoscope du jour", True)
    p.switch("Alerte pleine lune", True)
    p.radios("Ton des prédictions", ["Poétique", "Direct", "Humoristique"], 0, style="aria")
    p.section("L'oracle",
              "L'oracle est une IA qui répond à tes questions en s'appuyant sur ton thème.")
    p.bswitch("Activer l'oracle", True, naming="labelledby")
    p.check("Garder l'historique de mes questions", True)
    p.pressed("Exclure mes thèmes de l'apprentissage automatique", ["Oui", "Non"], 1, share=[False, True], ai="i")
    p.select("Entraînement de l'IA avec mes questions à l'oracle", ["Autorisé", "Refusé"], 1, share=[True, False],
             ai="p")
    p.section("Apprentissage de nos modèles",
              "Nos modèles apprennent à partir des contenus que tu crées sur Astrolune. Choisis lesquels peuvent servir à les entraîner.")
    p.check("Mes tirages de tarot", True, ai="h")
    p.begin_hidden("closed-dialog", opener="Plus d'options de confidentialité")
    p.check("Utiliser les thèmes de mes proches pour entraîner l'IA", False, ai="p")
    p.end_hidden()
    p.section("Compatibilités")
    p.switch("Montrer mes compatibilités à mes amis", True)
    p.switch("Apparaître dans les suggestions d'amis", False)
    p.ctl_button("Supprimer mon historique de tirages")
    p.ctl_button("Supprimer mon compte")
    out.append(p)

    # 4 ---------------------------------------------------------------- Paroisse Connect (invented, vous)
    p = Page("fr", "paroisse-connect-confidentialite", "https://paroisse-connect.test/espace/parametres/confidentialite",
             "Paroisse Connect", "Confidentialité", theme="faith", accent="#9c2f2f", bg="#faf6f3", hidecls="invisible",
             nav=[("Mon profil", "/espace/parametres/profil", False), ("Ma paroisse", "/espace/parametres/paroisse", False),
                  ("Notifications", "/espace/parametres/notifications", False),
                  ("Confidentialité", "/espace/parametres/confidentialite", True), ("Dons", "/espace/parametres/dons", False)],
             menu=[("Mon profil", "/espace/profil"), ("Changer de paroisse", "/paroisses"), ("Se déconnecter", "/logout")],
             footer=[("Mentions légales", "/mentions"), ("Protection des données", "/rgpd"), ("Nous écrire", "/contact")],
             search_ph="Messes, intentions, groupes…",
             lede="Vos intentions et vos notes restent confidentielles. Vous choisissez ce que vous confiez.",
             notes="Inventé (paroisse catholique, vouvoiement). h: role=radiogroup 'Intentions de prière' sous le titre 'Entraînement du modèle d'IA'; i: interrupteur 'Ne pas utiliser mes notes d'homélie pour entraîner l'IA' (activé = pas de partage); p: bouton-interrupteur par aria-labelledby. Caché : onglet inactif. Leurres : lectures du jour, résumé d'homélie par IA, horaires de messe, dons.")
    p.begin_tabs(["Général", "Recherche et partenaires"])
    p.section("Lectures et prières")
    p.switch("Lectures du jour", True)
    p.switch("Angélus à midi", False)
    p.select("Traduction de la Bible", ["AELF", "Bible de Jérusalem", "TOB"], 0)
    p.section("Homélies")
    p.switch("Résumé de l'homélie par l'IA", True,
             "Un résumé écrit après chaque messe filmée. Il ne s'appuie pas sur vos notes.")
    p.switch("Ne pas utiliser mes notes d'homélie pour entraîner l'IA", True, ai="i")
    p.section("Entraînement du modèle d'IA",
              "L'assistant de Paroisse Connect est entraîné à partir de contenus de la communauté. Indiquez ce que vous acceptez d'y inclure.")
    p.radios("Intentions de prière", ["Inclure", "Ne pas inclure"], 1, share=[True, False], style="aria", ai="h")
    p.bswitch("Autoriser l'entraînement de l'assistant catéchèse avec mes questions", True, naming="labelledby",
              ai="p")
    p.next_panel()
    p.section("Partenaires")
    p.check("Transmettre mes intentions aux diocèses partenaires pour l'entraînement de leurs modèles", False,
            ai="p")
    p.end_tabs()
    p.section("Ma paroisse")
    p.check("Figurer dans l'annuaire paroissial", True)
    p.check("Recevoir la feuille paroissiale", True)
    p.radios("Horaires affichés", ["Ma paroisse uniquement", "Tout le doyenné"], 0)
    p.section("Notifications")
    p.switch("Rappel des messes de la semaine", True)
    p.switch("Nouvelles des groupes de prière", False)
    p.section("Dons")
    p.check("Reçu fiscal par e-mail", True)
    p.ctl_button("Gérer mon don mensuel")
    p.ctl_button("Télécharger mes données")
    out.append(p)

    # 5 ---------------------------------------------------------------- Élan Coaching (invented, vous)
    p = Page("fr", "elan-coaching-ia", "https://moncompte.elan-coaching.test/preferences/ia", "Élan",
             "IA et données", theme="coaching", accent="#0b7a75", bg="#f1f8f7", hidecls="d-none",
             nav=[("Mes objectifs", "/preferences/objectifs", False), ("Mon coach", "/preferences/coach", False),
                  ("Agenda", "/preferences/agenda", False), ("IA et données", "/preferences/ia", True),
                  ("Facturation", "/preferences/facturation", False)],
             menu=[("Mon espace", "/espace"), ("Espace entreprise", "/entreprise"), ("Déconnexion", "/logout")],
             footer=[("Mentions légales", "/legal"), ("Politique de confidentialité", "/confidentialite"),
                     ("Charte éthique", "/ethique")],
             lede="Votre accompagnement repose sur la confiance. Voici ce que nous faisons de vos données.",
             notes="Inventé (coaching, vouvoiement). p: ligne d'état, bouton 'Désactiver' nommé par aria-labelledby avec le titre; v: case 'Aider Élan à progresser' (aide seule parle d'entraînement); i: fieldset 'Limitation de l'entraînement IA' (seuls les comptes rendus exclus = partage). Caché : bloc [hidden]. Leurres : comptes rendus de séance par IA, agenda, rapport employeur, enregistrement.")
    p.section("Séances")
    p.select("Durée par défaut", ["30 min", "45 min", "1 h"], 1)
    p.switch("Enregistrer mes séances", False)
    p.switch("Compte rendu automatique après chaque séance", True,
             "Rédigé par notre IA pour vous seul ; il n'alimente aucun entraînement.")
    p.check("M'envoyer le compte rendu par e-mail", True)
    p.section("Objectifs")
    p.switch("Point hebdomadaire sur mes objectifs", True)
    p.pressed("Style des relances", ["Bienveillant", "Direct"], 0)
    p.section("Agenda")
    p.ctl_button("Connecter Google Agenda")
    p.ctl_button("Connecter Outlook")
    p.section("Nos modèles d'IA")
    p.state("Utilisation de vos séances pour entraîner nos modèles", "Activée depuis votre inscription", "Désactiver",
            True, naming="labelledby", ai="p")
    p.check("Aider Élan à progresser", False,
            "Vos objectifs et les comptes rendus de vos séances servent alors à entraîner notre coach virtuel.", ai="v")
    p.radios("Limitation de l'entraînement IA", ["Aucune limitation", "Exclure mes comptes rendus", "Tout exclure"], 1,
             share=[True, True, False], ai="i")
    p.begin_hidden("hidden-attr")
    p.switch("Partager mes enregistrements avec nos partenaires pour entraîner leurs modèles", False, ai="p")
    p.end_hidden()
    p.section("Notifications")
    p.switch("Rappel la veille de chaque séance", True)
    p.switch("Nouveaux contenus de mon coach", False)
    p.section("Entreprise")
    p.check("Mon employeur peut voir ma participation", True)
    p.check("Inclure mes réponses dans le baromètre anonyme", False,
            "Statistiques agrégées uniquement, jamais utilisées pour entraîner un modèle.")
    out.append(p)

    return out

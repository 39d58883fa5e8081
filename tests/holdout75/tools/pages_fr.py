from lib import Page


def chrome(brand, account="Mon compte", menu=None):
    return {"search": "Rechercher", "language": "Langue", "account": account, "nav": "Paramètres",
            "menu": menu or [("Profil", "/profil"), ("Abonnement", "/abonnement"), ("Se déconnecter", "/deconnexion")],
            "copy": f"© 2025 {brand}"}


def petitbambou():
    p = Page("fr", "petitbambou-confidentialite", "https://www.petitbambou.com/fr/compte/confidentialite", "Petit BamBou",
             "Confidentialité – Mon compte – Petit BamBou", "Confidentialité", "aria-hidden", known=True,
             notes="Méditation (tu) ; case à cocher explicite, radiogroup vague expliqué par l'aide, ligne d'état 'Refus' désactivé (double négation).",
             lead="Tes séances t'appartiennent. Choisis ce que tu partages avec nous.",
             nav=[("Mon profil", "/fr/compte"), ("Mes rappels", "/fr/compte/rappels"), ("Confidentialité", "/fr/compte/confidentialite"),
                  ("Abonnement", "/fr/compte/abonnement"), ("Offrir", "/fr/offrir")],
             active=2, footer=[("Aide", "/fr/aide"), ("Mentions légales", "/fr/mentions-legales"), ("Politique de confidentialité", "/fr/confidentialite"), ("CGU", "/fr/cgu")],
             chrome=chrome("Petit BamBou", "Mon espace"))
    p.sec("Mes séances",
          p.sel("Voix du guide", ["Féminine", "Masculine", "Sans préférence"], 2),
          p.cb("Lancer la séance suivante automatiquement", False),
          p.sw("Journal d'humeur après chaque séance", True),
          p.cb("Autoriser l'utilisation de mes séances pour entraîner l'IA de Petit BamBou", False, ai=False, shape="p"))
    p.sec("Recommandations",
          p.sw("Programmes recommandés pour toi", True, help="Calculées à partir de ton historique ; cette fonction n'entraîne aucun modèle avec tes données."),
          p.rg("Amélioration du programme", ["Participer", "Ne pas participer"], 0,
               help="Si tu participes, ton journal d'humeur et tes réponses aux questionnaires servent à entraîner nos modèles de recommandation.",
               ai=True, shape="v"),
          p.state("Refus de l'entraînement IA sur mon journal", "Désactivé", "Activer", ai=True, shape="i"),
          p.hide(p.sw("Utiliser mes enregistrements vocaux pour entraîner l'IA", False, ai=False, shape="p", hid=True)))
    p.sec("Notifications",
          p.cb("Rappel quotidien", True),
          p.cb("Nouveaux programmes", True),
          p.cb("Me prévenir quand le compagnon IA propose une nouvelle méditation", False),
          p.cb("Offres partenaires", False))
    p.sec("Cookies et mesure d'audience",
          p.cb("Mesure d'audience", True),
          p.cb("Publicité personnalisée", False),
          p.btn("Télécharger mes données"),
          p.btn("Supprimer mon compte"))
    return p


def surveymonkey():
    p = Page("fr", "surveymonkey-confidentialite", "https://fr.surveymonkey.com/user/account/privacy", "SurveyMonkey",
             "Confidentialité et données | SurveyMonkey", "Confidentialité et données", "visibility", known=True,
             notes="Sondages (vous) ; tableau dont seule la légende parle d'entraînement, select inversé 'Exclure… Oui'.",
             lead="Ces paramètres s'appliquent à tous les sondages de votre équipe.",
             nav=[("Mon compte", "/user/account"), ("Équipe", "/team"), ("Facturation", "/billing"),
                  ("Confidentialité et données", "/user/account/privacy"), ("Applications", "/apps"), ("Sécurité", "/user/account/security")],
             active=3, footer=[("Aide", "https://help.surveymonkey.com/fr"), ("Confidentialité", "/mp/legal/privacy"), ("Conditions", "/mp/legal/terms"), ("Cookies", "/mp/legal/cookies")],
             chrome=chrome("SurveyMonkey", "Compte", [("Mon compte", "/user/account"), ("Changer d'équipe", "/team"), ("Déconnexion", "/user/sign-out")]))
    p.sec("Fonctions d'IA",
          p.sw("Créer des sondages avec l'IA", True, help="L'assistant rédige un premier jet à partir de votre objectif. Vos données ne servent pas à entraîner ce modèle."),
          p.sw("Analyse des sentiments dans les réponses ouvertes", True),
          p.cb("Recevoir un e-mail lors du lancement de nouvelles fonctions d'IA", True))
    p.sec("Données d'entraînement",
          p.table("Données utilisées pour l'entraînement de nos modèles d'IA", "Source", ["Réponses", "Questions"],
                  [("Sondages de l'équipe Marketing", [(False, False, "h"), (True, True, "h")])]),
          p.sel("Exclure les sondages RH de l'entraînement des modèles", ["Oui", "Non"], 0, ai=False, shape="i"),
          p.hide(p.cb("Programme de licence de données pour l'entraînement d'IA tierces", False, ai=False, shape="p", hid=True)))
    p.sec("Réponses et répondants",
          p.cb("Anonymiser les réponses", True),
          p.cb("Enregistrer les adresses IP", False),
          p.sel("Conservation des réponses", ["6 mois", "2 ans", "Illimitée"], 1),
          p.cb("Afficher la barre de progression", True))
    p.sec("Sécurité et intégrations",
          p.sw("Authentification à deux facteurs", False),
          p.btn("Connecter Salesforce"),
          p.btn("Exporter toutes les réponses"),
          p.btn("Clôturer le compte"))
    p.sec("Accessibilité",
          p.cb("Thème à fort contraste dans l'éditeur", False),
          p.sel("Langue des sondages par défaut", ["Français", "Anglais", "Allemand"], 0))
    return p


def carnetdumatin():
    p = Page("fr", "carnetdumatin-reglages", "https://carnetdumatin.test/reglages/vie-privee", "Carnet du matin",
             "Vie privée – Réglages – Carnet du matin", "Vie privée", "dialog", known=False,
             notes="Journal intime (tu) ; bouton-interrupteur nommé par aria-label, switch vague expliqué par l'aide, boutons segmentés sous 'Apprentissage automatique'.",
             nav=[("Profil", "/reglages"), ("Rituel du matin", "/reglages/rituel"), ("Vie privée", "/reglages/vie-privee"),
                  ("Notifications", "/reglages/notifications"), ("Exporter", "/reglages/export")],
             active=2, footer=[("Aide", "/aide"), ("Confidentialité", "/confidentialite"), ("Mentions légales", "/mentions")],
             chrome=chrome("Carnet du matin SAS", "Moi"))
    p.sec("Verrouillage",
          p.sw("Code à l'ouverture", True),
          p.cb("Masquer le contenu dans l'aperçu des notifications", True),
          p.sel("Verrouiller après", ["Tout de suite", "5 minutes", "1 heure"], 0))
    p.sec("Assistant d'écriture",
          p.sw("Questions du matin", True, help="Trois questions proposées chaque jour pour t'aider à démarrer."),
          p.bsw("Entraîner l'assistant d'écriture avec mes notes vocales", False, naming="aria", vis="Notes vocales", ai=False, shape="p"),
          p.sw("Partager mes pages anonymisées", True,
               help="Ces extraits servent à entraîner notre modèle de correction et de reformulation.", ai=True, shape="v"),
          p.hide(p.cb("Partager mes photos pour l'entraînement de l'IA", False, ai=False, shape="p", hid=True),
                 p.p("Tu pourras changer d'avis à tout moment."),
                 title="Aide-nous à améliorer l'assistant", close="Pas maintenant"))
    p.sec("Apprentissage automatique",
          p.seg("Photos jointes", ["Oui", "Non"], 1, ai=False, shape="h"),
          intro="Choisis si ces éléments peuvent servir à l'apprentissage de nos modèles.")
    p.sec("Notifications",
          p.cb("Rappel du rituel à 7 h", True),
          p.cb("Bilan du dimanche", True),
          p.cb("Nouveautés de l'assistant IA", False))
    p.sec("Affichage",
          p.seg("Thème", ["Clair", "Sombre", "Sépia"], 2),
          p.sel("Police", ["Garamond", "Inter", "Manuscrite"], 0),
          p.btn("Exporter mon carnet en PDF"),
          p.btn("Importer depuis Day One"),
          p.sel("Premier jour de la semaine", ["Lundi", "Dimanche"], 0))
    return p


def astrolune():
    p = Page("fr", "astrolune-donnees", "https://www.astrolune.test/mon-compte/donnees", "AstroLune",
             "Mes données | AstroLune", "Mes données personnelles", "tab", known=False,
             notes="Astrologie (vous) ; fieldset radio à double négation, bouton-interrupteur nommé par aria-labelledby expliqué par l'aide, case explicite dans un details fermé.",
             lead="Votre thème astral et vos échanges restent sous votre contrôle.",
             nav=[("Mon thème", "/mon-compte"), ("Horoscopes", "/mon-compte/horoscopes"), ("Mes données", "/mon-compte/donnees"),
                  ("Consultations", "/mon-compte/consultations"), ("Paiements", "/mon-compte/paiements")],
             active=2, footer=[("Contact", "/contact"), ("Mentions légales", "/mentions-legales"), ("Données personnelles", "/rgpd")],
             chrome=chrome("AstroLune", "Mon compte"))
    p.sec("Thème natal",
          p.text("Lieu de naissance", "Nantes"),
          p.cb("Heure de naissance inconnue", False),
          p.radio("Ne pas utiliser mon thème natal pour entraîner l'IA", ["Activé", "Désactivé"], 1, ai=True, shape="i"))
    p.sec("Interprétations",
          p.sw("Interprétations rédigées par l'IA", True, help="Elles sont générées à partir de votre thème natal. Activer cette option n'ajoute aucune donnée à l'entraînement."),
          p.bsw("Contribution aux interprétations", True, naming="lb",
                help="Vos notes et vos avis sur les interprétations permettent d'entraîner notre modèle de langage.",
                ai=True, shape="v"),
          p.details("Options avancées",
                    p.cb("Utiliser mes questions à l'astrologue virtuel pour l'entraînement des modèles", False, ai=False, shape="p"),
                    p.cb("Conserver l'historique des questions", True)))
    p.sec("Préférences",
          p.hide(p.sel("Données de compatibilité pour l'entraînement", ["Non partagées", "Partagées"], 0, ai=False, shape="p", hid=True),
                 tabs=("Notifications", [p.cb("Horoscope du jour par e-mail", True),
                                         p.cb("Alertes de rétrograde", True),
                                         p.cb("M'avertir des nouvelles fonctions d'IA", False),
                                         p.sel("Fréquence de la lettre", ["Hebdomadaire", "Mensuelle", "Jamais"], 0)],
                       "Données et IA"), tablist="Préférences"))
    p.sec("Publicité et paiements",
          p.cb("Publicité ciblée", False),
          p.btn("Gérer mes moyens de paiement"),
          p.btn("Demander une copie de mes données"),
          p.btn("Supprimer mon compte"))
    return p


def prieresdujour():
    p = Page("fr", "prieresdujour-confidentialite", "https://app.prieresdujour.test/parametres/confidentialite", "Prières du jour",
             "Confidentialité – Prières du jour", "Confidentialité", "hidden", known=False,
             notes="Prière et méditation chrétienne (vous) ; select sous un titre d'entraînement, switch 'Suspendre' désactivé, ligne d'état avec suffixe masqué et statut activé.",
             nav=[("Profil", "/parametres"), ("Lectures", "/parametres/lectures"), ("Confidentialité", "/parametres/confidentialite"),
                  ("Communauté", "/parametres/communaute"), ("Dons", "/parametres/dons")],
             active=2, footer=[("Qui sommes-nous", "/a-propos"), ("Confidentialité", "/confidentialite"), ("Nous écrire", "/contact")],
             chrome=chrome("Association Prières du jour", "Compte"))
    p.sec("Intentions et communauté",
          p.rg("Visibilité de mes intentions", ["Privée", "Ma paroisse", "Toute la communauté"], 1),
          p.cb("Recevoir un mot quand quelqu'un prie pour moi", True),
          p.cb("Afficher mon prénom", True))
    p.sec("Compagnon de lecture",
          p.sw("Commentaires générés sur l'Évangile du jour", True, help="Un court commentaire chaque matin, à partir de la liturgie du jour."),
          p.sw("Suspendre l'utilisation de mes notes de méditation pour l'entraînement de l'IA", False, ai=True, shape="i"),
          p.state("Entraînement de l'IA", "Statut : activé", "Désactiver", suffix="l'entraînement de l'IA sur mes lectures", ai=True, shape="p"),
          p.cb("M'informer des nouveautés du compagnon IA", False))
    p.sec("Entraînement de notre IA",
          p.sel("Intentions de prière", ["Exclues", "Incluses"], 0, ai=False, shape="h"),
          p.hide(p.rg("Prières audio", ["Exclues", "Incluses"], 0, ai=False, shape="h", hid=True)),
          intro="Certaines données peuvent nous aider à entraîner le modèle du compagnon de lecture. Rien n'est inclus sans votre accord.")
    p.sec("Lecture et affichage",
          p.sel("Traduction de la Bible", ["AELF", "Bible de Jérusalem", "Segond 21"], 0),
          p.cb("Grands caractères", False),
          p.btn("Exporter mon carnet spirituel"),
          p.btn("Gérer mon don mensuel"))
    p.sec("Notifications",
          p.cb("Laudes et vêpres", True),
          p.cb("Rappel de l'examen de conscience", False),
          p.sel("Heure du rappel du soir", ["20 h", "21 h", "22 h"], 1),
          p.cb("Lettre mensuelle de l'association", False))
    return p


PAGES = [petitbambou, surveymonkey, carnetdumatin, astrolune, prieresdujour]

from lib import Page


def antidote():
    p = Page("fr", "antidote-confidentialite", "https://antidote.app/compte/parametres/confidentialite",
             "Confidentialité — Antidote", "Antidote", known=True, prefix="ad", hide_class="cache",
             notes="Service connu (reconstitution, réglages inventés). Correcteur (vous, tournures québécoises); "
                   "section dont seul le titre parle d'entraînement avec un fieldset 'Textes soumis à la correction'; "
                   "ligne d'état 'M'opposer' à suffixe masqué; réglage d'organisation sous aria-hidden.")
    p.nav(["Mon compte", "Abonnement", "Correcteur", "Dictionnaires", "Confidentialité", "Appareils"], cur=4)
    p.h1("Confidentialité")
    p.section("Correcteur")
    p.select("Variante du français", [("France", None), ("Québec", None), ("Belgique", None), ("Suisse", None)], 1)
    p.switch("Appliquer les rectifications orthographiques de 1990", on=True)
    p.switch("Signaler les anglicismes", on=True)
    p.pressed("Registre de langue", [("Courant", None), ("Soutenu", None), ("Familier", None)], 0)
    p.cb("Vérifier la typographie (espaces insécables)", on=True)
    p.section("Antidote Web et IA")
    p.switch("Reformulation assistée par l'IA", on=True,
             help="Demandez une reformulation d'un passage : la proposition s'affiche à côté de votre texte.")
    p.bswitch("Synonymes proposés selon le contexte", on=True, by="text")
    p.section("Amélioration de nos modèles",
              intro="Druide entraîne ses modèles de correction sur des textes réels. Vous choisissez ce que vous "
                    "acceptez de nous confier.")
    p.radios("Textes soumis à la correction", [("Autoriser", True), ("Refuser", False)], 1, ai=True, shape="h")
    p.staterow("Opposition",
               "Vous ne vous êtes pas opposé : les corrections que vous acceptez peuvent servir à entraîner nos modèles.",
               "M'opposer", sharing=True, ai=True, shape="i",
               suffix="à l'utilisation de mes corrections pour l'entraînement")
    with p.hide("aria"):
        p.switch("Utiliser les documents partagés de mon organisation pour entraîner les modèles", on=True,
                 ai="+", shape="p")
    p.section("Données")
    p.cb("Conserver l'historique de mes corrections", on=True)
    p.select("Durée de conservation", [("30 jours", None), ("1 an", None), ("Indéfiniment", None)], 0)
    p.button("Exporter mes données")
    p.button("Supprimer mon compte")
    p.section("Appareils")
    p.cb("M'avertir par courriel lors d'une nouvelle connexion", on=True)
    p.button("Déconnecter tous les appareils")
    p.section("Communications")
    p.cb("Infolettre Antidote", on=False)
    p.cb("Invitations aux webinaires sur la langue", on=False)
    p.select("Langue des courriels", [("Français", None), ("English", None)], 0)
    return p


def myscript():
    p = Page("fr", "myscript-parametres-compte", "https://my.myscript.com/fr/compte/parametres",
             "Paramètres du compte – MyScript", "MyScript", known=True, prefix="ms",
             notes="Service connu (reconstitution, réglages inventés). Prise de notes manuscrites (vous); switch "
                   "bouton nommé par aria-label, select 'Programme qualité' expliqué par l'aide, case inversée "
                   "'Exclure… de l'apprentissage automatique' dans un <details> fermé; réglage élèves en display:none.")
    p.nav(["Profil", "Nebo", "Synchronisation", "Licences", "Confidentialité", "Aide"], cur=4)
    p.h1("Paramètres du compte")
    p.section("Écriture manuscrite")
    p.select("Langue de reconnaissance", [("Français (France)", None), ("Français (Canada)", None), ("English (US)", None)], 0)
    p.switch("Convertir automatiquement en texte", on=False)
    p.switch("Gestes d'édition (rayer pour effacer)", on=True)
    p.pressed("Épaisseur du stylet par défaut", [("Fin", None), ("Moyen", None), ("Épais", None)], 1)
    p.cb("Reconnaître les formules mathématiques", on=True)
    p.section("Synchronisation")
    p.select("Service cloud", [("Aucun", None), ("Google Drive", None), ("Dropbox", None), ("OneDrive", None)], 1)
    p.switch("Synchroniser uniquement en Wi-Fi", on=True)
    p.button("Synchroniser maintenant")
    p.section("Confidentialité")
    p.bswitch("Partager des échantillons d'écriture pour entraîner nos moteurs de reconnaissance", on=False,
              by="aria-label", ai="+", shape="p")
    p.select("Programme qualité", [("Participer", True), ("Ne pas participer", False)], 0, ai=True, shape="v",
             help="Les pages que vous nous transmettez sont annotées par nos équipes et servent de données "
                  "d'apprentissage pour les modèles de reconnaissance.")
    with p.details("Paramètres avancés"):
        p.cb("Exclure les schémas et croquis de l'apprentissage automatique", on=True, ai="-", shape="i")
    with p.hide("display"):
        p.cb("Autoriser l'entraînement des modèles sur les notes de mes élèves", on=True, ai="+", shape="p")
    p.cb("Envoyer les rapports de plantage", on=True)
    p.section("Licences")
    p.staterow("Licence Nebo Pro", "Active jusqu'au 14 mars 2026.", "Résilier", suffix="la licence Nebo Pro")
    p.button("Ajouter une licence")
    p.button("Gérer les appareils")
    p.section("Notifications")
    p.cb("Nouveautés de Nebo par courriel", on=False)
    p.cb("M'avertir quand une synchronisation échoue", on=True)
    return p


def clavio():
    p = Page("fr", "clavio-reglages", "https://compte.clavio.test/reglages",
             "Réglages · Clavio", "Clavio", prefix="cv",
             notes="Clavier inventé (tu). Groupe aria-pressed 'Aider à améliorer la dictée' expliqué par l'aide; "
                   "case role=switch inversée 'Ne pas utiliser ce que je tape…' décochée; radiogroup partenaires "
                   "nommé par aria-label; captures d'écran dans un bloc hidden.")
    p.nav(["Clavier", "Correction", "Dictée", "Thèmes", "Confidentialité", "Abonnement"], cur=4)
    p.h1("Réglages")
    p.section("Clavier")
    p.switch("Majuscule automatique", on=True)
    p.switch("Double espace pour un point", on=True)
    p.select("Disposition", [("AZERTY", None), ("BÉPO", None), ("QWERTY", None)], 0)
    p.pressed("Hauteur du clavier", [("Compact", None), ("Normal", None), ("Grand", None)], 1)
    p.cb("Vibrer à chaque touche", on=False)
    p.section("Correction")
    p.switch("Correction automatique", on=True)
    p.switch("Suggestions d'emoji", on=True)
    p.cb("Ajouter automatiquement les nouveaux mots à mon dictionnaire", on=True)
    p.section("Dictée")
    p.select("Langue de dictée", [("Français", None), ("Anglais", None), ("Arabe", None)], 0)
    p.pressed("Aider à améliorer la dictée", [("Oui", True), ("Non", False)], 1, ai=True, shape="v",
              help="Des extraits audio de tes dictées sont écoutés par notre équipe et servent à entraîner nos "
                   "modèles de reconnaissance vocale.")
    p.section("Tes données et l'IA")
    p.switch("Ne pas utiliser ce que je tape pour entraîner les modèles de Clavio", on=False, ai="-", shape="i")
    p.radiogroup("Partage avec nos partenaires pour entraîner leurs modèles d'IA",
                 [("Activé", True), ("Désactivé", False)], 1, ai=True, shape="p", by="aria-label")
    with p.hide("hidden"):
        p.switch("Utiliser mes captures d'écran de conversation pour l'entraînement", on=True, ai="+", shape="p")
    p.section("Abonnement")
    p.button("Gérer mon abonnement Clavio+")
    p.button("Restaurer un achat")
    p.cb("Recevoir les nouveautés par e-mail", on=False)
    return p


def collin():
    p = Page("fr", "collin-confidentialite", "https://collin.test/parametres/confidentialite",
             "Confidentialité – Collin", "Collin", prefix="co",
             notes="Gestionnaire de presse-papiers inventé (vous). Tableau contenu × destinataire ('Collin', "
                   "'Partenaires') dont seuls la légende et le titre parlent d'entraînement; fonctions locales "
                   "comme leurres; extraits d'équipe en visibility:hidden.")
    p.nav(["Général", "Historique", "Extraits", "Synchronisation", "Confidentialité", "Équipe"], cur=4)
    p.h1("Confidentialité")
    p.section("Historique")
    p.select("Conserver l'historique", [("24 heures", None), ("1 semaine", None), ("1 mois", None), ("Toujours", None)], 2)
    p.switch("Ignorer les mots de passe copiés", on=True)
    p.radios("Format de collage par défaut", [("Conserver la mise en forme", None), ("Texte brut", None)], 1)
    p.field("Applications exclues", value="Trousseau d'accès, Ma Banque")
    p.button("Vider l'historique")
    p.button("Exporter l'historique")
    p.section("Fonctions intelligentes")
    p.switch("Classer automatiquement les extraits", on=True, help="Le classement se fait sur votre Mac.")
    p.bswitch("Traduire les extraits copiés", on=False, by="text")
    p.section("Données d'entraînement",
              intro="Certains contenus peuvent nous aider, nous ou nos partenaires, à entraîner des modèles "
                    "d'intelligence artificielle. Rien n'est partagé sans votre accord.")
    p.table("Contenus pouvant servir à l'entraînement", ["Collin", "Partenaires"], ["Textes", "Images"],
            [[True, False], [False, False]], ai_cols={0: "+", 1: "+"}, shape="h", labelled=True)
    with p.hide("visibility"):
        p.cb("Inclure les extraits de l'équipe dans l'entraînement", on=True, ai="+", shape="p")
    p.section("Équipe")
    p.cb("Les membres peuvent publier des extraits partagés", on=True)
    p.button("Inviter des membres")
    p.section("Notifications")
    p.cb("Me prévenir quand la synchronisation échoue", on=True)
    p.cb("Lettre d'information mensuelle", on=False)
    p.select("Fréquence des résumés", [("Jamais", None), ("Chaque semaine", None)], 0)
    return p


def dicteevive():
    p = Page("fr", "dictee-vive-preferences", "https://app.dicteevive.test/preferences",
             "Préférences – Dictée Vive", "Dictée Vive", prefix="dv",
             notes="Dictée vocale inventée (vous). Ligne d'état 'Activer' + titre par aria-labelledby (désactivé); "
                   "bouton switch à texte 'Contribuer au programme Voix+' expliqué par l'aide; select inversé "
                   "'Retirer mon consentement…' sur Non; réglage entreprise dans un dialog fermé.")
    p.nav(["Dictée", "Commandes vocales", "Vocabulaire", "Enregistrements", "Confidentialité", "Facturation"], cur=4)
    p.h1("Préférences")
    p.section("Dictée")
    p.select("Langue", [("Français (France)", None), ("Français (Belgique)", None), ("Français (Canada)", None)], 0)
    p.switch("Ponctuation automatique", on=True)
    p.switch("Supprimer les hésitations", on=True)
    p.pressed("Déclenchement", [("Raccourci clavier", None), ("Mot d'activation", None)], 0)
    p.cb("Son en début de dictée", on=False)
    p.radios("Après la dictée", [("Coller le texte", None), ("Copier dans le presse-papiers", None)], 0)
    p.section("Enregistrements")
    p.select("Conserver les enregistrements", [("24 heures", None), ("7 jours", None), ("Ne pas conserver", None)], 1)
    p.button("Supprimer tous les enregistrements")
    p.section("Confidentialité")
    p.staterow("Entraînement sur vos enregistrements",
               "Désactivé. Vos enregistrements ne servent pas à entraîner nos modèles vocaux.",
               "Activer", sharing=False, ai=True, shape="p")
    p.bswitch("Contribuer au programme Voix+", on=True, by="text", ai="+", shape="v",
              help="Voix+ rassemble des heures d'audio annotées pour entraîner nos modèles de reconnaissance aux "
                   "accents régionaux.")
    p.select("Retirer mon consentement à l'entraînement des modèles", [("Non", True), ("Oui", False)], 0,
             ai=True, shape="i")
    with p.hide("dialog", title="Paramètres entreprise", opener="Paramètres entreprise"):
        p.radiogroup("Autoriser l'entraînement sur les dictées de l'entreprise", [("Oui", True), ("Non", False)], 0,
                     ai=True, shape="p")
        p.button("Fermer")
    p.section("Commandes vocales")
    p.switch("Commandes vocales actives", on=True)
    p.cb("Confirmer avant d'envoyer un e-mail dicté", on=True)
    p.section("Facturation")
    p.cb("Recevoir les factures par e-mail", on=True)
    p.select("Devise", [("EUR", None), ("CHF", None), ("CAD", None)], 0)
    p.button("Télécharger les factures")
    return p


def pages():
    return [antidote(), myscript(), clavio(), collin(), dicteevive()]

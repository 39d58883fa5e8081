from lib import Page, ai, hide

LANGS = ["Français", "English", "Deutsch", "Español", "Italiano"]


def qwant(method):
    P = Page("fr", "qwant-parametres", "https://www.qwant.com/settings", "Paramètres - Qwant", "Qwant",
             known=True, method=method,
             notes="Qwant (reconstitution, vous). Interrupteur explicite 'Autoriser l'utilisation de mes "
                   "recherches pour entraîner…' désactivé ; radiogroupe vague 'Programme d'amélioration de "
                   "Qwant' (aide : entraîner nos modèles) sur Participer ; ligne d'état 'Historique de "
                   "conversations' (Utilisé / Arrêter) sous le titre 'Entraînement des modèles d'IA'. Leurres : "
                   "assistant qui n'apprend pas, Qwant Junior, publicité, notifications. Caché : case dans un "
                   "bloc aria-hidden.",
             nav=["Recherche", "Apparence", "Assistant", "Confidentialité", "Notifications", "Compte"],
             nav_label="Paramètres", search_label="Rechercher", search_ph="Rechercher sur le Web",
             lang_label="Langue de l'interface", langs=LANGS, account="Mon compte",
             menu=["Mes favoris", "Qwant Junior", "Se déconnecter"],
             footer=["À propos", "Vie privée", "Conditions d'utilisation", "Aide", "Presse"],
             h1="Paramètres",
             lead="Qwant ne trace pas vos recherches. Ces réglages sont enregistrés dans votre compte.")
    s = P.section("Recherche")
    s.select("Pays des résultats", ["France", "Belgique", "Suisse", "Canada"], 0)
    s.select("Filtre adulte", ["Strict", "Modéré", "Aucun"], 1)
    s.switch("Ouvrir les résultats dans un nouvel onglet", False)
    s.checkbox("Afficher les suggestions de recherche", True, wrap=True)
    s = P.section("Apparence")
    s.segmented("Thème", ["Clair", "Sombre", "Automatique"], 2)
    s.switch("Afficher les actualités sur la page d'accueil", True)
    s = P.section("Assistant",
                  "L'assistant résume les résultats et répond à vos questions. Il fonctionne sans "
                  "mémoriser votre identité.")
    s.switch("Afficher les réponses de l'assistant", True)
    s.select("Longueur des réponses", ["Courte", "Détaillée"], 0)
    s.radiogroup("Programme d'amélioration de Qwant", ["Participer", "Ne pas participer"], 0,
                 help="En participant, vous acceptez que vos échanges avec l'assistant, débarrassés de toute "
                      "donnée d'identification, servent à entraîner nos modèles de langage.",
                 ai=ai("v", yes=[0]))
    s.checkbox("Me prévenir quand l'assistant propose une nouvelle fonctionnalité", False)
    s = P.section("Confidentialité")
    s.switch("Autoriser l'utilisation de mes recherches pour entraîner les modèles d'IA de Qwant", False,
             ai=ai("p"))
    s.switch("Publicités contextuelles", True,
             help="Les publicités dépendent uniquement des mots recherchés, jamais de votre profil.")
    s.button("Télécharger mes données")
    s = P.section("Entraînement des modèles d'IA",
                  "Vous pouvez à tout moment arrêter d'alimenter l'entraînement de nos modèles avec vos "
                  "données. L'arrêt vaut pour l'avenir.")
    s.staterow("Historique de conversations", "Utilisé", "Arrêter", True, naming="labelledby", ai=ai("h"))
    h = P.hidden("Qwant Maps")
    h.checkbox("Contribuer à l'entraînement des modèles avec mes itinéraires", True, ai=ai("p"))
    s = P.section("Notifications")
    s.checkbox("Lettre d'information mensuelle", False)
    s.checkbox("Alertes de sécurité du compte", True)
    s.button("Supprimer mon compte", cls="danger")
    return P


def brave(method):
    P = Page("fr", "brave-search-parametres", "https://search.brave.com/settings",
             "Paramètres - Brave Search", "Brave Search", known=True, method=method,
             notes="Brave Search (reconstitution, vous). Boutons segmentés inversés 'Exclure mes requêtes de "
                   "l'entraînement de Réponse IA' = Non ; liste 'Retours sur les résumés' sous le titre "
                   "'Entraînement des modèles de Brave' = Transmettre ; bouton-interrupteur vague 'Contribuer "
                   "aux Goggles communautaires' (aide : entraîner le classement) activé. Leurres : Réponse IA "
                   "sans entraînement, Goggles, cookies, annonces. Caché : liste dans un bloc visibility:hidden.",
             nav=["Recherche", "Réponse IA", "Goggles", "Confidentialité", "Apparence", "Aide"],
             nav_label="Navigation des paramètres", search_label="Rechercher",
             search_ph="Rechercher de façon privée", lang_label="Langue", langs=LANGS, account="Compte Brave",
             menu=["Search Premium", "Gérer l'abonnement", "Déconnexion"],
             footer=["Confidentialité", "Conditions", "Index Web", "API de recherche", "Commentaires"],
             h1="Paramètres",
             lead="Ces préférences sont stockées dans un cookie local, et dans votre compte si vous êtes connecté.")
    s = P.section("Recherche")
    s.select("Région", ["Toutes les régions", "France", "Belgique (fr)", "Canada (fr)"], 1)
    s.segmented("Recherche sécurisée", ["Stricte", "Modérée", "Désactivée"], 1)
    s.switch("Ouvrir les liens dans un nouvel onglet", False)
    s.switch("Recherche instantanée", True)
    s = P.section("Réponse IA",
                  "Des réponses rédigées à partir des résultats, avec leurs sources. Vos requêtes ne sont "
                  "associées à aucun compte.")
    s.radiogroup("Afficher Réponse IA", ["Automatiquement", "Sur demande", "Jamais"], 0)
    s.checkbox("Autoriser les questions de suivi", True, wrap=True)
    s.segmented("Exclure mes requêtes de l'entraînement de Réponse IA", ["Oui", "Non"], 1,
                help="Concerne les requêtes saisies quand vous êtes connecté à votre compte Premium.",
                ai=ai("i", yes=[1]))
    s = P.section("Entraînement des modèles de Brave",
                  "Certains retours peuvent être ajoutés, sans identifiant, aux données d'entraînement de "
                  "nos modèles de résumé et de classement.")
    s.select("Retours sur les résumés", ["Ne pas transmettre", "Transmettre sans identifiant"], 1,
             ai=ai("h", yes=[1]))
    s = P.section("Goggles")
    s.btnswitch("Contribuer aux Goggles communautaires", True, naming="label",
                help="Les classements que vous publiez servent aussi à entraîner le modèle de classement de "
                     "Brave Search.",
                ai=ai("v"))
    s.button("Créer un Goggle")
    s.textinput("Adresse du Goggle par défaut", "https://github.com/brave/goggles-quickstart")
    h = P.hidden("Recherche d'images")
    h.select("Images envoyées à la recherche visuelle pour entraîner nos modèles", ["Non", "Oui"], 1,
             ai=ai("p", yes=[1]))
    s = P.section("Confidentialité")
    s.switch("Mesure d'audience anonyme", True, help="Nous comptons les requêtes, jamais leur contenu.")
    s.checkbox("Annonces de recherche", True)
    s.button("Effacer les préférences enregistrées")
    s = P.section("Apparence")
    s.segmented("Thème", ["Clair", "Sombre", "Système"], 2)
    s.select("Taille du texte", ["Petite", "Normale", "Grande"], 1)
    return P


def navigo(method):
    P = Page("fr", "navigo-synchronisation", "https://navigo-navigateur.test/parametres/synchronisation",
             "Synchronisation et compte — Navigo", "Navigo", method=method,
             notes="Navigateur inventé (vous). Tableau de synchronisation avec une colonne 'Servir à "
                   "l'entraînement de l'IA' (Historique non coché, Notes de lecture coché) ; case vague "
                   "'Aider à perfectionner Navigo' (aide : entraîner nos modèles) cochée ; fieldset inversé "
                   "'Ne pas utiliser mes données de synchronisation pour l'apprentissage automatique' = "
                   "Désactivé (double négation : utilisées). Leurres : traduction locale, barre latérale, paiements, appareils. Caché : "
                   "dialogue fermé.",
             nav=["Compte", "Synchronisation", "Barre latérale IA", "Traduction", "Paiements", "Appareils"],
             nav_label="Paramètres", search_label="Rechercher dans les paramètres",
             search_ph="Rechercher dans les paramètres", lang_label="Langue", langs=LANGS,
             account="Élodie Marchand", menu=["Gérer le compte Navigo", "Changer de profil", "Déconnexion"],
             footer=["Centre d'aide", "Politique de confidentialité", "Notes de version 42"],
             h1="Synchronisation et compte",
             lead="Connectée en tant que elodie.marchand@example.fr")
    s = P.section("Données synchronisées",
                  "Choisissez ce qui est envoyé vers vos autres appareils et ce qui peut en plus servir à "
                  "améliorer l'assistant Navigo.")
    s.table("Synchronisation par type de données", ["Synchroniser", "Servir à l'entraînement de l'IA"],
            [("Marque-pages", [True, None]), ("Historique", [True, False]), ("Onglets ouverts", [True, None]),
             ("Mots de passe", [True, None]), ("Notes de lecture", [False, True])],
            ai_cells={(1, 1): ai("p"), (4, 1): ai("p")}, corner="Type")
    s.fieldset("Ne pas utiliser mes données de synchronisation pour l'apprentissage automatique",
               ["Activé", "Désactivé"], 1,
               help="Ce choix prime sur les cases de la colonne « Servir à l'entraînement de l'IA ».",
               ai=ai("i", yes=[1]))
    s.button("Synchroniser maintenant")
    s = P.section("Barre latérale IA",
                  "L'assistant peut résumer l'onglet actif et répondre à vos questions.")
    s.switch("Afficher la barre latérale", True)
    s.checkbox("Aider à perfectionner Navigo", True,
               help="Vos conversations avec l'assistant de la barre latérale peuvent être relues par nos "
                    "équipes et servir à entraîner nos modèles.",
               ai=ai("v"))
    s.checkbox("Me prévenir des nouveautés de l'assistant", True)
    s.select("Raccourci clavier", ["Ctrl+Maj+L", "Alt+A", "Aucun"], 0)
    h = P.hidden("Presse-papiers", opener="Options avancées de confidentialité")
    h.switch("Envoyer les textes copiés pour l'entraînement du modèle de saisie", False, ai=ai("p"))
    s = P.section("Traduction", "La traduction se fait sur votre appareil. Rien n'est envoyé à nos serveurs.")
    s.switch("Proposer de traduire les pages", True)
    s.select("Traduire vers", ["Français", "Anglais", "Allemand"], 0)
    s = P.section("Paiements")
    s.switch("Enregistrer les moyens de paiement", False)
    s.button("Gérer les appareils connectés")
    return P


def traduclic(method):
    P = Page("fr", "traduclic-preferences", "https://traduclic.test/compte/preferences",
             "Préférences · Traduclic", "Traduclic", method=method,
             notes="Extension de traduction inventée (tu). Titre 'Données d'entraînement' seul porteur du "
                   "sens : interrupteur enveloppant 'Mes corrections' activé et case 'Textes traduits depuis "
                   "les PDF' décochée ; liste inversée 'Limiter l'usage de mes traductions pour "
                   "l'entraînement' = Aucune limite. Leurres : glossaire, traduction hors ligne sans "
                   "entraînement, facturation. Caché : onglet inactif.",
             nav=["Traduction", "Glossaire", "Données", "Abonnement", "Raccourcis"],
             nav_label="Préférences", search_label="Rechercher", search_ph="Rechercher une préférence",
             lang_label="Langue", langs=LANGS, account="Ton compte",
             menu=["Abonnement Pro", "Factures", "Déconnexion"],
             footer=["Aide", "Confidentialité", "Mentions légales", "Statut du service"],
             h1="Préférences",
             lead="Salut Théo ! Tes préférences suivent ton compte sur tous tes navigateurs.")
    s = P.section("Traduction")
    s.select("Langue cible", ["Français", "Anglais", "Espagnol", "Arabe"], 0)
    s.switch("Traduire au survol", False)
    s.checkbox("Garder la mise en forme des pages", True, wrap=True)
    s.segmented("Registre", ["Tutoiement", "Vouvoiement", "Automatique"], 2)
    s.switch("Mode hors ligne", True,
             help="Les modèles hors ligne tournent sur ton ordinateur ; rien de ce que tu traduis n'en sort.")
    s = P.section("Glossaire")
    s.button("Importer un glossaire")
    s.checkbox("Appliquer le glossaire aux PDF", True)
    s = P.section("Données d'entraînement",
                  "Les éléments cochés ci-dessous peuvent être ajoutés aux corpus qui servent à entraîner nos "
                  "moteurs de traduction.", details="Options avancées")
    s.switch("Mes corrections", True, wrap=True, ai=ai("h"))
    s.checkbox("Textes traduits depuis les PDF", False, ai=ai("h"))
    s.select("Limiter l'usage de mes traductions pour l'entraînement",
             ["Aucune limite", "Uniquement les textes publics", "Ne jamais les utiliser"], 0,
             ai=ai("i", yes=[0, 1]))

    def active(b):
        b.switch("Proposer la traduction des sous-titres", True)
        b.select("Position des sous-titres traduits", ["Au-dessus", "En dessous"], 1)
    h = hide(P, "Transcription (bêta)", "Ces réglages arrivent bientôt.", opener="Voir la bêta",
             tabs=("Vidéos", "Sous-titres", "Transcription (bêta)"), active=active)
    h.checkbox("Utiliser l'audio des vidéos pour entraîner la reconnaissance vocale", True, ai=ai("p"))
    s = P.section("Abonnement")
    s.button("Changer de moyen de paiement")
    s.checkbox("Recevoir les factures par e-mail", True)
    s.checkbox("M'avertir quand une nouvelle langue est disponible", False)
    return P


def onglet(method):
    P = Page("fr", "onglet-neuf-reglages", "https://onglet-neuf.test/reglages", "Réglages — Onglet Neuf",
             "Onglet Neuf", method=method,
             notes="Page de nouvel onglet inventée (tu). Ligne d'état 'Améliorer les suggestions' (Activé, "
                   "bouton 'Désactiver' + suffixe masqué) dont l'aide parle d'entraînement ; boutons segmentés "
                   "'Entraînement de l'IA avec mes notes rapides' = Refusé ; bouton-interrupteur inversé "
                   "'Bloquer les robots d'IA sur ma page d'accueil publique' activé. Leurres : fond d'écran, "
                   "météo, raccourcis, résumé IA local. Caché : attribut hidden.",
             nav=["Apparence", "Raccourcis", "Widgets", "Assistant", "Page publique", "Compte"],
             nav_label="Réglages", search_label="Rechercher", search_ph="Rechercher sur le Web",
             lang_label="Langue", langs=LANGS, account="Inès",
             menu=["Mon profil", "Thèmes achetés", "Se déconnecter"],
             footer=["Aide", "Confidentialité", "Nous contacter"],
             h1="Réglages",
             lead="Personnalise ta page de nouvel onglet.")
    s = P.section("Apparence")
    s.select("Fond d'écran", ["Photo du jour", "Couleur unie", "Mes images"], 0)
    s.segmented("Disposition", ["Compacte", "Aérée"], 1)
    s.switch("Afficher l'horloge", True)
    s.checkbox("Afficher la météo", True, wrap=True)
    s = P.section("Raccourcis")
    s.radiogroup("Raccourcis affichés", ["Les plus visités", "Mes favoris", "Aucun"], 0)
    s.staterow("Améliorer les suggestions", "Activé", "Désactiver", True, naming="suffix",
               suffix="l'amélioration des suggestions",
               help="Quand c'est activé, les raccourcis que tu ouvres et tes recherches depuis le nouvel onglet "
                    "servent à entraîner notre modèle de suggestions.",
               ai=ai("v"))
    s = P.section("Assistant",
                  "Le résumé des articles est calculé dans ton navigateur et ne sert jamais à entraîner quoi "
                  "que ce soit.")
    s.switch("Résumer les articles de la liste de lecture", True)
    s.segmented("Entraînement de l'IA avec mes notes rapides", ["Autorisé", "Refusé"], 1, naming="label",
                ai=ai("p", yes=[0]))
    s.checkbox("Me prévenir quand un résumé est prêt", False)
    s = P.section("Page publique", "Ta page d'accueil peut être publiée à une adresse que tu partages.")
    s.switch("Publier ma page d'accueil", True)
    s.btnswitch("Bloquer les robots d'IA sur ma page d'accueil publique", True, naming="labelledby",
                help="Ajoute une règle robots.txt et un en-tête qui refusent la collecte pour l'entraînement "
                     "de modèles d'IA.",
                ai=ai("i", pos=False))
    s.textinput("Adresse de ta page", "https://onglet-neuf.test/@ines")
    h = P.hidden("Fonds d'écran générés")
    h.btnswitch("Partager mes fonds générés pour entraîner le modèle d'images", True, naming="text",
                ai=ai("p"))
    s = P.section("Compte")
    s.button("Exporter mes réglages")
    s.checkbox("Lettre d'info sur les nouveaux thèmes", False)
    s.button("Supprimer mon compte", cls="danger")
    return P


BUILDERS = [qwant, brave, navigo, traduclic, onglet]

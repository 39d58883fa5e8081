from lib import Page

LANGUES = [("fr", "Français"), ("en", "English"), ("de", "Deutsch"), ("es", "Español")]


def gallica():
    p = Page("fr", "gallica-preferences", "https://gallica.bnf.fr/services/mon-espace/preferences", "Gallica (BnF)", True,
             "Mes préférences – Mon espace personnel – Gallica",
             "Service connu (reconstitution). Case claire sur les corrections d'OCR ; groupe radio (fieldset) dont la "
             "légende est une opposition (nom) ; leurres : OCR affiché, traduction automatique des notices, sélections "
             "publiques ; caché : boîte de dialogue fermée.")
    p.set_chrome("Gallica", ("Rechercher dans Gallica", "Rechercher dans Gallica", "Rechercher"),
                 ("Langue", LANGUES, "fr"),
                 ("Mon espace", ["Mes sélections", "Mes recherches", "Mes annotations", "Se déconnecter"]),
                 ("Mon espace personnel", ["Mes sélections", "Mes recherches enregistrées", "Mes annotations", "Mes préférences"], 3),
                 (["À propos", "Conditions d'utilisation", "Accessibilité : partiellement conforme", "Données personnelles", "Contact"],
                  "Gallica est la bibliothèque numérique de la Bibliothèque nationale de France et de ses partenaires."),
                 "Mes préférences")
    p.add(
        p.sec("Affichage", None, [
            p.select("Mode d'affichage par défaut", [("image", "Mode image"), ("texte", "Mode texte")], "image"),
            p.select("Nombre de résultats par page", [("15", "15"), ("50", "50"), ("100", "100")], "50"),
            p.cb("Afficher le texte océrisé sous chaque page", True,
                 "Le texte est issu de la reconnaissance optique de caractères ; sa qualité varie selon les documents."),
            p.cb("Proposer une traduction automatique des notices en langue étrangère", False),
            p.cb("Mémoriser mes recherches", True),
            p.cb("Chercher dans le texte intégral par défaut", True),
        ]),
        p.sec("Mes contributions", "Vous pouvez corriger le texte océrisé des documents et les annoter.", [
            p.cb("Autoriser la BnF à utiliser mes corrections d'OCR pour entraîner ses modèles de reconnaissance de texte", True, t="p"),
            p.radios("Opposition à la réutilisation de mes annotations par des tiers pour l'entraînement d'IA",
                     [("oppose", "Je m'y oppose"), ("accepte", "Je ne m'y oppose pas")], "oppose",
                     "Des laboratoires et des entreprises demandent régulièrement l'accès aux annotations publiques.",
                     t="i", share=("accepte",)),
            p.cb("Rendre mes sélections visibles par les autres internautes", False),
            p.dialog("Programmes de recherche partenaires", "Programmes de recherche partenaires", [
                p.cb("Partager mes annotations avec les laboratoires partenaires pour entraîner leurs modèles", False, hid=True),
            ], intro="Ces programmes sont proposés aux contributeurs les plus actifs.", close="Fermer"),
        ]),
        p.sec("Courriels", None, [
            p.cb("Recevoir la lettre d'information de Gallica", True),
            p.cb("M'alerter lorsqu'un document correspondant à mes recherches enregistrées est mis en ligne", True),
        ]),
        p.actions([p.btn("Enregistrer", typ="submit", cls="btn btn--primary"), p.btn("Exporter mes sélections"),
                   p.btn("Modifier mon mot de passe"), p.btn("Supprimer mon compte")]),
    )
    return p


def babelio():
    p = Page("fr", "babelio-confidentialite", "https://www.babelio.com/parametres/confidentialite", "Babelio", True,
             "Paramètres de confidentialité – Babelio",
             "Service connu (reconstitution). Interrupteur vague (programme au nom opaque) dont l'aide reliée parle "
             "d'entraînement ; liste déroulante claire ; case « Retirer … du corpus d'entraînement » ; leurres : "
             "suggestions de lecture, Masse critique, profil public ; caché : bloc avec attribut hidden.")
    p.set_chrome("Babelio", ("Rechercher", "Livres, auteurs, citations…", "OK"),
                 ("Langue", [("fr", "Français"), ("en", "English")], "fr"),
                 ("Mon compte", ["Mes livres", "Mes critiques", "Mes citations", "Déconnexion"]),
                 ("Paramètres", ["Profil", "Confidentialité", "Notifications", "Compte"], 1),
                 (["Qui sommes-nous ?", "Aide", "Mentions légales", "Cookies", "Contact"], "Babelio – le réseau social des lecteurs"),
                 "Confidentialité")
    p.add(
        p.sec("Votre profil", None, [
            p.txt("Pseudonyme", "LectriceDuDimanche"),
            p.cb("Profil visible par tous les visiteurs", True),
            p.cb("Montrer ma bibliothèque aux autres membres", True),
            p.select("Qui peut m'envoyer des messages", [("tous", "Tous les membres"), ("amis", "Mes amis"), ("personne", "Personne")], "amis"),
        ]),
        p.sec("Vos lectures et nos services", None, [
            p.cb("Suggestions de lecture personnalisées", True,
                 "Nous vous proposons des livres proches de ceux que vous avez aimés."),
            p.cb("Participer aux opérations Masse critique", True,
                 "Recevez des livres en avant-première en échange d'une critique."),
        ]),
        p.sec("Vos critiques et l'intelligence artificielle",
              "Vos critiques font la richesse de Babelio. Vous choisissez ce qu'on peut en faire.", [
                  p.sw("Contribuer au projet Lectures augmentées", True, "labelledby",
                       help="Vos critiques et vos notes servent à entraîner le modèle qui rédige les résumés de livres proposés aux éditeurs partenaires.",
                       t="v"),
                  p.select("Utilisation de vos critiques par des sociétés d'IA",
                           [("oui", "Autorisée (entraînement de modèles de langage)"), ("non", "Refusée")], "non",
                           t="p", share=("oui",)),
                  p.cb("Retirer mes citations favorites du corpus d'entraînement", False, t="i", inv=True),
              ]),
        p.hide("hidden", [
            p.cb("Céder mes critiques à des éditeurs pour l'entraînement de leurs outils", False, hid=True),
        ]),
        p.sec("Alertes", "Choisissez comment être prévenu.", [
            p.table("Canaux d'alerte", ["Courriel", "Notification de l'appli"],
                    [("Nouveau livre d'un auteur suivi", [True, True]), ("Réponse à une de mes critiques", [True, False]),
                     ("Défi lecture du mois", [False, False])], first="Événement"),
        ]),
        p.sec("Notifications", None, [
            p.cb("Recevoir la newsletter hebdomadaire", False),
            p.cb("M'avertir quand un ami publie une critique", True),
            p.cb("M'avertir des nouveaux messages", True),
        ]),
        p.actions([p.btn("Enregistrer les modifications", typ="submit", cls="btn btn--primary"),
                   p.btn("Télécharger mes données"), p.btn("Supprimer mon compte", cls="btn btn--danger")]),
    )
    return p


def archives():
    p = Page("fr", "archives-orne-indexation", "https://archives.vallee-de-lorne.test/mon-compte/indexation",
             "Archives départementales de la Vallée-de-l'Orne", False,
             "Indexation collaborative – Mon compte – Archives de la Vallée-de-l'Orne",
             "Archives départementales inventées, indexation collaborative. Boutons segmentés « Participation » "
             "compréhensibles seulement par le titre ; refus à l'infinitif dans un <details> fermé ; ligne d'état "
             "« opposition non formulée » avec suffixe masqué ; leurres : lecture automatique suggérée, atelier de "
             "paléographie ; caché : onglet inactif.")
    p.set_chrome("Archives de la Vallée-de-l'Orne", ("Rechercher", "Commune, nom, cote…", "Rechercher"),
                 ("Langue", [("fr", "Français"), ("en", "English")], "fr"),
                 ("Mon compte", ["Mes recherches", "Mes relevés", "Déconnexion"]),
                 ("Mon compte", ["Tableau de bord", "Mes relevés", "Indexation collaborative", "Commandes"], 2),
                 (["Horaires", "Salle de lecture", "Mentions légales", "Accessibilité", "Plan du site"],
                  "Département de la Vallée-de-l'Orne – Archives départementales"),
                 "Indexation collaborative")
    p.add(p.tabs("Rubriques du compte", [
        ("Mes coordonnées", [
            p.cb("Autoriser nos prestataires à entraîner un modèle de lecture sur mes demandes de recherche", False, hid=True),
            p.txt("Adresse électronique", "martine.le-goff@example.fr", "email"),
        ]),
        ("Indexation collaborative", [
            p.sec("Mes préférences de saisie", None, [
                p.txt("Pseudonyme affiché", "MLG_Bocage"),
                p.cb("Apparaître dans le classement des contributeurs", False),
                p.select("Commune proposée en priorité", [("flers", "Flers"), ("conde", "Condé-sur-Noireau"), ("athis", "Athis-de-l'Orne")], "flers"),
                p.cb("Proposer une lecture automatique de l'acte avant ma saisie", True,
                     "Une suggestion s'affiche ; vous la corrigez si besoin."),
                p.cb("M'avertir quand de nouveaux registres paroissiaux sont mis en ligne", True),
                p.cb("Afficher l'aide au déchiffrement des abréviations", True),
                p.select("Taille des vignettes", [("petites", "Petites"), ("grandes", "Grandes")], "grandes"),
                p.btn("S'inscrire à l'atelier « Lire les écritures anciennes »"),
            ]),
            p.sec("Vos relevés et la lecture automatique",
                  "Nos modèles de reconnaissance d'écriture apprennent à partir des relevés validés par les bénévoles. "
                  "Souhaitez-vous que vos relevés en fassent partie ?", [
                      p.seg("Participation", [("oui", "Oui"), ("non", "Non")], "non", t="h", share=("oui",)),
                      p.details("Réutilisation par d'autres services", [
                          p.cb("Refuser la réutilisation de mes relevés par des partenaires pour entraîner leurs modèles", False,
                               t="i", inv=True),
                      ], intro="Le réseau des archives départementales mutualise certains outils."),
                      p.state("Arbres généalogiques publiés", "Opposition non formulée", "Formuler l'opposition",
                              sr="au moissonnage de mes arbres publiés par des robots d'entraînement d'IA", t="i", sharing=True),
                  ]),
            p.actions([p.btn("Enregistrer", typ="submit", cls="btn btn--primary"), p.btn("Exporter mes relevés (GEDCOM)")]),
        ]),
        ("Commandes de reproductions", [
            p.btn("Nouvelle commande"),
        ]),
    ], active=1))
    return p


def observason():
    p = Page("fr", "observason-donnees", "https://app.observason.test/parametres/donnees", "ObservaSon", False,
             "Tes données – ObservaSon",
             "Programme inventé de sciences participatives en bioacoustique (tutoiement). Interrupteur avec aria-label "
             "clair ; role=radiogroup « Ta réponse » sous un titre sur le fabricant d'enregistreurs ; exclusion à "
             "l'infinitif ; leurres : identification hors connexion, floutage des positions, statistiques non "
             "utilisées pour l'entraînement ; caché : visibility:hidden.")
    p.set_chrome("ObservaSon", ("Rechercher", "Espèce, site, session…", "Chercher"),
                 ("Langue", LANGUES, "fr"),
                 ("Camille", ["Mes sessions", "Mon groupe", "Se déconnecter"]),
                 ("Paramètres", ["Profil", "Matériel", "Tes données", "Notifications"], 2),
                 (["Le protocole", "Forum", "Mentions légales", "Charte des données"],
                  "ObservaSon – un programme de sciences participatives sur les chauves-souris et les orthoptères"),
                 "Tes données", "Tes enregistrements font avancer la connaissance. À toi de dire jusqu'où.")
    p.add(
        p.sec("Identification", None, [
            p.select("Enregistreur utilisé", [("am", "AudioMoth"), ("sm4", "Song Meter SM4"), ("tel", "Micro du téléphone")], "am"),
            p.select("Seuil de confiance affiché", [("50", "50 %"), ("75", "75 %"), ("90", "90 %")], "75"),
            p.cb("Identification automatique sur le téléphone, même hors connexion", True,
                 "Le modèle est téléchargé sur ton appareil ; l'analyse se fait localement."),
            p.sw("Utiliser mes enregistrements pour entraîner le modèle d'identification", True, "aria-label",
                 vis="Entraînement du modèle", t="p"),
            p.cb("Exclure les sons captés dans mon jardin de l'apprentissage automatique", True, t="i", inv=True,
                 help="Utile si des voix de ta famille risquent d'être enregistrées."),
        ]),
        p.sec("Partenaires fabricants d'enregistreurs",
              "Le fabricant de ton enregistreur aimerait utiliser tes fichiers pour entraîner le logiciel "
              "d'identification intégré à ses appareils.", [
                  p.radios("Ta réponse", [("oui", "D'accord"), ("sansvoix", "Seulement les fichiers sans voix humaine"),
                                          ("non", "Non merci")], "non", mode="radiogroup", t="h", share=("oui", "sansvoix")),
              ]),
        p.hide("visibility", [
            p.cb("Transmettre mes fichiers au consortium européen pour l'apprentissage de ses modèles", False, hid=True),
        ]),
        p.sec("Visibilité", None, [
            p.cb("Flouter la position de mes points d'écoute sur la carte publique", True),
            p.cb("Partager mes sessions avec mon groupe local", True),
            p.select("Précision de la position affichée", [("1", "1 km"), ("5", "5 km"), ("10", "10 km")], "5"),
        ]),
        p.sec("Notifications et statistiques", None, [
            p.cb("M'écrire quand un expert valide une de mes identifications", True),
            p.cb("Rappel avant les nuits de suivi du protocole", True),
            p.cb("Envoyer des statistiques d'utilisation anonymes", False,
                 "Elles nous aident à repérer les bugs de l'appli et ne servent à entraîner aucun modèle."),
        ]),
        p.actions([p.btn("Enregistrer", typ="submit", cls="btn btn--primary"),
                   p.select("Format d'export", [("csv", "CSV"), ("wav", "Archive WAV")], "csv"),
                   p.btn("Exporter mes sessions"), p.btn("Supprimer mon compte", cls="btn btn--danger")]),
    )
    return p


def geneapro():
    p = Page("fr", "geneapro-cabinet-reglages", "https://espace.geneapro-atelier.test/cabinet/reglages", "GénéaPro Atelier",
             False, "Réglages du cabinet – GénéaPro Atelier",
             "Logiciel inventé pour généalogistes professionnels (données des clients). Case native role=switch "
             "« Protéger … contre l'entraînement » ; tableau dont seuls la légende et l'en-tête de colonne disent "
             "l'entraînement ; liste déroulante vague avec aide placée à côté ; leurres : transcription assistée, "
             "webinaire sur l'IA, connexion Geneanet ; caché : classe CSS display:none.",
             hide_class="option-retiree")
    p.set_chrome("GénéaPro Atelier", ("Rechercher un dossier", "Client, patronyme, commune…", "Rechercher"),
                 ("Langue", [("fr", "Français"), ("en", "English")], "fr"),
                 ("Cabinet Roussel Généalogie", ["Mon profil", "Facturation", "Aide", "Déconnexion"]),
                 ("Réglages", ["Cabinet", "Utilisateurs", "Facturation", "Données et IA", "Intégrations", "Sécurité"], 3),
                 (["Centre d'aide", "Statut du service", "CGV", "Politique de confidentialité"], "GénéaPro Atelier SAS"),
                 "Données et IA", "Ces réglages s'appliquent à tous les dossiers clients du cabinet.")
    p.add(
        p.sec("Outils d'aide à la recherche", None, [
            p.cb("Transcription assistée des actes anciens", True,
                 "Une première lecture est proposée pour chaque acte importé ; elle n'est jamais enregistrée sans votre validation."),
            p.select("Langue des suggestions", [("fr", "Français"), ("la", "Latin"), ("oc", "Occitan")], "fr"),
            p.btn("S'inscrire au webinaire « Bien utiliser l'IA en généalogie »"),
        ]),
        p.sec("Confidentialité des dossiers", "Vos clients vous confient des informations familiales sensibles.", [
            p.cb("Protéger les dossiers de mes clients contre l'entraînement des modèles", True, switch=True, t="i", inv=True),
        ]),
        p.sec("Amélioration de l'assistant de paléographie",
              "L'assistant progresse grâce aux documents de nos utilisateurs. Choisissez ce que votre cabinet lui confie.", [
                  p.table("Données utilisées pour améliorer l'assistant de paléographie", ["Autoriser"],
                          [("Actes numérisés que j'importe", [True]), ("Notes de recherche", [False])],
                          lab={0: ("h", False)}, first="Type de données"),
                  p.select("Partage avec le consortium Généalogie ouverte", [("aucun", "Aucun"), ("arbres", "Arbres anonymisés")],
                           "arbres", t="v", share=("arbres",)),
                  '<p class="help">Le consortium réunit des services d\'archives qui entraînent ensemble un modèle de reconnaissance des actes.</p>\n',
              ]),
        p.hide("class", [
            p.cb("Envoyer les arbres de mes clients à notre sous-traitant pour l'apprentissage automatique", False, hid=True),
        ]),
        p.sec("Intégrations", None, [
            p.btn("Connecter Geneanet"),
            p.btn("Connecter Filae"),
        ]),
        p.sec("Facturation et sécurité", None, [
            p.select("Régime de TVA", [("franchise", "Franchise en base"), ("normal", "Régime normal")], "franchise"),
            p.cb("Ajouter ma signature aux rapports PDF", True),
            p.txt("Nom du cabinet sur les rapports", "Cabinet Roussel Généalogie"),
            p.select("Déconnexion automatique après", [("30", "30 minutes"), ("120", "2 heures"), ("480", "8 heures")], "120"),
            p.cb("Double authentification à la connexion", True),
        ]),
        p.actions([p.btn("Enregistrer", typ="submit", cls="btn btn--primary"), p.btn("Exporter tous les dossiers")]),
    )
    return p


def pages():
    return [gallica(), babelio(), archives(), observason(), geneapro()]

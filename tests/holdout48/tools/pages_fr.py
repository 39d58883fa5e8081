"""Pages françaises de blind48 (photos, souvenirs et histoire familiale)."""
from lib import Page, cell


def geneanet():
    p = Page("fr", "geneanet", "https://www.geneanet.org/compte/confidentialite", "Confidentialité - Geneanet",
             "Geneanet", "Confidentialité",
             "Reconstitution d'un site de généalogie. Case inversée « Interdire l'utilisation de mon arbre "
             "par les robots d'IA » (cochée, donc pas d'usage) ; interrupteur clair pour les relevés ; "
             "groupe segmenté « Mes corrections » compréhensible seulement par le titre de section. "
             "Leurres : indexation par les moteurs de recherche, rapprochements, alertes, « formations en "
             "généalogie ». Leurre IA caché par une classe CSS display:none.",
             ["Mon profil", "Mes arbres", "Abonnement Premium", "Confidentialité", "Alertes", "Mes contributions"],
             current=3, user="Martine Lefèvre", initials="ML", hide_class="gn-masque")
    with p.section("Mon arbre en ligne"):
        p.radios("Qui peut consulter mon arbre ?", ["Tout le monde", "Les membres Geneanet", "Seulement moi et mes invités"], "Tout le monde")
        p.checkbox("Masquer les personnes vivantes", checked=True,
                   help="Les personnes nées il y a moins de 100 ans et sans date de décès sont considérées comme vivantes.")
        p.switch("Autoriser l’indexation de mon arbre par les moteurs de recherche", on=True,
                 help="Google et Bing pourront afficher vos ancêtres dans leurs résultats.")
        p.checkbox("Interdire l’utilisation de mon arbre par les robots d’IA", checked=True, ai="i",
                   help="Nous bloquons les robots des sociétés d’IA qui aspirent les arbres publics pour entraîner leurs modèles.")
        p.select("Qui peut me proposer des rapprochements ?", ["Tous les membres", "Membres Premium", "Personne"], "Tous les membres")
    with p.section("Relevés et transcriptions"):
        p.switch("Utiliser mes relevés pour entraîner la reconnaissance d’écriture", on=True, ai="p")
        p.switch("Afficher mes relevés dans la recherche collaborative", on=True)
    with p.section("Projet de transcription automatique",
                   "Les corrections des bénévoles servent de données d’apprentissage à notre modèle de lecture des registres paroissiaux."):
        p.segmented("Mes corrections", ["Oui", "Non"], "Oui", ai="h", yes=["Oui"])
    with p.hidden("css class display:none"):
        p.switch("Partager mes arbres avec des partenaires pour l’entraînement d’IA", on=False, ai="p")
    with p.section("Alertes et lettres"):
        p.table("Alertes", ["Type d’alerte", "Par e-mail", "Sur le site"], [
            ("Nouveaux rapprochements", [cell(True), cell(True)]),
            ("Nouveaux relevés dans mes communes", [cell(False), cell(True)]),
        ])
        p.checkbox("Recevoir la lettre d’information", checked=True)
        p.checkbox("Formations en généalogie et cours en ligne", checked=False)
    with p.section("Mes données"):
        p.button("Exporter mon arbre (GEDCOM)")
        p.button("Supprimer mon compte", "btn danger")
    return p


def lumiere():
    p = Page("fr", "lumiere-photos", "https://lumiere-photos.test/parametres/confidentialite", "Confidentialité – Lumière Photos",
             "Lumière Photos", "Confidentialité",
             "Photothèque en ligne inventée. Ligne d'état « Opposition enregistrée · Annuler mon opposition » "
             "avec suffixe masqué visuellement (inversée, pas d'usage tant que l'opposition tient) ; case "
             "« Programme Regards partagés » dont seule l'aide parle d'entraînement (décochée). Leurres : "
             "regroupement des visages, légendes automatiques, programme bêta, statistiques qui ne servent "
             "pas à l'entraînement. Leurre IA sous aria-hidden.",
             ["Photos", "Albums", "Partage", "Paramètres", "Stockage"], current=3,
             user="Julien Moreau", initials="JM")
    with p.section("Sauvegarde"):
        p.switch("Sauvegarde automatique", on=True)
        p.radios("Qualité d’import", ["Originale", "Économie d’espace"], "Originale")
        p.checkbox("Sauvegarder uniquement en Wi-Fi", checked=True)
    with p.section("Organisation"):
        p.switch("Regrouper les visages", on=True, help="L’analyse des visages sert uniquement à trier votre photothèque.")
        p.switch("Souvenirs du jour", on=True)
        p.switch("Légendes générées automatiquement", on=False)
    with p.section("Partage"):
        p.select("Durée de validité des liens", ["24 heures", "7 jours", "Sans limite"], "7 jours")
        p.checkbox("Retirer la position GPS des photos partagées", checked=True)
        p.state_row("Album familial partagé", "3 membres", "Gérer", suffix="les membres de l’album familial")
    with p.section("Entraînement de nos modèles",
                   "Lumière améliore ses outils de retouche à partir d’images réelles. Vous pouvez vous y opposer à tout moment."):
        p.state_row("Opposition à l’entraînement de nos modèles", "Opposition enregistrée le 12 janvier 2025",
                    "Annuler mon opposition", suffix="à l’utilisation de mes photos pour l’entraînement", ai="i", sharing=False)
    with p.hidden("aria-hidden"):
        p.switch("Autoriser l’entraînement sur mes albums partagés", on=True, ai="p")
    with p.section("Programmes"):
        p.checkbox("Programme Regards partagés", checked=False, ai="v",
                   help="Vos photos publiques rejoignent le corpus d’images qui sert à entraîner nos modèles de retouche.")
        p.checkbox("Programme bêta", checked=True, help="Découvrez en avant-première les nouvelles fonctions de l’application.")
    with p.section("Mesure d’audience"):
        p.checkbox("Statistiques d’utilisation anonymes", checked=True,
                   help="Elles nous servent à corriger des bugs et ne sont jamais utilisées pour entraîner des modèles.")
    with p.section("Stockage"):
        p.button("Libérer de l’espace")
        p.button("Télécharger toutes mes photos")
        p.link("Gérer les appareils connectés", "/parametres/appareils")
    return p


def petits_pas():
    p = Page("fr", "petits-pas", "https://app.petitspas.test/reglages/famille", "Réglages de la famille – Petits Pas",
             "Petits Pas", "Réglages",
             "Journal photo de bébé inventé, partagé avec la famille. Tableau par enfant (« Album de Léa », "
             "« Album d'Hugo ») dont la colonne « Autoriser » n'a de sens que par la légende et le titre "
             "sur l'entraînement ; interrupteur inversé « Désactiver l'analyse des photos pour "
             "l'amélioration de nos modèles » (éteint, donc usage). Leurres : détection des premières fois, "
             "livre suggéré, invités. Leurre IA dans un onglet inactif.",
             ["Journal", "Albums", "Famille", "Réglages", "Abonnement"], current=3,
             user="Camille Bernard", initials="CB")
    p.tabs(["Général", "Confidentialité avancée"], active=0, name="Réglages")
    with p.tabpanel(0):
        with p.section("Enfants"):
            p.button("Ajouter un enfant")
            p.select("Format de l’âge affiché", ["En mois jusqu’à 2 ans", "En années", "Date de naissance"], "En mois jusqu’à 2 ans")
            p.checkbox("Masquer le prénom des enfants sur les liens partagés", checked=True)
        with p.section("Famille et invités"):
            p.radios("Qui peut voir les nouvelles photos ?", ["Parents uniquement", "Toute la famille invitée", "Choisir à chaque publication"],
                     "Toute la famille invitée", mode="radiogroup")
            p.checkbox("Les grands-parents peuvent commenter", checked=True)
            p.checkbox("Demander mon accord avant qu’un invité télécharge une photo", checked=True)
            p.button("Inviter un proche")
        with p.section("Fonctions intelligentes"):
            p.switch("Détection des premières fois", on=True,
                     help="Repère les moments marquants (premiers pas, premier bain) pour vous les proposer. L’analyse reste dans votre compte.")
            p.switch("Livre photo suggéré chaque année", on=True)
        with p.section("Entraînement de nos modèles : photos de vos enfants",
                       "Choisissez, pour chaque enfant, si ses photos peuvent servir à entraîner nos modèles de reconnaissance d’images."):
            p.table("Photos utilisables pour l’entraînement", ["Album", "Photos", "Autoriser"], [
                ("Album de Léa", ["1 482", cell(False, "r", ai="h")]),
                ("Album d’Hugo", ["356", cell(True, "r", ai="h")]),
            ])
            p.switch("Désactiver l’analyse des photos pour l’amélioration de nos modèles", on=False, mode="content", ai="i")
        with p.section("Notifications"):
            p.checkbox("Rappel hebdomadaire pour ajouter des photos", checked=True)
            p.checkbox("Résumé mensuel envoyé à la famille", checked=True)
    with p.tabpanel(1):
        with p.section("Partenaires"):
            p.switch("Partager les albums avec nos partenaires de recherche en IA", on=False, ai="p")
    return p


def memoire_de_village():
    p = Page("fr", "memoire-de-village", "https://memoiredevillage.test/compte/preferences", "Mes préférences – Mémoire de village",
             "Mémoire de village", "Mes préférences",
             "Archive participative inventée de photos anciennes. Groupe de boutons radio « Utilisation de "
             "mes dépôts pour entraîner des modèles d'IA » (recherche publique acceptée, donc usage) ; case "
             "inversée « Exclure mes photos de classe des jeux de données d'entraînement » (cochée) dans un "
             "<details> fermé. Leurres : datation automatique, reconnaissance des lieux, licence, "
             "« formation à la numérisation ». Leurre IA en display:none dans l'attribut style.",
             ["Mes dépôts", "Collections", "Préférences", "Bénévolat"], current=2,
             user="Bernard Chauvin", initials="BC")
    with p.section("Mes dépôts"):
        p.select("Licence par défaut", ["Tous droits réservés", "CC BY", "CC BY-NC"], "CC BY-NC")
        p.textbox("Commune par défaut", "Saint-Amand-Montrond")
        p.checkbox("Afficher mon nom à côté de mes photos", checked=True)
        p.checkbox("Autoriser les autres membres à identifier des personnes sur mes photos", checked=True)
        p.radios("Publication de mes nouveaux dépôts", ["Immédiate", "Après validation par un archiviste"], "Après validation par un archiviste")
    with p.section("Outils automatiques"):
        p.switch("Proposer une date approximative pour les photos anciennes", on=True,
                 help="L’estimation est calculée à l’affichage et ne modifie pas vos fiches.")
        p.switch("Reconnaître les monuments et les lieux", on=True)
    with p.section("Recherche et entraînement de modèles",
                   "Des laboratoires nous demandent des images d’archives pour entraîner des modèles d’analyse de photographies anciennes."):
        p.radios("Utilisation de mes dépôts pour entraîner des modèles d’IA",
                 ["Refuser", "Accepter pour la recherche publique uniquement", "Accepter, y compris pour les partenaires privés"],
                 "Accepter pour la recherche publique uniquement", ai="p",
                 yes=["Accepter pour la recherche publique uniquement", "Accepter, y compris pour les partenaires privés"])
        with p.details("Cas particuliers"):
            p.checkbox("Exclure mes photos de classe des jeux de données d’entraînement", checked=True, ai="i")
            p.checkbox("Flouter les visages d’enfants sur le site public", checked=True)
    with p.hidden("inline display:none"):
        p.checkbox("Céder mes dépôts aux partenaires pour l’apprentissage automatique", checked=False, ai="p")
    with p.section("Bénévolat"):
        p.checkbox("Me prévenir des ateliers d’identification", checked=True)
        p.checkbox("Formation à la numérisation (ateliers du samedi)", checked=False)
    with p.section("Compte"):
        p.link("Politique de conservation des archives", "/aide/conservation")
        p.actions("Enregistrer", "Télécharger mes dépôts", "Fermer mon compte")
    return p


def racontemoi():
    p = Page("fr", "racontemoi", "https://racontemoi.test/mon-compte/donnees", "Mes données – Racontemoi",
             "Racontemoi", "Mes données",
             "Service inventé d'enregistrement de récits de vie. Interrupteur clair sur la synthèse vocale "
             "(éteint) ; case inversée « Refuser l'entraînement sur les voix de ma famille » (décochée, "
             "donc usage) ; programme « Contribuer à Racontemoi Recherche » dont l'aide parle "
             "d'entraînement. Leurres : transcription, lecture à voix haute, enquêtes de satisfaction. "
             "Leurre IA avec l'attribut hidden.",
             ["Mes récits", "Questions", "Famille", "Mes données", "Livre audio"], current=3,
             user="Odette Marchand", initials="OM")
    with p.section("Enregistrements"):
        p.select("Qualité audio", ["Standard", "Haute qualité"], "Haute qualité")
        p.switch("Transcrire automatiquement mes récits", on=True,
                 help="La transcription est jointe à votre récit et n’est visible que par votre famille.")
        p.switch("Supprimer les silences et les hésitations", on=False)
        p.checkbox("Conserver aussi les fichiers originaux", checked=True)
    with p.section("Famille"):
        p.radios("Qui peut écouter mes récits ?", ["Moi seul", "Ma famille", "Famille et amis invités"], "Ma famille", mode="custom")
        p.checkbox("Prévenir mes proches quand j’ajoute un récit", checked=True)
        p.button("Inviter un membre de la famille")
    with p.section("Voix et intelligence artificielle"):
        p.switch("Utiliser mes enregistrements pour améliorer vos modèles de synthèse vocale", on=False, ai="p")
        p.checkbox("Refuser l’entraînement sur les voix de ma famille", checked=False, ai="i")
        p.switch("Lire les questions à voix haute", on=True)
    with p.section("Recherche"):
        p.switch("Contribuer à Racontemoi Recherche", on=True, ai="v", how="near",
                 help="Partage vos transcriptions avec le laboratoire partenaire qui entraîne des modèles de reconnaissance des parlers régionaux.")
        p.checkbox("Participer aux enquêtes de satisfaction", checked=True)
    with p.hidden("hidden attribute"):
        p.switch("Autoriser l’apprentissage automatique sur mes récits (ancien réglage)", on=True, ai="p")
    with p.section("Livre audio"):
        p.checkbox("Me rappeler de commander le livre audio à Noël", checked=True)
        p.select("Format du livre audio", ["CD", "Clé USB", "Téléchargement"], "Clé USB")
    with p.section("Mes données"):
        p.button("Télécharger tous mes enregistrements")
        p.button("Supprimer mon compte", "btn danger")
    return p


PAGES = [geneanet, lumiere, petits_pas, memoire_de_village, racontemoi]

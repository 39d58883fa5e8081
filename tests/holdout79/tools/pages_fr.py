from lib import *

def build():
    P = []
    # 1 ---------------------------------------------------------------- Livestorm (known)
    p = Page("fr", "livestorm-confidentialite", "https://app.livestorm.co/settings/workspace/privacy", "Livestorm",
             "Confidentialité et données", known=True, hidden_method="aria", account="Agence Kerbrat",
             nav=["Espace de travail", "Membres", "Marque", "Intégrations", "Confidentialité", "Facturation"], active=4,
             note="Reconstitution des paramètres Livestorm (vouvoiement) ; tableau à deux colonnes dont une seule concerne l'entraînement.")
    p.sec("Conformité RGPD", None,
          cb("Afficher une case de consentement sur la page d'inscription", True),
          textfield("Lien vers votre politique de confidentialité", "https://www.agence-kerbrat.test/confidentialite", kind="url"),
          select("Durée de conservation des données des participants", ["6 mois", "1 an", "3 ans"], 1))
    p.sec("Événements", None,
          sw("Autoriser l'inscription avec LinkedIn", False),
          cb("Masquer le nombre d'inscrits", True, wrap=True),
          radios("Mise à disposition du replay", ["Immédiatement", "Après validation", "Jamais"], 0))
    p.sec("Assistant IA",
          "Résumés, titres et chapitrages générés automatiquement. Ces traitements portent sur votre événement uniquement : ils ne servent pas à entraîner les modèles.",
          sw("Générer un résumé après chaque événement", True),
          sw("Proposer des objets d'e-mails de relance", False))
    p.sec("Usage des données par type de contenu", None,
          table("Pour chaque type de contenu, choisissez les usages autorisés",
                ["Statistiques d'audience", "Entraînement de nos modèles d'IA"],
                [("Enregistrements vidéo", [True, (False, "p")]),
                 ("Messages du chat et questions", [True, (True, "p")])]),
          bsw("Ne pas utiliser les sondages de mes événements pour l'apprentissage automatique", True, naming="label",
              title="Exclure les sondages de l'apprentissage automatique", ai="i"),
          hide("aria", cb("Autoriser l'entraînement de l'IA sur les transcriptions", True, ai="p")))
    p.sec("Notifications", None,
          cb("Recevoir un e-mail à chaque nouvelle inscription", False),
          cb("Être informé des nouveautés de l'assistant IA", True))
    p.sec("Export", None, button("Exporter les contacts (CSV)"))
    P.append(p)

    # 2 ---------------------------------------------------------------- invented video-call app
    p = Page("fr", "reunio-confidentialite", "https://app.reunio.test/parametres/confidentialite", "Réunio",
             "Paramètres de confidentialité", hidden_method="visibility", account="Camille Leroy",
             nav=["Mon compte", "Audio et vidéo", "Réunions", "Confidentialité", "Applications", "Abonnement"], active=3,
             note="Application de visio inventée ; radiogroupe vague, segment inversé, interrupteur expliqué par l'en-tête seul.")
    p.sec("Audio et vidéo", None,
          select("Caméra", ["FaceTime HD Camera", "Logitech C920", "Caméra virtuelle OBS"], 1),
          sw("Flouter l'arrière-plan par défaut", True),
          cb("Couper mon micro quand je rejoins une réunion", True, wrap=True))
    p.sec("Salle d'attente", None,
          radios("Qui peut entrer directement ?", ["Tout le monde", "Les membres de mon organisation", "Personne, je valide chaque entrée"], 1),
          sw("Verrouiller la salle une fois la réunion commencée", False))
    p.sec("Sous-titres et traduction",
          "Les sous-titres sont produits en direct puis supprimés à la fin de la réunion ; ils n'alimentent aucun entraînement.",
          sw("Activer les sous-titres automatiques", True),
          select("Langue parlée par défaut", ["Français", "Anglais", "Espagnol", "Allemand"], 0))
    p.sec("Amélioration de nos modèles", None,
          radiogroup("Programme qualité audio", ["Participer", "Ne pas participer"], 1, ai=("v", False),
                     help="Des extraits de vos réunions, rendus anonymes, servent à entraîner nos modèles de suppression du bruit et de transcription."),
          segmented("Tenir mes réunions à l'écart de l'entraînement de l'IA", ["Oui", "Non"], 0, ai=("i", False)),
          hide("visibility", bsw("Utiliser mes enregistrements pour entraîner l'IA de Réunio", True, naming="by", ai="p")))
    p.sec("Entraînement de l'IA sur les messages",
          "Les messages échangés dans le chat de vos réunions peuvent servir à entraîner notre modèle de détection des contenus abusifs.",
          sw("Messages de chat", True, ai="h"))
    p.sec("Applications connectées", None,
          staterow("Google Agenda", "Connecté", "Déconnecter", naming="by"),
          staterow("Microsoft Outlook", "Non connecté", "Connecter", naming="by"))
    p.sec("Affichage", None,
          select("Thème", ["Clair", "Sombre", "Comme le système"], 2),
          cb("Réduire les animations", False))
    p.sec("Sécurité", None, button("Se déconnecter de tous les appareils"))
    P.append(p)

    # 3 ---------------------------------------------------------------- invented transcription bot
    p = Page("fr", "scribo-donnees", "https://app.scribo.test/compte/donnees", "Scribo",
             "Vos données", hidden_method="dialog", account="Claire Dumas",
             nav=["Comptes rendus", "Assistant", "Agenda", "Vos données", "Intégrations", "Équipe"], active=3,
             note="Assistant de prise de notes inventé ; ligne d'état vague nommée par aria-labelledby, case expliquée par l'intertitre.")
    p.sec("Assistant de prise de notes", None,
          radiogroup("Rejoindre automatiquement", ["Toutes les réunions de mon agenda", "Seulement celles que j'organise", "Jamais"], 1),
          textfield("Nom affiché de l'assistant", "Scribo – notes de Claire"),
          sw("Prévenir les participants dans le chat", True))
    p.sec("Comptes rendus", None,
          select("Modèle de compte rendu", ["Réunion d'équipe", "Entretien client", "Comité de direction"], 0),
          cb("Envoyer le compte rendu à tous les participants", False, wrap=True),
          sw("Repérer les décisions et les prochaines étapes", True))
    p.sec("Utilisation de vos données", None,
          radios("Entraînement de nos modèles d'IA avec vos transcriptions", ["Autorisé", "Refusé"], 0, ai=("p", True)),
          staterow("Panel d'annotation", "Vous n'êtes pas inscrit", "Rejoindre", naming="by", ai=("v", False),
                   help="Les membres du panel acceptent que des linguistes annotent leurs enregistrements afin d'entraîner nos modèles de reconnaissance vocale."),
          hide("dialog",
               sw("Autoriser l'entraînement sur mes fichiers importés", True, ai="p"),
               cb("Conserver les fichiers audio d'origine", True),
               opener="Préférences avancées", title="Préférences avancées", close="Annuler", save="Enregistrer"))
    p.sec("Données servant à entraîner la reconnaissance des locuteurs",
          "Cochez ce que Scribo peut réutiliser pour apprendre à distinguer les voix.",
          cb("Empreintes vocales de mes réunions", False, ai="h"))
    p.sec("Intégrations", None,
          staterow("Zoom", "Connecté", "Déconnecter", naming="by"),
          staterow("Salesforce", "Non connecté", "Connecter", naming="by"))
    p.sec("Notifications", None,
          cb("M'envoyer le compte rendu par e-mail", True),
          cb("Rappel avant chaque réunion enregistrée", False))
    p.sec("Zone sensible", None, button("Supprimer mon compte", cls="danger"))
    P.append(p)

    # 4 ---------------------------------------------------------------- invented virtual trade-show platform
    p = Page("fr", "agora-evenements-donnees", "https://organisateur.agora-evenements.test/reglages/donnees",
             "Agora Événements", "Réglages de l'événement : données", hidden_method="tab", account="Salon du Bois",
             nav=["Événement", "Programme", "Exposants", "Billetterie", "Données", "Équipe"], active=4,
             note="Plateforme de salons virtuels inventée ; double négation dans une liste de boutons radio, onglet inactif.")
    p.sec("Espace virtuel", None,
          select("Plan du salon", ["Halls thématiques", "Plan libre"], 0),
          sw("Afficher le nombre de visiteurs sur chaque stand", True),
          cb("Musique d'ambiance dans le hall d'accueil", False, wrap=True),
          textfield("Adresse e-mail de contact", "contact@salondubois.test", kind="email"))
    p.sec("Mise en relation", None,
          sw("Suggestions de rendez-vous", True,
             help="Les suggestions reposent sur les centres d'intérêt déclarés ; elles ne servent à entraîner aucun modèle."),
          radios("Durée des rendez-vous vidéo", ["10 minutes", "15 minutes", "30 minutes"], 1))
    p.sec("Données et intelligence artificielle", None,
          tabs("Données concernées", [
              ("Participants", [
                  radios("Refuser que les données des participants entraînent nos modèles", ["Oui, refuser", "Non"], 1,
                         ai=("i", True, "dn")),
                  bsw("Partager les données d'usage avec le laboratoire Agora", True, naming="text", ai="v",
                      help="Le laboratoire Agora s'en sert pour entraîner et évaluer les modèles qui recommandent stands et conférences.")]),
              ("Exposants", [
                  sw("Entraîner nos modèles sur les fiches exposants", True, ai="p"),
                  cb("Fiches visibles avant l'ouverture", False)])], active=0))
    p.sec("Apprentissage automatique à partir des conférences",
          "Les captations de vos conférences peuvent compléter le corpus d'apprentissage de nos modèles de sous-titrage.",
          segmented("Captations des conférences", ["Autoriser", "Refuser"], 1, ai=("h", False)))
    p.sec("Sponsors et publicité", None,
          cb("Bannières des sponsors sur la page d'accueil", True),
          sw("Transmettre les contacts aux exposants", False))
    p.sec("Billetterie", None,
          staterow("Stripe", "Connecté", "Gérer", naming="by"),
          select("Devise", ["EUR", "CHF", "CAD"], 0),
          cb("Envoyer un questionnaire de satisfaction après l'événement", True))
    p.sec("Export", None, button("Exporter le rapport de fréquentation"))
    P.append(p)

    # 5 ---------------------------------------------------------------- invented webinar platform (tu)
    p = Page("fr", "amphi-vie-privee", "https://amphi-live.test/reglages/vie-privee", "Amphi",
             "Vie privée", hidden_method="hidden", account="Inès",
             nav=["Mes webinaires", "Profil", "Vie privée", "Notifications", "Paiements", "Accessibilité"], active=2,
             note="Plateforme de webinaires inventée (tutoiement) ; interrupteur « Désactiver » inversé, case vague, liste déroulante expliquée par l'intertitre.")
    p.sec("Ton profil", None,
          textfield("Nom public", "Inès Martin"),
          select("Fuseau horaire", ["Europe/Paris", "America/Montreal", "Africa/Dakar"], 0),
          button("Changer de mot de passe"))
    p.sec("Tes webinaires", None,
          cb("Enregistrer automatiquement chaque session", True),
          radios("Accès au replay", ["Public", "Inscrits uniquement", "Privé"], 1),
          sw("Activer les réactions emoji", True))
    p.sec("Fonctions IA", "Les résumés sont générés pour toi seul·e et ne servent à entraîner aucun modèle.",
          sw("Résumé automatique du webinaire", True),
          cb("M'avertir quand une nouvelle fonction IA arrive", True))
    p.sec("Tes données et l'IA d'Amphi", None,
          sw("Désactiver l'entraînement de l'IA sur mes webinaires", False, ai="i"),
          cb("Contribuer au programme Amphi Labs", True, ai="v",
             help="Amphi Labs utilise les transcriptions de tes sessions pour entraîner nos modèles de génération de quiz."),
          hide("hidden", radiogroup("Entraînement de l'IA sur les questions du public", ["Autorisé", "Interdit"], 0, ai=("p", True))))
    p.sec("Ce que nos modèles d'IA peuvent apprendre de tes sessions",
          "Indique quelles données peuvent rejoindre nos jeux d'entraînement.",
          select("Sondages et quiz", ["Oui, une fois anonymisés", "Non"], 1, ai=("h", False)))
    p.sec("Paiements", None, staterow("PayPal", "Non connecté", "Connecter", naming="by"))
    p.sec("Accessibilité", None,
          cb("Sous-titres toujours visibles", False),
          select("Taille du texte", ["Normale", "Grande", "Très grande"], 0),
          cb("Recevoir la lettre d'info mensuelle", False))
    P.append(p)
    return P

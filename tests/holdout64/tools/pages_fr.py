from lib import *

PAGES = [
Page("fr", "reverso-compte-parametres", "https://www.reverso.net/fr/compte/parametres", "Reverso", "Paramètres du compte",
     "Reconstruction d'un compte de dictionnaire/traducteur (vous) : case à cocher claire (cochée), boutons segmentés inversés (« Retirer… » sur Non) ; programme d'amélioration caché par aria-hidden ; reformulation et historique en leurres.",
     chrome("Rechercher un mot ou une expression", "Langue de l'interface", "Mon compte", ["Mon profil", "Premium", "Se déconnecter"], "Menu du compte",
            ["Mentions légales", "Confidentialité", "Cookies", "Aide"], "© Reverso Technologies"),
     ["Profil", "Paramètres", "Mes listes", "Premium", "Confidentialité"], known=True, active=1,
     body=[
     section("Traduction", items=[
         sel("Langue source par défaut", ["Détection automatique", "Anglais", "Français", "Espagnol"], 0),
         sel("Langue cible par défaut", ["Français", "Anglais", "Allemand", "Italien"], 1),
         cb("Afficher les exemples en contexte", True),
         sw("Afficher les synonymes", True),
         sw("Lire automatiquement la prononciation", False),
         sw("Suggestions de reformulation dans le correcteur", True, help="Les reformulations sont calculées pour votre texte uniquement, au moment où vous le saisissez."),
         sel("Taille du texte", ["Normale", "Grande", "Très grande"], 0),
         sw("Mode sombre", False),
     ]),
     section("Historique & listes", items=[
         cb("Conserver l'historique de mes recherches", True),
         btn("Effacer l'historique"),
         cb("Rappel quotidien pour réviser mes flashcards", False),
         seg("Retirer mes listes de vocabulaire de l'entraînement de l'IA", [("Oui", False), ("Non", True)], 1, ai="i"),
     ]),
     section("Vos données", items=[
         cb("Autoriser Reverso à utiliser mes traductions pour entraîner ses modèles", True, ai="p"),
         hide("aria", [
             sw("Programme d'amélioration", True, ai="v", help="Vos corrections servent à entraîner nos modèles de traduction."),
         ]),
         field("Pseudo affiché", "lucie_b"),
         cb("Recevoir la lettre d'information", False),
         btn("Gérer mon abonnement Premium"),
         btn("Supprimer mon compte"),
     ]),
     ]),

Page("fr", "ava-confidentialite", "https://web.ava.me/settings/privacy", "Ava", "Confidentialité",
     "Reconstruction d'une appli de sous-titrage en direct pour personnes sourdes et malentendantes (vous) : cellules de tableau dont seule la légende parle d'affiner le modèle, interrupteur bouton vague (aide : entraîner) ; mots personnalisés cachés par visibility:hidden ; diagnostics et correction de ponctuation en leurres.",
     chrome("Rechercher", "Langue", "Compte", ["Profil", "Heures de sous-titrage", "Déconnexion"], "Réglages",
            ["Accessibilité", "Confidentialité", "Conditions", "Contact"], "Ava — 100 % accessible"),
     ["Sous-titres", "Mots personnalisés", "Confidentialité", "Abonnement"], known=True, active=2,
     body=[
     section("Affichage des sous-titres", items=[
         sel("Taille des sous-titres", ["Petite", "Moyenne", "Grande"], 1),
         sel("Police", ["Système", "Atkinson Hyperlegible", "Lexend"], 1),
         sw("Afficher les sous-titres par-dessus les autres applications", True),
         cb("Une couleur par intervenant", True),
         sel("Langue parlée", ["Français", "Anglais", "Français + anglais"], 0),
         cb("M'alerter quand quelqu'un dit mon prénom", True),
         sw("Corriger la ponctuation en direct", True, help="La correction se fait pendant la conversation, sans conserver vos échanges."),
     ]),
     section("Transcriptions", items=[
         sw("Enregistrer mes transcriptions", True),
         sw("Vibrer au début d'une conversation", False),
         btn("Télécharger mes transcriptions"),
         btn("Ajouter un mot personnalisé"),
     ]),
     section("Vos données", items=[
         table("Ce qu'Ava peut utiliser pour affiner sa reconnaissance vocale", ["Autoriser"],
               ["Mes conversations", "Conversations de mon organisation"], [[True], [False]], ai_cols={0: "h"}),
         bsw("Contribuer à Ava Lab", True, ai="v", how="by",
             help="Vos échanges sous-titrés servent à entraîner nos modèles de transcription, en particulier pour les voix peu représentées."),
         hide("vis", [
             cb("Utiliser mes mots personnalisés pour entraîner le modèle", False, ai="p"),
         ]),
         cb("Partager des diagnostics anonymes", True, help="Ils servent à corriger les plantages, pas à l'entraînement."),
         btn("Se déconnecter de tous les appareils"),
     ]),
     ]),

Page("fr", "scribouille-confidentialite", "https://app.scribouille.test/parametres/confidentialite", "Scribouille", "Confidentialité",
     "Preneur de notes de réunion inventé (tu) : fieldset dont seul le titre de section parle d'entraînement (rien partager), ligne d'état inversée avec suffixe masqué (opposition enregistrée), interrupteur clair (activé) ; données d'équipe dans une <dialog> fermée ; résumés IA en leurres.",
     chrome("Rechercher dans tes réunions", "Langue", "Ouvrir le menu du compte", ["Mon profil", "Mon équipe", "Facturation", "Déconnexion"], "Paramètres",
            ["Aide", "Confidentialité", "CGU", "Statut"], "Scribouille SAS — fait à Lyon"),
     ["Profil", "Enregistrement", "Résumés", "Confidentialité", "Intégrations", "Équipe"], active=3,
     body=[
     section("Enregistrement", items=[
         sw("Rejoindre automatiquement mes réunions", True),
         sel("Langue des réunions", ["Détection automatique", "Français", "Anglais"], 0),
         cb("Prévenir les participants que la réunion est enregistrée", True),
         cb("Ignorer les réunions où je suis seul·e", True),
         sw("Ajouter le lien des notes à l'événement d'agenda", False),
         sel("Conserver les enregistrements", ["7 jours", "30 jours", "1 an"], 1),
     ]),
     section("Résumés", intro="Les résumés sont rédigés à partir de ta réunion, pour toi et tes invités.", items=[
         sw("Envoyer le résumé aux participants", False),
         sel("Modèle de résumé", ["Classique", "Commercial", "Entretien d'embauche"], 0),
         cb("Extraire les tâches à faire", True),
         btn("Connecter Notion"),
         btn("Connecter Slack"),
     ]),
     section("Entraînement de nos modèles", intro="Scribouille apprend de vraies réunions pour mieux résumer. Choisis ce que tu partages.", items=[
         rf("Réunions enregistrées", [("Tout partager", True), ("Seulement les réunions internes", True), ("Ne rien partager", False)], 2, ai="h"),
         sw("Utiliser mes résumés corrigés pour entraîner l'IA de Scribouille", True, ai="p"),
     ]),
     section("Opposition", items=[
         state("Opposition enregistrée : tes notes ne servent pas à entraîner nos modèles.", "Annuler", suffix="mon opposition à l'entraînement", ai="i", share=False),
         dialog("Réglages de l'espace d'équipe", "Espace d'équipe", [
             sel("Données d'équipe pour l'entraînement", [("Aucune", False), ("Réunions internes", True)], 1, ai="p"),
         ], close="Fermer"),
         btn("Exporter toutes mes données"),
         btn("Supprimer mon compte"),
     ]),
     ]),

Page("fr", "lectio-preferences", "https://lectio.test/compte/preferences", "Lectio", "Préférences",
     "Lecteur d'écran inventé (vous) : groupe radio vague (aide : entraîner nos voix), interrupteur bouton inversé par aria-label (exclure, activé), case claire dans un <details> fermé (non cochée) ; réglage avancé dans un onglet inactif ; descriptions d'images sur l'appareil en leurre.",
     chrome("Rechercher une préférence", "Langue", "Mon compte Lectio", ["Abonnement", "Appareils", "Se déconnecter"], "Préférences",
            ["Déclaration d'accessibilité", "Confidentialité", "Assistance"], "Lectio — lire sans voir"),
     ["Parole", "Braille", "Navigation", "Données", "Abonnement"], active=0,
     body=[
     tabs("Catégories de préférences", [
         ("Essentiel", [
             section("Parole", items=[
                 sel("Voix", ["Amélie", "Thomas", "Audrey (compacte)"], 0),
                 sel("Débit", ["Lent", "Normal", "Rapide", "Très rapide"], 2),
                 seg("Verbosité", ["Faible", "Moyenne", "Élevée"], 1),
                 cb("Annoncer la ponctuation", False),
                 cb("Sons d'interface", True),
                 cb("Lire les notifications à voix haute", True),
                 sw("Écho des touches du clavier", False),
                 cb("Épeler les mots inconnus", True),
                 sel("Signaler les majuscules", ["Ne rien faire", "Jouer un son", "Voix plus aiguë"], 2),
             ]),
             section("Braille", items=[
                 sw("Utiliser la plage braille", True),
                 sel("Table braille", ["Français intégral", "Français abrégé", "Informatique 8 points"], 0),
             ]),
             section("Images", items=[
                 sw("Décrire automatiquement les images", True, help="Les descriptions sont générées sur votre appareil ; aucune image n'est envoyée."),
                 btn("Raccourcis clavier"),
                 cb("Reprendre la lecture au démarrage", False),
             ]),
             section("Voix et données", items=[
                 rg("Programme Voix+", [("Participer", True), ("Ne pas participer", False)], 0, ai="v",
                    help="Les passages que Lectio vous lit et vos corrections de prononciation servent à entraîner nos voix de synthèse."),
                 bsw("Exclure mes documents de l'apprentissage automatique", True, ai="i", how="label"),
                 details("Plus d'options", [
                     cb("Partager mes descriptions d'images corrigées pour entraîner le modèle de description", False, ai="p"),
                 ]),
             ]),
         ]),
         ("Avancé", [
             sw("Envoyer mes journaux de navigation pour entraîner la détection des éléments", True, ai="p"),
             cb("Mode développeur", False),
         ]),
     ]),
     ]),

Page("fr", "vermeil-espace-donnees", "https://espace-client.vermeil-traduction.test/donnees", "Traductions Vermeil", "Vos données",
     "Agence de traduction inventée, espace client (vous) : sélecteur vague (aide : entraînement des moteurs), interrupteur dont seul le titre de section parle d'apprentissage (désactivé), case claire (non cochée) ; interrupteur masqué par l'attribut hidden ; TA + post-édition en leurre.",
     chrome("Rechercher un projet", "Langue", "Cabinet Aubry & Associés", ["Coordonnées", "Utilisateurs", "Factures", "Déconnexion"], "Espace client",
            ["Politique de confidentialité", "Conditions générales", "Certification ISO 17100"], "Traductions Vermeil SARL — Bordeaux"),
     ["Projets", "Devis", "Glossaires", "Vos données", "Factures"], active=3,
     body=[
     section("Préférences de projet", items=[
         sel("Format de livraison", ["Identique à la source", "PDF", "DOCX"], 0),
         cb("Traduction assermentée par défaut", False),
         field("Référence de commande", "AUB-2025-114"),
         sw("Autoriser la TA + post-édition pour les projets non urgents", True, help="Un brouillon automatique réduit les délais ; il n'entraîne aucun modèle avec vos fichiers."),
         cb("Relecture par un second traducteur", True),
     ]),
     section("Confidentialité", items=[
         sel("Valorisation de vos corpus", [("Désactivée", False), ("Activée", True)], 1, ai="v",
             help="Si elle est activée, vos mémoires de traduction validées alimentent l'entraînement de nos moteurs de traduction automatique."),
         cb("Partager vos glossaires avec nos partenaires pour l'entraînement de leurs modèles", False, ai="p"),
         hide("hidden", [
             bsw("Entraîner la TA sur les fichiers de vos filiales", True, ai="p", how="text"),
         ]),
     ]),
     section("Apprentissage de nos moteurs de TA", intro="Choisissez les types de documents que nos moteurs peuvent apprendre.", items=[
         sw("Documents juridiques", False, ai="h"),
     ]),
     section("Notifications", items=[
         table("", ["E-mail", "SMS"], ["Devis disponible", "Livraison", "Facture émise"], [[True, False], [True, True], [True, False]]),
         btn("Télécharger l'accord de confidentialité"),
     ]),
     ]),
]

from lib import *

CH = dict(skip='Aller au contenu', search='Rechercher', language='Langue', account='Mon compte', nav='Paramètres',
          menu=['Mon profil', 'Paramètres', 'Centre d’aide', 'Se déconnecter'],
          footer=['Confidentialité', 'Conditions générales', 'Mentions légales', 'Gérer les cookies', 'Aide'])


def busuu():
    p = Page('fr', 'busuu-confidentialite', 'https://www.busuu.com/fr/dashboard/settings/privacy', 'Confidentialité', 'Busuu',
             ['Profil', 'Objectifs d’apprentissage', 'Notifications', 'Confidentialité', 'Abonnement', 'Aide'],
             CH, known=True, hide='aria', active=3, accent='#2f6ff0', account='Camille D.',
             notes='Reconstitution d’un service connu d’apprentissage des langues (vous) ; réglages IA inventés. Ligne d’état « Désactivée / Activer » pour une exclusion ; corrections communautaires en menu vague.')
    p.sec('Profil public',
          sw('Afficher mon profil aux autres membres', on=True),
          cb('Indiquer mon pays sur mon profil', on=True, wrap=True),
          select('Qui peut m’envoyer des exercices à corriger', ['Tout le monde', 'Mes amis uniquement', 'Personne'], 1))
    p.sec('Apprentissage',
          select('Objectif hebdomadaire', ['3 jours', '5 jours', '7 jours'], 1),
          sw('Lecture audio automatique', on=True),
          seg('Niveau de correction', ['Souple', 'Standard', 'Exigeant'], 1))
    p.sec('Notifications',
          cb('Rappels de leçon', on=True),
          cb('Un membre a corrigé mon exercice', on=True),
          cb('Nouveautés de l’assistant de conversation IA', on=False))
    p.sec('Vos données et l’intelligence artificielle',
          sw('Autoriser l’entraînement de nos modèles sur mes enregistrements oraux', on=False, ai='p'),
          row('Exclusion de l’entraînement IA', 'Désactivée', 'Activer', on=False, ai='i', inv=True, naming='sr',
              suffix='l’exclusion de l’entraînement IA',
              help='Une fois activée, aucune de vos réponses écrites ne servira plus à entraîner nos modèles.'),
          select('Contribution à la communauté', [('Partager', True), ('Ne pas partager', False)], 0, ai='v',
                 help='Détermine si les corrections que vous rédigez pour d’autres apprenants peuvent servir à entraîner notre correcteur automatique.'),
          hide_aria(bsw('Partager mes données d’apprentissage avec des laboratoires d’IA', on=True, ai='p', naming='label',
                        vis='Laboratoires partenaires')),
          sw('Conversations avec l’assistant IA : garder l’historique', on=True,
             help='L’historique reste dans votre compte. Il n’est jamais utilisé pour entraîner un modèle.'))
    p.sec('Compte', btn('Télécharger mes données'), btn('Supprimer mon compte', 'danger'))
    return p


def superprof():
    p = Page('fr', 'superprof-confidentialite', 'https://www.superprof.fr/mon-compte/confidentialite', 'Confidentialité et données', 'Superprof',
             ['Mes cours', 'Messagerie', 'Paiements', 'Mes enfants', 'Confidentialité', 'Notifications'],
             CH, known=True, hide='visibility', active=4, accent='#ff5a5f', account='Julien',
             notes='Reconstitution d’une plateforme de cours particuliers connue (vous) ; réglages IA inventés. Double négation sur les données des enfants ; radiogroup sous un titre « Entraînement de l’IA ».')
    p.sec('Profil',
          sw('Afficher ma photo aux professeurs', on=True),
          cb('Masquer mon nom de famille', on=True),
          select('Ville affichée', ['Lyon', 'Villeurbanne', 'Ne pas afficher'], 0))
    p.sec('Paiements',
          select('Moyen de paiement par défaut', ['Carte bancaire', 'PayPal', 'Virement'], 0),
          cb('Recevoir mes factures par e-mail', on=True),
          btn('Ajouter une carte'))
    p.sec('Entraînement de l’IA',
          rg('Vos messages', [('Inclus', True), ('Exclus', False)], 1, ai='h', tag='h3'),
          bsw('Aider à améliorer Superprof', on=True, ai='v', naming='text',
              help='Les demandes que vous publiez et les avis que vous laissez servent à entraîner nos modèles de recommandation et de rédaction automatique.'),
          cb('Ne pas exclure les données de mes enfants de l’entraînement des modèles', on=False, ai='i', inv=False),
          hide_vis(cb('Autoriser la cession de mes annonces à des partenaires pour l’entraînement d’IA', on=False, ai='p')),
          intro='Les échanges avec les professeurs peuvent servir à entraîner l’outil qui vous met en relation avec le bon professeur.')
    p.sec('Notifications',
          tbl('Recevoir une alerte', ['E-mail', 'SMS'],
              [('Nouveau message d’un professeur', [True, True]), ('Rappel de cours', [True, False]), ('Résumé de cours généré par IA', [False, False])],
              help='Les résumés de cours sont générés pour vous seul et ne sont pas réutilisés pour l’entraînement.'))
    p.sec('Sécurité', row('Validation en deux étapes', 'Activée', 'Gérer', on=True), btn('Changer mon mot de passe'))
    return p


def revizo():
    p = Page('fr', 'revizo-parametres', 'https://www.revizo.test/compte/parametres', 'Paramètres', 'Révizo',
             ['Mon bac', 'Planning', 'Données et IA', 'Notifications', 'Accessibilité'],
             CH, hide='dialog', active=2, accent='#0f766e', account='Inès',
             notes='Service inventé de révision du bac (tu). Tableau dont seule la légende parle d’entraînement ; boutons segmentés « Oui / Non ».')
    p.sec('Mon bac',
          select('Série / voie', ['Générale', 'Technologique', 'Professionnelle'], 0),
          select('Spécialité 1', ['SES', 'Maths', 'HLP', 'SVT'], 0),
          select('Spécialité 2', ['SES', 'Maths', 'HLP', 'SVT'], 2),
          inp('Date du grand oral', '2025-06-23', 'date'))
    p.sec('Planning',
          seg('Rythme de révision', ['Tranquille', 'Régulier', 'Sprint'], 1),
          sw('Me proposer des pauses', on=True))
    p.sec('Données et IA',
          seg('Entraîner notre IA avec tes réponses aux quiz', [('Oui', True), ('Non', False)], 0, ai='p'),
          tbl('Données utilisées pour l’entraînement de l’IA', ['Autorisé'],
              [('Copies de dissertation', [(False, 'h')]), ('Fiches de révision', [(True, 'h')])]),
          sw('Correction instantanée par l’IA', on=True,
             help='La correction se fait à la volée ; ce réglage ne change rien à l’entraînement.'),
          hide_dialog('Plus d’options', 'Options avancées', 'Fermer',
                      sw('Partager mes brouillons pour l’entraînement', on=True, ai='p')),
          intro='Ton travail peut nous aider à rendre la correction automatique plus juste. C’est toi qui choisis.')
    p.sec('Notifications',
          cb('Rappel la veille d’un devoir', on=True),
          cb('Nouvelles annales disponibles', on=False))
    p.sec('Accessibilité', sw('Police adaptée à la dyslexie', on=False), select('Taille du texte', ['Normale', 'Grande'], 0))
    return p


def lexiquo():
    p = Page('fr', 'lexiquo-donnees', 'https://lexiquo.test/preferences/donnees', 'Préférences de données', 'Lexiquo',
             ['Dictionnaires', 'Prononciation', 'Listes de vocabulaire', 'Données', 'Abonnement'],
             CH, hide='tab', active=3, accent='#b45309', account='M. Laurent',
             notes='Dictionnaire et coach de prononciation inventé (vous). Fieldset « Retirer… » (inversé), case pour robots d’IA sous un titre seulement, interrupteur nommé par aria-labelledby.')
    p.sec('Dictionnaires',
          select('Dictionnaire par défaut', ['Français monolingue', 'Français–anglais', 'Français–espagnol'], 1),
          cb('Afficher les synonymes', on=True, wrap=True),
          cb('Afficher l’étymologie', on=False, wrap=True))
    p.sec('Prononciation',
          seg('Accent de référence', ['Britannique', 'Américain'], 0),
          sw('Noter ma prononciation après chaque essai', on=True),
          radios('Retirer mes enregistrements de prononciation des jeux d’entraînement',
                 [('Oui, les retirer', False), ('Non, les conserver', True)], 1, ai='i',
                 help='Les jeux d’entraînement servent à perfectionner le modèle qui évalue la prononciation.'))
    p.sec('Robots d’indexation pour l’IA',
          cb('Autoriser l’accès à mes listes de vocabulaire publiques', on=True, ai='h', wrap=True),
          intro='Certaines entreprises collectent les pages publiques pour entraîner des modèles de langage. Vos listes publiques peuvent en faire partie.')
    p.sec('Données',
          tabs('Catégories', [
              ('Général', [
                  bsw('Programme qualité', on=False, ai='v', naming='lb',
                      help='Vos recherches et les corrections que vous proposez sont analysées pour entraîner notre moteur de traduction.'),
                  sw('Historique de recherche', on=True),
                  btn('Effacer l’historique'),
              ]),
              ('Avancé', [
                  sw('Entraîner le coach de prononciation avec ma voix', on=True, ai='p'),
              ]),
          ]))
    p.sec('Abonnement', row('Lexiquo Premium', 'Actif', 'Résilier', on=True), btn('Voir mes factures'))
    p.sec('Compte',
          inp('Adresse e-mail', 'p.laurent@example.fr', 'email'),
          cb('Recevoir la lettre d’information « Le mot du jour »', on=True),
          btn('Exporter mes listes'))
    return p


def memoflash():
    p = Page('fr', 'memoflash-reglages', 'https://app.memoflash.test/reglages', 'Réglages', 'Mémo Flash',
             ['Révisions', 'Affichage', 'Synchronisation', 'IA et données', 'Compte'],
             CH, hide='hidden', active=3, accent='#db2777', account='Théo',
             notes='Appli de cartes mémoire inventée (tu). Ligne d’état « Activé / Désactiver », interrupteur « Bloquer… » (inversé), case vague avec aide.')
    p.sec('Révisions',
          select('Nouvelles cartes par jour', ['10', '20', '30'], 1),
          select('Ordre des cartes', ['Aléatoire', 'Par date d’ajout', 'Les plus difficiles d’abord'], 0),
          sw('Lire les réponses à voix haute', on=False),
          cb('Inverser recto et verso', on=False))
    p.sec('Affichage',
          seg('Thème', ['Clair', 'Sombre', 'Auto'], 2),
          sw('Animations', on=True))
    p.sec('Synchronisation',
          row('Synchronisation automatique', 'Activée', 'Suspendre', on=True),
          cb('Uniquement en Wi-Fi', on=True))
    p.sec('IA et données',
          row('Entraînement de l’algorithme sur ton historique de révisions', 'Activé', 'Désactiver', on=True, ai='p'),
          sw('Bloquer l’utilisation de mes paquets pour l’entraînement de l’IA', on=True, ai='i', inv=True),
          det('Options avancées',
              cb('Participer au programme d’amélioration', on=False, ai='v',
                 help='Les images que tu importes et les cartes que tu modifies servent alors à entraîner le générateur de cartes.'),
              cb('Envoyer automatiquement les rapports de plantage', on=True)),
          hide_attr(cb('Envoyer mes paquets partagés au corpus d’entraînement', on=True, ai='p')),
          sw('Générer des cartes avec l’IA', on=True, help='La génération n’utilise que le texte que tu colles ici.'))
    p.sec('Notifications',
          cb('Me rappeler de réviser à 18 h', on=True),
          cb('Un ami a partagé un paquet avec moi', on=True),
          cb('Nouveautés du générateur de cartes IA', on=False))
    p.sec('Compte', btn('Exporter mes paquets'), btn('Supprimer mon compte', 'danger'))
    return p


def pages():
    return [busuu(), superprof(), revizo(), lexiquo(), memoflash()]

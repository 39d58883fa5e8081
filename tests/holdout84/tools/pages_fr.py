from lib import Page, CHROME

L = 'fr'


def P(**kw):
    return Page(lang=L, chrome=CHROME[L], **kw)


def prezi():
    p = P(slug='prezi-confidentialite', url='https://prezi.com/fr/settings/privacy/', brand='Prezi',
          title='Confidentialité', known=True, prefix='pz',
          nav=['Profil', 'Licence', 'Confidentialité', 'Notifications', 'Intégrations', 'Équipe'], active_nav=2,
          notes='Service connu (reconstruction), vouvoiement. Boutons segmentés « Exclure … » avec Oui choisi (pas '
                'de partage), select défini seulement par le titre de section, ligne d’état « Activé » + bouton '
                'Désactiver nommé par aria-labelledby. Leurres : Prezi AI sans entraînement, notifications IA. '
                'Caché : aria-hidden.')
    p.h1('Confidentialité', 'Gérez la visibilité de vos présentations et l’usage que nous faisons de vos données.')
    p.add(p.sec('Visibilité par défaut', [
        p.radios('Nouvelles présentations', ['Publiques', 'Visibles avec le lien', 'Privées'], 2),
        p.checkbox('Autoriser les spectateurs à réutiliser mes présentations publiques', False),
        p.switch('Afficher mon profil dans la galerie Prezi', True),
    ]))
    p.add(p.sec('Prezi AI', [
        p.switch('Activer les suggestions de Prezi AI', True,
                 help='Prezi AI transforme vos notes en présentation. Le texte que vous saisissez n’est pas utilisé pour entraîner nos modèles.'),
        p.segmented('Exclure mes présentations de l’entraînement de Prezi AI', [('Oui', False), ('Non', True)], 0, ai='i'),
        p.hide('aria-hidden', [
            p.checkbox('Partager mes enregistrements vocaux pour entraîner Prezi AI', True, ai='p'),
        ]),
        p.staterow('Entraînement des modèles sur vos contenus', 'Statut : <strong>Activé</strong>', 'Désactiver', True, ai='p'),
    ]))
    p.add(p.sec('Apprentissage automatique', [
        p.select('Données transmises', [('Aucune', False), ('Statistiques d’édition uniquement', True),
                                        ('Contenus et statistiques', True)], 1, ai='h'),
    ], intro='Une partie des données d’utilisation sert à entraîner les modèles qui génèrent les présentations Prezi AI.', details=True))
    p.add(p.sec('Notifications', [
        p.checkbox('Quelqu’un commente ma présentation', True),
        p.checkbox('Nouveautés de Prezi AI', True),
        p.checkbox('Conseils de présentation hebdomadaires', False),
    ]))
    p.add(p.sec('Cookies et publicité', [
        p.switch('Cookies de mesure d’audience', True),
        p.switch('Publicité personnalisée', False),
    ]))
    p.add(p.sec('Accessibilité', [
        p.checkbox('Lire automatiquement les sous-titres en mode présentation', True),
        p.select('Vitesse des transitions', ['Lente', 'Normale', 'Désactivée'], 1),
    ]))
    p.add(p.sec('Données du compte', [
        p.button('Exporter mes présentations'),
        p.button('Supprimer mon compte', cls='btn danger'),
    ]))
    return p


def vimeo():
    p = P(slug='vimeo-confidentialite', url='https://vimeo.com/fr/settings/account/privacy', brand='Vimeo',
          title='Confidentialité et données', known=True, prefix='vm',
          nav=['Général', 'Vidéo', 'Confidentialité', 'Notifications', 'Applications connectées', 'Facturation'],
          active_nav=2,
          notes='Service connu (reconstruction), vouvoiement. Case simple sur l’entraînement de modèles d’IA, '
                'interrupteur bouton nommé par son texte vague avec aide sur la reconnaissance vocale, tableau '
                '(deux cases) dont seule la légende parle d’entraînement. Leurres : sous-titres automatiques, '
                'intégration, robots des moteurs de recherche. Caché : visibility:hidden.')
    p.h1('Confidentialité et données', 'Choisissez qui peut voir vos vidéos et ce que nous faisons de vos contenus.')
    p.add(p.sec('Vos vidéos', [
        p.select('Qui peut regarder mes nouvelles vidéos', ['Tout le monde', 'Seulement moi', 'Personnes avec le lien', 'Avec mot de passe'], 2),
        p.select('Où mes vidéos peuvent être intégrées', ['Partout', 'Nulle part', 'Domaines précis'], 2),
        p.checkbox('Autoriser le téléchargement des vidéos', False),
        p.checkbox('Laisser les moteurs de recherche indexer mes vidéos publiques', True),
    ]))
    p.add(p.sec('Intelligence artificielle', [
        p.switch('Générer automatiquement les sous-titres', True),
        p.checkbox('Autoriser l’utilisation de mes vidéos pour entraîner des modèles d’IA', False, ai='p'),
        p.btnswitch('Contribuer à l’amélioration de Vimeo', True, naming='text', ai='v',
                    help='Les transcriptions et sous-titres que vous corrigez servent à entraîner nos modèles de reconnaissance vocale.'),
        p.hide('visibility', [
            p.switch('Inclure les vidéos de mon équipe dans les jeux d’entraînement', False, ai='p'),
        ]),
    ]))
    p.add(p.sec('Collecte par des tiers', [
        p.table('Collecte de vos vidéos publiques pour l’entraînement d’IA tierces', 'Robot',
                ['Titres et descriptions', 'Vidéos et miniatures'],
                [('Robots d’exploration d’IA', [True, False])], ai_cols={0: ('h', False), 1: ('h', False)}),
    ]))
    p.add(p.sec('Notifications', [
        p.checkbox('Nouveaux commentaires', True),
        p.checkbox('Fonctionnalités IA de Vimeo', False),
        p.checkbox('Rapport de statistiques mensuel', True),
    ]))
    p.add(p.sec('Lecture', [
        p.switch('Lecture automatique de la vidéo suivante', False),
        p.select('Qualité par défaut', ['Auto', '1080p', '720p'], 0),
    ]))
    p.add(p.sec('Compte', [
        p.button('Télécharger mes données'),
        p.button('Activer la validation en deux étapes'),
        p.button('Gérer les applications connectées'),
    ]))
    return p


def lumiere():
    p = P(slug='lumiere-studio-reglages', url='https://app.lumiere-studio.test/reglages/confidentialite', brand='Lumière Studio',
          title='Réglages de confidentialité', prefix='ls',
          nav=['Compte', 'Retouche', 'Confidentialité', 'Stockage', 'Abonnement'], active_nav=2,
          notes='Éditeur photo inventé, tutoiement. Fieldset radio à légende vague (« Partager mes retouches ») '
                'avec aide sur l’entraînement, double négation « Ne pas utiliser… » décochée (partage), boutons '
                'segmentés explicites. Leurres : détourage IA local, sauvegarde. Caché : <dialog> fermé.')
    p.h1('Confidentialité', 'Tes photos restent à toi. Voici ce que tu peux choisir de partager avec nous.')
    p.add(p.sec('Retouche intelligente', [
        p.switch('Détourage automatique des sujets', True, help='Le détourage est calculé sur ton appareil.'),
        p.radios('Partager mes retouches', [('Oui', True), ('Non', False)], 1,
                 help='Tes réglages et tes masques, rendus anonymes, nous aident à entraîner la retouche automatique.',
                 ai='v'),
        p.switch('Ne pas utiliser mes photos pour l’apprentissage de nos modèles', False, ai='i'),
        p.segmented('Entraînement de l’IA sur mes photos', [('Activé', True), ('Désactivé', False)], 1, ai='p'),
        p.hide('dialog', [
            p.select('Entraînement sur les photos où figurent des visages', [('Autorisé', True), ('Refusé', False)], 1, ai='p'),
            p.checkbox('Flouter les visages dans les liens partagés', True),
        ], opener='Options avancées', dlg_title='Options avancées', close='Fermer'),
    ]))
    p.add(p.sec('Stockage', [
        p.switch('Sauvegarder les originaux dans le cloud', True),
        p.select('Qualité des aperçus', ['Standard', 'Haute'], 0),
        p.checkbox('Supprimer les photos de la corbeille après 30 jours', True),
    ]))
    p.add(p.sec('Notifications', [
        p.checkbox('Rappels de sauvegarde', True),
        p.checkbox('Nouveaux filtres et outils IA', False),
    ]))
    p.add(p.sec('Affichage', [
        p.segmented('Thème', ['Clair', 'Sombre'], 1),
        p.switch('Réduire les animations', False),
    ]))
    p.add(p.sec('Compte', [
        p.button('Exporter ma photothèque'),
        p.button('Changer de mot de passe'),
        p.button('Gérer les appareils connectés'),
        p.button('Supprimer mon compte', cls='btn danger'),
    ]))
    return p


def clipotheque():
    p = P(slug='clipotheque-contributeur', url='https://contributeurs.clipotheque.test/compte/licences', brand='Clipothèque',
          title='Licences et données', prefix='cl',
          nav=['Tableau de bord', 'Mes clips', 'Licences et données', 'Paiements', 'Profil'], active_nav=2,
          notes='Banque de vidéos inventée (espace contributeur), vouvoiement. Radiogroup explicite « Licence … '
                'entraînement », interrupteur bouton (aria-label) défini par le titre de section, case inversée '
                '« M’opposer … » cochée. Leurres : licences éditoriales, paiements. Caché : onglet inactif.')
    p.h1('Licences et données', 'Vos clips, vos conditions.')
    p.add(p.sec('Licences classiques', [
        p.switch('Proposer mes clips en licence éditoriale', True),
        p.select('Prix minimum par clip HD', ['15 €', '25 €', '40 €'], 1),
    ]))
    p.add(p.hide('tab', [
        p.checkbox('Inclure mes rushes non publiés dans les lots d’entraînement', False, ai='p'),
    ], tabs=['Contenus publiés', 'Archives'], visible=[
        p.radiogroup('Licence de vos clips pour l’entraînement de modèles d’IA', [('Inclure', True), ('Exclure', False)], 0, ai='p',
                     help='Les clips inclus sont vendus en lots à des développeurs d’IA ; vous touchez une part des revenus.'),
        p.checkbox('M’opposer à l’utilisation de mes métadonnées pour l’entraînement', True, ai='i'),
    ]))
    p.add(p.sec('Jeux de données pour l’IA générative', [
        p.btnswitch('Mes séquences archivées avant 2020', False, naming='aria-label',
                    visible_title='Séquences archivées avant 2020', ai='h'),
    ], intro='Certains partenaires achètent des jeux de données pour entraîner des modèles vidéo génératifs. Indiquez ce qui peut en faire partie.'))
    p.add(p.sec('Paiements', [
        p.radios('Mode de versement', ['Virement SEPA', 'PayPal'], 0),
        p.select('Seuil de versement', ['50 €', '100 €', '250 €'], 0),
        p.button('Modifier mes coordonnées bancaires'),
    ]))
    p.add(p.sec('Notifications', [
        p.checkbox('Un clip a été vendu', True),
        p.checkbox('Nouvelles demandes de licence IA', True),
        p.checkbox('Lettre d’information mensuelle', False),
    ]))
    p.add(p.sec('Profil public', [
        p.textfield('Nom de contributeur', 'Atelier Brume'),
        p.switch('Afficher ma ville sur mon profil', False),
        p.button('Voir mon profil public'),
    ]))
    return p


def fonderie():
    p = P(slug='fonderie-libre-preferences', url='https://fonderie-libre.test/mon-compte/preferences', brand='Fonderie Libre',
          title='Préférences', prefix='fl',
          nav=['Mon compte', 'Mes polices', 'Préférences', 'Licences', 'Factures'], active_nav=2,
          notes='Bibliothèque de polices et d’icônes inventée, vouvoiement. Select vague « Amélioration du moteur '
                'de recommandations » avec aide sur l’entraînement, ligne d’état « Protection … Désactivée » avec '
                'suffixe sr-only (inversé → partage). Leurres : aperçus, newsletter IA. Caché : attribut hidden.')
    p.h1('Préférences', 'Réglez l’affichage des catalogues et l’utilisation de vos données.')
    p.add(p.sec('Affichage du catalogue', [
        p.textfield('Texte d’aperçu', 'Portez ce vieux whisky au juge blond qui fume'),
        p.select('Taille d’aperçu', ['24 pt', '36 pt', '48 pt', '72 pt'], 2),
        p.segmented('Fond', ['Clair', 'Sombre'], 0),
        p.checkbox('Masquer les polices déjà achetées', False),
    ]))
    p.add(p.sec('Recherche et suggestions', [
        p.switch('Recherche par image (« trouver cette police »)', True,
                 help='L’image envoyée est analysée puis supprimée ; elle n’alimente aucun entraînement.'),
        p.select('Amélioration du moteur de recommandations', [('Autorisée', True), ('Refusée', False)], 0, ai='v',
                 help='Vos recherches et téléchargements servent à entraîner notre modèle d’association de polices.'),
    ]))
    p.add(p.sec('Vos créations', [
        p.staterow('Protection contre l’entraînement IA', 'État : <strong>Désactivée</strong> – vos icônes publiées peuvent servir à entraîner notre générateur.',
                   'Activer', False, ai='i', suffix='la protection contre l’entraînement IA'),
        p.hide('hidden', [
            p.switch('Autoriser aussi l’entraînement sur mes glyphes en cours', False, ai='p'),
        ]),
        p.checkbox('Afficher mes icônes dans la vitrine', True),
    ]))
    p.add(p.sec('Courriels', [
        p.checkbox('Nouvelles fonderies partenaires', True),
        p.checkbox('Actualités de nos outils d’IA', False),
        p.checkbox('Promotions', False),
    ]))
    p.add(p.sec('Compte', [
        p.button('Télécharger mes licences'),
        p.button('Associer Adobe Fonts'),
        p.button('Gérer les moyens de paiement'),
        p.textfield('Adresse de facturation', '12 rue des Tanneurs, Lyon'),
        p.button('Fermer mon compte', cls='btn danger'),
    ]))
    return p


def pages():
    return [prezi(), vimeo(), lumiere(), clipotheque(), fonderie()]

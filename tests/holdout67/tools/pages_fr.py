from lib import Page
from common import chrome


def ovhcloud():
    c = chrome('Rechercher', 'Rechercher un service, une facture…', 'Langue', 'Mon compte', 'Espace client',
               [('Mes informations', '#/useraccount/infos'), ('Mes factures', '#/billing'), ('Déconnexion', '/logout')],
               [('Mentions légales', '/fr/mentions-legales/'), ('Confidentialité', '/fr/protection-donnees-personnelles/'),
                ('Support', '/fr/support/')],
               '© 2025 {brand} SAS')
    p = Page('fr', 'ovhcloud-confidentialite', 'https://www.ovh.com/manager/#/dedicated/useraccount/privacy',
             'OVHcloud', 'Confidentialité et données',
             'Reconstitution de la page d’un hébergeur connu (vouvoiement). Interrupteur explicite (activé), '
             'fieldset inversé « Opposition à … » (opposition retenue), ligne d’état dont le bouton porte un '
             'suffixe visuellement masqué et dont seul le statut parle d’entraînement ; case cachée par l’attribut '
             'hidden. Leurres : assistant IA, mesure d’audience, alertes de consommation.',
             [('Mes informations', '#/useraccount/infos'), ('Sécurité', '#/useraccount/security'),
              ('Confidentialité', '#/useraccount/privacy'), ('Contacts', '#/useraccount/contacts'),
              ('Moyens de paiement', '#/billing/payment')], c, known=True, accent='#000e9c', nav_current=2)
    p.add(
        p.sec('Coordonnées et communications',
              p.text('Adresse e-mail de contact', 'infra@atelier-rive.example', type='email'),
              p.select('Langue de vos factures', [('Français', None), ('English', None)], 0),
              p.select('Communications commerciales', [('Toutes', None), ('Uniquement les nouveautés produits', None),
                                                      ('Aucune', None)], 1),
              p.cb('Recevoir les offres de nos partenaires', False),
              p.cb('M’alerter quand ma consommation dépasse mon budget', True)),
        p.sec('Sécurité',
              p.button('Activer la double authentification'),
              p.cb('Me prévenir à chaque nouvelle connexion', True, switch=True),
              p.button('Gérer mes clés SSH')),
        p.sec('Données et intelligence artificielle',
              p.cb('Afficher l’assistant IA dans l’espace client', True, switch=True,
                   help='Il répond à vos questions sur vos services et vos factures.'),
              p.cb('Mesure d’audience de l’espace client', True,
                   help='Statistiques de navigation anonymes pour améliorer l’ergonomie. Elles ne servent pas '
                        'à l’entraînement de modèles.'),
              p.cb('Autoriser OVHcloud à utiliser mes données pour entraîner ses modèles d’IA', True, switch=True, ai='p'),
              p.radios('Opposition à l’entraînement des modèles sur mes tickets de support',
                       [('Je m’oppose', False), ('Je ne m’oppose pas', True)], 0, ai='i'),
              p.state('Programme d’amélioration des produits',
                      'Vous participez : les journaux d’utilisation de vos services cloud servent à entraîner nos '
                      'modèles de prévision de charge.', 'Quitter', 'le programme d’amélioration des produits',
                      sharing=True, ai='v'),
              p.hide('attr', p.cb('Partager mes métriques d’infrastructure avec des laboratoires d’IA partenaires',
                                  True, ai='p'))),
        p.sec('Vos données personnelles',
              p.button('Télécharger mes données'),
              p.button('Supprimer mon compte')),
    )
    return p


def nuagebleu():
    c = chrome('Rechercher', 'Rechercher dans l’espace client', 'Langue', 'Mon compte', 'Menu principal',
               [('Profil', '/compte/profil'), ('Factures', '/compte/factures'), ('Se déconnecter', '/deconnexion')],
               [('CGV', '/cgv'), ('Données personnelles', '/donnees-personnelles'), ('État des services', '/statut')],
               '{brand} – hébergement web à Lyon')
    p = Page('fr', 'nuagebleu-donnees-ia', 'https://espace-client.nuagebleu.test/compte/donnees-et-ia',
             'Nuage Bleu', 'Données et IA',
             'Hébergeur inventé (vouvoiement). Tableau dont seul le titre de section parle d’entraînement '
             '(colonne « Autoriser » à côté d’une colonne de conservation), interrupteur-bouton inversé nommé par '
             'aria-labelledby (« Exclure … », activé) ; case cachée par display:none en ligne. Leurres : '
             'antivirus IA, sauvegardes, version PHP.',
             [('Tableau de bord', '/'), ('Hébergements', '/hebergements'), ('Noms de domaine', '/domaines'),
              ('E-mails', '/emails'), ('Compte', '/compte')], c, accent='#1971c2', nav_current=4)
    p.add(
        p.sec('Hébergement',
              p.select('Version de PHP par défaut', [('8.2', None), ('8.3', None)], 1),
              p.radios('Sauvegardes automatiques', [('Quotidiennes', None), ('Hebdomadaires', None)], 0),
              p.cb('Analyser mes fichiers avec l’antivirus IA', True, switch=True,
                   help='Détection des scripts malveillants déposés sur vos sites.'),
              p.cb('Renouveler automatiquement mes domaines', True, switch=True),
              p.cb('Activer le certificat SSL gratuit sur les nouveaux sites', True),
              p.select('Centre de données', [('Lyon', None), ('Roubaix', None)], 0)),
        p.sec('Entraînement de nos modèles d’IA',
              p.table(None, ['Autoriser', 'Conserver 90 jours'],
                      [('Journaux d’accès', [False, True]), ('Questions posées à l’assistant', [True, True])],
                      ai_cols={0: 'h'}),
              p.bsw('Exclure mes sites de l’apprentissage automatique', True, by='labelledby', ai='i'),
              p.hide('inline', p.cb('Entraîner le modèle anti-spam sur mes boîtes e-mail', True, ai='p')),
              intro='Certaines données techniques de votre compte peuvent servir à entraîner les modèles qui '
                    'alimentent notre assistant et notre détection d’incidents. Choisissez ce que vous autorisez.'),
        p.sec('Notifications',
              p.cb('Recevoir la lettre d’information mensuelle', False),
              p.cb('Être averti par SMS en cas d’incident', True),
              p.text('Numéro de téléphone', '+33 6 12 34 56 78', type='tel'),
              p.button('Exporter mes données')),
    )
    return p


def comptoir():
    c = chrome('Rechercher', 'Commandes, produits, clients…', 'Langue', 'Compte marchand', 'Administration',
               [('Mon profil', '/profil'), ('Changer de boutique', '/boutiques'), ('Déconnexion', '/deconnexion')],
               [('Aide', '/aide'), ('Confidentialité', '/confidentialite'), ('Conditions marchands', '/conditions')],
               '© 2025 {brand}')
    p = Page('fr', 'comptoir-parametres-ia', 'https://admin.comptoir.test/boutique/parametres/ia',
             'Comptoir', 'Paramètres IA',
             'Back-office de boutique inventé (vouvoiement). role=radiogroup explicite (Non), case vague « Participer '
             'à l’amélioration de Comptoir » avec texte voisin sans aria-describedby, boutons segmentés inversés '
             '« Ne pas utiliser les avis clients… » ; interrupteur dans un bloc aria-hidden. Leurres : fiches '
             'produit générées, recommandations, lutte anti-fraude.',
             [('Accueil', '/'), ('Commandes', '/commandes'), ('Produits', '/produits'), ('Clients', '/clients'),
              ('Paramètres', '/parametres')], c, accent='#e8590c', nav_current=4)
    p.add(
        p.sec('Boutique',
              p.text('Nom de la boutique', 'La Mercerie du Canal'),
              p.select('Devise', [('Euro (€)', None), ('Franc suisse (CHF)', None)], 0),
              p.cb('Afficher les prix TTC', True),
              p.cb('Autoriser les commandes sans compte', True, switch=True),
              p.text('Seuil d’alerte de stock', '3', type='number'),
              p.cb('Relancer les paniers abandonnés', False)),
        p.sec('Outils d’IA',
              p.cb('Générer des fiches produit avec l’IA', True, switch=True,
                   help='Vous relisez et validez chaque fiche avant publication.'),
              p.cb('Afficher des recommandations de produits à vos clients', True, switch=True),
              p.cb('Bloquer automatiquement les commandes suspectes', True)),
        p.sec('Vos données et nos modèles',
              p.radios('Utiliser le catalogue de ma boutique pour entraîner l’IA de Comptoir',
                       [('Oui', True), ('Non', False)], 1, aria=True, ai='p'),
              p.cb('Participer à l’amélioration de Comptoir', True, ai='v',
                   help='Vos commandes et vos échanges avec les clients servent alors à entraîner nos modèles '
                        'de recommandation.', described=False, wrap=True),
              p.seg('Ne pas utiliser les avis clients pour entraîner les modèles', [('Oui', False), ('Non', True)], 1, ai='i'),
              p.hide('aria', p.cb('Partager les données de paiement anonymisées avec nos partenaires IA', False,
                                  switch=True, ai='p'))),
        p.sec('Export',
              p.button('Exporter les clients'),
              p.button('Exporter les commandes'),
              p.button('Télécharger le rapport de ventes mensuel')),
    )
    return p


def carnet():
    c = chrome('Rechercher', 'Chercher dans tes articles', 'Langue', 'Ton compte', 'Tableau de bord',
               [('Profil', '/moi'), ('Abonnement', '/moi/abonnement'), ('Se déconnecter', '/deconnexion')],
               [('À propos', '/a-propos'), ('Confidentialité', '/confidentialite'), ('Charte', '/charte')],
               '{brand} · écrire en toute simplicité')
    p = Page('fr', 'carnet-reglages-confidentialite', 'https://carnet.test/tableau-de-bord/reglages/confidentialite',
             'Carnet', 'Confidentialité',
             'Plateforme de blog inventée (tutoiement). Dans un <details> fermé (replié, donc étiqueté) : une '
             'liste déroulante et une case dont seul le paragraphe d’introduction parle d’entraînement ; '
             'interrupteur-bouton nommé par son texte pour l’entraînement par des tiers (désactivé) ; case '
             'masquée par visibility:hidden. Leurres : correcteur IA, atelier d’écriture, statistiques.',
             [('Articles', '/tableau-de-bord/articles'), ('Apparence', '/tableau-de-bord/apparence'),
              ('Réglages', '/tableau-de-bord/reglages'), ('Statistiques', '/tableau-de-bord/stats')], c,
             accent='#0c8599', nav_current=2)
    p.add(
        p.sec('Ton carnet',
              p.radios('Qui peut lire ton carnet', [('Tout le monde', None), ('Personnes avec le lien', None),
                                                   ('Toi seulement', None)], 0),
              p.cb('Autoriser les moteurs de recherche à référencer ton carnet', True),
              p.select('Commentaires', [('Ouverts', None), ('Modérés', None), ('Fermés', None)], 1),
              p.cb('Afficher le temps de lecture', True, switch=True),
              p.cb('Activer le correcteur IA dans l’éditeur', True, switch=True),
              p.cb('Compter les visites de mes articles', True)),
        p.sec('Intelligence artificielle',
              p.bsw('Laisser des entreprises d’IA tierces entraîner leurs modèles sur mon carnet', False, by='text', ai='p'),
              p.details('Entraînement de l’IA',
                        p.p('Choisis quels contenus de ton carnet peuvent servir à entraîner les modèles de Carnet.'),
                        p.select('Articles publiés', [('Autorisés', True), ('Refusés', False)], 0, ai='h'),
                        p.cb('Brouillons', False, ai='h')),
              p.hide('vis', p.cb('Utiliser mes brouillons pour entraîner l’assistant d’écriture', True, ai='p'))),
        p.sec('Infos et ateliers',
              p.cb('Recevoir l’invitation aux ateliers d’écriture en ligne', False),
              p.cb('M’écrire quand quelqu’un commente', True),
              p.select('Thème de l’éditeur', [('Clair', None), ('Sombre', None)], 0),
              p.text('Adresse e-mail', 'lea.martin@exemple.fr', type='email'),
              p.button('Exporter mes articles'),
              p.button('Supprimer mon carnet')),
    )
    return p


def gazette():
    c = chrome('Rechercher', 'Rechercher une lettre', 'Langue', 'Compte', 'Publication',
               [('Profil', '/profil'), ('Facturation', '/facturation'), ('Déconnexion', '/deconnexion')],
               [('Mentions légales', '/mentions'), ('Confidentialité', '/confidentialite'), ('Aide', '/aide')],
               '{brand} – lettres d’information indépendantes')
    p = Page('fr', 'lagazette-parametres-publication', 'https://app.lagazette.test/publication/parametres',
             'La Gazette', 'Paramètres de la publication',
             'Plateforme de newsletters inventée (vouvoiement). Liste déroulante vague « Aider à améliorer la '
             'Gazette » (aide liée = entraînement), interrupteur explicite (désactivé), ligne d’état inversée '
             '« Activer » + titre « Protection … contre l’entraînement d’IA » via aria-labelledby ; case masquée '
             'par une classe CSS. Leurres : objets suggérés par IA, taux d’ouverture, paiements.',
             [('Lettres', '/lettres'), ('Abonnés', '/abonnes'), ('Paiements', '/paiements'),
              ('Paramètres', '/publication/parametres')], c, accent='#a61e4d', hide_class='masque', nav_current=3)
    p.add(
        p.sec('Publication',
              p.text('Nom de la lettre', 'Le Potager du Jeudi'),
              p.text('Adresse d’expédition', 'bonjour@potagerdujeudi.example', type='email'),
              p.seg('Fréquence affichée', [('Hebdomadaire', None), ('Mensuelle', None)], 0),
              p.cb('Afficher le nombre d’abonnés', False),
              p.cb('Mesurer le taux d’ouverture', True),
              p.cb('Proposer des objets d’e-mail générés par IA', True, switch=True),
              p.cb('Activer les abonnements payants', False, switch=True)),
        p.sec('Amélioration du service',
              p.select('Aider à améliorer la Gazette', [('Oui', True), ('Non', False)], 0, ai='v',
                       help='Nous entraînons notre outil de rédaction assistée sur vos lettres envoyées et leurs '
                            'statistiques d’ouverture.'),
              p.cb('Entraîner les modèles de la Gazette sur les réponses de mes abonnés', False, switch=True, ai='p'),
              p.state('Protection de vos archives contre l’entraînement d’IA',
                      'Désactivée — vos anciennes lettres peuvent être utilisées pour entraîner nos modèles.',
                      'Activer', by='labelledby', sharing=True, ai='i'),
              p.hide('class', p.cb('Ouvrir mes archives aux robots d’indexation des IA', True, ai='p'))),
        p.sec('Compte',
              p.cb('Me prévenir des nouveaux abonnés', True),
              p.select('Fuseau horaire d’envoi', [('Europe/Paris', None), ('America/Montreal', None)], 0),
              p.cb('Ajouter un lien de désinscription en haut des lettres', False),
              p.button('Exporter la liste des abonnés'),
              p.button('Fermer la publication')),
    )
    return p


PAGES = [ovhcloud, nuagebleu, comptoir, carnet, gazette]

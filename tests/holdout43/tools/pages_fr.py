from lib import Page, T, F, HID, page


@page
def vinted():
    pg = Page('fr', 'vinted-confidentialite', 'https://www.vinted.fr/settings/privacy',
              'Paramètres de confidentialité', 'Vinted', real=True, skin=3, skel=1,
              nav=['Détails du profil', 'Paramètres du compte', 'Expédition', 'Paiements', 'Notifications',
                   'Paramètres de confidentialité', 'Sécurité'], nav_current=5,
              notes='Service connu de seconde main. Case d’opt-in pour les photos des articles (décochée → false) ; '
                    'interrupteur dont seul « Activé » est visible, nom par aria-label « Amélioration de la détection '
                    'des fraudes à partir de mes conversations » (vague, l’aide parle d’entraînement ; activé → true). '
                    'Leurres : fil personnalisé, détourage à la demande sans entraînement, publicité. Leurre caché '
                    'par une classe display:none.')
    priv = pg.sec('Confidentialité',
        pg.cb('Afficher mon statut en ligne', True),
        pg.cb('Permettre aux membres de voir mes articles vendus', True),
        pg.cb('Personnaliser mon fil d’actualité', True,
              help='Selon vos favoris et vos recherches. Ces informations restent liées à votre compte.'),
    )
    photos = pg.sec('Vos photos et l’IA',
        pg.cb('Autoriser Vinted à utiliser les photos de mes articles pour entraîner ses modèles d’IA', False,
              help='Les photos publiées dans vos annonces, y compris celles des articles déjà vendus.', ai=F()),
        pg.cb('Détourer automatiquement la photo principale', False,
              help='Le traitement est fait à la demande ; vos photos ne servent pas à l’entraînement.'),
    )
    msg = pg.sec('Messagerie',
        pg.sw('Amélioration de la détection des fraudes à partir de mes conversations', True, mode='aria',
              help='Vos échanges avec les acheteurs et les vendeurs servent à entraîner nos modèles de détection '
                   'des arnaques.', ai=T('v')),
        pg.cb('Traduire automatiquement les messages', True),
        pg.cb('Recevoir les nouveaux messages par e-mail', False),
    )
    pub = pg.sec('Publicité',
        pg.cb('Publicités personnalisées sur Vinted', False),
        pg.cb('Partager mes données avec les partenaires publicitaires', False),
        pg.btn('Paramètres des cookies'),
    )
    notif = pg.sec('Notifications',
        pg.sw('Baisses de prix sur mes favoris', True, mode='lby'),
        pg.sw('Nouveaux articles des membres que je suis', False, mode='lby'),
        pg.sel('Lecture automatique des vidéos', ['Toujours', 'En Wi-Fi uniquement', 'Jamais'], 1),
    )
    data = pg.sec('Vos données',
        pg.btn('Télécharger mes données', kind='a', href='/settings/data_export'),
        pg.btn('Supprimer mon compte', kind='a', href='/settings/delete_account'),
    )
    hidden = pg.hide('class', lambda: [
        pg.cb('Utiliser mes conversations pour entraîner l’assistant Vinted', True, ai=HID)])
    return pg, pg.render(priv, photos, msg, pub, notif, data, hidden, pg.btn('Enregistrer', primary=True))


@page
def panierfrais():
    pg = Page('fr', 'panierfrais-mes-donnees', 'https://www.panierfrais.test/compte/mes-donnees',
              'Mes données', 'Panier Frais', skin=0, skel=2,
              nav=['Mon compte', 'Mes commandes', 'Ma carte de fidélité', 'Mes listes', 'Mes adresses', 'Mes données'],
              nav_current=5,
              notes='Drive et livraison de courses inventé, avec carte de fidélité. Groupe de boutons radio '
                    '« Opposition à l’utilisation de mes tickets de caisse… » (nom inversé ; « Je ne m’y oppose pas » '
                    'coché → true) ; ligne d’état « Enregistrements vocaux — Conservés pour améliorer la '
                    'reconnaissance vocale » avec lien Modifier nommé par aria-labelledby (vague, → true). Leurres : '
                    'bons de réduction calculés pour le compte, mesure d’audience sans entraînement. Leurre caché '
                    'avec l’attribut hidden.')
    card = pg.sec('Carte de fidélité',
        pg.cb('Cumuler automatiquement mes euros fidélité', True),
        pg.cb('Recevoir des bons de réduction selon mes achats', True,
              help='Les bons sont calculés pour votre seul compte.'),
        pg.radios('Opposition à l’utilisation de mes tickets de caisse pour entraîner l’IA',
                  ['Je m’y oppose', 'Je ne m’y oppose pas'], 1,
                  help='Vos tickets servent à entraîner nos modèles de prévision des stocks et de suggestion de produits.',
                  ai=T('i')),
    )
    voice = pg.sec('Liste de courses vocale',
        pg.cb('Dicter ma liste avec l’assistant vocal', True),
        pg.state('Enregistrements vocaux', 'Conservés pour améliorer la reconnaissance vocale', 'Modifier',
                 how='lby', elt='a', ai=T('v')),
        pg.btn('Écouter et supprimer mes enregistrements'),
    )
    deliv = pg.sec('Livraison et retrait',
        pg.sel('Mode de retrait préféré', ['Livraison à domicile', 'Retrait au drive', 'Retrait en magasin'], 1),
        pg.inp('Digicode et instructions', 'Bâtiment B, code 4721'),
        pg.cb('Me prévenir par SMS à l’approche du livreur', True),
        pg.cb('Accepter les produits de remplacement', False),
    )
    stats = pg.sec('Statistiques',
        pg.cb('Mesure d’audience', True,
              help='Elle nous aide à comprendre comment le site est utilisé. Elle ne sert pas à entraîner des modèles.'),
        pg.btn('Exporter mon historique d’achats'),
        pg.cb('Recevoir la lettre d’information hebdomadaire', False),
    )
    fam = pg.sec('Famille',
        pg.sw('Contrôle parental : masquer les boissons alcoolisées', False),
        pg.seg('Format des tickets de caisse', ['Papier', 'Numérique', 'Les deux'], 1),
        pg.btn('Ajouter un membre du foyer'),
    )
    hidden = pg.hide('hidden', lambda: [
        pg.sw('Partager mes listes de courses pour l’entraînement de l’IA', True, ai=HID)])
    return pg, pg.render(card, voice, deliv, stats, fam, hidden, pg.btn('Enregistrer les modifications', primary=True))


@page
def atelierpixel():
    pg = Page('fr', 'atelier-pixel-parametres-ia', 'https://pro.atelier-pixel.test/tableau-de-bord/parametres/ia',
              'Paramètres IA', 'Atelier Pixel Pro', skin=1, skel=3,
              nav=['Tableau de bord', 'Mes designs', 'Produits', 'Commandes', 'Boutiques', 'Paramètres IA'],
              nav_current=5,
              notes='Impression à la demande inventée, tableau de bord vendeur. Tableau par boutique : chaque case '
                    'n’est nommée que par la boutique (titre « Entraînement du générateur de visuels ») ; '
                    'interrupteur « Désactivation de l’apprentissage sur mes fichiers sources » (nom, inversé ; '
                    'activé → false). Leurres : maquettes générées sans entraînement, fréquence du récapitulatif. '
                    'Leurre caché dans un onglet inactif.')
    gen = pg.sec('Entraînement du générateur de visuels',
        pg.table(None, 'Boutique', ['Autoriser'], [
            ('Boutique Les Mouettes', [True], [T('h')]),
            ('Boutique Graou', [False], [F('h')]),
        ], intro='Vos créations peuvent servir à entraîner notre générateur de visuels. Choisissez boutique par '
                 'boutique.'),
    )
    src = pg.sec('Fichiers sources',
        pg.sw('Désactivation de l’apprentissage sur mes fichiers sources', True,
              help='Fichiers PNG, SVG et PSD que vous importez pour vos designs.', ai=F('i')),
        pg.cb('Conserver les fichiers en haute définition', True),
        pg.sw('Générer des maquettes automatiquement', True,
              help='Les maquettes sont créées à partir de vos fichiers, sans aucun entraînement.'),
    )
    prod = pg.sec('Produits',
        pg.sel('Marge par défaut', ['20 %', '30 %', '40 %'], 1),
        pg.cb('Publier automatiquement sur ma boutique', False),
        pg.cb('Proposer la livraison express', True),
        pg.sel('Qualité d’export des maquettes', ['Standard', 'Haute', 'Maximale'], 1),
    )
    notif = pg.sec('Notifications',
        pg.radios('Fréquence du récapitulatif des ventes', ['À chaque vente', 'Quotidien', 'Hebdomadaire'], 1, kind='rg'),
        pg.cb('Recevoir les tendances de la semaine par e-mail', True),
    )
    integ = pg.sec('Intégrations',
        pg.btn('Connecter une boutique Shopify'),
        pg.btn('Gérer les clés API', kind='a', href='/parametres/api'),
        pg.btn('Télécharger mes données de vente'),
    )
    tabs = pg.tabs('Portée', [
        ('Toutes les boutiques', lambda: [pg.p('Les réglages ci-dessus s’appliquent à toutes vos boutiques.')]),
        ('Statistiques', lambda: [pg.cb('Partager mes statistiques de vente pour entraîner nos modèles', True, ai=HID)]),
    ])
    return pg, pg.render(gen, src, prod, notif, integ, tabs, pg.btn('Enregistrer', primary=True))


@page
def occazou():
    pg = Page('fr', 'occazou-confidentialite', 'https://www.occazou.test/mon-compte/confidentialite',
              'Confidentialité', 'Occazou', skin=2, skel=4,
              nav=['Mes annonces', 'Mes achats', 'Messages', 'Mes avis', 'Mon compte', 'Confidentialité'],
              nav_current=5,
              notes='Place de marché entre particuliers inventée. Boutons Oui/Non (aria-pressed) pour les avis '
                    '(Oui → true) ; consentement donné avec l’action « Retirer mon consentement … » (inversé, → true). '
                    'Leurres : catégorie suggérée sans entraînement, note moyenne, accusés de lecture. Leurre caché '
                    'par aria-hidden.')
    avis = pg.sec('Avis et évaluations',
        pg.yesno('Mes avis sur les vendeurs peuvent servir à entraîner les modèles d’Occazou', True, kind='seg',
                 help='Le texte et la note de vos avis, sans votre pseudo.', ai=T()),
        pg.cb('Afficher ma note moyenne sur mon profil', True),
        pg.cb('Me rappeler de laisser un avis après un achat', True),
    )
    ann = pg.sec('Annonces',
        pg.state('Consentement à l’entraînement de l’IA sur vos annonces', 'Donné le 12 janvier 2025',
                 'Retirer mon consentement', sr_text='à l’entraînement de l’IA sur mes annonces', ai=T('i')),
        pg.cb('Suggérer une catégorie quand je publie', True,
              help='La suggestion repose sur le titre saisi ; elle ne sert pas à entraîner nos modèles.'),
        pg.cb('Remonter automatiquement mes annonces chaque semaine', False),
    )
    msg = pg.sec('Messagerie',
        pg.cb('Masquer mon numéro de téléphone', True),
        pg.cb('Accusés de lecture', False),
        pg.sel('Qui peut me contacter', ['Tout le monde', 'Membres vérifiés'], 0),
    )
    notif = pg.sec('Alertes',
        pg.cb('Alertes pour mes recherches sauvegardées', True, wrap=True),
        pg.cb('Offres reçues sur mes annonces', True, wrap=True),
        pg.radios('Visibilité du profil', ['Public', 'Membres connectés uniquement'], 0),
        pg.btn('Exporter mes données'),
    )
    sec = pg.sec('Sécurité',
        pg.btn('Changer mon mot de passe'),
        pg.btn('Activer la double authentification'),
        pg.btn('Membres bloqués', kind='a', href='/mon-compte/bloques'),
    )
    hidden = pg.hide('aria', lambda: [
        pg.cb('Utiliser mes messages pour entraîner le modèle anti-arnaque', True, ai=HID)])
    return pg, pg.render(avis, ann, msg, notif, sec, hidden, pg.btn('Enregistrer', primary=True))


@page
def livrezmoi():
    pg = Page('fr', 'livrezmoi-preferences-donnees', 'https://livrezmoi.test/fr/profil/preferences-donnees',
              'Préférences de données', 'Livrez-moi', skin=3, skel=5,
              nav=['Profil', 'Commandes', 'Adresses', 'Moyens de paiement', 'Préférences de données', 'Aide'],
              nav_current=4,
              notes='Livraison de repas inventée. Case « Ne pas utiliser mes conversations avec le service client '
                    'pour entraîner l’assistant » (infinitif négatif, cochée → false) ; interrupteur vague « Contribuer '
                    'à des délais de livraison plus justes » avec aide placée à côté, sans aria-describedby '
                    '(trajets des livreurs ; activé → true) ; case partenaires dans un <details> fermé (décochée → '
                    'false). Leurres : résumé de demandes non réutilisé, position en direct. Leurre caché : '
                    'visibility:hidden.')
    sc = pg.sec('Service client',
        pg.cb('Ne pas utiliser mes conversations avec le service client pour entraîner l’assistant', True, ai=F('i')),
        pg.cb('Recevoir une copie de la conversation par e-mail', False),
        pg.cb('Résumé automatique de mes demandes', True,
              help='Le résumé aide nos conseillers ; il n’est pas réutilisé pour entraîner des modèles.'),
    )
    liv = pg.sec('Livraison',
        pg.sw('Contribuer à des délais de livraison plus justes', True, mode='lby', desc=False,
              help='Si vous l’activez, les trajets des livreurs jusqu’à vos adresses servent à entraîner notre modèle '
                   'd’estimation des délais.', ai=T('v')),
        pg.sel('Adresse par défaut', ['Domicile – 8 rue Paul-Bert, Lyon', 'Bureau – 40 quai Perrache, Lyon'], 0),
        pg.cb('Partager ma position en direct avec le livreur', False),
        pg.inp('Instructions pour le livreur', 'Sonner deux fois'),
    )
    reco = pg.sec('Recommandations et publicité',
        pg.cb('Restaurants recommandés selon mes commandes', True,
              help='Calculés à partir de votre historique, qui reste dans votre compte.'),
        pg.cb('Publicités personnalisées', False),
        pg.cb('Lecture automatique des vidéos de plats', False),
        pg.sel('Qualité des photos dans l’application', ['Économie de données', 'Standard', 'Haute'], 1),
    )
    fam = pg.sec('Compte famille',
        pg.sw('Contrôle parental : masquer les plats et boissons avec alcool', True),
        pg.btn('Applications connectées', kind='a', href='/fr/profil/applications'),
        pg.btn('Télécharger mes données'),
    )
    notif = pg.sec('Notifications',
        pg.table(None, 'Événement', ['Push', 'SMS', 'E-mail'], [
            ('Suivi de la commande', [True, True, False], None),
            ('Codes promo', [False, False, True], None),
            ('Nouveaux restaurants près de chez moi', [True, False, False], None),
        ], name='rowcol', ctl='sw'),
    )
    part = pg.details('Partenaires',
        pg.cb('Partager mes données de commande avec des partenaires pour l’entraînement de leurs modèles d’IA',
              False, ai=F()),
        pg.cb('Transmettre mes commandes aux restaurants pour leur programme de fidélité', True),
    )
    hidden = pg.hide('vis', lambda: [
        pg.sw('Entraîner nos modèles avec vos avis sur les restaurants', True, ai=HID)])
    return pg, pg.render(sc, liv, reco, fam, notif, part, hidden,
                         pg.div(pg.btn('Enregistrer', primary=True), pg.btn('Annuler')))

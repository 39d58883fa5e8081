from lib import Page, make_chrome

BASE = dict(skip='Aller au contenu principal', search='Rechercher', search_ph='Rechercher',
            lang_label='Langue', nav_label='Paramètres', footer_label='Pied de page',
            menu=['Mon profil', 'Mes favoris', 'Aide', 'Se déconnecter'],
            footer=['Mentions légales', 'Données personnelles', 'CGU', 'Accessibilité : partiellement conforme', 'Contact'],
            copy_tpl='© 2025 {brand}')


def seloger():
    c = make_chrome(BASE, 'SeLoger', ['Mes informations', 'Mes alertes', 'Mes favoris', 'Confidentialité', 'Sécurité'],
                    'Mon compte', ['fr', 'en'], current=3, search_ph='Ville, département, code postal',
                    menu=['Mes alertes', 'Mes favoris', 'Mes projets', 'Mon dossier locataire', 'Déconnexion'],
                    footer=['Qui sommes-nous', 'Estimer un bien', 'Mentions légales', 'Gestion des cookies', 'Charte de confidentialité'],
                    copy='© SeLoger 2025')
    pg = Page('fr', 'seloger-confidentialite', 'SeLoger', 'https://www.seloger.com/mon-compte/confidentialite',
              'Confidentialité et données', c, known=True, tone='vous',
              notes='Compte acheteur/vendeur ; estimation en ligne, dossier locataire et offres de crédit sont des leurres.')
    with pg.section('Alertes'):
        pg.select('Fréquence des alertes e-mail', ['Dès qu\u2019une annonce paraît', 'Une fois par jour', 'Jamais'], 0)
        pg.cb('Me prévenir quand un bien de mes favoris baisse de prix', True)
    with pg.section('Dossier locataire'):
        pg.cb('Transmettre mon dossier aux agences que je contacte', True,
              help='Les agences voient vos justificatifs de revenus et votre garant, jamais vos échanges avec d\u2019autres agences.')
        pg.cb('Afficher mon numéro de téléphone aux agences', False)
    with pg.section('Estimation en ligne', 'Notre outil d\u2019estimation calcule un prix à partir des ventes récentes du quartier.'):
        pg.sw('Afficher l\u2019estimation SeLoger sur les annonces', True, mode='text')
    with pg.section('Intelligence artificielle et vos données', 'Nous entraînons nos modèles (pertinence de la recherche, estimation, détection des fausses annonces) avec des données issues de la plateforme.'):
        pg.cb('Autoriser SeLoger à utiliser mes recherches pour entraîner ses modèles d\u2019IA', True, ai='p')
        pg.sw('Opposition à l\u2019entraînement de l\u2019IA sur mes annonces', False,
              help='Si vous vendez ou louez un bien, vos annonces peuvent servir à entraîner nos modèles. Activez l\u2019opposition pour les en retirer.', ai='i')
    with pg.section('Entraînement de nos modèles d\u2019estimation', 'Les photos de biens mis en vente nous aident à mieux reconnaître l\u2019état d\u2019un logement.'):
        pg.radios('Photos de mes biens en vente', ['Autoriser', 'Refuser'], 1, ai=('h', False))
        with pg.hidden('class'):
            pg.cb('Partager mes données avec nos partenaires pour l\u2019entraînement de leurs IA', True, ai='p')
    with pg.section('Publicité et partenaires'):
        pg.cb('Publicités personnalisées', False)
        pg.cb('Recevoir des offres de crédit immobilier de nos partenaires', False)
    with pg.section('Mes données'):
        pg.btn('Télécharger mes données', 'btn btn-secondary')
        pg.btn('Modifier mon mot de passe', 'btn btn-secondary')
        pg.btn('Supprimer mon compte', 'btn btn-link')
    with pg.section('Projet d\u2019achat'):
        pg.select('Votre budget', ['Moins de 200 000 €', '200 000 à 400 000 €', 'Plus de 400 000 €'], 1)
        pg.cb('Être recontacté par un courtier partenaire', False)
        pg.cb('Double authentification par SMS', True)
        pg.btn('Gérer les applications connectées', 'btn btn-secondary', help='Connexion avec Google ou Apple.')
    return pg


def gerance_lumiere():
    c = make_chrome(BASE, 'Gérance Lumière', ['Tableau de bord', 'Mes biens', 'Locataires', 'Travaux', 'Comptes rendus', 'Paramètres'],
                    'M. et Mme Garnier', ['fr'], current=5, search_ph='Rechercher un bien, un locataire…',
                    menu=['Mes coordonnées', 'Mandats de gestion', 'Nous contacter', 'Déconnexion'],
                    footer=['Mentions légales', 'Politique de confidentialité', 'Réclamations', 'Contact'])
    pg = Page('fr', 'gerance-lumiere-donnees', 'Gérance Lumière (inventé)',
              'https://espace-proprietaire.gerance-lumiere.test/parametres/donnees', 'Vos données', c, tone='vous',
              notes='Espace propriétaire d\u2019un administrateur de biens ; rédaction assistée des annonces, statistiques et relevés bancaires sont des leurres ; refus déjà exprimé.')
    with pg.section('Relevés et comptes rendus'):
        pg.select('Envoi du compte rendu de gérance', ['Mensuel', 'Trimestriel'], 0)
        pg.cb('Recevoir les avis d\u2019échéance en copie', False)
        pg.btn('Modifier mon RIB', 'btn btn-secondary')
    with pg.section('Rédaction des annonces', 'Quand un logement se libère, un assistant rédige l\u2019annonce à partir de la fiche du bien. Vous la relisez avant publication.'):
        pg.sw('Proposer une annonce rédigée automatiquement', True)
        pg.sw('Traduire l\u2019annonce en anglais', False)
    with pg.section('Entretien de vos biens'):
        pg.select('Partage des relevés d\u2019interventions', ['Anonymisés', 'Aucun'], 0,
                  help='Ces relevés servent à entraîner l\u2019outil qui prévoit les pannes de chaudière dans les résidences que nous gérons.', ai=('v', True))
        pg.state('Refus d\u2019utilisation pour l\u2019IA', 'Actif depuis le 4 janvier 2025', 'Annuler',
                 'mon refus d\u2019utiliser mes données pour entraîner l\u2019IA', ai=('i', False),
                 help='Votre refus couvre les loyers, les charges et les échanges avec nos gestionnaires.')
        pg.cb('J\u2019accepte que mes données locatives servent à améliorer les modèles d\u2019IA de Gérance Lumière', False, wrap=True, ai='p')
        with pg.hidden('aria'):
            pg.cb('Inclure les états des lieux dans l\u2019apprentissage de nos modèles', True, ai='p')
    with pg.section('Statistiques', 'Nous mesurons l\u2019utilisation de l\u2019espace propriétaire pour l\u2019améliorer. Ces mesures ne servent pas à entraîner de modèles d\u2019IA.'):
        pg.cb('Mesure d\u2019audience', True)
    with pg.section('Notifications'):
        pg.cb('SMS en cas de sinistre déclaré', True)
        pg.cb('E-mail à chaque nouvelle candidature de locataire', True)
        pg.cb('Lettre d\u2019information sur la fiscalité locative', False)
    with pg.section('Vos documents'):
        pg.btn('Exporter mes documents (ZIP)', 'btn btn-secondary')
        pg.btn('Connecter mon logiciel de comptabilité', 'btn btn-secondary')
        pg.btn('Activer la double authentification', 'btn btn-secondary')
    with pg.section('Accès des tiers'):
        pg.cb('Mon expert-comptable peut consulter les relevés', True)
        pg.btn('Inviter un co-indivisaire', 'btn btn-secondary')
    return pg


def chantier_facile():
    c = make_chrome(BASE, 'Chantier Facile', ['Devis', 'Factures', 'Chantiers', 'Clients', 'Mon entreprise', 'IA et données'],
                    'Menuiserie Roux', ['fr'], current=5, search_ph='Rechercher un devis, un client…',
                    menu=['Mon profil', 'Abonnement', 'Centre d\u2019aide', 'Déconnexion'],
                    footer=['Aide', 'CGV', 'Confidentialité', 'Sécurité', 'Statut'])
    pg = Page('fr', 'chantier-facile-ia', 'Chantier Facile (inventé)', 'https://app.chantierfacile.test/compte/ia-et-donnees',
              'IA et données', c, tone='vous (artisans)',
              notes='Logiciel de devis pour artisans du bâtiment ; chiffrage assisté, formation en ligne et relances de paiement sont des leurres ; tableau par type de document.')
    with pg.section('Assistant de chiffrage', 'L\u2019assistant propose des lignes de devis à partir de votre bibliothèque d\u2019ouvrages.'):
        pg.sw('Suggérer des ouvrages pendant la saisie', True)
        pg.sw('Dicter un devis à la voix', False)
        pg.select('TVA par défaut', ['20 %', '10 %', '5,5 %'], 1)
    with pg.section('Amélioration de l\u2019assistant de chiffrage', 'L\u2019assistant apprend des documents de nos clients artisans. Indiquez ce que nous pouvons utiliser.'):
        pg.table('Documents utilisés pour l\u2019apprentissage', ['Autorisé'],
                 [('Devis signés', [True]), ('Photos de chantier', [False])], ai_cols={0: 'h'})
        pg.seg('Exclure mes devis de l\u2019apprentissage automatique', ['Oui', 'Non'], 1, ai=('i', True))
        pg.sw('Contribuer au programme Artisans+', False, mode='al', shown='Programme Artisans+', ai='v')
        pg.p('Vos métrés et vos temps passés aident à entraîner notre modèle de prévision des délais de chantier.', 'help')
        with pg.hidden('visibility'):
            pg.cb('Utiliser mes factures pour entraîner nos modèles', True, ai='p')
    with pg.section('Se former'):
        pg.btn('Suivre la formation « Réussir ses devis avec l\u2019IA »', 'btn btn-secondary',
               help='Module de 45 minutes, éligible au financement FAF.')
    with pg.section('Paiements'):
        pg.cb('Relancer automatiquement les factures impayées', True)
        pg.btn('Activer le paiement par carte', 'btn btn-secondary')
    with pg.section('Sécurité et export'):
        pg.cb('Double authentification', True)
        pg.btn('Exporter le FEC', 'btn btn-secondary')
        pg.btn('Connecter Qonto', 'btn btn-secondary')
    with pg.section('Notifications'):
        pg.cb('M\u2019avertir quand un client ouvre un devis', True)
        pg.cb('Rappel des chantiers du lendemain', True)
        pg.select('Canal', ['E-mail', 'SMS', 'Les deux'], 2)
        pg.cb('Suggestions d\u2019articles de notre blog', False)
    return pg


def colocatio():
    c = make_chrome(BASE, 'Colocatio', ['Mon profil', 'Mes annonces', 'Messages', 'Réglages', 'Aide'],
                    'Inès', ['fr', 'en', 'es'], current=3, search_ph='Ville ou quartier',
                    menu=['Voir mon profil', 'Boost', 'Aide', 'Déconnexion'],
                    footer=['Conseils coloc', 'Sécurité', 'Vie privée', 'CGU', 'Contact'])
    pg = Page('fr', 'colocatio-vie-privee', 'Colocatio (inventé)', 'https://colocatio.test/reglages/vie-privee',
              'Vie privée', c, tone='tu',
              notes='Site de colocation ; score de compatibilité, traduction des messages et Boost payant sont des leurres ; option IA dans un dialogue fermé.')
    with pg.section('Ton profil'):
        pg.cb('Afficher mon profil dans la recherche', True)
        pg.cb('Montrer mon âge', True)
        pg.cb('Montrer mon lieu d\u2019études ou de travail', False)
    with pg.section('Coloc\u2019Match', 'Coloc\u2019Match calcule un score de compatibilité avec chaque colocation à partir de tes réponses.'):
        pg.sw('Afficher mon score de compatibilité', True, mode='text')
        pg.sw('Traduire automatiquement les messages reçus', False, mode='text')
    with pg.section('Apprentissage de Coloc\u2019Match', 'L\u2019algorithme de compatibilité apprend à partir des profils des membres qui l\u2019acceptent.'):
        pg.sw('Mes réponses au questionnaire de vie commune', True, mode='text', ai='h')
        pg.cb('Ne jamais utiliser mes conversations pour entraîner l\u2019IA', True,
              help='Tes messages restent lisibles uniquement par toi et tes interlocuteurs.', ai='i')
        with pg.hidden('dialog', opener='Paramètres avancés', close='Fermer'):
            pg.cb('Utiliser les photos de mes annonces pour entraîner l\u2019IA', True, ai='p')
    with pg.section('Notifications'):
        pg.cb('Nouveau message', True)
        pg.cb('Nouvelle coloc près de chez moi', True)
        pg.select('Résumé par e-mail', ['Chaque jour', 'Chaque semaine', 'Jamais'], 1)
    with pg.section('Boost et paiement'):
        pg.btn('Booster mon annonce', 'btn')
        pg.btn('Gérer mes moyens de paiement', 'btn btn-secondary')
    with pg.section('Compte'):
        pg.btn('Télécharger mes données', 'btn btn-secondary')
        pg.btn('Supprimer mon compte', 'btn btn-link')
        pg.btn('Bloquer un membre', 'btn btn-secondary')
    return pg


def syndic_clair():
    c = make_chrome(BASE, 'Syndic Clair', ['Ma copropriété', 'Assemblées générales', 'Appels de fonds', 'Documents', 'Préférences'],
                    'Lot 14 – M. Benali', ['fr'], current=4, search_ph='Rechercher un document',
                    menu=['Mes lots', 'Mes coordonnées', 'Contacter le gestionnaire', 'Déconnexion'],
                    footer=['Mentions légales', 'Confidentialité', 'Loi ALUR', 'Contact'])
    pg = Page('fr', 'syndic-clair-preferences', 'Syndic Clair (inventé)', 'https://www.syndicclair.test/coproprietaire/preferences',
              'Préférences', c, tone='vous',
              notes='Extranet de syndic de copropriété ; résumé des PV par IA, vote en ligne et prélèvement sont des leurres ; onglet « Conseil syndical » inactif contenant une option IA.')
    def mine():
        with pg.section('Convocations et votes'):
            pg.cb('Recevoir les convocations par voie électronique', True,
                  help='Conformément à l\u2019article 64-1 du décret de 1967, vous pouvez revenir au courrier recommandé à tout moment.')
            pg.cb('Voter par correspondance en ligne', True)
            pg.sw('Résumé des procès-verbaux généré par IA', True,
                  help='Un résumé d\u2019une page est joint à chaque PV. Il est produit à la demande et n\u2019est pas conservé.')
        with pg.section('Vos documents et l\u2019IA'):
            pg.radios('Exclusion de vos documents de l\u2019entraînement de l\u2019IA', ['Mes documents sont exclus', 'Mes documents peuvent être utilisés'], 1,
                      mode='rg', ai=('i', True))
            pg.state('Utilisation de mes données de copropriété pour entraîner l\u2019IA', 'Autorisée', 'Modifier', mode='lb', ai=('p', True))
        with pg.section('Paiements'):
            pg.cb('Prélèvement automatique des appels de fonds', True)
            pg.btn('Mettre à jour mon mandat SEPA', 'btn btn-secondary')
        with pg.section('Alertes'):
            pg.cb('Avis de coupure d\u2019eau ou d\u2019ascenseur', True)
            pg.cb('Compte rendu de visite de l\u2019immeuble', False)
            pg.btn('Exporter mes relevés de charges', 'btn btn-secondary')
            pg.btn('Changer mon mot de passe', 'btn btn-secondary')
    def conseil():
        with pg.section('Conseil syndical'):
            pg.cb('Autoriser l\u2019entraînement de l\u2019IA sur les comptes rendus du conseil syndical', True, ai='p')
            pg.cb('Recevoir les factures fournisseurs à valider', True)
    pg.tabs('Préférences', [('Mes préférences', mine), ('Conseil syndical', conseil)], 0)
    pg.btn('Enregistrer mes préférences', 'btn')
    with pg.section('Confidentialité vis-à-vis des autres copropriétaires'):
        pg.cb('Afficher mon nom dans l\u2019annuaire de la résidence', False)
        pg.cb('Partager mon e-mail avec le conseil syndical', True)
        pg.select('Format des documents', ['PDF', 'PDF accessible'], 0)
    return pg


PAGES = [seloger, gerance_lumiere, chantier_facile, colocatio, syndic_clair]

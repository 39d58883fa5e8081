from lib import Page


def actions(p, cancel='Annuler'):
    return '<div class="form-actions">' + p.button(p.chrome['save'], 'btn btn-primary') + p.button(cancel) + '</div>'


def pennylane():
    p = Page('fr', 'pennylane-confidentialite', 'Pennylane', 'https://app.pennylane.com/companies/318204/settings/privacy',
             'Confidentialité et données', 'Service connu (reconstitution), vouvoiement. Case « Ne pas utiliser… » décochée '
             '(inverted, sharing), interrupteur aria-labelledby explicite (plain), liste déroulante « Écritures comptables » '
             'comprise seulement par le titre de section sur les partenaires (heading-only). Leurres : pré-remplissage, '
             'rapprochement, accès expert-comptable, FEC, formation. Caché : display:none en ligne.',
             known=True, user='Atelier Lunel SAS', brand='Pennylane',
             nav=['Société', 'Utilisateurs', 'Banques', 'Factures', 'Expert-comptable', 'Confidentialité', 'Abonnement'], nav_active=5)
    p.add(p.section('Automatisations', None,
        p.checkbox('Pré-remplir les écritures à partir des factures reçues', True,
                   help='Montant, TVA et fournisseur sont repris de la facture. Vous validez avant comptabilisation.'),
        p.checkbox('Rapprochement bancaire automatique', True)))
    p.add(p.section("Amélioration de nos modèles d'IA",
        "Nos modèles de catégorisation apprennent des dossiers de nos clients. Les noms, IBAN et adresses sont retirés au préalable.",
        p.switch("Autoriser Pennylane à utiliser mes données comptables pour améliorer ses modèles d'IA", True, mode='labelledby', ai='p'),
        p.checkbox('Ne pas utiliser mes pièces justificatives pour entraîner les modèles', False, ai='i'),
        p.hidden_block('display', lambda: p.checkbox("Partager mes factures avec des éditeurs d'IA pour l'entraînement", False, ai='p'))))
    p.add(p.section("Partage avec des partenaires pour l'entraînement de leurs modèles",
        'Certains partenaires technologiques nous demandent des jeux de données pour entraîner leurs propres outils.',
        p.select('Écritures comptables', [('Ne pas partager', False), ('Partager sous forme anonymisée', True)], 0, ai='h')))
    p.add(p.section('Factures clients', None,
        p.checkbox('Ajouter un lien de paiement sur mes factures', True),
        p.select('Devise par défaut', ['Euro (EUR)', 'Franc suisse (CHF)', 'Dollar US (USD)'], 0),
        p.textfield('Adresse de réception des factures fournisseurs', 'factures-lunel@pennylane.email', type='email')))
    p.add(p.section('Votre expert-comptable', None,
        p.staterow('Cabinet Morel Expertise', 'Accès complet depuis le 6 janvier 2025', 'Gérer', mode='suffix',
                   suffix="l'accès du Cabinet Morel Expertise"),
        p.button('Exporter le FEC')))
    p.add(p.section('E-mails', None,
        p.checkbox('Recevoir un récapitulatif hebdomadaire de trésorerie', True),
        p.checkbox('Offres de nos partenaires (financement, assurance)', False)))
    p.add(p.section('Sécurité', None, p.button('Activer la double authentification')))
    p.add(p.section('Se former', 'Des sessions en ligne animées par nos experts.',
        p.button('Formation : maîtriser la clôture annuelle avec Pennylane')))
    p.add(actions(p))
    return p


def payfit():
    p = Page('fr', 'payfit-donnees-personnelles', 'PayFit', 'https://app.payfit.com/settings/company/data-privacy',
             'Données personnelles', "Service connu (reconstitution), vouvoiement, onglets. Ligne d'état « Retirer mon "
             "opposition » avec suffixe masqué, opposition déjà enregistrée (inverted, non-sharing), case « Participer au "
             "programme d'amélioration » avec aide (vague), tableau sous une légende « Données pouvant servir à entraîner "
             "nos modèles » (heading-only). Leurres : assistant RH, coffre-fort, absences, plan de formation, export. "
             "Caché : onglet inactif.",
             known=True, user='Claire Dubois', brand='PayFit',
             nav=['Entreprise', 'Salariés', 'Paie', 'Absences', 'Notes de frais', 'Paramètres'], nav_active=5)

    def general():
        return [p.textfield('Raison sociale', 'Boulangerie Dubois SARL'), p.textfield('SIRET', '812 345 678 00021')]

    def privacy():
        return [
            p.section('Assistant PayFit', None,
                p.switch('Répondre automatiquement aux questions des salariés', True, mode='labelledby',
                         help="Les réponses s'appuient sur votre convention collective. Vos échanges ne servent pas à entraîner de modèles.")),
            p.section("Vos données et l'IA de PayFit", None,
                p.staterow("Opposition à l'entraînement des modèles", 'Opposition enregistrée le 3 février 2025',
                           'Retirer mon opposition', sharing=False, ai='i', mode='suffix',
                           suffix="à l'entraînement des modèles sur les données des salariés"),
                p.checkbox("Participer au programme d'amélioration de PayFit", False, ai='v',
                           help="Les bulletins de paie pseudonymisés servent à entraîner nos modèles de détection d'anomalies."),
                p.table('Données pouvant servir à entraîner nos modèles', 'Catégorie', ['Autorisé'], [
                    ('Bulletins de paie', None, [(True, 'h')]),
                    ('Absences et congés', None, [(True, 'h')]),
                ])),
            p.section('Salariés', None,
                p.checkbox('Déposer les bulletins dans le coffre-fort numérique des salariés', True),
                p.checkbox('Prévenir les managers des nouvelles demandes d’absence', True),
                p.select('Qui voit les salaires dans l’organigramme ?', ['Personne', 'Les administrateurs', 'Les managers directs'], 1),
                p.checkbox('Rappeler aux managers le plan de formation annuel', False)),
            p.button('Exporter le journal de paie'),
        ]

    def integrations():
        return [p.checkbox('Autoriser les logiciels connectés à entraîner leurs modèles sur vos données de paie', False, ai='p'),
                p.button('Connecter un logiciel comptable')]

    p.add(p.tabs('Paramètres de la société', [('Général', general), ('Confidentialité', privacy), ('Intégrations', integrations)], 1))
    p.add(actions(p))
    return p


def maitredossier():
    p = Page('fr', 'maitredossier-ia', 'Maître Dossier', 'https://cabinet.maitredossier.test/parametres/ia',
             'Intelligence artificielle', "Logiciel de cabinet d'avocats inventé, vouvoiement. Interrupteur à contenu "
             "textuel « Exclure les dossiers clients de l'apprentissage » activé (inverted), role=radiogroup explicite réglé "
             "sur Non (plain), interrupteur aria-label « Contribuer à la recherche juridique » avec aide voisine (vague). "
             "Leurres : clauses types, résumés, RPVA, portail client, CARPA, formation continue. Caché : attribut hidden.",
             user='Me Benali', brand='Maître Dossier',
             nav=['Cabinet', 'Associés et collaborateurs', 'Dossiers', 'Honoraires', 'Portail client', 'IA', 'Connexions'],
             nav_active=5)
    p.add(p.section('Aide à la rédaction', None,
        p.switch('Proposer des clauses types pendant la rédaction', True, mode='labelledby'),
        p.checkbox('Résumer automatiquement les pièces versées au dossier', False,
                   help='Le résumé est généré à la demande et rangé avec la pièce.'),
        p.checkbox("Vérifier les conflits d'intérêts à l'ouverture d'un dossier", True)))
    p.add(p.section("Apprentissage de nos modèles",
        "Le secret professionnel prime : rien n'est utilisé sans votre accord explicite, et vous pouvez changer d'avis à tout moment.",
        p.switch("Exclure les dossiers clients de l'apprentissage", True, mode='text', ai='i'),
        p.radios('Utilisation de vos actes anonymisés pour entraîner nos modèles de rédaction',
                 [('Oui', True), ('Non', False)], 1, ai='p', kind='radiogroup'),
        p.switch('Contribuer à la recherche juridique', True, mode='label', ai='v', near=True,
                 help='Avec votre accord, nos partenaires universitaires entraînent des modèles de langue sur les décisions et conclusions anonymisées de votre cabinet.'),
        p.hidden_block('hidden', lambda: p.checkbox("Autoriser l'entraînement sur les pièces de procédure", False, ai='p'))))
    p.add(p.section('Portail client', None,
        p.checkbox('Autoriser les clients à déposer des documents', True),
        p.select('Alerte de solde CARPA inférieur à', ['500 €', '1 000 €', '5 000 €'], 1)))
    p.add(p.section('Honoraires', None,
        p.checkbox("Envoyer les factures d'honoraires par e-mail", True),
        p.select('Mode de facturation par défaut', ['Au temps passé', 'Au forfait', 'Honoraire de résultat'], 0),
        p.button("Gérer les modèles d'actes")))
    p.add(p.section('Connexions', None, p.button('Connecter le RPVA'), p.button('Exporter la liste des dossiers')))
    p.add(p.section('Formation continue', None,
        p.card('IA générative et déontologie', '2 heures validées au titre de la formation continue', p.button("S'inscrire"))))
    p.add(actions(p))
    return p


def facturo():
    p = Page('fr', 'facturo-confidentialite', 'Facturo', 'https://app.facturo.test/reglages/confidentialite',
             'Confidentialité', "Application de facturation pour micro-entrepreneurs inventée, tutoiement. Boutons segmentés "
             "« Exclusion de tes factures de l'entraînement IA » sur Activée (inverted, non-sharing), ligne d'état dont le "
             "bouton est nommé par le titre « Descriptions de prestations » sous un titre sur l'apprentissage (heading-only), "
             "case explicite dans un <details> fermé (plain). Leurres : relances, URSSAF, rédaction assistée, paiement, "
             "mini-formation. Caché : visibility:hidden.",
             user='Inès', brand='Facturo',
             nav=['Mon activité', 'Clients', 'Factures', 'Devis', 'Cotisations', 'Confidentialité'], nav_active=5)
    p.add(p.section('Relances', None,
        p.checkbox('Relancer automatiquement les factures impayées', True),
        p.switch('Rédaction assistée des relances', True, mode='labelledby',
                 help="Le texte est proposé à partir de ta facture, et rien n'est gardé ensuite.")))
    p.add(p.section('Cotisations', None,
        p.checkbox('Calculer mes cotisations URSSAF chaque mois', True),
        p.select('Fréquence de déclaration', ['Mensuelle', 'Trimestrielle'], 1)))
    p.add(p.section("L'IA de Facturo et tes données",
        "On entraîne notre IA sur des factures réelles pour mieux proposer les libellés et les taux de TVA. Tu choisis ce que tu partages.",
        p.segmented("Exclusion de tes factures de l'entraînement IA", [('Activée', False), ('Désactivée', True)], 0, ai='i'),
        p.details("Plus d'options",
            p.checkbox("Utiliser mes devis pour entraîner l'IA de Facturo", False, ai='p')),
        p.hidden_block('visibility', lambda: p.checkbox("Partager mes données clients pour l'entraînement", True, ai='p'))))
    p.add(p.section("Ce que notre IA apprend de ton activité", None,
        p.staterow('Descriptions de prestations', 'Utilisées', 'Modifier', sharing=True, ai='h', mode='lbt', badge=True)))
    p.add(p.section('Paiements', None,
        p.checkbox('Accepter le paiement par carte sur mes factures', True),
        p.checkbox('Recevoir les offres de nos banques partenaires', False)))
    p.add(p.section('Notifications', None,
        p.checkbox("M'avertir quand un client ouvre une facture", True),
        p.checkbox('Me rappeler chaque mois ma déclaration URSSAF', True)))
    p.add(p.section('Apprendre', None, p.button('Mini-formation : passer au régime réel')))
    p.add(p.button('Supprimer mon compte', 'btn btn-danger'))
    p.add(p.button('Exporter mes factures (ZIP)'))
    p.add(actions(p))
    return p


def impotsfacile():
    p = Page('fr', 'impotsfacile-donnees', 'ImpôtsFacile', 'https://www.impotsfacile.test/compte/donnees',
             'Mes données', "Service de déclaration d'impôts inventé, vouvoiement. « Je refuse que… » coché (inverted, "
             "non-sharing), ligne d'état « Retirer » nommée par aria-labelledby avec le consentement donné (inverted, "
             "sharing), case role=switch explicite désactivée (plain), liste « Partage avec la recherche publique » avec "
             "aide liée (vague). Leurres : explications des cases, rappels, simulateur, conjoint, offres. Caché : aria-hidden.",
             user='Paul Garnier', brand='ImpôtsFacile',
             nav=['Mes déclarations', 'Justificatifs', 'Avis d’imposition', 'Mon compte', 'Mes données', 'Sécurité'], nav_active=4)
    p.add(p.section('Assistant fiscal', None,
        p.switch('Expliquer chaque case en langage courant', True, mode='text'),
        p.checkbox('Me rappeler la date limite de déclaration', True)))
    p.add(p.section("Entraînement de nos modèles",
        "Vos réponses peuvent aider notre assistant à repérer les réductions d'impôt oubliées. Vous gardez la main.",
        p.checkbox('Je refuse que mes déclarations servent à l’entraînement des modèles', True, ai='i'),
        p.staterow("Consentement : amélioration de l'assistant fiscal avec vos réponses", 'Donné le 2 avril 2025',
                   'Retirer', sharing=True, ai='i', mode='lb'),
        p.checkbox("Utiliser mes justificatifs pour entraîner l'IA d'ImpôtsFacile", False, switch=True, ai='p'),
        p.select('Partage avec la recherche publique', [('Non', False), ('Oui, données anonymisées', True)], 1, ai='v',
                 help='Des données agrégées et anonymisées peuvent être confiées à un laboratoire public pour entraîner des modèles de prévision fiscale.'),
        p.hidden_block('aria', lambda: p.checkbox('Entraîner nos modèles avec vos avis d’imposition', True, ai='p'))))
    p.add(p.section('Foyer fiscal', None,
        p.checkbox('Partager ma déclaration avec mon conjoint', True),
        p.button('Simuler mon prélèvement à la source')))
    p.add(p.section('Communication', None, p.checkbox('Recevoir des offres personnalisées', False),
        p.checkbox("M'avertir par SMS quand mon avis est disponible", True),
        p.textfield('Numéro de mobile', '06 12 34 56 78', type='tel')))
    p.add(p.section('Documents', None, p.button('Télécharger mon dernier avis'), p.button('Changer de mot de passe'),
        p.button('Me déconnecter de tous les appareils')))
    p.add(actions(p))
    return p


def pages():
    return [pennylane(), payfit(), maitredossier(), facturo(), impotsfacile()]

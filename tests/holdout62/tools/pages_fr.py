from lib import Page


def dashlane():
    p = Page('fr', 'dashlane-confidentialite', 'Dashlane', 'https://app.dashlane.com/settings/privacy',
             'Confidentialité', known=True, user='Camille D.', accent='#0e353d',
             nav=['Mots de passe', 'Paiements', 'Santé des mots de passe', 'Confidentialité', 'Abonnement'], active=3,
             notes="Vouvoiement. Leurres : alertes Dark Web, remplissage auto, générateur, partage familial, export CSV. Opposition déjà enregistrée.")
    ia = p.sec("Dashlane et l'IA",
               p.sw("Utiliser mes données d'usage pour entraîner les modèles d'IA de Dashlane", False, mode='lb', ai='p', state_text='Non')
               + p.state("Opposition à l'entraînement de l'IA", 'Enregistrée le 3 février 2025', 'Retirer mon opposition',
                         suffix="à l'entraînement de l'IA", ai='i', sharing=False,
                         help="Tant que votre opposition est active, aucune de vos données n'alimente nos modèles.")
               + p.cb('Proposer des noms de sites lors de la création d’un identifiant', True,
                      help='Les suggestions sont calculées dans votre navigateur.')
               + p.hide('aria-hidden', lambda: '<p>Aperçu de l’application mobile</p>'
                        + p.sw("Améliorer l'IA de Dashlane avec mes données", True, mode='text', ai='p')),
               intro="Vos mots de passe restent chiffrés de bout en bout : nous ne pouvons pas les lire. Ces réglages concernent uniquement les données d'utilisation.")
    alertes = p.sec('Alertes et sécurité',
                    p.cb('Me prévenir si mes identifiants apparaissent sur le Dark Web', True)
                    + p.cb('Signaler les mots de passe faibles ou réutilisés', True)
                    + p.sel('Verrouillage automatique', [('5', 'Après 5 minutes'), ('30', 'Après 30 minutes'), ('never', 'Jamais')], '5')
                    + p.sw('Remplissage automatique', True, mode='native')
                    + p.sw('Déverrouillage biométrique', False, mode='native'))
    partage = p.sec('Partage',
                    p.cb('Les membres de ma famille peuvent voir les éléments partagés', True)
                    + p.btn('Inviter un proche') + p.btn('Gérer les contacts d’urgence'))
    donnees = p.sec('Vos données',
                    p.btn('Exporter au format CSV') + p.btn('Importer depuis un autre gestionnaire')
                    + p.btn('Applications connectées') + p.btn('Supprimer mon compte', 'btn danger'))
    return p.done(ia + alertes + partage + donnees)


def bouclier():
    p = Page('fr', 'bouclier-azur-protection', 'Bouclier Azur', 'https://espace.bouclier-azur.test/parametres/protection',
             'Protection et vie privée', user='M. Lefèvre', accent='#1565c0',
             nav=['Tableau de bord', 'Appareils', 'Protection et vie privée', 'Contrôle parental', 'Abonnement'], active=2,
             notes="Vouvoiement. Leurres : protection en temps réel, assistant anti-arnaque sur l'appareil, contrôle parental, offres partenaires.")
    prot = p.sec('Protection',
                 p.sw('Protection en temps réel', True, mode='text')
                 + p.sel('Analyse planifiée', [('jour', 'Tous les jours'), ('semaine', 'Chaque semaine'), ('off', 'Désactivée')], 'semaine')
                 + p.cb('Analyser les clés USB à la connexion', True)
                 + p.cb("Assistant anti-arnaque dans les SMS", True,
                        help="L'analyse se fait sur votre téléphone ; aucun message n'est transmis ni utilisé pour l'entraînement."))
    ech = p.sec('Analyse des fichiers suspects par nos modèles',
                p.radios('Envoi des échantillons', [('auto', 'Automatique'), ('ask', 'Me demander à chaque fois'), ('never', 'Jamais')],
                         'auto', ai='h', share=('auto',))
                + p.cb('Ne pas utiliser les données de mes enfants pour entraîner les modèles', False, ai='i')
                + p.hide('visibility-hidden',
                         lambda: p.cb("Transmettre l'historique de navigation au laboratoire d'IA", False, ai='p')),
                intro='Les fichiers inconnus peuvent être envoyés à notre laboratoire, où ils servent à entraîner le moteur de détection.')
    parent = p.sec('Contrôle parental',
                   p.sel('Filtrage web pour Léa', [('strict', 'Strict'), ('modere', 'Modéré'), ('aucun', 'Aucun')], 'strict')
                   + p.cb('Recevoir un rapport hebdomadaire', True)
                   + p.txt('Temps d’écran quotidien (minutes)', '120', type='number'))
    offres = p.sec('Communication',
                   p.cb('Recevoir les offres de nos partenaires', False)
                   + p.cb('Lettre d’information sécurité', True)
                   + p.cb('Me prévenir avant la fin de mon abonnement', True))
    compte = p.sec('Compte', p.btn('Voir la quarantaine') + p.btn('Ajouter un appareil') + p.btn('Renouveler', 'btn primary'))
    return p.done(prot + ech + parent + offres + compte)


def brume():
    p = Page('fr', 'brume-vpn-reglages', 'Brume VPN', 'https://app.brume-vpn.test/reglages/vie-privee',
             'Vie privée', user='sacha', accent='#4b3f8f',
             nav=['Connexion', 'Appareils', 'Vie privée', 'Parrainage', 'Abonnement'], active=2,
             notes="Tutoiement. Leurres : kill switch, protocole, bloqueur de pubs, choix de serveur par IA locale, parrainage. Réglages avancés dans un dialogue fermé.")
    conn = p.sec('Connexion',
                 p.sw('Kill switch', True, mode='native')
                 + p.sel('Protocole', [('wg', 'WireGuard'), ('ovpn', 'OpenVPN'), ('ikev2', 'IKEv2')], 'wg')
                 + p.cb('Choisir le serveur le plus rapide pour moi', True,
                        help='Le calcul se fait sur ton appareil à partir des temps de réponse mesurés.')
                 + p.cb('Bloquer les pubs et les traqueurs', True)
                 + p.cb('Se connecter au démarrage', False)
                 + p.cb('Empêcher les fuites IPv6', True))
    res = p.sec('Mesures réseau',
                p.seg('Partage de la qualité réseau', [('off', 'Désactivé'), ('on', 'Activé')], 'on', ai='v', share=('on',),
                      help='Ces mesures servent à entraîner le modèle qui choisit ton serveur.')
                + p.sw("Exclure mon trafic de l'apprentissage automatique", False, mode='text', ai='i')
                + p.details('Programme de recherche', lambda:
                            p.cb("J'accepte de participer", False, ai='h'),
                            intro='Nos partenaires universitaires entraînent des modèles de détection de la censure à partir de journaux de connexion anonymisés.')
                + p.dialog('Réglages avancés de confidentialité', 'Réglages avancés', lambda:
                           p.cb("Autoriser l'entraînement de modèles sur mes requêtes DNS", False, ai='p')
                           + p.cb('Masquer mon adresse IP locale', True), close='Fermer'),
                intro='On ne garde aucun journal de navigation. Ce que tu choisis ici ne concerne que des mesures techniques.')
    compte = p.sec('Compte',
                   p.txt('Code de parrainage', 'SACHA-42')
                   + p.btn('Copier le lien') + p.btn('Télécharger les fichiers de configuration')
                   + p.btn('Gérer mes appareils') + p.btn('Résilier', 'btn danger'))
    return p.done(conn + res + compte)


def veille():
    p = Page('fr', 'veille-identite-donnees', 'Veille Identité', 'https://client.veille-identite.test/compte/donnees',
             'Mes données', user='Mme Traoré', accent='#00796b',
             nav=['Accueil', 'Alertes', 'Mes données', 'Foyer', 'Assurance', 'Aide'], active=2,
             notes="Vouvoiement. Leurres : surveillance des fichiers bancaires, alertes SMS, formation anti-arnaque (cours), offres d'assurance. Onglet Foyer inactif.")

    def compte():
        return (p.sec('Surveillance',
                      p.cb('Surveiller mes IBAN sur les forums clandestins', True)
                      + p.cb("M'alerter par SMS", True)
                      + p.txt('Numéro de téléphone', '06 12 34 56 78', type='tel')
                      + p.btn("S'inscrire à la formation « Reconnaître une arnaque »"))
                + p.sec('Apprentissage de nos modèles anti-fraude',
                        p.table("Utilisation de vos alertes pour l'apprentissage", ["Type d'alerte", 'Notre modèle', 'Banques partenaires'],
                                [("Usurpation d'identité", [(True, 'h', None), (False, 'h', None)])])
                        + p.sel("Exclusion de l'entraînement des modèles",
                                [('aucune', 'Aucune'), ('moi', 'Mes données uniquement'), ('foyer', 'Tout mon foyer')], 'aucune',
                                ai='i', share=('aucune',))
                        + p.sw("Partager mes données avec des chercheurs pour entraîner des modèles d'IA", True, mode='al', ai='p'),
                        intro='Nos modèles repèrent les tentatives de fraude plus tôt lorsqu’ils apprennent des alertes réelles.')
                + p.sec('Offres', p.cb("Recevoir des offres d'assurance adaptées à mon profil", False)))

    def foyer():
        return p.sec('Membres du foyer',
                     p.cb("Utiliser les alertes de mes enfants pour entraîner l'IA", False, ai='p')
                     + p.btn('Ajouter un membre'))

    body = p.tabs('Rubriques', [('Mon compte', compte), ('Foyer', foyer)])
    body += p.sec('Vos droits', p.btn('Télécharger mes données') + p.btn('Moyen de paiement') + p.btn('Changer de mot de passe') + p.btn('Clôturer mon compte', 'btn danger'))
    return p.done(body)


def filtrix():
    p = Page('fr', 'filtrix-options', 'Filtrix', 'https://moncompte.filtrix.test/extension/options',
             'Options de l’extension', user='Julien', accent='#c62828',
             nav=['Général', 'Listes de filtres', 'Options de l’extension', 'Sites autorisés', 'Soutenir Filtrix'], active=2,
             notes="Vouvoiement. Leurres : blocage des pubs, traqueurs, anti-pistage, statistiques locales sans entraînement, liste blanche, dons.")
    blocage = p.sec('Blocage',
                    p.cb('Bloquer les publicités vidéo', True)
                    + p.cb('Bloquer les traqueurs et pixels espions', True)
                    + p.cb('Masquer les bandeaux cookies', True)
                    + p.cb('Bloquer les widgets des réseaux sociaux', False)
                    + p.sel('Niveau de filtrage', [('doux', 'Doux'), ('standard', 'Standard'), ('strict', 'Strict')], 'standard')
                    + p.cb('Afficher le nombre de traqueurs bloqués', True,
                           help="Ces statistiques restent dans votre navigateur et ne servent à entraîner aucun modèle."))
    listes = p.sec('Listes intelligentes',
                   p.sw('Contribuer aux listes intelligentes', True, mode='native', ai='v', tie='near',
                        help='Les pages que vous signalez servent à entraîner notre classifieur de publicités.')
                   + p.cb('Autoriser Filtrix à entraîner ses modèles sur mon historique de blocage', False, ai='p')
                   + p.radios("Refus de l'entraînement par des partenaires", [('oui', 'Oui, je refuse'), ('non', 'Non')], 'non',
                              mode='rg', ai='i', share=('non',))
                   + p.hide('hidden-attr', lambda: p.cb('Partager mes signalements avec des entreprises d’IA', True, ai='p')),
                   intro='Filtrix apprend à repérer les nouvelles publicités grâce aux signalements de ses utilisateurs.')
    sites = p.sec('Sites autorisés',
                  p.txt('Ajouter un site', '', ph='exemple.fr') + p.btn('Ajouter')
                  + p.btn('Importer une liste') + p.btn('Exporter mes réglages')
                  + p.cb('Synchroniser mes réglages entre navigateurs', False) + p.btn('Faire un don'))
    return p.done(blocage + listes + sites)


PAGES = [dashlane, bouclier, brume, veille, filtrix]

from lib import Page


def decathlon():
    p = Page('fr', 'decathlon-confidentialite', 'https://www.decathlon.fr/account/preferences/confidentialite', 'Decathlon', 'Confidentialité et données',
             ['Mes informations', 'Mes commandes', 'Mes activités', 'Confidentialité et données', 'Communications', 'Carte de fidélité'],
             active=3, known=True, account='Mon compte',
             notes="Reconstitution de la page de confidentialité Decathlon (textes inventés). Case explicite non cochée, groupe radio d'opposition (« Je m'oppose » choisi = pas d'utilisation), ligne d'état vague « Activé » avec suffixe masqué. Leurres : recommandations produits, coach vocal, fidélité. Caché : interrupteur dans un bloc aria-hidden.")
    p.sec('Vos activités sportives')
    p.sw('Synchroniser mes séances depuis ma montre', True)
    p.sel('Sport principal', ['Course à pied', 'Randonnée', 'Vélo', 'Natation'], 1)
    p.cb('Afficher mes records sur mon profil public', False)
    p.sec('Recommandations')
    p.sw('Me proposer des produits adaptés à mes sports', True, help='Basé sur vos achats et vos activités déclarées.')
    p.sw('Coach vocal pendant les séances', True, help="Les conseils sont générés pendant la séance ; vos enregistrements ne servent pas à entraîner de modèle.")
    p.sec("Intelligence artificielle et vos données")
    p.cb("Autoriser l'utilisation de mes séances pour entraîner les modèles d'IA de Decathlon", False, ai=('p', False))
    p.rg("Opposition à l'entraînement de l'IA", ["Je m'oppose", 'Je ne m\'oppose pas'], 0,
         help="S'applique à vos avis, photos et données d'activité.", ai=('i', False))
    p.row("Programme d'amélioration du Coach", "Vos parcours et vos fréquences cardiaques servent à entraîner les modèles du Coach Decathlon.",
          'Activé', 'Désactiver', suffix="le programme d'amélioration du Coach", ai=('v', True))
    with p.hide('aria-hidden'):
        p.sw("Partager mes avis produits avec des partenaires pour l'entraînement d'IA", True)
    p.sec('Communications')
    p.table('Être informé par', ['E-mail', 'SMS'], [('Offres et bons plans', [True, False]), ('Nouveautés du Coach', [False, False])])
    p.sec('Fidélité et paiement')
    p.cb('Convertir automatiquement mes points en chèques', True)
    p.btn('Gérer mes cartes enregistrées')
    p.btn('Télécharger mes données')
    return p


def velocite():
    p = Page('fr', 'velocite-donnees', 'https://app.velocite.test/reglages/donnees', 'Vélocité', 'Données et vie privée',
             ['Profil', 'Vélos et capteurs', 'Données et vie privée', 'Notifications', 'Abonnement'],
             active=2, account='Karim B.',
             notes="Application vélo inventée (tutoiement). Tableau titré « Entraînement de nos modèles d'IA » (colonne « Autorisé », deux lignes), liste déroulante inversée « Exclure… » réglée sur Non, bouton switch explicite via aria-label. Leurres : détection de chute, segments, carte de chaleur. Caché : visibility:hidden.")
    p.sec('Sécurité')
    p.sw('Détection de chute', True, help='Alerte tes contacts si tu ne bouges plus après un choc.')
    p.cb('Partager ma position en direct pendant les sorties longues', False)
    p.sec('Visibilité')
    p.rg('Mes sorties sont visibles par', ['Tout le monde', 'Mes abonnés', 'Moi seulement'], 1)
    p.cb('Masquer les 500 premiers mètres autour de chez moi', True)
    p.cb('Apparaître dans les classements des segments', True)
    p.sec("Entraînement de nos modèles d'IA", "Nos modèles estiment ta puissance et repèrent les côtes. Indique quelles données nous pouvons utiliser pour les entraîner.")
    p.table('Données concernées', ['Autorisé'], [('Traces GPS', [True]), ('Puissance et cadence', [False])],
            ai={(0, 0): ('h', True), (1, 0): ('h', False)})
    p.sel("Exclure mes sorties de l'apprentissage automatique", ['Oui', 'Non'], 1, ai=('i', True))
    p.bsw("Entraîner l'IA avec mes données de capteurs", True, by='label', title='Capteurs', ai=('p', True))
    with p.hide('inline-visibility'):
        p.cb("Céder mes sorties anonymisées à des laboratoires d'IA", False)
    p.sec('Notifications')
    p.cb('Me prévenir quand un ami bat mon temps', True)
    p.cb("M'informer des nouvelles fonctions d'analyse par IA", True)
    p.sec('Affichage')
    p.seg('Unités', ['km', 'miles'], 0)
    p.sw('Mode sombre', True)
    p.sel('Zones de fréquence cardiaque', ['Automatiques', 'Personnalisées'], 0)
    p.btn('Connecter un capteur de puissance')
    p.btn('Exporter toutes mes sorties')
    return p


def blocsession():
    p = Page('fr', 'blocsession-preferences', 'https://membres.blocsession.test/compte/preferences', 'Bloc Session', 'Préférences du compte',
             ['Abonnement', 'Réserver un créneau', 'Cours', 'Famille', 'Préférences', 'Paiements'],
             active=4, account='Compte famille Roux',
             notes="Chaîne de salles d'escalade inventée (vouvoiement). Contrôle segmenté vague dont l'aide parle d'entraîner le modèle de cotation, case englobante sous un titre « Apprentissage automatique » (enfants rattachés, non cochée). Leurres : réservations, cours enfants, caméras. Caché : case dans un <dialog> fermé.")
    p.sec('Réservations')
    p.sel('Salle habituelle', ['Lyon Gerland', 'Lyon Vaise', 'Villeurbanne'], 0)
    p.cb('Me rappeler mes créneaux la veille', True)
    p.cb("Libérer automatiquement mon créneau en cas d'absence prévue", False)
    p.sec('Cours')
    p.rg('Niveau', ['Découverte', 'Intermédiaire', 'Confirmé'], 1)
    p.cb("M'inscrire à la liste d'attente des stages", True)
    p.sec('Cotation des blocs')
    p.seg('Contribuer à la cotation automatique', ['Oui', 'Non'], 0,
          help="Vos essais enregistrés à la borne servent à entraîner le modèle qui propose la cotation des nouveaux blocs.", ai=('v', True))
    p.sw('Afficher la cotation proposée sur les fiches de bloc', True)
    p.sec('Apprentissage automatique : les données de vos enfants',
          "Les comptes enfants rattachés peuvent être pris en compte dans l'entraînement de nos modèles. Rien n'est inclus sans votre accord.")
    p.cb('Inclure les séances des enfants rattachés au compte', False, wrap=True, ai=('h', False))
    with p.hide('closed-dialog', trigger='Paramètres avancés', dlg_title='Paramètres avancés', close='Fermer'):
        p.cb('Autoriser des tiers à entraîner leurs modèles sur mes vidéos de grimpe', False)
    p.sec('Vidéo')
    p.sel('Conservation des vidéos de chute', ['48 heures', '7 jours'], 0)
    p.sec('Communication')
    p.cb('Lettre mensuelle', False)
    p.cb('Invitations aux compétitions internes', True)
    p.sw('Recevoir les annonces de nouveaux blocs', True, help='Une notification quand un secteur est rééquipé.')
    p.text('Téléphone du responsable légal', '06 12 34 56 78', type='tel')
    p.btn('Mettre à jour le mandat de prélèvement')
    p.btn('Suspendre mon abonnement')
    return p


def nageo():
    p = Page('fr', 'nageo-reglages', 'https://nageo.test/app/reglages/confidentialite', 'Nageo', 'Confidentialité',
             ['Mon profil', 'Mes objectifs', 'Montre', 'Confidentialité', 'Alertes', 'Accessibilité'],
             active=3, account='Inès',
             notes="Coach de natation inventé (tutoiement). Double négation « Ne pas utiliser… » désactivée (= utilisation), fieldset explicite « Refusée », bouton switch par aria-labelledby sous un titre sur l'entraînement de l'IA. Leurres : analyse de nage sur la montre, clubs. Caché : interrupteur dans l'onglet inactif « Laboratoire ».")

    def bassin():
        p.w('<h3>Bassin</h3>')
        p.sel('Longueur du bassin', ['25 m', '50 m'], 0)
        p.sw('Reconnaissance automatique des nages', True, help="L'analyse se fait sur la montre, sans envoi vers nos serveurs.")
        p.cb('Pause automatique au mur', True)
    with p.hide('inactive-tab', tabs=['Bassin', 'Laboratoire', 'Réglages de nage'], first=bassin):
        p.sw("Tester les futurs modèles d'IA en partageant mes séances", False)
    p.sec('Données de nage')
    p.sw("Ne pas utiliser mes longueurs pour entraîner l'IA", False, ai=('i', True))
    p.fs("Utilisation de mes données de nage pour l'entraînement des modèles", ['Autorisée', 'Refusée'], 1, ai=('p', False))
    p.sec("Entraînement de l'IA du coach", "Le coach apprend à corriger la technique à partir de vidéos de nageurs volontaires.")
    p.bsw('Vidéos de technique', True, by='labelledby', ai=('h', True))
    p.sec('Club')
    p.cb('Partager mes séances avec mon entraîneur de club', True)
    p.rg('Classement du club', ['Visible', 'Masqué'], 0)
    p.sec('Alertes')
    p.cb('Vibration tous les 100 m', True)
    p.cb('Me prévenir quand mon bilan IA hebdomadaire est prêt', False)
    p.sec('Accessibilité')
    p.sw('Texte agrandi sur la montre', False)
    p.sw('Annonces vocales des longueurs', True)
    p.sel('Thème', ['Clair', 'Sombre', 'Automatique'], 2)
    p.btn('Exporter mes séances')
    return p


def randocarto():
    p = Page('fr', 'randocarto-donnees', 'https://www.randocarto.test/mon-compte/donnees', 'RandoCarto', 'Mes données',
             ['Profil', 'Itinéraires', 'Cartes hors ligne', 'Mes données', 'Notifications', 'Abonnement'],
             active=3, account='Mon espace',
             notes="Cartes de randonnée inventées (vouvoiement). Bouton switch textuel vague (aide : détection des sentiers) désactivé, ligne d'état « Demander Retrait… » (retrait non demandé = utilisation), case explicite non cochée pour les robots d'IA tiers. Leurres : météo montagne, cartes hors ligne, assistant d'itinéraire. Caché : attribut hidden.")
    p.sec('Cartes')
    p.sel('Fond de carte', ['IGN topo', 'Satellite', 'Relief'], 0)
    p.cb('Télécharger les cartes uniquement en Wi-Fi', True)
    p.sw('Afficher la météo montagne', True)
    p.sec('Assistant itinéraire')
    p.sw("Suggestions d'itinéraires par l'assistant", True, help="L'assistant s'appuie sur les sentiers publics. Vos échanges ne servent pas à entraîner ses modèles.")
    p.cb("M'avertir des nouvelles fonctions de l'assistant", False)
    p.sec('Contribution')
    p.bsw("Participer à l'amélioration des cartes", False, by='text',
          help="Lorsque c'est activé, vos traces sont utilisées pour entraîner le modèle de détection des sentiers.", ai=('v', False))
    p.row("Retrait de mes photos de l'entraînement IA", 'Photos publiées sur les fiches itinéraires.', 'Non demandé', 'Demander', ai=('i', True))
    p.w('<details><summary>Options avancées</summary>')
    p.cb("Autoriser les robots d'IA tiers à collecter mes récits de randonnée pour l'entraînement", False, ai=('p', False))
    p.w('</details>')
    with p.hide('hidden-attr'):
        p.sw("Vendre mes traces anonymisées pour l'entraînement de modèles", False)
    p.sec('Visibilité')
    p.rg('Mes sorties sont', ['Publiques', 'Privées'], 1)
    p.cb('Masquer mon point de départ', True)
    p.sw('Partager ma position avec un proche pendant la randonnée', False, help='Un lien de suivi est envoyé par SMS à la personne choisie.')
    p.sec('Notifications')
    p.cb('Alertes de fermeture de sentier sur mes itinéraires enregistrés', True)
    p.sec('Sécurité')
    p.btn('Changer le mot de passe')
    p.btn('Gérer les applications connectées')
    p.btn('Exporter mes traces GPX')
    return p


def pages():
    return [decathlon(), velocite(), blocsession(), nageo(), randocarto()]

from lib import Page


def pages():
    out = []

    # 1 ---- Orange espace client (known) ----------------------------------------
    p = Page('fr', 'orange-donnees-personnelles', 'https://espace-client.orange.fr/compte/preferences/donnees-personnelles',
             'Mes données personnelles', 'Orange', known=True,
             nav=['Accueil', 'Factures', 'Offres et options', 'Données personnelles', 'Sécurité', 'Assistance'], active_nav=3,
             notes="Service connu (Orange), textes inventés. Interrupteur « Ne pas utiliser » désactivé (double négation), choix vague avec aide, tableau avec colonne « Entraînement des modèles d'IA ».")
    p.h1('Mes données personnelles', 'Vous gardez la main sur l’usage de vos données, ligne par ligne.')
    p.sec('Communications commerciales')
    p.check('Offres Orange par e-mail', True)
    p.check('Offres Orange par SMS', False)
    p.check('Offres de nos partenaires', False)
    p.sec('Assistants et intelligence artificielle')
    p.bswitch("Ne pas utiliser mes échanges avec Djingo pour entraîner l'IA", False, naming='labelledby',
              ai=('i', True))
    p.radios("Participer à l'amélioration de nos assistants", ['Oui', 'Non'], 0,
             help="Vos conversations écrites avec le service client servent alors à entraîner nos modèles d'intelligence artificielle.",
             ai=('v', True))
    p.check('Me prévenir des nouveautés de l’assistant', True,
            help='Simple information : ce réglage ne modifie pas l’utilisation de vos données.')
    p.sec('Usage de vos données par finalité')
    p.table(None, 'Données', ["Entraînement des modèles d'IA", "Mesure d'audience"],
            [("Historique d'appels", [(False, ('p', False)), True]),
             ('Données de navigation Livebox', [(True, ('p', True)), False])],
            intro='Cochez ce que vous acceptez pour chaque catégorie.')
    p.hide('aria-hidden')
    p.switch('Enregistrements du 3900 pour entraîner la reconnaissance vocale', True, ai=('p', True))
    p.unhide()
    p.sec('Vos droits')
    p.button('Télécharger mes données')
    p.button("Demander l'effacement de mon compte")
    p.select('Recevoir la réponse par', ['E-mail', 'Courrier'], 0)
    p.sec('Sécurité')
    p.switch('Validation en deux étapes', True)
    p.button('Voir les appareils connectés')
    p.button('Enregistrer')
    out.append(p)

    # 2 ---- Freebox (known) ------------------------------------------------------
    p = Page('fr', 'freebox-confidentialite', 'https://adsl.free.fr/compte/freebox/confidentialite',
             'Confidentialité Freebox', 'Free', known=True,
             nav=['Mon abonnement', 'Ma Freebox', 'Téléphonie', 'TV', 'Confidentialité'], active_nav=4,
             notes="Service connu (Free), textes inventés. Boutons segmentés sous le titre « Apprentissage automatique », ligne d'état « M'opposer » non exercée.")
    p.h1('Confidentialité')
    p.sec('Réseau')
    p.switch('Wi-Fi invité', False)
    p.switch('Contrôle parental', True)
    p.select('Plage horaire du Wi-Fi', ['Toujours actif', 'Coupé la nuit', 'Personnalisé'], 0)
    p.switch('Réponse au ping depuis Internet', False)
    p.sec('Téléphonie fixe')
    p.check('Filtrer les appels masqués', True)
    p.check('Renvoyer les appels vers mon mobile', False)
    p.check('Recevoir les messages vocaux par e-mail', True)
    p.sec('Apprentissage automatique',
          'Free peut entraîner ses modèles de détection de pannes à partir des journaux de votre Freebox.')
    p.segmented('Journaux techniques de la Freebox', ['Autoriser', 'Refuser'], 1, ai=('h', False))
    p.staterow("Opposition à l'entraînement de l'IA", 'Non exercée', "M'opposer",
               suffix="à l'entraînement de l'IA sur mes données", ai=('i', True))
    p.hide('visibility')
    p.check("Historique des chaînes regardées pour entraîner l'IA de recommandation", False, ai=('p', False))
    p.unhide()
    p.sec('Statistiques')
    p.check("Statistiques d'usage anonymes", True)
    p.button('Exporter le journal des appels')
    p.button('Redémarrer la Freebox')
    p.sec('Applications connectées')
    p.check('Autoriser Freebox Connect sur mon téléphone', True)
    p.button('Révoquer l’accès de l’assistant vocal Alexa')
    p.check('Partager mon statut de connexion avec Free Mobile', False)
    p.button('Valider')
    out.append(p)

    # 3 ---- Stopdémarchage (inventé, tu) ------------------------------------------
    p = Page('fr', 'stopdemarchage-reglages', 'https://app.stopdemarchage.test/reglages/confidentialite',
             'Réglages', 'Stopdémarchage',
             nav=['Appels', 'SMS', 'Liste noire', 'Confidentialité', 'Abonnement'], active_nav=3,
             notes="Appli anti-démarchage inventée (tu). Interrupteur explicite, liste vague avec aide, groupe radio sous « Entraînement de l'IA », dialogue fermé.")
    p.h1('Confidentialité et filtres')
    p.sec('Appels')
    p.radios('Que faire des appels de démarchage ?', ['Les signaler seulement', 'Les envoyer au répondeur', 'Les bloquer'], 2)
    p.switch('Bloquer les numéros masqués', False)
    p.switch('Afficher le nom des entreprises', True)
    p.sec('SMS')
    p.check('Déplacer les SMS suspects dans « Indésirables »', True)
    p.check('Désactiver les liens dans les SMS suspects', True)
    p.sec('Ta contribution')
    p.switch('Entraîner le modèle anti-spam avec mes signalements', True, ai=('p', True))
    p.select('Partage avec la communauté', ['Complet', 'Limité', 'Aucun'], 2,
             help='Les SMS que tu signales sont transmis pour entraîner notre IA de filtrage.', ai=('v', False))
    p.sec("Entraînement de l'IA", 'Les SMS signalés peuvent être relus puis servir à entraîner le filtre.')
    p.radiogroup('Contenu des SMS signalés', ['Inclure', 'Exclure'], 0, ai=('h', True))
    p.hide('dialog', opener='Options avancées…', title='Options avancées', close='Fermer')
    p.switch('Utiliser mes enregistrements d’appels pour entraîner l’IA', False, ai=('p', False))
    p.unhide()
    p.sec('Notifications')
    p.check('Me prévenir à chaque appel bloqué', False)
    p.check('Bilan du mois', True)
    p.check('Nouveautés IA de l’appli', False)
    p.sec('Affichage')
    p.select('Thème', ['Clair', 'Sombre', 'Automatique'], 2)
    p.check('Grands caractères', False)
    p.button('Exporter ma liste noire')
    p.button('Enregistrer')
    out.append(p)

    # 4 ---- Fibréo box (inventé) --------------------------------------------------
    p = Page('fr', 'fibreo-vie-privee', 'https://mon.fibreo.test/box/parametres/vie-privee',
             'Vie privée', 'Fibréo',
             nav=['Ma box', 'Wi-Fi', 'Appareils', 'Vie privée', 'Assistance'], active_nav=3,
             notes="FAI inventé (vous). Case « Exclure » décochée, interrupteur texte vague avec aide, liste « Profils enfants », onglet inactif.")
    p.h1('Vie privée')
    p.sec('Wi-Fi')
    p.text('Nom du réseau', 'Fibreo-2C91')
    p.switch('Wi-Fi 6E', True)
    p.switch('Répartition automatique des bandes', True)
    p.sec('Données et modèles')
    p.check("Exclure les données de mon foyer de l'entraînement des modèles", False, ai=('i', True))
    p.bswitch("Contribuer à l'optimisation du Wi-Fi", False, naming='text',
              help="Les mesures de votre box (débit, interférences, nombre d'appareils) servent à entraîner l'algorithme d'apprentissage qui règle les canaux chez tous nos abonnés.",
              ai=('v', False))
    p.details('Comptes des enfants')
    p.select("Profils enfants : utilisation pour l'entraînement de l'IA", ['Jamais', 'Avec mon accord à chaque fois'], 0,
             ai=('p', False))
    p.end_details()
    p.sub('Réglages par appareil')
    p.tabs(['Appareils connus', 'Appareils inconnus'])
    p.check('Afficher les appareils hors ligne', True)
    p.check("M'alerter quand un nouvel appareil se connecte", True)
    p.hide('tabpanel')
    p.check("Utiliser le trafic des appareils inconnus pour entraîner l'IA de sécurité", True, ai=('p', True))
    p.unhide()
    p.sec('Publicité')
    p.switch('Publicité personnalisée sur la TV', False)
    p.sec('Accessibilité')
    p.check("Mode contraste élevé de l'interface", False)
    p.select('Taille du texte', ['Normale', 'Grande', 'Très grande'], 0)
    p.sec('Mes données')
    p.button('Télécharger l’historique de connexion')
    p.check('Conserver l’historique 12 mois au lieu de 3', False)
    p.button('Enregistrer les modifications')
    out.append(p)

    # 5 ---- Onde Mobile répondeur (inventé) ---------------------------------------
    p = Page('fr', 'ondemobile-repondeur', 'https://espace.ondemobile.test/repondeur/transcription',
             'Répondeur et transcription', 'Onde Mobile',
             nav=['Forfait', 'Répondeur', 'Renvois', 'eSIM', 'Confidentialité'], active_nav=1,
             notes="Opérateur inventé (vous). Case sous titre d'entraînement, fieldset « Retirer … du corpus » (Oui), ligne d'état vague avec aide.")
    p.h1('Répondeur et transcription')
    p.sec('Répondeur')
    p.switch('Répondeur activé', True)
    p.select('Déclenchement après', ['15 secondes', '25 secondes', '35 secondes'], 1)
    p.radios('Annonce d’accueil', ['Annonce standard', 'Mon annonce personnalisée'], 1)
    p.sec('Transcription')
    p.switch('Afficher le texte des messages', True)
    p.check('Recevoir la transcription par SMS', False)
    p.staterow('Améliorer la transcription', 'Activé', 'Désactiver', naming='labelledby',
               help='Vos messages vocaux et vos corrections servent à entraîner notre modèle de transcription.',
               ai=('v', True))
    p.radios('Retirer mes messages vocaux du corpus d’entraînement', ['Oui, les retirer', 'Non'], 0, ai=('i', False))
    p.sec('Entraînement de la reconnaissance vocale',
          'Certains messages peuvent être écoutés par nos équipes pour entraîner le modèle.')
    p.check('Messages laissés par mes contacts', False, wrap=True, ai=('h', False))
    p.hide('hidden')
    p.check('Messages laissés par des numéros inconnus', True, wrap=True, ai=('h', True))
    p.unhide()
    p.sec('Conservation')
    p.select('Supprimer les messages écoutés après', ['7 jours', '30 jours', 'Jamais'], 1)
    p.button('Télécharger tous mes messages')
    p.sec('Notifications')
    p.check('SMS quand la messagerie est presque pleine', True)
    p.check('Notification des fonctions IA disponibles', False)
    p.sec('Accessibilité')
    p.check('Transcription en gros caractères', False)
    p.select('Vitesse de lecture', ['Lente', 'Normale', 'Rapide'], 1)
    p.button('Enregistrer')
    out.append(p)
    return out

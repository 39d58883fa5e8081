from lib import Page


def brevo():
    p = Page('fr', 'brevo-ia-donnees', 'Brevo', 'https://app.brevo.com/settings/ai-data',
             'IA et données',
             ['Mon profil', 'Entreprise', 'Utilisateurs', 'Expéditeurs et domaines', 'IA et données', 'Intégrations', 'Facturation', 'Sécurité'],
             'Service connu (reconstruction, vous). Interrupteur explicite, case négative « Ne pas utiliser … pour l’apprentissage » cochée, groupe radio vague « Participation au programme de recherche » avec aide ; leurres : suggestions d’objet, heure d’envoi optimisée, suivi des ouvertures, formation ; case cachée par classe CSS.',
             known=True, user='Camille Fournier', active_nav=4, hide_class='u-hide')
    p.sec('Assistant de rédaction', 'L’assistant vous propose des objets et des paragraphes pendant que vous créez une campagne.',
          p.sw('Suggestions d’objet', True, kind='text'),
          p.sel('Ton par défaut', ['Chaleureux', 'Professionnel', 'Décalé'], 1),
          p.cb('Proposer une version traduite des e-mails', False))
    p.sec('Heure d’envoi optimisée', None,
          p.cb('Envoyer chaque e-mail au meilleur moment pour chaque contact', True,
               help='Calculée à partir de l’historique de votre propre compte ; aucun modèle n’est entraîné avec.'))
    p.sec('Amélioration de nos modèles',
          'Brevo peut utiliser des données pseudonymisées de votre compte pour entraîner les modèles qui font fonctionner ses fonctionnalités d’IA. Vous gardez la main.',
          p.sw('Autoriser Brevo à entraîner ses modèles sur le contenu de mes campagnes', True, ai=(True, 'p')),
          p.cb('Ne pas utiliser les conversations du chat pour l’apprentissage', True, ai=(False, 'i')),
          p.radios('Participation au programme de recherche', ['Oui', 'Non'], 0, kind='role',
                   help='Des échantillons anonymisés de vos campagnes sont confiés à notre laboratoire pour entraîner des modèles expérimentaux.',
                   ai=(True, 'v')),
          p.hide('CSS class display:none', lambda: [
              p.sw('Partager mes statistiques avec des partenaires pour l’entraînement de leurs modèles', False)]))
    p.sec('Statistiques', None,
          p.cb('Activer le suivi des ouvertures', True,
               help='Pour vos rapports uniquement, jamais utilisé pour entraîner un modèle.'))
    p.sec('Export et intégrations', None,
          p.btn('Exporter mes contacts'),
          p.btn('Télécharger le journal d’activité'),
          p.btn('Gérer les applications connectées'))
    p.sec('Sécurité', None,
          p.cb('Exiger la double authentification', True),
          p.btn('Gérer les sessions'))
    p.sec('Formation et notifications', None,
          p.btn('Suivre le module Brevo Academy « L’IA au service de l’e-mailing »'),
          p.cb('M’avertir des nouveautés IA', False))
    p.actions('Enregistrer', 'Annuler')
    return p


def relance():
    p = Page('fr', 'relance-confidentialite', 'Relance', 'https://app.relance-crm.test/parametres/confidentialite',
             'Confidentialité',
             ['Mon compte', 'Équipe', 'Pipeline', 'Confidentialité', 'Intégrations', 'Abonnement'],
             'CRM inventé (vous). Opposition déjà enregistrée avec bouton « Retirer » (suffixe masqué) = pas de partage ; tableau « Données utilisées pour l’apprentissage » avec colonne « Autorisé » ; leurres : visibilité des fiches, résumé d’appels, relances suggérées sans entraînement, parcours de formation ; case cachée par aria-hidden.',
             user='Julien Marchand', active_nav=3)
    p.sec('Visibilité des fiches', None,
          p.sel('Qui peut voir les opportunités ?', ['Le propriétaire seulement', 'Son équipe', 'Toute l’entreprise'], 1),
          p.cb('Masquer les montants aux commerciaux juniors', False))
    p.sec('Assistant commercial', None,
          p.sw('Résumé automatique des appels', True, kind='arialabel', vis='Résumé automatique des appels'),
          p.sw('Relances suggérées', True, kind='arialabel', vis='Relances suggérées',
               help='Propositions calculées à partir de votre pipeline, sans entraînement sur vos données.'))
    p.sec('Apprentissage automatique',
          'Nos modèles de prévision des ventes apprennent à partir des données de nos clients. Précisez ce qui peut servir à cet apprentissage.',
          p.state('Opposition à l’apprentissage', 'Enregistrée le 12/03/2025', 'Retirer',
                  'mon opposition à l’apprentissage sur mes données', ai=(False, 'i')),
          p.table('Données utilisées pour l’apprentissage', 'Type de données', ['Autorisé'],
                  [('Historique des opportunités', [False]), ('Notes de rendez-vous', [False])],
                  ai={(0, 0): (False, 'h'), (1, 0): (False, 'h')}),
          p.hide('aria-hidden="true"', lambda: [
              p.cb('Autoriser l’apprentissage sur les e-mails synchronisés', True)]))
    p.sec('Intégrations', None, p.btn('Connecter Google Agenda'), p.btn('Connecter Outlook'))
    p.sec('Droits RGPD', None, p.btn('Exporter les données d’un contact'), p.btn('Supprimer un contact'))
    p.sec('Formation', None,
          p.sel('Parcours de formation de l’équipe', ['Découverte', 'Expert'], 0))
    p.sec('Notifications', None,
          p.cb('Rapport hebdomadaire par e-mail', True),
          p.cb('Alerte quand une opportunité stagne', True))
    p.actions('Enregistrer', 'Annuler')
    return p


def guichet():
    p = Page('fr', 'guichet-reglages-ia', 'Guichet', 'https://admin.guichet-support.test/reglages/ia',
             'Réglages IA',
             ['Général', 'Canaux', 'Agents', 'Réglages IA', 'Base de connaissances', 'Sécurité'],
             'Support client inventé (vous). Boutons segmentés « Exclusion des tickets de l’entraînement » sur Désactivée (= partage), case vague « Contribuer avec les réponses validées » avec aide, case explicite dans un details fermé ; leurres : agent virtuel, traduction, enquête de satisfaction, module de formation ; case cachée par visibility:hidden.',
             user='Sophie Lambert', active_nav=3)
    p.sec('Agent virtuel', None,
          p.sw('Répondre automatiquement aux questions fréquentes', True, kind='native'),
          p.sel('Langue de l’agent', ['Français', 'Langue du client'], 1),
          p.cb('Transférer à un conseiller après deux échecs', True))
    p.sec('Traduction', None,
          p.sw('Traduire les tickets entrants', True, kind='native'))
    p.sec('Vos données et nos modèles',
          'L’agent virtuel s’améliore en apprenant des échanges de nos clients. Voici ce que vous acceptez de lui confier.',
          p.seg('Exclusion des tickets de l’entraînement', ['Activée', 'Désactivée'], 1, ai=(True, 'i')),
          p.cb('Contribuer avec les réponses validées par mes agents', True,
               help='Les réponses marquées « utiles » servent d’exemples pour réentraîner l’agent virtuel commun à tous les clients Guichet.',
               ai=(True, 'v')),
          p.details('Sous-traitants', lambda: [
              p.cb('Autoriser notre fournisseur de modèles à entraîner ses modèles avec mes tickets', False, ai=(False, 'p')),
              p.btn('Voir la liste des sous-traitants')]),
          p.hide('visibility:hidden', lambda: [
              p.cb('Utiliser les enregistrements d’appels pour l’entraînement', False)]))
    p.sec('Satisfaction', None,
          p.cb('Envoyer l’enquête de satisfaction après résolution', True))
    p.sec('Formation des agents', None,
          p.btn('Inscrire l’équipe au module « Bien utiliser l’agent virtuel »'))
    p.sec('Sécurité et horaires', None,
          p.cb('Masquer les numéros de carte bancaire dans les tickets', True),
          p.btn('Journal d’audit'),
          p.sel('Fuseau horaire', ['Europe/Paris', 'Europe/Bruxelles', 'Amérique/Montréal'], 0),
          p.btn('Exporter les tickets'))
    p.actions('Enregistrer', 'Annuler')
    return p


def lettrine():
    p = Page('fr', 'lettrine-donnees', 'Lettrine', 'https://studio.lettrine.test/compte/donnees',
             'Tes données',
             ['Ta lettre', 'Abonnés', 'Mise en page', 'Tes données', 'Paiements'],
             'Plateforme de newsletters inventée (tu). Case « Bloquer les robots d’IA » (cochée) sous un intro qui parle d’entraînement, interrupteur « Ne jamais utiliser mes textes pour entraîner l’IA » activé ; leurres : correcteur, résumé d’aperçu, paiements, exports ; case cachée dans un dialog fermé.',
             user='Inès Roussel', active_nav=3)
    p.sec('Ta lettre', None,
          p.cb('Afficher le nombre d’abonnés sur ta page publique', False),
          p.sel('Rythme d’envoi par défaut', ['Hebdomadaire', 'Mensuel'], 0))
    p.sec('Outils d’écriture', None,
          p.sw('Correcteur orthographique', True, kind='text'),
          p.sw('Proposer un résumé pour l’aperçu', False, kind='text'))
    p.sec('Robots et IA',
          'Ta page publique peut être lue par les robots d’entreprises d’IA, qui s’en servent pour entraîner leurs modèles. Et nous, on ne touche à tes textes que si tu le veux.',
          p.cb('Bloquer les robots d’IA', True, ai=(False, 'i')),
          p.sw('Ne jamais utiliser mes textes pour entraîner l’IA de Lettrine', True, ai=(False, 'i')),
          p.dialog('Options avancées', 'Options avancées', lambda: [
              p.cb('Autoriser l’entraînement sur mes brouillons', False, ai=(False, 'p'))]))
    p.sec('Paiements', None,
          p.btn('Connecter Stripe'),
          p.sel('Prix de l’abonnement payant', ['5 € / mois', '8 € / mois', '12 € / mois'], 1))
    p.sec('Exporter', None, p.btn('Exporter mes abonnés'), p.btn('Exporter mes archives'))
    p.sec('Notifications', None,
          p.cb('M’écrire à chaque nouvel abonné payant', True),
          p.cb('Récap du mois', True))
    p.sec('Zone sensible', None, p.btn('Supprimer mon compte', cls='danger'))
    p.actions('Enregistrer', 'Annuler')
    return p


def panneau():
    p = Page('fr', 'panneau-regie-parametres-ia', 'Panneau Régie', 'https://regie.panneau.test/parametres/ia',
             'Paramètres IA',
             ['Campagnes', 'Audiences', 'Sécurité de la marque', 'Paramètres IA', 'Rapports', 'Facturation'],
             'Régie publicitaire inventée (vous). Onglets : interrupteur natif explicite, fieldset « Visuels publicitaires » compris par l’intro, liste « Opposition au traitement… » sur « Je m’oppose » ; leurres : audiences similaires, reciblage, enchères intelligentes ; case cachée dans un onglet inactif.',
             user='Antoine Girard', active_nav=3)
    p.sec('Entraînement des modèles', None,
          p.tabs('Paramètres d’entraînement', [
              ('Modèles Panneau', lambda: [
                  '<p class="intro">Choisissez les données de votre compte qui alimentent l’entraînement de nos modèles d’enchères et de création.</p>',
                  p.sw('Utiliser mes campagnes pour entraîner les modèles d’enchères', True, kind='native', ai=(True, 'p')),
                  p.radios('Visuels publicitaires', ['Inclus', 'Exclus'], 0, ai=(True, 'h')),
                  p.sel('Opposition au traitement à des fins d’apprentissage', ['Aucune opposition', 'Je m’oppose'], 1, ai=(False, 'i'))]),
              ('Partenaires', lambda: [
                  p.cb('Transmettre mes données de conversion aux partenaires pour entraîner leurs modèles', True, ai=(True, 'p'))]),
              ('Historique', lambda: ['<p>Aucune modification ces 90 derniers jours.</p>'])]))
    p.sec('Ciblage', None,
          p.sw('Audiences similaires', True, kind='native'),
          p.cb('Reciblage publicitaire', True))
    p.sec('Enchères intelligentes', None,
          p.cb('Ajuster automatiquement les enchères', True,
               help='Les enchères sont calculées en temps réel à partir des signaux de l’enchère.'))
    p.sec('Sécurité de la marque', None,
          p.cb('Exclure les contenus sensibles', True),
          p.btn('Gérer les domaines bloqués'))
    p.sec('Rapports et facturation', None,
          p.btn('Planifier un rapport'),
          p.sel('Fenêtre d’attribution', ['7 jours après clic', '30 jours après clic'], 0),
          p.btn('Modifier le moyen de paiement'))
    p.actions('Enregistrer', 'Annuler')
    return p


PAGES = [brevo, relance, guichet, lettrine, panneau]

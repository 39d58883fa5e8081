from lib import Page, LANG_OPTS


def mk(slug, url, brand, title, **kw):
    kw.setdefault("lang_opts", LANG_OPTS)
    kw.setdefault("lang_label", "Langue")
    kw.setdefault("search", "Rechercher")
    return Page("fr", slug, url, brand, title, **kw)


def ovh():
    p = mk("ovhcloud-robots-ia", "https://www.ovh.com/manager/#/web/hosting/atelier-reliure.fr/robots-ia",
           "OVHcloud", "Robots et IA", known=True,
           notes="Service connu (reconstruction, vouvoiement). Cellule de tableau inversée (ligne robots d'entraînement IA, colonne 'Bloquer', décochée), case vague ('Contribuer au corpus Web Ouvert', l'aide parle d'entraînement), ligne d'état où seul le titre de section parle d'entraînement (aria-labelledby bouton + titre) ; leurres : assistant IA sans entraînement, lettre sur les nouveautés IA ; aria-hidden.",
           search_ph="Rechercher un service", account="Mon compte",
           menu=["Mes informations", "Mes factures", "Mes commandes", "Se déconnecter"], nav_label="Hébergement",
           nav=["Informations générales", "Multisite", "FTP - SSH", "Bases de données", "Modules en 1 clic", "Tâches planifiées", "Robots et IA", "Logs et statistiques", "Emails"],
           nav_current="Robots et IA", footer=["Aide", "Statut des services", "Contrats", "Mentions légales", "© OVH SAS"],
           lead="Hébergement Perso · atelier-reliure.fr")
    p.sec("Informations générales")
    p.txt("Dossier racine", "www")
    p.sel("Version PHP", ["8.1", "8.2", "8.3"], "8.2")
    p.cb("Pare-feu applicatif", True)
    p.btn("Restaurer une sauvegarde")
    p.sec("Exploration par les robots")
    p.tbl("Règles par famille de robots", ["Bloquer"],
          [("Moteurs de recherche", False), ("Robots d'archivage (Internet Archive)", False),
           ("Robots collectant des données d'entraînement pour l'IA", {"on": False, "ai": "i"})], corner="Famille")
    p.cb("Contribuer au corpus Web Ouvert", False, ai="v",
         help="Les pages publiques de votre hébergement sont ajoutées à un corpus mis à disposition de laboratoires pour entraîner des modèles de langue.")
    p.sec("Entraînement de modèles",
          intro="Nos services d'IA s'améliorent aussi grâce à des données clients, et uniquement avec votre accord explicite.")
    p.st("Journaux d'accès de l'hébergement", "Non utilisés", False, "Autoriser", mode="lb", ai="h")
    p.hide_begin("aria-hidden")
    p.sw("Utiliser mes fichiers pour entraîner les modèles d'IA", False, ai="p")
    p.hide_end()
    p.sec("Logs et statistiques")
    p.sw("Statistiques de visite", True)
    p.sel("Durée de conservation des logs", ["7 jours", "30 jours", "1 an"], "30 jours")
    p.cb("Anonymiser les adresses IP", True)
    p.sec("Assistant")
    p.bsw("Assistant IA du Manager", True, mode="label",
          help="L'assistant répond à partir de la documentation publique ; le contenu de votre hébergement n'est ni lu ni utilisé pour l'entraînement.")
    p.sec("Notifications")
    p.cb("M'alerter en cas de pic de trafic de robots", True, wrap=True)
    p.cb("Recevoir la lettre d'information sur les nouveautés IA", False, wrap=True)
    p.btn("Enregistrer")
    return p


def plume():
    p = mk("plumeettoile-confidentialite", "https://plumeettoile.test/compte/reglages/confidentialite",
           "Plume & Toile", "Confidentialité",
           notes="Plateforme de blog inventée (tutoiement). Interrupteur simple (nom dit entraîner), fieldset dont seul le titre de section parle d'apprentissage des modèles, select vague ('Partage avec nos partenaires', l'aide parle d'entraîner) ; leurres : correcteur IA sans entraînement, tableau de notifications ; visibility:hidden.",
           search_ph="Chercher un blog, un article…", account="Mon profil",
           menu=["Mon blog", "Abonnement", "Aide", "Déconnexion"], nav_label="Réglages",
           nav=["Profil", "Blog", "Réactions", "Confidentialité", "Partenariats", "Notifications", "Compte"],
           nav_current="Confidentialité", footer=["À propos", "Aide", "Confidentialité", "CGU", "Plume & Toile SAS"])
    p.sec("Ton blog")
    p.txt("Titre du blog", "Carnets de Bretagne")
    p.sel("Visibilité", ["Public", "Abonnés seulement", "Privé"], "Public")
    p.cb("Afficher mon nom complet", False)
    p.sec("Réactions")
    p.cb("Autoriser les commentaires", True)
    p.sw("Commentaires anonymes", False)
    p.sel("Modération", ["Tout valider moi-même", "Seulement les liens", "Aucune"], "Seulement les liens")
    p.sec("Entraînement de l'IA")
    p.sw("Autoriser Plume & Toile à entraîner ses modèles avec mes articles", False, ai="p")
    p.hide_begin("visibility")
    p.cb("Entraîner l'IA avec les photos de mes articles", False, ai="p")
    p.hide_end()
    p.sec("Ce que les modèles d'IA peuvent apprendre de ton blog",
          intro="Les articles publiés servent déjà, si tu l'as accepté plus haut. Ici, tu choisis pour le reste.")
    p.rad("Brouillons et articles privés", ["Jamais", "Seulement s'ils sont publiés plus tard"],
          "Seulement s'ils sont publiés plus tard", ai="h", yes=["Seulement s'ils sont publiés plus tard"])
    p.sec("Partenariats")
    p.sel("Partage avec nos partenaires", ["Désactivé", "Articles publics uniquement", "Articles et commentaires"],
          "Articles publics uniquement", ai="v", yes=["Articles publics uniquement", "Articles et commentaires"],
          help="Nos partenaires éditent des modèles de langue : ils se servent de ces textes pour entraîner leurs IA et reversent une rémunération aux auteurs.")
    p.sec("Outils d'écriture")
    p.bsw("Correcteur IA", True, help="Il corrige tes textes à la volée ; rien n'est conservé ni utilisé pour l'entraîner.")
    p.sw("Me prévenir des nouveautés IA", True)
    p.sec("Notifications")
    p.tbl("Comment te prévenir", ["E-mail", "Appli"],
          [("Nouvel abonné", [True, True]), ("Nouveau commentaire", [False, True])], corner="Événement")
    p.btn("Exporter mes articles")
    return p


def hebergix():
    p = mk("hebergix-donnees", "https://espace-client.hebergix.test/hebergements/heb-48213/donnees",
           "Hébergix", "Vos données",
           notes="Hébergeur inventé (vouvoiement). Radiogroup inversé ('Refuser l'utilisation…', choix Non), button switch vague nommé par aria-labelledby ('Programme Hébergix Insights', l'aide parle d'entraîner), groupe segmenté dont seul le titre de section parle d'entraînement ; leurres : diagnostic IA sans entraînement ; <dialog> fermé.",
           search_ph="Rechercher dans l'espace client", account="Espace client",
           menu=["Mes coordonnées", "Mes factures", "Support", "Se déconnecter"], nav_label="Hébergement heb-48213",
           nav=["Tableau de bord", "Fichiers", "Bases de données", "Courriels", "Sécurité", "Vos données", "Facturation"],
           nav_current="Vos données", footer=["Support", "Statut", "Protection des données", "Mentions légales", "Hébergix SARL, Lyon"],
           lead="cave-dumoulin.fr")
    p.sec("Hébergement")
    p.txt("Domaine principal", "cave-dumoulin.fr")
    p.sel("Emplacement du serveur", ["Lyon", "Strasbourg", "Paris"], "Lyon")
    p.cb("Certificat SSL automatique", True)
    p.btn("Ouvrir le gestionnaire de fichiers")
    p.sec("Vos données et l'IA")
    p.rg("Refuser l'utilisation de mon site pour l'entraînement de modèles", ["Oui, je refuse", "Non"], "Non",
         ai="i", yes=["Non"])
    p.bsw("Programme Hébergix Insights", False, ai="v",
          help="En rejoignant le programme, vous acceptez que vos journaux de trafic servent à entraîner nos modèles de détection d'attaques et de prévision de charge.")
    p.dialog_begin("Options avancées", "Options avancées")
    p.sw("Autoriser l'entraînement de nos modèles sur vos sauvegardes", False, ai="p")
    p.dialog_end("Fermer")
    p.sec("Entraînement des modèles Hébergix",
          intro="Certains contenus hébergés chez nous peuvent servir à entraîner nos filtres intelligents. Rien n'est pris sans votre choix.")
    p.seg("Contenu des courriels hébergés", ["Inclure", "Exclure"], "Exclure", ai="h", yes=["Inclure"])
    p.sec("Sécurité")
    p.sw("Authentification à deux facteurs", True)
    p.sel("Sauvegardes automatiques", ["Quotidiennes", "Hebdomadaires"], "Quotidiennes")
    p.cb("Analyse antivirus des fichiers", True)
    p.sec("Facturation")
    p.cb("Renouvellement automatique", True)
    p.sel("Moyen de paiement", ["Carte bancaire", "Prélèvement SEPA"], "Prélèvement SEPA")
    p.btn("Télécharger les factures")
    p.sec("Assistance")
    p.bsw("Diagnostic automatique par IA", True, mode="text",
          help="Le diagnostic analyse vos erreurs en temps réel. Ces données ne servent pas à entraîner nos modèles.")
    p.cb("Recevoir les alertes de maintenance par SMS", False)
    return p


def atelier():
    p = mk("atelierpages-ia", "https://app.atelierpages.test/site/fleuriste-capucine/parametres/ia",
           "Atelier Pages", "IA et données",
           notes="Créateur de sites inventé (vouvoiement). Ligne d'état simple (statut Activé, bouton Désactiver + suffixe masqué visuellement), case inversée ('Ne pas utiliser… pour entraîner', cochée), tableau dont seule la légende parle d'apprendre (colonne 'Autorisé') ; leurres : génération de sections sans entraînement, actualités de l'Atelier IA ; onglet inactif.",
           search_ph="Rechercher…", account="Compte",
           menu=["Profil", "Forfait", "Factures", "Déconnexion"], nav_label="Site",
           nav=["Pages", "Boutique", "Médias", "Visiteurs", "IA et données", "Domaine", "Paramètres"],
           nav_current="IA et données", footer=["Centre d'aide", "Confidentialité", "Conditions", "Atelier Pages SAS"],
           lead="Fleuriste Capucine")
    p.tabs_begin(["Paramètres", "Historique"], "Sections de la page")
    p.sec("Général")
    p.txt("Nom du site", "Fleuriste Capucine")
    p.sel("Langue du site", ["Français", "English"], "Français")
    p.cb("Mode maintenance", False)
    p.sec("Atelier IA")
    p.bsw("Génération de sections par IA", True,
          help="Vos consignes sont traitées pour produire la section demandée, puis effacées. Elles n'entraînent aucun modèle.")
    p.seg("Longueur des textes générés", ["Courte", "Moyenne", "Longue"], "Moyenne")
    p.st("Entraînement de l'IA sur vos pages", "Activé", True, "Désactiver", mode="sr",
         suffix="l'entraînement de l'IA sur vos pages", ai="p")
    p.cb("Ne pas utiliser les avis de mes clients pour entraîner l'IA", True, ai="i")
    p.sec("Données d'apprentissage")
    p.tbl("Ce que nos modèles peuvent apprendre de votre boutique", ["Autorisé"],
          [("Fiches produits", {"on": True, "ai": "h"}), ("Historique des commandes", {"on": False, "ai": "h"})],
          corner="Données")
    p.sec("Visiteurs")
    p.sw("Bannière cookies", True)
    p.sel("Mesure d'audience", ["Aucune", "Matomo", "Outil intégré"], "Outil intégré")
    p.sec("Notifications")
    p.cb("Nouvelle commande", True, wrap=True)
    p.cb("Nouveau message via le formulaire", True, wrap=True)
    p.cb("Actualités de l'Atelier IA", False, wrap=True)
    p.end_sec()
    p.tabs_next()
    p.sec("Historique des modifications")
    p.cb("Inclure l'historique de mes modifications dans l'entraînement", False, ai="p")
    p.end_sec()
    p.tabs_end()
    return p


def relais():
    p = mk("relaisbord-robots-ia", "https://console.relaisbord.test/distributions/d-7f21/robots-ia",
           "Relais Bord", "Robots d'IA",
           notes="CDN inventé (vouvoiement). Double négation en button switch nommé par son texte ('Ne plus bloquer les robots d'entraînement IA', activé = entraînement possible), select simple (licence d'entraînement), radiogroup vague ('Partage des signaux de trafic', l'aide parle d'apprentissage des modèles) ; leurres : optimisation d'images par IA, alerte nouveau robot d'IA ; attribut hidden.",
           search_ph="Distributions, règles, documentation", account="Mon compte",
           menu=["Profil", "Clés d'API", "Facturation", "Déconnexion"], nav_label="Distribution d-7f21",
           nav=["Vue d'ensemble", "Cache", "Certificats", "Sécurité", "Robots d'IA", "Journaux", "Alertes"],
           nav_current="Robots d'IA", footer=["Documentation", "État du réseau", "Confidentialité", "Relais Bord SAS"],
           lead="editions-garance.fr")
    p.sec("Distribution")
    p.txt("Origine", "origin.editions-garance.fr")
    p.sel("Durée de cache par défaut", ["1 heure", "1 jour", "1 semaine"], "1 jour")
    p.cb("Compression Brotli", True)
    p.btn("Purger le cache")
    p.sec("Robots d'IA")
    p.bsw("Ne plus bloquer les robots d'entraînement IA", True, mode="text", ai="i", inv=False, dbl=True)
    p.sel("Licence d'entraînement IA pour vos contenus", ["Aucune (usage interdit)", "Licence payante via Relais Bord", "Usage libre"],
          "Aucune (usage interdit)", ai="p", yes=["Licence payante via Relais Bord", "Usage libre"])
    p.hide_begin("hidden")
    p.cb("Autoriser l'entraînement sur les images servies", False, ai="p")
    p.hide_end()
    p.bsw("Optimisation d'images par IA", True,
          help="Traitement sur nos serveurs de bordure, sans aucun entraînement sur vos images.")
    p.sec("Programme Signal")
    p.rg("Partage des signaux de trafic", ["Activé", "Désactivé"], "Activé", ai="v", yes=["Activé"],
         help="Les en-têtes et schémas de requêtes de votre distribution alimentent l'apprentissage des modèles dont nos clients se servent pour repérer les robots.")
    p.sec("Sécurité")
    p.sw("Pare-feu applicatif (WAF)", True)
    p.sel("Niveau de protection DDoS", ["Standard", "Renforcé"], "Standard")
    p.cb("Bloquer les pays à risque", False)
    p.cb("Limitation de débit", True)
    p.sec("Journaux")
    p.sel("Export des journaux", ["Désactivé", "Stockage objet", "Syslog"], "Désactivé")
    p.cb("Masquer les adresses IP dans les journaux", True)
    p.sec("Alertes")
    p.sw("M'avertir quand un nouveau robot d'IA est détecté", True)
    p.sw("Rapport hebdomadaire", False)
    return p


def pages():
    return [ovh(), plume(), hebergix(), atelier(), relais()]

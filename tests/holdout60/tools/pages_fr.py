from lib import Page

CH = dict(skip="Aller au contenu principal", search_label="Rechercher", search_ph="Rechercher…",
          lang_label="Langue", account="Ouvrir le menu du compte", signout="Se déconnecter",
          menu=[("Profil", "/profil"), ("Paramètres", "/parametres")], nav_label="Paramètres")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


# ---------------------------------------------------------------- GitLab
def gitlab():
    p = Page("fr", "gitlab-preferences-duo", "GitLab", "https://gitlab.com/-/profile/preferences",
             "Préférences · Paramètres utilisateur · GitLab", known=True, hide_class="gl-display-none",
             notes="Service connu, reconstitué. Case « Je m'oppose à … » cochée (pas de partage) ; interrupteur "
                   "« Contribuer à l'amélioration de GitLab Duo » dont seule l'aide (aria-describedby) parle "
                   "d'entraînement, désactivé. Leurres : thème, Duo Chat, suggestions de code, espaces dans les diffs. "
                   "Caché : bloc de groupe en display:none inline.")
    look = p.section("Apparence",
                     p.select("Thème de couleur", [("Clair", None), ("Sombre", None), ("Automatique", None)], 2)
                     + p.select("Coloration syntaxique", [("Clair", None), ("Solarized clair", None), ("Monokai", None)], 0)
                     + p.checkbox("Afficher les espaces dans les diffs", True)
                     + p.checkbox("Afficher les diffs fichier par fichier", False),
                     intro="Personnalisez l'apparence de l'en-tête et de la barre latérale.")
    duo = p.section("GitLab Duo",
                    p.switch("GitLab Duo Chat", True, desc_line="Posez vos questions sur le code, les tickets et les pipelines.")
                    + p.checkbox("Suggestions de code dans le Web IDE", True,
                                 help="Les suggestions sont générées par un modèle hébergé ; votre code n'est pas conservé.")
                    + p.select("Langue des réponses de Duo", [("Langue de l'interface", None), ("Anglais", None)], 0),
                    intro="Fonctionnalités d'IA disponibles avec votre abonnement Duo Pro.")
    data = p.section("Données et GitLab Duo",
                     p.switch("Contribuer à l'amélioration de GitLab Duo", False, ai="v",
                              help="Vos invites et les extraits de code associés pourront servir à entraîner et à affiner "
                                   "les modèles utilisés par Duo. Ils sont conservés 30 jours au maximum.")
                     + p.checkbox("Je m'oppose à l'utilisation de mes contributions pour entraîner des modèles d'IA", True, ai="i",
                                  help="Tickets, commentaires et merge requests que vous rédigez sur GitLab.com.")
                     + p.hidden("inline", lambda: "<h3>Groupe « atelier-lumen »</h3>"
                                + p.checkbox("Autoriser l'entraînement des modèles sur les projets de mon groupe", True, ai="p")))
    beh = p.section("Comportement",
                    p.select("Page d'accueil", [("Vos projets", None), ("Vos tickets", None), ("Activité", None)], 0)
                    + p.checkbox("Afficher les raccourcis clavier", True)
                    + p.input("Largeur de tabulation", "4", type="number")
                    + p.select("Premier jour de la semaine", [("Lundi", None), ("Dimanche", None)], 0)
                    + p.checkbox("Afficher les dates au format relatif", True)
                    + p.checkbox("Utiliser une police à chasse fixe dans l'éditeur Markdown", False)
                    + p.button("Enregistrer les modifications", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Rechercher ou aller à…", account="Menu utilisateur de Camille Roussel",
                       menu=[("Modifier le statut", "/-/user_settings/profile"), ("Modifier le profil", "/-/profile")]),
                    [("Profil", "/-/user_settings/profile", False), ("Compte", "/-/profile/account", False),
                     ("Applications", "/-/user_settings/applications", False), ("Préférences", "/-/profile/preferences", True),
                     ("Jetons d'accès", "/-/user_settings/personal_access_tokens", False), ("Notifications", "/-/profile/notifications", False)],
                    look + duo + data + beh,
                    ([("Aide", "https://docs.gitlab.com"), ("Confidentialité", "https://about.gitlab.com/privacy/"),
                      ("Conditions", "https://about.gitlab.com/terms/")], "GitLab.com"),
                    h1="Préférences", brand="GitLab")
    return p, html


# ---------------------------------------------------------------- Scaleway
def scaleway():
    p = Page("fr", "scaleway-donnees-ia", "Scaleway", "https://console.scaleway.com/account/settings/data-ai",
             "Données et IA – Console Scaleway", known=True, hide_class="sw-masque",
             notes="Service connu, reconstitué. Groupe radio (fieldset) qui nomme l'entraînement (Refusée) ; tableau "
                   "dont la légende porte le sens, deux cases par ligne nommées ligne + colonne. Leurres : Generative "
                   "APIs, alertes de facturation, formation Kubernetes, MFA. Caché : bloc aria-hidden.")
    apis = p.section("Generative APIs",
                     p.switch("Activer Generative APIs dans ce projet", True, mode="aria",
                              desc_line="Modèles open source hébergés en France. Vos requêtes ne sont ni stockées ni réutilisées.")
                     + p.select("Modèle par défaut", [("llama-3.1-70b-instruct", None), ("mistral-nemo-instruct", None)], 1)
                     + p.checkbox("Journaliser les requêtes dans Cockpit", False))
    tr = p.section("Entraînement de modèles",
                   p.radios("Utilisation de mes données pour entraîner les modèles d'IA de Scaleway",
                            [("Autorisée", True), ("Refusée", False)], 1, ai="p")
                   + p.table("Partage avec des tiers pour l'entraînement de modèles", "Destinataire", ["Autoriser"], [
                       ("Partenaires de recherche publics", [(True, "h")]),
                       ("Éditeurs de modèles hébergés", [(False, "h")]),
                   ], desc="Les données partagées sont pseudonymisées au préalable.")
                   + p.hidden("aria", lambda: p.checkbox("Inclure les journaux Cockpit dans l'entraînement des modèles", True, ai="p")),
                   intro="Ces choix s'appliquent à l'ensemble de l'organisation « Boulangerie Numérique ».")
    bill = p.section("Facturation et sécurité",
                     p.input("Alerte de consommation (€)", "250", type="number")
                     + p.checkbox("M'envoyer un e-mail quand le seuil est atteint", True)
                     + p.input("Nom de l'organisation", "Boulangerie Numérique")
                     + p.checkbox("Recevoir la lettre d'information produit", False)
                     + p.button("Configurer l'authentification multifacteur", kind="button") + " "
                     + p.button("Gérer les clés API", kind="button") + " "
                     + p.button("Ajouter une clé SSH", kind="button") + " "
                     + p.button("Télécharger les factures", kind="button"))
    learn = p.section("Se former",
                      "<p>Une formation gratuite de deux heures pour déployer votre premier cluster Kapsule.</p>"
                      + p.button("S'inscrire à la formation Kubernetes", kind="button") + " "
                      + p.button("Enregistrer", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Rechercher une ressource", account="Organisation Boulangerie Numérique",
                       menu=[("Mon compte", "/account/user/profile"), ("Changer d'organisation", "/organizations")]),
                    [("Profil", "/account/user/profile", False), ("Identifiants", "/iam/api-keys", False),
                     ("Facturation", "/billing/overview", False), ("Données et IA", "/account/settings/data-ai", True),
                     ("Sécurité", "/account/security", False)],
                    apis + tr + bill + learn,
                    ([("Documentation", "https://www.scaleway.com/fr/docs/"), ("Statut", "https://status.scaleway.com"),
                      ("Mentions légales", "https://www.scaleway.com/fr/mentions-legales/")], "© 2025 Scaleway SAS"),
                    h1="Données et IA", brand="Scaleway")
    return p, html


# ---------------------------------------------------------------- Forgeron (invented forge, tu)
def forgeron():
    p = Page("fr", "forgeron-confidentialite", "Forgeron", "https://forgeron.test/parametres/confidentialite",
             "Confidentialité · Forgeron", hide_class="fg-cache",
             notes="Forge inventée, tutoiement. Boutons segmentés « Dépôts exclus de l'entraînement » sur « Tous » "
                   "(pas de partage) ; ligne d'état « Retirer mon opposition … » (opposition enregistrée = pas de "
                   "partage) ; case simple dans un <details> fermé, décochée. Leurres : visibilité du profil, "
                   "résumé de tickets, clés GPG. Caché : attribut hidden.")
    vis = p.section("Visibilité",
                    p.radios("Visibilité du profil", [("Publique", None), ("Membres connectés", None), ("Privée", None)], 0)
                    + p.checkbox("Afficher mon adresse e-mail sur mon profil", False)
                    + p.checkbox("Montrer mon activité récente", True)
                    + p.checkbox("Cacher mes contributions aux dépôts privés", True))
    ia = p.section("Forgeron et l'IA",
                   p.switch("Résumer les longs fils de tickets", True, mode="text")
                   + p.seg("Dépôts exclus de l'entraînement", [("Aucun", True), ("Dépôts privés", True), ("Tous", False)], 2, ai="i",
                           help="Les dépôts exclus ne servent jamais à entraîner l'assistant Forgeron.")
                   + p.staterow("Opposition à l'entraînement des modèles", "Enregistrée le 4 février 2025", "Retirer",
                                ai="i", sharing=False, suffix="mon opposition à l'entraînement des modèles")
                   + p.details("Robots et moissonneurs", lambda:
                               "<p>Certains robots collectent le code public pour constituer des jeux de données.</p>"
                               + p.checkbox("Autoriser les robots d'entraînement d'IA à explorer mes dépôts publics", False, ai="p"))
                   + p.hidden("attr", lambda: p.checkbox("Entraîner l'assistant Forgeron sur mes tickets", True, ai="p")),
                   intro="L'assistant t'aide à relire du code et à trier les tickets. Tu choisis ce qu'il peut apprendre de toi.")
    keys = p.section("Clés et sessions",
                     p.checkbox("M'avertir par e-mail lors d'une connexion depuis un nouvel appareil", True)
                     + p.select("Fuseau horaire", [("Europe/Paris", None), ("Europe/Bruxelles", None), ("Indian/Reunion", None)], 0)
                     + p.button("Activer la double authentification", kind="button") + " "
                     + p.button("Ajouter une clé GPG", kind="button") + " "
                     + p.button("Ajouter une clé SSH", kind="button") + " "
                     + p.button("Fermer les autres sessions", kind="button") + " "
                     + p.button("Exporter mes données", kind="button") + " "
                     + p.button("Enregistrer", cls="btn btn-primary"))
    html = p.render(ch(account="Menu de @noemie", search_ph="Chercher un dépôt, un ticket…"),
                    [("Profil", "/parametres/profil", False), ("Compte", "/parametres/compte", False),
                     ("Confidentialité", "/parametres/confidentialite", True), ("Clés SSH / GPG", "/parametres/cles", False),
                     ("Applications", "/parametres/applications", False)],
                    vis + ia + keys,
                    ([("Aide", "https://forgeron.test/aide"), ("Charte", "https://forgeron.test/charte"),
                      ("Code source", "https://forgeron.test/forgeron/forgeron")], "Forgeron — forge libre et associative"),
                    h1="Confidentialité", brand="Forgeron")
    return p, html


# ---------------------------------------------------------------- Pipelinea (invented CI)
def pipelinea():
    p = Page("fr", "pipelinea-organisation-ia", "Pipelinea", "https://app.pipelinea.test/organisation/atelier-nord/ia",
             "IA et données – atelier-nord – Pipelinea", hide_class="pl-off",
             notes="CI inventée, données d'organisation. Interrupteur « Programme Qualité+ » (aria-label) dont le sens "
                   "est dans l'aide placée juste après, activé ; liste « Journaux de build » qui ne prend sens que par "
                   "le titre de section, sur « Ne pas partager » ; case à l'infinitif négatif « Ne pas utiliser les "
                   "artefacts… » cochée. Leurres : diagnostic automatique, relance, formation CI/CD. Caché : "
                   "visibility:hidden.")
    diag = p.section("Diagnostic des échecs",
                     p.switch("Diagnostic automatique des échecs", True, mode="aria",
                              desc_line="S'appuie sur des modèles déjà entraînés ; vos journaux ne sont pas réutilisés.")
                     + p.checkbox("Relancer automatiquement les tests instables (une fois)", True)
                     + p.checkbox("Publier le diagnostic en commentaire de merge request", False)
                     + p.checkbox("Annuler les pipelines redondants sur une même branche", True)
                     + p.select("Conserver les artefacts", [("7 jours", None), ("30 jours", None), ("90 jours", None)], 1)
                     + p.input("Motif des branches protégées", "main, release/*"))
    prog = p.section("Programme Qualité+",
                     p.switch("Programme Qualité+", True, mode="aria", ai="v", hm="after",
                              help="En rejoignant le programme, vous autorisez Pipelinea à utiliser vos journaux de build "
                                   "anonymisés pour entraîner ses modèles de diagnostic."))
    tr = p.section("Entraînement des modèles de diagnostic",
                   p.select("Journaux de build", [("Ne pas partager", False), ("Partager après anonymisation", True)], 0, ai="h")
                   + p.checkbox("Ne pas utiliser les artefacts pour l'entraînement", True, ai="i")
                   + p.hidden("visibility", lambda: p.checkbox("Partager les métriques des runners avec nos partenaires IA", True, ai="p")),
                   intro="Indépendamment du programme, vous pouvez choisir ce qui alimente l'entraînement de nos modèles.")
    no = p.section("Notifications",
                   p.table("Où vous prévenir", "Événement", ["E-mail", "Mattermost"], [
                       ("Pipeline échoué sur la branche principale", [(True,), (True,)]),
                       ("Déploiement en production terminé", [(False,), (True,)]),
                   ]))
    misc = p.section("Ressources",
                     p.button("Inviter un membre", kind="button") + " "
                     + p.button("Suivre la formation CI/CD avancée", kind="button") + " "
                     + p.button("Exporter la configuration", kind="button") + " "
                     + p.button("Enregistrer", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Rechercher un pipeline", account="Compte de Hugo Lemaire",
                       menu=[("Mon profil", "/profil"), ("Organisations", "/organisations")]),
                    [("Général", "/organisation/atelier-nord", False), ("Membres", "/organisation/atelier-nord/membres", False),
                     ("Runners", "/organisation/atelier-nord/runners", False), ("Variables", "/organisation/atelier-nord/variables", False),
                     ("IA et données", "/organisation/atelier-nord/ia", True), ("Facturation", "/organisation/atelier-nord/facturation", False)],
                    diag + prog + tr + no + misc,
                    ([("Documentation", "https://docs.pipelinea.test"), ("Confidentialité", "https://pipelinea.test/confidentialite"),
                      ("CGU", "https://pipelinea.test/cgu")], "© 2025 Pipelinea SAS, Lille"),
                    h1="IA et données", brand="Pipelinea")
    return p, html


# ---------------------------------------------------------------- Tiquet (invented issue tracker)
def tiquet():
    p = Page("fr", "tiquet-preferences-donnees", "Tiquet", "https://tiquet.test/compte/preferences/donnees",
             "Mes données – Tiquet", hide_class="tq-hidden",
             notes="Gestionnaire de tickets inventé, vouvoiement. Case simple « Utiliser mes tickets… pour entraîner » "
                   "cochée ; case native role=switch « Ne jamais transmettre… » activée (pas de partage) ; ligne d'état "
                   "« Programme d'amélioration continue » dont le bouton est nommé par aria-labelledby et dont seule la "
                   "description parle d'affiner les modèles (activé). Leurres : suggestions de doublons, récapitulatif, "
                   "export. Caché : onglet inactif « Équipe ».")
    tabs = p.tabs("Portée", [
        ("Mes données", lambda:
         p.checkbox("Utiliser mes tickets et commentaires pour entraîner l'IA de Tiquet", True, ai="p")
         + p.checkbox("Ne jamais transmettre mes pièces jointes à des modèles d'IA tiers pour leur entraînement", True,
                      ai="i", switch=True)
         + p.staterow("Programme d'amélioration continue", "Activé", "Désactiver", ai="v", sharing=True, mode="lby",
                      desc="Des échantillons de vos tickets sont relus par notre équipe et servent à affiner nos modèles de tri.")),
        ("Équipe", lambda: p.checkbox("Autoriser l'entraînement sur les tickets de l'équipe", True, ai="p")),
    ])
    tr = p.section("Vos données et notre IA", tabs,
                   intro="Tiquet entraîne ses propres modèles pour trier et prioriser les demandes.")
    ai = p.section("Assistance",
                   p.checkbox("Suggérer des tickets en double", True,
                              help="Comparaison faite au moment de la saisie, sans apprentissage sur vos données.")
                   + p.checkbox("Proposer une réponse type", False)
                   + p.checkbox("Me prévenir quand quelqu'un me mentionne", True)
                   + p.checkbox("Thème sombre", False)
                   + p.select("Récapitulatif par e-mail", [("Quotidien", None), ("Hebdomadaire", None), ("Jamais", None)], 0))
    acct = p.section("Compte",
                     p.input("Nom affiché", "Sophie Garnier")
                     + p.select("Fuseau horaire", [("Europe/Paris", None), ("Europe/Bruxelles", None), ("America/Montreal", None)], 0)
                     + p.button("Exporter mes données (JSON)", kind="button") + " "
                     + p.button("Applications connectées", kind="button") + " "
                     + p.button("Supprimer mon compte", cls="btn btn-danger", kind="button") + " "
                     + p.button("Enregistrer", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Rechercher un ticket (#, mot-clé)", account="Sophie Garnier",
                       menu=[("Mon compte", "/compte"), ("Aide", "/aide")]),
                    [("Profil", "/compte/profil", False), ("Notifications", "/compte/preferences/notifications", False),
                     ("Mes données", "/compte/preferences/donnees", True), ("Sécurité", "/compte/securite", False)],
                    tr + ai + acct,
                    ([("Aide", "https://tiquet.test/aide"), ("Confidentialité", "https://tiquet.test/confidentialite"),
                      ("Mentions légales", "https://tiquet.test/mentions")], "Tiquet — fait à Nantes"),
                    h1="Mes données", brand="Tiquet")
    return p, html


PAGES = [gitlab, scaleway, forgeron, pipelinea, tiquet]

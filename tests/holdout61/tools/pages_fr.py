from lib import Page


def famileo():
    p = Page("fr", "famileo-confidentialite", "Famileo", "https://www.famileo.com/fr/mon-compte/confidentialite",
             "Confidentialité", known=True, user="Claire Dumoulin", color="#e4572e",
             intro="Gazette de la famille Dumoulin · destinataire : Mamie Jeanne",
             nav=["Mur familial", "Ma gazette", "Membres", "Abonnement", "Confidentialité", "Aide"], nav_active=4,
             notes="Service connu (reconstitution), vouvoiement. Groupe role=radiogroup et case à cocher nommés "
                   "seulement par le type de contenu (sens donné par le titre et l'introduction) ; ligne d'état "
                   "« M'opposer » avec suffixe masqué (pas d'opposition = utilisation). Leurres : mise en page "
                   "automatique, visibilité entre membres, offres partenaires. Masqué : aria-hidden.")
    s1 = (p.text("Nom de la gazette", "La Gazette des Dumoulin")
          + p.select("Fréquence d'impression", ["Hebdomadaire", "Tous les 15 jours", "Mensuelle"], 2)
          + p.cb("M'envoyer un aperçu avant impression", checked=True)
          + p.sw("Mise en page automatique des photos", True,
                 help="La mise en page est calculée au moment de l'édition ; vos photos ne servent à entraîner "
                      "aucun modèle."))
    p.add(p.section("Votre gazette", s1))
    s2 = (p.radios("Publications de la famille", ["Autoriser", "Refuser"], 0, mode="radiogroup", ai=(True, "h"))
          + p.cb("Photos des petits-enfants", checked=False, ai=(False, "h")))
    with p.hidden():
        pt = p.cb("Partager les textes avec notre partenaire IA pour l'entraînement", checked=False, ai=(False, "p"))
    s2 += p.conceal("aria", pt)
    p.add(p.section("Amélioration de nos outils d'IA", s2,
                    intro="Famileo propose des légendes et corrige les textes automatiquement. Pour rendre ces "
                          "outils plus justes, nous pouvons les entraîner avec les publications de votre famille, "
                          "une fois anonymisées."))
    s3 = p.state_row("Opposition", "Aucune opposition", "M'opposer", suffix="à l'entraînement sur mes commentaires",
                     desc="Vous pouvez vous opposer à l'utilisation de vos commentaires pour l'entraînement de nos "
                          "modèles, à tout moment.", ai=(True, "i"))
    p.add(p.section("Vos droits", s3))
    s4 = (p.button("Inviter un membre de la famille")
          + p.cb("Les membres peuvent voir les publications des autres", checked=True)
          + p.cb("Notification à chaque nouvelle publication", checked=True)
          + p.cb("Recevoir les offres de nos partenaires", checked=False))
    p.add(p.section("Membres et notifications", s4))
    s5 = (p.button("Gérer l'abonnement") + " " + p.button("Modifier l'adresse de livraison") + " "
          + p.button("Télécharger mes publications") + " " + p.button("Supprimer le compte", cls="btn btn-danger"))
    p.add(p.section("Compte", s5))
    p.add(p.button("Enregistrer", cls="btn btn-primary"))
    return p


def petitpas():
    p = Page("fr", "petitpas-donnees-ia", "Petit Pas", "https://app.petitpas.test/reglages/donnees-et-ia",
             "Données et IA", user="Inès Lefebvre", color="#8e6bbf",
             intro="Louise · 7 mois",
             nav=["Journal", "Sommeil", "Repas", "Croissance", "Données et IA", "Famille", "Abonnement"], nav_active=4,
             notes="Application de suivi bébé inventée, tutoiement. Interrupteur en texte clair (désactivé) ; case "
                   "« Ne jamais utiliser… » cochée ; liste déroulante « Partage avec la recherche » dont seule l'aide "
                   "liée parle d'entraînement. Leurres : prédiction des siestes, entraînement à la propreté, coach "
                   "sommeil. Masqué : visibility:hidden.")
    s1 = (p.text("Prénom de l'enfant", "Louise")
          + p.cb("Prédiction des prochaines siestes", checked=True,
                 help="Calculée sur ton téléphone à partir des derniers jours.")
          + p.seg("Unités", ["ml", "oz"], 0)
          + p.radios("Format de l'heure", ["24 h", "12 h"], 0)
          + p.cb("Rappel de biberon", checked=False))
    p.add(p.section("Le suivi de Louise", s1))
    s2 = (p.sw("Utiliser les journaux de sommeil de Louise pour entraîner nos modèles", False, mode="text",
               ai=(False, "p"))
          + p.cb("Ne jamais utiliser les photos de Louise pour entraîner l'IA", checked=True, ai=(False, "i"))
          + p.select("Partage avec la recherche", ["Désactivé", "Données anonymisées", "Données anonymisées et photos"],
                     1, ai=(True, "v"),
                     help="Nos équipes de recherche partenaires (CHU, Inserm) s'en servent pour entraîner des modèles "
                          "de détection précoce des troubles du sommeil."))
    with p.hidden():
        fab = p.sw("Autoriser les fabricants partenaires à entraîner leurs modèles avec mes données", False,
                   ai=(False, "p"))
    s2 += p.conceal("visibility", fab)
    p.add(p.section("Tes données et nos modèles", s2,
                    intro="Tu gardes la main : rien n'est utilisé sans ton accord."))
    s3 = (p.cb("Activer le programme d'entraînement à la propreté", checked=False)
          + p.sw("Conseils du coach sommeil", True, mode="aria-label", shown="Coach sommeil (IA)",
                 help="Le coach te répond sans conserver tes questions.")
          + p.cb("Offres personnalisées de nos partenaires", checked=False))
    p.add(p.section("Programmes et conseils", s3))
    s4 = (p.button("Inviter la nounou") + p.cb("Le co-parent reçoit aussi les notifications", checked=True)
          + p.button("Exporter en PDF pour le pédiatre") + " " + p.button("Changer de mot de passe"))
    p.add(p.section("Famille et compte", s4))
    p.add(p.button("Enregistrer", cls="btn btn-primary"))
    return p


def poucedoudou():
    p = Page("fr", "poucedoudou-consentements", "Pouce & Doudou", "https://parents.poucedoudou.test/enfants/gabriel/consentements",
             "Consentements", user="Mathieu Roussel", color="#f39c12",
             intro="Micro-crèche Les Lucioles · Gabriel Roussel",
             nav=["Transmissions", "Photos", "Menus", "Factures", "Consentements", "Messagerie"], nav_active=4,
             notes="Application de crèche inventée, vouvoiement. Tableau dont la légende seule dit « entraînement » "
                   "(colonne « Autorisé ») ; fieldset « Opposition à l'entraînement… » avec « Je m'oppose » "
                   "sélectionné. Leurres : résumé IA de la journée, traduction, album du groupe. Masqué : <dialog> "
                   "fermé avec l'ancien consentement.")
    s1 = p.table("Entraînement de l'assistant de transmissions : données autorisées", "Données", ["Autorisé"],
                 [("Photos", [(False, (False, "h"))]),
                  ("Transmissions écrites", [(True, (True, "h"))])])
    s1 += p.radios("Opposition à l'entraînement par nos sous-traitants", ["Je m'oppose", "Je ne m'oppose pas"], 0,
                   ai=(False, "i"))
    with p.hidden():
        old = p.cb("Consentement à l'utilisation des photos pour la reconnaissance faciale", checked=True,
                   ai=(True, "p"))
    s1 += p.dialog("Voir le consentement de 2023", "Consentement du 4 septembre 2023", old, close="Fermer")
    p.add(p.section("Intelligence artificielle", s1,
                    intro="L'équipe utilise un assistant pour rédiger les transmissions. Vous décidez de ce qui peut "
                          "servir à l'améliorer."))
    s2 = (p.sw("Résumé automatique de la journée", True, mode="aria-label", shown="Résumé de la journée",
               help="Généré à partir des transmissions de l'équipe ; il ne sert qu'à vous.")
          + p.sw("Traduction automatique des messages", False, mode="text")
          + p.cb("Publier les photos de Gabriel dans l'album du groupe", checked=True)
          + p.cb("SMS quand Gabriel est récupéré", checked=True)
          + p.cb("Notifications pour les menus", checked=False)
          + p.cb("Recevoir la newsletter de la crèche", checked=True))
    p.add(p.section("Au quotidien", s2))
    s3 = (p.button("Ajouter une personne autorisée à récupérer Gabriel")
          + p.select("Mode de paiement", ["Prélèvement", "Carte bancaire", "CESU"], 0)
          + p.button("Télécharger les factures") + " " + p.button("Contacter la directrice"))
    p.add(p.section("Administratif", s3))
    p.add(p.button("Enregistrer", cls="btn btn-primary"))
    return p


def veilleur():
    p = Page("fr", "veilleur-nina-parametres", "Veilleur Famille", "https://espace.veilleur-famille.test/enfants/nina/parametres",
             "Paramètres de Nina", user="Sophie Garnier", color="#2c3e91",
             intro="Nina · tablette Galaxy Tab A9 · 10 ans",
             nav=["Tableau de bord", "Nina", "Hugo", "Appareils", "Rapports", "Abonnement"], nav_active=1,
             notes="Contrôle parental inventé, vouvoiement. Onglets : « Données et IA » actif. Ligne d'état nommée "
                   "par aria-labelledby (« Désactiver » + titre) dont seule la description parle d'entraînement ; "
                   "case à cocher native role=switch en clair ; interrupteur aria-label « Exclure… » activé ; case "
                   "« Empêcher… » décochée. Leurres : alerte contenu sensible sur l'appareil, rapport. Masqué : "
                   "onglet « Avancé » inactif.")
    t1 = (p.state_row("Programme Filtre collaboratif", "Activé", "Désactiver", mode="labelledby",
                      desc="Les adresses bloquées sur la tablette de Nina sont envoyées à Veilleur et servent à "
                           "entraîner notre modèle de classement des sites.", ai=(True, "v", True))
          + p.cb("Autoriser l'entraînement de l'IA sur les conversations de Nina avec l'assistant", checked=False,
                 switch=True, ai=(False, "p"))
          + p.sw("Exclure les données de Nina de l'amélioration des modèles", True, mode="aria-label",
                 shown="Exclure les données de Nina", ai=(False, "i"))
          + p.cb("Empêcher les éditeurs d'applications d'utiliser l'activité de Nina pour entraîner leur IA",
                 checked=False, ai=(True, "i"))
          + p.cb("Rapport hebdomadaire par e-mail", checked=True)
          + p.sw("Alerte en cas de contenu sensible", True, mode="text",
                 help="L'analyse des images est faite sur la tablette, rien n'est envoyé."))
    with p.hidden():
        t2 = '<p class="muted">Historique des 30 derniers jours.</p>' + p.button("Effacer l'historique")
        t3 = p.cb("Partager l'historique de navigation de Nina pour l'entraînement du filtre", checked=True,
                  ai=(True, "p"))
    p.add(p.section("Réglages de Nina", p.tabs("Réglages de Nina",
                                               [("Données et IA", t1), ("Historique", t2), ("Avancé", t3)])))
    s2 = (p.select("Limite quotidienne", ["1 h", "2 h", "3 h", "Illimité"], 1)
          + p.cb("Couvre-feu à 21 h", checked=True)
          + p.seg("Mode week-end", ["Standard", "Souple"], 0))
    p.add(p.section("Temps d'écran", s2))
    s3 = (p.radios("Classement par âge", ["3 ans et +", "7 ans et +", "12 ans et +"], 1)
          + p.cb("Demander mon autorisation pour les achats", checked=True))
    p.add(p.section("Contenus", s3))
    s4 = (p.button("Ajouter un appareil") + " " + p.button("Verrouiller maintenant") + " "
          + p.button("Modifier le code parental") + " " + p.button("Gérer l'abonnement Famille"))
    p.add(p.section("Appareils et compte", s4))
    return p


def tribu():
    p = Page("fr", "tribu-vie-privee", "Tribu Agenda", "https://tribu-agenda.test/parametres/vie-privee",
             "Vie privée", user="Julien Marchand", color="#16a085",
             intro="Tribu Marchand · 5 membres",
             nav=["Agenda", "Tâches", "Courses", "Repas", "Membres", "Vie privée", "Premium"], nav_active=5,
             notes="Agenda familial inventé, tutoiement. Groupe aria-pressed « Agenda partagé » (sens donné par le "
                   "titre et l'intro) ; case en clair décochée ; ligne d'état « Retirer mon consentement… » "
                   "(consentement donné = utilisation) dans un <details> fermé. Leurres : créneaux proposés, "
                   "résumé de la semaine, sorties suggérées. Masqué : attribut hidden.")
    s1 = (p.text("Nom de la tribu", "Les Marchand")
          + p.sw("Proposer des créneaux pour les activités des enfants", True)
          + p.cb("Résumé de la semaine par l'assistant", checked=True, help="Le résumé n'est visible que par toi."))
    p.add(p.section("Assistant Tribu", s1))
    s2 = (p.seg("Agenda partagé", ["Oui", "Non"], 0, ai=(True, "h"))
          + p.cb("Permettre à Tribu d'entraîner ses modèles sur mes listes de courses", checked=False,
                 ai=(False, "p")))
    with p.collapsed():
        det = p.state_row("Consentement à l'entraînement de l'IA", "Donné le 4 février 2025", "Retirer",
                          suffix="mon consentement à l'entraînement de l'IA", ai=(True, "i"))
    s2 += p.details("Options avancées", det)
    with p.hidden():
        hid = p.cb("Envoyer mes agendas aux partenaires pour entraîner leurs modèles", checked=False, ai=(False, "p"))
    s2 += p.conceal("hidden", hid)
    p.add(p.section("Contribuer à l'amélioration de Tribu", s2,
                    intro="Nous entraînons notre assistant avec des agendas anonymisés. Choisis ce que ta famille "
                          "partage."))
    s3 = (p.button("Inviter un membre")
          + p.select("Qui voit l'agenda des enfants", ["Toute la tribu", "Les parents seulement"], 0)
          + p.cb("Notifications la veille", checked=True)
          + p.cb("Masquer les anniversaires passés", checked=False)
          + p.cb("Suggestions de sorties près de chez toi", checked=False))
    p.add(p.section("Partage et notifications", s3))
    s4 = (p.button("Connecter Google Agenda") + " " + p.button("Exporter (.ics)") + " "
          + p.button("Passer à Tribu Premium") + " " + p.button("Supprimer mon compte", cls="btn btn-danger"))
    p.add(p.section("Compte", s4))
    p.add(p.button("Enregistrer", cls="btn btn-primary"))
    return p


def pages():
    return [famileo(), petitpas(), poucedoudou(), veilleur(), tribu()]

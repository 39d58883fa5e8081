from lib import Page, A

LANGS = [("fr", "Français"), ("en", "English"), ("de", "Deutsch"), ("es", "Español"), ("it", "Italiano")]


def visorando():
    p = Page("fr", "visorando-confidentialite", "Visorando",
             "https://www.visorando.com/mon-compte/confidentialite.html", "Confidentialité - Mon compte - Visorando",
             known=True,
             notes="Randonnée (vous). Case claire pour l'entraînement des modèles d'IA sur les traces GPS (cochée) ; "
                   "ligne d'état 'Retirer mon opposition…' (opposition enregistrée → pas de partage). Leurres : "
                   "résumé automatique des avis, suggestions, offres partenaires, mesure d'audience sans "
                   "entraînement. Caché : ancienne option en display:none inline.")
    p.skip_text = "Aller au contenu"
    p.chrome("Visorando", "Rechercher", "Rechercher une randonnée, une commune…", "Langue", LANGS, "Mon compte",
             ["Mes randonnées", "Mes traces", "Mes avis", "Premium"], "Se déconnecter", "Mon compte",
             ["Mes informations", "Confidentialité", "Notifications", "Abonnement"], "Confidentialité",
             ["Qui sommes-nous ?", "Aide", "CGU", "Données personnelles", "Contact"], "© Visorando")
    p.html = p.render(
        "Confidentialité", "Choisissez ce que les autres randonneurs voient de vous et l'usage que nous faisons de vos données.",
        p.section("Mon profil public", None,
                  p.checkbox("Afficher mes randonnées réalisées sur mon profil", True),
                  p.checkbox("Afficher mon nom sur mes avis", True),
                  p.select("Qui peut voir mes traces enregistrées ?", ["Tout le monde", "Mes abonnés", "Moi uniquement"],
                           "Mes abonnés")),
        p.section("Randonnées et traces", None,
                  p.checkbox("Autoriser Visorando à utiliser mes traces GPS pour entraîner ses modèles d'IA", True,
                             help="Cela nous aide notamment à estimer plus justement les durées et les dénivelés.",
                             ai=A("p", on=True)),
                  p.hide("inline", lambda: p.checkbox(
                      "Utiliser mes photos pour l'entraînement de l'IA (ancienne application)", True,
                      ai=A("p", on=True))),
                  p.checkbox("Masquer le départ et l'arrivée de mes traces", True),
                  p.button("Exporter toutes mes traces (GPX)")),
        p.section("Partenaires", "Visorando travaille avec des offices de tourisme et des partenaires techniques.",
                  p.state_row("Utilisation par nos partenaires", "Vous vous y êtes opposé le 4 février 2025",
                              "Retirer mon opposition", suffix="à l'entraînement de l'IA par des partenaires",
                              ai=A("i", sharing=False)),
                  p.checkbox("Recevoir les offres de nos partenaires (offices de tourisme, équipementiers)", False)),
        p.section("Fonctions intelligentes", None,
                  p.switch("Résumé automatique des avis", True,
                           help="Un court résumé rédigé à partir des avis publiés sur chaque fiche. Il n'utilise "
                                "pas vos traces."),
                  p.switch("Suggestions de randonnées autour de moi", True)),
        p.section("Notifications", None,
                  p.checkbox("Nouveaux commentaires sur mes randonnées", True, wrap=True),
                  p.checkbox("Lettre d'information mensuelle", False, wrap=True),
                  p.checkbox("Alertes météo pour mes randonnées prévues", True, wrap=True)),
        p.section("Mesure d'audience", None,
                  p.checkbox("Mesure d'audience", True,
                             help="Statistiques de fréquentation anonymes ; elles ne servent pas à entraîner de "
                                  "modèles.")),
        p.section("Mon compte", None,
                  p.buttons("Modifier mon mot de passe", "Gérer mon abonnement Premium", "Supprimer mon compte")),
    )
    return p


def compagnon():
    p = Page("fr", "compagnonplus-donnees", "Compagnon+",
             "https://www.compagnonplus.test/mon-espace/parametres/donnees", "Mes données – Compagnon+",
             notes="Abonnement croquettes et suivi santé (vous). Tableau : légende sur l'entraînement des modèles de "
                   "nutrition, colonne 'Autorisé' (pesées oui, questionnaires non) – heading-only ; interrupteur vague "
                   "'Cohorte Compagnons' avec aide aria-describedby (désactivé). Leurres : recommandations de "
                   "croquettes par IA, programme d'éducation du chiot, partage avec le vétérinaire. Caché : bloc "
                   "laboratoires masqué par une classe CSS.")
    p.hide_class = "bloc-masque"
    p.skip_text = "Aller au contenu"
    p.chrome("Compagnon+", "Rechercher", "Rechercher un produit, un conseil", "Langue", LANGS, "Claire D.",
             ["Mes commandes", "Mes animaux", "Mon abonnement"], "Déconnexion", "Mon espace",
             ["Mes informations", "Mes animaux", "Abonnement", "Mes données", "Paiement"], "Mes données",
             ["Aide", "CGV", "Politique de confidentialité", "Cookies", "Nous contacter"], "© Compagnon+ SAS")
    p.html = p.render(
        "Mes données", None,
        p.section("Mes animaux", None,
                  p.select("Animal affiché par défaut", ["Filou (chat)", "Praline (chienne)"], "Filou (chat)"),
                  p.button("Ajouter un animal")),
        p.section("Livraisons", None,
                  p.select("Fréquence de livraison", ["Toutes les 2 semaines", "Toutes les 4 semaines",
                                                      "Toutes les 6 semaines"], "Toutes les 4 semaines"),
                  p.checkbox("Me prévenir 3 jours avant l'expédition", True),
                  p.checkbox("Recevoir des échantillons avec ma commande", True)),
        p.section("Comment vous prévenir", None,
                  p.table("Canaux de contact", "Événement", ["E-mail", "SMS"],
                          [("Expédition de la commande", [True, True]), ("Rappels santé", [True, False]),
                           ("Offres et nouveautés", [False, False])])),
        p.section("Santé et rappels", None,
                  p.checkbox("Rappels vermifuge et antiparasitaire", True),
                  p.checkbox("Partager le carnet de santé avec mon vétérinaire", True,
                             help="Votre vétérinaire voit les pesées et les vaccins de vos animaux.")),
        p.section("Recommandations", None,
                  p.switch("Recommandations de croquettes par IA", True,
                           help="Nous vous proposons une ration adaptée à l'âge, au poids et à l'activité de votre "
                                "animal."),
                  p.checkbox("Conseils personnalisés par e-mail", False)),
        p.section("Nos modèles de nutrition",
                  "Nous affinons nos rations grâce à l'apprentissage automatique. Vous choisissez ce que nous pouvons "
                  "utiliser.",
                  p.table("Données utilisées pour entraîner nos modèles", "Donnée", ["Autorisé"],
                          [("Historique de pesée", [True]), ("Questionnaires santé", [False])],
                          ai_cols={0: A("h", on=True)})),
        p.section("Recherche vétérinaire", None,
                  p.switch("Contribuer au programme Cohorte Compagnons", False,
                           help="Les dossiers de santé de vos animaux servent à entraîner les modèles d'IA de nos "
                                "partenaires des écoles vétérinaires.", ai=A("v", on=True)),
                  p.hide("css", lambda: p.checkbox(
                      "Partager avec les laboratoires pour l'entraînement de leurs algorithmes", True,
                      ai=A("p", on=True)))),
        p.section("Éducation", None,
                  p.card("Programme d'éducation du chiot", p.button("S'inscrire au programme d'éducation"),
                         text="Six semaines de séances courtes : rappel, marche en laisse, propreté.")),
        p.section("Paiement et confidentialité", None,
                  p.buttons("Modifier ma carte bancaire", "Télécharger mes factures"),
                  p.checkbox("Publicités personnalisées sur d'autres sites", False),
                  p.button("Télécharger mes données")),
    )
    return p


def potager():
    p = Page("fr", "potager-malin-donnees", "Potager Malin", "https://app.potagermalin.test/compte/donnees",
             "Mes données · Potager Malin",
             notes="Appli de potager (tu). Case inversée 'Ne pas utiliser mes photos…' (décochée → partage) ; groupe "
                   "segmenté clair 'Entraînement de l'IA sur mes récoltes' (Non) ; groupe radio inversé 'Exclure mon "
                   "potager public… robots d'IA' dans un details fermé (Non → partage). Leurres : identification hors "
                   "ligne, jardinier IA, atelier compost. Caché : aperçu mobile aria-hidden.")
    p.skip_text = "Aller au contenu"
    p.chrome("Potager Malin", "Rechercher", "Une plante, une astuce…", "Langue", LANGS, "Josette",
             ["Mon potager", "Mon journal", "Mes semis"], "Se déconnecter", "Réglages",
             ["Mon compte", "Mon potager", "Alertes", "Mes données"], "Mes données",
             ["Aide", "Confidentialité", "Mentions légales"], "Potager Malin — fait avec amour à Angers")
    p.html = p.render(
        "Mes données", "Tu gardes la main sur ce que tu partages.",
        p.section("Mon potager", None,
                  p.text("Nom du potager", "Le carré de Josette"),
                  p.select("Climat", ["Océanique", "Continental", "Méditerranéen", "Montagnard"], "Océanique")),
        p.section("Identification des plantes", None,
                  p.checkbox("Identifier les plantes directement sur le téléphone", True,
                             help="L'analyse se fait hors ligne : la photo ne quitte pas ton téléphone."),
                  p.checkbox("Ne pas utiliser mes photos de plantes pour entraîner l'IA", False,
                             ai=A("i", on=False))),
        p.section("Récoltes", None,
                  p.segmented("Entraînement de l'IA sur mes récoltes", ["Oui", "Non"], "Non",
                              help="Poids, dates et variétés que tu notes dans ton journal.", ai=A("p", share=["Oui"])),
                  p.checkbox("Afficher mes récoltes dans le classement du quartier", False)),
        p.hide("aria", lambda: p.card(
            "Aperçu de l'application mobile",
            p.switch("Partager mes relevés pour entraîner l'IA", True, ai=A("p", on=True)))),
        p.section("Jardinier IA", None,
                  p.switch("Conseils du jardinier IA", True,
                           help="Pose tes questions sur tes cultures ; l'assistant répond à partir de nos fiches.")),
        p.section("Alertes", None,
                  p.checkbox("Alertes gel", True, wrap=True),
                  p.checkbox("Rappels d'arrosage", True, wrap=True),
                  p.checkbox("Calendrier lunaire dans mon planning", False, wrap=True)),
        p.section("Communauté", None,
                  p.checkbox("Rendre mon potager visible par les autres jardiniers", True),
                  p.details("Options avancées", lambda: [
                      p.radios("Exclure mon potager public de la collecte par les robots d'IA", ["Oui", "Non"], "Non",
                               ai=A("i", share=["Non"])),
                      p.checkbox("Masquer ma commune sur ma page publique", False)]),
                  p.checkbox("Offres de nos partenaires grainetiers", False)),
        p.section("Ateliers", None, p.button("M'inscrire à l'atelier compost du 12 avril")),
        p.section("Tes données", None, p.buttons("Exporter mon journal", "Supprimer mon compte")),
    )
    return p


def ferme_connect():
    p = Page("fr", "ferme-connect-ia", "Ferme Connect",
             "https://espace.fermeconnect.test/exploitation/parametres/ia", "Données et IA – Ferme Connect",
             notes="Outil de coopérative agricole (vous). Interrupteur clair pour le modèle de prévision des rendements "
                   "(activé) ; role=radiogroup 'Capteurs de la salle de traite' sous un titre sur les modèles de la "
                   "coopérative (Ne pas partager) – heading-only ; interrupteur natif inversé 'Refus de "
                   "l'entraînement IA par les fabricants' (coché). Leurres : assistant cahier d'épandage, accès "
                   "technicien, formation Certiphyto. Caché : onglet 'Salariés' inactif.")
    p.skip_text = "Aller au contenu"
    p.chrome("Ferme Connect", "Rechercher", "Parcelle, animal, intervention", "Langue", LANGS, "GAEC des Trois Chênes",
             ["Mon exploitation", "Adhésion", "Assistance"], "Se déconnecter", "Paramètres",
             ["Exploitation", "Parcelles", "Troupeau", "Données et IA", "Accès", "Matériel"], "Données et IA",
             ["Assistance", "Charte données", "Mentions légales"], "Ferme Connect — coopérative")
    p.html = p.render(
        "Données et IA", None,
        p.section("Exploitation", None,
                  p.text("Numéro PACAGE", "029123456"),
                  p.text("SIRET", "812 345 678 00019"),
                  p.select("Production principale", ["Lait", "Grandes cultures", "Polyculture-élevage"], "Lait")),
        p.section("Accès", None,
                  p.checkbox("Autoriser mon technicien de la coopérative à consulter mes données", True),
                  p.button("Inviter un associé")),
        p.section("Modèles prédictifs de la coopérative",
                  "La coopérative entraîne ses modèles (détection des mammites, prévision des rendements) à partir "
                  "des données des élevages adhérents.",
                  p.tabs("Données concernées", [
                      ("Exploitation", lambda: [
                          p.switch("Utiliser mes données de parcelles pour entraîner le modèle de prévision des "
                                   "rendements", True, ai=A("p", on=True)),
                          p.radios("Capteurs de la salle de traite",
                                   ["Partager", "Partager sans identifiant d'élevage", "Ne pas partager"],
                                   "Ne pas partager", mode="radiogroup",
                                   ai=A("h", share=["Partager", "Partager sans identifiant d'élevage"]))]),
                      ("Salariés", lambda: [
                          p.checkbox("Utiliser les relevés saisis par les salariés pour entraîner les modèles", True,
                                     ai=A("p", on=True))]),
                  ])),
        p.section("Matériel connecté",
                  "Vos robots de traite et vos tracteurs transmettent des données à leur constructeur.",
                  p.checkbox("Refus de l'entraînement IA par les fabricants de matériel", True, switch=True,
                             ai=A("i", on=False)),
                  p.button("Connecter un équipement")),
        p.section("Assistant", None,
                  p.switch("Assistant IA de rédaction du cahier d'épandage", True,
                           help="Pré-remplit le cahier à partir de vos interventions ; rien n'est conservé après la "
                                "génération.")),
        p.section("Troupeau", None,
                  p.checkbox("Alerte vêlage imminent", True),
                  p.checkbox("Alerte baisse de rumination", True),
                  p.select("Seuil d'alerte cellules", ["200 000", "300 000", "400 000"], "300 000")),
        p.section("Météo", None,
                  p.checkbox("Alertes orage et grêle", True, wrap=True),
                  p.checkbox("Bulletin agro-météo quotidien", False, wrap=True)),
        p.section("Formations", None, p.button("S'inscrire à la formation Certiphyto")),
        p.section("Export", None, p.buttons("Exporter pour la déclaration PAC", "Télécharger mes données")),
    )
    return p


def ciel_sentiers():
    p = Page("fr", "ciel-et-sentiers-vie-privee", "Ciel & Sentiers",
             "https://cieletsentiers.test/reglages/vie-privee", "Vie privée – Ciel & Sentiers",
             notes="Météo montagne et sorties (tu). Case vague 'Améliorer les prévisions locales' avec aide voisine "
                   "sur l'entraînement (cochée) ; select heading-only 'Tes randonnées enregistrées' (Seulement sans "
                   "la position → partage) ; ligne d'état 'Retirer' + titre (consentement donné → partage). Leurres : "
                   "itinéraires conseillés, traduction automatique, position en direct pour les proches. Caché : "
                   "dialogue fermé des partenaires.")
    p.skip_text = "Aller au contenu"
    p.chrome("Ciel & Sentiers", "Rechercher", "Un sommet, un refuge, une vallée", "Langue", LANGS, "marmotte_38",
             ["Mes sorties", "Mes observations", "Abonnement"], "Déconnexion", "Réglages",
             ["Profil", "Alertes", "Vie privée", "Abonnement"], "Vie privée",
             ["Aide", "Confidentialité", "CGU", "Contact"], "Ciel & Sentiers, Grenoble")
    p.html = p.render(
        "Vie privée", None,
        p.section("Profil", None,
                  p.text("Pseudo", "marmotte_38"),
                  p.checkbox("Profil public", True)),
        p.section("Alertes météo", None,
                  p.checkbox("Alertes orages en montagne", True, wrap=True),
                  p.select("Seuil de vent", ["50 km/h", "70 km/h", "90 km/h"], "70 km/h"),
                  p.checkbox("Bulletin avalanche le matin", True, wrap=True)),
        p.section("Tes observations", "Photos du ciel, neige, ressenti : chaque observation compte.",
                  p.checkbox("Améliorer les prévisions locales", True,
                             help="Tes observations servent à entraîner notre modèle de prévision.",
                             help_mode="nearby", ai=A("v", on=True)),
                  p.checkbox("Montrer mes observations sur la carte publique", True)),
        p.section("Ce que nos modèles peuvent apprendre de toi",
                  "Nos modèles apprennent des sorties de la communauté pour mieux prévoir la fréquentation et l'état "
                  "des sentiers.",
                  p.select("Tes randonnées enregistrées", ["Oui", "Seulement sans la position", "Non"],
                           "Seulement sans la position", ai=A("h", share=["Oui", "Seulement sans la position"])),
                  p.state_row("Entraînement de l'IA avec mes sorties", "Consentement donné le 3 mai 2025", "Retirer",
                              mode="labelledby", ai=A("i", sharing=True)),
                  p.dialog("Gérer les partenaires", "Partenaires", lambda: [
                      p.checkbox("Autoriser nos partenaires à entraîner leurs modèles avec mes sorties", False,
                                 ai=A("p", on=True))], close="Fermer", confirm="Enregistrer")),
        p.section("Fonctions intelligentes", None,
                  p.switch("Itinéraires conseillés selon la météo", True,
                           help="Te propose un itinéraire adapté aux conditions du jour."),
                  p.switch("Traduction automatique des commentaires", False)),
        p.section("Partage", None,
                  p.checkbox("Partager ma position en direct avec mes proches pendant une sortie", False),
                  p.button("Choisir mes proches"),
                  p.checkbox("Newsletter du week-end", True)),
        p.section("Compte", None, p.buttons("Exporter mes sorties", "Supprimer mon compte")),
    )
    return p


PAGES = [visorando, compagnon, potager, ferme_connect, ciel_sentiers]

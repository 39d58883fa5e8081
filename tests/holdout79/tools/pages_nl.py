from lib import *

def build():
    P = []
    # 1 ---------------------------------------------------------------- Whereby (known)
    p = Page("nl", "whereby-privacy", "https://whereby.com/user/settings/privacy", "Whereby",
             "Privacy-instellingen", known=True, hidden_method="class", account="Studio de Vries",
             nav=["Profiel", "Ruimtes", "Opnames", "Privacy", "Integraties", "Abonnement"], active=3,
             note="Nagebouwde Whereby-instellingen (je-vorm); tabel die alleen in de caption over training spreekt.")
    p.sec("Je ruimtes", None,
          textfield("Naam van je ruimte", "whereby.com/studio-de-vries"),
          sw("Gasten moeten kloppen", True),
          select("Maximaal aantal deelnemers", ["4", "12", "50", "100"], 1),
          cb("Ruimte vergrendelen na afloop", False, wrap=True))
    p.sec("Vergaderassistent",
          "Samenvattingen en transcripties maakt de assistent alleen voor jouw gesprek. We trainen er geen modellen mee.",
          sw("Transcriptie tijdens het gesprek", True),
          sw("Automatische samenvatting na afloop", False))
    p.sec("Jouw gesprekken en onze modellen", None,
          table("Welke gesprekken mogen we gebruiken om onze AI-modellen te trainen?", ["Toestaan"],
                [("Gesprekken in mijn vaste ruimtes", [(True, "h")]), ("Eenmalige gesprekken", [(False, "h")])]),
          bsw("Mijn opnames uitsluiten van modeltraining", True, naming="label",
              title="Opnames uitsluiten van modeltraining", ai="i"),
          hide("class", sw("Chatberichten gebruiken voor AI-training", True, ai="p"), cls="verouderd"))
    p.sec("Meldingen", None,
          cb("E-mail als iemand klopt terwijl ik offline ben", True),
          cb("Nieuws over AI-functies", False))
    p.sec("Integraties", None,
          staterow("Google Agenda", "Gekoppeld", "Ontkoppelen", naming="by"),
          staterow("Miro", "Niet gekoppeld", "Koppelen", naming="by"))
    p.sec("Account", None,
          button("Wachtwoord wijzigen"),
          button("Account verwijderen", cls="danger"))
    P.append(p)

    # 2 ---------------------------------------------------------------- invented notes bot (je)
    p = Page("nl", "notulist-gegevens", "https://app.notulist.test/instellingen/gegevens", "Notulist",
             "Gegevens", hidden_method="aria", account="Sanne Bakker",
             nav=["Notulen", "Bot", "Koppelingen", "Gegevens", "Meldingen", "Abonnement"], active=3,
             note="Verzonnen notulen-bot (je-vorm); statusregel Aan/Uitzetten, omgekeerde checkbox 'buiten de AI-training houden'.")
    p.sec("Notulist-bot", None,
          radiogroup("Wanneer doet de bot mee?", ["Bij alle vergaderingen met een videolink", "Alleen als ik hem uitnodig"], 1),
          textfield("Naam van de bot", "Notulist van Sanne"),
          sw("Aankondigen in de chat", True))
    p.sec("Notulen", None,
          select("Taal van de notulen", ["Nederlands", "Engels", "Automatisch herkennen"], 0),
          cb("Actiepunten apart vermelden", True, wrap=True),
          sw("Notulen mailen naar alle deelnemers", False))
    p.sec("Gegevensgebruik", None,
          staterow("Verbeterprogramma", "Aan", "Uitzetten", naming="by", ai=("v", True),
                   help="Zolang dit aan staat, luisteren onze annotatoren fragmenten van je opnames terug en gebruiken we ze om de spraakherkenning te trainen."),
          select("Mijn notulen gebruiken om AI-modellen te trainen", ["Ja", "Alleen geanonimiseerd", "Nee"], 2, ai=("p", False)),
          cb("Houd vergaderingen met externe deelnemers buiten de AI-training", True, ai="i"),
          hide("aria", bsw("Spraakopnames inzetten voor modeltraining", True, naming="by", ai="p")))
    p.sec("Koppelingen", None,
          staterow("Microsoft Outlook", "Gekoppeld", "Ontkoppelen", naming="by"),
          staterow("Notion", "Niet gekoppeld", "Koppelen", naming="by"))
    p.sec("Meldingen", None,
          cb("Mail me zodra de notulen klaar zijn", True),
          cb("Wekelijks overzicht", False))
    p.sec("Weergave", None, select("Thema", ["Licht", "Donker", "Systeem volgen"], 2))
    p.sec("Gevarenzone", None, button("Al mijn opnames verwijderen", cls="danger"))
    P.append(p)

    # 3 ---------------------------------------------------------------- invented webinar platform (u)
    p = Page("nl", "zaalvol-privacy", "https://beheer.zaalvol.test/instellingen/privacy", "Zaalvol",
             "Privacy en gegevens", hidden_method="visibility", account="Stichting Leerhuis",
             nav=["Webinars", "Aanmelden", "Webinarzaal", "Privacy en gegevens", "Betalingen", "Gebruikers"], active=3,
             note="Verzonnen webinarplatform (u-vorm); radioknoppen die alleen via de kop over training gaan, segmentknop Aan/Uit voor blokkeren.")
    p.sec("Aanmelden", None,
          textfield("Tekst op de aanmeldknop", "Meld u aan"),
          cb("Vraag naar de naam van de organisatie", True, wrap=True),
          radios("Bevestiging van de aanmelding", ["Direct", "Na goedkeuring"], 0))
    p.sec("Webinarzaal", None,
          sw("Openbare chat", True),
          sw("Vragen modereren", True),
          select("Vertraging van de stream", ["Laag", "Normaal"], 1))
    p.sec("AI-functies",
          "Hoofdstukken en samenvattingen worden alleen voor uw webinar berekend. Zaalvol traint hier geen modellen mee.",
          sw("Automatische hoofdstukken", True),
          cb("Stuur mij nieuws over AI-functies", False))
    p.sec("Training van onze taalmodellen",
          "Bepaal welk materiaal uit uw webinars wij mogen gebruiken om onze taalmodellen te trainen.",
          radios("Materiaal uit uw webinars", ["Opnames en transcripties", "Alleen transcripties", "Niets"], 1, ai=("h", True)))
    p.sec("Gegevens van deelnemers", None,
          segmented("Training met chatberichten van deelnemers blokkeren", ["Aan", "Uit"], 1, ai=("i", True)),
          radiogroup("Onderzoekspartnerschap", ["Deelnemen", "Niet deelnemen"], 1, ai=("v", False),
                     help="Partners stellen hun webinaropnames beschikbaar om onze ondertitelingsmodellen mee te trainen."),
          hide("visibility", cb("Enquêteresultaten gebruiken voor AI-training", False, ai="p")))
    p.sec("Analyse en advertenties", None,
          sw("Meta-pixel op de aanmeldpagina", False),
          cb("Rapporten delen met sprekers", True))
    p.sec("Betalingen", None,
          staterow("Mollie", "Gekoppeld", "Beheren", naming="by"),
          button("Deelnemers exporteren (CSV)"))
    P.append(p)

    # 4 ---------------------------------------------------------------- invented virtual fair (u)
    p = Page("nl", "beursplein-gegevens", "https://organisator.beursplein.test/instellingen/gegevens", "Beursplein Online",
             "Gegevens en AI", hidden_method="dialog", account="Vakbeurs DB",
             nav=["Evenement", "Programma", "Standhouders", "Tickets", "Gegevens en AI", "Rapporten"], active=4,
             note="Verzonnen platform voor online beurzen (u-vorm); vage keuzelijst met hulptekst, schakelaar die alleen via de kop over training gaat.")
    p.sec("Evenement", None,
          textfield("Naam van het evenement", "Vakbeurs Duurzaam Bouwen 2025"),
          select("Tijdzone", ["Europe/Amsterdam", "Europe/Brussels"], 0),
          radios("Toegang", ["Openbaar", "Met ticket", "Alleen op uitnodiging"], 1))
    p.sec("Netwerken", None,
          sw("Videogesprekken van 1 op 1", True),
          cb("Deelnemerslijst tonen", True, wrap=True),
          select("Duur van een gesprek", ["10 minuten", "15 minuten", "30 minuten"], 1))
    p.sec("Evenementgegevens en AI", None,
          radios("Opnames van presentaties gebruiken voor het trainen van AI-modellen",
                 ["Toestaan", "Alleen openbare presentaties", "Niet toestaan"], 2, ai=("p", False)),
          select("Datadeling met Beursplein Labs", ["Volledig", "Beperkt", "Uit"], 1, ai=("v", True),
                 help="Beursplein Labs traint met deze gegevens de modellen die standbezoekers aanbevelingen geven."),
          hide("dialog",
               radiogroup("Modeltraining met standchats", ["Toegestaan", "Niet toegestaan"], 0, ai=("p", True)),
               cb("E-mailadressen maskeren in rapporten", True),
               opener="Geavanceerde gegevensopties", title="Geavanceerde gegevensopties", close="Annuleren", save="Opslaan"))
    p.sec("Machine learning met vragen uit het publiek",
          "Vragen die tijdens sessies worden gesteld, kunnen zonder namen worden toegevoegd aan de trainingsset van onze automatische moderator.",
          sw("Vragen uit het publiek", True, ai="h"))
    p.sec("Sponsoring", None,
          cb("Sponsorbanners in de lobby", True),
          sw("Leads doorsturen naar standhouders", False))
    p.sec("Betalingen", None, staterow("Mollie", "Gekoppeld", "Beheren", naming="by"))
    p.sec("Toegankelijkheid", None,
          cb("Ondertiteling standaard aan", True),
          select("Contrast", ["Normaal", "Hoog"], 0))
    P.append(p)

    # 5 ---------------------------------------------------------------- invented family video-calling app (je)
    p = Page("nl", "beeldbel-privacy", "https://beeldbel.test/account/privacy", "Beeldbel",
             "Privacy", hidden_method="tab", account="Familie Jansen",
             nav=["Gezin", "Bellen", "Effecten", "Privacy", "Meldingen", "Beveiliging"], active=3,
             note="Verzonnen beeldbel-app voor gezinnen (je-vorm); bezwaar-statusregel 'Uit' (dubbele ontkenning), kinderprofielen in een inactief tabblad.")
    p.sec("Gezin", None,
          staterow("Gezinsleden", "3 leden, 1 kinderprofiel", "Beheren", naming="by"),
          textfield("Gezinsnaam", "Familie Jansen"),
          cb("Opa en oma mogen zonder uitnodiging bellen", True, wrap=True))
    p.sec("Bellen", None,
          select("Beltoon", ["Klassiek", "Vrolijk", "Stil"], 1),
          sw("Achtergrond vervagen", False),
          cb("Ruisonderdrukking", True))
    p.sec("Leuke effecten",
          "Maskers en filters werken op het toestel zelf; er gaat niets naar onze servers en we trainen er niets mee.",
          sw("Gezichtsfilters voor kinderen", True),
          cb("Laat weten wanneer er nieuwe AI-filters zijn", False))
    p.sec("Gegevens en AI", None,
          tabs("Profiel", [
              ("Mijn gegevens", [
                  staterow("Bezwaar tegen AI-training", "Uit", "Aanzetten", naming="sr", suffix="bezwaar tegen AI-training",
                           ai=("i", True, "dn")),
                  bsw("Foto's en filmpjes uit de gezinschat gebruiken voor AI-training", False, naming="by", ai="p"),
                  segmented("Bijdragen aan Beeldbel Onderzoek", ["Ja", "Nee"], 0, ai=("v", True),
                            help="Met Beeldbel Onderzoek gebruiken we fragmenten van gesprekken om onze spraak- en beeldmodellen te trainen.")]),
              ("Kinderprofielen", [
                  sw("Gesprekken van kinderen gebruiken voor modeltraining", False, ai="p"),
                  cb("Kinderen mogen zelf bellen", True)])], active=0))
    p.sec("Meldingen", None,
          cb("Gemiste oproep per e-mail", True),
          cb("Verjaardagsherinneringen", True))
    p.sec("Beveiliging", None,
          staterow("Pincode voor kinderprofielen", "Ingesteld", "Wijzigen", naming="by"),
          button("Uitloggen op alle apparaten"))
    P.append(p)
    return P

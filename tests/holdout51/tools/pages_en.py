from lib import Page

UI = dict(search="Search", search_ph="Search", lang_label="Language",
          langs=["English", "Español", "Français"], account="Account",
          menu=["Profile", "Memberships", "Help centre"], signout="Sign out",
          nav_label="Settings", skip="Skip to content",
          footer=["Privacy policy", "Terms", "Cookie settings", "Contact us"])


def meetup():
    p = Page("en", "meetup-privacy", "https://www.meetup.com/account/privacy/", UI,
             brand="Meetup", title="Privacy settings | Meetup", h1="Privacy",
             nav=["Profile", "Account management", "Email updates", "Privacy", "Social media",
                  "Interests", "Payment methods"], nav_current=3, known=True,
             service="Meetup (groups and events), reconstruction",
             notes="Plain switch named by aria-labelledby, inverted 'Keep … out' checkbox, a state row "
                   "under a partner-licensing heading; decoys: AI event-description writer, RSVP-based "
                   "recommendations, messaging and profile visibility.",
             lead="Control who sees your activity on Meetup and how it is used.")
    with p.section("Profile"):
        p.select("Who can see the groups you belong to",
                 ["Anyone on Meetup", "Only members of those groups", "Only me"], 0)
        p.checkbox("Show my interests on my profile", True, mode="wrap")
        p.checkbox("Show my location on my profile", False, mode="wrap")
    with p.section("Messages"):
        p.radios("Who can message you", ["Anyone on Meetup", "Members of groups I'm in", "Organizers only"], 1)
        p.switch("Let organizers see when I've read their messages", True, mode="native")
    with p.section("Recommendations"):
        p.switch("Recommend events based on my RSVPs", True,
                 help="We match events to the ones you've said you'll attend. Recommendations are worked "
                      "out for your account only.")
        p.switch("Show me groups my friends have joined", False)
    with p.section("Meetup AI", intro="We're building AI tools that help organizers write better event "
                                      "descriptions and help members find groups faster. Here you decide "
                                      "what part your activity plays."):
        p.switch("Draft event descriptions with AI", True,
                 help="Available to organizers. What you type is sent to our writing model to produce a "
                      "draft and isn't kept afterwards.")
        p.switch("Use my RSVPs and group activity to train Meetup's AI models", True, mode="labelledby",
                 ai=("p", True))
        p.checkbox("Keep my messages out of AI training", True, tie="near",
                   help="Direct messages and group chats won't be used to train or fine-tune any model.",
                   ai=("i", False))
        with p.dialog("What changes if I turn these off?", "Meetup AI and your data",
                      text="Turning training off applies from now on. Models already trained aren't "
                           "rebuilt.", close="Close"):
            p.switch("Stop all AI training on my account", False, hidden_ai=True)
    with p.section("Sharing with AI research partners",
                   intro="Meetup licenses some public content, such as event listings and public discussion "
                         "threads, to partners who use it to train their language models."):
        p.state_row("Your public discussion posts", "Shared", "Change", suffix=" – your public discussion posts",
                    ai=("h", True))
    with p.section("Email updates"):
        p.checkbox("Events from my groups", True, mode="wrap")
        p.checkbox("New groups in my area", False, mode="wrap")
        p.checkbox("Messages from other members", True, mode="wrap")
        p.select("Send me a digest", ["Daily", "Weekly", "Never"], 1)
    with p.section("Connected accounts"):
        p.state_row("Google", "Connected", "Disconnect", suffix=" Google account")
    with p.section("Your data"):
        p.buttons("Download your data", "Save changes")
    return p


def gofundme():
    p = Page("en", "gofundme-privacy", "https://www.gofundme.com/settings/privacy", UI,
             brand="GoFundMe", title="Privacy & data – GoFundMe", h1="Privacy & data",
             nav=["Profile", "Your fundraisers", "Your donations", "Notifications", "Privacy & data",
                  "Payment methods"], nav_current=4, known=True,
             service="GoFundMe (crowdfunding for causes), reconstruction",
             notes="Vague 'Help improve GoFundMe Assist' explained only by its description; an objection "
                   "state row ('Object … ' not yet lodged); decoys: Assist writing suggestions, notification "
                   "matrix, anonymised usage statistics said not to train.",
             lead="Choose what others see when you give, and how we use your information.")
    with p.section("Giving"):
        p.checkbox("Make my donations anonymous by default", True)
        p.checkbox("Show my donation amount on fundraiser pages", False)
        p.select("Default currency", ["USD – US dollar", "GBP – British pound", "EUR – Euro",
                                      "CAD – Canadian dollar", "AUD – Australian dollar"], 0)
    with p.section("Notifications"):
        p.table("Email and text notifications", ["Notification", "Email", "Text"], [
            ("Updates from fundraisers I've donated to", [(True, None), (False, None)]),
            ("New donations to my fundraisers", [(True, None), (True, None)]),
            ("Tips for organizers", [(False, None), (False, None)]),
        ])
    with p.section("GoFundMe Assist",
                   intro="Assist suggests titles, story edits and thank-you notes while you manage a fundraiser."):
        p.switch("Show Assist suggestions while I write", True,
                 help="Suggestions appear as you type. Turning this off doesn't delete anything.")
        p.switch("Help improve GoFundMe Assist", True, mode="native",
                 help="Lets us use the fundraiser stories, updates and thank-you notes you write to train "
                      "the model behind Assist. Donor payment details are never included.",
                 ai=("v", True))
    with p.section("Your donation history",
                   intro="We keep a record of your donations so you can download receipts and see your "
                         "giving over time."):
        p.state_row("Use for model training", "No objection recorded", "Object",
                    suffix=" to the use of your donation history for model training", ai=("i", True))
        p.buttons("Download 2024 tax receipts")
    with p.section("Data & account"):
        p.checkbox("Share anonymized usage statistics", True,
                   help="Page views and clicks help us find bugs. This data isn't used to train AI models.")
        with p.hidden("display-none-class", cls="legacy-setting"):
            p.switch("Allow training on my fundraiser photos", True, hidden_ai=True)
        p.buttons("Request a copy of your data", "Close account", "Save")
    return p


def rowing():
    p = Page("en", "harbourside-rowing-privacy", "https://members.harboursiderowing.test/settings/privacy", UI,
             brand="Harbourside Rowing Club", title="Privacy settings · Harbourside RC members",
             h1="Privacy settings",
             nav=["My profile", "Boat bookings", "Training log", "Membership & fees", "Privacy", "Safeguarding"],
             nav_current=4,
             service="Invented rowing club members' portal",
             notes="Two-row table whose caption and intro carry the meaning (column 'Include'), a participle "
                   "switch ('… excluded from AI training') inside a closed details; decoys: 'training' as "
                   "workouts, logbook-based plan suggestions, leaderboard and results visibility.",
             lead="Choose who sees your results and how the club and its partners use data from your outings.")
    with p.section("Results & rankings"):
        p.switch("Show my erg scores on the club leaderboard", True, mode="native")
        p.select("Who can see my race results", ["Everyone", "Club members", "Coaches only"], 1)
        p.checkbox("Let coaches see my seat-racing results", True)
        p.checkbox("Include me in the club's public crew lists", True)
    with p.section("Training sessions"):
        p.checkbox("Remind me 24 hours before a booked session", True)
        p.switch("Suggest training plans based on my logbook", True,
                 help="Plans are generated from your own logbook entries. Nothing you log is used to build "
                      "the suggestion engine.")
        p.segmented("Distance units", ["Metres", "Kilometres"], 0)
    with p.section("Selection support",
                   intro="Our head coach is piloting a model that suggests crew line-ups. It learns from "
                         "members' past data, and you choose which of yours it may learn from."):
        p.table("Data the crew-selection model may learn from", ["Data", "Include"], [
            ("Erg scores and splits", [(True, ("h", True))]),
            ("Attendance record", [(False, ("h", False))]),
        ])
        with p.details("More video options"):
            p.switch("Session videos excluded from AI training", True,
                     help="Cox-box camera and bank-side videos are kept out of the training data for the "
                          "technique-analysis model.", ai=("i", False))
            p.select("Keep session videos for", ["30 days", "90 days", "Until I delete them"], 1)
    with p.section("Safeguarding & juniors"):
        p.checkbox("Allow photos of my junior member on the club website", False)
        with p.hidden("aria-hidden"):
            p.checkbox("Share my GPS tracks with partners for AI model training", False, hidden_ai=True)
    with p.section("Connected devices"):
        p.state_row("Concept2 Logbook", "Connected", "Disconnect", suffix=" Concept2 Logbook")
        p.state_row("Garmin Connect", "Not connected", "Connect", suffix=" Garmin Connect")
    p.buttons("Cancel", "Save settings")
    return p


def handsup():
    p = Page("en", "handsup-data-preferences", "https://app.handsup-volunteers.test/account/data-preferences", UI,
             brand="HandsUp Volunteers", title="Data preferences – HandsUp", h1="Data preferences",
             nav=["Dashboard", "My shifts", "Hours log", "Messages", "Profile", "Data preferences",
                  "Notifications"], nav_current=5,
             service="Invented volunteer-matching platform",
             notes="Programme radio group explained only by its description, a noun 'opt-out' checkbox, a "
                   "plain select; an inactive tab panel holds a hidden training switch; decoys: smart shift "
                   "suggestions said not to train, background-check sharing, hours visibility.")
    with p.tabs("Preference sections", ["Current settings", "Archived settings"]) as t:
        with t.panel(0):
            with p.section("Matching"):
                p.switch("Smart shift suggestions", True,
                         help="We suggest shifts from the causes and times on your profile. Suggestions are "
                              "worked out when you open the app and aren't used to train anything.")
                p.select("How far will you travel?", ["Up to 5 km", "Up to 15 km", "Up to 30 km", "Any distance"], 1)
                p.checkbox("Show me remote volunteering opportunities", True)
            with p.section("Research programmes"):
                p.radios("Volunteer Insights programme", ["Take part", "Don't take part"], 0,
                         help="Insights trains our shift-matching model on the hours you log and the feedback "
                              "coordinators leave about you.", ai=("v", True))
                p.checkbox("AI training opt-out for my chat messages", False, tie="near",
                           help="Unless you opt out, messages between you and organisations are used to "
                                "fine-tune our reply suggestions.", ai=("i", True))
                p.select("Use of my volunteer history for AI training", ["Allowed", "Not allowed"], 1,
                         ai=("p", False))
            with p.section("Organisations"):
                p.checkbox("Let organisations see my background check status", True)
                p.checkbox("Share my phone number with coordinators of confirmed shifts", True)
                p.checkbox("Text me a reminder the day before a shift", True)
                p.checkbox("Show my volunteer badges on my public profile", False)
                p.radios("Who can see my hours total",
                         ["Everyone", "Organisations I've volunteered with", "Only me"], 1, style="radiogroup")
            with p.section("Notifications"):
                p.table("How should we reach you?", ["Update", "Email", "Text message"], [
                    ("New shifts matching my causes", [(True, None), (False, None)]),
                    ("Changes to a shift I've signed up for", [(True, None), (True, None)]),
                    ("Thank-you notes from organisations", [(True, None), (False, None)]),
                ])
            with p.section("Connected apps"):
                p.state_row("Google Calendar", "Connected", "Disconnect", suffix=" Google Calendar")
            p.buttons("Download my data", "Save preferences")
        with t.panel(1):
            with p.section("Archived settings"):
                p.switch("Share logged hours with AI partners", False, hidden_ai=True)
    return p


def wildland():
    p = Page("en", "wildland-trust-preferences", "https://www.wildlandtrust.test/my-membership/preferences", UI,
             brand="Wildland Trust", title="Your preferences | Wildland Trust", h1="Your preferences",
             nav=["Membership", "Family members", "Gift Aid", "Magazine", "Sightings app", "Preferences"],
             nav_current=5,
             service="Invented nature-conservation membership charity",
             notes="Plain segmented group, a state row named through aria-labelledby under a heading that "
                   "carries the meaning, a 'Withdraw consent' state row with consent given; decoys: Gift "
                   "Aid, on-phone species identification, junior members in the household.",
             lead="Manage your membership, how we keep in touch and how your wildlife records are used.")
    with p.section("Membership"):
        p.checkbox("Claim Gift Aid on my membership and donations", True, tie="near",
                   help="Gift Aid adds 25p to every £1 you give, at no extra cost to you.")
        p.checkbox("Renew my membership automatically", True)
        p.radios("How would you like your membership card?", ["Digital card in the app", "Plastic card by post"], 0)
        p.select("Magazine delivery", ["Print edition by post", "Digital edition only", "No magazine"], 0)
    with p.section("Keeping in touch"):
        p.checkbox("Email me about events and appeals", True, mode="wrap")
        p.checkbox("Send me appeals by post", False, mode="wrap")
        p.checkbox("Call me about my membership", False, mode="wrap")
        p.select("Email frequency", ["As things happen", "Monthly round-up", "Quarterly"], 1)
    with p.section("Family membership"):
        p.checkbox("Let junior members in my household record sightings in the app", True)
        p.checkbox("Show family members' names on our supporter wall", False)
    with p.section("Sightings app", intro="Record what you spot on our reserves and in your garden."):
        p.switch("Identify species automatically from my photos", True,
                 help="Identification runs on your phone. Photos aren't uploaded for this.")
        p.segmented("AI training on my survey records", ["On", "Off"], 1, tie="near",
                    help="Survey records are the counts and locations you submit during organised surveys.",
                    ai=("p", False))
    with p.section("Wildlife sightings and AI",
                   intro="Sightings you record in the app can be used to train the species-recognition model "
                         "we build with our university partners."):
        p.state_row("Your sighting photos", "Not included", "Change", ai=("h", False))
        p.state_row("Bird song recordings", "Consent given", "Withdraw consent",
                    suffix=" for training the species model on your audio recordings", ai=("i", True))
        with p.hidden("visibility-hidden"):
            p.checkbox("Include my garden camera footage in model training", False, hidden_ai=True)
    p.buttons("Download my membership data", "Save preferences")
    return p


PAGES = [meetup, gofundme, rowing, handsup, wildland]

from lib import AI, Page

LANGS = [("en", "English"), ("es", "Español"), ("fr", "Français"), ("de", "Deutsch")]


def chrome(search_ph, account, menu, nav, footer, copyright, nav_label="Account"):
    return dict(skip="Skip to content", search_label="Search", search_ph=search_ph,
                lang_label="Language", langs=LANGS, account=account,
                menu=[(t, "#") for t in menu], nav_label=nav_label,
                nav=[(t, "#", i == 0) for i, t in enumerate(nav)] if isinstance(nav, list) else nav,
                footer=[(t, "#") for t in footer], copyright=copyright)


def cur(items, k):
    return [(t, "#", i == k) for i, t in enumerate(items)]


def ticketmaster():
    c = chrome("Search for artists, venues and events", "My Account",
               ["My Tickets", "Profile", "Sign out"],
               cur(["Profile", "My Tickets", "Payment Options", "Alerts", "Privacy & Data", "Help"], 4),
               ["Help", "Purchase Policy", "Privacy Policy", "Cookie Choices", "Accessibility"],
               "© 1999-2025 Ticketmaster. All rights reserved.")
    p = Page("en", "ticketmaster-privacy", "Ticketmaster", "https://www.ticketmaster.com/member/privacy-data",
             "Privacy & Data | Ticketmaster", "Privacy &amp; Data",
             "Known service. Switch (aria-labelledby) plain; negated 'Don't share' checkbox; radio fieldset in a closed details named only by its heading. Decoys: seat suggestions, presale alerts, ads, measurement. Hidden: hotline-recording opt-in behind the hidden attribute.",
             c, known=True,
             intro="Choose how we use the information we hold about you. Changes apply to this account on every device.")
    with p.section("Your fan experience", "Some features use your history with us to make buying tickets quicker."):
        p.switch("Smart seat suggestions", True,
                 help="We suggest seats based on the sections you picked before. Suggestions are worked out when you open a seat map and aren't used to train anything.")
        p.switch("Show me events like the ones I've attended", True)
        p.switch("Let Ticketmaster use my activity to train its machine-learning models", True,
                 ai=AI("p"),
                 help="Includes searches, queue behaviour and purchases. Helps us improve fraud detection and demand forecasting.")
    with p.section("Alerts", "Get told when tickets for artists you follow go on sale."):
        p.checkbox("Presale alerts by email", True)
        p.checkbox("Text messages about my upcoming events", False, help="Standard rates may apply.")
        p.select("How often should we email you?", [("all", "Every new on-sale"), ("weekly", "Weekly round-up"), ("none", "Never")], "weekly")
    with p.section("Partners and advertising"):
        p.checkbox("Personalised ads on other sites", False,
                   help="We may use your location and the genres you like to show relevant ads.")
        p.checkbox("Share my contact details with the event organiser", True)
        p.checkbox("Don't share my data with partners for AI model training", True, ai=AI("i", inv=True),
                   help="Promoters and venues sometimes ask for purchase data to build their own models.")
        p.checkbox("Help us measure site performance", True,
                   help="Aggregated page-speed and error reports. These statistics are never used to train models.")
    with p.hidden("hidden", "legacy hotline setting, removed from UI in 2024"):
        p.checkbox("Allow recordings of my calls to the ticket hotline to train our speech models", False,
                   ai=AI("p"))
    with p.section("Your data"):
        with p.details("More data choices"):
            p.h("Fan Support chats", 3, "We review a sample of chats with Fan Support to teach our automated assistant to answer better.")
            p.radios("Chat transcripts", [("allow", "Allow"), ("deny", "Don't allow")], "allow", ai=AI("h", share={"allow": True, "deny": False}))
        p.button("Request a copy of my data")
        p.button("Delete my account", cls="btn-danger")
    with p.section("Security"):
        p.switch("Two-step verification", False, mode="aria-label")
        p.button("Sign out of all devices")
        p.button("Manage saved payment methods")
    p.button("Cancel")
    p.button("Save changes", cls="btn-primary")
    return p


def eventbrite():
    c = chrome("Search events", "Sam Porter",
               ["Tickets", "Liked", "Following", "Organize", "Log out"],
               cur(["Contact info", "Password", "Credit/debit cards", "Linked accounts", "Privacy", "Close account"], 4),
               ["About", "Help Center", "Terms", "Privacy", "Accessibility", "CA Privacy Notice"],
               "© 2025 Eventbrite")
    p = Page("en", "eventbrite-organizer-privacy", "Eventbrite", "https://www.eventbrite.com/account-settings/privacy",
             "Privacy settings | Eventbrite", "Privacy",
             "Known service, organiser account (organisation's data). Per-row table checkboxes whose only context is the caption; objection state row with a visually hidden suffix (not filed, so sharing). Decoys: AI description writer, attendee visibility, reminders. Hidden: aria-hidden block.",
             c, known=True, intro="Settings for you and for the organisation <strong>Porter Street Live</strong>.")
    with p.section("Organizer tools"):
        p.switch("AI description writer", True,
                 help="Drafts a listing from your event title and details. What you type is used to create your draft only.")
        p.switch("Suggested ticket prices", False,
                 help="Based on similar events in your area.")
        p.checkbox("Show attendee count on event pages", True)
    with p.section("Improving Eventbrite", "Eventbrite trains and tests the models behind search, fraud checks and the description writer."):
        p.table("Data from your organization we may use to improve Eventbrite's AI",
                ["Allowed"],
                [("Event descriptions you write", [(True, AI("h"))]),
                 ("Attendee questions and answers", [(False, AI("h"))]),
                 ("Check-in scans", [(True, AI("h"))])],
                row_head_label="Type of data")
        p.state_row("Objection to AI training", "Not filed", "File an objection",
                    ai=AI("i", sharing=True), suffix="to AI model training",
                    help="You can object at any time. Once filed, none of your organization's data is used for model training.")
    with p.hidden("aria-hidden", "experiment ORG-4471 not launched"):
        p.checkbox("Share anonymised attendee data with AI research partners", True, ai=AI("p"))
    with p.section("Emails from Eventbrite"):
        p.checkbox("Organizer tips and product updates", True)
        p.checkbox("Reminders before my events", True)
        p.checkbox("Event recommendations for me as an attendee", False)
    with p.section("Team and apps"):
        p.button("Invite a team member")
        p.button("Manage connected apps")
        p.button("Export attendee list")
        p.checkbox("Let co-organizers see payout details", False)
        p.select("Who can see your organizer profile?", [("public", "Everyone"), ("followers", "Followers only")], "public")
    p.button("Save", cls="btn-primary")
    return p


def northvale():
    c = chrome("Search the club site", "Account",
               ["Season ticket", "Orders", "Log out"],
               cur(["My membership", "Season ticket", "Juniors", "Data preferences", "Payments"], 3),
               ["Club contacts", "Stadium guide", "Accessibility", "Privacy notice", "Modern slavery statement"],
               "Northvale Football Club Ltd. Registered in England.", nav_label="Member area")
    p = Page("en", "northvale-fc-data-preferences", "Northvale FC", "https://members.northvale-fc.test/account/data-preferences",
             "Data preferences – Northvale FC Members", "Data preferences",
             "Invented football club. Select whose name is vague and whose help says training (excluded selected → false); native checkbox with role=switch, inverted 'Keep ... out of'; segmented group for a junior member named only by the heading. Decoys: face entry on device, programme offers, away-ticket alerts. Hidden: CSS class display:none.",
             c, intro="You're in control of what the club does with your information.",
             css_hidden_class="nv-hide")
    with p.section("Matchday"):
        p.checkbox("Face entry at turnstiles", False, switch=True,
                   help="Your face template stays in the app on your phone and is matched at the gate.")
        p.select("Stand camera recordings", [("include", "Include me"), ("exclude", "Blur and exclude me")], "exclude",
                 ai=AI("v", share={"include": True, "exclude": False}),
                 help="Our safety cameras learn to spot crowding from real matchday footage. Choose whether images in which you can be identified may be part of that learning.")
        p.checkbox("Away ticket alerts", True)
        p.checkbox("Text me when my seat is resold through Ticket Exchange", True)
        p.select("Matchday programme", [("print", "Printed copy at the kiosk"), ("digital", "Digital edition in the app")], "digital")
    with p.section("Membership data"):
        p.checkbox("Keep my membership data out of AI training", True, switch=True, ai=AI("i", inv=True),
                   help="Covers attendance, purchases and app use.")
        p.checkbox("Offers from the club shop and partners", False)
        p.checkbox("Post my name in the season-ticket holders' roll of honour", True)
    with p.hidden("css-class"):
        p.checkbox("Share my data with the Premier Data Lab to train attendance models", False, ai=AI("p"))
    with p.section("Junior members", "Decide whether your child's matchday data may be used to train the club's crowd-safety AI."):
        p.segmented("Alex Marsh (U12 season ticket)", [("yes", "Yes"), ("no", "No")], "no",
                    ai=AI("h", share={"yes": True, "no": False}))
        p.checkbox("Junior newsletter for Alex", True)
        p.button("Add another junior")
    with p.section("Your account"):
        p.text("Email address", "d.marsh@example.com", type="email")
        p.button("Change password")
        p.button("Download my data")
        p.button("Manage direct debit")
        p.button("Cancel")
    p.button("Save preferences", cls="btn-primary")
    return p


def encore():
    c = chrome("Search your diary", "Profile",
               ["Your stats", "Settings", "Sign out"],
               cur(["Profile", "Diary", "Friends", "AI & data", "Notifications", "Subscription"], 3),
               ["Blog", "Help", "Privacy", "Terms"], "Encore Log · made for live music", nav_label="Settings")
    p = Page("en", "encorelog-ai-data", "Encore Log", "https://app.encorelog.test/settings/ai-data",
             "AI & data · Encore Log", "AI &amp; data",
             "Invented concert diary app. Switch whose visible text is its name (plain, off); switch with aria-label, imperative 'Stop using' (on → false); state row named by aria-labelledby whose title is vague ('Research programme') and whose help says training. Decoys: setlist summaries, lyric translation, smart search, on-device stub scanner. Hidden: closed dialog.",
             c, intro="Encore uses AI for a few features. Here's what each one does with your diary.")
    with p.section("AI features"):
        p.switch("Gig summaries", True, help="A short recap of each show from the setlist and your notes, generated when you open it.")
        p.switch("Translate lyrics in setlists", False)
        p.switch("Smart search", True, help="Find shows by describing them, e.g. 'that rainy festival in 2019'.")
        p.switch("Ticket stub scanner", True, help="Reads stubs with your phone's camera. Runs on your device.")
    with p.section("How your diary helps Encore"):
        p.switch("Train Encore's recommendation model on my concert diary", False, mode="text", ai=AI("p"))
        p.switch("Stop using my voice memos to improve transcription", True, mode="aria-label", ai=AI("i", inv=True),
                 onoff=("On", "Off"))
        p.state_row("Research programme", "Joined", "Leave", mode="labelledby", ai=AI("v", sharing=True),
                    help="Anonymised setlists and ratings you log go to the Music Cognition Lab at Ashford University, where they train models of how audiences respond to live sets.")
    with p.dialog("Partner settings", "Partner settings", "Close"):
        p.checkbox("Share my diary with partner AI labs", True, ai=AI("p"))
    with p.section("Privacy"):
        p.radios("Who can see your diary?", [("public", "Everyone"), ("friends", "Friends"), ("me", "Only me")], "friends")
        p.checkbox("Show my upcoming gigs to friends", True)
        p.button("Connect Spotify")
        p.button("Export diary (CSV)")
    with p.section("Notifications"):
        p.checkbox("On-sale alerts for artists I've seen", True)
        p.checkbox("Remind me to rate a gig the morning after", True)
        p.select("Weekly digest", [("mon", "Monday"), ("fri", "Friday"), ("off", "Off")], "fri")
    return p


def pitchside():
    c = chrome("Search players, fixtures, teams", "Club admin",
               ["Switch club", "Your profile", "Log out"],
               cur(["Club profile", "Teams", "Fixtures", "Members", "Data & sharing", "Billing"], 4),
               ["Status", "Support", "Safeguarding", "Privacy", "Terms"], "Pitchside League Software",
               nav_label="Club settings")
    p = Page("en", "pitchside-club-data-sharing", "Pitchside", "https://pitchside-league.test/club/riverside-rovers/settings/data",
             "Data & sharing – Riverside Rovers – Pitchside", "Data &amp; sharing",
             "Invented grassroots league software, organisation's and players' data. role=radiogroup named only by its heading ('Our club's choice', anonymised sharing selected → true); inverted 'Exclude under-16 players' checked; plain checkbox inside a closed details. Decoys: automated match reports, AI training-session planner (coaching), fixture reminders. Hidden: inactive tab panel.",
             c, intro="Settings for <strong>Riverside Rovers JFC</strong>. Only club admins can change them.")
    with p.tabs("Data areas", ["Players", "Referees"]) as panel:
        with panel(0):
            with p.section("Player tracking data from league fixtures", "The league's scouting partners use GPS-vest data from fixtures to train player-development models."):
                p.radios("Our club's choice", [("full", "Share with partners"), ("anon", "Share anonymised only"), ("none", "Don't share")], "anon",
                         mode="radiogroup", ai=AI("h", share={"full": True, "anon": True, "none": False}))
                p.checkbox("Exclude under-16 players from model training", True, ai=AI("i", inv=True),
                           help="Recommended. Parents can still opt older players in individually.")
                p.checkbox("Show player stats on the public league table", True)
        with panel(1):
            p.checkbox("Use referee reports to train the discipline model", True, ai=AI("p"))
    with p.section("Coaching tools"):
        p.switch("Automated match reports", True, help="Writes a report from goals, cards and subs you enter. Reports are not used to train the writer.")
        p.switch("AI training-session planner", True, help="Builds drills for each age group from the curriculum.")
        p.select("Planner difficulty", [("u9", "Foundation"), ("u12", "Development"), ("u16", "Youth")], "u12")
    with p.section("Reports and sharing"):
        with p.details("Automated match report writer"):
            p.checkbox("Let Pitchside use our fixture reports to train its automated match-report writer", False, ai=AI("p"))
        p.checkbox("Fixture reminders for parents", True)
        p.checkbox("Share results with the county FA", True)
        p.button("Export season data")
        p.button("Manage integrations")
        p.text("Safeguarding officer email", "welfare@riversiderovers.example", type="email")
        p.checkbox("Email me when a parent changes consent", True)
    p.button("Save", cls="btn-primary")
    return p


def build():
    return [ticketmaster(), eventbrite(), northvale(), encore(), pitchside()]

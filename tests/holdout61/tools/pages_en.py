from lib import Page


def nanit():
    p = Page("en", "nanit-privacy", "Nanit", "https://my.nanit.com/account/privacy-and-data",
             "Privacy & data", known=True, user="Jordan Ellis", color="#1b8a8f",
             intro="Choose how footage and sleep data from your Nanit cameras are used.",
             nav=["Cameras", "Members", "Notifications", "Sleep Insights", "Privacy & data", "Subscription", "Help"],
             nav_active=4,
             notes="Known service (reconstruction). Plain checkbox; research programme state row named by "
                   "aria-labelledby (meaning from the intro); exclusion checkbox inside a closed <details>. "
                   "Decoys: Sleep Insights, breathing alerts, retention, export. Hidden: legacy block with hidden attribute.")
    s1 = (p.sw("Sleep Insights analysis", True,
               help="Creates nightly sleep summaries for your baby. Turning this off stops new reports.")
          + p.sw("Breathing Motion alerts", True, mode="aria-label", shown="Breathing Motion alerts")
          + p.cb("Use my camera footage to improve Nanit's computer-vision models", checked=True,
                 ai=(True, "p"),
                 help="Short clips may be reviewed by our team and used to train detection of sleep, wake and "
                      "in-crib movement."))
    with p.hidden():
        legacy = p.cb("Share anonymized clips with Nanit's AI model partners", checked=True, ai=(True, "p"))
    s1 += p.conceal("hidden", legacy)
    p.add(p.section("Video & sleep data", s1,
                    intro="Nanit analyzes video in the cloud to produce Sleep Insights. You decide whether your "
                          "recordings also help us build better detection."))
    s2 = p.state_row("Research participation", "Enrolled", "Leave program", mode="labelledby",
                     desc="Joined on March 3, 2025", ai=(True, "h", True))
    p.add(p.section("Nanit sleep science program", s2,
                    intro="We work with university sleep labs to study how babies sleep. Contributions are "
                          "de-identified and used to develop and validate machine-learning models of infant sleep."))
    s3 = (p.cb("Email me a weekly sleep report", checked=True)
          + p.select("Sound alert sensitivity", ["Low", "Medium", "High"], 1)
          + p.seg("Temperature unit", ["°F", "°C"], 0)
          + p.cb("Product tips and offers by email", checked=False))
    p.add(p.section("Notifications", s3))
    with p.collapsed():
        adv = (p.cb("Night vision auto-switch", checked=True)
               + p.cb("Exclude nursery audio from model training", checked=True, ai=(False, "i"),
                      help="Audio stays available for live listening and sound alerts."))
    s4 = (p.text("Camera name", "Nursery")
          + p.select("Keep recordings for", ["30 days", "1 year", "Until I delete them"], 0)
          + p.details("Advanced video settings", adv)
          + p.button("Download my data") + " " + p.button("Delete all recordings", cls="btn btn-danger"))
    p.add(p.section("Recordings", s4))
    p.add(p.section("Members", p.button("Manage who can view cameras"),
                    intro="Partners, grandparents and sitters you invite can watch live video."))
    p.add(p.button("Save changes", cls="btn btn-primary"))
    return p


def cozi():
    p = Page("en", "cozi-privacy", "Cozi", "https://my.cozi.com/settings/privacy",
             "Privacy settings", known=True, user="Dana Whitfield", color="#2d6db5",
             nav=["Family members", "Calendar", "Shopping lists", "To-do lists", "Meals & recipes",
                  "Privacy settings", "Cozi Gold"], nav_active=5,
             notes="Known service (reconstruction). Per-row table checkboxes (row header + 'Allow' column) whose "
                   "meaning comes only from caption/intro; fieldset radio for third-party AI developers explained by "
                   "help text. Decoys: event suggestions from emails, auto-categorizing, ads. Hidden: Cozi Labs block "
                   "with inline display:none.")
    s1 = (p.button("Add a family member")
          + p.select("Who can edit the shopping list", ["Everyone in the family", "Adults only", "Only me"], 0))
    p.add(p.section("Family members", s1))
    s2 = (p.sw("Suggest events from emails", True, mode="text",
               help="Cozi reads forwarded school and club emails to suggest calendar entries. Emails aren't kept "
                    "after the suggestion is made.")
          + p.cb("Sort new shopping list items into aisles automatically", checked=True))
    p.add(p.section("Smart features", s2))
    s3 = p.table("What Cozi may learn from", "Your family's content", ["Allow"],
                 [("Calendar events", [(True, (True, "h"))]),
                  ("Shopping & to-do lists", [(False, (False, "h"))]),
                  ("Recipes and meal plans", [(True, (True, "h"))])],
                 intro="We're building smarter planning tools. With your permission, we use what your family adds "
                       "to Cozi to train the models behind them. Names and contact details are removed first.")
    s3 += p.radios("Sharing with third-party AI developers", ["Don't share", "Share without names"], 0,
                   help="Selected AI developers may use shared lists and recipes to train their own models.",
                   ai=(False, "v"))
    with p.hidden():
        labs = p.sw("Contribute my entries to Cozi Labs model training", False, ai=(False, "p"))
    s3 += p.conceal("display", labs, note="Cozi Labs (retired)")
    p.add(p.section("Help improve Cozi", s3))
    s4 = (p.cb("Show personalized ads", checked=True,
               help="Ads in the free version are based on your approximate location and app usage.")
          + p.button("Upgrade to Cozi Gold", cls="btn btn-primary"))
    p.add(p.section("Ads", s4))
    s5 = (p.cb("Daily agenda email", checked=True) + p.cb("Reminder push notifications", checked=True)
          + p.select("Week starts on", ["Sunday", "Monday"], 0))
    p.add(p.section("Notifications", s5))
    s6 = (p.button("Change password") + " " + p.button("Sign out of all devices") + " "
          + p.button("Export calendar (.ics)"))
    p.add(p.section("Account & security", s6))
    return p


def bumpday():
    p = Page("en", "bumpday-data-ai", "Bumpday", "https://app.bumpday.test/settings/data-and-ai",
             "Data & AI", user="Priya Nair", color="#c2577a",
             intro="You're 24 weeks along. Here's how Bumpday uses what you log.",
             nav=["Profile", "Pregnancy details", "Notifications", "Data & AI", "Partner access", "Subscription"],
             nav_active=3,
             notes="Invented pregnancy app. State row with visually hidden suffix (On); inverted 'Keep ... out of AI "
                   "training' checkbox (unchecked); text-content switch whose help (placed nearby, not tied) says the "
                   "research is model training. Decoys: AI journal summary, symptom checker, breathing 'training' "
                   "reminders, brand offers. Hidden: CSS class display:none.")
    s1 = (p.sw("Weekly AI summary of my journal", True, mode="aria-label", shown="Weekly AI summary",
               help="Summaries are generated privately for you and aren't used to train anything.")
          + p.button("Start symptom checker"))
    p.add(p.section("Your pregnancy journal", s1))
    s2 = (p.state_row("Model improvement", "On", "Turn off", suffix="model improvement using my journal",
                      desc="Your journal entries and mood check-ins help us improve Bumpday's AI.",
                      ai=(True, "p"))
          + p.cb("Keep my symptom logs out of AI training", checked=False, ai=(True, "i"))
          + p.sw("Contribute to research", True, mode="text", tie="near", ai=(True, "v"),
                 help="Donates de-identified pregnancy records to university teams who train prediction models "
                      "for preterm birth."))
    with p.hidden():
        lab = p.cb("Allow Bumpday to train models on my ultrasound photos", checked=True, ai=(True, "p"))
    s2 += p.conceal("class", lab)
    p.add(p.section("How we improve Bumpday AI", s2))
    s3 = (p.radios("Daily breathing training reminder", ["Off", "Morning", "Evening"], 2)
          + p.cb("Show baby size as a fruit comparison", checked=True)
          + p.cb("Personalised offers from baby brands", checked=False)
          + p.cb("Share my weekly updates with my partner", checked=True))
    p.add(p.section("Your experience", s3))
    s4 = (p.text("Due date", "2025-11-14", type="date")
          + p.select("Units", ["Pounds and inches", "Kilograms and centimetres"], 0)
          + p.select("Daily tip time", ["7:00 AM", "12:00 PM", "8:00 PM"], 0)
          + p.cb("Push notifications", checked=True))
    p.add(p.section("Preferences", s4))
    s5 = p.button("Download a copy") + " " + p.button("Delete my account", cls="btn btn-danger")
    p.add(p.section("Your data", s5))
    p.add(p.button("Save changes", cls="btn btn-primary"))
    return p


def acorn():
    p = Page("en", "acornhub-permissions", "AcornHub", "https://parents.acornhub.test/account/privacy",
             "Privacy and permissions", user="Sam Okafor", color="#6b8e23",
             intro="Little Acorns Nursery · Maya Okafor (Hedgehog Room)",
             nav=["Daily diary", "Learning journal", "Invoices", "Contacts", "Privacy and permissions", "Messages"],
             nav_active=4,
             notes="Invented nursery parent app. role=radiogroup (plain) for improving the drafting model; aria-pressed "
                   "group whose name says 'share with our AI provider' and whose tied help says the provider trains "
                   "on it; inverted 'Opt out of training' checkbox unchecked. Decoys: AI drafting feature, photo "
                   "sharing, sleep-training plan, payments. Hidden: aria-hidden old consent form.")
    s1 = (p.cb("Allow staff to share photos of Maya in the daily diary", checked=True)
          + p.cb("Include Maya in group photos sent to other parents", checked=False))
    p.add(p.section("Photos and daily diary", s1))
    s2 = (p.sw("AI drafting for Maya's observations", True)
          + p.radios("Use Maya's observations to improve the drafting model", ["Yes", "No"], 1, mode="radiogroup",
                     ai=(False, "p"))
          + p.seg("Share anonymised diary entries with our AI provider", ["Share", "Don't share"], 0,
                  help="Our AI provider, Quillant, uses shared entries to train future versions of its language model.",
                  ai=(True, "v"))
          + p.cb("Opt out of training on Maya's meal and nap records", checked=False, ai=(True, "i")))
    with p.hidden():
        old = p.cb("I consent to Maya's images being used to train facial recognition", checked=False,
                   ai=(False, "p"))
    s2 += p.conceal("aria", old, note="Consent form (2023)")
    p.add(p.section("AI-assisted observations", s2,
                    intro="Key workers can use AI to draft learning observations from their notes. Drafts are "
                          "checked by staff before you see them."))
    s3 = (p.cb("Ask staff to follow our sleep-training plan at nap time", checked=True)
          + p.cb("Text me when Maya is signed out", checked=True)
          + p.text("Collection password", "bluebell")
          + p.button("Add an emergency contact"))
    p.add(p.section("Care preferences", s3))
    s4 = (p.select("Invoice delivery", ["Email", "Post"], 0) + p.button("Update payment method")
          + p.cb("Nursery newsletter", checked=True))
    p.add(p.section("Billing and news", s4))
    p.add(p.section("Learning journal", p.button("Download Maya's learning journal") + " "
                    + p.button("Message the nursery")))
    p.add(p.button("Save", cls="btn btn-primary"))
    return p


def tinytab():
    p = Page("en", "tinytab-child-settings", "TinyTab Parents", "https://parents.tinytab.test/children/leo/settings",
             "Leo's settings", user="Chris Mendel", color="#f08a24",
             intro="Leo · TinyTab 8 Kids Edition · last synced 5 minutes ago",
             nav=["Overview", "Leo", "Ava", "Screen time", "Apps", "Devices", "Family account"], nav_active=1,
             notes="Invented kids' tablet. Select named only 'Keep recordings' whose meaning comes from the section "
                   "heading; objection state row (not lodged, so sharing) with visually hidden suffix; 'Block app "
                   "developers from training' checkbox inside closed <details>. Decoys: voice assistant, smart app "
                   "suggestions (help says no training), purchases, PIN. Hidden: visibility:hidden.")
    s1 = (p.select("Daily limit", ["1 hour", "2 hours", "3 hours", "No limit"], 1)
          + p.cb("Bedtime lock (8:00 PM – 7:00 AM)", checked=True)
          + p.seg("Weekend rules", ["Same as weekdays", "Relaxed"], 1)
          + p.button("Pause Leo's tablet now", cls="btn btn-danger"))
    p.add(p.section("Screen time", s1))
    s2 = (p.radios("Content age rating", ["Ages 3–5", "Ages 6–8", "Ages 9–12"], 1)
          + p.cb("Ask me before installing apps", checked=True)
          + p.cb("Allow in-app purchases", checked=False)
          + p.cb("Smart app suggestions for Leo", checked=True,
                 help="Suggestions use Leo's age and the apps you've approved. They don't train our models."))
    p.add(p.section("Apps and content", s2))
    p.add(p.section("Voice assistant", p.sw("Voice assistant", True, mode="text",
                                            help="Voice commands are processed on the tablet.")))
    s3 = p.select("Keep recordings", ["Don't keep", "Keep for 30 days", "Keep until I delete them"], 2,
                  ai=(True, "h"))
    p.add(p.section("Teach the assistant with Leo's voice", s3,
                    intro="Recordings of Leo's voice requests can help us teach our speech model to understand "
                          "children better. Nothing is kept unless you choose to."))
    s4 = p.state_row("Your right to object", "Not lodged", "Lodge objection",
                     suffix="to model training on Leo's activity",
                     desc="You can object to TinyTab using Leo's app activity to train its recommendation and "
                          "safety models.", ai=(True, "i"))
    with p.collapsed():
        inner = p.cb("Block app developers from training on Leo's usage data", checked=True, ai=(False, "i"))
    s4 += p.details("Partner programs", inner)
    with p.hidden():
        art = p.cb("Share Leo's drawings with our AI art partner for training", checked=False, ai=(False, "p"))
    s4 += p.conceal("visibility", art)
    p.add(p.section("Leo's data", s4))
    s5 = (p.cb("Weekly activity report by email", checked=True) + p.button("Change parent PIN")
          + " " + p.button("Add a new child"))
    p.add(p.section("Family account", s5))
    p.add(p.button("Save", cls="btn btn-primary"))
    return p


def pages():
    return [nanit(), cozi(), bumpday(), acorn(), tinytab()]

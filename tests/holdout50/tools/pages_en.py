"""English pages (blind50: energy, utilities, insurance and home services)."""
from lib import Page, C


def skel(p, search_ph, account, menu, nav_label, nav, current):
    p.header("Search", search_ph, "Language",
             [("en", "English"), ("cy", "Cymraeg"), ("es", "Español")], "en",
             account, menu)
    p.nav(nav_label, nav, current)


def octopus():
    p = Page("en", "octopus-energy-preferences",
             "https://octopus.energy/dashboard/accounts/A-3F7C21D9/preferences/",
             "Preferences | Octopus Energy", "Octopus Energy", "energy supplier", known=True,
             notes="Smart-meter frequency, usage summaries and a similar-homes comparison are decoys; "
                   "the call-recordings control sits in a closed <details>; the Labs switch only says "
                   "training in its described help.")
    skel(p, "Search help articles", "Your account",
         ["Personal details", "Switch property", "Refer a friend", "Log out"],
         "Account", ["Overview", "Bills", "Payments", "Meter readings", "Your tariff",
                     "Preferences", "Moving home"], "Preferences")
    p.h1("Preferences", "Choose how we keep in touch and what we do with your data. "
                        "Changes save as soon as you make them.")
    with p.section("Bills and payments"):
        p.radios("How would you like to get your bills?",
                 [("email", "By email"), ("post", "By post")], "email")
        p.select("Direct Debit collection day",
                 [("1", "1st of the month"), ("15", "15th of the month"), ("28", "28th of the month")], "15")
        p.checkbox("Remind me 3 days before each payment", True)
    with p.section("Your smart meter",
                   "Half-hourly readings let you see when you use energy and unlock tariffs like Agile and Go."):
        p.radios("How often should your meter send us readings?",
                 [("hh", "Every half hour"), ("daily", "Once a day"), ("monthly", "Once a month")], "hh")
        p.switch("Weekly usage summary by email", True)
        p.switch("Show how my usage compares with similar homes", False)
    with p.section("Messages we send you"):
        p.table("What we send, and where", "Topic", ["Email", "Text message"], [
            ("Saving Sessions invitations", [C(True), C(False)]),
            ("Power cut updates", [C(True), C(True)]),
            ("Octopus news and offers", [C(False), C(False)]),
        ])
    with p.section("How we use your energy data",
                   "We never sell your data. Here you decide whether it can help us build "
                   "smarter tariffs and tools."):
        p.switch("Use my half-hourly readings to train Octopus forecasting models", True,
                 help="Forecasting models predict demand on the grid so we can price tariffs like Agile fairly.",
                 t="p")
        p.switch("Join Octopus Labs", False,
                 help="Labs members' readings and app feedback are pooled and used to train and test "
                      "the machine-learning models behind new tariffs before they launch.",
                 t="v")
        p.switch("Energy-saving tips written for my home", True,
                 help="Tips are put together from your own readings when you open the app.", hm="near")
        with p.details("More data choices"):
            p.checkbox("Keep my call recordings out of AI training", True, style="wrap", t="i")
            p.checkbox("Let our team see my smart meter data when I call", True, style="wrap")
        with p.dialog("About our research partners", "Research partners"):
            p.p("Universities we work with study how homes use energy.")
            p.switch("Let university partners train grid models on my anonymised readings", False, ai=True)
            p.button("Confirm choice")
    with p.section("Extras"):
        p.switch("Automatically join Saving Sessions", True)
        p.switch("Show grid carbon intensity in the app", True)
        p.switch("Octoplus rewards", True)
        p.switch("Smart-charge my EV overnight", True,
                 help="Intelligent Octopus Go charges your car when electricity is cheapest.")
        p.select("Car ready by", [("6", "06:00"), ("7", "07:00"), ("8", "08:00")], "7")
    with p.section("Extra help and security",
                   "Let us know if you need support, and set a password for people who visit your home."):
        p.checkbox("Add me to the Priority Services Register", False)
        p.checkbox("Send letters in large print", False)
        p.text_input("Password for home visits", "", type="password")
        p.button("Add a trusted person")
    with p.section("Your data"):
        with p.actions():
            p.button("Download my data")
            p.button("Save preferences", cls="btn")
    p.footer(["Help", "Privacy notice", "Cookies", "Accessibility"],
             "Octopus Energy Ltd, registered in England and Wales.")
    return p


def lemonade():
    p = Page("en", "lemonade-privacy-settings",
             "https://www.lemonade.com/account/settings/privacy",
             "Privacy & data – Lemonade", "Lemonade", "renters and home insurer", known=True,
             notes="A single-column per-row table whose caption and intro say training, row names do not; "
                   "an objection state row not yet lodged; AI claims assistant, co-insured sharing, "
                   "Giveback visibility and home-safety training webinars are decoys.")
    skel(p, "Search Lemonade", "Account",
         ["Policies", "Billing", "Refer friends", "Log out"],
         "Settings", ["Profile", "Policies", "Payment methods", "Privacy & data", "Notifications"],
         "Privacy & data")
    p.h1("Privacy & data", "Your policies, your call. Pick a policy to see its settings.")
    tabs = p.tabs("Policy", ["Renters & Homeowners", "Pet"], 0)
    with p.tabpanel(tabs, 0):
        with p.section("Claims"):
            p.switch("Let Maya help me file claims in chat", True,
                     help="Maya is our AI assistant. Turn her off and a person from our claims team takes over.")
            p.switch("Instant payouts to my linked bank account", True)
            p.checkbox("Text me when my claim status changes", True)
        with p.section("Teaching our claims models",
                       ["Our claims models learn from past claims so simple ones can be paid in seconds.",
                        "Choose what they may learn from yours. We remove your name and address first."]):
            p.table("Your claim materials", "Material", ["Allowed"], [
                ("Photos and videos you upload", [C(True, "h")]),
                ("Your chat transcripts with Maya", [C(False, "h")]),
            ], naming="row")
        with p.section("Your data rights"):
            p.state_row("Marketing emails", "Subscribed", "Change", "marketing emails")
            p.state_row("Use of your claims for model training", "Allowed", "Object",
                        "to using my claims for model training", t="i", sharing=True)
            p.state_row("Copy of your data", "Last requested 12 March 2024", "Request", "a copy of my data")
        with p.section("Sharing"):
            p.switch("Share my policy details with my co-insured", True)
            p.select("Who can see my Giveback charity",
                     [("me", "Only me"), ("all", "Everyone on Lemonade")], "me")
        with p.section("Marketing"):
            p.checkbox("Personalized offers based on my policy", False)
            p.checkbox("Product news by email", True)
            p.checkbox("Invite me to free home-safety training webinars", False)
    with p.tabpanel(tabs, 1):
        with p.section("Pet health records"):
            p.switch("Let our pricing models learn from my pet's vet records", True, ai=True)
            p.checkbox("Vet visit reminders", True)
    with p.actions():
        p.button("Download policy documents")
        p.button("Save changes", cls="btn")
    p.footer(["Help center", "Privacy policy", "Terms", "Licenses"],
             "Lemonade Insurance Company.")
    return p


def brightwater():
    p = Page("en", "brightwater-privacy-settings",
             "https://my.brightwater-water.test/account/privacy-settings",
             "Privacy settings – Brightwater Water", "Brightwater Water", "water utility",
             notes="An inverted switch named by its own text ('Don't use ... to train AI', off); a plain "
                   "select set to No; leak alerts, water-saving tips and customer panels are decoys.")
    skel(p, "Search our help pages", "My account",
         ["My details", "Moving house", "Sign out"],
         "My account", ["Overview", "Bills", "Payments", "Meter", "Privacy settings", "Contact us"],
         "Privacy settings")
    p.h1("Privacy settings", "Manage how we contact you and how your household's water data is used.")
    with p.section("Your water meter"):
        p.switch("Leak alerts by text", True,
                 help="We text you if your smart meter shows water running non-stop for 24 hours.")
        p.switch("Night-time alerts only", False)
        p.select("Meter reading reminders",
                 [("6m", "Every 6 months"), ("3m", "Every 3 months"), ("never", "Never")], "6m")
    with p.section("Bills"):
        p.radios("Bill format", [("paperless", "Paperless"), ("paper", "Paper"),
                                 ("braille", "Braille"), ("large", "Large print")], "paperless",
                 kind="radiogroup")
        p.checkbox("Spread my payments over 12 months", True)
    with p.section("Contact preferences"):
        p.table("How we contact you", "Message", ["Email", "Text"], [
            ("Planned work in my street", [C(True), C(True)]),
            ("Your bill is ready", [C(True), C(False)]),
        ])
    with p.section("Priority Services Register",
                   "Tell us if anyone at home needs extra help when the water is off."):
        p.checkbox("Someone in my home needs extra help during supply interruptions", False)
        p.text_input("Nominee phone number", "", type="tel")
    with p.section("Research and new technology",
                   "We work with universities to find leaks sooner and plan for drought. "
                   "You choose whether your household takes part."):
        p.switch("Don't use my leak-alert data to train AI", False, style="text", t="i")
        p.select("Let university researchers train leak-detection models on my usage",
                 [("yes", "Yes, allow"), ("no", "No")], "no", t="p", share={"yes"})
        p.switch("Water-saving tips tailored to my home", True,
                 help="Tips are worked out from your own bills and stay within Brightwater.", hm="near")
        p.checkbox("Invite me to customer panels and surveys", False)
        with p.hide("class-none"):
            p.p("Drought pilot (closed in 2024)")
            p.switch("Share household usage with the regional drought-forecasting AI pilot", True, ai=True)
    with p.actions():
        p.button("Download my usage history")
        p.button("Save settings", cls="btn")
    p.footer(["Accessibility", "Privacy notice", "Complaints", "Careers"],
             "Brightwater Water Services Ltd.")
    return p


def fixly():
    p = Page("en", "fixlyhome-privacy",
             "https://www.fixlyhome.test/settings/privacy",
             "Privacy – Fixly Home", "Fixly Home", "home-services marketplace",
             notes="'Help improve Smart Quotes' (vague, help says training) beside the Smart Quotes "
                   "feature switch itself (decoy); a segmented 'Job photos' group meaningful only through "
                   "its heading; an opt-out checkbox left unticked; AI description drafting, translation "
                   "and thread summaries are decoys.")
    skel(p, "Search for a pro or a job", "Account",
         ["My jobs", "Saved pros", "Billing", "Log out"],
         "Settings", ["Profile", "Notifications", "Privacy", "Payments", "Connected apps"], "Privacy")
    p.h1("Privacy")
    with p.section("Your profile"):
        p.select("Who can see my street name",
                 [("hired", "Pros I've hired"), ("quoting", "Any pro who sends a quote"), ("me", "Only me")],
                 "hired")
        p.switch("Let pros call me directly", False)
        p.switch("Show my reviews on pros' profiles", True)
    with p.section("Job requests"):
        p.radios("How many quotes do you want per job?",
                 [("3", "Up to 3"), ("5", "Up to 5"), ("max", "As many as possible")], "3")
        p.switch("Instant booking for small jobs", True)
        p.switch("Suggest a job description from my photos", True,
                 help="Our assistant drafts a description you can edit before you post.")
    with p.section("Smart Quotes", "Smart Quotes shows a likely price range before any pro replies."):
        p.switch("Show Smart Quotes on my job posts", True)
        p.switch("Help improve Smart Quotes", True,
                 help="When this is on, the descriptions and final prices of your finished jobs are used "
                      "to train the model behind Smart Quotes.", t="v")
    with p.section("What our estimator may learn from",
                   "Pick which parts of your past jobs can be used as training examples for the price estimator."):
        p.segmented("Job photos", ["Use", "Don't use"], "Don't use", t="h", share={"Use"})
        p.checkbox("Opt out of AI training on my messages with pros", False, t="i")
    with p.section("Messages"):
        p.switch("Translate messages from pros automatically", False)
        p.switch("Summarize long message threads", True,
                 help="Summaries are made when you open a thread and aren't kept.")
        p.checkbox("Email me when a pro replies", True)
        p.checkbox("Text me when a pro replies", False)
    with p.hide("aria-hidden"):
        p.p("New: partner programme preview")
        p.switch("Let partner companies train their AI on my project photos", True, ai=True)
    with p.section("Connected apps"):
        p.button("Connect Google Calendar")
    with p.actions():
        p.button("Download my data")
        p.button("Save", cls="btn")
    p.footer(["How it works", "Trust & safety", "Privacy", "Terms"], "Fixly Home, Inc.")
    return p


def thermhaven():
    p = Page("en", "thermhaven-data-privacy",
             "https://app.thermhaven.test/settings/data-and-privacy",
             "Data & privacy – ThermHaven", "ThermHaven", "smart thermostat app",
             notes="A radio group (fieldset) plainly about training; a 'Pause ...' switch that is on; a "
                   "state row whose button only names the data, with the study's training purpose given "
                   "by the heading; on-device Auto-Schedule and crash reports (help: not used for "
                   "training) are decoys.")
    skel(p, "Search settings", "Account menu",
         ["Homes", "Subscription", "Support", "Sign out"],
         "Settings", ["Home", "Schedules", "Household", "Data & privacy", "Devices"], "Data & privacy")
    p.h1("Data & privacy", "Settings for Maple Street home.")
    with p.section("Heating"):
        p.select("Temperature unit", [("c", "°C"), ("f", "°F")], "c")
        p.switch("Eco mode when everyone is away", True,
                 help="Uses the location of household phones to tell when the home is empty.")
        p.switch("Auto-Schedule", True,
                 help="Auto-Schedule learns your routine on the thermostat itself. Nothing leaves your home for this.")
        p.switch("Open-window detection", True)
        p.select("Firmware updates", [("auto", "Install automatically"), ("ask", "Ask me first")], "auto")
    with p.section("Household"):
        p.table("Who can control this home", "Member", ["Change temperature", "See energy history"], [
            ("Priya", [C(True), C(True)]),
            ("Guest access", [C(True), C(False)]),
        ])
    with p.section("Your data"):
        p.radios("Use my thermostat history to train the HeatSense model",
                 [("yes", "Yes"), ("no", "No")], "yes", t="p", share={"yes"})
        p.switch("Pause model training on my room sensors' motion data", True, style="input", t="i")
        p.switch("Send crash reports", True,
                 help="Crash reports help us fix bugs. They're deleted after 90 days and never used to train models.")
    with p.section("Northbridge University study",
                   "ThermHaven supports a study at Northbridge University that trains models to predict "
                   "how homes heat up and cool down. This is what it receives from your home."):
        p.state_row("Room occupancy data", "Shared", "Change", "room occupancy data", t="h", sharing=True)
        with p.hide("inline-vis"):
            p.checkbox("Also send indoor humidity readings to the study", False, ai=True)
    with p.actions():
        p.button("Export my data")
        p.button("Remove this thermostat")
        p.button("Save", cls="btn")
    p.footer(["Support", "Privacy", "Terms", "Status"], "ThermHaven Labs Ltd.")
    return p


PAGES = [octopus, lemonade, brightwater, fixly, thermhaven]

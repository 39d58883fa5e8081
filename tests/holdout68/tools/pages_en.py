from lib import Page

ONOFF = [("On", True), ("Off", False)]


def grammarly():
    p = Page("en", "grammarly-customize", "https://account.grammarly.com/customize",
             "Customize · Grammarly", "Grammarly", known=True, prefix="gr", hide_class="u-hide",
             notes="Known service (reconstruction, settings invented). Writing-assistant customization page; "
                   "training switch named plainly, feedback signals explained only in help; generative-AI "
                   "features and style rules as decoys; a connected-apps training checkbox hidden by a CSS class.")
    p.nav(["Account", "Subscription", "Customize", "Personal dictionary", "Style guide", "Apps", "Privacy"], cur=2)
    p.h1("Customize", intro="Tune the suggestions Grammarly shows you across every app and website.")
    p.section("Suggestions")
    p.switch("Check for conciseness", on=True)
    p.switch("Flag passive voice", on=False)
    p.switch("Suggest inclusive language", on=True, help="Points out wording that may exclude or offend readers.")
    p.switch("Use the Oxford comma", on=True)
    p.select("Language preference", [("American English", None), ("British English", None),
                                     ("Canadian English", None), ("Australian English", None), ("Indian English", None)], 0)
    p.section("Generative AI")
    p.switch("Show generative AI prompts", on=True,
             help="Compose, rewrite, and reply with AI. Turning this off hides the lightbulb prompt in every app.")
    p.radiogroup("Default tone for rewrites", [("Neutral", None), ("Confident", None), ("Friendly", None)], 0)
    p.bswitch("Follow my team's style guide in rewrites", on=True, by="text")
    p.section("Product improvement and training",
              intro="You're in control of whether your writing helps build better Grammarly products.")
    p.switch("Product improvement and training", on=True, ai="+", shape="p",
             help="When on, Grammarly may use de-identified text from your documents to develop and improve its AI models and features.")
    p.pressed("Share how I respond to suggestions", ONOFF, 1, ai=True, shape="v",
              help="Which suggestions you accept or dismiss is fed back into the models that rank and generate suggestions.")
    with p.hide("class"):
        p.cb("Use text from connected apps to train Grammarly models", on=True, ai="+", shape="p")
    p.section("Apps")
    p.cb("Show Grammarly in Google Docs", on=True)
    p.cb("Show Grammarly in Microsoft Word", on=True)
    p.cb("Check writing in browser address bars", on=False)
    p.section("Your data")
    p.cb("Keep a history of my documents", on=True)
    p.cb("Email me a weekly writing report", on=False)
    p.button("Download your data")
    p.button("Delete all documents")
    p.section("Sign-in and security")
    p.switch("Two-step verification", on=True)
    p.select("Sign me out after", [("1 day", None), ("2 weeks", None), ("Never", None)], 1)
    p.button("Change password")
    p.button("Sign out everywhere")
    return p


def swiftkey():
    p = Page("en", "swiftkey-privacy", "https://account.swiftkey.com/privacy",
             "Privacy – Microsoft SwiftKey account", "Microsoft SwiftKey", known=True, prefix="sk",
             notes="Known service (reconstruction, settings invented). Keyboard account privacy page; state row "
                   "whose status text explains training, a select naming voice-model training, an inverted "
                   "federated-learning switch named by aria-labelledby; research programme switch in a closed dialog.")
    p.nav(["Account", "Backup & sync", "Typing stats", "Privacy", "Devices", "Help"], cur=3)
    p.h1("Privacy")
    p.section("Backup & sync")
    p.switch("Sync my learned words across devices", on=True)
    p.switch("Back up keyboard settings", on=True)
    p.staterow("Cloud backup", "On. Last backed up today at 08:14.", "Turn off", suffix="cloud backup")
    p.button("Delete synced words")
    p.section("Help improve SwiftKey")
    p.staterow("Typing snippet collection",
               "On. Short samples of what you type are reviewed by Microsoft and used to train prediction and autocorrect models.",
               "Turn off", sharing=True, ai=True, shape="v", suffix="typing snippet collection")
    p.select("Use my voice input to train speech models",
             [("Never", False), ("Only clips I send with feedback", True), ("Always", True)], 0, ai=True, shape="p")
    p.bswitch("Opt out of federated learning", on=True, by="labelledby", ai="-", shape="i",
              help="Federated learning improves the shared typing model on your phone and sends back only model updates.")
    p.cb("Send usage statistics", on=True,
         help="Counts such as how often you use emoji or themes. It never contains what you type.")
    with p.hide("dialog", title="SwiftKey research programme", opener="About the research programme"):
        p.switch("Join the research programme and let researchers train experimental models on my typing", on=False,
                 ai="+", shape="p")
        p.button("Close")
    p.section("Typing")
    p.radiogroup("Keyboard height", [("Short", None), ("Normal", None), ("Tall", None)], 1, by="aria-label")
    p.switch("Emoji predictions", on=True)
    p.switch("GIF suggestions", on=True)
    p.switch("Show Bing in the toolbar", on=False)
    p.switch("Copilot in the keyboard", on=True, help="Ask Copilot to rewrite or reply without leaving the app you're in.")
    p.pressed("Autocorrect strength", [("Light", None), ("Balanced", None), ("Strong", None)], 1)
    p.section("Devices")
    p.button("Sign out of all devices")
    p.select("Keyboard theme on this account", [("Follow device", None), ("Light", None), ("Dark", None)], 0)
    p.cb("Email me when a new device signs in", on=True)
    p.button("Remove Pixel 8")
    return p


def clipnest():
    p = Page("en", "clipnest-privacy", "https://app.clipnest.test/settings/privacy",
             "Privacy & data — Clipnest", "Clipnest", prefix="cn", hide_class="d-none",
             notes="Invented clipboard manager. A sync × training table with a 'Use for training' column, an "
                   "inverted team checkbox, smart-action AI features as decoys; a partner-training switch under aria-hidden.")
    p.nav(["General", "Clipboard history", "Sync", "Smart actions", "Privacy & data", "Team"], cur=4)
    p.h1("Privacy & data")
    p.section("Clipboard history")
    p.select("Keep history for", [("1 day", None), ("7 days", None), ("30 days", None), ("Forever", None)], 2)
    p.switch("Skip items copied from password managers", on=True)
    p.field("Never record clips from these apps", value="1Password, Bitwarden, Banking")
    p.button("Clear history")
    p.section("Smart actions", intro="Smart actions suggest what to do with a clip: track a parcel, add a date to your calendar, open a map.")
    p.switch("Suggest smart actions", on=True)
    p.bswitch("Summarize long clips", on=False, by="text")
    with p.hide("aria"):
        p.switch("Let partners train on my anonymized clips", on=True, ai="+", shape="p")
    p.section("How your clips are used")
    p.table("Choose where each type of clip can go",
            ["Sync to my devices", "Use for training"],
            ["Text and links", "Images and screenshots"],
            [[True, True], [True, False]], ai_cols={1: "+"}, shape="p", labelled=True)
    p.section("Team")
    p.cb("Keep our team's clips out of model training", on=True, ai="-", shape="i",
         help="Applies to everyone in Design Ops. Only admins can change it.")
    p.cb("Require admin approval for new devices", on=False)
    p.section("Notifications")
    p.cb("Email me about new features", on=False)
    p.cb("Notify me when sync fails", on=True)
    p.cb("Weekly digest of my most-used snippets", on=False)
    p.section("Sync")
    p.switch("End-to-end encrypt synced clips", on=True, help="Your recovery key is the only way back in if you lose all your devices.")
    p.select("Sync over", [("Wi-Fi and mobile data", None), ("Wi-Fi only", None)], 1)
    p.button("Show recovery key")
    return p


def stratus():
    p = Page("en", "stratus-launcher-account", "https://my.stratuslauncher.test/account/settings",
             "Account settings | Stratus Launcher", "Stratus Launcher", prefix="st",
             notes="Invented phone launcher. Heading-only section on suggestion-model training with a radio "
                   "fieldset and a role=radiogroup named by their data kinds; a vague Labs checkbox explained by "
                   "help inside a closed <details>; search-query training switch hidden by inline display:none.")
    p.nav(["Home screen", "Widgets", "Icon packs", "Gestures", "Backup", "Privacy"], cur=5)
    p.h1("Account settings")
    p.section("Home screen")
    p.select("Grid size", [("4 × 5", None), ("5 × 5", None), ("5 × 6", None)], 1)
    p.switch("Lock home screen layout", on=False)
    p.switch("Show app suggestions row", on=True, help="A row of apps you're likely to open next, worked out on your phone.")
    p.pressed("Search bar position", [("Top", None), ("Bottom", None)], 1)
    p.section("Widgets")
    p.switch("Smart stack rotates widgets", on=True, help="Shows the calendar in the morning and music in the evening.")
    p.cb("Weather widget uses precise location", on=False)
    p.radios("Icon shape", [("Circle", None), ("Squircle", None), ("Teardrop", None)], 1)
    p.section("Suggestion models",
              intro="Stratus trains the models behind app and widget suggestions on how people use their phones. "
                    "Choose what your phone contributes.")
    p.radios("App launch history", [("Include", True), ("Don't include", False)], 0, ai=True, shape="h")
    p.radiogroup("Widget taps and swipes", [("Include", True), ("Don't include", False)], 1, ai=True, shape="h")
    with p.details("More options"):
        p.cb("Contribute to Stratus Labs", on=True, ai="+", shape="v",
             help="Labs projects train experimental gesture-recognition models on the swipe traces from your home screen.")
    with p.hide("display"):
        p.switch("Use my search queries for model training", on=True, ai="+", shape="p")
    p.section("Backup")
    p.button("Back up now")
    p.switch("Automatic backup", on=True)
    p.select("Backup frequency", [("Daily", None), ("Weekly", None), ("Monthly", None)], 1)
    p.section("Privacy")
    p.cb("Send crash reports", on=True, help="Crash logs help us fix bugs faster.")
    p.cb("Product news and offers by email", on=False)
    p.button("Download my data")
    p.button("Delete my account")
    p.section("Gestures")
    p.select("Swipe down on home screen", [("Open notifications", None), ("Open search", None), ("Do nothing", None)], 0)
    p.select("Double tap", [("Lock screen", None), ("Do nothing", None)], 0)
    return p


def quillpad():
    p = Page("en", "quillpad-ink-ai", "https://quillpad.test/settings/ink-and-ai",
             "Pens, handwriting & AI – Quillpad", "Quillpad", prefix="qp",
             notes="Invented stylus note app. Plain switch named by aria-label, an opt-out state row "
                   "('Undo' + its title by aria-labelledby); an AI assistant decoy; the classroom tab "
                   "(inactive tab panel) hides a student-notes training checkbox.")
    p.nav(["Notebooks", "Pens & ink", "Handwriting", "Sync", "AI & data", "Subscription"], cur=4)
    p.h1("Pens, handwriting & AI")
    p.section("Pens & ink")
    p.select("Default pen", [("Fountain pen", None), ("Ballpoint", None), ("Pencil", None), ("Highlighter", None)], 0)
    p.pressed("Palm rejection", [("Off", None), ("Low", None), ("High", None)], 2)
    p.switch("Pressure sensitivity", on=True)
    p.switch("Snap drawn shapes", on=True, help="Hold the pen still at the end of a stroke to turn it into a clean shape.")
    p.section("Handwriting")
    p.select("Recognition language", [("English (US)", None), ("English (UK)", None), ("Spanish", None)], 0)
    p.switch("Convert handwriting to text as I write", on=False)
    p.cb("Make handwriting searchable", on=True)
    p.section("AI & data")
    ts = p.tabs(["Personal", "Classroom"], active=0, label="Account type")
    with p.panel(ts, 0):
        p.bswitch("Train Quillpad's handwriting models on my notes", on=True, by="aria-label", ai="+", shape="p")
        p.staterow("Sketch opt-out",
                   "Active. Drawings and sketches in your notebooks are left out of AI training.",
                   "Undo", sharing=False, ai=True, shape="i")
        p.switch("Quillpad Assistant", on=True,
                 help="Ask questions about your notebooks. Answers are generated when you ask.")
    with p.panel(ts, 1):
        p.cb("Allow students' notes to be used for model training", on=False, ai="+", shape="p")
    p.section("Sync")
    p.switch("Sync over mobile data", on=False)
    p.select("Conflict handling", [("Keep both copies", None), ("Keep the newest", None)], 0)
    p.button("Export all notebooks as PDF")
    p.section("Notebooks")
    p.pressed("Default paper", [("Blank", None), ("Ruled", None), ("Grid", None), ("Dotted", None)], 3)
    p.switch("Open the last notebook on launch", on=True)
    p.cb("Show page numbers", on=True)
    p.cb("Send me tips for getting started", on=False)
    return p


def pages():
    return [grammarly(), swiftkey(), clipnest(), stratus(), quillpad()]

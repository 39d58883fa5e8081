from lib import Page, ai, hide

LANGS = ["English (United States)", "English (United Kingdom)", "Deutsch", "Español", "Français"]


def bing(method):
    P = Page("en", "bing-settings", "https://www.bing.com/account/general", "Settings", "Microsoft Bing",
             known=True, method=method,
             notes="Bing settings (reconstruction). Select named 'Use my Bing searches…' set to Not allowed; "
                   "state row 'Help improve Copilot' (vague title, help says training) currently On; inverted "
                   "checkbox 'Exclude my Copilot chats…' unticked (so chats are used). Decoys: Copilot features said not to train, "
                   "notifications about Copilot, SafeSearch, history, ads. Hidden: image-creator training checkbox "
                   "behind the hidden attribute.",
             nav=["General", "Search", "Copilot", "Privacy", "Notifications", "Accessibility"],
             nav_label="Settings sections", search_label="Search the web", search_ph="Search the web",
             lang_label="Display language", langs=LANGS, account="Sign in as Jordan",
             menu=["Rewards", "Search history", "Sign out"],
             footer=["Privacy and Cookies", "Legal", "Advertise", "About our ads", "Help", "Feedback"],
             h1="Settings",
             lead="Changes are saved to your Microsoft account and apply wherever you're signed in.")
    s = P.section("Search")
    s.select("SafeSearch", ["Strict", "Moderate", "Off"], 1,
             help="Filters adult text, images and videos from your search results.")
    s.select("Results language", ["Any language", "Only English", "Only my display language"], 0)
    s.checkbox("Open links from search results in a new tab or window", False, wrap=True)
    s.switch("Search suggestions as you type", True)
    s.switch("Show trending topics on the Bing homepage", False)
    s = P.section("Copilot in Bing", "Copilot answers questions with citations from the web.")
    s.switch("Show Copilot answers at the top of search results", True,
             help="Answers are generated for each query. Turning this off doesn't delete anything.")
    s.btnswitch("Save Copilot conversation history", True, naming="labelledby",
                help="Keeps your chats so you can pick them up later on any device.")
    s.select("Conversation style", ["More creative", "More balanced", "More precise"], 1)
    s.staterow("Help improve Copilot", "On", "Turn off", True, naming="labelledby",
               help="When this is on, text and voice conversations with Copilot may be reviewed and used to "
                    "train the generative models behind it. Conversations are stripped of your name, email and "
                    "phone number first.",
               ai=ai("v", pos=True))
    s.checkbox("Exclude my Copilot chats from model training", False,
               help="Applies to chats from today onward. Chats from signed-out sessions are never used.",
               ai=ai("i", pos=False))
    s = P.section("Privacy", "Control what is saved to your account and how it is used.")
    s.select("Use my Bing searches to improve Microsoft AI models", ["Allowed", "Not allowed"], 1,
             ai=ai("p", yes=[0]))
    s.switch("Personalise results using my search history", True)
    s.staterow("Search history", "Saving is on", "Clear all", True, naming="suffix", suffix="search history")
    s.checkbox("Show ads based on my interests", False, wrap=True,
               help="You'll still see ads. They'll just be less relevant.")
    s.button("Export my search history")
    s = P.section("Notifications")
    s.checkbox("Email me when Copilot gets new features", False)
    s.checkbox("Microsoft Rewards offers", True)
    s.segmented("Daily image notifications", ["On", "Off"], 1)
    h = P.hidden("Image Creator", "Settings for images you generate with Image Creator.")
    h.checkbox("Use my image creations to train image models", False, ai=ai("p", pos=True))
    s = P.section("Accessibility")
    s.switch("Reduce motion on the homepage", False)
    s.select("Text size", ["Small", "Default", "Large"], 1)
    return P


def duckduckgo(method):
    P = Page("en", "duckduckgo-settings", "https://duckduckgo.com/settings", "Settings", "DuckDuckGo",
             known=True, method=method,
             notes="DuckDuckGo settings (reconstruction). Heading-only radiogroup 'Your prompts' under "
                   "'Model improvement programme' set to Don't share; plain segmented control for answer "
                   "ratings set On. Decoys: Duck.ai said never to train on chats, recent-chat saving, "
                   "themes, region. Hidden: a switch inside a display:none block.",
             nav=["General", "Appearance", "Duck.ai", "Search assist", "Sync & backup", "Privacy Pro"],
             nav_label="Settings", search_label="Search DuckDuckGo", search_ph="Search without being tracked",
             lang_label="Language", langs=LANGS, account="Menu",
             menu=["Privacy Pro", "Email Protection", "Blog", "Help pages"],
             footer=["Privacy policy", "Terms", "Careers", "Press kit", "Send feedback"],
             h1="Settings",
             lead="We don't track you, so your settings live in this browser. Save them to the cloud with a "
                  "passphrase if you want them elsewhere.")
    s = P.section("General")
    s.select("Region", ["All regions", "Canada (en)", "UK (en)", "US (en)"], 3)
    s.select("Safe search", ["Strict", "Moderate", "Off"], 1)
    s.switch("Infinite scroll", True)
    s.checkbox("Open links in a new tab", False, wrap=True)
    s.switch("Instant answers", True, help="Wikipedia boxes, weather, calculators and the like.")
    s = P.section("Appearance")
    s.segmented("Theme", ["Light", "Dark", "System"], 2)
    s.select("Font size", ["Small", "Medium", "Large", "Largest"], 1)
    s.switch("Show full URLs", False)
    s = P.section("Duck.ai",
                  "Chat with popular AI models anonymously. We remove your IP address, and the model "
                  "providers have agreed not to use your chats to train their models.")
    s.switch("Show Duck.ai in the search bar", True)
    s.switch("Save recent chats on this device", True,
             help="Recent chats stay in your browser's local storage and are never sent to our servers.")
    s.select("Default chat model", ["GPT-4o mini", "Claude Haiku", "Llama", "Mistral Small"], 1)
    s = P.section("Search assist", "AI-assisted answers to some questions, with sources.")
    s.radiogroup("How often to show answers", ["Often", "Sometimes", "On demand", "Never"], 1)
    s.segmented("Allow search feedback to train answer models", ["On", "Off"], 0,
                help="Thumbs up or down on an answer, with the query that produced it.",
                ai=ai("p", yes=[0]))
    s.checkbox("Email me about new Search Assist features", False)
    s = P.section("Model improvement programme",
                  "Our answer partners can use a sample of anonymised Duck.ai prompts to train and "
                  "evaluate their models. Nothing that identifies you is included, and it's off unless you "
                  "choose otherwise.")
    s.radiogroup("Your prompts", ["Share", "Don't share"], 1, ai=ai("h", yes=[0]))
    h = P.hidden("Sync & backup (beta)")
    h.switch("Let synced bookmarks help train answer models", True, ai=ai("p"))
    s = P.section("Sync & backup")
    s.button("Sync with another device")
    s.button("Save settings to the cloud")
    return P


def lumen(method):
    P = Page("en", "lumen-sync", "https://lumenbrowser.test/settings/sync", "Sync and Lumen Assist",
             "Lumen", method=method,
             notes="Invented browser: sync table with a 'Train Lumen Assist' column (two table-cell labels: "
                   "History ticked, Reading list unticked; other rows have no checkbox there). Vague "
                   "aria-label switch 'Contribute to Lumen Labs' off. Decoys: on-device Assist said not to "
                   "train, sidebar, notifications about Assist. Hidden: a state row behind a CSS class.",
             nav=["You and Lumen", "Sync", "Lumen Assist", "Privacy and security", "Appearance",
                  "Downloads", "About Lumen"],
             nav_label="Settings navigation", search_label="Search settings", search_ph="Search settings",
             lang_label="Language", langs=LANGS, account="Priya Nair",
             menu=["Manage your Lumen account", "Switch profile", "Sign out"],
             footer=["Lumen Help", "Privacy notice", "What's new in 128"],
             h1="Sync and Lumen Assist",
             lead="Signed in as priya.nair@example.com. Your data is encrypted with your sync passphrase.")
    s = P.section("What to sync", "Pick what travels with you. Some items can also be used to train "
                  "Lumen Assist, our built-in AI, if you tick them in the second column.")
    s.table("Sync and training choices", ["Sync", "Train Lumen Assist"],
            [("Bookmarks", [True, None]), ("History", [True, True]), ("Open tabs", [True, None]),
             ("Passwords", [True, None]), ("Reading list", [False, False])],
            ai_cells={(1, 1): ai("p"), (4, 1): ai("p")}, corner="Data type")
    s.button("Change sync passphrase")
    s.switch("Sync over mobile data", False)
    s = P.section("Lumen Assist")
    s.switch("Show Assist in the sidebar", True)
    s.switch("Summaries in reading mode", True,
             help="Summaries are made on your device. What you read is never sent to us or used to train "
                  "any model.")
    s.select("Assist keyboard shortcut", ["Ctrl+J", "Ctrl+Shift+A", "None"], 0)
    s.btnswitch("Contribute to Lumen Labs", False, naming="label",
                help="Shares snippets of the pages you ask Assist about so we can train future Assist models. "
                     "You can leave at any time.",
                ai=ai("v"))
    s.checkbox("Let Assist read the active tab when I open it", True, wrap=True)
    s = P.section("Notifications")
    s.checkbox("Tips about Lumen Assist", True)
    s.checkbox("Alert me when a new Assist model is available", False)
    s.radiogroup("Update reminders", ["Daily", "Weekly", "Never"], 1)
    h = P.hidden("Tab groups", hide_class="sync-legacy")
    h.staterow("Model training from synced tab groups", "Paused", "Resume", False, naming="labelledby",
               ai=ai("p"))
    s = P.section("Appearance")
    s.segmented("Theme", ["Light", "Dark", "Device"], 2)
    s.textinput("Home page", "https://start.lumenbrowser.test")
    return P


def foxtail(method):
    P = Page("en", "foxtail-preferences", "https://foxtail-search.test/preferences", "Preferences",
             "Foxtail", method=method,
             notes="Invented search engine. Fieldset 'Keep my search history out of AI training' answered "
                   "'No' (double negation: shared). Heading-only button switch 'Clicks on results' (text "
                   "name) under a training heading, on. Vague wrapped checkbox 'Join the Foxtail quality "
                   "panel' unticked. Decoys: answers said not to learn from you, personalisation, ads, "
                   "export. Hidden: select inside aria-hidden block.",
             nav=["Search", "Answers", "Privacy", "Training data", "Ads", "Account"],
             nav_label="Preferences", search_label="Search", search_ph="Search the web with Foxtail",
             lang_label="Interface language", langs=LANGS, account="Account",
             menu=["Your searches", "Billing", "Log out"],
             footer=["About Foxtail", "Transparency report", "Privacy", "Terms", "Status"],
             h1="Preferences",
             lead="These preferences are stored with your account.")
    s = P.section("Search")
    s.select("Results per page", ["10", "20", "30", "50"], 1)
    s.select("Safe search", ["Off", "Moderate", "Strict"], 1)
    s.checkbox("Highlight results from sites I've pinned", True, wrap=True)
    s.switch("Show the 'Discussions' block", True)
    s.textinput("Block these domains (comma-separated)", "pinterest.com, quora.com")
    s = P.section("Answers", "Quick answers above results, written by our language model and linked to "
                  "their sources. Answers don't learn from your account.")
    s.switch("Show quick answers", True)
    s.segmented("Answer length", ["Short", "Detailed"], 0)
    s.checkbox("Notify me when an answer I saved is updated", False)
    s = P.section("Privacy")
    s.fieldset("Keep my search history out of AI training",
               ["Yes, keep it out", "No, it can be used"], 1,
               help="Your history is kept for 18 months either way unless you delete it.",
               ai=ai("i", yes=[1]))
    s.switch("Personalise results with my search history", True)
    s.button("Download my data")
    s.button("Delete search history", cls="danger")
    s = P.section("Training Foxtail's ranking and answer models",
                  "Signals you choose below are added to the data sets we use to train our ranking and "
                  "answer models.")
    s.btnswitch("Clicks on results", True, naming="text", ai=ai("h"))
    s.checkbox("Join the Foxtail quality panel", False, wrap=True,
               help="Panel members rate a few results each week; their ratings and the queries behind them "
                    "are used to train our answer model.",
               ai=ai("v"))
    h = P.hidden("Voice search")
    h.select("Voice clips for speech-model training", ["Don't keep", "Keep for training"], 1,
             ai=ai("p", yes=[1]))
    s = P.section("Ads")
    s.switch("Show ads", True, help="Ads are never based on your history.")
    s.checkbox("Allow partner affiliate links", False, wrap=True)
    return P


def quietpage(method):
    P = Page("en", "quietpage-options", "https://quietpage-blocker.test/dashboard/options",
             "QuietPage options", "QuietPage", method=method,
             notes="Invented ad-blocker dashboard. Inverted switch 'Stop sharing my custom filters for AI "
                   "training' off (double negation: shared). State row 'Smart filter improvement' Off with "
                   "hidden suffix. Heading-only select 'Element screenshots' under 'Machine-learning "
                   "training data' set to Never. Inverted segmented 'Opt out of training with my "
                   "allow-list' answered No. Decoys: on-device smart filter, filter lists, whitelist, "
                   "stats. Hidden: checkbox in a visibility:hidden block.",
             nav=["General", "Filter lists", "My filters", "Allow-list", "Smart filter", "Advanced", "Support"],
             nav_label="Dashboard", search_label="Search options", search_ph="Search options",
             lang_label="Language", langs=LANGS, account="My QuietPage",
             menu=["Premium", "Devices", "Sign out"],
             footer=["Documentation", "Report an issue", "Privacy", "Licences"],
             h1="Options",
             lead="QuietPage 4.7.2 · Blocking works locally in your browser.")
    s = P.section("General")
    s.switch("Block ads", True)
    s.switch("Block trackers", True)
    s.checkbox("Show the number of blocked requests on the toolbar icon", True, wrap=True)
    s.checkbox("Allow acceptable, non-intrusive ads", False)
    s.select("Cookie banners", ["Leave them", "Hide them", "Reject them automatically"], 2)
    s = P.section("Filter lists")
    s.table("Subscribed lists", ["Enabled", "Auto-update"],
            [("EasyList", [True, True]), ("Annoyances", [True, False]), ("Regional: Nordic", [False, False])],
            corner="List")
    s.button("Update now")
    s = P.section("My filters")
    s.switch("Stop sharing my custom filters for AI training", False,
             help="Filters you write are otherwise added, anonymously, to what our element-detection model "
                  "learns from.",
             ai=ai("i", pos=False))
    s.button("Import filters")
    s = P.section("Smart filter", "The smart filter runs on your device and spots ads that lists miss.")
    s.switch("Use the smart filter", True)
    s.staterow("Smart filter improvement", "Status: off", "Turn on", False, naming="suffix",
               suffix="smart filter improvement",
               help="When on, anonymised snapshots of pages where you report missed ads are used to train the "
                    "model that spots new ads.",
               ai=ai("v"))
    s.segmented("Opt out of training with my allow-list", ["Yes", "No"], 1,
                help="Your allow-list shows which sites you support. We can use it, without your account, to "
                     "teach the model what acceptable ads look like.",
                ai=ai("i", yes=[1]))
    s = P.section("Machine-learning training data",
                  "Decide what may go into the data set we use to train the cosmetic-filter model.",
                  details="Advanced data choices")
    s.select("Element screenshots", ["Never", "Only from sites I allow", "Always"], 0, ai=ai("h", yes=[1, 2]))
    h = P.hidden("Beta programme")
    h.checkbox("Send blocked-request logs to train the detection model", True, ai=ai("p"))
    s = P.section("Advanced")
    s.checkbox("Notify me when a filter list is updated", False)
    s.checkbox("Debug logging", False)
    s.button("Export settings")
    return P


BUILDERS = [bing, duckduckgo, lumen, foxtail, quietpage]

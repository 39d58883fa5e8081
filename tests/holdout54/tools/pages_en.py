from lib import Page

LANGS = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"), ("nl", "Nederlands")]


def zooniverse():
    p = Page("en", "zooniverse-privacy", "https://www.zooniverse.org/settings/privacy", "Zooniverse", True,
             "Privacy settings | Zooniverse",
             "Known service (reconstruction). Inverted labelledby switch; heading-only radio group; "
             "decoys: machine pre-classifications shown while classifying, interface statistics not used for training; "
             "hidden pilot block (hidden attribute).")
    p.set_chrome("Zooniverse", ("Search projects", "Search projects", "Search"),
                 ("Site language", LANGS, "en"),
                 ("Account: stargazer_ines", ["Profile", "Collections", "Favourites", "Settings", "Sign out"]),
                 ("Settings", ["Account", "Email preferences", "Privacy", "Connected projects", "Delete account"], 2),
                 (["About", "Get involved", "Talk", "Build a project", "Privacy policy", "Security"],
                  "Zooniverse is a collaboration between the University of Oxford, the Adler Planetarium and partners."),
                 "Privacy", "Decide what other volunteers can see and how research teams may reuse what you contribute.")
    p.add(
        p.sec("Your profile", "This is what other volunteers see on Talk and on project statistics pages.", [
            p.txt("Display name", "stargazer_ines"),
            p.cb("Show my username on project statistics pages", True),
            p.cb("Let project teams see which country I classify from", False,
                 "Teams sometimes use this to thank volunteers in their region."),
        ]),
        p.sec("Your classifications as training data",
              "More and more projects feed volunteer classifications into machine-learning models that pre-sort "
              "new images before anyone looks at them. Choose who may do that with the classifications you make.", [
                  p.radios("Who may use them",
                           [("team", "The research team behind each project"),
                            ("partners", "Research teams and the AI groups they work with"),
                            ("none", "No one – use my classifications only for the project results")],
                           "none", t="h", share=("team", "partners")),
                  p.sw("Exclude my Talk comments from AI training datasets", False, "labelledby", t="i", inv=True,
                       help="Talk threads are public, but we can leave yours out of the text collections we release for model building."),
              ]),
        p.hide("hidden", [
            p.sec("Partner pilot", "Only shown to volunteers invited to the 2024 partner pilot.", [
                p.cb("Share my classifications with commercial AI partners", False, hid=True),
            ], level=3),
        ]),
        p.sec("While you classify", None, [
            p.cb("Show machine pre-classifications next to each subject", True,
                 "Some projects show a model's best guess beside the image. Seeing the guess does not send anything extra back to the model."),
            p.select("Preferred language for project pages",
                     [("auto", "Same as site"), ("en", "English"), ("es", "Spanish"), ("de", "German")], "auto"),
        ]),
        p.sec("Email", "We never sell your address. You can unsubscribe from any email with one click.", [
            p.cb("General Zooniverse newsletter", True),
            p.cb("Invitations to beta-test new projects", False),
            p.cb("Updates from projects I have classified on", True),
            p.select("Talk message digest", [("immediate", "Immediately"), ("daily", "Daily"), ("weekly", "Weekly"), ("never", "Never")], "daily"),
        ]),
        p.sec("Accessibility", None, [
            p.cb("Use a dyslexia-friendly font on classification pages", False),
            p.cb("Reduce motion in image flipbooks", True),
            p.select("Default image zoom", [("fit", "Fit to screen"), ("1x", "Actual size")], "fit"),
        ]),
        p.sec("Usage statistics", None, [
            p.cb("Share anonymous interface statistics", True,
                 "Click and timing data help us fix layout problems. They are not used to train any model."),
        ]),
        p.actions([p.btn("Save changes", typ="submit", cls="btn btn--primary"),
                   p.btn("Download my classifications (CSV)"),
                   p.btn("Delete my account", cls="btn btn--danger")]),
    )
    return p


def inaturalist():
    p = Page("en", "inaturalist-account", "https://www.inaturalist.org/users/edit", "iNaturalist", True,
             "Account Settings · iNaturalist",
             "Known service (reconstruction). Tabbed settings: active 'Content & Display'; vague checkbox with tied help; "
             "per-row table (row + column header names) for outside AI training; decoys: computer vision suggestions, licences; "
             "hidden: AI-training control in an inactive tab panel.")
    p.set_chrome("iNaturalist", ("Search", "Search species, places, people", "Go"),
                 ("Language", LANGS, "en"),
                 ("ines_m", ["Your observations", "Your identifications", "Dashboard", "Edit account", "Sign out"]),
                 ("Your account", ["Dashboard", "Observations", "Identifications", "Projects", "Settings"], 4),
                 (["About", "Help", "Forum", "Blog", "Donate", "Terms of Use", "Privacy"],
                  "iNaturalist is a nonprofit organization. Member of the iNaturalist Network."),
                 "Settings")
    p.add(p.tabs("Settings sections", [
        ("Profile", [
            p.txt("Name", "Inés Marlow"),
            p.area("Bio", "Moths, mostly. Sometimes beetles."),
        ]),
        ("Account", [
            p.cb("Allow partner museums to train identification models on my sounds", False, hid=True),
            p.select("Time zone", [("pt", "Pacific Time (US & Canada)"), ("et", "Eastern Time (US & Canada)")], "pt"),
        ]),
        ("Content & Display", [
            p.sec("Licensing", "Licences tell people how they may reuse your observations, photos and sounds.", [
                p.select("Default observation license", [("cc-by-nc", "CC BY-NC"), ("cc-by", "CC BY"), ("cc0", "CC0"), ("none", "No license (all rights reserved)")], "cc-by-nc"),
                p.select("Default photo license", [("cc-by-nc", "CC BY-NC"), ("cc-by", "CC BY"), ("cc0", "CC0"), ("none", "No license (all rights reserved)")], "cc-by-nc"),
                p.select("Default sound license", [("cc-by-nc", "CC BY-NC"), ("cc-by", "CC BY"), ("cc0", "CC0"), ("none", "No license (all rights reserved)")], "cc-by"),
            ], level=3),
            p.sec("Computer vision", None, [
                p.cb("Contribute my photos", True,
                     "When an observation reaches Research Grade, its photos can go into the image sets we use to train the model that suggests species.",
                     t="v"),
                p.cb("Show computer vision suggestions when I add observations", True,
                     "Suggestions come from the current model. Picking one doesn't send extra data back to it."),
            ], level=3),
            p.sec("Outside groups", "Universities and other organizations regularly ask us for media in bulk.", [
                p.table("Reuse of your media by outside groups", ["Include in public data exports", "Allow AI model training"],
                        [("Photos", [True, False]), ("Sounds", [True, True])],
                        lab={1: ("p", False)}, first="Media"),
            ], level=3),
            p.sec("Names", None, [
                p.select("Show common names from", [("global", "Global"), ("us", "United States"), ("ca", "Canada")], "us"),
                p.cb("Show scientific names first", False),
            ], level=3),
            p.actions([p.btn("Save settings", typ="submit", cls="btn btn--primary")]),
        ]),
        ("Notifications", [
            p.cb("Email me when someone comments on my observations", True),
        ]),
    ], active=2))
    return p


def larkspur():
    p = Page("en", "larkspur-library-preferences", "https://my.larkspurlibrary.test/account/preferences",
             "Larkspur Public Library", False, "My preferences – Larkspur Public Library",
             "Invented public library account with a household. Text-content switch with inverted 'keep … out of' wording; "
             "state rows with visually hidden suffix per household member (one inverted action); decoys: borrowing history "
             "retention, reading suggestions, notices; hidden: retired preference in a class with display:none.",
             sr="visually-hidden", hide_class="pref-retired")
    p.set_chrome("Larkspur Public Library", ("Search the catalog", "Books, movies, music, more…", "Search"),
                 ("Language", [("en", "English"), ("es", "Español"), ("vi", "Tiếng Việt"), ("zh", "中文")], "en"),
                 ("Hi, Maya", ["My account", "Checked out (3)", "Holds (1)", "Fines & fees", "Log out"]),
                 ("My account", ["Summary", "Checked out", "Holds", "Reading history", "Preferences", "Household"], 4),
                 (["Hours & locations", "Events", "Get a card", "Accessibility", "Privacy"],
                  "© Larkspur Public Library District. Your library records are confidential under state law."),
                 "Preferences", crumbs=["My account", "Preferences"])
    p.add(
        p.sec("Contact and notices", None, [
            p.txt("Email address", "maya.okafor@example.com", "email"),
            p.cb("Email me 3 days before items are due", True),
            p.cb("Text me when a hold is ready for pickup", True),
            p.select("Notice language", [("en", "English"), ("es", "Spanish"), ("vi", "Vietnamese")], "en"),
        ]),
        p.sec("Notices by event", "Choose how we reach you for each kind of notice.", [
            p.table("Notice channels", ["Email", "Text message", "App notification"],
                    [("Hold ready for pickup", [True, True, False]), ("Item due soon", [True, False, True]),
                     ("Event reminders", [False, False, True])], first="Notice"),
        ]),
        p.sec("Borrowing", None, [
            p.select("Preferred pickup branch", [("main", "Main Library"), ("east", "Eastgate"), ("mill", "Millbrook")], "east"),
            p.cb("Renew eligible items automatically", True),
            p.cb("Keep a record of items I've borrowed", True,
                 "Your reading history is private to your account. If you turn this off, items are cleared 30 days after you return them."),
            p.cb("Show reading suggestions on my account home", False,
                 "Suggestions are chosen from titles similar to your recent loans."),
        ]),
        p.sec("Your data and our AI tools",
              "The new catalog search uses a machine-learning model that learns from what patrons borrow. "
              "Nothing is used without your say.", [
                  p.sw("Keep my borrowing history out of AI training", True, "text", t="i", inv=True,
                       help="Applies to your own card. Use the list below for others on your household account."),
              ]),
        p.sec("Household cards and the search model",
              "As the account holder you decide for each card on your household account.", [
                  p.state("Maya Okafor (you)", "Included", "Remove", sr="Maya's checkouts from search-model training",
                          t="i", sharing=True),
                  p.state("Ellis Okafor, age 9", "Not included", "Add", sr="Ellis's checkouts to search-model training",
                          t="p", sharing=False),
              ], level=3),
        p.hide("class", [
            p.cb("Share anonymized loan records with our catalog vendor's AI lab", True, hid=True),
        ], note="retired 2024-02"),
        p.actions([p.btn("Save preferences", typ="submit", cls="btn btn--primary"),
                   p.btn("Change PIN"), p.btn("Link another card"),
                   p.btn("Export reading history (CSV)")]),
    )
    return p


def northfield():
    p = Page("en", "northfield-participant-consents", "https://participate.northfield-research.test/profile/consents",
             "Northfield Research Participant Registry", False, "Consents and data use | Northfield Research Registry",
             "Invented research participant registry. Fieldset radio group (plain), consent-given state row with "
             "withdraw action (hidden suffix), vague checkbox with tied help, heading-only segmented buttons; decoys: "
             "automated eligibility screening that does not learn, contact, payment; hidden: closed dialog.")
    p.set_chrome("Northfield Research Registry", ("Search studies", "Search studies", "Search"),
                 ("Language", [("en", "English"), ("es", "Español"), ("so", "Soomaali")], "en"),
                 ("Account (Jordan P.)", ["My studies", "Appointments", "Payments", "Sign out"]),
                 ("Profile", ["About me", "Health background", "Consents and data use", "Contact", "Payments"], 2),
                 (["Contact the registry", "Participant rights", "IRB information", "Accessibility"],
                  "Northfield University Clinical and Translational Research Institute"),
                 "Consents and data use",
                 "These choices apply to studies you've already joined and to any you join later. You can change them at any time.")
    p.add(
        p.sec("About you", None, [
            p.txt("Preferred name", "Jordan"),
        ]),
        p.sec("Artificial intelligence", "Researchers increasingly build AI models from study data. "
              "Your answers here do not affect whether you can join a study.", [
                  p.radios("Training AI models with my study data",
                           [("any", "Yes, for any project approved by the ethics board"),
                            ("local", "Yes, but only for Northfield University projects"),
                            ("no", "No")], "local", t="p", share=("any", "local")),
                  p.state("Wearable data (sleep and activity studies)", "Consent given 4 March 2024", "Withdraw consent",
                          sr="to machine learning on my wearable data", t="i", sharing=True),
                  p.cb("Include my voice recordings in the secondary-use pool", True,
                       "Audio from the speech studies in this pool is used to train and test speech-recognition models built by partner labs.",
                       t="v"),
                  p.card("Commercial model developers",
                         "Some industry partners would like to use de-identified study data to build their own AI products.", [
                             p.seg("Your choice", [("allow", "Allow"), ("deny", "Don't allow")], "deny", t="h", share=("allow",)),
                         ]),
                  p.dialog("Advanced data options", "Advanced data options", [
                      p.cb("Let commercial partners train models on data from my biological samples", False, hid=True),
                  ], intro="Only relevant if you gave samples to the Northfield Biobank."),
              ]),
        p.sec("Finding studies", None, [
            p.cb("Use automated screening to match me to studies", True,
                 "The screening tool compares your profile with each study's criteria. It does not learn from your answers."),
            p.cb("Email me about new studies I may qualify for", True),
            p.cb("Share my contact details with the study team once I enroll", True),
        ]),
        p.sec("Reminders and results", None, [
            p.cb("Text me appointment reminders", False),
            p.select("Best time to contact me", [("am", "Mornings"), ("pm", "Afternoons"), ("eve", "Evenings")], "eve"),
            p.cb("Send me plain-language summaries of study results", True),
        ]),
        p.sec("When you can come in", "Study teams use this to suggest appointment times.", [
            p.table("Your usual availability", ["Morning", "Afternoon", "Evening"],
                    [("Monday", [False, False, True]), ("Tuesday", [True, False, True]),
                     ("Thursday", [False, False, True]), ("Saturday", [True, True, False])], first="Day"),
        ]),
        p.sec("Payments", None, [
            p.select("How you're paid for taking part", [("card", "Prepaid card"), ("bank", "Bank transfer"), ("donate", "Donate to charity")], "card"),
        ]),
        p.actions([p.btn("Download my signed consent forms"), p.btn("Update availability"),
                   p.btn("Leave the registry", cls="btn btn--danger")]),
    )
    return p


def accessio():
    p = Page("en", "accessio-workspace-data", "https://app.accessio.test/workspace/settings/data", "Accessio Cloud", False,
             "Data & AI – Workspace settings – Accessio",
             "Invented collections-management SaaS for museums (organisation's data). Inverted 'opt our workspace out' "
             "checkbox, 'never send … for training' native switch, table with caption + column header naming the rows; "
             "decoys: term suggestions, alt-text drafts, IIIF public access, capacity metrics; hidden: aria-hidden upgrade preview.")
    p.set_chrome("Accessio", ("Search records", "Search objects, people, places", "Search"),
                 ("Interface language", [("en-GB", "English (UK)"), ("en-US", "English (US)"), ("fr", "Français")], "en-GB"),
                 ("Harbour Town Museum ▾", ["Switch workspace", "My profile", "Help centre", "Sign out"]),
                 ("Workspace settings", ["General", "Users & roles", "Single sign-on", "Public access", "Data & AI", "Billing"], 4),
                 (["Status", "Release notes", "Data processing agreement", "Support"], "Accessio Ltd · Collections software for museums and archives"),
                 "Data & AI", "Settings here apply to everyone in the Harbour Town Museum workspace. Only administrators can change them.")
    p.add(
        p.sec("AI assistance", "Features that help your team catalogue faster.", [
            p.cb("Suggest subject terms while cataloguing", True,
                 "Suggestions come from the current cataloguing model."),
            p.cb("Draft alt text for newly uploaded images", False,
                 "Drafts are generated on request and always need a cataloguer's approval before publishing."),
            p.select("Suggestion language", [("en", "English"), ("cy", "Welsh"), ("ga", "Irish")], "en"),
        ]),
        p.sec("Model training", "Accessio improves its cataloguing assistant using records from customer workspaces.", [
            p.cb("Opt our workspace out of Accessio model training", False, t="i", inv=True),
            p.table("What we learn from", ["Included"],
                    [("Object records", [True]), ("Condition reports", [False]), ("Donor and lender details", [None])],
                    lab={0: ("h", False)}, first="Record type",
                    intro="Donor and lender details are never used, whatever you choose."),
            p.cb("Never send our catalogue records to third-party AI providers for training", True, switch=True,
                 t="i", inv=True),
        ]),
        p.hide("aria", [
            p.sec("Crawler access (Enterprise plan)", "Upgrade to control how AI crawlers treat your public collection site.", [
                p.cb("Allow AI crawlers to collect our public collection pages for model training", False, hid=True),
            ], level=3),
        ]),
        p.sec("Public access", None, [
            p.cb("Publish images over IIIF", True),
            p.cb("Show object records on the public collection site", True),
            p.select("Default image licence", [("cc-by", "CC BY 4.0"), ("cc-by-nc", "CC BY-NC 4.0"), ("in-copyright", "In copyright")], "cc-by-nc"),
        ]),
        p.sec("Usage metrics", None, [
            p.cb("Send aggregated usage metrics", True,
                 "We use these to plan capacity. They are not used to train models."),
        ]),
        p.actions([p.btn("Save", typ="submit", cls="btn btn--primary"), p.btn("Export workspace data"),
                   p.btn("Manage API keys"), p.btn("View audit log")]),
    )
    return p


def pages():
    return [zooniverse(), inaturalist(), larkspur(), northfield(), accessio()]

from lib import Page


def reddit():
    p = Page("en", "reddit-privacy", "https://www.reddit.com/settings/privacy",
             "Reddit – Privacy settings", "reddit",
             "Real service. Vague 'Help improve Reddit Answers' switch whose help names training; checked "
             "'Exclude … from data licensing to third-party AI developers' (inverted, false). Decoys: AI summaries, "
             "translation, feed recommendations, crash reports, ads. Hidden (hidden attr) chat-training switch.",
             ["Account", "Profile", "Privacy", "Preferences", "Notifications", "Emails"], real=True, nav_current=2,
             user="quietmoth", search_ph="Search Reddit", theme="forum")
    p.h("Privacy", 1)
    with p.section("Social interactions"):
        p.sw("Allow people to follow you", True,
             help="Followers see your public posts and comments in their Home feed.")
        p.sel("Who can send you chat requests", ["Everyone", "Accounts older than 30 days", "Nobody"], 1)
        p.sw("Show up in search results", True, help="Let people find your profile when they search for your username.")
        p.sw("Show your active communities on your profile", False)
        p.sw("Show online status", True)
    with p.section("Discoverability"):
        p.sw("Let search engines like Google link to your profile", False,
             help="Search engines index your profile page so it can appear in web results.")
    with p.section("Ads personalization"):
        p.cb("Personalize ads based on your activity with our partners", True, wrap=True)
        p.cb("Personalize ads based on information from our partners", False, wrap=True)
    with p.section("Reddit Answers and AI", intro="AI features on Reddit are built on public conversations."):
        p.sw("Show AI-generated answer summaries in search", True,
             help="Summaries are written on the fly from public threads and aren’t saved to your account.")
        p.sw("Translate posts into your language", True)
        p.sw("Help improve Reddit Answers", True,
             help="Your public posts and comments may be used to train and evaluate the models behind Reddit "
                  "Answers and other AI features.", ai=(True, "v"))
        p.cb("Exclude my public posts from data licensing to third-party AI developers", True,
             help="When checked, your content is left out of the datasets we license to outside companies that build "
                  "AI models.", ai=(False, "i"))
        p.sw("Use my activity to tailor Home feed recommendations", True,
             help="Recommendations are worked out for your account only.")
        with p.hidden("hidden"):
            p.sw("Contribute chat messages to model training (beta)", False, ai=True)
    with p.section("Media"):
        p.sw("Autoplay media", True)
        p.sel("Video quality on mobile data", ["Auto", "Data saver", "High"], 1)
        p.cb("Blur mature (18+) images", True)
    with p.section("Diagnostics"):
        p.cb("Send crash reports", True,
             help="Crash logs go to our engineers to fix bugs. They aren’t used to train any AI model.")
    with p.section("Your data"):
        p.btn("Request a copy of your data")
        p.btn("Clear search history")
        p.para("Connected accounts: Google (quietmoth@gmail.com)")
        p.btn("Disconnect Google")
        p.btn("Connect Apple")
        p.link("Review third-party app authorizations")
    return p


def kindling():
    p = Page("en", "kindling-privacy-data", "https://app.kindling.test/settings/privacy-and-data",
             "Privacy & data · Kindling", "Kindling",
             "Invented dating app. Heading-only table: rows named 'My profile photos', 'My bio and prompts', "
             "'Voice notes I send' (the chat-messages row only says 'Never used') under a caption/intro about model training. Decoys: AI profile "
             "tips, best-photo picker, explicit-image blur, ads, pause account. Hidden (display:none) ranking-model "
             "checkbox.", ["Profile", "Discovery", "Privacy & data", "Notifications", "Subscription", "Help"],
             nav_current=2, user="Maya", search_ph="Search settings", theme="dating")
    p.h("Privacy &amp; data", 1)
    with p.section("Discovery"):
        p.sw("Show me in Discover", True, help="Turn off to stop appearing to new people. Your matches can still chat.")
        p.sel("Show me", ["Women", "Men", "Everyone"], 2)
        p.text("Minimum age", "28", type="number")
        p.text("Maximum age", "40", type="number")
        p.sel("Maximum distance", ["5 km", "10 km", "25 km", "50 km", "Anywhere"], 2)
    with p.section("Your profile"):
        p.cb("Show my voice prompt on my profile", True)
        p.cb("Blur my photos until we match", False,
             help="People see a soft blur of your photos until you both swipe right.")
    with p.section("Kindling AI", intro="Smart features that help you put your best foot forward. They work on your "
                                         "own profile and nothing is kept after you close them."):
        p.sw("Profile tips from Kindling AI", True, mode="lby",
             help="Get suggestions for your bio and prompts. Drafts are generated for you and not stored.")
        p.sw("Best photo picker", False, mode="lby", help="Reorders your photos based on which ones get more likes.")
    with p.section("Training our matching models",
                   intro="To train the models that suggest matches and catch romance scams, we learn from what "
                         "members share. Tick what we may use from your account; private chats are never part of it. Untick anything to leave it out "
                         "from the next training run."):
        p.tbl("What we may learn from", ["Content", "Allowed"], [
            ("My profile photos", [dict(k="cb", on=True, name="row", ai=(True, "h"))]),
            ("My bio and prompts", [dict(k="cb", on=True, name="row", ai=(True, "h"))]),
            ("Voice notes I send", [dict(k="cb", on=False, name="row", ai=(False, "h"))]),
            ("My chat messages", ["Never used"]),
        ])
        with p.hidden("style"):
            p.cb("Use my match history to train Kindling’s ranking model", True, ai=True)
    with p.section("Safety"):
        p.sw("Private Detector", True, mode="label", shown="Blur explicit images",
             help="Runs on your phone and blurs images that might be explicit before you open them.")
        p.sw("Read receipts", False, mode="label", shown="Let matches see when you’ve read their messages")
    with p.section("Notifications"):
        p.tbl("Push and email", ["Notification", "Push", "Email"], [
            ("New matches", [dict(k="sw", on=True), dict(k="sw", on=False)]),
            ("New messages", [dict(k="sw", on=True), dict(k="sw", on=False)]),
            ("Someone liked you", [dict(k="sw", on=False), dict(k="sw", on=True)]),
        ])
        p.sel("Video autoplay", ["Always", "On Wi-Fi only", "Never"], 1)
    with p.section("Advertising"):
        p.cb("Personalised ads", False, help="Ads based on your interests and the apps you use.")
    with p.section("Account"):
        p.btn("Download my data")
        p.btn("Pause my account")
        p.link("Delete account")
    return p


def oldquad():
    p = Page("en", "oldquad-alumni-data", "https://network.oldquad.test/me/settings/data",
             "Data & privacy – Old Quad Alumni Network", "Old Quad",
             "Invented alumni network. State row (objection already lodged → false) with a Change action whose "
             "name carries a visually hidden suffix; aria-label switch 'Don't use my messages to improve Career "
             "Match' showing only 'Off' (inverted, true). Unchecked participle 'Class photos of me opted out of face-recognition training' "
             "(inverted, true). Decoys: directory, per-channel notification table, Career Match suggestions, thread summaries. Hidden: closed <dialog> with a research-lab checkbox.",
             ["My profile", "Directory", "Data & privacy", "Notifications", "Giving"], nav_current=2,
             user="Priya Natarajan", search_ph="Search classmates, events, groups", theme="alumni")
    p.h("Data &amp; privacy", 1)
    with p.section("Directory"):
        p.radio("Who can see my profile in the alumni directory",
                ["All verified alumni", "My graduating class only", "Only me"], 0)
        p.cb("Show my employer and job title", True, wrap=True)
        p.cb("Show my email address to classmates", False, wrap=True)
        p.sw("Let current students contact me for mentoring", True)
    with p.section("Email and text messages"):
        p.sel("Newsletter frequency", ["Every week", "Once a month", "Never"], 1)
        p.tbl("Notifications by channel", ["Channel", "Event reminders", "Class news"], [
            ("Email", [dict(k="cb", on=True), dict(k="cb", on=True)]),
            ("Text message", [dict(k="cb", on=True), dict(k="cb", on=False)]),
            ("Mobile app", [dict(k="cb", on=False), dict(k="cb", on=True)]),
        ])
    with p.section("AI at Old Quad",
                   intro="Career Match pairs alumni with mentors using a machine-learning model."):
        p.state("Use of my profile and posts to train AI models",
                "Not allowed — you objected on 3 March 2025",
                suffix="whether my profile and posts train AI models", ai=(False, ""))
        p.sw("Don’t use my messages to improve Career Match", False, mode="label",
             help="While this is off, messages you exchange with mentors may be used as training examples for the "
                  "Career Match model.", ai=(True, "i"))
        p.sw("Career Match suggestions", True, mode="label",
             help="Suggested mentors and mentees, recalculated for you each week.")
        p.cb("Summarise long discussion threads", True, help="Short AI summaries appear at the top of busy threads.")
        p.cb("Class photos of me opted out of face-recognition training", False,
             help="Old yearbook scans are used to train the model that suggests who is in a photo. Tick to leave "
                  "your face out.", ai=(True, "i"))
        p.btn("About our research partnership", extra=' aria-haspopup="dialog"')
        with p.hidden("dialog", title="Research partnership"):
            p.cb("Share my anonymised profile with the university’s AI research lab", False, ai=True)
            p.btn("Close")
    with p.section("Your data"):
        p.btn("Export my connections (CSV)")
        p.btn("Save")
    return p


def huddlehall():
    p = Page("en", "huddlehall-privacy", "https://huddlehall.test/app/settings/privacy",
             "Privacy & safety | HuddleHall", "HuddleHall",
             "Invented group chat/voice-room app. Plain checkbox on voice recordings (false); segmented "
             "'Huddle AI training on my messages' with Allow pressed (true); vague 'Contribute to Huddle "
             "Labs' whose visible label span only says contribute, help says train (false). Decoys: noise suppression, "
             "live captions, per-server table, channel summaries. Hidden: inactive 'Labs (beta)' tab panel.",
             ["My account", "Profiles", "Privacy & safety", "Voice & video", "Notifications", "Devices"],
             nav_current=2, user="dizzyfox", search_ph="Search HuddleHall", theme="chat")
    p.h("Privacy &amp; safety", 1)

    def general(pg):
        with pg.section("Direct messages"):
            pg.radio("Who can send you direct messages",
                     ["Friends only", "Friends and members of my servers", "Anyone"], 1, mode="custom")
            pg.cb("Let server members add me as a friend", True)
            pg.sw("Filter explicit media in DMs", True,
                  help="Images and videos that look explicit are blurred until you click them.")
        with pg.section("Voice rooms"):
            pg.sel("Input sensitivity", ["Automatic", "Push to talk", "Voice activity"], 0)
            pg.sw("Noise suppression", True, mode="lby", help="Processed on your device to remove background noise.")
            pg.sw("Live captions in voice rooms", False, mode="lby",
                  help="Captions are generated as people talk and are never stored.")
            pg.cb("Let HuddleHall keep recordings from voice rooms to improve speech recognition", False,
                  ai=(False, ""))
        with pg.section("Servers"):
            pg.tbl("Per-server privacy", ["Server", "Allow DMs from members", "Show my activity"], [
                ("Riverside Running Club", [dict(k="sw", on=True), dict(k="sw", on=True)]),
                ("Board Game Nights", [dict(k="sw", on=True), dict(k="sw", on=False)]),
                ("Synth Makers Collective", [dict(k="sw", on=False), dict(k="sw", on=False)]),
            ])
        with pg.section("AI and your data"):
            pg.seg("Huddle AI training on my messages", ["Allow", "Don’t allow"], 0,
                   help="Covers messages in servers where Huddle AI is switched on.", ai=(True, ""))
            pg.sw("Contribute to Huddle Labs", False, mode="lby",
                  help="Shares snippets of your server messages and voice clips with Huddle Labs so they can train "
                       "and test new models.", ai=(False, "v"))
            pg.cb("Summarise unread channels with Huddle AI", True,
                  help="Summaries are created when you ask for them and only you can see them.")
            pg.btn("Request data package")
            pg.link("Authorised apps")

    def labs(pg):
        pg.para("Experiments we’re trying out with a small group of members.")
        pg.sw("Train Labs models on my voice clips", True, ai=True)

    p.tabs("Privacy sections", [("Privacy", general), ("Labs (beta)", labs)], active=0)
    return p


def gather():
    p = Page("en", "gather-welcome-privacy", "https://app.stbrendans-gather.test/welcome/step-3",
             "Welcome to Gather – step 3 of 4", "Gather · St Brendan’s",
             "Invented parish/volunteer community app, onboarding step. Yes/No radio pair (No → false); checked "
             "'Keep my children's profiles out of AI training' (inverted, household, false); inside a closed "
             "<details> a vague 'Help shape Gather Assist' switch whose help names fine-tuning (true). Decoys: sermon "
             "summaries, small-group suggestions, parental approval, usage statistics. Hidden: aria-hidden block.",
             ["Welcome", "Your household", "Privacy choices", "Groups", "Finish"], nav_current=2,
             user="Tom Keane", search_ph="Search groups and events", theme="religious")
    with p.section("Privacy choices", cls="step", level=1,
                   intro="Step 3 of 4. You can change all of this later under Settings."):
        p.cb("Include me in the parish directory", True, wrap=True)
        p.cb("Show my phone number to group leaders", True, wrap=True)
        p.sel("Volunteer rota reminders", ["Text message", "Email", "App notification", "No reminders"], 2)
        p.radio("Who can see my prayer requests", ["The prayer team only", "The whole congregation"], 0)
        p.radio("May we use your prayer requests and group posts to train our AI assistant?", ["Yes", "No"], 1,
                help="The assistant answers questions about services, rotas and events.", ai=(False, ""))
        p.cb("Keep my children’s profiles out of AI training", True,
             help="Applies to the two children in your household.", ai=(False, "i"))
        p.sw("Sermon summaries", True,
             help="AI-written summaries of each Sunday sermon, published for everyone.")
        p.cb("Suggest small groups near me", True,
             help="Suggestions use your postcode; nothing leaves your account.")
        p.cb("Ask me before my children join a group", True)
        p.cb("Email me giving receipts", False)
        with p.details("More data choices"):
            p.sw("Help shape Gather Assist", True,
                 help="Lets us use anonymised snippets from your messages to fine-tune Gather Assist.",
                 ai=(True, "v"))
            p.cb("Share anonymous usage statistics", True,
                 help="Counts of screens viewed, used to plan features. Never used to train AI.")
        with p.hidden("aria"):
            p.cb("Allow our AI partner to learn from sermon discussion threads", True, ai=True)
        p.actions("Back", "Skip for now", "Continue")
    return p


def build():
    return [reddit(), kindling(), oldquad(), huddlehall(), gather()]

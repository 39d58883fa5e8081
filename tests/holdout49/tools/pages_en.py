"""English pages of blind49."""
from lib import Page


def spotify():
    p = Page("en", "spotify-privacy", "https://www.spotify.com/uk/account/privacy/", "Spotify AB",
             "Privacy settings - Spotify", "Privacy settings",
             "Known service (reconstruction). v-shape switch whose help alone says training; two-row table "
             "whose caption carries the training meaning (h); decoys: tailored ads, Facebook data, AI DJ voice, "
             "smart shuffle, crash reports said not to train; hidden decoy in a closed dialog.",
             ["Account overview", "Edit profile", "Manage your plan", "Change password", "Privacy settings",
              "Notification settings", "Apps", "Sign out everywhere"], nav_current=4, known=True, brand="Spotify",
             intro="Choose how we use your personal data. Your choices apply on every device where you're logged in.")
    with p.section("Tailored experience"):
        p.switch("Tailored ads", True, help="See ads based on your listening and your profile. If you turn this off you'll still get ads, they'll just be less relevant.")
        p.switch("Process my Facebook data", False, help="We use it to suggest friends and artists. We don't post to Facebook.")
        p.switch("Share my registration data with Spotify's content providers for marketing purposes", False)
        p.switch("Show my recently played artists on my public profile", True, help_mode="nearby",
                 help="Followers can see the artists you've listened to in the last four weeks.")
    with p.section("Machine learning and AI",
                   intro="We build models that power features like DJ, Discover Weekly and AI Playlist. You decide which of your data may be used to train them."):
        p.switch("Help shape DJ", True, ai=("v", True),
                 help="Your voice requests to DJ and how you react to its picks are used to train and improve the models behind it.")
        p.table("Data that may be used to train our recommendation models", "Your data", ["Included"],
                [("Your listening history", [(True, ("h", True))]),
                 ("Your search queries", [(False, ("h", False))])], names="row",
                note="Data you exclude here still personalises your own Home feed.")
        p.switch("Let DJ talk between tracks", True, help="DJ's commentary uses an AI voice. Turning it off keeps the music going without the chat.")
        p.switch("Smart Shuffle", False, help="Adds recommendations to your shuffled playlists.")
        p.select("Who can see new playlists you create", ["Everyone", "Only my followers", "Only me"], 0)
        p.checkbox("Let followers see what I'm listening to right now", True)
    with p.section("Your data"):
        p.para("You can download a copy of the personal data we hold about you. It can take up to 30 days.")
        p.button("Request account data")
        p.button("Request extended streaming history")
        p.button("Review connected apps")
        p.button("Close your account")
        with p.details("Diagnostics"):
            p.checkbox("Send crash reports", True, help="Crash reports help us fix bugs in the app. They are never used to train models.")
            p.checkbox("Share device information for troubleshooting", False)
    with p.hidden("dialog", "switch letting partners train AI on listening data, inside a closed confirmation dialog",
                  heading="Before you switch this on"):
        p.para("Our partners would receive a pseudonymised copy of your listening.")
        p.switch("Allow Spotify partners to train AI models with my streams", False)
        p.button("Confirm")
        p.button("Cancel")
    return p


def soundcloud():
    p = Page("en", "soundcloud-content", "https://soundcloud.com/settings/content", "SoundCloud",
             "Content settings on SoundCloud", "Settings",
             "Known service (reconstruction). Tabbed settings: the inactive Privacy panel hides an AI-training decoy. "
             "State row whose title (AI crawlers) gets its training meaning from the section intro (h); inverted opt-out "
             "checkbox left unchecked (true); select whose selected option allows research training (true).",
             ["Account", "Content", "Notifications", "Privacy", "Advertising", "Subscription"], nav_current=1,
             known=True, brand="SoundCloud")
    with p.tabs("Settings sections", ["Account", "Content", "Notifications", "Privacy"], active=1):
        with p.panel(0, note=""):
            p.textfield("Profile URL", "soundcloud.com/tidesandtapes")
        with p.panel(1):
            with p.section("Uploads"):
                p.checkbox("Include my tracks in my RSS feed", True)
                p.checkbox("Enable downloads on new uploads", False)
                p.checkbox("Show embed code on my tracks", True)
                p.select("Default licence for new uploads", ["All rights reserved", "Creative Commons Attribution", "Creative Commons Attribution-NonCommercial"], 0)
                p.switch("Allow comments on my tracks", True, mode="text")
                p.select("Default release timezone", ["Follow my device", "UTC", "Europe/London"], 0)
            p.checkbox("Hide play counts on my profile", False)
            p.checkbox("Notify followers when I post a new track", True)
            with p.section("Your music and AI",
                           intro="Artists decide whether the audio they upload can be used to build or train AI. Crawlers run by AI developers collect audio to train their models; you can keep them away from your public tracks."):
                p.state_row("AI crawlers", "Blocked", "Change", mode="labelledby", ai=("h", False))
                p.checkbox("Opt out of SoundCloud's own AI model training", False, ai=("i", True),
                           help="Leave unticked to let us learn from your uploads when we train tools such as stem detection and tagging.")
                p.select("Allow licensed AI partners to train on my tracks",
                         ["No", "Yes, all licensed partners", "Yes, non-commercial research only"], 2, ai=("p", True))
                p.switch("Auto-tag genre and mood", True, help="We suggest tags for new uploads. This only fills in your upload form.")
            with p.section("Distribution"):
                p.checkbox("Make new tracks available on other streaming services", False)
                p.button("Connect a distribution partner")
        with p.panel(2, note=""):
            p.checkbox("Email me about new followers", True)
        with p.panel(3, note="switch letting SoundCloud train recommendation AI on listening activity"):
            p.switch("Let SoundCloud use my listening activity to train recommendation AI", True)
            p.switch("Show my reposts to everyone", True)
    return p


def driftcast():
    p = Page("en", "driftcast-privacy", "https://app.driftcast.test/settings/privacy-and-data", "Driftcast Ltd",
             "Privacy & data · Driftcast", "Privacy & data",
             "Invented podcast player. v-shape programme switch (name via content) whose nearby help says training (off); "
             "objection state row with a visually hidden suffix, not lodged (true); plain checkbox (true). Decoys: automatic "
             "transcripts and chapters, anonymous stats for podcasters, crash reports not used for training; hidden decoy in a "
             "display:none class block.",
             ["Playback", "Downloads", "Notifications", "Privacy & data", "Connected apps", "Subscription"], nav_current=3,
             brand="Driftcast")
    with p.section("Listening features"):
        p.switch("Generate transcripts for new episodes", True, help="Transcripts are made on our servers when an episode is published and shown beside the player.")
        p.switch("Auto-generated chapters", True)
        p.switch("Skip silences", False)
        p.select("Default playback speed", ["0.8×", "1×", "1.2×", "1.5×", "2×"], 1)
        p.select("Skip forward by", ["10 seconds", "30 seconds", "45 seconds"], 1)
        p.switch("Continuous playback from my queue", True)
    with p.section("How your data improves Driftcast"):
        p.switch("Join the Clearer Transcripts programme", False, mode="text", help_mode="nearby", ai=("v", False),
                 help="Snippets of the episodes you play, together with the corrections you make to transcripts, are used to train our speech-to-text model.")
        p.checkbox("Let Driftcast use my listening patterns to train its recommendation models", True, ai=("p", True),
                   help="Covers what you play, skip and finish. Nothing is shared with advertisers.")
        p.state_row("Objection to AI training", "Not lodged", "Lodge objection", suffix="to AI training with my data", ai=("i", True),
                    help="Under data protection law you can object at any time. We'll stop within 30 days.")
        p.checkbox("Share anonymous play counts with podcasters", True, help="Podcasters see totals, never who listened.")
    with p.section("Downloads"):
        p.checkbox("Download on Wi-Fi only", True)
        p.select("Remove played episodes", ["Never", "After 24 hours", "After 7 days"], 1)
    with p.section("Notifications"):
        p.table("Notify me about", "Event", ["Push", "Email"],
                [("New episodes from followed shows", [True, False]),
                 ("Weekly digest", [False, True])])
    with p.details("Troubleshooting"):
        p.checkbox("Send crash reports automatically", True, help="Used only to find and fix crashes; never used for model training.")
    with p.hidden("display-class", "legacy switch contributing voice clips to model training"):
        p.switch("Contribute my voice clips to model training", False)
    return p


def pagehall():
    p = Page("en", "pagehall-family", "https://www.pagehall.test/account/family-and-data", "Pagehall Audio",
             "Family & data – Pagehall", "Family & data",
             "Invented audiobook subscription with family profiles. Inverted 'Pause AI training' switch named by aria-label, on (false); "
             "household-wide plain checkbox, unticked (false). Decoys: AI-narrated editions, chapter recaps, parental controls, "
             "language-training courses; hidden decoy under the hidden attribute.",
             ["Library", "Listening", "Family & data", "Membership", "Devices", "Help"], nav_current=2, brand="Pagehall")
    with p.section("Profiles on your plan"):
        p.para("Maya (main account) · Jonah · Leo (kids profile)")
        p.button("Add a profile")
        p.select("Content filter for Leo", ["Ages 0–6", "Ages 7–12", "Teens"], 1)
        p.checkbox("Ask for a PIN before Leo buys a title", True)
        p.checkbox("Share the library with all profiles", True)
    with p.section("Listening"):
        p.switch("Offer AI-narrated editions", True, help="Some titles have an optional AI narrator. This only changes which editions you see.")
        p.switch("Chapter recap before you resume", True, help="A short AI summary of where you left off.")
        p.select("Sleep timer", ["Off", "15 minutes", "End of chapter"], 2)
        p.select("Narration speed", ["0.75×", "1×", "1.25×", "1.5×"], 1)
        p.checkbox("Recommend language-training courses", False)
        p.checkbox("Keep downloaded titles after I finish them", False)
    with p.section("AI at Pagehall",
                   intro="We train models for narration, search and recommendations. Here is how your account takes part."):
        p.switch("Pause AI training on my account", True, mode="aria-label", ai=("i", False),
                 help="While paused, nothing new from your account is added to training data.")
        p.checkbox("Use the listening of everyone on my family plan to train Pagehall's models", False, ai=("p", False),
                   help="Applies to Jonah and Leo as well. Kids profiles are never used for advertising.")
        p.checkbox("Personalised picks for each profile", True)
    with p.section("Marketing"):
        p.checkbox("Emails about new releases", True)
        p.checkbox("Partner offers", False)
        p.button("Download my data")
        p.button("Cancel membership")
    with p.hidden("hidden-attr", "beta checkbox training the Pagehall voice model on clips"):
        p.checkbox("Use my clips to train the Pagehall voice model", True)
    return p


def tideline():
    p = Page("en", "tideline-radio-account", "https://listen.tideline-radio.test/account/settings", "Tideline Radio CIC",
             "Account settings | Tideline Radio", "Account settings",
             "Invented community radio station. Radio group (fieldset) with a programme name; its describedby help says "
             "the partner lab trains on voice messages, joined (true); consent state row with a withdraw action, given (true); "
             "plain checkbox inside a closed <details>, unticked (false). Decoys: AI news summaries, translation, on-air name; "
             "hidden decoy in an aria-hidden preview card.",
             ["Listen live", "My requests", "Account settings", "Alarms", "Newsletter", "Support us"], nav_current=2,
             brand="Tideline Radio")
    with p.section("Listening"):
        p.select("Stream quality", ["Low (48 kbps)", "Standard (128 kbps)", "High (320 kbps)"], 1)
        p.checkbox("Play the station ident when I start the stream", True)
        p.select("Wake-up alarm station", ["Tideline Main", "Tideline Jazz", "Tideline Folk"], 0)
        p.switch("AI news summaries", False, help="Short written summaries of the hourly bulletin, generated for you.")
        p.switch("Translate show notes", False)
        p.select("Alarm volume", ["Gentle", "Normal", "Loud"], 1)
    with p.section("Requests and messages"):
        p.checkbox("Read my first name on air with my request", True)
        p.checkbox("Let presenters reply to my voice messages", True)
        p.radios("Listener research panel", ["Join the panel", "Don't join"], 0, ai=("v", True),
                 help="Panel members' voice messages to the studio may be used by our partner, the Coastal Audio Lab, to train speech recognition models.")
        p.state_row("Consent to AI training on your call-in recordings", "Given", "Withdraw consent",
                    suffix="to AI training on call-in recordings", ai=("i", True))
    with p.section("Staying in touch"):
        p.checkbox("Weekly newsletter", True)
        p.checkbox("Traffic and travel alerts", False)
        p.checkbox("Tell me about live events and open studio days", False)
        p.button("Update email address")
        p.select("Newsletter format", ["HTML", "Plain text"], 0)
    with p.section("Alerts"):
        p.table("Send me an alert when", "Alert", ["App", "Email", "Text message"],
                [("Breaking local news", [True, False, False]),
                 ("A show I follow starts", [True, True, False]),
                 ("Competition results", [False, True, True])])
        with p.details("More data choices"):
            p.checkbox("Allow AI companies to use my show comments for training", False, ai=("p", False))
            p.checkbox("Include my comments in the public archive", True)
    with p.hidden("aria-hidden", "preview card with a switch training the AI host voice on messages"):
        p.switch("Let us train our AI host voice on my messages", True)
    return p


def pages():
    return [spotify(), soundcloud(), driftcast(), pagehall(), tideline()]

from lib import Page


def pages():
    out = []

    # 1 ---------------------------------------------------------------- Headspace (known)
    p = Page("en", "headspace-privacy", "https://www.headspace.com/settings/privacy", "Headspace",
             "Privacy & data", known=True, theme="meditation", accent="#f47d31", hidecls="is-hidden",
             nav=[("Profile", "/settings/profile", False), ("Subscription", "/settings/subscription", False),
                  ("Notifications", "/settings/notifications", False), ("Privacy & data", "/settings/privacy", True),
                  ("Downloads", "/settings/downloads", False), ("Help", "https://help.headspace.com", False)],
             menu=[("Profile", "/settings/profile"), ("Buddies", "/buddies"), ("Log out", "/logout")],
             footer=[("Privacy Policy", "/privacy-policy"), ("Terms & Conditions", "/terms-and-conditions"),
                     ("Cookie settings", "/cookies"), ("Contact", "/contact")],
             search_ph="Search meditations, sleepcasts, courses",
             lede="Choose what Headspace keeps, what it learns from and who can see your progress.",
             notes="Known service reconstruction (invented copy). v: 'Help improve Headspace' switch whose help says training; p: state row with visually hidden suffix; h: aria-pressed pair under a training heading. Hidden: voice-note training switch in a [hidden] block. Decoys: Ebb AI companion on/off, recommendations, reminders, research invites, export/delete.")
    p.section("Reminders")
    p.switch("Mindful moments", True, "A few gentle nudges during the day to stop and breathe.")
    p.switch("Bedtime reminder", False)
    p.select("Remind me at", ["7:00 AM", "8:00 AM", "9:30 PM", "10:00 PM"], 2)
    p.section("Personalization")
    p.switch("Recommendations on the Today tab", True,
             "Picked from what you've played lately. This only changes what you see.")
    p.bswitch("Ebb, your AI companion", True, "Chat with Ebb when you're not sure what to try next.",
              naming="labelledby")
    p.radios("Content mix", ["More meditation", "Balanced", "More sleep and sounds"], 1)
    p.section("Your data and our models",
              "Some Headspace features are built with machine learning. These settings decide whether your activity becomes part of the data those models are trained on.")
    p.switch("Help improve Headspace", True,
             "When this is on, we use your session history, mood check-ins and how you move through the app to train and test the models behind recommendations and Ebb.",
             ai="v")
    p.state("Ebb chat history in model training", "Not included. Your conversations with Ebb stay out of training.",
            "Include", False, ai="p")
    p.pressed("Mood check-in notes", ["Included", "Not included"], 1, share=[True, False], ai="h")
    p.begin_hidden("hidden-attr")
    p.switch("Use my voice notes to train speech recognition", False, ai="p")
    p.end_hidden()
    p.section("Research")
    p.check("Invite me to user research interviews", False,
            "We'll email you now and then about a paid 30-minute chat with our design team.")
    p.check("Send me the Headspace science newsletter", True)
    p.section("Community")
    p.switch("Show my run streak to buddies", True)
    p.switch("Let buddies send me nudges", True)
    p.section("Your information")
    p.ctl_button("Download my data")
    p.ctl_button("Clear listening history")
    p.ctl_button("Delete account")
    out.append(p)

    # 2 ---------------------------------------------------------------- Day One (known)
    p = Page("en", "dayone-privacy", "https://dayone.me/account/settings/privacy", "Day One",
             "Privacy", known=True, theme="journaling", accent="#2a8fd6", hidecls="d-none",
             nav=[("Account", "/account", False), ("Journals", "/account/journals", False),
                  ("Sync & backup", "/account/sync", False), ("Privacy", "/account/settings/privacy", True),
                  ("Daily prompts", "/account/prompts", False), ("Billing", "/account/billing", False)],
             menu=[("Your account", "/account"), ("Get the app", "/download"), ("Sign out", "/logout")],
             footer=[("Privacy", "/privacy"), ("Terms", "/terms"), ("Support", "/support"), ("Blog", "/blog")],
             lede="Your journal is yours. Here you choose how Day One's smart features may work with it.",
             notes="Known service reconstruction (invented copy). h: table cells under a 'Model training' column; i: 'Don't use my audio recordings…' checkbox (checked = not sharing); p: select. Hidden: a checkbox inside an inline display:none block. Decoys: end-to-end encryption, AI title suggestions processed on device, daily prompts, On This Day, exports.")
    p.section("Security")
    p.switch("End-to-end encryption for all journals", True)
    p.switch("Require Face ID to open the app", True)
    p.select("Lock after", ["Immediately", "1 minute", "5 minutes", "15 minutes"], 1)
    p.ctl_button("Show encryption key")
    p.section("Smart features",
              "Entry titles, summaries and prompts are generated on your device. They are never sent anywhere for training.")
    p.switch("Suggest entry titles", True)
    p.switch("Weekly summary of my entries", False)
    p.check("Daily prompt on the home screen", True)
    p.section("How your entries help Day One's AI")
    p.table("Choose, for each kind of content, what it may be used for.",
            ["On This Day suggestions", "Model training"], ["Journal text", "Photos and audio"],
            [[True, True], [True, False]], ai={(0, 1): "h", (1, 1): "h"}, corner="Content")
    p.check("Don't use my audio recordings to improve Day One's AI", True,
            "Applies to every journal, including shared ones you belong to.", ai="i")
    p.select("Share anonymized entries for AI training", ["Never", "Only entries I mark", "All unencrypted entries"],
             1, share=[False, True, True], ai="p")
    p.begin_hidden("inline-display-none")
    p.check("Allow my shared journals' comments to be used for model training", True, ai="p")
    p.end_hidden()
    p.section("Data")
    p.ctl_button("Export all journals (JSON)")
    p.ctl_button("Export as PDF")
    p.ctl_button("Delete all entries")
    out.append(p)

    # 3 ---------------------------------------------------------------- Co-Star (known)
    p = Page("en", "costar-data", "https://www.costarastrology.com/account/data-settings", "Co–Star",
             "Data settings", known=True, theme="astrology", accent="#111111", bg="#fbfaf7", hidecls="u-hide",
             nav=[("Birth chart", "/account/chart", False), ("Friends", "/account/friends", False),
                  ("Notifications", "/account/notifications", False), ("Data settings", "/account/data-settings", True),
                  ("Subscription", "/account/plus", False)],
             menu=[("Your chart", "/account/chart"), ("Invite friends", "/invite"), ("Log out", "/logout")],
             footer=[("Privacy", "/privacy"), ("Terms", "/terms"), ("Careers", "/jobs"), ("Contact", "/contact")],
             search_ph="Search people, signs, placements",
             lede="The stars don't need your data. Our models sometimes do. Decide here.",
             notes="Known service reconstruction (invented copy). i: radio fieldset 'Machine learning opt-out' (keep me in = sharing); p: button switch named by its text; v: role=radiogroup whose help says training. Hidden: switch in a class-hidden (display:none) panel. Decoys: daily horoscope, friend compatibility, The Void on/off, birth time precision.")
    p.section("Your chart")
    p.text("Birth place", "Lisbon, Portugal")
    p.select("Birth time accuracy", ["Exact", "Within an hour", "I don't know"], 0)
    p.switch("Show my sun, moon and rising to friends", True)
    p.section("Daily updates")
    p.switch("Daily horoscope push", True)
    p.switch("Notify me when a friend's transit affects me", False)
    p.radios("Tone of daily updates", ["Blunt", "Gentle"], 0, style="aria")
    p.section("The Void")
    p.bswitch("Ask The Void", True, "Type a question; the answer is written from your chart in real time.",
              naming="labelledby")
    p.section("Machine learning",
              "The text you read on Co–Star is written partly by language models trained on astrological writing.")
    p.radios("Machine learning opt-out", ["Opt me out", "Keep me in"], 1, share=[False, True],
             help="Applies to everything stored on your account.", ai="i")
    p.bswitch("Use my chart and app activity to train Co–Star's AI", False, naming="text", ai="p")
    p.radios("Help The Void learn", ["Yes", "No"], 0, share=[True, False], style="aria",
             help="Lets us use your questions to The Void, and the answers you save, to train the model that writes its replies.",
             ai="v")
    p.raw('<div class="panel u-hide" id="legacy-ml">')
    p.hide_stack.append(("css-class", "div"))
    p.switch("Let partners use my compatibility data for AI research", True, ai="p")
    p.hide_stack.pop()
    p.raw("</div>")
    p.section("Friends")
    p.switch("Let people find me by phone number", False)
    p.switch("Show compatibility with new friends", True)
    p.check("Hide my chart from people I haven't added", True)
    p.section("Account")
    p.text("Email", "orion.v@example.com", type="email")
    p.ctl_button("Download my data")
    p.ctl_button("Delete my account")
    out.append(p)

    # 4 ---------------------------------------------------------------- Vesper Prayer (invented)
    p = Page("en", "vesper-prayer-data", "https://app.vesperprayer.test/settings/data-and-privacy", "Vesper",
             "Data & privacy", theme="faith", accent="#6b3fa0", hidecls="is-collapsed",
             nav=[("Profile", "/settings/profile", False), ("My church", "/settings/church", False),
                  ("Reading plan", "/settings/plan", False), ("Data & privacy", "/settings/data-and-privacy", True),
                  ("Giving", "/settings/giving", False)],
             menu=[("Profile", "/settings/profile"), ("Prayer wall", "/wall"), ("Sign out", "/signout")],
             footer=[("Privacy", "/privacy"), ("Statement of faith", "/faith"), ("Help", "/help")],
             search_ph="Search passages, prayers, sermons",
             lede="We keep your prayers between you, God, and the people you choose.",
             notes="Invented faith app. i: state row 'Turn off Keep my prayer journal out of AI training' (on = not sharing); h: switch 'Prayer requests' whose only training context is the section heading and intro. Hidden: aria-hidden legacy block. Decoys: sermon summaries by AI (no training), prayer wall visibility, giving receipts, reading plan reminders.")
    p.section("Reading plan")
    p.select("Plan", ["Bible in a year", "Gospels in 30 days", "Psalms and Proverbs"], 1)
    p.switch("Morning reminder", True)
    p.switch("Catch-up days on Sunday", False)
    p.section("Prayer wall")
    p.radios("Who can see my requests", ["Only me", "My small group", "My whole church"], 1)
    p.check("Post anonymously by default", True)
    p.check("Email me when someone prays for me", True)
    p.section("Sermon notes")
    p.switch("AI summaries of Sunday sermons", True,
             "Summaries are written by a model we license; your notes are not sent with them.")
    p.state("Keep my prayer journal out of AI training", "On. Nothing you write in your journal is used to train models.",
            "Turn off", True, ai="i")
    p.section("Model training",
              "Vesper's sermon-summary and search models are being retrained this year. Choose which of your content may be part of that.")
    p.begin_details("Choose content types")
    p.switch("Prayer requests", True, ai="h")
    p.switch("Sermon highlights", False, ai="h")
    p.end_details()
    p.begin_hidden("aria-hidden")
    p.check("Use my small-group chat to train Vesper's models", True, ai="p")
    p.end_hidden()
    p.section("Notifications")
    p.switch("Verse of the day", True)
    p.switch("Someone replied to my prayer request", True)
    p.switch("Church announcements", False)
    p.section("Giving")
    p.check("Send yearly giving statement", True)
    p.ctl_button("Manage payment methods")
    p.ctl_button("Export my journal")
    out.append(p)

    # 5 ---------------------------------------------------------------- Northstar coaching (invented)
    p = Page("en", "northstar-coaching-ai", "https://my.northstar-coach.test/preferences/ai-and-data", "Northstar",
             "AI & data preferences", theme="coaching", accent="#0f6e62", hidecls="hide",
             nav=[("Goals", "/preferences/goals", False), ("Coach", "/preferences/coach", False),
                  ("Calendar", "/preferences/calendar", False), ("AI & data", "/preferences/ai-and-data", True),
                  ("Team plan", "/preferences/team", False), ("Billing", "/preferences/billing", False)],
             menu=[("My profile", "/me"), ("Switch workspace", "/workspaces"), ("Log out", "/logout")],
             footer=[("Privacy notice", "/legal/privacy"), ("Terms", "/legal/terms"), ("Status", "https://status.northstar-coach.test")],
             lede="Your coach, your sessions, your call.",
             notes="Invented coaching app. p: select 'Use my coaching sessions to train AI models' (No); v: 'Contribute to better coaching' checkbox with help that says training; i: 'Limit AI training on my data' button switch with aria-label (off = sharing). Hidden: visibility:hidden block. Decoys: AI session notes, goal nudges, calendar sync, coach matching, team reporting.")
    p.section("Sessions")
    p.select("Default session length", ["25 minutes", "45 minutes", "60 minutes"], 1)
    p.switch("Record sessions", True, "Recordings are kept for 30 days so you can rewatch them.")
    p.switch("AI session notes", True,
             "A summary and action items after each call. Generated for you; not used to train anything.")
    p.check("Send me notes by email", False)
    p.section("Goals")
    p.switch("Weekly goal check-in", True)
    p.pressed("Nudge style", ["Encouraging", "Direct", "Minimal"], 1)
    p.section("Calendar")
    p.ctl_button("Connect Google Calendar")
    p.ctl_button("Connect Outlook")
    p.section("AI training")
    p.select("Use my coaching sessions to train AI models", ["Yes, all sessions", "Only written check-ins", "No"], 2,
             share=[True, True, False], ai="p")
    p.check("Contribute to better coaching", True,
            "Your goals and written reflections (with names removed) are used to train the Northstar coaching assistant.",
            ai="v")
    p.bswitch("Limit AI training on my data", False, naming="label",
              help="When on, only your account settings are used, never session content.", ai="i")
    p.begin_hidden("visibility-hidden")
    p.switch("Share my transcripts with research partners to train their models", False, ai="p")
    p.end_hidden()
    p.section("Team plan")
    p.check("Let my employer see my attendance", True)
    p.check("Let my employer see my goals", False)
    p.check("Include me in anonymous team wellbeing reports", True,
            "Counts only: sessions attended and goals set. Reports are not used to train models.")
    p.section("Account")
    p.select("Time zone", ["Europe/London", "America/New_York", "America/Los_Angeles"], 0)
    p.ctl_button("Export my coaching history")
    out.append(p)

    return out

from lib import Page


def chrome(brand, account="Account", menu=None):
    return {"search": "Search", "language": "Language", "account": account, "nav": "Settings",
            "menu": menu or [("Profile", "/profile"), ("Billing", "/billing"), ("Sign out", "/logout")],
            "copy": f"© 2025 {brand}"}


def dayone():
    p = Page("en", "dayone-privacy", "https://dayone.me/settings/privacy", "Day One",
             "Privacy & Data – Day One", "Privacy & data", "hidden", known=True,
             notes="Journaling app; on-device prompt feature said not to train; table of journals under a training caption.",
             lead="Your journals are yours. Decide what leaves this device and what Day One may learn from.",
             nav=[("Account", "/settings/account"), ("Journals", "/settings/journals"), ("Privacy & data", "/settings/privacy"),
                  ("Reminders", "/settings/reminders"), ("Import & export", "/settings/export"), ("Subscription", "/settings/premium")],
             active=2, footer=[("Help Center", "https://dayone.me/help"), ("Privacy Policy", "https://dayone.me/privacy"), ("Terms", "https://dayone.me/terms")],
             chrome=chrome("Bloom Built", "My account", [("Profile", "/profile"), ("Sync status", "/sync"), ("Log out", "/logout")]))
    p.sec("Encryption & lock",
          p.sw("End-to-end encryption for all journals", True, help="Only your devices hold the key. We can't read or recover encrypted entries."),
          p.cb("Require Face ID or passcode on open", True),
          p.sel("Lock after", ["Immediately", "1 minute", "5 minutes", "1 hour"], 1))
    p.sec("Journaling suggestions",
          p.sw("Show daily prompts", True, help="Prompts are picked on your device from your recent activity. Your entries are never sent to train any model for this."),
          p.cb("Suggest places and weather for new entries", True),
          p.cb("Include photos in On This Day", False),
          p.cb("Email me when new AI writing features are available", False),
          intro="Features that help you write. They run locally unless stated otherwise.")
    p.sec("AI model training",
          p.sw("Use my journal entries to train Day One's AI models", True,
               help="When on, de-identified text from unencrypted entries may be used to improve our summarization and prompt models.",
               ai=True, shape="p"),
          p.table("Journals that may be used to train Day One's models", "Journal", ["Included"],
                  [("Travel journal", [(True, True, "h")]), ("Dream log", [(False, False, "h")])],
                  intro="Encrypted journals are always excluded."),
          p.hide(p.cb("Share anonymized entry samples with research partners for model training", False, ai=False, shape="p", hid=True)))
    p.sec("Analytics & communication",
          p.cb("Send crash reports", True),
          p.cb("Share usage statistics to help us fix bugs", False),
          p.cb("Product newsletter", False, wrap=True))
    p.sec("Your data",
          p.btn("Export all journals (JSON)"),
          p.btn("Export as PDF"),
          p.btn("Delete account and all entries", help="This cannot be undone. Synced copies are removed within 30 days."))
    return p


def costar():
    p = Page("en", "costar-privacy", "https://www.costarastrology.com/settings/privacy", "Co–Star",
             "Settings · Privacy — Co–Star", "Privacy", "inline-display", known=True,
             notes="Astrology app; inverted aria-label switch, vague select explained only by help, radiogroup under training heading.",
             nav=[("Profile", "/settings/profile"), ("Birth details", "/settings/birth"), ("Friends", "/settings/friends"),
                  ("Notifications", "/settings/notifications"), ("Privacy", "/settings/privacy"), ("Subscription", "/settings/plus")],
             active=4, footer=[("Support", "/support"), ("Privacy", "/privacy"), ("Terms", "/terms"), ("Careers", "/jobs")],
             chrome=chrome("Co–Star Astrology Society", "You"))
    p.sec("Who sees you",
          p.rg("Profile visible to", ["Everyone", "Friends", "Only me"], 1),
          p.cb("Let friends see my rising sign", True),
          p.cb("Show me in “People you may know”", False),
          p.sw("Share my day rating with friends", True))
    p.sec("Readings",
          p.sw("Personalized daily horoscope", True, help="Uses your birth chart and the day's transits. Switching it on doesn't share anything new with us."),
          p.sel("Reading tone", ["Blunt", "Gentle", "Cryptic"], 0),
          p.bsw("Notify me when AI-written compatibility reports are ready", True, naming="text"))
    p.sec("Data & models",
          p.bsw("Keep my birth chart out of AI training", True, naming="aria", vis="Birth chart",
                help="Your birth time, place and placements.", ai=False, shape="i"),
          p.sel("Research participation", ["Don't participate", "Include my activity"], 1,
                help="When included, your daily check-ins and how you react to readings help train the models that write horoscopes for everyone.",
                ai=True, shape="v"),
          p.hide(p.sw("Use my messages to friends to improve AI readings", False, ai=False, shape="p", hid=True)))
    p.sec("Teaching the Co–Star AI",
          p.rg("Friends' compatibility notes", ["Allowed", "Not allowed"], 1, ai=False, shape="h"),
          intro="The notes you write about friends can become examples our language model learns from. Choose whether yours may be used.")
    p.sec("Ads & measurement",
          p.cb("Personalized ads on partner apps", False),
          p.cb("Let us measure which campaigns brought you here", True),
          p.btn("Download my data"),
          p.btn("Delete account"))
    p.sec("App",
          p.cb("Birthday reminders for friends", True),
          p.sel("Appearance", ["Dark", "Light", "Match system"], 0))
    return p


def formpilot():
    p = Page("en", "formpilot-workspace-data", "https://app.formpilot.test/workspace/settings/data", "FormPilot",
             "Data & AI · Workspace settings · FormPilot", "Data & AI", "class", known=False, hide_class="legacy-row",
             notes="Form builder workspace; state row named button + title, radio double negation, segmented control whose help explains training.",
             lead="Settings here apply to every form in the Acme Research workspace.",
             nav=[("General", "/workspace/settings"), ("Members", "/workspace/settings/members"), ("Branding", "/workspace/settings/branding"),
                  ("Data & AI", "/workspace/settings/data"), ("Integrations", "/workspace/settings/integrations"), ("Billing", "/workspace/settings/billing")],
             active=3, footer=[("Status", "https://status.formpilot.test"), ("Docs", "/docs"), ("DPA", "/legal/dpa"), ("Privacy", "/legal/privacy")],
             chrome=chrome("FormPilot Inc.", "Jamie (Admin)", [("Your profile", "/me"), ("Switch workspace", "/workspaces"), ("Sign out", "/logout")]))
    p.sec("AI assistant",
          p.sw("Enable the form-writing assistant", True, help="Drafts questions and logic from a short brief. Drafts and briefs are processed by our model provider, which may not train on them."),
          p.sw("Summarize open-text answers", True),
          p.cb("Notify admins when the assistant gets new capabilities", True),
          p.state("Train FormPilot AI on your form responses", "On — answers from all forms in this workspace are included", "Turn off",
                  ai=True, shape="p"),
          p.radio("Exclude respondent answers from model training", ["Yes, exclude them", "No"], 1, ai=True, shape="i"),
          p.seg("Smart suggestions data", ["Workspace only", "Shared pool"], 0,
                help="With “Shared pool”, your question wording and logic are used to train the suggestion model offered to all customers.",
                ai=False, shape="v"),
          p.hide(p.cb("Allow legacy training export (v1 API)", False, ai=False, shape="v", hid=True,
                      help="Lets the v1 API send response archives to our model training pipeline.")))
    p.sec("Responses",
          p.sel("Keep responses for", ["30 days", "1 year", "Until deleted"], 2),
          p.cb("Mask IP addresses of respondents", True),
          p.cb("Collect respondents' time zone", False),
          p.btn("Export all responses (CSV)"),
          p.cb("Add a CAPTCHA to public forms", True),
          p.cb("Email respondents a copy of their answers", False),
          p.btn("Connect Google Sheets"))
    p.sec("Security",
          p.sw("Require SSO for members", False),
          p.sel("Session timeout", ["8 hours", "24 hours", "7 days"], 1),
          p.btn("View audit log"))
    return p


def quietbell():
    p = Page("en", "quietbell-preferences", "https://quietbell.test/account/preferences", "QuietBell",
             "Preferences — QuietBell", "Preferences", "aria-hidden", known=False,
             notes="Meditation app; vague wrapped checkbox with help, switch in closed details under a training summary, double-negation state row.",
             nav=[("Profile", "/account"), ("Preferences", "/account/preferences"), ("Reminders", "/account/reminders"),
                  ("Membership", "/account/membership"), ("Gift a membership", "/gift")],
             active=1, footer=[("Help", "/help"), ("Privacy notice", "/privacy"), ("Accessibility", "/accessibility")],
             chrome=chrome("QuietBell Ltd", "Sam"))
    p.sec("Sessions",
          p.sel("Default session length", ["5 min", "10 min", "20 min", "Open-ended"], 1),
          p.rg("Bell sound", ["Tibetan bowl", "Wood block", "Soft chime"], 0),
          p.cb("Play ambient sound after the last bell", False),
          p.sw("Voice guidance", True))
    p.sec("Insights",
          p.sw("Weekly calm report", True, help="Generated on our servers from your session history. It is not used to train any AI model."),
          p.cb("Contribute session data", True, wrap=True,
               help="Your session lengths, completion streaks and ratings are used to train QuietBell's recommendation models.",
               ai=True, shape="v"),
          p.state("Stop using my recordings for model training", "Off", "Turn on", ai=True, shape="i"),
          p.details("AI model training (advanced)",
                    p.sw("Include mood check-ins", False, ai=False, shape="h"),
                    p.p("Mood check-ins are only sent if you switch this on.")),
          p.hide(p.sw("Let partners use my meditation audio to train voice models", False, ai=False, shape="p", hid=True)))
    p.sec("Notifications",
          p.cb("Daily reminder", True),
          p.cb("Streak milestones", True),
          p.cb("Tell me about new AI coach features", False),
          p.cb("Offers and discounts", False))
    p.sec("Accessibility",
          p.cb("Reduce motion", False),
          p.cb("Captions for guided sessions", True),
          p.sel("Text size", ["Default", "Large", "Extra large"], 0),
          p.btn("Export my session history"))
    return p


def psalmpath():
    p = Page("en", "psalmpath-privacy", "https://my.psalmpath.test/settings/privacy", "PsalmPath",
             "Privacy settings | PsalmPath", "Privacy settings", "visibility", known=False,
             notes="Faith / Bible reading app with prayer journal; plain radio, inverted select with 'not opted out' state, text-named button switch explained by help.",
             lead="We care for what you share in prayer. Here is how it is stored and used.",
             nav=[("Profile", "/settings"), ("Reading plans", "/settings/plans"), ("Prayer journal", "/settings/journal"),
                  ("Groups", "/settings/groups"), ("Privacy", "/settings/privacy"), ("Giving", "/settings/giving")],
             active=4, footer=[("About", "/about"), ("Statement of faith", "/faith"), ("Privacy", "/privacy"), ("Contact", "/contact")],
             chrome=chrome("PsalmPath Ministries", "Account"))
    p.sec("Prayer journal",
          p.rg("Who can see new prayers", ["Only me", "My groups", "Church prayer wall"], 0),
          p.cb("Remind me to revisit answered prayers", True),
          p.sw("Verse suggestions while writing", True, help="Suggestions come from a model that is never trained on your prayers."),
          p.radio("Use my prayer journal to train PsalmPath's AI", ["Yes", "No"], 1, ai=False, shape="p"))
    p.sec("Groups",
          p.sel("Opt out of AI training for church group notes", ["Opted out", "Not opted out"], 1, ai=True, shape="i"),
          p.cb("Allow group leaders to export discussion notes", False),
          p.cb("Email me group digests", True))
    p.sec("How we train our models",
          p.bsw("Reading plan highlights", True, naming="text",
                help="Verses you highlight and the notes on them help train the model behind “Ask the Scriptures”.",
                ai=True, shape="v"),
          p.hide(p.bsw("Sermon notes", False, naming="text", ai=False, shape="h", hid=True)),
          intro="A few optional sources can help our study assistant improve.")
    p.sec("Giving & notifications",
          p.cb("Keep giving history private from church staff", True),
          p.cb("Annual giving statement by email", True),
          p.bsw("Notify me about new AI study tools", False, naming="lb"),
          p.btn("Download my data"))
    p.sec("Reading",
          p.sel("Bible translation", ["ESV", "NIV", "KJV", "NLT"], 0),
          p.cb("Larger text in reading view", False),
          p.sw("Verse of the day on lock screen", True),
          p.btn("Connect church management system"))
    return p


PAGES = [dayone, costar, formpilot, quietbell, psalmpath]

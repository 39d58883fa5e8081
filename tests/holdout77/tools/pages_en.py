from lib import page, take

L = "en"
CHROME = {"search": "Search settings", "lang": "Language", "langs": ["English (UK)", "English (US)", "Deutsch", "Français", "Español"],
          "account": "Account", "menu": ["Your profile", "Switch account", "Sign out"], "nav": "Settings",
          "footer": ["Privacy Policy", "Terms", "Help Centre", "Status"]}
CHROME_US = dict(CHROME, langs=["English (US)", "English (UK)", "Español", "Français"], footer=["Privacy", "Terms", "Help Center", "Cookie preferences"])

POOL = [
    lambda P: P.cb("Desktop notifications for new mail", True),
    lambda P: P.sel("Theme", [("Light", 0), ("Dark", 0), ("Match system", 0)], 2),
    lambda P: P.seg("Density", [("Compact", 0), ("Comfortable", 0), ("Roomy", 0)], 1),
    lambda P: P.sw("Reduce motion", False, help="Turns off animated transitions and parallax effects."),
    lambda P: P.cb("Show focus outlines on every element", True),
    lambda P: P.sel("Date format", [("31/12/2025", 0), ("12/31/2025", 0), ("2025-12-31", 0)], 0),
    lambda P: P.sel("Time zone", [("(GMT+00:00) London", 0), ("(GMT-05:00) New York", 0), ("(GMT+01:00) Berlin", 0)], 0),
    lambda P: P.btn("Set up two-step verification"),
    lambda P: P.btn("Sign out of all other sessions"),
    lambda P: P.cb("Email me a weekly activity summary", False),
    lambda P: P.sw("Personalised ads from partners", False, help="Ads are chosen from your interests. We never read your messages to pick them."),
    lambda P: P.cb("Send anonymous crash reports", True, help="Stack traces only. No message text or file contents."),
    lambda P: P.link("Download a copy of your data"),
    lambda P: P.link("Manage connected apps"),
    lambda P: P.btn("Update payment method"),
    lambda P: P.sel("First day of the week", [("Monday", 0), ("Sunday", 0), ("Saturday", 0)], 0),
    lambda P: P.cb("Optimise layout for screen readers", False),
    lambda P: P.sw("Tell me about new AI features", True, help="A short email when the assistant gets something new. This doesn't change how your data is handled."),
    lambda P: P.rgroup("Who can see your profile photo", [("Everyone", 0), ("People I email", 0), ("Only me", 0)], 1),
    lambda P: P.cb("Enable keyboard shortcuts", True),
]


@page(L, "gmail-settings-general", "https://mail.google.com/mail/u/0/#settings/general", "Gmail", "Settings",
      ["General", "Labels", "Inbox", "Accounts and Import", "Filters and Blocked Addresses", "Forwarding and POP/IMAP", "Add-ons", "Chat and Meet", "Advanced", "Offline", "Themes"],
      known=True, notes="Reconstruction of Gmail general settings; training settings invented. Smart Compose / Smart Reply decoys said not to train.")
def gmail(P):
    P.sec("Smart features")
    P.cb("Smart Compose", True, help="Writing suggestions appear as you type. They're generated on the fly and aren't used to train models.")
    P.cb("Smart Reply", True, help="Suggested replies show up when available.")
    P.cb("Nudges: suggest emails to reply to", False)
    P.sec("Model training with your mailbox", "Gmail can learn from some of what's in your mailbox to make its writing models better for everyone. Pick what's included.")
    P.sw("Use my email content to train Gmail's writing models", True, ai="p")
    P.state("Attachments and images", "Included", "Exclude", True, ai="h")
    P.sel("Help shape upcoming features", [("Share samples from opened messages", True), ("Don't share", False)], 1,
          help="Selected snippets are reviewed by trained reviewers and used to train Google's AI models.", ai="v")
    P.hide()
    P.cb("Let Gemini learn from my chat history in Gmail", True)
    P.unhide()
    P.sec("Sending")
    P.sel("Undo Send: cancellation period", [("5 seconds", 0), ("10 seconds", 0), ("20 seconds", 0), ("30 seconds", 0)], 1)
    P.radios("Conversation view", [("Conversation view on", 0), ("Conversation view off", 0)], 0)
    P.radios("Images", [("Always display external images", 0), ("Ask before displaying external images", 0)], 1)
    P.text("Signature", "Cheers, Sam")
    P.sec("Display and notifications")
    take(P, POOL, [0, 2, 17, 19, 12])


@page(L, "calendly-privacy", "https://calendly.com/app/settings/privacy", "Calendly", "Privacy & data",
      ["Profile", "Branding", "My link", "Login preferences", "Calendar sync", "Privacy & data", "Security", "Cookie settings", "Delete account"],
      known=True, notes="Reconstruction of a Calendly privacy settings page; training settings invented. Table where only the caption says training.")
def calendly(P):
    P.chrome = CHROME_US
    P.sec("Scheduling assistant")
    P.sw("Suggest best meeting times", True, help="Uses your connected calendars to propose slots. Suggestions are computed per request; we don't train on your calendar.")
    P.cb("Auto-summarise meeting notes", False)
    P.radios("Opt out of AI model training", [("Yes, opt me out", False), ("No, keep my data in", True)], 0,
             help="Applies to all event types you host.", ai="i")
    P.bsw("Meeting insights contribution", True, naming="label",
          help="When on, transcripts and notes from meetings booked through Calendly are used to train Calendly's machine-learning models.", ai="v")
    P.table("What may be used to train Calendly AI", ["Allowed"],
            [("Booking history", [True]), ("Invitee form answers", [False])],
            ai={(0, 0): ("h", None), (1, 0): ("h", None)},
            intro="Untick anything you'd rather keep out. Changes apply to new data from tomorrow.")
    P.hide()
    P.sw("Train routing form AI on my submissions", True)
    P.unhide()
    P.sec("Visibility")
    P.cb("Show my availability to people in my organisation", True)
    P.cb("List me in the Calendly directory", False)
    P.sec("Notifications")
    P.cb("Email me when someone books", True)
    P.cb("Text me a reminder 1 hour before", False)
    take(P, POOL, [6, 15, 10, 13, 14, 8])


@page(L, "quillmail-privacy", "https://app.quillmail.test/preferences/privacy", "Quillmail", "Privacy",
      ["Accounts", "Composing", "Reading", "Privacy", "Labs", "Sync", "Billing"],
      notes="Invented desktop/web email client. Wrapping-label checkbox, segmented buttons, role=radiogroup.")
def quill(P):
    P.sec("Quill Assistant", "The assistant drafts replies and sorts newsletters. It runs on our servers in the EU.")
    P.sw("Quill Assistant", True, help="We don't keep what you send the assistant after the answer is shown, and it's never used for training.")
    P.cb("Summarise long threads automatically", False)
    P.cb("Keep my mailbox out of model training", True, wrap=True, ai="i")
    P.seg("Reply suggestions training", [("On", True), ("Off", False)], 0,
          help="Your accepted and edited suggestions are sent back as examples.", ai="p")
    P.rgroup("Quill Labs participation", [("Full", True), ("Basic", False), ("None", False)], 1,
             help="Full participation lets us use the text of messages you send to train and evaluate our language models. Basic only shares crash logs.", ai="v")
    P.hide()
    P.bsw("Use my contacts to improve AI ranking", True, naming="labelledby")
    P.unhide()
    P.sec("Tracking protection")
    P.sw("Block tracking pixels", True)
    P.cb("Load remote images through our proxy", True)
    P.sec("Sync")
    P.sel("Download messages for offline use", [("Last 30 days", 0), ("Last year", 0), ("Everything", 0)], 0)
    take(P, POOL, [1, 3, 4, 7, 11, 18, 15])


@page(L, "helmdesk-workspace-ai", "https://helmdesk.test/settings/workspace/ai", "Helmdesk", "AI & data",
      ["Inboxes", "Teammates", "Rules", "Canned replies", "AI & data", "Integrations", "Billing"],
      notes="Invented shared inbox. Double negation in a state row (Turn off + Block), heading-only switches.")
def helm(P):
    P.sec("Reply assistant")
    P.sw("Draft replies with AI", True, help="Drafts are produced from the current ticket only and are not used to train any model.")
    P.sel("Assistant tone", [("Friendly", 0), ("Neutral", 0), ("Formal", 0)], 0)
    P.cb("Notify admins when the assistant is updated", True)
    P.state("Block model training on customer conversations", "Active", "Turn off", True, ai="i")
    P.sec("AI training on your workspace data", "Choose what Helmdesk may learn from when we improve our models. Customer emails are covered above.")
    P.sw("Internal notes", False, ai="h")
    P.sw("Tags and macros", True, ai="h")
    P.hide()
    P.cb("Share ticket history with our model partners for training", False)
    P.unhide()
    P.sec("Inbox visibility")
    P.rgroup("Who can see the Sales inbox", [("Whole workspace", 0), ("Sales team", 0)], 1)
    P.cb("Show customer satisfaction scores to agents", True)
    P.sec("Integrations")
    P.link("Connect Slack")
    P.link("Connect Salesforce")
    P.cb("Let teammates see when I'm typing", True)
    take(P, POOL, [5, 9, 8, 13])


@page(L, "gridwell-data-controls", "https://gridwell.test/account/data-controls", "Gridwell", "Data controls",
      ["Account", "Workbooks", "Data controls", "Sharing", "Plans", "Developer"],
      notes="Invented spreadsheet app. Select with three options, inverted button switch whose off state means data is used.")
def grid(P):
    P.sec("Formula Assist")
    P.sw("Formula Assist suggestions", True, help="Suggests formulas from your column headers. Nothing you type here leaves your workbook for training.")
    P.cb("Explain errors in plain English", True)
    P.sel("Use my spreadsheets for AI training", [("Always", True), ("Only shared templates", True), ("Never", False)], 2, ai="p")
    P.details("Advanced data options")
    P.bsw("Don't let Formula Assist learn from my sheets", False, ai="i")
    P.enddetails()
    P.hide()
    P.rgroup("Model training on comments", [("On", True), ("Off", False)], 0)
    P.unhide()
    P.sec("Sharing defaults")
    P.sel("New workbooks are", [("Private", 0), ("Viewable by link", 0), ("Editable by team", 0)], 0)
    P.cb("Allow viewers to download copies", False)
    P.cb("Show edit history to commenters", True)
    P.sec("Usage and billing")
    P.btn("Export all workbooks (.zip)")
    take(P, POOL, [2, 16, 9, 11, 14, 7, 19, 6])

from lib import *

PAGES = [
Page("en", "otter-data-privacy", "https://otter.ai/app/settings/data-privacy", "Otter.ai", "Data & privacy",
     "Reconstruction of a meeting note-taker's privacy page: plain button switch (off), inverted radio fieldset, vague checkbox in a closed <details>; enterprise vocabulary training hidden with the hidden attribute; AI chat/outline features and bug analytics as decoys.",
     chrome("Search Otter", "Language", "Dana Whitfield", ["Account", "Billing", "Apps", "Sign out"], "Settings",
            ["Privacy policy", "Terms", "Security", "Help center"], "© 2025 Otter.ai, Inc."),
     ["Profile", "Meetings", "Transcription", "Data & privacy", "Notifications", "Integrations", "Team"],
     known=True, active=3,
     lede="Decide how OtterPilot records, who sees your conversations, and what Otter may learn from them.",
     body=[
     section("Recording", items=[
         sw("Auto-join meetings from my calendar", True),
         sw("Email me the recap after each meeting", True),
         sel("Default transcription language", ["English (US)", "English (UK)", "Spanish", "French"], 0),
         cb("Show speaker names in the live transcript", True),
     ]),
     section("Otter AI features", intro="Summaries, outlines and AI Chat are generated from a conversation only when it is open in your workspace.", items=[
         sw("Generate an outline automatically", True),
         sw("Turn on Otter AI Chat in meetings", True),
         sw("Suggest action items", False, help="Action items are pulled from the transcript of the meeting you are in."),
     ]),
     section("Model training", intro="Otter's speech recognition gets better by learning from real conversations. You stay in control of yours.", items=[
         bsw("Allow Otter to train its speech recognition on my recordings", False, ai="p", how="by"),
         rf("Training opt-out for conversations I host", [("Opted out", False), ("Not opted out", True)], 0, ai="i",
            help="Applies to meetings you own, including audio guests contributed."),
         details("Advanced", [
             cb("Contribute to product research", True, ai="v",
                help="Short audio snippets and the transcripts you correct may be used to train and evaluate Otter's models. Snippets are de-identified first."),
         ]),
         hide("hidden", [
             sw("Let Otter train custom models on our workspace vocabulary", True, ai="p"),
         ], heading="Enterprise data controls"),
     ]),
     section("Sharing & visibility", items=[
         sel("Who can see new conversations", ["Only me", "My workspace", "Anyone with the link"], 1),
         cb("Allow guests to view transcripts I share", True),
         sw("Send de-identified usage analytics", True, help="Helps us find bugs and slow screens. Usage analytics are never used to train models."),
         btn("Export all conversations"),
         btn("Delete my account"),
     ]),
     section("Email notifications", items=[
         table("", ["Email", "Push"], ["Someone shares a conversation", "New comment", "Weekly digest"],
               [[True, True], [True, False], [False, False]], labelledby=False),
     ]),
     ]),

Page("en", "rev-account-privacy", "https://www.rev.com/account/settings/privacy", "Rev", "Privacy & file use",
     "Reconstruction of a transcription/captioning service: h-shape table cells (caption says training) and a state row named by a visually hidden suffix (currently excluded); a display:none legacy partner-sharing checkbox; 'AI draft before human review' decoy.",
     chrome("Search help & files", "Site language", "My account", ["Orders", "Files", "Billing", "Log out"], "Account",
            ["Privacy", "Terms of service", "Accessibility", "Careers"], "© 2025 Rev.com, Inc. All rights reserved."),
     ["Account info", "Order defaults", "Privacy & file use", "Billing", "Team members", "API keys"], known=True, active=2,
     body=[
     section("Order defaults", items=[
         sel("Turnaround time", ["Standard", "Rush", "Same day"], 0),
         cb("Verbatim transcription", False),
         cb("Include timestamps", True),
         cb("Label speakers by name", True),
         sel("Caption file format", ["SRT", "WebVTT", "SCC", "Text"], 0),
         cb("Burn captions into the video", False),
         sel("Default subtitle language", ["None", "Spanish", "German", "Japanese"], 0),
         sw("Draft transcripts with AI before a human reviews them", True, help="Speeds up your order. This setting does not change whether your files are used for training."),
     ]),
     section("How Rev uses your files", intro="Rev's speech engine learns from audio and corrected transcripts. Nothing below affects the quality of your orders.", items=[
         table("Help improve Rev's speech recognition", ["Allow use for training"],
               ["Audio and video you upload", "Transcripts you edit in the editor"], [[False], [True]], ai_cols={0: "h"}),
         state("Your files are currently excluded from AI training.", "Include them", suffix="in AI training", ai="p", share=False),
         hide("style", [
             cb("Share caption files with Rev's AI partners for model training", False, ai="p"),
         ], heading="Legacy options"),
     ]),
     section("Account", items=[
         sw("Two-factor authentication", True),
         cb("Notify me when files are ready", True),
         cb("Send me the Rev newsletter", False),
         field("Invoice email", "accounts@studio-north.test", type="email"),
         btn("Update payment method"),
     ]),
     ]),

Page("en", "livecap-settings", "https://app.livecap.test/settings/captions", "LiveCap", "Caption settings",
     "Invented live-captioning app for deaf and hard-of-hearing people: vague segmented buttons (join), inverted button switch named by text, heading-only select; a saved-phrases training switch hidden by a CSS class; crash reports and sound alerts as decoys.",
     chrome("Search settings", "App language", "Open account menu", ["Profile", "Subscription", "Sign out"], "Settings sections",
            ["Accessibility statement", "Privacy", "Contact support"], "LiveCap — captions for every conversation."),
     ["Captions", "Sounds & alerts", "Devices", "Privacy", "Subscription"], active=0,
     body=[
     section("Display", items=[
         sel("Caption text size", ["Small", "Medium", "Large", "Extra large"], 2),
         seg("Caption position", ["Top", "Bottom"], 1),
         sw("Highlight words the app is unsure about", True),
         sel("Spoken language", ["English", "English + Spanish", "French", "ASL gloss (beta)"], 0),
     ]),
     section("Sounds & alerts", items=[
         cb("Vibrate when someone says my name", True),
         sw("Alert me to doorbells and alarms", True),
         sw("Stream audio to my hearing aids", False),
         sw("Show captions on top of other apps", True),
         cb("Start captions automatically when a call begins", False),
     ]),
     section("Conversations", items=[
         sw("Save conversations on this device", True),
         btn("Delete all saved conversations"),
         cb("Send anonymous crash reports", True, help="Used only to fix crashes. Crash reports are not used for training."),
     ]),
     section("Making captions better", items=[
         seg("Caption quality program", [("Join", True), ("Don't join", False)], 0, ai="v",
             help="Members' conversations are used to retrain our captioning model, especially for accented and atypical speech."),
         bsw("Keep my conversations out of model training", True, ai="i", how="text"),
     ]),
     section("Training data", intro="Choose what LiveCap may learn from to make captions more accurate for everyone.", items=[
         sel("Conversations to include", [("None", False), ("Only the ones I star", True), ("All conversations", True)], 1, ai="h"),
         hide("class", [
             sw("Use my saved phrases to train the captioning model", True, ai="p"),
         ]),
     ]),
     ]),

Page("en", "readably-preferences", "https://readably.test/account/preferences", "Readably", "Preferences",
     "Invented read-aloud / dyslexia reading aid: plain role=radiogroup (No), inverted wrapped checkbox about a child's sessions (unchecked = shared); pronunciation-correction training button switch under aria-hidden; in-page AI simplification decoy.",
     chrome("Search", "Interface language", "Account", ["Family members", "Plan", "Log out"], "Preferences menu",
            ["Help", "Privacy notice", "Terms"], "Readably Ltd · Reading made easier"),
     ["Reading", "Voices", "Family", "Privacy", "Plan"], active=0,
     body=[
     section("Reading", items=[
         sel("Reading voice", ["Maya (UK)", "Leo (US)", "Priya (IN)"], 0),
         sel("Reading speed", ["Slow", "Normal", "Fast"], 1),
         cb("Highlight each word as it's read", True),
         sel("Font", ["Default", "OpenDyslexic", "Lexend"], 1),
         seg("Line spacing", ["1", "1.5", "2"], 1),
         sw("Bold the start of each word", False),
         sw("Dark page background", False),
         cb("Show a reading ruler under the current line", True),
         cb("Remember where I stopped in each document", True),
         cb("Read aloud when I hover over text", False, wrap=True),
         sw("Simplify hard passages with AI", True, help="Simplification happens on the page you're reading; the text isn't kept."),
     ]),
     section("Voices & learning", items=[
         rg("Use the documents I read to train Readably's voices", [("Yes", True), ("No", False)], 1, ai="p", native=False),
         hide("aria", [
             bsw("Train pronunciation models on my corrections", True, ai="p", how="label"),
         ]),
     ]),
     section("Family", items=[
         cb("Don't use my child's reading sessions to improve Readably's AI", False, ai="i", wrap=True),
         cb("Email me a weekly progress report", True),
         btn("Add a family member"),
         btn("Export reading history"),
     ]),
     ]),

Page("en", "lingomark-client-data", "https://portal.lingomark.test/client/settings/data", "Lingomark Translations", "Data & confidentiality",
     "Invented translation agency client portal: heading-only radio fieldset (translation memories kept private), state row named by aria-labelledby title with training only in help (on), inverted switch (object, off = shared); post-editing training checkbox under visibility:hidden; MT post-editing and connected-drive decoys.",
     chrome("Search projects", "Language", "Harrow & Finch LLP", ["Company profile", "Users", "Invoices", "Sign out"], "Client portal",
            ["Confidentiality policy", "Terms of business", "ISO 17100 certificate"], "Lingomark Translations Ltd, registered in England and Wales."),
     ["Projects", "Quotes", "Terminology", "Data & confidentiality", "Invoices"], active=3,
     body=[
     section("Project defaults", items=[
         sel("Delivery format", ["Same as source", "PDF", "DOCX"], 0),
         cb("Add certified translation stamp by default", False),
         field("Default PO / billing reference", "HF-2025-LEGAL"),
         sw("Use machine translation + post-editing for low-priority jobs", False, help="MT drafts make jobs cheaper and faster. Drafting does not use your files to train anything."),
     ]),
     section("Machine translation training", intro="We can fine-tune our engines on your approved translations, so future jobs match your terminology and style.", items=[
         rf("Your translation memories", [("Keep private to our account", False), ("Use for Lingomark engines", True), ("Use for Lingomark engines and our MT vendors", True)], 0, ai="h"),
         state("On — your glossaries are shared with our language technology team.", "Turn off", title="Terminology sharing", ai="v", share=True,
               help="Shared glossaries are used to train and tune the machine translation models used across all clients' projects."),
         sw("Object to the use of our source files for AI training", False, ai="i"),
         hide("vis", [
             cb("Allow our post-editing corrections to be used for MT training", True, ai="p"),
         ]),
     ]),
     section("Notifications", items=[
         table("", ["Email", "Portal"], ["Quote ready", "Job delivered", "Invoice issued"],
               [[True, True], [True, True], [False, True]]),
         cb("Copy invoices to our finance team", True),
     ]),
     section("Connected storage", items=[
         state("Google Drive connected as legal@harrowfinch.test", "Disconnect", suffix="Google Drive"),
         btn("Download our NDA"),
     ]),
     ]),
]

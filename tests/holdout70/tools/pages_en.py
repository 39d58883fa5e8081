from lib import Page


def adobe():
    P = Page("en", "adobe-account-privacy", "https://account.adobe.com/privacy", "Adobe Account",
             "Privacy and personal data | Adobe Account", "Privacy and personal data",
             ["Overview", "Plans", "Payment & invoices", "Account & security", "Privacy and personal data", "Communication preferences"], 4,
             ["© 2025 Adobe. All rights reserved.", "Terms of use", "Privacy", "Cookie preferences", "Do not sell or share my personal information"],
             notes="Known service reconstructed (Acrobat / Document Cloud). Vague switch with describedby help; "
                   "table whose caption alone says training; decoys: AI Assistant feature, desktop usage data said not to train. "
                   "Hidden: beta block with the hidden attribute.",
             lead="Choose how Adobe uses the information in your account and in the documents you keep with us.",
             account="MK", idp="acc", known=True)
    P.section("Your documents in Document Cloud")
    P.switch("Let Adobe analyse my stored documents", True,
             help="Used to develop and improve our machine-learning features, such as better text recognition in scanned PDFs. Files you keep only on your device are never included.",
             ai="on", sh="v")
    P.checkbox("Show AI Assistant in Acrobat and Reader", True,
               help="Adds the assistant button to the toolbar so you can ask questions about an open PDF.")
    P.checkbox("Generate a summary when I open a long PDF", False)
    P.section("Generative AI training",
              intro="Some Acrobat features learn from examples. Pick which of your material may be one of those examples. Anything you leave unticked stays out of it.")
    P.table(None, "Material", ["Allowed"],
            [("Conversations with AI Assistant", [False]), ("Comments and markup in shared reviews", [True])],
            [("on", "h")])
    P.section("Desktop apps")
    P.switch("Send desktop app usage information", True,
             help="Crash and usage reports help us fix bugs faster. They are never used to train AI models.")
    P.select("Share crash reports", ["Always", "Ask each time", "Never"], 1)
    P.begin_hidden("hidden")
    P.section("Adobe Research preview", intro="Available to selected individual plans in the United States.")
    P.checkbox("Contribute my files to research on generative models", False, ai="on", sh="p")
    P.end_hidden()
    P.section("Personalisation")
    P.checkbox("Personalised recommendations in apps and on the web", True,
               help="Tips and offers based on the products you use.")
    P.checkbox("Allow Adobe to use my information for advertising on other sites", False)
    P.section("Sharing and reviews")
    P.select("Default access for shared links", ["Anyone with the link", "Only people I invite"], 1)
    P.checkbox("Let reviewers comment without signing in", False)
    P.switch("Notify me when someone opens a file I shared", True)
    P.checkbox("Open PDFs in Acrobat by default on this computer", True)
    P.section("Your data")
    P.button("Request a copy of your data")
    P.button("Manage connected accounts")
    P.button("Delete account")
    return P


def docusign():
    P = Page("en", "docusign-admin-ai", "https://apps.docusign.com/admin/ai-settings", "Docusign Admin",
             "AI settings – Docusign Admin", "AI settings",
             ["Overview", "Users", "Groups", "Signing settings", "Security settings", "AI settings", "Audit logs"], 5,
             ["© Docusign, Inc.", "Terms", "Privacy", "Trust Center", "Accessibility"],
             notes="Known service reconstructed (e-signature admin). Organisation-level opt-out as a radio fieldset (inverted), "
                   "state row with visually hidden suffix, aria-labelledby button switch. Decoys: agreement summaries, AI-assisted "
                   "field detection, training courses. Hidden: inline display:none legacy block.",
             lead="Manage AI-assisted features for the Northwind Legal account (ID 8841-2210).",
             account="Priya Raman", idp="ds", known=True)
    P.section("AI-assisted features")
    P.bswitch("Agreement summaries for signers", True, via="labelledby",
              help="Signers see a short plain-language summary before they sign.")
    P.bswitch("Detect fields automatically when sending", True, via="labelledby")
    P.bswitch("Risk highlights in Docusign IAM", False, via="labelledby")
    P.section("Data used for model development",
              intro="Docusign can use agreements and metadata from customer accounts to build and improve the models behind these features. As an administrator you decide for the whole account.")
    P.radios("Organisation preference", ["Include our account's agreements", "Opt our account out"], 1,
             ai=[True, False], sh="h")
    P.state("Envelope metadata", "Currently shared: sender, recipient roles and completion times are used to improve field detection models.",
            "Stop sharing", suffix="envelope metadata for model improvement", ai=True, sh="p")
    P.bswitch("Let users override the account preference", False, via="labelledby",
              help="Users see their own switch on their profile page.")
    P.begin_hidden("display")
    P.section("Data used for model development (before 2024)")
    P.checkbox("Allow Docusign to use completed documents to train machine learning", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Signing experience")
    P.checkbox("Allow signers to download documents before signing", True)
    P.checkbox("Require an access code for recipients outside the organisation", False)
    P.select("Default reminder frequency", ["Every day", "Every 3 days", "Weekly", "Off"], 1)
    P.bswitch("Show the AI disclaimer on summaries", True, via="labelledby")
    P.section("Learning")
    P.button("Enrol admins in ‘AI for contract teams’ course")
    P.button("View the AI transparency note")
    P.section("Notifications")
    P.checkbox("Email me when a new AI feature is released", True)
    P.checkbox("Weekly usage report", False)
    P.actions("Save", "Cancel")
    return P


def scanfold():
    P = Page("en", "scanfold-data", "https://account.scanfold.test/settings/data", "Scanfold",
             "Data & privacy · Scanfold", "Data & privacy",
             ["Profile", "Scan defaults", "Cloud folders", "Data & privacy", "Subscription", "Devices"], 3,
             ["Scanfold Ltd, Leeds", "Help centre", "Privacy notice", "Terms"],
             notes="Invented phone-scanner app. Heading-only segmented buttons, inverted checkbox (keep out), "
                   "vague role=radiogroup with nearby help (not describedby). Decoys: OCR language, auto-crop, "
                   "analytics said not to train. Hidden: class with display:none (old app version block).",
             lead="What happens to the pages you scan after they leave your phone.",
             account="Tom", idp="sf", hide_class="legacy-only")
    P.section("Scan defaults")
    P.select("Text recognition language", ["Auto-detect", "English", "Welsh", "Polish", "Urdu"], 0)
    P.switch("Auto-crop and straighten pages", True)
    P.switch("Clean up shadows", True)
    P.section("Teaching our recognition engine",
              intro="Our handwriting and receipt reading gets better by learning from real scans. Tell us which of yours it can learn from.")
    P.pressed("Receipts and invoices", ["Yes", "No"], 0, ai=[True, False], sh="h")
    P.pressed("Handwritten notes", ["Yes", "No"], 1, ai=[True, False], sh="h")
    P.checkbox("Keep ID documents and passports out of this", True, ai="inv", sh="i",
               help="We recommend leaving this ticked.")
    P.section("Help us get better")
    P.radiogroup("Share corrections you make to recognised text",
                 ["Share with Scanfold", "Keep them on this phone"], 1, ai=[True, False], sh="v",
                 help="Your fixes become examples that retrain the text recognition models.", describe=False)
    P.switch("Anonymous usage statistics", True,
             help="Counts of taps and screens only. Not used to train any model.")
    P.begin_hidden("class")
    P.section("Help us get better (app 3.x)")
    P.switch("Use my scans to improve Scanfold AI", True, ai="on", sh="p")
    P.end_hidden()
    P.section("Cloud folders")
    P.select("Upload new scans to", ["Scanfold Cloud", "Google Drive", "OneDrive", "Nowhere (phone only)"], 0)
    P.switch("Upload only on Wi-Fi", True)
    P.radios("Save as", ["PDF", "JPEG"], 0)
    P.switch("Suggest document titles", True, help="Titles are worked out on your phone from the first line of text.")
    P.checkbox("Require Face ID to open the app", False)
    P.section("Account data")
    P.button("Export all scans as ZIP")
    P.button("Delete cloud copies")
    return P


def formwright():
    P = Page("en", "formwright-workspace-privacy", "https://app.formwright.test/workspace/settings/privacy", "Formwright",
             "Workspace privacy — Formwright", "Workspace privacy",
             ["General", "Members", "Branding", "Integrations", "Workspace privacy", "Billing"], 4,
             ["Formwright, Inc.", "Status", "Security", "Privacy", "Help"], notes=
             "Invented survey/form builder, workspace admin page. Respondents' answers as client data: select with "
             "training options, inverted aria-label button switch, state row named by aria-labelledby. Decoys: AI question "
             "writer (feature), response retention, GDPR consent text. Hidden: aria-hidden duplicate panel.",
             lead="Settings here apply to every form in the Harbour Clinic workspace.", account="HC", idp="fw")
    P.section("AI question writer")
    P.switch("Suggest questions while I build a form", True,
             help="Suggestions are generated on the fly from your draft; drafts are not kept afterwards.")
    P.select("Tone for suggested questions", ["Neutral", "Friendly", "Formal"], 0)
    P.section("Respondent answers")
    P.select("Keep responses for", ["30 days", "1 year", "Until I delete them"], 2)
    P.select("Use responses to train Formwright models", ["Never", "Only anonymised responses", "All responses"], 1,
             ai=[False, True, True], sh="p")
    P.bswitch("Exclude health and other sensitive answers from model training", True, via="label", ai="inv", sh="i")
    P.textfield("Consent text shown above the submit button", "I agree that Harbour Clinic may store my answers.")
    P.section("Research partners")
    P.state("Academic survey benchmark", "Joined 12 March. Anonymised forms from this workspace are lent to partner universities building survey-analysis models.",
            "Leave", ai=True, sh="v")
    P.begin_hidden("aria")
    P.bswitch("Allow partners to train on our responses", True, via="labelledby", ai="on", sh="p")
    P.end_hidden()
    P.section("Form defaults")
    P.select("Language for new forms", ["English (UK)", "English (US)", "Welsh", "Spanish"], 0)
    P.checkbox("Show “Made with Formwright” on public forms", False)
    P.switch("Spam protection", True, help="Bot submissions are caught by a filter we train on synthetic examples only, not on your forms.")
    P.button("Download audit log")
    P.button("Invite a member")
    P.section("Email")
    P.checkbox("Send me a daily digest of new responses", True)
    P.checkbox("Product news and webinars", False)
    P.actions("Save changes", "Discard")
    return P


def copyhaus():
    P = Page("en", "copyhaus-preferences", "https://www.copyhaus.test/account/preferences", "CopyHaus Print & Copy",
             "My preferences | CopyHaus", "My preferences",
             ["Orders", "Saved files", "Addresses", "My preferences", "Business account"], 3,
             ["CopyHaus Print & Copy – 48 stores nationwide", "Store finder", "Privacy", "Accessibility", "Contact"],
             notes="Invented print and copy shop. Plain native checkbox on uploaded print files (checked), vague checkbox with "
                   "help in a closed <details> (collapsed, still labelled). Decoys: print defaults, preflight check, "
                   "loyalty. Hidden: visibility:hidden.",
             lead="Defaults for online orders and how we look after the files you send us.", account="My account", idp="ch")
    P.section("Print defaults")
    P.radios("Default colour", ["Black & white", "Colour"], 0)
    P.radios("Sides", ["Single-sided", "Double-sided"], 1)
    P.select("Paper", ["A4 80 gsm", "A4 100 gsm recycled", "A3 80 gsm"], 0)
    P.checkbox("Run an automatic preflight check on uploaded PDFs", True,
               help="Flags missing fonts and low-resolution images before we print.")
    P.section("Your files")
    P.select("Delete saved files after", ["7 days", "30 days", "90 days"], 1)
    P.checkbox("Use the files I upload to train CopyHaus’s print-quality AI", True, wrap=True, ai="on", sh="p")
    P.begin_hidden("visibility")
    P.checkbox("Let our imaging partner learn from my artwork", False, ai="on", sh="p")
    P.end_hidden()
    P.section("More options", details="closed")
    P.checkbox("Contribute to print-quality research", False, ai="on", sh="v",
               help="Scanned originals from copy jobs become training examples for our image-clean-up models.")
    P.checkbox("Keep a copy of my scans in Saved files", True)
    P.section("Finishing and collection")
    P.radios("Binding for documents over 40 pages", ["None", "Staple", "Wire binding"], 1)
    P.select("Preferred store", ["Leeds Briggate", "Manchester Oxford Road", "York Station"], 0)
    P.checkbox("Email a VAT invoice with every order", True)
    P.button("Remove saved card")
    P.section("Rewards")
    P.checkbox("Collect CopyHaus points on every order", True)
    P.checkbox("Text me when my order is ready", True)
    P.actions("Save preferences")
    return P


def build():
    return [adobe(), docusign(), scanfold(), formwright(), copyhaus()]

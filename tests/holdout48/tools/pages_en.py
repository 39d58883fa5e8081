"""English pages of blind48 (photos, memories and family history)."""
from lib import Page, cell


def google_photos():
    p = Page("en", "google-photos", "https://photos.google.com/settings", "Settings - Google Photos",
             "Google Photos", "Settings",
             "Reconstruction of a photo library's settings. Vague 'Help improve' checkbox whose help "
             "says training; state row 'Included · Opt out' with a visually hidden suffix. Decoys: Face "
             "Groups, Ask Photos, memories, partner sharing, crash reports not used for training. Hidden "
             "ai decoy behind a CSS display:none class.",
             ["Photos", "Explore", "Sharing", "Albums", "Utilities", "Archive", "Trash", "Settings"], current=7,
             user="Maya Collins", initials="MC", hide_class="gp-collapsed")
    with p.section("Backup", "Back up photos and videos from your devices to your Google Account."):
        p.switch("Back up photos and videos", on=True, help="Photos from Maya's Pixel 8 are saved to your account.")
        p.radios("Backup quality", ["Storage saver", "Original quality"], "Storage saver",
                 help="Storage saver keeps photos at slightly reduced quality to save space.")
        p.select("Use mobile data to back up", ["No data", "Up to 5 MB a day", "Up to 30 MB a day", "Unlimited"], "Up to 30 MB a day")
    with p.section("Memories", "Relive moments from past years at the top of your photo grid."):
        p.switch("Show featured memories", on=True, mode="input")
        p.checkbox("Notify me when a new memory is ready", checked=True)
        p.button("Hide people and pets")
        p.button("Hide dates")
    with p.section("Face Groups"):
        p.switch("Group similar faces", on=True,
                 help="Lets you search by person. Face models stay in your account and are deleted if you turn this off.")
        p.switch("Show pets with people", on=True)
    with p.section("Ask Photos"):
        p.switch("Use Ask Photos", on=True,
                 help="Ask questions about your gallery in everyday language, like “where did we camp last summer?”. Your questions appear in your Photos activity, which you can delete.")
    with p.section("Sharing"):
        p.state_row("Partner sharing", "Off", "Set up", suffix="partner sharing")
        p.checkbox("Remove geo location in items shared by link", checked=True)
        p.switch("Sharing suggestions", on=False, help="Suggests sharing photos with people who appear in them.")
    with p.section("Improving Google Photos", "Choose how what you create in Google Photos can help Google."):
        p.checkbox("Help improve Google Photos", checked=True, ai="v",
                   help="Lets Google use the photos you edit with Magic Editor, and the feedback you give on the results, to train and improve the models behind these tools.")
        p.state_row("Training of Google’s generative models on your photos", "Included", "Opt out",
                    suffix="of generative model training on my photos", ai="i", sharing=True)
        p.checkbox("Send crash reports", checked=False,
                   help="Reports contain technical details about errors. They aren’t used to train AI models.")
    with p.hidden("css class display:none"):
        p.switch("Share Magic Editor edits with research teams for model training", on=False, ai="p")
    with p.section("Your data"):
        p.link("Export with Google Takeout", "https://takeout.google.com/")
        p.link("Manage your activity", "https://myactivity.google.com/")
        p.button("Remove Google Photos data", "btn danger")
    return p


def ancestry():
    p = Page("en", "ancestry", "https://www.ancestry.com/account/settings/privacy", "Privacy settings | Ancestry®",
             "Ancestry", "Privacy settings",
             "Reconstruction of a genealogy and DNA service. Plain switch for training on trees; inverted "
             "'Exclude my DNA data from machine-learning research' (checked); two heading-only checkboxes "
             "under 'Handwriting recognition'. Decoys: tree privacy, record hints, health-research consent "
             "kept separate from AI, AI summaries shown only to you, 'training courses'. Hidden ai decoy in "
             "a closed dialog.",
             ["Account", "Privacy", "Notifications", "DNA settings", "Subscriptions", "Connected services"], current=1,
             user="Robert Hale", initials="RH")
    with p.section("Your family trees", "Trees you own and who can find them."):
        p.radios("Tree privacy", ["Public tree", "Private, searchable", "Private, not searchable"], "Private, searchable",
                 help="Living people are always hidden from others in public trees.")
        p.checkbox("Allow invited editors to see living people", checked=True)
        p.switch("Record hints on my trees", on=True,
                 help="Suggests records that may match people in your tree.")
        p.button("Manage tree sharing")
    with p.section("DNA"):
        p.switch("Show me in DNA match lists", on=True)
        p.select("Display name for DNA matches", ["Full name", "Initials", "Username"], "Initials")
        p.checkbox("Show my ethnicity estimate to matches", checked=True)
        p.state_row("Research project consent", "Not participating", "Review", suffix="research project consent", how="near",
                    help="Health studies run with university partners. This consent is separate from any use of your data for AI.")
        p.checkbox("Exclude my DNA data from machine-learning research", checked=True, ai="i",
                   help="When checked, your raw DNA and ethnicity results are left out of the datasets our scientists use to train and test machine-learning models.")
    with p.section("AI and your content", "Ancestry builds AI tools such as automatic transcriptions and life-story summaries."):
        p.switch("Allow Ancestry to use my trees, photos and stories to train AI models", on=False, ai="p")
        p.switch("Show AI-written summaries of ancestors’ lives", on=True,
                 help="Summaries are generated from records in your tree and are shown only to you.")
    with p.section("Handwriting recognition",
                   "We train our handwriting models on the corrections members make to record transcriptions. Choose which of your contributions can be used."):
        p.checkbox("Corrections I make to transcriptions", checked=True, ai="h")
        p.checkbox("Records I attach to my tree", checked=False, ai="h")
    with p.section("Email"):
        p.checkbox("Genealogy training courses and webinars", checked=True, wrap=True)
        p.checkbox("Offers and promotions", checked=False, wrap=True)
    with p.dialog("Review all AI choices", "Confirm your AI choices"):
        p.checkbox("Stop using my stories for model training", checked=False, ai="i")
        p.button("Confirm")
    with p.section("Your data"):
        p.button("Download your DNA data")
        p.button("Delete test results", "btn danger")
    return p


def hearthframe():
    p = Page("en", "hearthframe", "https://account.hearthframe.test/settings/frame", "Living room frame – Hearthframe",
             "Hearthframe", "Living room frame",
             "Invented digital photo frame. State row 'No objection on file · Object' named through "
             "aria-labelledby (inverted, sharing); heading-only segmented group under 'Training our "
             "enhancement model'; plain voice-command checkbox inside a closed <details>. Decoys: on-device "
             "face cropping, sender approval, notification table, diagnostics never used for training. "
             "Hidden ai decoy under aria-hidden.",
             ["Frames", "Family & senders", "Photos", "Subscription", "Privacy & data", "Support"], current=0,
             user="Jean Marsh", initials="JM", hide_class="hf-off")
    with p.section("Display"):
        p.textbox("Frame name", "Living room")
        p.select("Change photo every", ["10 seconds", "1 minute", "5 minutes", "1 hour"], "1 minute")
        p.checkbox("Shuffle photos", checked=True)
        p.switch("Show captions and dates", on=True, mode="content")
        p.select("Sleep schedule", ["Off", "10 pm – 7 am", "Custom"], "10 pm – 7 am")
        p.switch("Crop faces automatically", on=True,
                 help="Framing is worked out on the frame itself; photos aren’t sent anywhere for this.")
    with p.section("Who can send photos"):
        p.radios("Who can send photos to this frame",
                 ["Only me", "Family members I invite", "Anyone with the frame’s email address"],
                 "Family members I invite", mode="radiogroup")
        p.checkbox("Ask me before showing photos from new senders", checked=True)
        p.button("Invite a family member")
        p.table("Notifications", ["Event", "Email", "Push"], [
            ("A relative sends new photos", [cell(True, "cr"), cell(False, "cr")]),
            ("Frame goes offline", [cell(True, "cr"), cell(True, "cr")]),
        ])
    with p.section("Training our enhancement model",
                   "Hearthframe’s enhancement model learns from photos shown on frames. Choose whose photos it may learn from."):
        p.segmented("Photos sent by relatives", ["Allow", "Don’t allow"], "Don’t allow", ai="h", yes=["Allow"])
        p.state_row("Use of frame photos for model training", "No objection on file", "Object", ai="i", sharing=True)
    with p.hidden("aria-hidden"):
        p.switch("Contribute displayed photos to the Hearthframe training library", on=True, ai="p")
    with p.section("Privacy"):
        with p.details("More privacy options"):
            p.checkbox("Let Hearthframe use my voice commands to train its speech model", checked=False, ai="p")
            p.checkbox("Keep a history of voice commands for 30 days", checked=True)
        p.checkbox("Share anonymous frame diagnostics", checked=True,
                   help="Uptime and Wi-Fi errors only. Never used to train our models.")
        p.actions("Save changes", "Restart frame")
    return p


def rootline():
    p = Page("en", "rootline", "https://rootline.test/settings/data", "Data & privacy · Rootline",
             "Rootline", "Data & privacy",
             "Invented family-tree builder. Per-row table: row header + column header 'Use for model "
             "training' (one sharing, one not); inverted 'Keep my tree out of partner AI datasets' "
             "(unchecked, so sharing). Decoys: smart matches, handwriting transcription, colourising, "
             "'Research training webinars'. Hidden ai decoy with inline display:none.",
             ["Profile", "Trees", "Collaborators", "Data & privacy", "Billing"], current=3,
             user="Priya Natarajan", initials="PN")
    with p.section("Tree defaults"):
        p.select("Default privacy for new people", ["Visible to collaborators", "Only me", "Public if deceased"], "Visible to collaborators")
        p.checkbox("Hide details of living relatives from collaborators", checked=True)
        p.radios("Date format", ["12 March 1901", "1901-03-12", "03/12/1901"], "12 March 1901")
        p.select("Citation style", ["Evidence Explained", "Chicago", "Simple"], "Evidence Explained")
        p.state_row("Shared with 4 relatives", "2 can edit, 2 can view", "Manage", suffix="collaborators")
    with p.section("Smart tools"):
        p.switch("Suggest possible matches from other trees", on=True,
                 help="Compares names, dates and places across public trees. Nothing you enter is used to train models.")
        p.switch("Transcribe uploaded handwriting automatically", on=True)
        p.switch("Colourise old photos on upload", on=False)
    with p.section("How your content is used for AI",
                   "Rootline trains its own models and licenses some data to research partners."):
        p.table("Content and model training", ["Content", "Items", "Use for model training"], [
            ("Family stories and notes", ["312", cell(True, "rc", ai="p")]),
            ("Scanned documents", ["1,204", cell(False, "rc", ai="p")]),
        ])
        p.checkbox("Keep my tree out of partner AI datasets", checked=False, ai="i",
                   help="Partners are universities and companies that build genealogy and language models.")
        p.link("How Rootline uses AI", "/help/ai")
    with p.hidden("inline display:none"):
        p.checkbox("Allow AI partners to learn from my tree (old setting)", checked=True, ai="p")
    with p.section("Email"):
        p.checkbox("Monthly research newsletter", checked=True)
        p.checkbox("Research training webinars", checked=False)
    with p.section("Export & delete"):
        p.button("Export GEDCOM")
        p.button("Download all media")
        p.button("Delete account", "btn danger")
    return p


def memoirly():
    p = Page("en", "memoirly", "https://app.memoirly.test/settings/privacy", "Privacy — Memoirly",
             "Memoirly", "Privacy",
             "Invented life-story journal. Vague programme switch 'Memoirly Voices programme' (help says "
             "training); consent state row 'Given · Withdraw consent' with hidden suffix (inverted, "
             "sharing). Decoys: transcription, follow-up question suggestions, analytics not used for "
             "training, readers, reminders. Hidden ai decoy behind the hidden attribute.",
             ["Journal", "Prompts", "Family readers", "Privacy", "Print a book", "Account"], current=3,
             user="Dorothy Quinn", initials="DQ")
    with p.section("Reminders"):
        p.select("Weekly question day", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], "Sunday")
        p.textbox("Reminder time", "09:00", type="time")
        p.checkbox("Email me the weekly question", checked=True)
    with p.section("Who can read your stories"):
        p.radios("Who can read new stories", ["Only me", "Family readers", "Anyone with the link"], "Family readers")
        p.switch("Lock the journal with a passcode", on=False)
        p.button("Manage family readers")
    with p.section("Voice and AI features"):
        p.switch("Transcribe my voice recordings", on=True, help="Transcripts are created for your journal only.")
        p.switch("Suggest follow-up questions from my answers", on=True)
        p.switch("Memoirly Voices programme", on=False, ai="v", how="near",
                 help="Adds your recorded stories to the audio collection we use to train our narration model.")
    with p.section("Consent"):
        p.state_row("AI training consent", "Given on 3 March 2024", "Withdraw consent",
                    suffix="to training AI on my journal entries", ai="i", sharing=True)
        p.checkbox("Share usage analytics", checked=False, help="Counts of screens and taps. Analytics are not used to train models.")
    with p.hidden("hidden attribute"):
        p.checkbox("Include my entries in the writing-model dataset", checked=True, ai="p")
    with p.section("Print a book"):
        p.checkbox("Remind me in December to order a printed book", checked=True)
        p.select("Book size", ["Small (15 × 20 cm)", "Large (21 × 28 cm)"], "Large (21 × 28 cm)")
    with p.section("Your data"):
        p.button("Export journal (PDF)")
        p.button("Export audio files")
        p.button("Delete journal", "btn danger")
    return p


PAGES = [google_photos, ancestry, hearthframe, rootline, memoirly]

from lib import Page, A

LANGS = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español")]


def rover():
    p = Page("en", "rover-account-privacy", "Rover", "https://www.rover.com/account/settings/privacy/",
             "Privacy settings | Rover", known=True,
             notes="Pet-sitting marketplace, owner account. Plain switch for message training (on); inverted "
                   "'Exclude… from image-model training' checkbox inside a closed details (unchecked, so shared). "
                   "Decoys: suggested replies, sitter-facing visibility, notifications, ads. Hidden: a beta block "
                   "with the hidden attribute.")
    p.chrome("Rover", "Search Rover", "Search sitters near you", "Language", LANGS + [("es-US", "Español (EE. UU.)")],
             "Jamie L.", ["Profile", "My pets", "Bookings", "Payments", "Help center"], "Log out",
             "Account settings", ["Profile", "My pets", "Payment methods", "Privacy", "Notifications", "Security"],
             "Privacy", ["About Rover", "Trust & Safety", "Terms of Service", "Privacy Statement", "Cookie settings"],
             "© 2025 A Place for Rover, Inc. All rights reserved.")
    p.html = p.render(
        "Privacy", "Choose what sitters can see about you and your pets, and how Rover uses your information.",
        p.section("Profile and visibility", "These settings apply to sitters you contact and sitters who contact you.",
                  p.checkbox("Let sitters see my pets' profiles before I book", True),
                  p.checkbox("Show my first name and neighborhood on reviews I leave", True),
                  p.select("Who can message me first", ["Anyone on Rover", "Sitters I've booked", "No one"],
                           "Anyone on Rover"),
                  p.text("Emergency contact phone", "(206) 555-0148", type="tel",
                         help="Only shared with a sitter during an active booking.")),
        p.section("Messages and Rover's AI", "Rover uses AI in a few places to save you time.",
                  p.switch("Suggested replies", True,
                           help="Rover suggests short replies while you type. Suggestions are generated on the spot "
                                "and don't depend on your message history."),
                  p.switch("Use my messages and booking details to improve Rover's AI models", True,
                           help="Includes conversations with sitters and notes you add to bookings. We remove phone "
                                "numbers and addresses first.", ai=A("p", on=True))),
        p.hide("hidden", lambda: p.section(
            "Rover Assist (beta)", "Try our new support assistant before anyone else.",
            p.switch("Let Rover Assist learn from my support calls", False, ai=A("p", on=True)),
            p.button("Leave the beta"))),
        p.section("Photos", "Sitters often send photo updates during a stay.",
                  p.checkbox("Add sitter photo updates to my pet's public gallery", False),
                  p.details("More photo options", lambda: [
                      p.checkbox("Exclude my pet photos from image-model training", False,
                                 help="When this is checked, photos of your pets stay out of the data sets we use to "
                                      "teach our models to recognize breeds and spot stress signals.",
                                 ai=A("i", on=False)),
                      p.checkbox("Blur faces and house numbers in photos I share", True)])),
        p.section("Marketing", None,
                  p.checkbox("Show me personalized Rover ads on other websites", False,
                             help="Uses your booking history to choose which ads you see. You'll still see ads, "
                                  "just less relevant ones.")),
        p.section("Notifications", "Choose how we keep you in the loop.",
                  p.table("How we contact you", "Notification", ["Email", "Push", "Text message"],
                          [("Booking requests and changes", [True, True, True]),
                           ("Photo updates during a stay", [False, True, False]),
                           ("Rover offers and discounts", [False, False, False])]),
                  p.select("Email digest", ["Daily", "Weekly", "Never"], "Weekly")),
        p.section("Your data", None,
                  p.buttons("Download my data", "Manage connected calendars"),
                  p.button("Delete account", help="This permanently removes your profile, pets and reviews.")),
    )
    return p


def alltrails():
    p = Page("en", "alltrails-privacy", "AllTrails", "https://www.alltrails.com/my/settings/privacy",
             "Privacy settings – AllTrails", known=True,
             notes="Hiking app. Heading-only segmented group under a 'machine learning' section (Included); "
                   "vague checkbox whose nearby help says it trains AllTrails AI (unchecked); inverted fieldset "
                   "'Opt me out…' (No selected → shared). Decoys: AI trail summaries, activity visibility, Lifeline "
                   "contacts, Garmin connection. Hidden: inactive Family plan tab.")
    p.hide_class = "u-hidden"
    p.chrome("AllTrails", "Search", "Search by city, park or trail name", "Language", LANGS,
             "Priya S.", ["Profile", "My maps", "Lists", "Activities", "Subscription"], "Log out",
             "Settings", ["Account", "Privacy", "Notifications", "Subscription", "Connected devices"],
             "Privacy", ["Help", "Terms", "Privacy policy", "Accessibility", "Careers"],
             "© 2025 AllTrails, LLC. All rights reserved.")
    p.html = p.render(
        "Privacy", None,
        p.section("Who can see your activity", "Set defaults for new recordings. You can still change each one.",
                  p.select("Default privacy for new activities", ["Public", "Followers only", "Private"],
                           "Followers only"),
                  p.checkbox("Show my name on trail leaderboards", False),
                  p.checkbox("Let people find me by email address", True),
                  p.checkbox("Hide the start and end of my recordings", True,
                             help="Trims about 200 m from each end so your home isn't shown.")),
        p.section("Safety", None,
                  p.checkbox("Share live location with my Lifeline contacts", True,
                             help="Only while you're recording and only with people you choose."),
                  p.button("Edit Lifeline contacts")),
        p.section("AI features", None,
                  p.switch("Show AI-generated trail summaries", True, mode="labelledby",
                           help="Summaries are written from recent public reviews. Turn off to see only the "
                                "original reviews."),
                  p.switch("Smart trail recommendations", True,
                           help="Suggestions based on trails you've saved and completed.")),
        p.section("Improving trail data with machine learning",
                  "We train models that estimate trail difficulty, closures and current conditions. Recorded "
                  "activities are one of the most useful inputs.",
                  p.tabs("Whose data", [
                      ("Personal", lambda: [
                          p.segmented("Your recordings", ["Included", "Not included"], "Included",
                                      ai=A("h", share=["Included"])),
                          p.checkbox("Contribute my reviews and photos", False,
                                     help="Reviews and photos you contribute can be used to train the AllTrails AI "
                                          "that describes trail conditions.", help_mode="nearby",
                                     ai=A("v", on=True))]),
                      ("Family plan", lambda: [
                          p.checkbox("Include family members' recordings in model training", True,
                                     ai=A("p", on=True))]),
                  ]),
                  p.radios("Opt out of third-party AI training",
                           ["No, partners may license my public content", "Yes, opt me out"],
                           "No, partners may license my public content",
                           help="Some partners license public trail content to train their own AI models.",
                           ai=A("i", share=["No, partners may license my public content"]))),
        p.section("Connected apps and data", None,
                  p.buttons("Connect Garmin", "Connect Apple Health"),
                  p.button("Request a copy of my data"),
                  p.checkbox("Email me a monthly recap", True)),
    )
    return p


def pawtrack():
    p = Page("en", "pawtrack-data-settings", "Pawtrack", "https://app.pawtrack.test/settings/data",
             "Data & privacy · Pawtrack", notes="GPS/activity collar app. Plain native switch (checked); state row "
             "'Lodge objection to AI training' (objection not lodged → shared); heading-only table of vet partners "
             "under a caption about training diagnostic models (one allowed, one not). Decoys: puppy training "
             "plan reminders, live location sharing with family, geofence alerts, analytics not used for training. "
             "Hidden: legacy v1 checkbox with inline display:none.")
    p.chrome("Pawtrack", "Search settings", "Search settings", "Language", LANGS, "Sam & Biscuit",
             ["My pets", "Collars", "Subscription", "Help"], "Sign out", "Settings",
             ["Pets", "Collars", "Alerts", "Data & privacy", "Subscription", "Family members"], "Data & privacy",
             ["Support", "Privacy notice", "Terms", "Status"], "Pawtrack Ltd · Registered in England and Wales")
    p.html = p.render(
        "Data & privacy", "Biscuit's collar sends location and activity every few minutes. Here's what happens to it.",
        p.section("Live location", None,
                  p.checkbox("Share Biscuit's live location with family members", True),
                  p.checkbox("Alert me when Biscuit leaves a safe zone", True),
                  p.select("Location history kept for", ["7 days", "30 days", "1 year"], "30 days")),
        p.section("Health insights", "Activity, rest and scratching data help us spot changes early.",
                  p.checkbox("Share collar activity data to train our health-prediction models", True,
                             switch=True, ai=A("p", on=True)),
                  p.hide("inline", lambda: p.checkbox(
                      "Allow research use of my data (app version 1)", True, ai=A("p", on=True))),
                  p.checkbox("Weekly health report by email", True),
                  p.checkbox("Show puppy training plan reminders", False,
                             help="Daily 10-minute lessons for recall and loose-lead walking.")),
        p.section("Objection", "You can object to us using Biscuit's data to train AI at any time. "
                               "Objecting doesn't affect alerts or health insights.",
                  p.state_row("Your objection", "Not lodged", "Lodge objection", suffix="to AI training",
                              ai=A("i", sharing=True))),
        p.section("Vet partners", None,
                  p.table("Vet partners who may use Biscuit's health records to train diagnostic models",
                          "Partner", ["Permitted"],
                          [("Northvale Veterinary Group", [True]), ("CanineGen Research Lab", [False])],
                          ai_cols={0: A("h", on=True)}),
                  p.button("Share a health report with my vet",
                           help="Sends a PDF to the clinic you choose. It isn't used for anything else.")),
        p.section("Collars", None,
                  p.select("GPS update interval", ["Every minute", "Every 3 minutes", "Every 10 minutes"],
                           "Every 3 minutes", help="Shorter intervals use more battery."),
                  p.checkbox("Low-battery alerts", True),
                  p.checkbox("Bark and behaviour insights", True,
                             help="Processed on the collar itself; only the daily totals reach the app."),
                  p.button("Pair a new collar")),
        p.section("Analytics", None,
                  p.checkbox("Send anonymous app usage statistics", True,
                             help="Crash reports and screen counts only. These aren't used to train any models."),
                  p.buttons("Export activity as CSV", "Delete location history")),
    )
    return p


def greenthumb():
    p = Page("en", "greenthumb-journal-privacy", "GreenThumb Journal",
             "https://greenthumb-journal.test/account/privacy", "Privacy – GreenThumb Journal",
             notes="Garden journal (UK). Vague aria-label switch 'Plant photo contributions' whose described help "
                   "says photos train the ID model (off); inverted 'Keep my garden journal out of AI training' "
                   "(checked → not shared). Decoys: on-device plant ID, soil basics course, frost alerts, community "
                   "sharing. Hidden: seed-partner yield-model switch in a CSS display:none block.")
    p.hide_class = "region-locked"
    p.chrome("GreenThumb Journal", "Search", "Search plants, tasks, notes", "Language",
             [("en", "English (UK)"), ("en-US", "English (US)"), ("de", "Deutsch")], "Margaret's plot",
             ["My garden", "Journal", "Seed box", "Membership"], "Sign out", "Account",
             ["Details", "Membership", "Privacy", "Reminders", "Help"], "Privacy",
             ["Help", "Privacy notice", "Cookies", "Contact"], "GreenThumb Journal · Made in Bristol")
    p.html = p.render(
        "Privacy", None,
        p.section("Plant identification", "Snap a leaf or flower and we'll suggest what it is.",
                  p.checkbox("Identify plants on this device when possible", True,
                             help="Faster, and works without signal. Photos don't leave your phone."),
                  p.switch("Plant photo contributions", False, mode="arialabel",
                           help="When this is on, photos you upload for identification are added to the collection "
                                "we train our identification model on.", ai=A("v", on=True))),
        p.section("Your garden journal", "Notes, sowings and harvests you log.",
                  p.checkbox("Keep my garden journal out of AI training", True, ai=A("i", on=False)),
                  p.checkbox("Share my garden with the GreenThumb community", False,
                             help="Other members can see your plot map and photos."),
                  p.select("Hemisphere", ["Northern", "Southern"], "Northern"),
                  p.switch("Smart task suggestions", True,
                           help="Suggests jobs for the week from the plants you grow and your local forecast.")),
        p.hide("css", lambda: p.section(
            "Seed partners", None,
            p.switch("Let seed partners use my harvest logs to improve their yield models", True,
                     ai=A("p", on=True)))),
        p.section("Reminders", None,
                  p.checkbox("Watering reminders", True, wrap=True),
                  p.checkbox("Frost alerts for my area", True, wrap=True),
                  p.text("Postcode for frost alerts", "BS6 5", help="First half is enough."),
                  p.checkbox("Seasonal planting tips picked for my garden", True, wrap=True)),
        p.section("Courses", "Short, friendly courses from our head gardener.",
                  p.card("Soil basics", p.button("Enrol in Soil basics"),
                         text="Four short lessons on structure, compost and pH."),
                  p.card("Pruning roses", p.button("Join the waiting list"))),
        p.section("Emails and offers", None,
                  p.select("Newsletter", ["Weekly", "Monthly", "None"], "Monthly"),
                  p.checkbox("Personalised offers from the GreenThumb shop", False)),
        p.section("Security and your data", None,
                  p.button("Set up two-step sign-in"),
                  p.buttons("Download my journal", "Close my account")),
    )
    return p


def stormline():
    p = Page("en", "stormline-station-settings", "Stormline",
             "https://stormline.test/station/WX-4471/settings", "Station settings — Stormline",
             notes="Personal weather station network. Plain select (Yes, without precise location → shared); "
                   "heading-only role=radiogroup named 'Research institutions' under an intro about training "
                   "nowcasting models (Never); inverted 'Block AI crawlers…' in a closed details (checked). Decoys: "
                   "public map, CWOP forwarding, AI forecast summary email, API key. Hidden: aria-hidden quick "
                   "settings drawer.")
    p.chrome("Stormline", "Search stations", "Station ID or town", "Language", LANGS, "WX-4471 · Harlow Hill",
             ["My stations", "Dashboards", "API keys", "Billing"], "Sign out", "Station", 
             ["Overview", "Sensors", "Sharing", "Alerts", "Data use", "API"], "Data use",
             ["Docs", "Status", "Privacy", "Terms", "Contact"], "Stormline Networks · Data you can trust")
    p.html = p.render(
        "Station WX-4471 — data use", "Readings update every 60 seconds.",
        p.hide("aria", lambda: p.card(
            "Quick settings",
            p.switch("Share readings for model training", True, ai=A("p", on=True)),
            p.switch("Public map", True))),
        p.section("Publishing", None,
                  p.text("Station name", "Harlow Hill Allotments"),
                  p.checkbox("Show this station on the public map", True),
                  p.checkbox("Let followers see my rain gauge history", True),
                  p.checkbox("Forward readings to CWOP", True,
                             help="The Citizen Weather Observer Program passes data to national forecasters."),
                  p.select("Location shown publicly", ["Exact", "Rounded to 1 km", "Town only"], "Rounded to 1 km")),
        p.section("Forecast models", "Stormline's own forecasts are produced by machine-learning models.",
                  p.select("Use my station's readings to train forecast models",
                           ["Yes, including location", "Yes, without precise location", "No"],
                           "Yes, without precise location",
                           ai=A("p", share=["Yes, including location", "Yes, without precise location"])),
                  p.checkbox("Auto-correct temperature for sun exposure", True,
                             help="Uses a calibration model built from reference stations. Your readings aren't "
                                  "added to it."),
                  p.checkbox("Include an AI forecast summary in my daily email", True,
                             help="A short written outlook for your station's location.")),
        p.section("Research", "Universities and national weather services can ask to train their "
                              "machine-learning nowcasting models on station archives.",
                  p.radios("Research institutions", ["Allow", "Ask me each time", "Never"], "Never",
                           mode="radiogroup", ai=A("h", share=["Allow"])),
                  p.details("Crawlers and scrapers", lambda: [
                      p.checkbox("Block AI crawlers from collecting my public station data", True,
                                 ai=A("i", on=False)),
                      p.checkbox("Rate-limit anonymous API requests", True)])),
        p.section("Alerts", None,
                  p.select("Wind gust alert", ["Off", "40 km/h", "60 km/h", "80 km/h"], "60 km/h"),
                  p.checkbox("Alert me when the station goes offline", True),
                  p.text("Alert email", "harlowhill.wx@example.com", type="email")),
        p.section("Sensors", None,
                  p.select("Temperature sensor", ["Outdoor (shielded)", "Outdoor (unshielded)", "Indoor"],
                           "Outdoor (shielded)"),
                  p.text("Rain gauge calibration factor", "1.02"),
                  p.checkbox("Flag readings when the sensor battery is low", True)),
        p.section("API and export", None,
                  p.buttons("Regenerate API key", "Export CSV", "Export NetCDF")),
    )
    return p


PAGES = [rover, alltrails, pawtrack, greenthumb, stormline]

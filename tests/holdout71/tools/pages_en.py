from lib import Page

MENU = [("Profile", "/profile"), ("Devices", "/devices"), ("Log out", "/logout")]


def mk(name, url, brand, title, notes, nav, **kw):
    d = dict(search=("Search", "Search settings"), lang_label="Language", account="Account",
             menu=MENU, footer=f"© 2025 {brand}. All rights reserved. Privacy · Terms · Cookies")
    d.update(kw)
    return Page("en", name, url, brand=brand, title=title, notes=notes, nav=nav, **d)


def quest():
    p = mk("meta-quest-privacy", "https://secure.oculus.com/my/privacy-settings/", "Meta Quest",
           "Privacy settings",
           "Known service (reconstruction). Plain switch about speech AI, vague labelled-by button switch whose help says "
           "tracking models are trained on it, table with an AI-training column next to a crash-report column. "
           "Hidden: legacy voice-chat row under the hidden attribute. Decoys: Meta AI assistant, hand tracking, boundary sharing.",
           [("Profile", "/my/profile/", False), ("Devices", "/my/devices/", False), ("Privacy", "/my/privacy-settings/", True),
            ("Supervision", "/my/family/", False), ("Payment methods", "/my/payment-methods/", False)],
           account="Jamie R.", known=True, search=("Search Meta Quest", "Search help and settings"))
    p.sec("Your activity", "Control who sees what you do in VR.")
    p.select("Who can see your active status", ["Everyone", "Friends", "Only me"], 1)
    p.select("Who can see the apps you use", ["Friends", "Only me"], 0)
    p.cb("Show me as available for parties", True)
    p.sec("Device", "These settings sync to every headset signed in to this account.")
    p.sw("Hand tracking", True, help="Use your hands instead of controllers. Processing happens on your headset.")
    p.sw("Auto-wake when headset is put on", True)
    p.sw("Let apps use your room boundary", False, help="Apps can read the shape of your play area to place virtual objects.")
    p.sw("Meta AI on your headset", True,
         help="Ask Meta AI about what you see in passthrough. Turning this on or off doesn't change the data choices below.")
    p.sec("Data used to improve Meta", "Choose what your headset sends to help us build better products.")
    p.sw("Use my voice interactions to improve Meta's speech AI", False,
         help="Stored voice commands may be reviewed and used to train speech recognition.", ai="p")
    p.bsw("Share additional headset data", True, ai="v", mode="by",
          help="This includes tracking and performance telemetry that we use to train and test the machine learning "
               "models behind hand and body tracking.")
    p.table("How your headset data is used", [("Keep crash reports", None), ("Use to train AI models", "p")],
            [("Hand tracking", [True, True]), ("Passthrough camera frames", [False, False])], corner="Data type")
    with p.hidden("hidden", "Horizon Worlds"):
        p.sw("Use my Horizon Worlds voice chat to train safety models", True)
    p.sec("Your information")
    p.btn("Download your information")
    p.btn("Delete voice command history")
    p.cb("Email me about new games and offers", False)
    return p


def oura():
    p = mk("oura-data-privacy", "https://cloud.ouraring.com/user/privacy", "Oura",
           "Data & privacy",
           "Known service (reconstruction). Inverted radio fieldset (exclude from model development), a state row "
           "whose training meaning lives only in the section heading and intro, and a vague select whose help says "
           "Advisor chats fine-tune the models. Hidden: Oura Labs row under inline display:none. "
           "Decoys: Advisor feature said not to train, research study invitations, partner app sharing.",
           [("Home", "/", False), ("Trends", "/trends", False), ("Membership", "/user/membership", False),
            ("Data & privacy", "/user/privacy", True), ("Connected apps", "/user/apps", False)],
           account="Priya", known=True, search=("Search", "Search Oura"))
    p.sec("Oura Advisor", "Your personal health companion inside the app.")
    p.sw("Oura Advisor", True, help="Chat with Advisor about your sleep and activity trends. Your messages are not used to train our models.")
    p.select("Advisor tone", ["Supportive", "Direct", "Playful"], 0)
    p.select("Conversation review", ["Allowed", "Not allowed"], 1, ai="v", share=[True, False],
             help="When allowed, a sample of your Advisor chats is reviewed and used to fine-tune the language models that power Advisor.")
    p.sec("Training Oura's health algorithms",
          "De-identified sleep, heart rate and temperature readings from members help us train the algorithms behind "
          "Readiness, Sleep Staging and Symptom Radar.")
    p.state("Your contribution:", "Active", "Stop sharing", ai="h", sharing=True, suffix="my readings")
    p.radios("Exclude my ring data from research and model development",
             ["Yes, exclude my data", "No, my data may be included"], 1, ai="i", share=[False, True])
    with p.hidden("display", "Oura Labs"):
        p.sw("Share my data with Oura Labs to train experimental models", False)
    p.sec("Research")
    p.cb("Invite me to research studies", True, help="We'll ask before enrolling you in any study.")
    p.cb("Send me the monthly research newsletter", False)
    p.sec("Sharing with others")
    p.sw("Share summaries with my circle", False)
    p.sw("Allow partner apps to read my heart rate", True)
    p.btn("Export my data")
    p.btn("Delete my account")
    p.sec("Notifications")
    p.cb("Bedtime reminder", True)
    p.cb("Low battery alerts", True)
    p.cb("Weekly report email", False)
    p.select("Temperature unit", ["Celsius", "Fahrenheit"], 0)
    p.sw("Heart rate during workouts", True, help="Measures heart rate more often while you exercise. Uses more battery.")
    return p


def skylark():
    p = mk("skylark-flight-data", "https://account.skylark-drones.test/settings/flight-data", "Skylark",
           "Flight data",
           "Invented drone companion. Inverted checkbox (don't use flight logs), segmented near-miss clips control "
           "whose training meaning is only in the heading, and a plain aria-label radiogroup. Hidden: imagery "
           "row inside a class-hidden panel. Decoys: no-fly zone updates, cloud sync, on-device subject tracking.",
           [("My drones", "/devices", False), ("Flight data", "/settings/flight-data", True), ("Care Refresh", "/care", False),
            ("Licences", "/licences", False)],
           account="Pilot menu", hide_class="panel--off")
    p.sec("Sync", "Flight records are encrypted in transit.")
    p.sw("Sync flight logs to Skylark Cloud", True)
    p.select("Keep synced logs for", ["30 days", "1 year", "Until I delete them"], 2)
    p.sw("Auto-download no-fly zone updates", True)
    p.sw("ActiveTrack on-device subject tracking", True, help="Runs entirely on the drone. Footage never leaves your device for this.")
    p.cb("Share flight logs with support when I open a ticket", True)
    p.sec("Product improvement")
    p.cb("Don't use my flight logs to train autopilot models", False,
         help="Telemetry such as wind, battery and stick input can help teach the autopilot to fly more smoothly.", ai="i")
    p.rgroup("Use my aerial photos to train image models", ["On", "Off"], 0, ai="p", share=[True, False], mode="label")
    p.sec("Obstacle-avoidance training",
          "Clips captured just before a near-miss are valuable for teaching our avoidance system. Choose whether yours are included.")
    p.seg("Near-miss clips", ["Include", "Leave out"], 1, ai="h", share=[True, False])
    with p.hidden("class", "Mapping"):
        p.sw("Use my mapping surveys to train terrain models", True)
    p.sec("Community")
    p.select("Who can see my SkyPixel uploads", ["Everyone", "Followers", "Only me"], 0)
    p.cb("Show my flight spots on the public map", False)
    p.btn("Download flight records")
    p.sec("Alerts")
    p.cb("Firmware update available", True)
    p.cb("Battery health warnings", True)
    p.select("Units", ["Metric", "Imperial"], 0)
    p.btn("Clear local cache")
    return p


def filamentary():
    p = mk("filamentary-workspace-privacy", "https://print.filamentary.test/workspace/settings/privacy", "Filamentary",
           "Workspace privacy",
           "Invented 3D-printer cloud (organisation workspace). Inverted aria-label button switch (keep timelapses out of "
           "training), table whose caption alone says training. Hidden: aria-hidden block with a slicer-profile row. "
           "Decoys: AI print-failure detection itself, remote access, model library visibility.",
           [("Printers", "/workspace/printers", False), ("Print queue", "/workspace/queue", False),
            ("Members", "/workspace/members", False), ("Privacy", "/workspace/settings/privacy", True), ("Billing", "/workspace/billing", False)],
           account="Northside Makerspace")
    p.sec("Remote access")
    p.sw("Allow remote printing", True)
    p.sw("Require a PIN before starting a print", False)
    p.select("Camera stream quality", ["Low", "Standard", "High"], 1)
    p.sec("Spaghetti Watch", "AI print-failure detection pauses a print when it looks like it's going wrong.")
    p.sw("Pause prints when a failure is detected", True)
    p.select("Detection sensitivity", ["Low", "Medium", "High"], 1)
    p.bsw("Keep our print timelapses out of failure-detection training", True, ai="i", mode="label", vis="On")
    p.table("Help train Spaghetti Watch with your workspace's prints", [("Share", "h")],
            [("Chamber camera snapshots", [True]), ("Sliced G-code", [False])], corner="Source")
    with p.hidden("aria", "Slicer"):
        p.sw("Use our slicer profiles to train print-setting models", True)
    p.sec("Model library")
    p.select("Default visibility for uploaded models", ["Workspace only", "Public"], 0)
    p.cb("Let members download models to personal accounts", True)
    p.btn("Export audit log")
    p.sec("Notifications")
    p.cb("Email the owner when a print finishes", True)
    p.cb("Notify members when filament runs out", True)
    p.cb("Weekly usage summary", False)
    p.select("Data retention for finished jobs", ["90 days", "1 year", "Forever"], 0)
    p.btn("Leave workspace")
    return p


def voltway():
    p = mk("voltway-ride-privacy", "https://app.voltway.test/account/privacy", "Voltway",
           "Privacy",
           "Invented e-scooter sharing app. A state row whose button names the setting with a visually hidden suffix, "
           "and a vague switch-input whose help says GPS traces train a model. Hidden: visibility:hidden row. "
           "Decoys: helmet-selfie check (AI feature), marketing, ride history visibility.",
           [("Rides", "/rides", False), ("Wallet", "/wallet", False), ("Safety", "/safety", False), ("Privacy", "/account/privacy", True)],
           account="Your account")
    p.sec("Location")
    p.select("Location access while riding", ["Only during rides", "Always"], 0)
    p.sw("Show nearby scooters on the lock screen", False)
    p.sw("Helmet selfie check", True, help="A quick photo confirms you're wearing a helmet. It's checked on your phone and deleted straight after.")
    p.sec("Your ride data")
    p.state("Ride data for AI training:", "Off", "Turn on", ai="p", sharing=False, suffix="ride data for AI training")
    p.sw("Contribute to Smarter Routes", True, ai="v",
         help="Your anonymised GPS traces are used to train the model that suggests safer routes and parking spots.")
    with p.hidden("visibility", "Beta"):
        p.sw("Use my braking data to train crash-detection models", False)
    p.sec("Communication")
    p.cb("Ride receipts by email", True)
    p.cb("Promotions and free-minute offers", False)
    p.cb("Push notifications for new zones", True)
    p.select("Who can see my ride history", ["Only me", "My group plan"], 0)
    p.btn("Download my rides")
    p.btn("Close account")
    p.cb("Share crash reports with Voltway", True)
    p.select("Distance unit", ["Kilometres", "Miles"], 0)
    p.sw("Ride with audio guidance", False)
    p.cb("Remember my last parking photo", True)
    return p


def pages():
    return [quest(), oura(), skylark(), filamentary(), voltway()]

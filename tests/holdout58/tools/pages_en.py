from lib import Page


def tesla():
    p = Page("en", "tesla-data-sharing", "Tesla", "https://www.tesla.com/teslaaccount/data-sharing",
             "Data Sharing | Tesla Account", "TESLA",
             ["Dashboard", "Profile Settings", "Payment Method", "Order History", "Charging", "Data Sharing", "Security"],
             active="Data Sharing", known=True, account="Menu",
             notes="Known service (reconstruction). State row with visually hidden suffix (stop sharing = inverted, true), plain checkbox, "
                   "heading-only switch under 'Fleet learning'. Decoys: vehicle analytics not used for training, voice commands, location, "
                   "Safety Score notifications, data download. Hidden: legacy voice-recording toggle in a block with the hidden attribute.",
             h1="Data Sharing",
             lead="Choose what your Tesla shares with us. Changes apply to every vehicle on your account and may take up to 24 hours to reach the car.")
    p.section("Vehicle Data")
    p.switch("Vehicle Analytics", True,
             help="Diagnostics, battery health and charging performance, used by Service to spot problems early. Analytics are kept separate from neural network training.")
    p.state_row("Autopilot camera clips", "Sharing", "Stop sharing", suffix=" camera clips used to train Autopilot",
                desc="Short clips from the external cameras, recorded around interventions and unusual events.", lab=("i", True))
    p.checkbox("Allow cabin camera images to be used for training neural networks", False,
               help="Images are only ever captured around a collision or an event that may lead to one, and are never linked to your VIN.",
               lab=("p", False), variant="row")
    p.end()
    p.section("Fleet learning", intro="Selected clips and sensor logs from your car can be used to train the neural networks behind Autopilot and Full Self-Driving (Supervised). Pick what your car contributes.")
    p.switch("Road conditions and lane data", True, lab=("h", True), help="Lane markings, potholes, construction zones.")
    p.switch("Navigation route data", False,
             help="Turn-by-turn routes shared with Maps to improve live traffic. Route data is not part of fleet learning.")
    p.end()
    p.hide("hidden-attr", cls="legacy-setting")
    p.checkbox("Share voice command recordings to improve speech recognition", True, lab=("p", True), cid="voice-recordings-legacy")
    p.end()
    p.section("Features in the car")
    p.switch("Voice Commands", True, help="Voice commands are processed to carry out your request and then discarded.")
    p.switch("Trip Planner suggestions", True, help="Suggests Supercharger stops based on your route, battery and live station data.")
    p.select("Location sharing in the Tesla app", ["Always", "While driving", "Never"], 0)
    p.checkbox("Safety Score notifications", True, variant="wrap")
    p.checkbox("Product updates and news by email", False, variant="wrap")
    p.end()
    p.section("Your data", intro="Get a copy of the data associated with your account, or ask us to delete it.")
    p.select("Data to include", ["Everything", "Vehicle data only", "Account data only"], 0)
    p.buttons("Download Data", "Request deletion")
    p.end()
    p.section("Connected services")
    p.state_row("Apple Wallet key", "Connected", "Disconnect", suffix=" Apple Wallet key")
    p.state_row("Spotify Premium", "Not connected", "Connect", suffix=" Spotify")
    p.end()
    p.button("Save changes", typ="submit")
    return p


def chargepoint():
    p = Page("en", "chargepoint-privacy", "ChargePoint", "https://driver.chargepoint.com/account/privacy",
             "Privacy - ChargePoint", "ChargePoint",
             ["Map", "Activity", "Payment", "Vehicles", "Notifications", "Privacy", "Home Charger"],
             active="Privacy", known=True, account="My Account", search_ph="Find a station or address",
             notes="Known service (reconstruction). Table with a caption about demand-forecasting model training: row checkboxes named row + 'Allowed' "
                   "(heading-only, one true one false). Vague checkbox 'Contribute to research' whose help says training. Decoys: smart charging "
                   "suggestions, waitlist, driver name visibility, auto-reload, export. Hidden: partner training toggle with inline display:none.",
             h1="Privacy", lead="Manage how ChargePoint uses your charging information.")
    p.section("Help train ChargePoint's demand-forecasting models",
              intro="We use charging data to teach the models that predict when stations will be busy and how much power a site will need. You decide which data goes in.")
    p.table("Data used for model training", "Data type", ["Allowed"], [
        ("Charging session history", [(True, ("h", True))]),
        ("Vehicle battery and state of charge", [(False, ("h", False))]),
    ])
    p.end()
    p.hide("inline-display-none", cls="partner-training")
    p.switch("Let utility partners train models on my charging patterns", False, lab=("p", False), cid="partner-ml")
    p.end()
    p.section("Research")
    p.checkbox("Contribute to research", True, lab=("v", True),
               help="Lets our data science team and university partners use anonymised session logs to train grid-load prediction models.")
    p.end()
    p.section("Driving & charging")
    p.switch("Smart charging suggestions", True,
             help="Recommends nearby stations and the best time to charge, based on your favorites and live availability.")
    p.switch("Waitlist alerts", True, help="Get a push notification when a station you're waiting for frees up.")
    p.checkbox("Show my first name to other drivers at shared stations", False, variant="row")
    p.checkbox("Include my sessions in my company's usage statistics", True, variant="row",
               help="Your fleet manager sees totals only. These statistics are not used to train any model.")
    p.end()
    p.section("Notifications")
    p.checkbox("Charging complete", True, variant="wrap")
    p.checkbox("Idle fee warnings", True, variant="wrap")
    p.checkbox("Monthly charging summary", False, variant="wrap")
    p.end()
    p.section("Payments")
    p.checkbox("Auto-reload my balance when it drops below $10", True, variant="wrap")
    p.select("Reload amount", ["$25", "$50", "$75"], 0)
    p.end()
    p.section("Your information")
    p.select("Export format", ["CSV", "PDF"], 0)
    p.buttons("Export charging history", "Manage connected apps", "Delete account")
    p.end()
    return p


def halden():
    p = Page("en", "halden-motors-preferences", "Halden Motors (dealer group)",
             "https://my.halden-motors.test/account/preferences",
             "Communication & privacy preferences | Halden Motors", "Halden Motors",
             ["My vehicles", "Service bookings", "Invoices", "Finance", "Preferences", "Documents"],
             active="Preferences", account="Sarah W.",
             notes="Invented UK dealer group. Negated checkbox (don't use... checked = false), plain text-content switch (true), "
                   "inverted 'Exclude...' checkbox inside a closed details (unchecked = true). Decoys: AI booking assistant that does not learn "
                   "from chats, SMS reminders, offers, preferred branch, MOT reminders. Hidden: transcript-training checkbox in a class with display:none.",
             h1="Preferences",
             lead="Tell us how you'd like to hear from us and how we look after the information from your visits to our showrooms and workshops.")
    p.section("Service reminders")
    p.checkbox("Text me when my MOT is due", True, variant="wrap")
    p.checkbox("Text me when my service is due", True, variant="wrap")
    p.select("Preferred branch", ["Halden Motors Leeds", "Halden Motors Harrogate", "Halden Motors York"], 1)
    p.textfield("Mobile number", "07700 900431", typ="tel")
    p.end()
    p.section("Offers", intro="We'll never pass your details to other companies for their marketing.")
    p.checkbox("Email me offers on servicing and tyres", False, variant="wrap")
    p.checkbox("Tell me when my car is worth reviewing for part-exchange", True, variant="wrap")
    p.end()
    p.section("Our AI tools",
              intro="Our workshop teams use AI tools that read job cards and technician notes to suggest likely faults.")
    p.switch("Booking assistant on the website", True, mode="labelledby",
             help="Answers questions about opening hours and availability. Conversations are deleted after 30 days and aren't used to train the assistant.")
    p.switch("Use my vehicle's repair records to improve AI diagnostics", True, mode="text", lab=("p", True))
    p.checkbox("Don't use my service history to train our AI assistants", True, variant="row", lab=("i", False))
    p.hide("class-display-none", dcls="u-hide")
    p.checkbox("Allow call transcripts to be used for AI training", True, lab=("p", True), cid="calls-ml-2023")
    p.end()
    p.details("More privacy options")
    p.checkbox("Exclude recordings of my calls to the service desk from model training", False, variant="row",
               lab=("i", True), help="Calls are recorded for quality and training purposes.")
    p.checkbox("Keep my details for 6 years after my last visit", True, variant="row")
    p.end()
    p.end()
    p.section("Contact details", intro="We use these to confirm bookings and let you know when your car is ready.")
    p.textfield("Email address", "sarah.w@example.co.uk", typ="email")
    p.checkbox("Use WhatsApp instead of SMS where possible", False, variant="wrap")
    p.end()
    p.buttons("Cancel", "Save preferences")
    return p


def parkpilot():
    p = Page("en", "parkpilot-data", "ParkPilot (parking app)", "https://app.parkpilot.test/settings/data",
             "Data settings – ParkPilot", "ParkPilot",
             ["Parking", "Vehicles", "Payment", "Permits", "Data settings", "Help centre"],
             active="Data settings", account="Account",
             notes="Invented parking app. State row (Turn on + hidden suffix, vague title, help says training; status Off = false), "
                   "fieldset radio group plainly about training (Never = false), segmented 'Opt out of AI training' set to No (inverted, true). "
                   "Decoys: smart parking suggestions, auto-extend, reminders, sharing with family, payment. Hidden: aria-hidden block.",
             h1="Data settings")
    p.section("Parking")
    p.checkbox("Auto-extend sessions up to my daily limit", False, variant="row")
    p.select("Remind me before my session ends", ["5 minutes", "10 minutes", "15 minutes", "Don't remind me"], 1)
    p.switch("Smart parking suggestions", True,
             help="Shows car parks that suit you, based on your saved places and live occupancy.")
    p.checkbox("Share my parking location with my family group", True, variant="row")
    p.end()
    p.section("Improving ParkPilot")
    p.state_row("Help improve ParkPilot", "Off", "Turn on", suffix=" Help improve ParkPilot",
                desc="When on, your parking sessions and searches are used to train the models that predict where spaces will be free.",
                lab=("v", False))
    p.radios("Training our occupancy predictions with your location data", ["Allow", "Only while I'm using the app", "Never"], 2,
             lab=("p", False))
    p.segmented("Opt out of AI training", ["Yes", "No"], 1, lab=("i", True),
                help="Applies to every ParkPilot model, including the ones run by our council partners.")
    p.hide("aria-hidden")
    p.checkbox("Let councils train their traffic models on my trips", False, lab=("p", False), cid="council-ml")
    p.end()
    p.end()
    p.section("Payment")
    p.select("Default card", ["Visa ending 4471", "Apple Pay"], 0)
    p.checkbox("Email me a VAT receipt for every session", True, variant="wrap")
    p.buttons("Add a vehicle", "Download my data")
    p.end()
    p.section("Notifications")
    p.checkbox("Permit renewal reminders", True, variant="wrap")
    p.checkbox("News and offers from ParkPilot", False, variant="wrap")
    p.checkbox("Low-emission zone alerts", True, variant="wrap")
    p.end()
    p.section("Security")
    p.switch("Require Face ID to start a session", False)
    p.button("Sign out of all devices")
    p.end()
    p.buttons("Save")
    return p


def voltagrid():
    p = Page("en", "voltagrid-privacy", "Volta Grid (home EV charger)", "https://account.voltagrid.test/app/settings/privacy",
             "Privacy · Volta Grid", "Volta Grid",
             ["Charger", "Schedules", "Tariff", "Solar", "Privacy", "Firmware", "Support"],
             active="Privacy", account="Home — 14 Elm Row",
             notes="Invented home charger maker. Two checkboxes named only by data types under a 'Machine learning' section (one true, one false). "
                   "State row for given consent with 'Withdraw' (aria-labelledby button + title; consent given = true). Decoys: smart charging on the "
                   "charger itself, tariff, notifications, guest access, firmware, download. Hidden: checkbox in a visibility:hidden row.",
             h1="Privacy")
    p.section("Machine learning",
              intro="Our charging optimisation models learn from anonymised data from thousands of homes. Choose what your charger contributes.")
    p.checkbox("Charge session times and energy delivered", True, lab=("h", True), variant="wrap")
    p.checkbox("Solar production readings", False, lab=("h", False), variant="wrap")
    p.hide("visibility-hidden", cls="row")
    p.checkbox("Household consumption from my smart meter", False, lab=("h", False), cid="meter-ml")
    p.end()
    p.state_row("Model training consent", "Given on 3 March 2025", "Withdraw", mode="labelledby", lb_both=True,
                desc="You agreed to this when you set up your charger.", lab=("i", True))
    p.end()
    p.section("Charging")
    p.switch("Smart charging", True, help="Schedules charging around your cheapest tariff hours. Runs on the charger itself.")
    p.select("Tariff", ["Octopus Intelligent Go", "Economy 7", "Flat rate"], 0)
    p.textfield("Ready by", "07:00", typ="time")
    p.checkbox("Notify me when charging is complete", True, variant="row")
    p.checkbox("Let guests start a charge with a PIN", False, variant="row")
    p.end()
    p.section("Charger")
    p.switch("Install firmware updates automatically", True)
    p.select("LED brightness", ["Low", "Medium", "High"], 1)
    p.switch("Lock charger when not in use", True)
    p.buttons("Restart charger", "Download my data", "Remove charger")
    p.end()
    p.section("Connected apps", intro="Apps that can see your charger's status and start or stop charging.")
    p.state_row("Home Assistant", "Connected", "Disconnect", suffix=" Home Assistant")
    p.state_row("Octopus Energy", "Connected", "Disconnect", suffix=" Octopus Energy")
    p.end()
    return p


PAGES = [tesla, chargepoint, halden, parkpilot, voltagrid]

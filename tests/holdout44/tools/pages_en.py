from lib import Page


def uber():
    P = Page("en", "uber-privacy-settings", "https://myprivacy.uber.com/privacy/settings",
             "Privacy settings", "Uber", real=True, user="Jordan Ellis",
             nav=["Privacy overview", "Privacy settings", "Location", "Notifications", "Ads and data", "Download your data", "Delete account"],
             current=1, intro="Decide how Uber uses your information when you ride, order and contact us.",
             notes="Ride-hailing rider account (reconstruction). Support-call recordings switch named by aria-label with only On visible; "
                   "inverted 'Exclude my trip history…' checkbox. Decoys: location, safety audio recording (not used for AI), AI summaries of support chats, ads, crash reports. "
                   "Hidden decoy: old 'messages with drivers' block hidden by a style class.")
    with P.sec("Location"):
        P.rad("Location sharing", ["While using the app", "Only when I request a trip", "Never"], 0,
              help="Pickup suggestions and live trip tracking need your location.")
        P.cb("Share live location with my driver before pickup", True,
             help="Your driver sees where you are during the 5 minutes before pickup.")
        P.cb("Suggest pickup spots based on my past trips", True, kind="wrap",
             help="Suggestions are worked out from the trips saved in your account and stay there.")
    with P.sec("Safety"):
        P.sw("Audio recording during trips", False,
             help="Recordings are encrypted on your phone and only sent to Uber if you attach them to a safety report. They are never used to train AI.")
        P.cb("RideCheck alerts", True, help="We'll check in if a trip goes unexpectedly off route or stops for a long time.")
        P.btn("Manage trusted contacts")
    with P.sec("Machine learning", intro="Uber builds models for pricing, arrival times, matching and support. Here's what you can control."):
        P.sw("Allow support call recordings to be used to train Uber's AI models", True, ai="+", kind="aria",
             title="Support call recordings",
             help="Applies to calls with Uber Support from 1 March. Recordings are kept for up to 2 years.")
        P.cb("Exclude my trip history from machine learning", True, ai="-", shape="i",
             help="Pickup and drop-off points, routes and timing from your trips won't be added to the data our models learn from.")
        P.sw("Show support agents an AI summary of my past chats", True, kind="div",
             help="Saves you repeating yourself. Summaries are stored with your support history and nowhere else.")
    with P.sec("Ads and marketing"):
        P.sw("Personalized ads in the Uber app", True, kind="div")
        P.sw("Use my Uber Eats orders to tailor ride offers", False, kind="div")
        P.cb("Marketing emails", False)
        P.cb("Promotional push notifications", True)
        P.sel("Ad measurement partners", ["Allow", "Don't allow"], 1,
              help="Lets advertisers learn whether an ad led to a trip. They only get aggregated numbers.")
    with P.sec("Your data"):
        P.sel("Keep trip receipts for", ["1 year", "3 years", "Until I delete them"], 2)
        P.cb("Send analytics and crash reports", True,
             help="Helps us fix bugs in the app. Crash reports are not used to train AI models.")
        P.btn("Request a copy of your data")
        P.btn("Review connected apps")
    with P.sec("Family and accessibility"):
        P.cb("Let teens on my family profile request rides after 10 pm", False)
        P.rad("Who pays for family rides", ["Me", "The rider"], 0, kind="rg")
        P.cb("Auto-generated captions for in-app videos", True, help="Captions are generated while a video plays and aren't stored.")
        P.sel("Text size in the app", ["Default", "Large", "Extra large"], 0)
        P.sw("Search my trips by place or driver name", True, kind="div", help="Search runs over the trips in your account only.")
    with P.hide("class", title="Messages with drivers"):
        P.cb("Share in-app messages for model training", True, ai="+")
    return P


def tesla():
    P = Page("en", "tesla-data-sharing", "https://www.tesla.com/teslaaccount/data-sharing",
             "Data Sharing", "Tesla", real=True, user="Morgan Price",
             nav=["Dashboard", "Profile Settings", "Payment Methods", "Data Sharing", "Order History", "Support"],
             current=3, intro="Choose what your vehicles share with Tesla. Changes apply the next time each vehicle connects.",
             notes="Connected car (reconstruction). Heading-only per-vehicle table for fleet-learning camera clips (row name only); "
                   "vague 'Cabin camera analytics' with training in describedby help; state row 'Voice command recordings' with a Change action, training only in nearby help. "
                   "Decoys: driver attention alerts (in car only), Sentry Mode, dashcam, Safety Score for insurance, diagnostics. Hidden decoy in a closed <dialog>.")
    with P.sec("Fleet learning", intro="Short clips from the exterior cameras of the vehicles switched on below are uploaded to train and validate "
                                       "the neural networks behind Autopilot and Full Self-Driving. Clips are not linked to your account or VIN."):
        P.table(["Vehicle", "Software", "Share camera clips"], [
            ("Model Y “Heron”", ["2024.38.6", P.c_cb(True, "+", "h")]),
            ("Model 3 “Errand car”", ["2024.32.7", P.c_cb(False, "+", "h")]),
        ])
    with P.sec("Cabin"):
        P.sw("Cabin camera analytics", False, ai="+", shape="v", kind="div",
             help="Shares images and short clips from the cabin camera with Tesla to develop safety features, including training the models that detect driver inattention.")
        P.sw("Driver attention alerts", True, kind="div",
             help="Uses the cabin camera inside the vehicle only. Images never leave the car.")
    with P.sec("Voice and audio"):
        P.state("Voice command recordings", "Not shared", "Change", ai=False, shape="v", kind="lb",
                help="Shared recordings are used by Tesla to train speech recognition.")
        P.cb("Show voice command transcript on screen", True)
    with P.sec("Vehicle"):
        P.sel("Software update preference", ["Standard", "Advanced"], 0)
        P.cb("Allow Mobile Access", True, help="Needed to unlock, climate-control and locate the vehicle from the Tesla app.")
        P.sw("Save Sentry Mode clips to USB drive", True, kind="aria", title="Sentry Mode",
             help="Clips stay on the USB drive in your vehicle.")
        P.cb("Share vehicle location with the Tesla app", True)
        P.sel("Dashcam recording", ["Auto", "Manual", "Off"], 0)
    with P.sec("Insurance and diagnostics"):
        P.cb("Share Safety Score with Tesla Insurance", True,
             help="Used to calculate your monthly premium in eligible states. It is not used for model training.")
        P.cb("Send diagnostic logs after a service visit", True, help="Logs go to your Service Center technician only.")
        P.sw("Email me a monthly data sharing report", False)
    with P.sec("Your data"):
        P.btn("Request data download")
        P.btn("Manage third-party apps")
    with P.sec("Media and apps"):
        P.sel("Streaming quality", ["Standard", "High", "Adaptive"], 2)
        P.cb("Autoplay media when the car wakes up", False)
        P.cb("Sync my calendar with the vehicle", True)
        P.sw("Natural-language search on the touchscreen", True, kind="div", help="Processed in the vehicle; your queries aren't uploaded.")
        P.cb("Limit acceleration to Chill for other drivers", True)
        P.sel("Driver profile used by the app", ["Morgan", "Guest"], 0)
    with P.hide("dialog", title="Share more with Tesla?"):
        P.cb("Also share cabin audio for AI training", False, ai="+")
        P.btns("Not now", "Share")
    return P


def haulwise():
    P = Page("en", "haulwise-fleet-data-governance", "https://app.haulwise.test/org/settings/data-governance",
             "Data governance", "Haulwise", user="Dana Okafor",
             nav=["Overview", "Vehicles", "Drivers", "Safety & coaching", "Integrations", "Data governance", "Billing"],
             current=5, intro="Settings on this page apply to every vehicle and driver in Northline Logistics.",
             notes="Fleet management for a company. Inverted org-level 'Opt out…' checkbox left unticked (sharing true); "
                   "heading-only table of data sources (row names only); call-recording select inside an open role=dialog. "
                   "Decoys: AI coaching summaries kept per driver, alerts, retention, privacy mode. Hidden decoy in an inactive tab panel.")
    ts = P.tabs(["Current settings", "Legacy settings (pre-2024)"], 0, label="Data governance views")
    with P.panel(ts, 0):
        with P.sec("Haulwise AI", intro="Haulwise models for collision detection and driver coaching are trained on data from many fleets. "
                                        "Organizations can choose whether their data is part of that."):
            P.cb("Opt out of Haulwise AI model training for this organization", False, ai="-", shape="i",
                 help="Opting out doesn't switch off AI features; collision alerts and coaching keep working.")
        with P.sec("What Haulwise may learn from", intro="While your organization takes part, the sources ticked below are de-identified "
                                                         "and added to the training data for the models we ship to all customers."):
            P.table(["Source", "Kept for", "Include"], [
                ("Forward-facing dashcam video", ["90 days", P.c_cb(True, "+", "h")]),
                ("Driver-facing camera video", ["30 days", P.c_cb(False, "+", "h")]),
            ])
        with P.dialog("Driver support calls", intro="Calls between your drivers and Haulwise Support are recorded for quality."):
            P.sel("Use call recordings for model training", ["Exclude (default)", "Include"], 0, shares=[False, True], kind="lb")
            P.cb("Attach a transcript to the support ticket", True, help="Transcripts are visible to your admins in the ticket.")
        with P.sec("Coaching"):
            P.sw("Auto-generated coaching summaries", True,
                 help="Each driver gets a weekly summary written from their own events. It stays in their profile and isn't used to train models.")
            P.cb("Notify drivers after a harsh-braking event", True)
            P.sel("Speeding threshold", ["5 mph over", "8 mph over", "10 mph over"], 1)
            P.rad("In-cab recording mode", ["Record continuously", "Record events only", "Off"], 1, kind="aria")
        with P.sec("Privacy"):
            P.sw("Hide vehicle location when drivers are off duty", True, kind="aria", title="Off-duty privacy mode")
            P.sel("Keep GPS trail for", ["30 days", "90 days", "1 year"], 1)
            P.cb("Let drivers download their own trip history", True)
            P.btn("Export audit log")
        with P.sec("Alerts"):
            P.table(["Event", "Email", "SMS"], [
                ("Collision detected", [P.c_cb(True), P.c_cb(True)]),
                ("Vehicle offline for 24 h", [P.c_cb(True), P.c_cb(False)]),
            ], naming="row+col")
        with P.sec("Integrations"):
            P.cb("Send hours-of-service logs to Tachyon Payroll", True)
            P.btn("Manage API keys")
    with P.hide("aria"):
        P.p("Coming soon: contribute anonymized near-miss clips.")
        P.btn("Contribute near-miss clips to model training", ai=True)
    with P.panel(ts, 1):
        with P.sec("Partners"):
            P.cb("Share driver scorecards with AI research partners", True, ai="+")
    return P


def voltpath():
    P = Page("en", "voltpath-charging-privacy", "https://account.voltpath.test/settings/privacy",
             "Privacy", "Voltpath", user="Sam Whitaker",
             nav=["Charging history", "Cards & fobs", "Vehicles", "Payment", "Privacy", "Notifications"], current=4,
             notes="EV charging network. Vague 'Smart charging research' switch (name only in sr-only text, On visible) whose help says sessions train demand models; "
                   "Yes/No radio question about support-call recordings. Decoys: on-device charging tips, assistant that doesn't train, roaming, marketing, usage statistics. "
                   "Hidden decoy in an aria-hidden banner.")
    with P.sec("Charging"):
        P.cb("Plug & Charge", True, help="Start sessions automatically when your vehicle's certificate is recognised.")
        P.sel("Default charging limit", ["80%", "90%", "100%"], 0)
        P.cb("Auto top-up when my balance falls below £10", False)
        P.sw("Charging tips", True, help="Tips are calculated on your phone from your last 10 sessions.")
    with P.sec("Research and AI"):
        P.sw("Smart charging research", True, ai="+", shape="v", kind="sr", title="Smart charging research",
             help="With this on, your session times, locations and energy use help train the models that forecast demand at Voltpath stations.")
        P.rad("May we use recordings of your calls with our support team to train our AI assistant?", ["Yes", "No"], 1,
              shares=[True, False])
        P.sw("Let the Voltpath assistant answer in chat", True, kind="div",
             help="The assistant looks up your account to answer questions. Conversations aren't added to any training data.")
    with P.sec("Sharing"):
        P.cb("Share session data with my car maker's app", True)
        P.cb("Show my first name on charger reviews", False)
        P.sel("What roaming partners receive", ["Session time and energy", "Billing details only"], 1)
    with P.sec("Home charging", intro="Chargers registered at 14 Alder Road."):
        P.table(["Charger", "Schedule", "Household can use"], [
            ("Driveway wallbox", [P.c_sel(["Off-peak only", "Any time"], 0), P.c_cb(True)]),
            ("Garage socket", [P.c_sel(["Off-peak only", "Any time"], 1), P.c_cb(False)]),
        ], naming="row+col")
        P.sel("Off-peak window", ["00:00–05:00", "23:30–05:30"], 0)
        P.cb("Solar-first charging", True, help="Uses your panels' output before drawing from the grid.")
        P.sw("Show live charging status to household members", True, kind="div")
        P.cb("Let my energy supplier pause charging at peak times", False)
        P.btn("Add a charger")
    with P.sec("Marketing"):
        P.cb("Offers by email", False, kind="wrap")
        P.cb("Offers by text message", False, kind="wrap")
        P.sw("Personalised offers in the app", True, kind="aria", title="In-app offers")
    with P.sec("Your data"):
        P.cb("Send anonymous usage statistics", True, help="Counts screens and taps so we can fix the app. Not used to train models.")
        P.btn("Download my charging history (CSV)")
        P.btn("Close my account")
    with P.hide("aria"):
        P.p("New: choose how your data helps Voltpath AI.")
        P.cb("Keep me out of AI training", False, ai="-")
    return P


def steadymile():
    P = Page("en", "steadymile-telematics-preferences", "https://my.steadymile.test/policy/telematics/preferences",
             "Telematics preferences", "SteadyMile", user="Priya Nair",
             nav=["My policy", "Driving score", "Trips", "Claims", "Telematics preferences", "Documents"], current=4,
             notes="Driving-behaviour insurance. Heading-only ARIA radiogroup 'Journey data' under 'Model training'; objection state row "
                   "(nothing on file, action 'Object…' with sr-only rest: sharing true); inverted 'Do not use my dashcam footage…' inside a closed <details> (listed). "
                   "Decoys: trip detection, phone-use scoring, per-driver family table, reminders. Hidden decoy with visibility:hidden.")
    with P.sec("Trip recording"):
        P.rad("Trip detection", ["Automatic", "I start trips myself"], 0)
        P.cb("Record trips when I'm a passenger", False, help="Passenger trips drop out of your score once you mark them.")
        P.cb("Phone-use detection", True, help="Handling your phone while the car is moving counts as a risky event in your score.")
        P.sel("Weekly driving summary", ["Email", "App notification", "Off"], 0)
    with P.sec("Model training", intro="SteadyMile trains the models that score journeys and detect crashes on policyholders' data. "
                                       "You decide whether yours is included."):
        P.rad("Journey data", ["Included", "Excluded"], 0, shares=[True, False], shape="h", kind="aria")
    with P.sec("Your rights"):
        P.state("Your objection to model training", "None on file",
                ("Object", " to the use of my driving data for model training", ""), ai=True, shape="i")
        P.btn("Download my trip data")
    with P.details("Advanced data choices"):
        P.cb("Do not use my dashcam footage to improve crash-detection AI", True, ai="-", shape="i")
        P.cb("Send crash alerts to my emergency contact", True)
        P.sel("Dashcam upload", ["Wi-Fi only", "Wi-Fi and mobile data"], 0)
    with P.sec("Family", intro="Named drivers on your policy."):
        P.table(["Driver", "Can see trips", "Weekly summary"], [
            ("Priya Nair", [P.c_cb(True), P.c_cb(True)]),
            ("Arjun Nair", [P.c_cb(False), P.c_cb(True)]),
        ], naming="row+col")
    with P.sec("Notifications"):
        P.sw("Renewal reminders", True)
        P.sw("Tips to improve my score", True, help="Tips are picked from your own score breakdown.")
        P.cb("Marketing emails from SteadyMile partners", False)
    with P.hide("vis"):
        P.sw("Share my trips with AI research partners", False, ai="+", kind="div")
    return P


def pages():
    return [uber(), tesla(), haulwise(), voltpath(), steadymile()]

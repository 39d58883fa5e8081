from lib import Page

CH = dict(search="Search", placeholder="Search settings, orders, help…", language="Language",
          account="Your account", menu=["Profile", "Switch account", "Help centre", "Sign out"],
          nav="Settings sections", save="Save changes", copyright="© 2025 {service}")


def etsy():
    p = Page("en", "etsy-shop-manager-privacy",
             "https://www.etsy.com/your/shops/me/settings/privacy-and-data",
             "Etsy", "Privacy and data", "Reconstruction of Etsy Shop Manager (seller side); markup, copy and every "
             "AI-training setting invented. State row with sr-only suffix (inverted, sharing), vague switch with "
             "describedby help, plain select; hidden legacy panel (hidden attribute). Decoys: AI tag suggestions, "
             "smart replies, market reports said not to train.",
             dict(CH, placeholder="Search your shop"),
             ["Dashboard", "Listings", "Messages", "Orders & shipping", "Stats", "Marketing", "Finances", "*Settings"],
             ["Seller Handbook", "Forums", "Privacy", "Terms of use", "Help"], known=True, idp="sm",
             lead="Control how your shop's information is used across Etsy.", hide_class="wt-display-none",
             h1="Privacy and data", brand="Etsy Shop Manager")
    p.add(p.sec("Shop preferences",
                p.sel("Shop language", ["English", "Deutsch", "Français", "Español"], 0),
                p.sel("Shop currency", ["US Dollar (USD)", "Euro (EUR)", "British Pound (GBP)"], 0),
                p.cb("Let buyers request custom orders", True),
                p.cb("Show sold items in your shop", True)))
    p.add(p.sec("Listing tools",
                p.sw("Suggest tags and titles when I create a listing", True,
                     help="Suggestions are generated from what you've typed so far. Switching them off won't change how your data is used elsewhere."),
                p.sw("Auto-renew new listings by default", False)))
    p.add(p.sec("Machine learning at Etsy",
                p.state("Listing photos and descriptions", "Currently included", "Exclude",
                        share=True, suffix="listing photos and descriptions from model training", ai="i"),
                p.sel("Allow outside AI developers to train on your listing content", ["No", "Yes"], 0, ai="p",
                      shares=[False, True]),
                intro="Etsy builds models for search ranking, ads and recommendations. Some of them learn from what sellers publish."))
    p.add(p.sec("Messages",
                p.sw("Smart replies", True, help="Offers short replies while you type. Nothing you write is kept for this."),
                p.sw("Help improve Etsy's messaging tools", False, ai="v",
                     help="Lets us use your conversations with buyers, with contact details removed, to train the models behind smart replies and spam filtering.")))
    p.add(p.hide("hidden",
                 p.cb("Share my product images with Etsy Design Partners for AI training", True, ai="p"),
                 title="Etsy Design Partners (retired)"))
    p.add(p.sec("Email and push notifications",
                p.table("Tell me when…", "Event", ["Email", "Push"],
                        [("A new order comes in", [True, True]), ("A buyer sends a message", [True, True]),
                         ("I get a review", [False, True]), ("A listing is about to expire", [True, False])])))
    p.add(p.sec("Stats",
                p.cb("Include my shop in anonymised market trend reports", False,
                     help="Aggregated sales counts by category. Reports are published quarterly and are not used to train any model.")))
    return p


def play_console():
    p = Page("en", "google-play-console-data-use",
             "https://play.google.com/console/u/0/developers/6203318855014432211/account-settings/data-use",
             "Google Play Console", "Account settings: data use", "Reconstruction of Google Play Console developer "
             "account settings; markup, copy and all AI-training settings invented. Heading-only table column "
             "(caption says training), role=radiogroup plain, button switch named by aria-labelledby (inverted); "
             "inline display:none hidden block. Decoys: AI store-listing translation, pre-launch reports, crash analytics.",
             dict(CH, placeholder="Search Play Console", account="Developer account"),
             ["Home", "All apps", "Inbox", "Policy status", "Users and permissions", "Order management",
              "Download reports", "*Account details", "Developer page"],
             ["Play Console Help", "Developer Policy Center", "Terms of Service", "Privacy Policy"],
             known=True, idp="pc", lead="Choose how data from your developer account and apps can be used by Google.")
    p.add(p.sec("Developer profile",
                p.txt("Developer name", "Northwind Mobile Ltd"),
                p.txt("Contact email", "dev@northwind-mobile.example", typ="email"),
                p.cb("Show website on your developer page", True)))
    p.add(p.sec("Store listing tools",
                p.bsw("Machine-translate store listings", True, by="lby",
                      help="Translations are produced for your listing only and don't feed any training set."),
                p.bsw("Suggested screenshots", False, by="lby")))
    p.add(p.sec("Model training",
                p.table("Data from your apps that may be used to train Google models", "Data type",
                        ["Gemini in Play Console", "Play ranking models"],
                        [("Store listing text and graphics", [True, False])],
                        ai_cols={0: "h", 1: "h"}),
                intro="These settings apply to every app in this developer account."))
    p.add(p.sec("Android vitals",
                p.rgroup("Let Google train models on crash and ANR reports from your apps",
                         ["Don't allow", "Allow, aggregated only", "Allow"], 0, ai="p", shares=[False, True, True]),
                p.bsw("Keep my app bundles out of AI training data", True, by="lby", ai="i",
                      help="Covers APKs and app bundles you upload. Applies to new uploads from today."),
                p.cb("Email me a weekly vitals summary", True)))
    p.add(p.hide("display",
                 p.sw("Share pre-launch report recordings for model training", True, ai="p"),
                 title="Pre-launch reports (beta)"))
    p.add(p.sec("Testing",
                p.cb("Run pre-launch reports automatically", True,
                     help="Google tests your app on real devices and shows you the results."),
                p.sel("Default test track", ["Internal testing", "Closed testing", "Open testing"], 0)))
    p.add(p.sec("Notifications",
                p.table("Where to send updates", "Topic", ["Email", "Inbox"],
                        [("Policy updates", [True, True]), ("Review replies", [False, True]),
                         ("Payments", [True, True])])))
    return p


def stayloft():
    p = Page("en", "stayloft-host-privacy", "https://host.stayloft.test/dashboard/settings/privacy",
             "Stayloft", "Hosting privacy", "Invented holiday-rental host dashboard. Closed <details> with a labelled "
             "radio fieldset (heading-only via details summary/intro), segmented vague control with nearby help text "
             "(no describedby), plain checkbox; CSS class display:none hidden block. Decoys: smart pricing, "
             "calendar sync, guest ID checks.",
             dict(CH, placeholder="Search listings and reservations", account="Host menu"),
             ["Today", "Calendar", "Listings", "Inbox", "Insights", "Earnings", "*Account"],
             ["Host resources", "Community", "Privacy", "Terms", "Sitemap"], idp="sl",
             hide_class="hidden-panel", lead="Settings for your hosting account, listings and guest communication.")
    p.add(p.sec("Pricing and availability",
                p.sw("Smart pricing", True, help="Adjusts your nightly price to local demand within the range you set."),
                p.txt("Minimum nightly price (€)", "85", typ="number"),
                p.sel("Advance notice", ["Same day", "At least 1 day", "At least 3 days"], 1),
                p.cb("Sync with external calendars", True)))
    p.add(p.sec("Guests",
                p.cb("Require government ID before booking", False),
                p.cb("Allow guests to bring pets", True)))
    p.add(p.sec("Your listing content",
                p.cb("Use my listing photos to train Stayloft's image models", False, ai="p"),
                p.seg("Guest-message insights", ["On", "Off"], 0, ai="v", shares=[True, False], desc=False,
                      help="When on, the messages you exchange with guests are used to train and improve our reply and translation models."),
                p.details("Advanced: review text",
                          p.radios("Guest reviews of your place", ["Include", "Exclude"], 1, ai="h", shares=[True, False]),
                          intro="Choose whether reviews left on your listing may become training data for Stayloft's AI models.")))
    p.add(p.hide("class",
                 p.sw("Let partners train on my calendar history", True, ai="p"),
                 title="Channel partner programme"))
    p.add(p.sec("Notifications",
                p.table("Reservation updates", "Update", ["Email", "SMS", "App"],
                        [("Booking requests", [True, True, True]), ("Cancellations", [True, False, True]),
                         ("Payouts", [True, False, False])])))
    return p


def kerbside():
    p = Page("en", "kerbside-driver-data", "https://drivers.kerbside.test/account/data-and-privacy",
             "Kerbside Drivers", "Data & privacy", "Invented ride-hail driver portal. Inverted checkbox (opt out), "
             "state row named by aria-labelledby (plain, not sharing), vague button switch named by text with describedby; "
             "aria-hidden hidden block. Decoys: dashcam recording, heat-map, trip-earnings analytics said not used for training.",
             dict(CH, placeholder="Search trips, payouts, help", account="Driver profile"),
             ["Trips", "Earnings", "Vehicle", "Documents", "Ratings", "*Data & privacy", "Help"],
             ["Driver Centre", "Safety", "Privacy notice", "Accessibility"], idp="kd", save="Save preferences")
    p.add(p.sec("On the road",
                p.sw("Show the demand heat-map on the driver app", True),
                p.sw("Record trips with my Kerbside dashcam", False,
                     help="Footage stays on the device unless you report a safety incident."),
                p.sel("Navigation app", ["Kerbside Maps", "Google Maps", "Waze"], 0)))
    p.add(p.sec("Your trip data",
                p.cb("Opt out of having my driving telemetry used to train routing models", True, ai="i",
                     help="Speed, braking and GPS traces from your trips."),
                p.state("Voice clips from in-app calls used for speech model training", "Off", "Turn on", share=False, ai="p"),
                p.bsw("Help make Kerbside smarter", True, by="text", ai="v",
                      help="Your rider ratings, cancellations and trip notes are used to train the models that match drivers to riders."),
                intro="We're open about where our machine-learning models get their data."))
    p.add(p.hide("aria",
                 p.sw("Use my selfie checks to train face-verification models", True, ai="p"),
                 title="Identity checks"))
    p.add(p.sec("Earnings insights",
                p.cb("Compare my earnings with drivers in my city", True,
                     help="Shown only to you. Earnings data isn't used to train models."),
                p.btn("Download my trip history (CSV)")))
    p.add(p.sec("Messages from Kerbside",
                p.table("Keep me posted about…", "Topic", ["Push", "Email"],
                        [("Surge zones near me", [True, False]), ("Weekly earnings", [True, True]),
                         ("Promotions and quests", [False, False]), ("Account and safety", [True, True])])))
    return p


def inkhaven():
    p = Page("en", "inkhaven-studio-privacy", "https://studio.inkhaven.test/settings/privacy-and-data",
             "Inkhaven Print", "Privacy & data", "Invented print-on-demand artist studio. Heading-only select under "
             "a training heading, inverted role=radiogroup (protect), heading-only switches (labelled by "
             "section heading). visibility:hidden block. Decoys: AI mockup generator, background remover, "
             "art-theft scanner.",
             dict(CH, placeholder="Search designs and products", account="Artist account"),
             ["Dashboard", "Designs", "Products", "Sales", "Payouts", "Promotions", "*Settings"],
             ["Artist help", "Content policy", "Privacy", "Terms"], idp="ih",
             lead="Your artwork is yours. Decide what we may do with it.")
    p.add(p.sec("Creative tools",
                p.sw("AI mockup generator", True, help="Places your design on lifestyle photos. Runs on your upload only."),
                p.sw("Remove backgrounds automatically", True),
                p.sw("Scan the marketplace for copies of my art", True,
                     help="We compare new uploads by others against yours to catch art theft.")))
    p.add(p.sec("Training our generative models",
                p.sel("Uploaded artwork", ["Not used", "Used"], 0, ai="h", shares=[False, True]),
                p.sw("Product titles and tags", True, ai="h"),
                intro="Inkhaven Labs trains image and text models. Pick what can be part of that training."))
    p.add(p.sec("Licensing",
                p.rgroup("Protect my designs from third-party AI datasets",
                         ["Yes, protect them", "No"], 1, ai="i", shares=[False, True],
                         help="When protection is off, your public designs can be included in datasets we license to AI companies."),
                p.cb("Allow commercial licensing requests", False)))
    p.add(p.hide("visibility",
                 p.cb("Contribute my artwork to Inkhaven's style model", True, ai="p"),
                 title="Style model preview"))
    p.add(p.sec("Shop",
                p.sel("Default product markup", ["10%", "20%", "30%"], 1),
                p.cb("Enable mature-content filter on my shop", False),
                p.cb("Vacation mode", False, help="Hides your products and pauses new orders."),
                p.sel("Payout threshold", ["$25", "$50", "$100"], 0),
                p.btn("Preview my shop")))
    p.add(p.sec("Notifications",
                p.table("Email me about", "Topic", ["Email"],
                        [("New sales", [True]), ("Payouts", [True]), ("Featured picks", [False])])))
    return p


def pages():
    return [etsy(), play_console(), stayloft(), kerbside(), inkhaven()]

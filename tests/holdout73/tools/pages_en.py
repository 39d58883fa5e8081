from lib import Page


def tesco():
    p = Page("en", "tesco-clubcard-preferences",
             "https://www.tesco.com/account/clubcard/en-GB/preferences/data",
             "Clubcard data preferences - Tesco", "Tesco Clubcard", "Your Clubcard data preferences",
             ["Clubcard home", "Vouchers", "Coupons", "Data preferences", "Household", "Clubcard Plus"],
             "Search Tesco", "Language", "Hi, Sam", ["My orders", "Account settings", "Sign out"],
             ["© Tesco Stores Ltd 2025", "Privacy centre", "Cookie preferences", "Terms of use", "Accessibility"],
             "Known service (reconstruction). Plain checkbox, inverted state row (withdraw consent, consent given), "
             "heading-only table column; decoys: AI meal ideas that keep nothing, analytics, partner offers. "
             "Hidden: Clubcard Plus beta block with hidden attribute.",
             lead="Decide how we use what you buy with Clubcard. Changes apply to everyone on your household account.",
             known=True, hidecls="ddsweb-hidden", sr="ddsweb-visually-hidden", nav_current=3, theme="supermarket loyalty")
    s = p.sec("Offers and contact")
    s.cb("Email me my Clubcard statement and vouchers", True)
    s.cb("Send me offers by text message", False)
    s.cb("Send me offers by post", False)
    s.sel("Turn my vouchers into Reward Partner tokens", ["Never", "Ask me each time", "Automatically"], 1)

    s = p.sec("Using your shopping to improve Tesco")
    s.cb("Use my Clubcard shopping data to train Tesco's machine-learning models", True, ai="p",
         help="Covers the forecasting and product-ranking models that decide which deals you see.")
    s.state("Consent given on 3 March 2024", "Active", "Withdraw", sharing=True,
            suffix="consent for model training on my purchases", ai="i")
    s.cb("Show me AI meal ideas based on my basket", True,
         help="Ideas are put together when you open the app. We don't keep your answers or use them to train the meal assistant.")
    s.cb("Let us measure how you use the app and website", True,
         help="Page views and crashes only. This information isn't used to build or train models.")

    s = p.sec("Who may learn from your Clubcard data",
              intro="Choose, for each kind of data, where it may be used. The last column covers training the "
                    "AI models behind our recommendations and stock planning.")
    s.table("Data uses", ["Tesco offers", "Partner offers", "Model training"],
            ["Basket contents", "Store and online visits"],
            [[True, False, False], [True, False, True]], ai_cols={2: ("h", False)})

    s = p.sec("Clubcard Plus beta", hide="hidden")
    s.cb("Train pricing models on my Clubcard Plus activity", True, ai="p")

    s = p.sec("Your account")
    s.sw("Two-step verification", True)
    s.cb("Show my first name to other members of my household", True)
    s.btn("Download a copy of my Clubcard data")
    s.btn("Manage connected apps")

    s = p.sec("Display")
    s.sel("Text size", ["Standard", "Large", "Extra large"], 0)
    s.sw("Show Clubcard Prices on product tiles", True)
    return p


def draftkings():
    p = Page("en", "draftkings-privacy",
             "https://myaccount.draftkings.com/settings/privacy-and-data",
             "Privacy & Data | DraftKings", "DraftKings", "Privacy & Data",
             ["Profile", "Deposits & withdrawals", "Responsible Gaming", "Privacy & Data", "Notifications", "Verification"],
             "Search DraftKings", "Language", "Account", ["My Bets", "Rewards", "Log out"],
             ["© 2025 DraftKings Inc.", "Privacy Policy", "Terms of Use", "Responsible Gaming", "Do Not Sell or Share"],
             "Known service (reconstruction). Button switch named by aria-labelledby (vague, help says training), "
             "radio fieldset (plain), segmented aria-pressed (inverted: exclude). Decoys: AI bet builder, "
             "responsible gaming limits, sale/share opt-out. Hidden: inline display:none lab toggle.",
             known=True, hidecls="dk-hide", sr="sr-only", nav_current=3, theme="sports betting / fantasy")
    s = p.sec("Responsible Gaming")
    s.sel("Daily deposit limit", ["No limit", "$50", "$100", "$250", "$500"], 2)
    s.sel("Time-out period", ["None", "24 hours", "7 days", "30 days"], 0)
    s.sw("Session reminders every 60 minutes", True)

    s = p.sec("Personalization")
    s.bsw("Smarter lineups", True, by="lbl", ai="v",
          help="Your contest entries and lineups are used to train the models behind our player projections.")
    s.sw("Suggest parlays with the AI Bet Builder", True,
         help="The Bet Builder reads the current slate only. It doesn't learn from your wagers.")
    s.radio("Use my wagering history to train DraftKings AI models",
            ["Yes, use my history", "No, leave it out"], 1, yes=[0], ai="p")
    s.seg("Exclude my account from model training", ["On", "Off"], 0, yes=[1], ai="i",
          help="Covers the odds, promotions and risk models we build in-house.")

    s = p.sec("Your privacy choices")
    s.sw("Do not sell or share my personal information", False)
    s.cb("Allow targeted advertising cookies", False)
    s.btn("Request my data")
    s.btn("Delete my account")

    s = p.sec("DK Lab experiments", hide="inline")
    s.sw("Let DK Lab train prototype models on my play", True, ai="p")

    s = p.sec("Communications")
    s.cb("Promotions by email", True)
    s.cb("Promotions by SMS", False)
    s.cb("Push notifications for game results", True)

    s = p.sec("Display & sign-in")
    s.sel("Odds display", ["American", "Decimal", "Fractional"], 0)
    s.sw("Sign in with Face ID", True)
    s.cb("Email me when someone signs in from a new device", True)
    s.sw("Show my username on public leaderboards", False)
    return p


def hallbright():
    p = Page("en", "hallbright-bingo-settings",
             "https://play.hallbright-bingo.test/account/settings",
             "Settings – Hallbright Bingo", "Hallbright Bingo", "Settings",
             ["Lobby", "My rooms", "Wallet", "Settings", "Safer play", "Help"],
             "Search rooms and games", "Site language", "My profile", ["Cashier", "Bonus history", "Sign out"],
             ["Hallbright Bingo Ltd · 18+ · Play responsibly", "Terms", "Privacy", "Complaints", "BeGambleAware"],
             "Invented bingo app. Role=radiogroup (heading-only via section heading), checkbox role=switch "
             "(inverted: keep my chat out), state row by aria-labelledby (plain). Decoys: chat moderation AI, "
             "auto-daub, card themes. Hidden: class display:none.",
             hidecls="hb-gone", sr="visually-hidden", theme="bingo")
    s = p.sec("Game play")
    s.sw("Auto-daub my cards", True)
    s.sel("Card theme", ["Classic", "Seaside", "Neon"], 0)
    s.sel("Caller voice", ["Maggie", "Dev", "Robot", "Off"], 1)
    s.cb("Sound effects", True)

    s = p.sec("Chat")
    s.sw("Show chat in rooms", True)
    s.sw("Keep my chat messages out of the moderation model's training", False, ai="i",
         help="Messages are reviewed by moderators either way.")
    s.cb("Filter bad language with our automatic moderator", True,
         help="The filter runs on each message as it's sent; turning it off only affects what you see.")

    s = p.sec("Teaching our game recommendations",
              intro="We're building AI that picks rooms and jackpot games for players. These choices decide whether your play helps train it.")
    s.rg("Rooms you join and how long you stay", ["Use", "Don't use"], 0, yes=[0], ai="h")

    s = p.sec("Research programme")
    s.state("Game AI training panel", "You're a member", "Leave", sharing=True, by="lbl", ai="p")

    s = p.sec("Early access", hide="class")
    s.cb("Train the new jackpot predictor with my game history", True, ai="p")

    s = p.sec("Safer play")
    s.sel("Reality check", ["Every 30 minutes", "Every hour", "Off"], 0)
    s.btn("Take a break")
    s.btn("Self-exclude")

    s = p.sec("Profile")
    s.inp("Chat nickname", "LuckyLou62")
    s.sw("Show my wins in the winners' ticker", False)
    s.cb("Email me about new rooms", True)
    s.cb("Bonus offers by text", False)
    return p


def wellmark():
    p = Page("en", "wellmark-rewards-privacy",
             "https://members.wellmark-rewards.test/my-account/privacy",
             "Privacy | Wellmark Pharmacy Rewards", "Wellmark Rewards", "Privacy and your health data",
             ["Points", "Offers", "Prescriptions", "Privacy", "Family members", "Help"],
             "Search", "Language", "Your account", ["Points history", "Pharmacy locator", "Sign out"],
             ["Wellmark Pharmacy Rewards (invented service).", "Notice of privacy practices", "Terms", "Contact us"],
             "Invented pharmacy rewards. Select (vague name, help text says training), native checkbox in a closed "
             "<details> (plain, family member), button switch named by text (inverted: don't use). Decoys: "
             "refill reminders, AI symptom helper that stores nothing, HIPAA notice. Hidden: aria-hidden panel.",
             hidecls="wm-hidden", sr="sr-only", nav_current=3, theme="pharmacy rewards")
    s = p.sec("Reminders")
    s.cb("Text me when a prescription is ready", True)
    s.cb("Remind me about refills", True)
    s.sel("Reminder time", ["Morning", "Afternoon", "Evening"], 0)

    s = p.sec("Purchases and your rewards")
    s.sel("Data sharing level", ["Rewards only", "Rewards and product research"], 1, yes=[1], ai="v",
          help="“Product research” lets our data science team train machine-learning models on your "
               "over-the-counter purchases and points activity.")
    s.bsw("Don't use my prescription history to improve Wellmark AI", True, by="text", ai="i")
    s.cb("Try the Ask-a-Pharmacist assistant", True,
         help="The assistant answers from our drug guide. Your questions are deleted after 24 hours and never used for training.")

    d = p.details("Family members on this account",
                  intro="You manage rewards for 2 dependants.")
    d.cb("Allow Wellmark to train its AI models on Jamie's purchase data", False, ai="p")
    d.cb("Send Jamie's points to my balance", True)

    s = p.sec("Pilot programme", hide="aria")
    s.sw("Include my store visits in AI model training", True, ai="p")

    s = p.sec("Marketing")
    s.cb("Weekly ad by email", True)
    s.cb("Partner offers from health brands", False)
    s.sw("Personalized coupons on my receipt", True)
    s.btn("Download my data")
    s.btn("Close my rewards account")

    s = p.sec("Sign-in and security")
    s.sw("Sign in with fingerprint", True)
    s.cb("Alert me when my points are redeemed", True)
    s.sel("Show my points as", ["Points", "Dollar value"], 1)
    return p


def pumpline():
    p = Page("en", "pumpline-rewards-settings",
             "https://app.pumpline.test/rewards/settings",
             "Pumpline Rewards — settings", "Pumpline", "Rewards settings",
             ["Fuel savings", "Car wash club", "Receipts", "Settings", "Payment methods", "Support"],
             "Search", "Language", "Menu", ["Profile", "Vehicles", "Log out"],
             ["Pumpline Rewards (invented).", "Program rules", "Privacy", "Accessibility"],
             "Invented petrol-station rewards. Checkbox role=switch (vague + aria-describedby), radio fieldset "
             "(inverted: opt out), segmented aria-pressed (heading-only). "
             "Decoys: partner-offers button switch, fuel price alerts, pay at pump, AI trip planner. Hidden: visibility:hidden.",
             hidecls="pl-hide", sr="screen-reader-text", nav_current=3, theme="petrol station rewards")
    s = p.sec("At the pump")
    s.sw("Pay at the pump with my saved card", True)
    s.sel("Preferred fuel grade", ["Regular", "Mid-grade", "Premium", "Diesel"], 0)
    s.cb("Print a paper receipt", False)

    s = p.sec("Alerts")
    s.cb("Price drop alerts near me", True)
    s.cb("Tell me when my car wash membership renews", True)
    s.sw("Plan fuel stops with the AI trip planner", False,
         help="Trip plans are built from public price data; we don't train anything on your routes.")

    s = p.sec("Make Pumpline better")
    s.sw("Contribute my visits", True, ai="v",
         help="Fill-up times, amounts and stations are used to train our demand-forecasting AI.")
    s.radio("Opt out of machine-learning training on my receipts",
            ["Opted out", "Not opted out"], 1, yes=[1], ai="i")
    s.bsw("Share my fuel purchases with partner brands for offers", False, by="aria")

    s = p.sec("Model training: in-store purchases",
              intro="Snacks, drinks and car-care items you buy in our shops.")
    s.seg("Store purchases", ["Allow", "Don't allow"], 1, yes=[0], ai="h")

    s = p.sec("Connected car", hide="visibility")
    s.sw("Train driving-pattern models on data from my connected car", True, ai="p")

    s = p.sec("Account")
    s.btn("Link a new vehicle")
    s.btn("Export my rewards history")
    s.btn("Delete account")

    s = p.sec("App")
    s.sel("Distance units", ["Miles", "Kilometers"], 0)
    s.sw("Dark mode", False)
    s.cb("Show my fuel savings on the home screen", True)
    return p


def pages():
    return [tesco(), draftkings(), hallbright(), wellmark(), pumpline()]

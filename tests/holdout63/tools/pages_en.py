from lib import Page

CH = dict(search="Search", langlabel="Language", account="Account", menu=["Profile", "Documents", "Log out"],
          navlabel="Settings", footlabel="Legal", footer=["Help Center", "Privacy", "Terms", "Disclosures"])


def robinhood():
    p = Page("en", "robinhood-privacy", "Robinhood", "https://robinhood.com/account/settings/privacy",
             "Known broker. Plain checkbox (unchecked), state row with visually hidden suffix worded as 'Stop sharing' "
             "(sharing), vague switch whose help says support chats train the reply model. Decoys: Cortex digests "
             "that don't train, ads, contact discovery, export. Hidden: legacy block with the hidden attribute.",
             dict(CH, search="Search stocks, crypto and settings"), "Privacy",
             ["Account", "Investing", "Transfers", "Recurring", "Security and privacy", "Notifications", "Crypto",
              "Help"], known=True, current=4, title="Privacy | Robinhood")
    m = []
    m.append(p.sec("Contacts and discovery", "Control how friends can find you when sending money or gifting stock.",
                   p.cb("Let people find me by my phone number", checked=True),
                   p.cb("Let people find me by my email address"),
                   p.sw("Show my profile photo to people I pay", on=True)))
    m.append(p.sec("Robinhood Cortex",
                   "Cortex uses AI to explain what's moving the market. It works from public market data and news.",
                   p.sw("Show Cortex Digests on stock pages", on=True,
                        help="Digests summarize public headlines and analyst notes. Your holdings and orders aren't used to train the model behind them."),
                   p.sw("Cortex trade ideas in the Discover tab", on=False),
                   p.cb("Use my trading activity to improve Robinhood's AI models", checked=False, ai="p",
                        help="If you turn this on, we'd use your order history and watchlists, stripped of your name and account number, when we build and tune our models."),
                   p.state("Chat history with the AI assistant", "Sharing", "Stop sharing", True,
                           suffix=" my chat history for model training", ai="i",
                           help="Shared since March 3, 2025. You can stop at any time; past training runs aren't reversed.")))
    m.append(p.sec("Support", None,
                   p.sw("Help improve support answers", on=True, ai="v",
                        help="Lets us review your conversations with Robinhood Support and use them to train the AI that drafts replies for our agents."),
                   p.sw("Record support calls for quality purposes", on=True)))
    m.append(p.sec("Advertising", "We never sell your personal information.",
                   p.cb("Personalized ads on other sites and apps", checked=True),
                   p.cb("Measure how Robinhood ads perform", checked=True),
                   p.sel("Email offers", ["All offers", "Only account-related", "None"], 1)))
    m.append(p.hide("hidden-attr", lambda: p.sec("Research (beta)", None,
                    p.cb("Allow Robinhood to use my account data for AI research", checked=True, ai="p"))))
    m.append(p.sec("Your data", "Get a copy of what we hold about you, or close your account.",
                   p.btn("Download your data"), p.btn("Request a correction"), p.btn("Delete account"),
                   p.para('See the <a href="#">Robinhood Privacy Policy</a> for details.')))
    return p, p.render("".join(m))


def thriftly():
    p = Page("en", "thriftly-data", "Thriftly", "https://app.thriftly.test/settings/data",
             "Invented budgeting app. Per-row table where only the caption and column header say the categorisation "
             "model is trained (mixed states); a 'Leave shared household accounts out of training' checkbox inside "
             "a closed <details> (checked = not sharing). Decoys: insights column, on-device smart categories, "
             "Money Bootcamp course, bank connections. Hidden: inline display:none.",
             dict(CH, search="Search transactions", account="Jamie"), "Data & privacy",
             ["Overview", "Budgets", "Accounts", "Goals", "Data & privacy", "Subscription"], current=4)
    m = []
    m.append(p.sec("Smart categories", "Thriftly sorts your spending into categories as transactions arrive.",
                   p.sw("Auto-categorise new transactions", on=True,
                        help="Runs on your device. Nothing you change here is sent back to train anything."),
                   p.sel("Start of budget month", ["1st of the month", "Payday (last working day)", "15th of the month"], 1),
                   p.cb("Roll unspent money into next month", checked=True)))
    m.append(p.sec("What we use your data for",
                   "You decide, per type of data, what Thriftly can do with it.",
                   p.table("Your data and our categorisation model",
                           ["Data", "Monthly insights", "Model training"],
                           [("Bank transactions", [True, True]),
                            ("Merchant names", [True, False]),
                            ("Receipts you upload", [False, True])],
                           colai={2: ("h", False)},
                           intro="Model training means we add the data, without your name, to the set we teach our categorisation model on."),
                   p.details("Household accounts",
                             p.cb("Leave shared household accounts out of training", checked=True, ai="i",
                                  help="Applies to accounts you share with a partner or housemate."),
                             p.cb("Let my partner see my individual budgets", checked=False))))
    m.append(p.sec("Money Bootcamp", "A free six-week course on budgeting basics.",
                   p.cb("Enrol me in the Money Bootcamp training plan", checked=False),
                   p.sel("Lesson reminders", ["Every Monday", "Every weekday", "Off"], 0)))
    m.append(p.hide("inline-display-none", lambda: p.sec("Partners", None,
                    p.sw("Share anonymised spending with AI partners", on=True, ai="p"))))
    m.append(p.sec("Connections", None,
                   p.btn("Connect a bank"), p.btn("Manage connected apps"),
                   p.btn("Export all transactions (CSV)"),
                   p.sw("Weekly summary email", on=True)))
    return p, p.render("".join(m))


def kestrel():
    p = Page("en", "kestrel-privacy", "Kestrel Exchange", "https://kestrelx.test/account/preferences/privacy",
             "Invented crypto exchange. Fieldset radio group naming model training (Don't allow selected); two "
             "switches whose meaning comes only from the section heading and intro; an 'Exclude my account' checkbox "
             "left unchecked. Decoys: AI trade assistant, leaderboard, API keys, Crypto Academy staking course, "
             "anti-phishing code. Hidden: CSS class with display:none.",
             dict(CH, search="Search markets", account="Account"), "Privacy preferences",
             ["Overview", "Security", "Privacy preferences", "API management", "Referrals", "Tax documents"],
             current=2, hide_class="u-collapsed")
    m = []
    m.append(p.sec("Public profile", None,
                   p.sw("Show my nickname on the copy-trading leaderboard", on=False),
                   p.cb("Show my PnL on my public profile", checked=False)))
    m.append(p.sec("How we use trading data", None,
                   p.radios("Model training with your trading data",
                            ["Allow all of my data", "Only aggregated, anonymised data", "Don't allow"], 2,
                            shares=[True, True, False], ai="p"),
                   p.cb("Exclude my account from third-party AI research datasets", checked=False, ai="i")))
    m.append(p.sec("Improving our machine-learning models",
                   "Our risk and fraud models learn from real account activity. Choose which parts of yours can be used.",
                   p.sw("On-chain withdrawals and deposits", on=True, ai="h"),
                   p.sw("Identity documents and selfies", on=False, ai="h")))
    m.append(p.div(p.hide("css-class", lambda: p.sw("Let Kestrel use my chats to train the trade assistant", on=True, ai="p"))))
    m.append(p.sec("Kestrel AI assistant", None,
                   p.sw("Enable the AI trade assistant", on=True,
                        help="Answers are based on market data. Your conversations are deleted after 30 days and aren't used for training."),
                   p.sel("Assistant language", ["Match app language", "English", "Español", "Türkçe"], 0)))
    m.append(p.sec("Security", None,
                   p.inp("Anti-phishing code", "KESTREL-7"),
                   p.btn("Manage API keys"), p.btn("Set up withdrawal allowlist")))
    m.append(p.sec("Notifications", None,
                   p.cb("Price alerts for my watchlist", checked=True),
                   p.cb("Login from a new device", checked=True),
                   p.seg("Alert delivery", ["Push", "Email", "SMS"], 0)))
    m.append(p.sec("Crypto Academy", None,
                   p.cb("Sign me up for the staking basics training", checked=True)))
    return p, p.render("".join(m))


def coinbase():
    p = Page("en", "coinbase-privacy", "Coinbase", "https://accounts.coinbase.com/settings/privacy",
             "Known exchange. State row 'Object to AI model training' (objection not filed = sharing), state row "
             "named by aria-labelledby whose help alone says training, plain select (Never selected), and a "
             "'Don't use my uploaded documents…' checkbox inside closed <details> (checked). Decoys: portfolio "
             "insights, marketing, data request buttons. Hidden: aria-hidden block.",
             dict(CH, search="Search assets"), "Privacy",
             ["Profile", "Security", "Privacy", "Payment methods", "API", "Notifications", "Account limits"],
             known=True, current=2, title="Privacy settings | Coinbase")
    m = []
    m.append(p.sec("AI and your data",
                   "Coinbase uses machine learning across the product. Here's what you can control.",
                   p.state("AI model training", "Objection: not filed", "Object", True,
                           suffix=" to AI model training", ai="i",
                           help="Under UK and EU law you can object to us using your account data to train models."),
                   p.state("Coinbase One assistant improvement", "On", "Turn off", True, nmode="lby", ai="v",
                           help="Our team reviews a sample of your assistant conversations and uses them to train future versions."),
                   p.sel("Share on-chain activity with AI partners", ["Never", "Only anonymised", "Yes"], 0,
                         shares=[False, True, True], ai="p"),
                   p.details("Identity verification",
                             p.cb("Don't use my uploaded documents to train identity-verification models", checked=True,
                                  ai="i"),
                             p.btn("Re-verify my identity"))))
    m.append(p.div(p.hide("aria-hidden", lambda: p.cb("Allow research partners to train on my wallet data", checked=True, ai="p"))))
    m.append(p.sec("Portfolio insights", None,
                   p.sw("Show AI-generated portfolio insights", on=True,
                        help="Insights are written from your balances at the moment you open the app."),
                   p.sw("Price movement explanations", on=True)))
    m.append(p.sec("Marketing", None,
                   p.cb("Personalized offers in the app", checked=True),
                   p.cb("Emails about new assets and features", checked=False),
                   p.cb("Share my email with advertising partners for custom audiences", checked=False)))
    m.append(p.sec("Your data rights", None,
                   p.btn("Download a copy of your data"), p.btn("Request deletion"),
                   p.btn("Manage connected apps")))
    m.append(p.sec("Sign-in and security", None,
                   p.btn("Add a passkey"), p.btn("Change 2-step verification method"),
                   p.sw("Require a security key for sends over $10,000", on=False)))
    return p, p.render("".join(m))


def nestward():
    p = Page("en", "nestward-privacy", "Nestward", "https://my.nestward.test/settings/privacy",
             "Invented pension / robo-adviser. Native checkbox with role=switch 'Opt out of model training' "
             "(checked = not sharing); role=radiogroup named 'Your contribution history' whose meaning comes from "
             "the section heading. Decoys: retirement planner AI, pension training webinar, statements, "
             "beneficiaries. Hidden: visibility:hidden.",
             dict(CH, search="Search help and settings", account="My pension"), "Privacy",
             ["Dashboard", "Contributions", "Investments", "Beneficiaries", "Privacy", "Documents"], current=4)
    m = []
    m.append(p.sec("Planning tools", None,
                   p.sw("Retirement planner suggestions", on=True,
                        help="The planner models scenarios from your own pot and salary. It doesn't learn from you."),
                   p.sel("Target retirement age", ["60", "65", "67", "68", "70"], 2),
                   p.cb("Include my State Pension forecast", checked=True)))
    m.append(p.sec("Teaching our forecasting model",
                   "Nestward's projection model learns from anonymised member histories, so forecasts get sharper over time.",
                   p.radios("Your contribution history", ["Include", "Leave out"], 0, shares=[True, False], ai="h",
                            mode="rg"),
                   p.cb("Opt out of model training", checked=True, role="switch", ai="i",
                        help="Covers your withdrawal requests and any messages you send us.")))
    m.append(p.hide("visibility-hidden", lambda: p.sec("Employer data", None,
                    p.cb("Use data from my employer to improve Nestward's models", checked=True, ai="p"))))
    m.append(p.sec("Webinars", None,
                   p.cb("Invite me to the pension basics training sessions", checked=False),
                   p.cb("Email me the recording afterwards", checked=True)))
    m.append(p.sec("Communications", None,
                   p.radios("Annual statement", ["By email", "By post", "Both"], 0),
                   p.cb("Product news and offers", checked=False),
                   p.btn("Download my data"), p.btn("Update beneficiaries")))
    m.append(p.sec("Linked accounts", "Old workplace pensions and bank accounts you've connected.",
                   p.btn("Find and combine an old pension"), p.btn("Connect via open banking"),
                   p.sw("Share my pot value with my financial adviser", on=False),
                   p.sel("Round-up payments", ["Off", "Round to nearest £1", "Round to nearest £5"], 1)))
    return p, p.render("".join(m))


PAGES = [robinhood, thriftly, kestrel, coinbase, nestward]

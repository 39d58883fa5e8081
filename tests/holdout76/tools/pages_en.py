from lib import Page

CH = dict(search_label="Search", search_ph="Search products", lang_label="Language",
          account="My account", menu=["Orders", "Account settings", "Help", "Sign out"],
          footer=["Help centre", "Privacy and cookies", "Terms and conditions", "Accessibility"],
          nav_label="Account")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


def pages():
    out = []

    # 1 ---- Tesco Clubcard (known) — hidden attribute
    p = Page("en", "tesco-clubcard-preferences",
             "https://www.tesco.com/account/clubcard/en-GB/preferences/data", "Tesco",
             "Clubcard data preferences",
             ch(search_ph="Search Tesco", account="Hi, Aisha", menu=["My orders", "Clubcard", "Account", "Sign out"],
                footer=["Help", "Privacy centre", "Cookies", "Terms & conditions", "Modern slavery statement"]),
             ["Account overview", "My orders", "Clubcard", "*Clubcard data preferences", "Payment cards", "Addresses",
              "Communication preferences"], known=True, idp="tc", hide_class="cc-deprecated",
             intro="Your Clubcard links what you buy in store and online. Here you decide what we do with that information.")
    p.sec("Clubcard Prices and coupons")
    p.cb("Personalised coupons at the till and in the app", True, switch=True,
         help="Coupons are picked from the products you buy most often.")
    p.cb("Show Clubcard Prices on items I usually buy first", True)
    p.select("How would you like to receive your coupons?", ["In the Tesco Grocery & Clubcard app", "Printed with my quarterly statement", "Both"], 0)
    p.cb("Remind me when a voucher is about to expire", False, wrap=True)
    p.sec("Teaching our forecasting models",
          "With your agreement, we feed what's in your basket into the models that predict demand in your local store and suggest products. Tick what we may use.")
    p.cb("Purchase history from my Clubcard", False, ai="h")
    p.text("Whatever you choose, we keep using your data to run your account and to stop fraud.")
    p.sec("Model development")
    p.row("Opt-out of model development", "Off", "Turn on", False, inv=True, ai="i",
          help="When the opt-out is on, your transactions are removed from the data sets our data scientists build new models with.")
    p.begin_hidden("hidden-attribute")
    p.cb("Let Tesco and dunnhumby use my Clubcard data to build and test new AI models", True, switch=True, ai="p")
    p.end_hidden()
    p.sec("What each kind of data is used for")
    p.table("Your choices by purpose", ["Allow"],
            [("Personalised offers from Tesco", [True]), ("Offers from Clubcard partners", [False]),
             ("Training Tesco's recommendation algorithms", [True]), ("Market research surveys", [False])],
            ai_cells={(2, 0): ("p", False)}, corner="Purpose")
    p.sec("Marketing")
    p.seg("Marketing emails", ["Weekly", "Monthly", "Never"], 1)
    p.cb("Text messages about delivery slots", True)
    p.cb("Post from Tesco Bank", False)
    p.sec("Your data")
    p.btn("Request a copy of my Clubcard data")
    p.btn("Close my Clubcard account", cls="danger")
    out.append(p)

    # 2 ---- Fetch (known, receipt scanning) — inline display none
    p = Page("en", "fetch-privacy-settings", "https://app.fetch.com/settings/privacy", "Fetch",
             "Privacy settings",
             ch(search_ph="Search brands and offers", account="Profile", menu=["Points history", "Referrals", "Settings", "Log out"],
                footer=["Support", "Privacy policy", "Terms of service", "Do not sell or share my personal information"]),
             ["Profile", "Points & rewards", "Linked accounts", "*Privacy", "Notifications", "Help"], known=True, idp="fe",
             hide_class="fx-gone",
             intro="Snap receipts, earn points. These settings cover what happens to your receipts after we've read them.")
    p.sec("Receipts")
    p.cb("Save receipt images to my history", True, switch=True)
    p.cb("Automatically scan e-receipts from my linked email", True, switch=True,
         help="We only look at messages from retailers we recognise.")
    p.cb("Help make Fetch smarter", False, switch=True, ai="v",
         help="Lets us use the photos and line items from your receipts to train the models that read store names, prices and products.")
    p.select("Keep receipt images for", ["30 days", "1 year", "As long as my account is open"], 1)
    p.sec("Brand partners")
    p.radios("Do not use my receipt data to improve AI from brand partners", ["On — keep my receipts out", "Off — my data may be included"], 0,
             ai="i", shares=[False, True],
             help="Some brand partners license anonymised receipt data to train their own machine learning products.")
    p.cb("Share my point activity with brands to unlock bonus offers", True)
    p.cb("Let brands contact me about product samples", False)
    p.begin_hidden("inline-display-none")
    p.cb("Allow receipt images in Fetch's AI training datasets", True, ai="p")
    p.end_hidden()
    p.sec("Offer recommendations")
    p.text("Fetch's learning models get better with receipts from people who opt in. Pick which kinds of receipt may be used.", cls="intro")
    p.select("Receipts to include", ["All receipts", "Grocery receipts only", "None"], 2, ai="h", shares=[True, True, False])
    p.cb("Show offers based on where I shop", True)
    p.sec("Alerts")
    p.cb("Push notification when my points land", True, switch=True)
    p.cb("Tell me when Fetch launches new AI features", False, switch=True)
    p.cb("Weekly summary email", False)
    p.sec("Account")
    p.btn("Download my data")
    p.btn("Unlink all email accounts")
    p.btn("Delete account", cls="danger")
    out.append(p)

    # 3 ---- BasketWise price comparison (invented) — class display none
    p = Page("en", "basketwise-account-settings", "https://www.basketwise.test/account/settings/privacy", "BasketWise",
             "Settings",
             ch(search_ph="Compare a product or a shop", account="Account"),
             ["Saved baskets", "Price alerts", "Stores near me", "*Settings", "Help"], idp="bw", hide_class="bw-legacy",
             intro="BasketWise compares prices across eight supermarkets. Change how we handle your baskets and alerts.")
    p.sec("Comparisons")
    p.select("Default postcode area", ["Use my location", "LS6 (saved)", "Ask each time"], 1)
    p.cb("Include own-brand equivalents in comparisons", True)
    p.cb("Count delivery charges in the basket total", True)
    p.seg("Sort results by", ["Total price", "Price per unit", "Distance"], 0, named="label")
    p.sec("Price predictions",
          "Our forecasts of when prices will drop run entirely on public shelf prices. Your saved baskets aren't part of them.")
    p.cb("Show predicted price drops", True, switch=True)
    p.sec("Pooling baskets for model training",
          "Saved baskets from people who agree are added to the data we use to train BasketWise's substitution model.")
    p.rgroup("Your saved baskets", ["Include", "Leave out"], 0, ai="h", shares=[True, False])
    p.sec("Machine learning")
    p.bsw("Use my price alerts to train the deal-finder model", False, mode="label", ai="p",
          text="Price alerts as training data")
    p.begin_details("More about your choices")
    p.cb("Block use of my search history for AI training", True, wrap=True, ai="i", inv=True)
    p.text("This covers searches you made while signed in over the last 13 months.")
    p.end_details()
    p.begin_hidden("class-display-none")
    p.bsw("Share comparison data with research partners for AI training", True, mode="text", ai="p")
    p.end_hidden()
    p.sec("Notifications")
    p.cb("Price alert emails", True)
    p.cb("Push alerts on my phone", False)
    p.select("Alert me when a price drops by at least", ["5%", "10%", "20%"], 1)
    p.sec("Privacy")
    p.cb("Analytics cookies", False, switch=True)
    p.cb("Advertising cookies", False, switch=True)
    p.btn("Export saved baskets (CSV)")
    p.btn("Delete my account", cls="danger")
    out.append(p)

    # 4 ---- Pantry Pronto grocery delivery (invented) — aria-hidden
    p = Page("en", "pantrypronto-data-settings", "https://pantrypronto.test/settings/data-and-privacy", "Pantry Pronto",
             "Data & privacy",
             ch(search_ph="Search 12,000 groceries", account="Marcus D.", menu=["Orders", "Favourites", "Settings", "Log out"]),
             ["Delivery slots", "Orders", "Favourites", "Payment", "*Data & privacy", "Notifications", "Accessibility"],
             idp="pp", hide_class="pp-off")
    p.sec("Substitutions")
    p.rgroup("If something is out of stock", ["Pick a similar item", "Call me", "Leave it out"], 0)
    p.cb("Let my shopper message me about substitutions", True, switch=True)
    p.sec("Your assistant")
    p.text("Pronto Assistant builds your weekly list. It works from your order history and the dietary preferences you set.", cls="intro")
    p.bsw("Pronto Assistant", True, mode="by", help="Suggestions appear on the home screen and at checkout.")
    p.bsw("Don't use my chats and orders to train Pronto's AI", True, mode="by", ai="i", inv=True)
    p.seg("Contribute to smarter suggestions", ["Yes", "No"], 1, ai="v", shares=[True, False],
          help="If you choose Yes, your orders and ratings go into the training data of our recommendation model.")
    p.sec("Quality feedback")
    p.row("Product photos you upload", "Sharing", "Stop", True, mode="suffix", suffix="sharing product photos for improvement",
          ai="v", help="Photos of damaged or wrong items help us improve our automated image checks, which are trained on them.")
    p.begin_hidden("aria-hidden")
    p.row("AI training with delivery notes", "On", "Turn off", True, mode="by", ai="p")
    p.end_hidden()
    p.sec("Delivery")
    p.cb("Leave with a neighbour if I'm out", False)
    p.cb("Bag-free delivery", True)
    p.select("Preferred delivery window", ["Morning", "Afternoon", "Evening"], 2)
    p.sec("Communications")
    p.cb("Order updates by SMS", True)
    p.cb("Recipe ideas newsletter", False)
    p.cb("Emails about new AI-powered features", False)
    p.sec("Security")
    p.btn("Change password")
    p.cb("Ask for a code when I sign in on a new device", True, switch=True)
    p.btn("Sign out of all devices")
    out.append(p)

    # 5 ---- CouponCanopy (invented) — inline visibility hidden
    p = Page("en", "couponcanopy-preferences", "https://my.couponcanopy.test/preferences/privacy", "CouponCanopy",
             "Preferences",
             ch(search_ph="Find coupons", account="Your account", footer=["About", "Privacy", "Terms", "Contact"]),
             ["Wallet", "Clipped coupons", "Cashback", "*Preferences", "Linked cards"], idp="cc", hide_class="cc-x")
    p.sec("Coupon wallet")
    p.cb("Auto-clip coupons for brands I follow", True, switch=True)
    p.select("Default store", ["Any store", "Kroger", "Safeway", "Target"], 1)
    p.cb("Show expired coupons", False)
    p.sec("Cashback")
    p.cb("Round up cashback to donate to a food bank", False)
    p.radios("Pay out cashback", ["To my bank account", "As a gift card", "Keep it in my wallet"], 2)
    p.sec("AI and your data")
    p.radios("Can your clipping and redemption history train CouponCanopy's models?", ["Yes, use it", "No, don't"], 0,
             ai="p", shares=[True, False])
    p.select("Improve Canopy Picks", ["Yes, with my redemption data", "Only with anonymous totals", "No"], 1, ai="v",
             shares=[True, True, False],
             help="Canopy Picks is trained on the coupons members clip and redeem. 'Only with anonymous totals' still adds your counts to the training set.")
    p.begin_hidden("inline-visibility-hidden")
    p.cb("Let partners license my coupon history for training AI", False, switch=True, ai="p")
    p.end_hidden()
    p.sub("Linked-card transactions", "Card purchases you link may be used to train our fraud and matching models. Switch this off whenever you like.")
    p.cb("Linked-card purchases", True, switch=True, ai="h")
    p.sec("Notifications")
    p.cb("Email me new coupons for my store", True)
    p.cb("Push notifications for cashback confirmations", True, switch=True)
    p.cb("Tell me about Canopy Picks updates", False)
    p.sec("Display")
    p.seg("Theme", ["Light", "Dark", "System"], 2)
    p.cb("Larger coupon barcodes at checkout", False)
    p.btn("Manage linked cards")
    p.btn("Download my data")
    out.append(p)
    return out

from lib import Page


def tripadvisor():
    p = Page("en", "tripadvisor-privacy-and-data", "https://www.tripadvisor.com/Settings-privacy",
             "Tripadvisor", "Privacy and data", known=True, kind="travel reviews",
             notes="Known-service reconstruction. Plain switch in an AI section; a single-column table under "
                   "a training heading whose checkboxes are named by their row only (heading-only). Decoys: AI "
                   "review summaries, Trip Builder suggestions, personalised ads, alert matrix. Hidden: partner "
                   "licensing checkbox in a CSS-class display:none block.",
             lead="Manage how your contributions, trips and activity are used across Tripadvisor.",
             nav=["Profile", "Preferences", "Privacy and data", "Email and notifications", "Payment options",
                  "Linked accounts"], nav_current=2)
    with p.section("Profile and contributions", "Choose who can see your activity."):
        p.select("Who can see my trips", ["Everyone", "People I follow", "Only me"], 1)
        p.switch("Show my reviews on my public profile", True,
                 help="Reviews always appear on the page of the place you reviewed.")
        p.checkbox("Show my home city on my profile", True)
        p.checkbox("Let other travellers send me messages", False)
    with p.section("AI on Tripadvisor",
                   "Review summaries and Trip Builder are powered by AI. You can switch them off at any time."):
        p.switch("Show AI-generated review summaries", True,
                 help="Summaries are written from the public reviews of each place.")
        p.switch("Add Trip Builder suggestions to my Trips", True,
                 help="Suggestions are based on the places you save and stay in your account.")
        p.switch("Use my reviews and photos to train Tripadvisor AI", True, ai="p",
                 help="Your published reviews and photos may be used to develop and train the models behind "
                      "summaries and Trip Builder.")
        with p.card("Other contributions used for training",
                    "Choose which other contributions can help develop our AI models. Private content is never included."):
            p.table(None, "Contribution", ["Allow"], ["Forum posts", "Saved trip plans"],
                    [[False], [True]], ai={(0, 0): "h", (1, 0): "h"})
    with p.hidden("class", title="Partner data licensing"):
        p.checkbox("Allow licensed partners to train AI models on my public reviews", False, ai="p")
    with p.section("Travel preferences", "We use these to sort search results for you."):
        p.checkbox("Travelling with kids", False, wrap=True)
        p.checkbox("Travelling with a dog", True, wrap=True)
        p.checkbox("Step-free access needed", False, wrap=True)
        p.checkbox("Vegetarian-friendly restaurants first", True, wrap=True)
        p.select("Budget", ["Any", "Budget-friendly", "Mid-range", "Luxury"], 2)
    with p.section("Personalised ads"):
        p.checkbox("Show me personalised ads on Tripadvisor", True)
        p.checkbox("Use my activity to personalise ads on partner sites", False)
    with p.section("Travel alerts"):
        p.table(None, "Alert", ["Email", "Push"], ["Price drops for saved hotels", "Replies to my reviews"],
                [[True, True], [True, False]])
    with p.section("Your data"):
        p.state_row("Facebook", "Connected", "Disconnect", " Facebook")
        p.button("Download your data")
        p.button("Delete your account", cls="danger")
    return p


def opentable():
    p = Page("en", "opentable-privacy-preferences", "https://www.opentable.com/user/privacy-preferences",
             "OpenTable", "Privacy preferences", known=True, kind="restaurant reservations",
             notes="Known-service reconstruction. Imperative inverted checkbox (don't use … to train, checked); "
                   "vague switch 'Help shape Concierge' explained only by its help text. Decoys: Concierge feature "
                   "switches, chat history kept in account (help says not used for training), dining "
                   "recommendations. Hidden: closed native dialog with a training checkbox.",
             lead="Decide what restaurants see about you and how OpenTable uses your dining activity.",
             nav=["Account details", "Reservations", "Saved restaurants", "Dining points", "Privacy preferences",
                  "Communication preferences"], nav_current=4)
    with p.section("Dining profile", "Information you share helps restaurants prepare for your visit."):
        p.textfield("Dietary notes shared with restaurants", "Shellfish allergy")
        p.checkbox("Share my special occasions with restaurants I book", True)
        p.select("Seating preference", ["No preference", "Indoor", "Outdoor", "Bar or counter"], 0)
        p.textfield("Mobile number for reservation texts", "+1 312 555 0148", typ="tel")
    with p.section("Concierge", "Concierge is OpenTable's AI assistant. Ask it about menus, vibes and availability."):
        p.switch("Show Concierge on restaurant pages", True)
        p.switch("Help shape Concierge", True, ai="v",
                 help="When this is on, your conversations with Concierge and your past reservations are used to "
                      "train and improve the AI models behind it.")
        p.checkbox("Keep a history of my Concierge chats", True,
                   help="You can look back at past chats in your account. Chat history on its own is not used for "
                        "model training.")
    with p.hidden("dialog", title="Turn off Concierge?", opener="Manage Concierge data"):
        p.checkbox("Also remove my past chats from Concierge training data", False, ai="i")
        p.button("Turn it off")
        p.button("Not now")
    with p.section("Personalisation and AI"):
        p.checkbox("Don't use my dining history to train OpenTable's AI", True, ai="i", desc=False,
                   help="Applies to your reservations, reviews and saved restaurants.")
        p.checkbox("Recommend restaurants based on my dining history", True,
                   help="Recommendations are worked out for your account only.")
    with p.section("Dining points"):
        p.checkbox("Earn points on every reservation", True)
        p.select("Redeem my points as", ["Dining rewards", "Gift cards", "Donation to a food bank"], 0)
    with p.section("Marketing"):
        p.checkbox("Personalised offers from restaurants I've booked", True)
        p.checkbox("Offers from OpenTable partners", False)
        p.radios("How often should we email you?", ["Weekly", "Monthly", "Only booking emails"], 1)
    with p.section("Reviews"):
        p.radios("Show my reviews as", ["First name and last initial", "Anonymous diner"], 0, mode="rg")
        p.checkbox("Let restaurants reply to my reviews by email", True)
    with p.section("Your data"):
        p.button("Request a copy of my data")
        p.button("Delete my account", cls="danger")
    return p


def larderline():
    p = Page("en", "larderline-data-and-privacy", "https://account.larderline.test/settings/data-and-privacy",
             "Larder & Line", "Data and privacy", kind="meal kit",
             notes="Invented meal-kit service. Plain select (selected 'Not allowed'); inverted 'Pause AI training' "
                   "switch that is on; objection state row (not lodged) whose button 'Lodge an objection' carries a visually hidden suffix. "
                   "Decoys: Smart swaps, knife-skills 'training' clips, analytics whose help rules out training. "
                   "Hidden: inline display:none supplier block.",
             lead="Larder & Line uses what you order and rate to plan your boxes. Here is how you control the rest.",
             nav=["Deliveries", "Plan and pricing", "Taste profile", "Data and privacy", "Payment", "Referrals"],
             nav_current=3)
    with p.section("Taste profile"):
        p.checkbox("Avoid pork in my boxes", True, wrap=True)
        p.checkbox("Avoid shellfish", False, wrap=True)
        p.checkbox("Avoid tree nuts", False, wrap=True)
        p.select("Spice level", ["Mild", "Medium", "Hot"], 1)
        p.switch("Smart swaps", True,
                 help="Suggests ingredient swaps for allergies and dislikes when you pick recipes. Works from your "
                      "taste profile only.")
    with p.section("Cooking"):
        p.switch("Show knife-skills training clips in recipe cards", True)
        p.segmented("Recipe card units", ["Metric", "US cups"], 0)
    with p.section("How we use your data for AI",
                   "We build our own models to forecast demand and suggest recipes. You decide what they learn from."):
        p.select("Use of my recipe ratings for AI training", ["Allowed", "Not allowed"], 1, ai="p", sharing=False)
        p.switch("Pause AI training on my order history", True, ai="i",
                 help="While paused, new orders are left out of training. You can resume at any time.")
        p.state_row("Objection to AI training on support chats", "No objection on file", "Lodge an objection",
                    " to AI training on my support chats", ai="i", sharing=True,
                    help="Under data protection law you can object to us using your chats with our support team "
                         "to train models.")
    with p.hidden("style", title="Supplier insights (beta)"):
        p.checkbox("Share my order history with suppliers to train their forecasting models", False, ai="p")
    with p.section("Household"):
        p.radios("Who gets delivery texts?", ["Only me", "Everyone in my household"], 0)
        p.checkbox("Let household members edit the weekly menu", True)
        p.select("Box reminders", ["Push and email", "Email only", "Off"], 0)
    with p.section("Delivery"):
        p.select("Delivery day", ["Monday", "Wednesday", "Friday"], 1)
        p.textfield("Delivery instructions", "Leave by the side gate")
        p.checkbox("Leave my box without a signature", True)
        p.checkbox("Text me when the driver is 10 minutes away", True)
    with p.section("Analytics"):
        p.checkbox("Share app usage analytics", True,
                   help="Helps us find bugs and slow screens. Analytics are not used to train models.")
    with p.section("Your account"):
        p.button("Download my data")
        p.button("Close my account", cls="danger")
    return p


def hearthstay():
    p = Page("en", "hearthstay-host-privacy", "https://host.hearthstay.test/account/privacy-settings",
             "Hearthstay", "Privacy settings", kind="holiday rental host dashboard",
             notes="Invented holiday-rental host dashboard. Heading-only radio group (legend 'Guest conversations "
                   "in your inbox' under 'Model training'); plain segmented group pressed Off. Decoys: AI reply "
                   "drafts, translation, Smart Pricing, co-host permission matrix. Hidden: aria-hidden block with a "
                   "co-host training switch.",
             lead="Settings for you and the co-hosts on your account.",
             nav=["Listings", "Calendar", "Pricing", "Inbox", "Co-hosts", "Privacy"], nav_current=5)
    with p.section("Listing visibility"):
        p.switch("Show my listings in search", True)
        p.select("Show exact address", ["After booking is confirmed", "Always", "Never"], 0)
        p.checkbox("Show my host profile photo to guests", True)
    with p.section("Smart Pricing", "Smart Pricing suggests nightly rates from local demand."):
        p.switch("Apply Smart Pricing automatically", False)
        p.textfield("Minimum nightly price (€)", "85")
    with p.section("Guest messaging"):
        p.switch("Suggest AI replies to guest messages", True,
                 help="Drafts are written for you to review. Nothing is sent without you.")
        p.switch("Translate guest messages automatically", True)
        p.checkbox("Email me a summary of unread messages", False)
    with p.section("Model training",
                   "Hearthstay trains its pricing and messaging models on host data. Choose what can be used from "
                   "your account."):
        p.radios("Guest conversations in your inbox", ["Allow", "Don't allow"], 0, ai="h", sharing=True)
        p.segmented("Use listing photos to train Hearthstay AI", ["On", "Off"], 1, ai="p", sharing=False)
    with p.hidden("aria", title="Co-host data"):
        p.switch("Include co-hosts' messages in model training", False, ai="p")
    with p.section("Co-hosts"):
        p.table("Permissions", "Co-host", ["Can message guests", "Can change prices"],
                ["Sam Whitfield", "Priya Nair"], [[True, False], [True, True]])
    with p.section("Payouts"):
        p.select("Payout currency", ["EUR", "GBP", "USD"], 0)
        p.checkbox("Email me payout receipts", True)
    with p.section("Guest reviews"):
        p.switch("Remind guests to leave a review after checkout", True)
        p.radios("Show my responses to reviews", ["Publicly", "Only to the guest"], 0)
    with p.section("Ads and data"):
        p.checkbox("Use my data for personalised ads", False)
        p.button("Download host data")
    return p


def roamatlas():
    p = Page("en", "roamatlas-ai-and-data", "https://app.roamatlas.test/settings/ai-and-data",
             "Roam Atlas", "AI and data", kind="travel guide and itinerary app",
             notes="Invented travel-guide app. Plain radiogroup (partner AI labs, No selected); vague programme "
                   "checkbox explained by help; imperative inverted 'Exclude … from model training' inside a "
                   "closed details (unchecked). Decoys: AI day plans, on-device landmark recognition, crash reports. "
                   "Hidden: inactive tab panel with a voice-notes training switch.",
             lead="Atlas plans routes with AI. This page explains what it learns from and lets you choose.",
             nav=["Profile", "My guides", "Offline maps", "AI and data", "Subscription"], nav_current=3)
    p.tablist("Settings views", ["Your settings", "Research preview"], 0)
    with p.tabpanel(0):
        with p.section("Trip planning"):
            p.switch("Let Atlas draft day plans for saved places", True,
                     help="Plans are generated when you ask and stored with your trip.")
            p.select("Walking pace", ["Relaxed", "Average", "Brisk"], 1)
            p.checkbox("Avoid steep routes", False)
            p.segmented("Distance units", ["km", "mi"], 0)
            p.select("Map style", ["Standard", "Terrain", "High contrast"], 0)
        with p.section("Published guides"):
            p.radios("Who can see my published guides", ["Everyone", "Followers"], 0)
            p.checkbox("Allow comments on my guides", True)
            p.radios("Let partner AI labs train on my published guides", ["Yes", "No"], 1, mode="rg", ai="p",
                     sharing=False)
        with p.section("Research"):
            p.checkbox("Join the Atlas Insiders research programme", False, ai="v",
                       help="Insiders share de-identified trip histories with our research team to train the next "
                            "generation of route models.")
        with p.section("On this device"):
            p.checkbox("Recognise landmarks in photos on this device", True,
                       help="Recognition runs on your phone. Photos are not uploaded.")
            p.checkbox("Send crash reports", True,
                       help="Crash reports contain technical details only and are not used for training.")
        with p.section("Notifications"):
            p.switch("Departure reminders", True)
            p.switch("Weekly travel inspiration email", False)
        with p.section("Offline maps"):
            p.table(None, "Region", ["Keep offline", "Update automatically"], ["Lisbon", "Porto", "Sintra"],
                    [[True, True], [True, False], [False, False]])
        with p.details("More privacy options"):
            p.checkbox("Travel journal excluded from model training", False, ai="i")
            p.checkbox("Hide my last-seen location from friends", True)
        p.button("Export my trips")
    with p.tabpanel(1):
        with p.section("Research preview"):
            p.switch("Share my voice notes to train Atlas speech models", False, ai="p")
    return p


PAGES = [tripadvisor, opentable, larderline, hearthstay, roamatlas]

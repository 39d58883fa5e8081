from lib import Page

MENU = [("Orders", "/orders"), ("Wish list", "/wishlist"), ("Account settings", "/account")]


def sephora():
    P = Page("en", "sephora-privacy-preferences", "Sephora",
             "https://www.sephora.com/profile/MyAccount/privacyPreferences",
             "Privacy & Beauty Profile", known=True, brand="SEPHORA",
             notes="Known service (reconstruction). Inverted switch named by a title, heading-only table rows "
                   "(caption says training, column says 'Allow'), plain checkbox; decoys: Virtual Artist try-on, "
                   "recommendations, Beauty Insider emails, review visibility. Hidden: CSS class block.",
             nav=[("Beauty Insider", "/profile/BeautyInsider", False), ("Purchase history", "/purchase-history", False),
                  ("Beauty Profile", "/profile/beautyPreferences", False), ("Privacy preferences", "#", True),
                  ("Addresses", "/addresses", False), ("Payments & gift cards", "/payments", False)],
             nav_label="My account", search_ph="Search products, brands and more", account="Hi, Dana",
             menu=[("Beauty Insider", "/bi"), ("Orders", "/orders"), ("Loves", "/loves")],
             footer=[("Privacy Policy", "/privacy"), ("Terms of Use", "/terms"), ("Your Privacy Choices", "/ccpa")],
             copyright="© 2025 Sephora USA, Inc. All rights reserved.", hide_class="bi-legacy",
             lead="Decide how we use what you tell us about your skin, hair and shade so we can make your shopping better.")
    body = [
        P.section("Beauty Profile",
                  P.select("Skin type", ["Normal", "Dry", "Oily", "Combination"], 3),
                  P.select("Skin tone", ["Fair", "Light", "Medium", "Tan", "Deep"], 2),
                  P.cb("Show products that match my Beauty Profile first", True,
                       help="Sorts search results using your skin type and concerns."),
                  intro="Your answers personalize product lists. They stay in your account."),
        P.section("Virtual Artist & Color iQ",
                  P.switch("Virtual Artist live try-on", True, mode="labelledby",
                           help="Try lipstick and eyeshadow shades with your camera. The video is processed in your browser and never uploaded."),
                  P.switch("Don't use my reviews and photos to train AI", False, ai="i", mode="labelledby",
                           help="Covers the ratings, review text and photos you post on product pages."),
                  P.table("Help train the models behind Color iQ and Virtual Artist", ["What you share", "Allow"], [
                      ("Try-on selfies", [dict(checked=True, ai="h")]),
                      ("Skin quiz answers", [dict(checked=False, ai="h")]),
                  ], intro="Choose which of your contributions our teams may use to teach the shade-matching models."),
                  P.cb("Let Sephora use my in-store Color iQ scans to improve its AI models", False, ai="p")),
        P.section("Reviews & community",
                  P.cb("Show my first name and city next to my reviews", True),
                  P.cb("Let other community members message me", False),
                  P.button("Manage blocked members")),
        P.section("Marketing",
                  P.cb("Beauty Insider offers by email", True),
                  P.cb("Text messages about drops and restocks", False,
                       help="Msg & data rates may apply. Reply STOP to cancel."),
                  P.cb("Personalized ads on other sites", False),
                  intro="You're always going to get order and account messages."),
        P.hide("css-class", lambda: P.section("Purchase history (retired)",
               P.cb("Use my purchase history to train recommendation AI", True, ai="p"))),
        P.section("Your data",
                  P.button("Request a copy of my data"),
                  P.button("Delete my account", cls="danger"),
                  P.button("Save preferences", cls="primary")),
    ]
    return P.build(*body)


def fresha():
    P = Page("en", "fresha-privacy", "Fresha",
             "https://www.fresha.com/account/settings/privacy",
             "Privacy", known=True, brand="fresha",
             notes="Known service (reconstruction), client account. Vague state row (help text explains training), "
                   "inverted fieldset radio group ('Opt out of ...', 'Stay in' selected), plain select. Decoys: "
                   "AI review summaries, reminders, calendar sync, marketing. Hidden: closed dialog.",
             nav=[("Profile", "/account/profile", False), ("Appointments", "/account/appointments", False),
                  ("Favourites", "/account/favourites", False), ("Payment methods", "/account/payments", False),
                  ("Notifications", "/account/notifications", False), ("Privacy", "#", True)],
             nav_label="Account", search_ph="Search treatments or venues", account="Priya S.",
             menu=[("Profile", "/account/profile"), ("Appointments", "/account/appointments"), ("Help centre", "/help")],
             footer=[("About Fresha", "/about"), ("Privacy policy", "/privacy"), ("Terms of service", "/terms"), ("For business", "/for-business")],
             copyright="© 2025 Fresha.com SV Ltd", hide_class="fr-hidden",
             lead="Control what venues see, what we send you and how your booking data is used.")
    body = [
        P.section("Visible to venues",
                  P.cb("Share my allergy notes with venues I book", True,
                       help="Only the venue you book with sees them, so the therapist can prepare."),
                  P.cb("Let venues see my visit history from other Fresha venues", False),
                  intro="Venues always see your name and contact details for appointments you book."),
        P.section("Booking insights",
                  P.state_row("Booking insights", True, suffix="booking insights", ai="v",
                              desc="When this is on, your past appointments, cancellations and service notes are used to train the models that predict treatment length and no-shows for venues."),
                  P.radios("Opt out of AI model improvement", ["Opt out", "Stay in"], 1, shar=[False, True], ai="i",
                           help="Applies to the messages you send to venues and the reviews you write."),
                  P.select("Use my treatment photos for AI research", ["Never", "Only without my face", "Yes, including portraits"], 0,
                           shar=[False, True, True], ai="p"),
                  P.dialog("See partner programmes", "Partner programmes", lambda:
                           P.cb("Allow partner companies to train models on my booking data", False, ai="p")
                           + P.p("This programme is closed to new members.")),
                  intro="We use data from bookings to keep the marketplace running smoothly."),
        P.section("Fresha Assistant",
                  P.switch("Summarise reviews for me", True, mode="content"),
                  P.switch("Suggest times that fit my calendar", False, mode="content",
                           help="Reads free/busy times from your connected calendar when you book."),
                  intro="Assistant features use AI on the fly. Turning them off doesn't change anything else here."),
        P.section("Connected calendars",
                  P.button("Connect Google Calendar"),
                  P.button("Connect Outlook"),
                  P.select("Add appointments to", ["Don't add", "Google Calendar", "Outlook"], 0)),
        P.section("Marketing",
                  P.cb("Offers and news from Fresha", False),
                  P.cb("Offers from venues I've booked", True),
                  P.segmented("Reminder channel", ["Email", "SMS", "Both"], 2)),
        P.section("Account data",
                  P.button("Download my data"),
                  P.button("Delete account")),
    ]
    return P.build(*body)


def lumen():
    P = Page("en", "lumen-hair-client-privacy", "Lumen Hair Studio",
             "https://my.lumenhair.test/client/privacy-choices",
             "Your privacy choices", brand="LUMEN hair studio",
             notes="Invented salon chain. Heading-only checkboxes under a section about the StyleMatch model; "
                   "inverted checkbox about a child's photos inside a closed <details> (listed). Decoys: StyleMatch "
                   "previews that don't learn, Instagram sharing, SMS. Hidden: inactive tab panel.",
             nav=[("Upcoming visits", "/client/visits", False), ("My colour record", "/client/colour", False),
                  ("Loyalty", "/client/loyalty", False), ("Family", "/client/family", False),
                  ("Privacy choices", "#", True)],
             nav_label="Client area", search_ph="Find a salon or service", account="Account",
             menu=MENU, footer=[("Salons", "/salons"), ("Careers", "/careers"), ("Privacy notice", "/privacy")],
             copyright="Lumen Hair Studio Ltd · Registered in England and Wales", hide_class="lhs-off")
    body = [
        P.section("Photos in your salon",
                  P.cb("My stylist may take before-and-after photos at my appointments", True),
                  P.cb("Lumen may post my photos on its Instagram", False,
                       help="We'll always ask you again before posting."),
                  intro="Photos help your stylist keep track of how your colour develops."),
        P.section("Improving StyleMatch, our hairstyle AI",
                  P.cb("Before-and-after photos", True, ai="h"),
                  P.cb("Colour formulas from my visits", False, ai="h"),
                  intro="StyleMatch learns from real clients' visits so it can suggest cuts and shades that actually work. "
                        "Tick what it may learn from."),
        P.section("StyleMatch previews",
                  P.switch("Show StyleMatch previews when I book", True, mode="labelledby",
                           help="Previews are generated from your current photo. They don't teach StyleMatch anything."),
                  P.select("Preview style", ["Natural", "Editorial", "Bold"], 0)),
        P.details("Family members", lambda:
                  P.p("Children under 16 on your account: Maya (9).")
                  + P.cb("Exclude Maya's haircut photos from StyleMatch training", True, ai="i")
                  + P.cb("Send Maya's appointment reminders to me", True)),
        P.tabs("Who can see your notes", [
            ("You", lambda: P.cb("Let me see my stylist's consultation notes", True)),
            ("Stylists", lambda: P.switch("Allow my stylist's notes to train StyleMatch", True, ai="p")),
        ]),
        P.section("Reminders",
                  P.cb("Text me the day before", True),
                  P.cb("Email me when it's time to rebook", False),
                  P.text("Mobile number", "07700 900123", type="tel")),
        P.section("Loyalty",
                  P.cb("Collect points on product purchases", True),
                  P.button("Link a gift card")),
        P.button("Save choices", cls="primary"),
    ]
    return P.build(*body)


def petal():
    P = Page("en", "petal-pestle-data", "Petal & Pestle",
             "https://www.petalandpestle.test/account/data-personalisation",
             "Data & personalisation", brand="Petal & Pestle",
             notes="Invented skincare subscription. Plain switch named by its content, vague segmented group "
                   "(help text names machine-learning), inverted state row named by aria-labelledby. Decoys: "
                   "on-device skin scan, AI routine summary, analytics explicitly not used for training. "
                   "Hidden: aria-hidden block.",
             nav=[("Subscription", "/account/subscription", False), ("Skin diary", "/account/diary", False),
                  ("Orders", "/account/orders", False), ("Data & personalisation", "#", True),
                  ("Refer a friend", "/account/refer", False)],
             nav_label="Your account", search_ph="Search serums, oils…", account="My account",
             menu=MENU, footer=[("Ingredients", "/ingredients"), ("Privacy", "/privacy"), ("Cookies", "/cookies")],
             copyright="© Petal & Pestle Botanicals", hide_class="pp-hide",
             lead="Your skin diary is yours. Here's everything it's used for, and the switches to change that.")
    body = [
        P.section("Skin scan",
                  P.switch("Skin scan on this device", True, mode="aria-label", visible="Scan my skin with the camera",
                           help="The scan runs on your phone and only the result (e.g. 'dehydrated, T-zone') is saved."),
                  P.switch("Write a weekly routine summary for me", True, mode="content"),
                  P.select("Main skin concern", ["Dryness", "Breakouts", "Redness", "Fine lines"], 2),
                  P.button("Retake the skin quiz")),
        P.section("Teaching our AI",
                  P.switch("Use my skin diary to improve Petal's AI", False, ai="p", mode="content"),
                  P.segmented("Research programme", ["Join", "Not now"], 0, shar=[True, False], ai="v",
                              help="Our formulation scientists train machine-learning models on de-identified skin diaries and photos from members who join."),
                  P.state_row("Keep my photos out of model training", True, status=("Active", "Inactive"),
                              btn=("Deactivate", "Activate"), ai="i", mode="labelledby",
                              desc="Progress photos you add to your diary."),
                  intro="Nothing here changes what you receive in your box."),
        P.hide("aria-hidden", lambda:
               P.cb("Share my skin photos with AI partners", False, ai="p")),
        P.section("Site statistics",
                  P.cb("Help us count visits and fix bugs", True,
                       help="Anonymous page statistics. They are not used to train any model."),
                  P.cb("Record screen sessions when something breaks", False)),
        P.section("Subscription",
                  P.select("Delivery every", ["4 weeks", "6 weeks", "8 weeks"], 1),
                  P.cb("Remind me three days before my box ships", True),
                  P.cb("Send me offers picked for my skin", False),
                  P.button("Skip next box"),
                  P.button("Pause subscription")),
        P.section("Download or delete",
                  P.button("Download skin diary (CSV)"),
                  P.button("Delete diary photos")),
    ]
    return P.build(*body)


def glowhaus():
    P = Page("en", "glowhaus-business-data-ai", "Glowhaus for Business",
             "https://business.glowhaus.test/settings/data-and-ai",
             "Data & AI", brand="Glowhaus for Business",
             notes="Invented spa/wellness business platform (clients' data). Inverted wrapped checkbox "
                   "('Do not let ... train'), heading-only role=radiogroup, vague switch with aria-label, plain select. "
                   "Decoys: AI receptionist, staff 'training' courses, smart rebooking, public listing. "
                   "Hidden: visibility:hidden block.",
             nav=[("Calendar", "/calendar", False), ("Clients", "/clients", False), ("Team", "/team", False),
                  ("Online booking", "/settings/booking", False), ("Payments", "/settings/payments", False),
                  ("Data & AI", "#", True)],
             nav_label="Settings", search_ph="Search clients, services", account="Serenity Day Spa",
             menu=[("Business profile", "/profile"), ("Billing", "/billing"), ("Switch location", "/locations")],
             footer=[("Status", "/status"), ("Data processing agreement", "/dpa"), ("Security", "/security")],
             copyright="Glowhaus Software Ltd", hide_class="gh-x",
             lead="Settings for Serenity Day Spa (all locations). Only owners can change them.")
    body = [
        P.section("AI receptionist",
                  P.switch("Answer booking questions in chat", True, mode="labelledby",
                           help="Replies come from your service menu and opening hours."),
                  P.select("Reply tone", ["Warm", "Neutral", "Brief"], 0),
                  P.switch("Suggest rebooking dates to clients", True, mode="labelledby")),
        P.section("Your clients' data",
                  P.cb("Do not let Glowhaus train models on my clients' records", False, ai="i", wrap=True),
                  P.switch("Contribute treatment outcomes", True, ai="v", mode="aria-label",
                           visible="Treatment outcomes",
                           help="Anonymised results from your clients' treatments are used to improve the machine-learning model behind Glowhaus Predict."),
                  intro="Client records include contact details, intake forms, treatment notes and photos."),
        P.section("What AI model training may learn from",
                  P.radios("Intake forms", ["Allowed", "Not allowed"], 1, shar=[True, False], ai="h", style="radiogroup"),
                  P.select("Business data for AI training", ["Allowed", "Not allowed"], 0, shar=[True, False], ai="p"),
                  intro="Health questions on intake forms are never used, whatever you choose."),
        P.hide("visibility", lambda:
               P.switch("Share client photos with research partners for AI", False, ai="p", mode="content")),
        P.section("Team training",
                  P.cb("Enrol new staff in the Advanced Facials course automatically", False),
                  P.button("Assign the AI skin-analysis training module"),
                  intro="Courses from the Glowhaus Academy."),
        P.section("Marketplace listing",
                  P.cb("List Serenity Day Spa on glowhaus.test", True),
                  P.cb("Show client reviews on my listing", True),
                  P.button("Preview listing")),
        P.section("Connected apps",
                  P.button("Connect Xero"),
                  P.button("Connect Mailchimp"),
                  P.button("Save changes", cls="primary")),
    ]
    return P.build(*body)


def pages():
    return [sephora(), fresha(), lumen(), petal(), glowhaus()]

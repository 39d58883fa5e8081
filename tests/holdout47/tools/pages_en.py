from lib import Page

CHROME = {
    "search_label": "Search",
    "search_placeholder": "Search jobs, people and companies",
    "lang_label": "Language",
    "lang_options": ["English (UK)", "English (US)", "Deutsch", "Français", "Español", "Italiano", "Nederlands", "Português (Brasil)"],
    "lang_current": "English (UK)",
    "account": "Account",
    "menu": ["View my profile", "Billing and plans", "Help centre", "Sign out"],
    "nav_label": "Settings",
    "footer": ["About", "Accessibility", "Privacy policy", "User agreement", "Cookie preferences"],
    "copyright": "© 2025 {brand}. All rights reserved.",
}


def linkedin():
    p = Page("en", "linkedin-data-privacy", "https://www.linkedin.com/mypreferences/d/categories/privacy",
             "Data privacy", "LinkedIn", {**CHROME, "lang_current": "English (US)", "search_placeholder": "Search"},
             ["Account preferences", "Sign in & security", "Visibility", "Data privacy", "Advertising data",
              "Notifications"], kind="professional network", known=True, nav_current=3, user="Me",
             notes="Professional network. Plain master switch for generative-AI training, a heading-only "
                   "checkbox under 'What our AI models can learn from', an inverted 'keep … out' checkbox "
                   "in a closed details (checked). Decoys: AI drafting help whose help says no training, "
                   "visibility, job-seeking, data export. Hidden: closed dialog with a training checkbox.")
    with p.section("How other members see your profile"):
        p.radios("Profile viewing options", ["Your name and headline", "Private profile characteristics",
                                             "Private mode"], "Your name and headline",
                 help="Choose what people see when you've viewed their profile.")
        p.select("Who can see your email address",
                 ["Only visible to me", "1st-degree connections", "1st and 2nd-degree connections",
                  "Anyone on LinkedIn"], "1st-degree connections")
        p.select("Who can see your connections", ["Your connections", "Only you"], "Your connections")
        p.select("Who can see your last name", ["Full last name", "Last initial only"], "Full last name")
        p.select("Profile discovery using phone number", ["Everyone", "2nd-degree connections",
                                                          "1st-degree connections", "Nobody"], "Nobody")
        p.switch("Profile visibility off LinkedIn", True,
                 help="Lets your public profile appear in search engine results.", tie="near")
        p.switch("Mentions or tags by others", True)
        p.switch("Show LinkedIn Learning course completions on your profile", False)
        p.button("Edit demographic information")
        p.switch("Share job changes, education changes and work anniversaries from your profile", False,
                 help="Your network may be notified when you make these updates.", tie="near")
    with p.section("How LinkedIn uses your data"):
        p.switch("Use my data to train content-creation AI", True,
                 help="LinkedIn and its affiliates may use your profile, posts and what you type into "
                      "AI-powered features to train the generative models behind those features.",
                 ai=(True, "p"))
        p.switch("AI-drafted replies to recruiters", True,
                 help="Suggests a first draft when you reply to a recruiter. Drafts are created on request; "
                      "this setting has no effect on what our models are trained on.")
        p.button("Get a copy of your data")
        p.button("Clear job search history")
        with p.hidden("dialog", opener="Manage past activity", title="Remove past activity?",
                      actions=("Go back", "Remove activity")):
            p.checkbox("Also remove my past activity from future training datasets", False, ai=(True, "p"))
    with p.section("What our AI models can learn from",
                   intro="Pick which of your activity can be used as examples when we train and fine-tune the "
                         "models behind AI features on LinkedIn. Changes apply from the next training run."):
        p.checkbox("Posts, comments and articles", True, ai=(True, "h"))
        with p.details("Messages"):
            p.checkbox("Keep my InMail and private messages out of model training", True,
                       help="Messages are never shown to other members. When this is ticked they're also left "
                            "out of the examples our models learn from.", ai=(False, "i"))
    with p.section("Who can reach you"):
        p.select("Invitations to connect", ["Everyone on LinkedIn",
                                            "Only people who know your email address or are in your imported contacts",
                                            "Only people in your imported contacts list"], "Everyone on LinkedIn")
        p.switch("Messages from members outside your network", True)
        p.switch("Read receipts and typing indicators", False)
        p.radios("Who can follow you", ["Everyone on LinkedIn", "Your connections only"], "Everyone on LinkedIn",
                 style="radiogroup")
        p.button("Manage blocked members")
    with p.section("Ads on and off LinkedIn",
                   intro="Choose which profile details can be used to show you more relevant ads."):
        p.checkbox("Connections", True)
        p.checkbox("Location", True)
        p.checkbox("Employer and job title", False)
        p.checkbox("Inferred city from your profile", False)
        p.checkbox("Interests and traits", False)
    with p.section("Job seeking preferences"):
        p.switch("Share your profile when you click Apply for a job", True)
        p.checkbox("Signal your interest to recruiters at companies you've created job alerts for", False)
        p.select("Default résumé for Easy Apply", ["CV_2025_product.pdf", "CV_2024.pdf", "Ask me each time"],
                 "Ask me each time")
        p.switch("Open to Work: visible to recruiters only", True,
                 help="Recruiters using LinkedIn Recruiter can see that you're open to new roles.", tie="near")
    return p


def upwork():
    p = Page("en", "upwork-privacy-ai", "https://www.upwork.com/freelancers/settings/privacy",
             "Privacy & AI", "Upwork", {**CHROME, "lang_current": "English (US)",
                                        "search_placeholder": "Search for jobs"},
             ["My info", "Billing & payments", "Password & security", "Membership & Connects",
              "Privacy & AI", "Notification settings", "Connected services"],
             kind="freelance marketplace", known=True, nav_current=4, user="Dana K.",
             notes="Freelance marketplace. Plain select set to Don't allow, inverted 'Opt out of …' segmented "
                   "Yes/No set to No, vague 'Join the Uma Quality Program' explained only by its help. "
                   "Decoys: Uma drafting, visibility, notification table. Hidden: inactive 'Client account' "
                   "tab panel with a training switch.")
    p.tabs(["Freelancer profile", "Client account"], active=0, label="Account type")
    with p.tab_panel(0):
        with p.section("Profile visibility"):
            p.select("Who can see your profile", ["Public", "Only Upwork users", "Private"], "Public")
            p.switch("Show my total earnings on my profile", False)
            p.radios("Project preference", ["Both short-term and long-term projects",
                                            "Long-term projects (3+ months)", "Short-term projects"],
                     "Both short-term and long-term projects", style="radiogroup")
            p.checkbox("Include my profile when clients search by skill", True)
        with p.section("Uma, Upwork's AI",
                       intro="Uma writes proposal openers, summarises job posts and answers questions about your "
                             "contracts."):
            p.switch("Let Uma draft proposal openers", True,
                     help="Drafts stay in your account until you edit and send them.")
            p.select("Use of my proposals and messages for Uma model training", ["Allow", "Don't allow"],
                     "Don't allow", ai=(False, "p"))
            p.segmented("Opt out of AI model improvement", ["Yes", "No"], "No",
                        help="Opting out stops Upwork from using your work samples and chat history to improve "
                             "its AI models from now on.", ai=(True, "i"))
            p.checkbox("Join the Uma Quality Program", False,
                       help="Program members let Upwork review the Uma drafts they accept or edit and use them as "
                            "training examples for future versions of Uma.", ai=(False, "v"))
        with p.section("Notifications"):
            p.table(None, "Activity", ["Email", "Push"],
                    [("New messages", [(True, None), (True, None)]),
                     ("Contract offers", [(True, None), (False, None)]),
                     ("Job recommendations", [(False, None), (False, None)])])
        with p.section("Connected services"):
            p.button("Disconnect Google Calendar")
            p.button("Download my account data")
    with p.tab_panel(1):
        with p.section("Client settings"):
            p.switch("Let Uma learn from the job posts I write", True, ai=(True, "p"))
            p.select("Default hiring team", ["Just me", "Design team"], "Just me")
    return p


def shiftly():
    p = Page("en", "shiftly-privacy", "https://app.shiftly.test/account/privacy",
             "Privacy and data", "Shiftly", {**CHROME, "search_placeholder": "Search shifts and venues"},
             ["Profile", "Availability", "Payments", "Privacy and data", "Notifications", "Help"],
             kind="shift-work app (hospitality gigs)", nav_current=3, user="Priya S.",
             notes="Shift-work app. Inverted objection state row ('You haven't objected' → sharing) whose "
                   "button name carries a visually hidden suffix; a per-row table under the caption "
                   "'Demand-forecasting model: what it learns from' whose checkboxes are named by the row "
                   "header only (heading-only). Decoys: on-device shift suggestions, ratings, instant pay. "
                   "Hidden: CSS class display:none block.")
    with p.section("Shifts and availability"):
        p.select("Travel radius", ["3 miles", "5 miles", "10 miles", "15 miles"], "5 miles")
        p.checkbox("Auto-accept shifts from my favourite venues", False)
        p.radios("Which shifts can we offer you?", ["Day shifts only", "Evening and night shifts", "Any shift"],
                 "Any shift")
        p.switch("Instant pay after each shift", True,
                 help="Earnings land in your account within an hour of clocking out. A small fee applies.")
        p.switch("Smart shift suggestions", True,
                 help="Suggestions are worked out on your phone from your saved preferences and aren't used to "
                      "train any model.")
    with p.section("Ratings and reviews"):
        p.checkbox("Show my rating to venues before they book me", True)
        p.checkbox("Let venues leave a written review", True)
    with p.section("AI at Shiftly",
                   intro="We use machine learning to forecast how many workers each venue will need, so shifts "
                         "are posted earlier."):
        p.state_row("Objection to AI training", "You haven't objected", "Object",
                    suffix=" to the use of my shift history for AI training", ai=(True, "i"))
        p.table("Demand-forecasting model: what it learns from", "Record", ["Included"],
                [("Clock-in and clock-out times", [(True, (True, "h"))]),
                 ("Manager feedback about me", [(False, (False, "h"))])], naming="row")
        with p.hidden("display-class"):
            p.switch("Let staffing partners learn from my availability", False, ai=(True, "p"))
    with p.section("Notifications"):
        p.switch("Shift reminders", True)
        p.switch("New shifts near me", True)
        p.switch("Payment receipts", False)
    with p.section("Your account"):
        p.button("Download my timesheets")
        p.button("Close my Shiftly account", danger=True)
    return p


def hirewise():
    p = Page("en", "hirewise-candidate-data", "https://candidates.hirewise.test/settings/data-and-privacy",
             "Data and privacy", "HireWise", {**CHROME, "search_placeholder": "Search open roles"},
             ["My applications", "Interviews", "Documents", "Data and privacy", "Accessibility"],
             kind="applicant-tracking system, candidate portal", nav_current=3, user="Tomás Reyes",
             notes="Candidate portal of an ATS. Inverted select 'Interview recordings: exclude from AI training' "
                   "set to No (sharing), vague checkbox 'Help make hiring fairer' explained by its help, plain "
                   "switch about employers' AI vendors (off). Decoys: interview summaries whose help says not "
                   "used for training, talent-pool retention, reminders. Hidden: aria-hidden legacy block.")
    with p.section("Your applications"):
        p.select("Keep my profile in talent pools for", ["6 months", "12 months", "24 months"], "12 months",
                 help="After this, your CV and answers are deleted unless you apply again.")
        p.checkbox("Let recruiters contact me about similar roles", True)
        p.checkbox("Send interview reminders by text message", False)
        p.button("Withdraw my application to Lumen Foods")
    with p.section("Interviews"):
        p.switch("Interview summaries for the hiring team", True,
                 help="Summaries are generated for this application only and are never used to train models.")
        p.select("Interview recordings: exclude from AI training", ["Yes, exclude them", "No"], "No",
                 help="Recordings are kept for the hiring team either way.", ai=(True, "i"))
        p.select("Preferred interview format", ["Video call", "Phone", "In person"], "Video call")
    with p.section("Research and development"):
        p.checkbox("Help make hiring fairer", False,
                   help="Lets HireWise use your application, assessment answers and interview transcripts as "
                        "training data for the screening models it builds for employers.", ai=(False, "v"))
        p.switch("Let employers' AI vendors train on my assessment answers", False, mode="labelledby",
                 ai=(False, "p"))
        with p.hidden("aria-hidden"):
            p.checkbox("Allow screening models to learn from my CV", True, ai=(True, "p"))
    with p.section("Notifications"):
        p.table(None, "Update", ["Email", "SMS"],
                [("Application status changes", [(True, None), (False, None)]),
                 ("Interview invitations", [(True, None), (True, None)]),
                 ("New roles that match my profile", [(False, None), (False, None)])])
    with p.section("Accessibility"):
        p.textarea("Adjustments you need during interviews")
        p.select("Language for assessments", ["English", "Spanish", "French"], "English")
    with p.section("Your data"):
        p.button("Download my candidate data")
        p.button("Delete my candidate profile", danger=True)
    return p


def glassdoor():
    p = Page("en", "glassdoor-privacy", "https://www.glassdoor.com/member/account/privacy.htm",
             "Privacy settings", "Glassdoor", {**CHROME, "lang_current": "English (US)",
                                               "search_placeholder": "Job title, keywords or company"},
             ["Profile", "Job preferences", "Email & alerts", "Privacy settings", "Account"],
             kind="employer reviews and salaries", known=True, nav_current=3, user="My account",
             notes="Employer-review site. Segmented Include/Exclude group named 'Your reviews and salary "
                   "reports', meaningful only under the 'AI training' heading (Include → sharing); inverted "
                   "wrapping-label checkbox 'Don't use my Community posts to train AI' (ticked → not "
                   "sharing). Decoys: recommendations kept in the account, Bowls visibility. Hidden: "
                   "visibility:hidden placeholder.")
    with p.section("Profile"):
        p.text_input("Display name in Community", "Senior Analyst at a bank")
        p.select("Résumé visibility", ["Visible to employers", "Hidden from employers"], "Hidden from employers")
        p.switch("Show my employer and job title in bowls", True)
    with p.section("Jobs"):
        p.select("Job alert emails", ["Daily", "Weekly", "Never"], "Weekly")
        p.switch("Personalized job recommendations", True,
                 help="Based on your saved searches and applications, and kept in your account.")
        p.checkbox("Email me when companies I follow reply to reviews", True)
    with p.section("AI training",
                   intro="Anonymous reviews and salary reports you submit can be used to train the models behind "
                         "our salary estimates and company insights. They're never linked to your name."):
        p.segmented("Your reviews and salary reports", ["Include", "Exclude"], "Include", ai=(True, "h"))
        p.checkbox("Don't use my Community posts to train AI", True, wrap=True, ai=(False, "i"))
        with p.hidden("visibility"):
            p.switch("Let research partners train models on my reviews", False, ai=(True, "p"))
    with p.section("Email and app notifications"):
        p.table(None, "Topic", ["Email", "App"],
                [("Job alerts", [(True, None), (True, None)]),
                 ("Replies to my Community posts", [(False, None), (True, None)]),
                 ("Product news and surveys", [(False, None), (False, None)])])
    with p.section("Your data"):
        p.button("Download your data")
        p.button("Delete account", danger=True)
    return p


def build():
    return [linkedin(), upwork(), shiftly(), hirewise(), glassdoor()]

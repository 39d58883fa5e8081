from lib import Page, LANG_OPTS


def mk(slug, url, brand, title, **kw):
    kw.setdefault("lang_opts", LANG_OPTS)
    kw.setdefault("lang_label", "Language")
    kw.setdefault("account", "Account")
    return Page("en", slug, url, brand, title, **kw)


def wordpress():
    p = mk("wordpresscom-general", "https://wordpress.com/settings/general/harborlightnotes.wordpress.com",
           "WordPress.com", "General settings", known=True,
           notes="Known service (reconstruction). Plain checkbox, inverted state row (status On, action Turn off), heading-only table (caption says training, column 'Allowed'); decoys: Jetpack AI assistant that does not train, AI tips email; hidden attribute.",
           search="Search", search_ph="Search sites and settings", account="Your profile",
           menu=["My Profile", "Account Settings", "Purchases", "Security", "Log out"],
           nav_label="Site menu", nav=["My Home", "Posts", "Media", "Pages", "Comments", "Jetpack", "Appearance", "Plugins", "Users", "Tools", "Settings", "Hosting"],
           nav_current="Settings", footer=["Support", "Privacy", "Terms", "An Automattic creation"],
           lead="Settings for <strong>Harborlight Notes</strong> (harborlightnotes.wordpress.com)")
    p.sec("Site profile")
    p.txt("Site title", "Harborlight Notes")
    p.txt("Site tagline", "Tide tables, small boats and the odd recipe", help="In a few words, explain what this site is about.")
    p.sel("Language", ["English", "English (UK)", "Deutsch", "Español", "Français"], "English (UK)")
    p.sel("Timezone", ["UTC", "London", "Dublin", "Lisbon"], "London")
    p.sel("Date format", ["May 3, 2025", "2025-05-03", "03/05/2025"], "03/05/2025")
    p.sec("Privacy")
    p.rad("Site visibility", ["Coming soon", "Public", "Private"], "Public",
          help="Private sites are only visible to you and the users you approve.")
    p.sw("Discourage search engines from indexing this site", False)
    p.cb("Share my public posts with AI partners for model training", True,
         help="Partners sign an agreement covering attribution and deletion requests. Changing this applies to future data deliveries.", ai="p")
    p.st("Keep this site out of Jetpack AI training", "On", True, "Turn off", mode="lb", ai="i",
         help="When on, nothing published here is added to the data Jetpack AI learns from.")
    p.hide_begin("hidden")
    p.cb("Allow third parties to train AI on my media library", False, ai="p")
    p.hide_end()
    p.sec("Content licensing")
    p.tbl("What AI partners may use to train their models", ["Allowed"],
          [("Post text", {"on": True, "ai": "h"}), ("Images and captions", {"on": False, "ai": "h"})], corner="Content")
    p.sec("Jetpack AI")
    p.bsw("Jetpack AI Assistant in the editor", True,
          help="What you send to the assistant is processed to answer you. It isn't stored or used to train models.")
    p.sw("Email me tips about new AI features", False)
    p.sec("Related posts and sharing")
    p.cb("Show related posts below each post", True, wrap=True)
    p.cb("Show like buttons", True, wrap=True)
    p.sec("Export and deletion")
    p.btn("Export content", help="Download an XML file of your posts, pages and comments.")
    p.btn("Delete site")
    return p


def cloudflare():
    p = mk("cloudflare-bots", "https://dash.cloudflare.com/8c1f0e3a5b7d4e2f9a6c0b1d2e3f4a5b/harborlight.org/security/bots",
           "Cloudflare", "Bots", known=True,
           notes="Known service (reconstruction). Vague switch ('Managed robots.txt', help says training, on = not used), inverted radio fieldset (block … / do not block), plain select; decoys: Bot Fight Mode, Super Bot Fight Mode selects, AI crawler report email; inline display:none.",
           search="Search", search_ph="Go to…", account="Account menu",
           menu=["My Profile", "Billing", "Members", "Audit log", "Log out"],
           nav_label="Zone navigation", nav=["Overview", "Analytics & Logs", "DNS", "Email", "SSL/TLS", "Security", "WAF", "Bots", "DDoS", "Speed", "Caching", "Rules", "Scrape Shield"],
           nav_current="Bots", footer=["Support", "System status", "Careers", "Terms of Use", "© 2025 Cloudflare, Inc."],
           lead="harborlight.org · Pro plan")
    p.sec("Bot Fight Mode")
    p.sw("Bot Fight Mode", True, help="Challenges requests that match patterns of known bots before they reach your origin.")
    p.cb("JavaScript detections", True, help="Uses lightweight invisible code injection to spot headless browsers.")
    p.sec("AI Crawl Control", intro="Control how AI companies reach the content on harborlight.org.")
    p.rad("Block AI bots that scrape content for model training",
          ["Block on all pages", "Block only on hostnames with ads", "Do not block (off)"], "Do not block (off)", ai="i",
          yes=["Do not block (off)"])
    p.sw("Managed robots.txt", True, ai="v", inv=True,
         help="Prepends directives to your robots.txt that tell AI companies not to use your pages to train their models.")
    p.sel("AI training use of cached content", ["Not permitted", "Permitted for verified partners", "Permitted for everyone"],
          "Permitted for verified partners", ai="p", yes=["Permitted for verified partners", "Permitted for everyone"])
    p.hide_begin("inline-none")
    p.bsw("Let AI crawlers train on this zone", False, mode="label", ai="p")
    p.hide_end()
    p.sec("Verified bots")
    p.cb("Allow verified search engine bots", True, wrap=True)
    p.cb("Crawler Hints", True, help="Tells supporting search engines when content has changed, so they crawl less.")
    p.sec("Super Bot Fight Mode")
    p.sel("Definitely automated", ["Allow", "Block", "Managed Challenge"], "Block")
    p.sel("Likely automated", ["Allow", "Block", "Managed Challenge"], "Managed Challenge")
    p.sel("Verified bots", ["Allow", "Block"], "Allow")
    p.cb("Static resource protection", False)
    p.cb("Optimize for WordPress", False)
    p.sec("AI crawler analytics")
    p.sw("Weekly AI crawler activity report by email", True)
    p.btn("View crawler analytics")
    p.cb("Email me when a new AI crawler is detected", True, wrap=True)
    p.btn("Save")
    return p


def inkwell():
    p = mk("inkwell-content-use", "https://inkwell.test/dashboard/settings/content-use", "Inkwell", "Content use",
           notes="Invented blog/newsletter platform. Heading-only radiogroup (section title and intro say training, name 'Published essays'), plain button switch named by its text, inverted segmented Yes/No; decoys: headline AI that does not train, notification table; CSS class display:none.",
           search="Search", search_ph="Search your posts", account="Your account",
           menu=["Profile", "Billing", "Help centre", "Sign out"], nav_label="Dashboard",
           nav=["Posts", "Drafts", "Subscribers", "Stats", "Monetisation", "Settings", "Content use", "Team"],
           nav_current="Content use", footer=["Help", "Privacy policy", "Terms", "Inkwell Publishing Ltd."],
           hide_class="is-collapsed")
    p.sec("Publication")
    p.txt("Publication name", "Field Notes from the Fens")
    p.sel("Default post visibility", ["Everyone", "Subscribers only", "Paid subscribers"], "Everyone")
    p.cb("Let readers comment", True)
    p.sel("Comment moderation", ["Hold every comment", "Hold links only", "Publish straight away"], "Hold links only")
    p.sec("Your writing as AI training data",
          intro="Inkwell builds language models and licenses them to other companies. Decide which of your writing may become training material for them.")
    p.rg("Published essays", ["Include", "Leave out"], "Leave out", ai="h", yes=["Include"])
    p.bsw("Use my posts to train Inkwell's writing models", True, mode="text", ai="p")
    p.seg("Opt my archive out of model training", ["Yes", "No"], "Yes", ai="i", yes=["No"],
          help="Your archive is everything published more than twelve months ago.")
    p.w('<div class="is-collapsed">')
    p.hide_stack.append("class-none")
    p.sw("Include reader comments in training data", False, ai="p")
    p.hide_stack.pop()
    p.w("</div>")
    p.sec("AI tools")
    p.bsw("Headline suggestions", True,
          help="Suggestions are generated on the fly. Your draft isn't kept afterwards and isn't used for training.")
    p.sw("Notify me when new AI tools launch", False)
    p.sec("Notifications")
    p.tbl("Where we tell you", ["Email", "Push"],
          [("New subscriber", [True, False]), ("New comment", [True, True]), ("Payout sent", [True, False])], corner="Event")
    p.sec("Monetisation")
    p.cb("Enable paid subscriptions", True)
    p.btn("Connect Stripe")
    p.sec("Export")
    p.btn("Export posts (ZIP)")
    p.btn("Export subscriber list (CSV)")
    return p


def tallgrass():
    p = mk("tallgrass-privacy", "https://my.tallgrass.test/sites/riverside-bakery/privacy-and-data", "Tallgrass Hosting",
           "Privacy and data",
           notes="Invented web host. Vague state row ('Partner data programme', status Enrolled, action Leave + visually hidden suffix; help says training data), heading-only checkbox (heading and intro say training), inverted table cell (row AI training crawlers, column Block); decoys: AI support assistant that does not train, analytics, billing; aria-hidden.",
           search="Search", search_ph="Search domains, sites, help", account="Mira Okafor",
           menu=["Profile", "Team members", "Billing", "Sign out"], nav_label="Site tools",
           nav=["Overview", "Files", "Databases", "Domains", "Email", "Backups", "Security", "Privacy and data", "Billing"],
           nav_current="Privacy and data", footer=["Status", "Knowledge base", "Acceptable use", "Tallgrass Hosting Co."],
           lead="riversidebakery.co.uk")
    p.sec("Site")
    p.txt("Primary domain", "riversidebakery.co.uk")
    p.sel("PHP version", ["8.1", "8.2", "8.3"], "8.2")
    p.cb("Force HTTPS", True)
    p.cb("Automatic WordPress updates", True, wrap=True)
    p.sec("Data programmes")
    p.st("Partner data programme", "Enrolled", True, "Leave", mode="sr", ai="v",
         help="While you're enrolled, anonymised copies of your pages and visitor logs are licensed to AI developers as training data. In return you get 10% off renewals.")
    p.sec("Training our own AI",
          intro="Tallgrass trains its own support and site-builder models. Choose what from your account may go into them.")
    p.cb("Support tickets and chat transcripts", True, ai="h")
    p.sec("Bots and crawlers")
    p.tbl("Crawler rules", ["Block"],
          [("Search engines (Googlebot, Bingbot)", False), ("SEO tools (Ahrefs, Semrush)", True),
           ("AI training crawlers (GPTBot, CCBot, ClaudeBot)", {"on": True, "ai": "i"})], corner="Crawler group")
    p.sec("Analytics")
    p.sw("Visitor statistics", True)
    p.cb("Anonymise visitor IP addresses", True)
    p.sel("Keep raw access logs for", ["7 days", "30 days", "90 days"], "30 days")
    p.sec("AI support assistant")
    p.bsw("AI support assistant", True, mode="label",
          help="Answers come from our documentation. Your site files are never used to train it.")
    p.hide_begin("aria-hidden")
    p.cb("Let AI partners train on my access logs", False, ai="p")
    p.hide_end()
    p.sec("Billing")
    p.sel("Billing cycle", ["Monthly", "Yearly"], "Yearly")
    p.cb("Auto-renew domains", True)
    p.btn("Download invoices")
    p.btn("Download a backup")
    return p


def brickyard():
    p = mk("brickyard-ai-and-data", "https://app.brickyard.test/sites/8812/settings/ai-and-data", "Brickyard", "AI and data",
           notes="Invented website builder. Vague select ('Store data sharing', help says training), plain radiogroup, heading-only button switch named by text (section title says training); a checkbox in a closed <details>; decoys: Assist that does not train, tone of generated copy, AI notifications; visibility:hidden.",
           search="Search", search_ph="Search help and settings", account="Account",
           menu=["Your profile", "Plans", "Invoices", "Log out"], nav_label="Site settings",
           nav=["General", "Domains", "Pages", "Store", "Visitors and cookies", "AI and data", "Marketing", "Notifications"],
           nav_current="AI and data", footer=["Help Center", "Privacy", "Terms of service", "© Brickyard Inc."],
           lead="Site: <strong>Lotus Yoga Studio</strong>")
    p.sec("Brickyard Assist")
    p.txt("Site name", "Lotus Yoga Studio")
    p.bsw("Brickyard Assist", True,
          help="Writes first drafts of pages from a short prompt. Prompts are deleted after 30 days and never used for training.")
    p.seg("Tone of generated copy", ["Friendly", "Neutral", "Formal"], "Friendly")
    p.sec("Brickyard AI and your content")
    p.rg("Train Brickyard AI on my site content", ["Allow", "Don't allow"], "Allow", ai="p", yes=["Allow"])
    p.sel("Store data sharing", ["Off", "Aggregated only", "Full catalogue"], "Off", ai="v",
          yes=["Aggregated only", "Full catalogue"],
          help="Shares your product catalogue and order history with retail AI partners, who use it to train their shopping models.")
    p.sec("Training data from your visitors",
          intro="Messages from people who visit your site can help train Brickyard's AI. Nothing is used unless you switch it on.")
    p.bsw("Contact-form submissions", True, mode="text", ai="h")
    p.hide_begin("visibility")
    p.sw("Use product photos to train image models", False, ai="p")
    p.hide_end()
    p.sec("Visitors and cookies")
    p.sw("Cookie banner", True)
    p.sel("Banner position", ["Bottom", "Top", "Bottom left"], "Bottom")
    p.cb("Record session replays", False)
    p.details_begin("Advanced")
    p.cb("Strip location data from uploaded photos", True)
    p.details_end()
    p.sec("Marketing")
    p.cb("Show the Brickyard badge in the footer", True, wrap=True)
    p.sw("Personalised template recommendations", True, help="Based on the templates you have browsed.")
    p.sec("Notifications")
    p.cb("Email me a monthly AI usage summary", True)
    p.cb("Tell me when Assist gets new skills", False)
    p.sec("Your data")
    p.btn("Export site data")
    p.btn("Delete all AI drafts")
    return p


def pages():
    return [wordpress(), cloudflare(), inkwell(), tallgrass(), brickyard()]

from lib import *

GH_SRC = (QUOTED, "https://github.com/orgs/community/discussions/175622")
EN_ED = ["Enabled", "Disabled"]


def pages():
    P = []
    # ------------------------------------------------------------ GitHub Copilot
    P.append(Page(
        "en", "github-copilot-features", "GitHub Copilot",
        "https://github.com/settings/copilot/features",
        "Copilot features · GitHub", "GitHub",
        ["Public profile", "Account", "Appearance", "Accessibility", "Notifications", "Billing and licensing", "Copilot", "Emails", "Password and authentication", "Code security", "Applications"],
        "Copilot",
        [
            ("Features", [
                sel("Copilot Chat in GitHub.com", EN_ED, 0, desc="You can use Copilot Chat in GitHub.com."),
                sel("Copilot CLI", EN_ED, 0, desc="You can use GitHub Copilot for assistance in terminal."),
                sel("Copilot in GitHub Desktop", EN_ED, 1),
                sel("Copilot can search the web", EN_ED, 0, desc="Copilot Chat may use Bing to search the internet for information related to your question."),
                sel("Copilot code review", EN_ED, 0),
                sel("Anthropic Claude models in Copilot", EN_ED, 0),
                sel("Google Gemini models in Copilot", EN_ED, 1),
            ]),
            ("Privacy", [
                sel("Suggestions matching public code (duplication detection filter)", ["Allowed", "Blocked"], 1,
                    desc="Copilot can allow or block suggestions matching public code."),
                sel("Allow GitHub to use my data for AI model training", EN_ED, 1,
                    ai_map=[True, False],
                    desc="GitHub, its affiliates and third parties will use my data, including prompts, suggestions, and code snippets, for AI model training.",
                    src=GH_SRC),
            ]),
            ("Plan", [
                lnk("Manage Copilot plan", "/settings/billing/licensing"),
                lnk("View Copilot usage", "/settings/billing/usage"),
                lnk("Learn about Copilot data handling", "https://docs.github.com/copilot"),
            ]),
        ],
        "Allow GitHub to use my data for AI model training",
        "GitHub Copilot (en): personal Copilot settings; the AI-model-training select is 'Disabled'. Decoys: feature policies (Chat, CLI, web search, alternative models), the public-code suggestion filter.",
        state="disabled"))

    # ------------------------------------------------------------ DeepSeek
    P.append(Page(
        "en", "deepseek-settings", "DeepSeek",
        "https://chat.deepseek.com/",
        "DeepSeek - Into the Unknown", "DeepSeek",
        ["New chat", "Today", "Yesterday", "Previous 7 days", "Get App", "My Profile"],
        "Settings",
        [
            ("General", [
                sel("Language", ["System", "English", "中文"], 1),
                sel("Theme", ["System", "Light", "Dark"], 0),
            ]),
            ("Data", [
                sw("Improve the model for everyone", True,
                   "Allow us to use your content to train our models and make DeepSeek better for everyone. We take steps to protect your privacy.",
                   ai="pos"),
                btn("Manage", heading="Shared links", aria_label="Manage shared links"),
                btn("Export", heading="Export data", aria_label="Export data"),
                btn("Delete all", heading="Delete all chats", aria_label="Delete all chats"),
            ]),
            ("Account", [
                btn("Change", heading="Password", aria_label="Change password"),
                btn("Bind", heading="Email", aria_label="Bind email"),
                btn("Log out", heading="Log out of all devices", aria_label="Log out of all devices"),
                btn("Delete", heading="Delete account", aria_label="Delete account"),
                lnk("Terms of Use", "https://cdn.deepseek.com/policies/en-US/deepseek-terms-of-use.html"),
                lnk("Privacy Policy", "https://cdn.deepseek.com/policies/en-US/deepseek-privacy-policy.html"),
            ]),
        ],
        "Improve the model for everyone",
        "DeepSeek (en): the web chat's settings dialog (no route of its own: the URL is the chat's), data section with the model-improvement switch on (default). Decoys: language, theme, shared links, export, delete, account.",
        state="on (default)"))

    # ------------------------------------------------------------ Grammarly
    P.append(Page(
        "en", "grammarly-privacy", "Grammarly",
        "https://account.grammarly.com/privacy",
        "Privacy | Grammarly", "grammarly",
        ["Account", "Subscription", "Customize", "Apps", "Privacy", "Notifications", "Support"],
        "Privacy",
        [
            ("Product improvement and training", [
                sw("Product Improvement and Training", False,
                   "Allow Grammarly to use your content and feedback to improve our products and train our AI models, including our generative AI features. We never sell your content.",
                   ai="pos", state_text=("On", "Off")),
                sw("Allow your organization's text to train Grammarly models", False,
                   "Managed by your Grammarly Business administrator.", ai="pos", hide="display"),
                lnk("Learn how Grammarly uses your data", "https://support.grammarly.com/"),
            ]),
            ("Customize suggestions", [
                sel("Language preference", ["American English", "British English", "Canadian English", "Australian English", "Indian English"], 1),
                sw("Personal dictionary suggestions", True),
                sw("Oxford comma", True),
                sw("Passive voice", False),
                sw("Generative AI features", True, "Show generative AI prompts and rewrites in the Grammarly editor."),
            ]),
            ("Account", [
                btn("Change", heading="Password", aria_label="Change password"),
                btn("Set up", heading="Two-step verification", aria_label="Set up two-step verification"),
                btn("Sign out of all devices"),
                btn("Download", heading="Download your data", aria_label="Download your data"),
                btn("Delete account"),
            ]),
        ],
        "Product Improvement and Training",
        "Grammarly (en): account privacy page with the 'Product Improvement and Training' switch turned off by the person; a Business-admin training switch is hidden with inline display:none (not labelled). Decoys: suggestion customisation, the generative-AI feature switch, account security.",
        state="off"))

    # ------------------------------------------------------------ Substack
    P.append(Page(
        "en", "substack-publication-settings", "Substack",
        "https://northlightnotes.substack.com/publish/settings",
        "Settings - Northlight Notes", "Substack",
        ["Home", "Posts", "Podcast", "Subscribers", "Stats", "Settings", "Recommendations"],
        "Settings",
        [
            ("Basics", [
                inp("Publication name", "Northlight Notes"),
                inp("Short description", "Essays about winter light, small towns and the craft of noticing."),
                sel("Language", ["English", "Español", "Français", "Deutsch"], 0),
            ]),
            ("Discovery", [
                sw("Allow your publication to be featured on Substack", True),
                sw("Enable search engine indexing", True, "Let search engines like Google show your public posts in results."),
                sw("Block AI training", False,
                   "Indicate to AI tools like ChatGPT and Google Gemini that their models should not be trained on your published content. This only applies to AI tools which respect this setting.",
                   ai="neg"),
            ]),
            ("Community", [
                sel("Who can comment on posts", ["Everyone", "Subscribers", "Paid subscribers", "No one"], 1),
                sw("Enable Chat", True),
                sw("Show subscriber count", False),
                sw("Email new posts to subscribers", True),
            ]),
            ("Payments", [
                lnk("Set up paid subscriptions", "/publish/settings/payments"),
                btn("Export", heading="Export your data", aria_label="Export publication data"),
            ]),
        ],
        "Block AI training",
        "Substack (en): publication settings with 'Block AI training' off (Substack's default), so AI crawlers are not told to skip the content: sharing true. Decoys: search-engine indexing, featuring, comments, chat.",
        state="off (default)"))

    # ------------------------------------------------------------ Cursor
    P.append(Page(
        "en", "cursor-dashboard-settings", "Cursor",
        "https://cursor.com/dashboard?tab=settings",
        "Dashboard | Cursor", "Cursor",
        ["Overview", "Settings", "Integrations", "Background Agents", "Bugbot", "Usage", "Billing & Invoices"],
        "Settings",
        [
            ("Privacy", [
                sel("Privacy Mode", ["Privacy Mode", "Privacy Mode (Legacy)", "Share Data"], 2,
                    ai_map=[False, False, True],
                    desc="With Privacy Mode on, none of your code will ever be stored or trained on by us or any third party. Share Data lets Cursor use your prompts and codebase data to improve our models."),
                raw('<p class="note">Team settings are managed on the Team tab.</p>'),
            ]),
            ("Team", [
                sw("Enforce Privacy Mode for all members", False, ai="neg",
                   hide=("tab", ("Personal", "Team"))),
            ]),
            ("Usage-based pricing", [
                sw("Enable usage-based pricing", True),
                inp("Monthly spending limit (USD)", "40", "number"),
                sw("Email me when I reach 80% of my limit", True),
            ]),
            ("Account", [
                inp("Display name", "Priya Raman"),
                btn("Manage subscription"),
                lnk("Invoices", "#invoices"),
                sw("Product update emails", False),
                btn("Log out"),
                btn("Delete account"),
            ]),
            ("Integrations", [
                btn("Connect", heading="GitHub", aria_label="Connect GitHub"),
                btn("Connect", heading="Slack", aria_label="Connect Slack"),
            ]),
        ],
        "Privacy Mode",
        "Cursor (en): dashboard settings with the Privacy Mode select on 'Share Data' (sharing true); the team-wide 'Enforce Privacy Mode' switch sits in the inactive Team tab panel (hidden, not labelled). Decoys: usage pricing, account, integrations.",
        state="Share Data"))
    return P

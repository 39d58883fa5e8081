from lib import Page

CH = dict(skip="Skip to main content", search_label="Search", search_ph="Search or jump to…",
          lang_label="Language", account="Open user navigation menu", signout="Sign out",
          menu=[("Your profile", "/profile"), ("Your repositories", "/repos"), ("Settings", "/settings")],
          nav_label="Settings")


def ch(**kw):
    d = dict(CH)
    d.update(kw)
    return d


# ---------------------------------------------------------------- GitHub
def github():
    p = Page("en", "github-copilot-features", "GitHub", "https://github.com/settings/copilot/features",
             "Copilot features · Settings", known=True, hide_class="d-none",
             notes="Known service, reconstructed. Vague checkbox whose help (aria-describedby) says training; "
                   "plain unchecked chat-training checkbox. Decoys: Copilot features, public-code filter, "
                   "telemetry not used for training, billing, notification table. Hidden: org policy in an "
                   "inactive tab panel.")
    feat = p.section("Features",
                     p.switch("Copilot Chat in the IDE", True, desc_line="Ask questions about your code in supported editors.")
                     + p.switch("Copilot code review", True, desc_line="Request a review from Copilot on pull requests.")
                     + p.select("Suggestions matching public code", [("Allowed", None), ("Blocked", None)], 1,
                                help="Copilot can check suggestions of about 150 characters against public code on GitHub.")
                     + p.checkbox("Show code references for matching suggestions", True),
                     intro="Choose which Copilot features are available to you.")
    priv = p.section("Privacy",
                     p.checkbox("Allow GitHub to use my code snippets from the code editor for product improvements", True, ai="v",
                                help="Prompts, suggestions and the surrounding code from your editor sessions are kept for up to "
                                     "28 days and may be used to train and fine-tune the models that power Copilot.")
                     + p.checkbox("Allow GitHub to use my Copilot Chat conversations to train AI models", False, ai="p")
                     + p.checkbox("Send usage telemetry", True,
                                  help="Counts of accepted and dismissed suggestions, latency and error codes. We use "
                                       "telemetry for service health and billing, not for training models."),
                     intro="Your choices here apply to Copilot in the IDE, on GitHub.com and in GitHub Mobile.")
    scope = p.section("Policies",
                      p.tabs("Policy scope", [
                          ("Personal", lambda: p.select("Default model for Copilot Chat",
                                                        [("GPT-4.1", None), ("Claude Sonnet 4", None), ("Gemini 2.5 Pro", None)], 0)),
                          ("Organizations (2)", lambda: "<p>Policies set by <strong>harbor-labs</strong> override your personal settings.</p>"
                           + p.checkbox("Allow members' code snippets to be used for model training", False, ai="p")),
                      ]),
                      intro="Some settings may be managed by an organization you belong to.")
    bill = p.section("Usage and billing",
                     "<p>You are on <strong>Copilot Pro</strong>. 212 of 300 premium requests used this month.</p>"
                     + p.button("Export usage report", kind="button") + " "
                     + p.button("Manage payment method", kind="button") + " "
                     + p.button("Cancel Copilot Pro", cls="btn btn-danger", kind="button"))
    notif = p.section("Notifications",
                      p.table("Copilot notifications", "Event", ["Email", "Web"], [
                          ("Premium request limit reached", [(True,), (True,)]),
                          ("New models available", [(False,), (True,)]),
                      ]))
    html = p.render(ch(account="Open user navigation menu (mirela-codes)"),
                    [("Public profile", "/settings/profile", False), ("Account", "/settings/admin", False),
                     ("Appearance", "/settings/appearance", False), ("Notifications", "/settings/notifications", False),
                     ("Billing and plans", "/settings/billing", False), ("Copilot", "/settings/copilot/features", True),
                     ("Code security", "/settings/security_analysis", False), ("Developer settings", "/settings/apps", False)],
                    feat + priv + scope + bill + notif,
                    ([("Terms", "https://docs.github.com/site-policy"), ("Privacy", "https://docs.github.com/privacy"),
                      ("Security", "https://github.com/security"), ("Status", "https://www.githubstatus.com/"),
                      ("Docs", "https://docs.github.com")], "© 2025 GitHub, Inc."),
                    h1="Copilot", brand="GitHub")
    return p, html


# ---------------------------------------------------------------- npm
def npm():
    p = Page("en", "npm-profile-ai", "npm", "https://www.npmjs.com/settings/kestrel-dev/profile",
             "kestrel-dev · Profile settings | npm", known=True, hide_class="hidden-block",
             notes="Known service, reconstructed. Table (caption + column header give the meaning) with two row "
                   "checkboxes, one checked one not; inverted 'Block AI crawlers' checkbox, checked. Decoys: README "
                   "summaries switch, 2FA, newsletter, tokens. Hidden: aria-hidden legacy panel.")
    prof = p.section("Profile",
                     p.input("Full name", "Kestrel Ohana") + p.input("GitHub username", "kestrel-dev")
                     + p.input("Homepage", "https://kestrel.dev", type="url")
                     + p.button("Update profile", cls="btn btn-primary"))
    sec = p.section("Two-factor authentication",
                    "<p>Two-factor authentication is <strong>enabled</strong> for authorization and writes.</p>"
                    + p.checkbox("Require two-factor authentication to publish and change settings", True)
                    + p.button("Modify 2FA", kind="button"))
    pk = p.section("Packages",
                   p.select("Default access for new scoped packages", [("Restricted", None), ("Public", None)], 0)
                   + p.table("Email me when", "Event", ["Email"], [
                       ("A package I maintain is published", [(True,)]),
                       ("A maintainer is added or removed", [(True,)]),
                   ]))
    ai = p.section("AI and your packages",
                   p.table("Training models on your published packages", "Who", ["Allowed"], [
                       ("npm package-safety models", [(True, "h")]),
                       ("Licensed AI partners", [(False, "h")]),
                   ], desc="Covers the source code, README and metadata of every version you publish.")
                   + p.checkbox("Block AI crawlers from my package pages", True, ai="i", wrap=True,
                                help="Adds a noai directive to your package pages on npmjs.com. The registry API is not affected.")
                   + p.switch("README summaries", True,
                              desc_line="Show a short AI-generated summary above your README. Summaries are written by an existing "
                                        "model and your README is not added to its training data.")
                   + p.hidden("aria", lambda: "<h3>Research datasets (retired)</h3>"
                              + p.checkbox("Allow research datasets to include my package metadata for model training", True, ai="p")),
                   intro="Your packages are public. Here you decide whether they may also be used to train AI models.")
    danger = p.section("Danger zone",
                       p.button("Generate new access token", kind="button") + " "
                       + p.button("Delete account", cls="btn btn-danger", kind="button"))
    html = p.render(ch(search_ph="Search packages", account="kestrel-dev", menu=[("Profile", "/~kestrel-dev"),
                    ("Packages", "/settings/kestrel-dev/packages"), ("Account", "/settings/kestrel-dev/profile")],
                       signout="Sign Out"),
                    [("Profile", "/settings/kestrel-dev/profile", True), ("Packages", "/settings/kestrel-dev/packages", False),
                     ("Organizations", "/settings/kestrel-dev/orgs", False), ("Access Tokens", "/settings/kestrel-dev/tokens", False),
                     ("Billing Info", "/settings/kestrel-dev/billing", False)],
                    prof + sec + pk + ai + danger,
                    ([("Help", "https://docs.npmjs.com"), ("Policies", "https://docs.npmjs.com/policies"),
                      ("Privacy", "https://docs.github.com/privacy")], "npm is a GitHub company."),
                    h1="Edit profile", brand="npm")
    return p, html


# ---------------------------------------------------------------- Cinderbuild CI (invented)
def cinder():
    p = Page("en", "cinderbuild-org-insights", "Cinderbuild CI", "https://ci.cinderbuild.test/orgs/harbor-labs/settings/insights",
             "Insights · harbor-labs · Cinderbuild", hide_class="is-collapsed",
             notes="Invented CI service, organisation data. Radio group named only 'Build logs' under a 'Training data' "
                   "heading (redacted logs selected = sharing); inverted 'Exclude test results…' unchecked (sharing); "
                   "state row 'Leave the research programme' whose meaning comes from the description (still included). "
                   "Decoys: flaky-test detection on trained models, retention, Slack. Hidden: class display:none panel.")
    ins = p.section("Build insights",
                    p.switch("Flaky test detection", True, mode="aria", visible="Flaky test detection",
                             help="Runs on models we've already trained. Turning it on doesn't send your logs for training.")
                    + p.checkbox("Comment flaky-test findings on pull requests", True)
                    + p.input("Send the weekly insights digest to", "platform@harbor-labs.test", type="email"),
                    intro="Insights flags flaky tests and slow steps across your pipelines.")
    tr = p.section("Training data for Cinder AI",
                   p.radios("Build logs", [("Full logs", True), ("Logs with secrets, paths and hostnames redacted", True),
                                           ("None", False)], 1, ai="h")
                   + p.checkbox("Exclude test results from model training", False, ai="i",
                                help="Test names, durations and pass/fail outcomes.")
                   + p.staterow("Research programme", "Included", "Leave", ai="v", sharing=True,
                                suffix="the research programme",
                                desc="Anonymised pipeline definitions go to our university partners, who use them to train "
                                     "scheduling and caching models.")
                   + p.hidden("class", lambda: "<h3>Self-hosted runners</h3>"
                              + p.checkbox("Include logs from self-hosted runners in model training", False, ai="p")),
                   intro="With the organization's permission, we use build data to train the models behind Insights for all "
                         "customers. Changes apply to builds that start after you save.")
    ret = p.section("Retention and audit",
                    p.select("Keep build logs for", [("30 days", None), ("90 days", None), ("400 days", None)], 1)
                    + p.checkbox("Auto-cancel redundant pipelines on the same branch", True)
                    + p.button("Download audit log", kind="button"))
    no = p.section("Alerts",
                   p.table("Alert routing", "Event", ["Email", "Slack"], [
                       ("Build failed on default branch", [(True,), (True,)]),
                       ("Flaky test detected", [(False,), (True,)]),
                   ])
                   + p.button("Connect Slack workspace", kind="button") + " "
                   + p.button("Save changes", cls="btn btn-primary"))
    html = p.render(ch(search_ph="Search pipelines", account="Account menu for Dana Whitfield",
                       menu=[("Personal settings", "/account"), ("Switch organization", "/orgs")], signout="Log out"),
                    [("General", "/orgs/harbor-labs/settings", False), ("Members", "/orgs/harbor-labs/settings/members", False),
                     ("Runners", "/orgs/harbor-labs/settings/runners", False), ("Secrets", "/orgs/harbor-labs/settings/secrets", False),
                     ("Insights", "/orgs/harbor-labs/settings/insights", True), ("Plan and usage", "/orgs/harbor-labs/settings/plan", False)],
                    ins + tr + ret + no,
                    ([("Docs", "https://docs.cinderbuild.test"), ("Status", "https://status.cinderbuild.test"),
                      ("Privacy", "https://cinderbuild.test/privacy")], "© 2025 Cinderbuild Ltd."),
                    h1="Insights", brand="Cinderbuild")
    return p, html


# ---------------------------------------------------------------- Tallyboard (invented issue tracker)
def tally():
    p = Page("en", "tallyboard-workspace-ai", "Tallyboard", "https://app.tallyboard.test/settings/workspace/ai",
             "AI settings – Acme Robotics – Tallyboard", hide_class="tb-hide",
             notes="Invented issue tracker, workspace data. Plain text-content switch (off); checkbox with nearby help only "
                   "(vague, on); two inverted 'Exclude …' checkboxes inside a closed <details> (one on, one off). "
                   "Decoys: summarise/label/draft AI features, admin training course, export. Hidden: closed dialog.")
    feat = p.section("Tally AI features",
                     p.switch("Summarise long threads", True, mode="text")
                     + p.switch("Suggest labels and assignees", True, mode="text")
                     + p.switch("Draft release notes from closed issues", False, mode="text")
                     + '<p class="hint">These features run on models we have already trained. Switching them on does not '
                       'add your issues to any training set.</p>',
                     intro="Available to everyone in Acme Robotics.")
    imp = p.section("Improving Tally AI",
                    p.switch("Train Tally AI on our workspace's issues and comments", False, mode="text", ai="p")
                    + p.checkbox("Contribute anonymised ticket metadata", True, ai="v", hm="after",
                                 help="Titles, labels and time-to-resolve, stripped of names, help us improve the triage "
                                      "models that every workspace uses.")
                    + p.details("Advanced data controls", lambda:
                                p.checkbox("Exclude attachments from model training", True, ai="i")
                                + p.checkbox("Exclude private projects from model training", False, ai="i"))
                    + p.dialog("Join the research partner programme", "Research partner programme", lambda:
                               "<p>Selected universities study how software teams plan work.</p>"
                               + p.checkbox("Share workspace data with research partners for model training", False, ai="p")),
                    intro="Only workspace owners can change these settings.")
    gen = p.section("Workspace",
                    p.input("Workspace name", "Acme Robotics")
                    + p.select("Activity digest", [("Daily", None), ("Weekly", None), ("Never", None)], 1)
                    + p.checkbox("Smart search across linked repositories", True,
                                 help="Finds issues by meaning as well as keywords.")
                    + p.button("Export workspace data", kind="button") + " "
                    + p.button("Manage connected apps", kind="button"))
    learn = p.section("Learn Tallyboard",
                      "<p>A 90-minute live session for new admins: workflows, automations and permissions.</p>"
                      + p.button("Book an admin training", kind="button"))
    foot = p.button("Discard", kind="button") + " " + p.button("Save settings", cls="btn btn-primary")
    html = p.render(ch(search_ph="Search issues, projects…", account="Priya Raman – account",
                       menu=[("My profile", "/me"), ("Preferences", "/me/preferences")], signout="Log out"),
                    [("General", "/settings/workspace", False), ("Members", "/settings/workspace/members", False),
                     ("Projects", "/settings/workspace/projects", False), ("AI", "/settings/workspace/ai", True),
                     ("Integrations", "/settings/workspace/integrations", False), ("Billing", "/settings/workspace/billing", False)],
                    feat + imp + gen + learn + foot,
                    ([("Help centre", "https://help.tallyboard.test"), ("Privacy", "https://tallyboard.test/privacy"),
                      ("Terms", "https://tallyboard.test/terms")], "Tallyboard © 2025"),
                    h1="AI", brand="Tallyboard")
    return p, html


# ---------------------------------------------------------------- Quillcode (invented editor)
def quill():
    p = Page("en", "quillcode-privacy", "Quillcode", "https://account.quillcode.test/preferences/privacy",
             "Privacy preferences — Quillcode", hide_class="qc-none",
             notes="Invented code editor. Segmented group named only 'Code context' under the heading 'What Quill may "
                   "learn from' ('Nothing' pressed); plain select with 'Ratings only' selected; inverted 'Never use my "
                   "chat prompts…' switch on. Decoys: completions, local index, crash reports and usage stats not used "
                   "for training, shortcuts course. Hidden: inline display:none enterprise block.")
    ed = p.section("Editor",
                   p.switch("Inline completions", True, mode="aria", visible="Inline completions")
                   + p.select("Completion delay", [("Instant", None), ("150 ms", None), ("300 ms", None)], 1)
                   + p.checkbox("Build a local index for smart search", True,
                                help="The index stays on this machine and is never uploaded.")
                   + p.select("Theme", [("System", None), ("Quill Light", None), ("Quill Dark", None)], 0)
                   + p.switch("Sync settings across devices", True, mode="aria"))
    learn = p.section("What Quill may learn from",
                      p.seg("Code context", [("Nothing", False), ("Open files", True), ("Whole workspace", True)], 0, ai="h")
                      + p.select("Use my completion feedback for model training",
                                 [("Off", False), ("Ratings only", True), ("Ratings and my edits", True)], 1, ai="p")
                      + p.switch("Never use my chat prompts for training", True, ai="i")
                      + p.hidden("inline", lambda: p.switch("Let Quill train on your organisation's repositories", True, ai="p")),
                      intro="Quill's models get better when developers share how they write code. Choose what, if "
                            "anything, we may use to train future models.")
    diag = p.section("Diagnostics",
                     p.checkbox("Send crash reports", True,
                                help="Stack traces and editor version only. Crash reports are never used to train models.")
                     + p.checkbox("Share usage statistics", False,
                                  help="Which commands and panels you use, counted in aggregate. Not used for model training."))
    acct = p.section("Your data",
                     p.button("Download my data", kind="button") + " "
                     + p.button("Delete account", cls="btn btn-danger", kind="button")
                     + p.checkbox("Product news and tips by email", False))
    course = p.section("Get faster with Quill",
                       "<p>Ten short lessons on multi-cursor editing, refactors and the command palette.</p>"
                       + p.button("Start the keyboard shortcuts course", kind="button"))
    course += p.button("Save preferences", cls="btn btn-primary")
    html = p.render(ch(search_ph="Search settings", account="Account: sam@northpier.test",
                       menu=[("Account", "/account"), ("Licenses", "/account/licenses")]),
                    [("Account", "/account", False), ("Licenses", "/account/licenses", False),
                     ("Privacy", "/preferences/privacy", True), ("Extensions", "/preferences/extensions", False)],
                    ed + learn + diag + acct + course,
                    ([("Docs", "https://quillcode.test/docs"), ("Privacy policy", "https://quillcode.test/privacy"),
                      ("Changelog", "https://quillcode.test/changelog")], "© 2025 Quillcode Labs"),
                    h1="Privacy", brand="Quillcode")
    return p, html


PAGES = [github, npm, cinder, tally, quill]

from lib import Page


def mailchimp():
    p = Page('en', 'mailchimp-data-ai', 'Mailchimp', 'https://us21.admin.mailchimp.com/account/data-settings/',
             'Data and AI settings',
             ['Account', 'Billing', 'Users', 'Audience defaults', 'Domains', 'Integrations', 'Data and AI', 'Security'],
             'Known service (reconstruction). Plain switch, inverted "Exclude" checkbox, vague "Include store data" inside a closed details whose help names training; decoys: subject-line suggestions, tone select, benchmarks; hidden beta checkbox (hidden attribute).',
             known=True, user='Dana Whitfield', active_nav=6)
    p.sec('Generative tools', 'Creative Assistant and the subject line helper suggest copy while you build a campaign. Suggestions are created for you and aren’t stored with your account.',
          p.sw('Subject line suggestions', True, kind='text'),
          p.cb('Show content optimizer tips in the email builder', True),
          p.sel('Default tone for generated copy', ['Friendly', 'Professional', 'Playful', 'Match my brand kit'], 3))
    p.sec('How Mailchimp improves its models',
          'We can use information from your account, like campaign content and engagement patterns, to train and refine the models behind our AI features. Contacts’ personal details are de-identified first.',
          p.sw('Use my account’s campaign content to improve Mailchimp AI', True, ai=(True, 'p')),
          p.cb('Exclude audience engagement data', True,
               help='Opens, clicks and purchase events from your contacts won’t be used as training signals.', ai=(False, 'i')),
          p.details('Advanced: e-commerce and benchmarks', lambda: [
              p.cb('Include store data', False,
                   help='Orders synced from your connected store are used to train the predictive models behind product recommendations and send-time forecasts.',
                   ai=(False, 'v')),
              p.cb('Contribute anonymised results to industry benchmarks', True,
                   help='Benchmarks are averages shown in reports to other customers in your industry. They aren’t used to train models.'),
          ]),
          p.hide('hidden attribute', lambda: [
              p.cb('Share campaign data to train beta models', True, help='Beta programme ended in March.')]))
    p.sec('Notifications', None,
          p.cb('Email me when new AI features are added to my plan', False))
    p.sec('Exports and retention', 'Download a copy of your account data or decide how long deleted contacts are kept.',
          p.btn('Export account data'),
          p.btn('Manage connected apps'),
          p.sel('Keep deleted contacts for', ['30 days', '90 days', '1 year'], 0))
    p.sec('Security', None,
          p.btn('Set up two-factor authentication'),
          p.cb('Require two-factor authentication for all users', True),
          p.btn('View login history'))
    p.actions('Save changes', 'Cancel')
    return p


def hubspot():
    p = Page('en', 'hubspot-ai-settings', 'HubSpot', 'https://app.hubspot.com/settings/20418859/account-defaults/ai',
             'AI',
             ['Account defaults', 'Users & teams', 'Integrations', 'Tracking & analytics', 'Privacy & consent', 'AI', 'Notifications', 'Security'],
             'Known service (reconstruction). Table of data types under caption "Data used for model training" with an "Included" column (heading-only names); decoys: AI access switches, CRM data read access (explicitly not training), brand voice; hidden stale opt-out switch (inline display:none).',
             known=True, user='Marcus Oyelaran', active_nav=5)
    p.sec('Access', 'Control which AI tools users in this account can open.',
          p.sw('Give users access to generative AI tools and features', True, kind='native'),
          p.sw('Show the assistant in the CRM sidebar', True, kind='native'),
          p.sel('Who can use content agents', ['Super admins only', 'All users', 'Selected teams'], 1))
    p.sec('CRM data and AI', 'Decide which CRM data AI tools may read when they answer a user’s question. Reading data to answer a question doesn’t train any model.',
          p.cb('Let AI tools read CRM records (contacts, companies, deals)', True),
          p.cb('Let AI tools read call and meeting transcripts', True))
    p.sec('Helping HubSpot build better models',
          'Separate from access above. When a data type is included, HubSpot may use de-identified data from this account to train and fine-tune its own models. Third-party model providers never train on it.',
          p.table('Data used for model training', 'Data type', ['Included'],
                  [('Marketing emails and sequences', [True], ['Last used 12 May']),
                   ('Conversations inbox', [False], ['—']),
                   ('Call transcripts', [True], ['Last used 3 June'])],
                  ai={(0, 0): (True, 'h'), (1, 0): (False, 'h'), (2, 0): (True, 'h')}, extra_cols=['Status']),
          p.hide('inline display:none', lambda: [
              p.sw('Opt out of model training', False, kind='arialabel', vis='Model training opt-out')]))
    p.sec('Content assistant', None,
          p.sel('Brand voice', ['Use brand kit', 'Neutral', 'Conversational'], 0),
          p.cb('Show AI suggestions in the email editor', True),
          p.cb('Summarise long email threads automatically', False),
          p.btn('Edit brand kit'))
    p.sec('Beta and notifications', None,
          p.btn('Join the beta programme', help='Get early access to features before they launch.'),
          p.btn('Download AI usage log'),
          p.cb('Notify super admins when AI settings change', True))
    p.actions('Save', 'Discard')
    return p


def ticketlane():
    p = Page('en', 'ticketlane-ai-assist', 'Ticketlane', 'https://admin.ticketlane.test/settings/ai-assist',
             'AI assist',
             ['General', 'Channels', 'Agents', 'AI assist', 'Knowledge base', 'Reports', 'Billing'],
             'Invented helpdesk. Vague state row ("Leave … programme", help says retrain), inverted wrapping checkbox "Don\'t learn from…", heading-only radiogroup; decoys: reply suggestions, CSAT reports (help says not training), agent training plan; hidden checkbox via CSS class.',
             user='Priya Natarajan', active_nav=3, hide_class='is-legacy')
    p.sec('Reply assistant', 'Suggestions are generated on the fly for the agent who’s typing and aren’t stored.',
          p.sw('Suggest replies to agents', True),
          p.sw('Summarise long tickets', True),
          p.sel('Suggestion language', ['Match the customer', 'Agent’s language'], 0))
    p.sec('Channels', None,
          p.cb('Email', True, wrap=True), p.cb('Live chat', True, wrap=True), p.cb('WhatsApp', False, wrap=True))
    p.sec('Learning from your helpdesk', 'Ticketlane’s answer model gets better when it sees how your team resolves tickets.',
          p.state('Resolved tickets programme', 'Joined', 'Leave', 'resolved tickets programme',
                  help='While you’re in the programme, solved tickets and the edits agents make to suggestions are used to retrain the shared answer model.',
                  ai=(True, 'v')),
          p.radios('Past tickets (before joining)', ['Include', 'Leave out'], 1, kind='role', ai=(False, 'h')),
          p.cb('Don’t learn from ticket attachments', False, wrap=True, ai=(True, 'i')),
          p.hide('CSS class display:none', lambda: [
              p.cb('Allow model training on satisfaction survey comments', True)]))
    p.sec('Knowledge base', None,
          p.btn('Re-index articles'),
          p.cb('Let the bot cite internal articles', False))
    p.sec('Customer satisfaction', None,
          p.cb('Include CSAT scores in team reports', True,
               help='Reports are visible to admins only. Scores aren’t used to train models.'))
    p.sec('Agent training', 'Courses for your team on working with AI assist.',
          p.btn('Assign the AI assist onboarding course'),
          p.sel('Training plan for new agents', ['Basics (2 hours)', 'Advanced (6 hours)'], 0),
          p.btn('View audit log'))
    p.actions('Save', 'Cancel')
    return p


def adwick():
    p = Page('en', 'adwick-privacy', 'Adwick', 'https://console.adwick.test/org/privacy',
             'Privacy & data use',
             ['Campaigns', 'Audiences', 'Brand safety', 'Privacy & data use', 'Reporting', 'Billing', 'Users'],
             'Invented ad platform. Segmented buttons named only through the "Model improvement" heading, inverted aria-label switch ("Block use of ad creatives for AI training"); decoys: lookalikes, smart bidding, brand-safety exclusions; hidden checkbox (aria-hidden).',
             user='Tom Brennan', active_nav=3)
    p.sec('Audience targeting', None,
          p.sw('Lookalike audiences', True, kind='text'),
          p.cb('Allow retargeting across partner sites', True),
          p.sel('Frequency cap', ['2 per day', '4 per day', 'No cap'], 0))
    p.sec('Smart bidding', None,
          p.cb('Use Smart Bidding for new campaigns', True,
               help='Bids are set in real time by our models from auction signals.'))
    p.sec('Model improvement', 'Adwick trains its bidding and creative models on pooled advertiser data. You choose what goes into the pool.',
          p.seg('Conversion data in the shared pool', ['Share', 'Don’t share'], 1, ai=(False, 'h')),
          p.sw('Block use of ad creatives for AI training', False, kind='arialabel', vis='Protect my creatives', ai=(True, 'i')),
          p.hide('aria-hidden="true"', lambda: [
              p.cb('Let partners train their models on my campaign reports', True)]))
    p.sec('Brand safety', None,
          p.cb('Exclude sensitive categories', True),
          p.cb('Block placements in mobile games', False),
          p.btn('Add blocked domains'))
    p.sec('Reporting', None,
          p.btn('Schedule report'),
          p.sel('Attribution window', ['7-day click', '28-day click', '1-day view'], 1))
    p.sec('Billing and connections', None,
          p.btn('Update payment method'),
          p.cb('Send invoices to the finance contact', True),
          p.btn('Connect Shopify'))
    p.actions('Save', 'Cancel')
    return p


def quillpost():
    p = Page('en', 'quillpost-publication-data', 'Quillpost', 'https://app.quillpost.test/publication/settings/data',
             'Publication data',
             ['Publication', 'Design', 'Subscribers', 'Data', 'Payments', 'Team'],
             'Invented newsletter platform. Plain fieldset (crawlers), plain state row via aria-labelledby (opted out), inverted "Exclude … from training" checkbox; decoys: grammar help, post summaries, writer recommendations (help says not training); hidden switch (visibility:hidden).',
             user='Ellie Marsh', active_nav=3)
    p.sec('Subscribers', None,
          p.cb('Require double opt-in', True),
          p.sel('Who can see your subscriber count', ['Only me', 'Everyone'], 0),
          p.cb('Show recommendations from other writers on my welcome page', True,
               help='Recommendations come from what your readers follow. Nothing here trains AI.'))
    p.sec('Writing tools', None,
          p.sw('Grammar and tone suggestions', True, kind='native'),
          p.sw('Generate post summaries for the archive', False, kind='native'))
    p.sec('AI and your posts',
          'Quillpost pages are public by default, so AI companies’ crawlers can read them. These settings tell them, and us, what’s allowed.',
          p.radios('Let AI crawlers use my posts for training', ['Allow', 'Block'], 1, ai=(False, 'p')),
          p.state('Quillpost model training on paid posts', 'Opted out', 'Opt back in', kind='labelledby', ai=(False, 'p')),
          p.cb('Exclude subscriber comments from training', False, ai=(True, 'i')),
          p.hide('visibility:hidden', lambda: [
              p.sw('Share reader data with research partners for model training', False)]))
    p.sec('Export', None, p.btn('Export subscribers (CSV)'), p.btn('Export posts'))
    p.sec('Payments', None, p.btn('Connect Stripe'), p.sel('Currency', ['USD', 'EUR', 'GBP'], 0))
    p.sec('Notifications', None,
          p.cb('Email me about new paid subscribers', True),
          p.cb('Weekly stats digest', False))
    p.actions('Save', 'Cancel')
    return p


PAGES = [mailchimp, hubspot, ticketlane, adwick, quillpost]

from lib import Page
from common import chrome

ON_OFF = [('On', True), ('Off', False)]


def squarespace():
    c = chrome('Search settings', 'Search settings and help', 'Language', 'Account',
               'Account settings',
               [('Profile', '/settings/profile'), ('Billing', '/settings/billing'), ('Log out', '/logout')],
               [('Terms of Service', '/terms'), ('Privacy Policy', '/privacy'), ('Help Center', '/help')],
               '© 2025 {brand}')
    p = Page('en', 'squarespace-privacy-data', 'https://account.squarespace.com/settings/privacy',
             'Squarespace', 'Privacy &amp; data',
             'Reconstruction of a well-known website builder account page. Plain switch, heading-only '
             'table (intro says training, column just "Allowed"), AI-writer and analytics decoys, '
             'an old partner-sharing toggle hidden with inline display:none.',
             [('Profile', '/settings/profile'), ('Privacy &amp; data', '/settings/privacy'),
              ('Domains', '/settings/domains'), ('Billing', '/settings/billing'),
              ('Notifications', '/settings/notifications')], c, known=True, accent='#111111',
             nav_current=1, intro='Manage how your sites, visitors and content data are handled.')
    p.add(
        p.sec('Site basics',
              p.text('Site title', 'Field Notes Ceramics'),
              p.select('Site language', [('English (US)', None), ('English (UK)', None), ('Français', None)], 0),
              p.radios('Who can view your site while it’s being built',
                       [('Only contributors', None), ('Anyone with the site password', None)], 1),
              p.cb('Hide the “Made with Squarespace” badge', False)),
        p.sec('Visitors',
              p.cb('Show a cookie banner to visitors', True, switch=True),
              p.cb('Collect visitor analytics', True, switch=True,
                   help='Traffic and sales reports for your dashboard only. Visitor analytics aren’t used to train models.'),
              p.select('Keep form submissions for', [('30 days', None), ('1 year', None), ('Until I delete them', None)], 2)),
        p.sec('AI',
              p.cb('Turn on the AI text assistant in the page editor', True, switch=True,
                   help='Drafts headlines and paragraphs when you ask it to.'),
              p.cb('Let Squarespace use my site content to train its AI models', True, switch=True, ai='p'),
              p.hide('inline', p.cb('Share anonymised site content with AI research partners', True, ai='p')),
              ),
        p.sec('AI model training',
              p.table('Content types', ['Allowed', 'Visible in site search'],
                      [('Page text', [True, True]), ('Product photos', [False, True])], ai_cols={0: 'h'}),
              intro='Choose which kinds of content from your sites we may use to train and evaluate '
                    'the generative models behind Squarespace’s design and writing tools.'),
        p.sec('Emails and data',
              p.cb('Email me product news and tips', False),
              p.cb('Email me when someone submits a form', True),
              p.text('Contact email', 'studio@fieldnotes.example', type='email'),
              p.button('Export site data'),
              p.button('Delete this site')),
    )
    return p


def substack():
    c = chrome('Search', 'Search Substack', 'Language', 'Your account', 'Settings',
               [('Dashboard', '/publish'), ('Your profile', '/profile'), ('Sign out', '/sign-out')],
               [('Privacy', '/privacy'), ('Terms', '/tos'), ('Collection notice', '/ccpa')],
               '© 2025 {brand} Inc')
    p = Page('en', 'substack-publication-settings', 'https://thelongfield.substack.com/publish/settings#privacy',
             'Substack', 'Publication settings',
             'Reconstruction of a newsletter platform publisher settings page. State row named by '
             'aria-labelledby (vague title, status text says training), inverted "block" checkbox for '
             'third-party training, plain radio fieldset; aria-hidden duplicate of the training control '
             'in a collapsed mobile bar; narration decoy.',
             [('Basics', '#basics'), ('Emails', '#emails'), ('Payments', '#payments'), ('Privacy', '#privacy'),
              ('Import / export', '#import')], c, known=True, accent='#ff6719', nav_current=3)
    p.add(
        p.sec('Basics',
              p.text('Publication name', 'The Long Field'),
              p.text('Short description', 'Notes on slow farming and rural kitchens'),
              p.text('Email sender name', 'Maren at The Long Field'),
              p.seg('Default audience for new posts', [('Everyone', None), ('Paid subscribers', None)], 0)),
        p.sec('Emails',
              p.cb('Send new posts to email subscribers by default', True),
              p.select('Who can comment', [('Everyone', None), ('Paid subscribers', None), ('Nobody', None)], 1),
              p.cb('Let other writers recommend your publication', True),
              p.cb('Show your subscriber count on your profile', False),
              p.text('Custom domain', 'longfield.example')),
        p.sec('Privacy',
              p.cb('Include your publication in Substack leaderboards', False, switch=True),
              p.cb('Generate audio narration for new posts', True, switch=True,
                   help='A voiceover is created when you publish. It plays in the app and on the web.'),
              p.state('Product research programme',
                      'Your publication is enrolled. Published posts, drafts and reader engagement may be used to '
                      'develop and train Substack’s recommendation and writing models.',
                      'Leave', by='labelledby', sharing=True, ai='v'),
              p.cb('Block AI crawlers and third-party model training on my publication', True, ai='i',
                   help='Adds rules to your robots.txt and a notice to our partner data feeds.'),
              p.radios('Allow Substack to use your posts for AI training',
                       [('Yes, include my posts', True), ('No, leave them out', False)], 1, ai='p'),
              p.hide('aria', p.cb('AI training', False, switch=True, ai='p'))),
        p.sec('Import / export',
              p.button('Import from another platform'),
              p.button('Export your data')),
    )
    return p


def hostpail():
    c = chrome('Search', 'Search domains, sites, help…', 'Language', 'My account', 'Control panel',
               [('Profile', '/account/profile'), ('Invoices', '/account/invoices'), ('Sign out', '/logout')],
               [('Status', '/status'), ('Legal', '/legal'), ('Contact support', '/support')],
               '© 2025 {brand} Hosting Ltd.')
    p = Page('en', 'hostpail-data-privacy', 'https://panel.hostpail.test/account/data-privacy',
             'Hostpail', 'Data &amp; privacy',
             'Invented web host. Inverted button switch named by aria-label ("Opt out of … training", off), '
             'vague select whose help says training, heading-only segmented buttons under a group intro; '
             'malware-scanner AI decoy; DNS training checkbox hidden by a display:none class.',
             [('Dashboard', '/'), ('Websites', '/sites'), ('Domains', '/domains'), ('Email', '/email'),
              ('Account', '/account')], c, accent='#0a7c66', hide_class='u-hide', nav_current=4)
    p.add(
        p.sec('Security',
              p.button('Set up two-factor authentication'),
              p.cb('Scan my sites for malware every night', True, switch=True,
                   help='Our AI detector checks changed files and quarantines anything suspicious.'),
              p.cb('Warn me before SSL certificates expire', True)),
        p.sec('Hosting defaults',
              p.select('Default PHP version', [('8.1', None), ('8.2', None), ('8.3', None)], 2),
              p.radios('Automatic backups', [('Daily', None), ('Weekly', None), ('Off', None)], 0),
              p.select('Data centre for new sites', [('London', None), ('Frankfurt', None), ('Dallas', None)], 0),
              p.cb('Renew domains automatically', True, switch=True),
              p.select('Server time zone', [('UTC', None), ('Europe/London', None), ('America/Chicago', None)], 1),
              p.cb('Enable HTTP/3 on new sites', True, switch=True)),
        p.sec('Hostpail Assist',
              p.bsw('Opt out of Hostpail Assist model training', False, ai='i'),
              p.select('Help improve support', ON_OFF, 1, ai='v',
                       help='Lets us train the Hostpail Assist chatbot on your past tickets, chat transcripts '
                            'and the error logs you attach to them.'),
              p.grp('Training data from your servers',
                    p.seg('Access and error logs', [('Share', True), ('Don’t share', False)], 0, ai='h'),
                    p.hide('class', p.cb('Use my DNS query data to train traffic-prediction models', True, ai='p')),
                    intro='These settings decide whether anonymised logs from your hosting plans feed the models '
                          'behind Hostpail Assist and our malware detection.')),
        p.sec('Communication',
              p.text('Billing contact email', 'ops@brightkettle.example', type='email'),
              p.cb('Send me partner offers and discounts', False),
              p.button('Download my data')),
    )
    return p


def cartloom():
    c = chrome('Search', 'Search orders, products, settings', 'Language', 'Store owner', 'Store admin',
               [('Your profile', '/profile'), ('Switch store', '/stores'), ('Log out', '/logout')],
               [('Help centre', '/help'), ('Privacy', '/privacy'), ('Terms for merchants', '/terms')],
               '{brand} © 2025')
    p = Page('en', 'cartloom-customer-data', 'https://admin.cartloom.test/store/settings/customer-data',
             'Cartloom', 'Customer data &amp; AI',
             'Invented online-store admin. Plain checkbox, inverted switch ("Exclude … from AI model training", on), '
             'plain role=radiogroup; AI product-description drafts and fraud-flag decoys; a partner-sharing '
             'checkbox inside a closed <dialog> opened by a visible button.',
             [('Home', '/'), ('Orders', '/orders'), ('Products', '/products'), ('Customers', '/customers'),
              ('Settings', '/settings')], c, accent='#7048e8', nav_current=4)
    p.add(
        p.sec('Store',
              p.text('Store name', 'Kettle &amp; Kiln'),
              p.select('Store currency', [('USD – US dollar', None), ('CAD – Canadian dollar', None), ('EUR – Euro', None)], 0),
              p.text('Order number prefix', 'KK-'),
              p.cb('Prices include tax', False)),
        p.sec('Checkout',
              p.radios('Customer accounts', [('Optional', None), ('Required', None), ('Disabled', None)], 0),
              p.cb('Allow guest checkout', True, switch=True),
              p.cb('Send abandoned-cart reminder emails', True),
              p.text('Low-stock alert threshold', '5', type='number'),
              p.cb('Email me a daily sales summary', False),
              p.cb('Flag risky orders automatically', True, switch=True)),
        p.sec('AI tools and your data',
              p.cb('Show AI-written product descriptions as drafts', True, switch=True,
                   help='Drafts appear in the product editor; nothing is published without you.'),
              p.cb('Train Cartloom’s product-description generator on my catalogue', True, ai='p'),
              p.cb('Exclude customer order history from AI model training', True, switch=True, ai='i'),
              p.radios('Use my store’s sales data to improve Cartloom’s demand-forecasting models',
                       [('Allow', True), ('Don’t allow', False)], 1, aria=True, ai='p'),
              p.opener('Advanced AI data options…'),
              p.hide('dialog', p.cb('Share checkout behaviour with partner AI models', False, ai='p'),
                     title='Advanced AI data options', close='Done')),
        p.sec('Export',
              p.button('Export customers (CSV)')),
    )
    return p


def inkwell():
    c = chrome('Search', 'Search your posts', 'Interface language', 'Account menu', 'Blog dashboard',
               [('Profile', '/me'), ('Billing', '/me/billing'), ('Sign out', '/logout')],
               [('About', '/about'), ('Privacy', '/privacy'), ('Guidelines', '/guidelines')],
               '{brand} – a home for writers')
    p = Page('en', 'inkwell-blog-privacy', 'https://www.inkwell.test/dashboard/blog/privacy',
             'Inkwell', 'Privacy',
             'Invented blogging platform. Vague button switch named by aria-labelledby, help says training; '
             'heading-only checkbox inside a closed <details> (collapsed, still labelled); the plain training '
             'switch sits in an inactive tab panel. AI title-suggestion and writing-course decoys.',
             [('Posts', '/dashboard/posts'), ('Appearance', '/dashboard/blog/appearance'),
              ('Privacy', '/dashboard/blog/privacy'), ('Newsletter', '/dashboard/newsletter'),
              ('Stats', '/dashboard/stats')], c, accent='#c2255c', nav_current=2)
    p.add(
        p.tabs('Privacy sections', [
            ('General', [
                p.radios('Blog visibility', [('Public', None), ('Unlisted', None), ('Private', None)], 0),
                p.cb('Allow search engines to index your blog', True),
                p.select('Comments', [('Open to everyone', None), ('Signed-in readers', None), ('Off', None)], 1),
                p.cb('Show related posts under each article', True, switch=True),
                p.cb('Suggest titles with AI while I write', False, switch=True),
                p.bsw('Contribute to Inkwell Labs', True, by='labelledby', ai='v',
                      help='When this is on, your published and draft posts can be used to train and test the '
                           'language models behind Inkwell Labs features.'),
                p.details('Machine learning and your readers',
                          p.p('Choose whether comments and reader interactions on your blog may be used to train '
                              'our recommendation models.'),
                          p.cb('Reader comments', False, ai='h'),
                          p.cb('Likes and reading time', True, ai='h')),
            ]),
            ('AI &amp; data', [
                p.cb('Allow model training on my blog', True, switch=True, ai='p'),
            ]),
        ]),
        p.sec('Newsletter and domain',
              p.cb('Ask new subscribers to confirm their email', True),
              p.text('Custom domain', 'notes.juliaoak.example'),
              p.cb('Email me about Inkwell writing courses', False)),
        p.sec('Your content',
              p.button('Export posts'),
              p.button('Delete blog')),
    )
    return p


PAGES = [squarespace, substack, hostpail, cartloom, inkwell]

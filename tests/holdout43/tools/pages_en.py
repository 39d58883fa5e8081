from lib import Page, T, F, HID, page


@page
def etsy():
    pg = Page('en', 'etsy-shop-privacy', 'https://www.etsy.com/your/shops/me/settings/privacy',
              'Privacy & data', 'Etsy Shop Manager', real=True, skin=0, skel=0,
              nav=['Dashboard', 'Listings', 'Messages', 'Orders & Delivery', 'Stats', 'Marketing',
                   'Finances', 'Settings'], nav_current=7,
              notes='Real service, seller dashboard. Plain opt-in checkbox for listing photos and descriptions; '
                    'state row with a visually hidden suffix for third-party AI crawlers (blocked); vague '
                    '"Help improve Etsy Messages" whose help says chats train reply and scam models (off); wrapping-label '
                    'checkbox "Keep my shop reviews out of AI training" (inverted, unchecked → true). Decoys: '
                    'AI title/tag suggestions that explicitly do not train, Etsy Ads personalisation, stats sharing, '
                    'a per-channel notification table. '
                    'Hidden decoy in a closed native <dialog>.')
    shop = pg.sec('Shop visibility',
        pg.cb('Show my shop and listings in search engines outside Etsy', True, wrap=True),
        pg.sw('Vacation mode', False, help='Your listings stay visible but buyers can’t check out until you’re back.'),
        pg.sel('Who can send you a message', ['Anyone on Etsy', 'Only buyers with an order', 'Nobody'], 0),
        pg.cb('Show how many sales my shop has made', True),
    )
    ai = pg.sec('Your shop content and AI',
        pg.cb('Allow Etsy to use my listing photos and descriptions to develop generative AI tools', True,
              help='This covers the photos you upload, titles, tags and item descriptions. Turning it off '
                   'doesn’t change how your listings rank in search.', ai=T()),
        pg.cb('Suggest titles and tags while I create a listing', True,
              help='Suggestions are written from the draft you are editing. Your listings aren’t added to any '
                   'training data when you use them.'),
        pg.state('Access for third-party AI crawlers', 'Blocked', 'Change', sr_text='access for outside AI crawlers',
                 help='Companies that build AI models sometimes collect public web pages. When blocked, we ask '
                      'their crawlers not to copy your shop pages or listing images.', ai=F()),
        pg.cb('Keep my shop reviews out of AI training', False, wrap=True,
              help='Reviews buyers leave on your shop and your public replies to them.', ai=T('i')),
        pg.btn('Read how Etsy uses AI', kind='a', href='/legal/ai'),
        intro='We’re building tools such as title suggestions and visual search. Here’s how the content of your '
              'shop is involved.')
    msgs = pg.sec('Messages',
        pg.cb('Filter messages that look like spam into a separate folder', True),
        pg.cb('Email me a copy of each new message', False),
        pg.sw('Read receipts', True, mode='lby'),
        pg.cb('Help improve Etsy Messages', False,
              help='When this is on, conversations with buyers may be reviewed and used to train the models '
                   'that draft quick replies and spot scams.', ai=F('v')),
        pg.sel('Automatic reply while on vacation', ['Off', 'Use my saved reply', 'Use the Etsy default'], 1),
    )
    data = pg.sec('Data and marketing',
        pg.cb('Let Etsy Ads use my shop activity to personalise the ads I see off Etsy', False),
        pg.cb('Share shop stats with my Google Analytics property', True,
              help='Traffic figures only. Google receives no buyer information.'),
        pg.btn('Request a copy of your data', kind='a', href='/your/account/data'),
        pg.btn('Manage connected apps', kind='a', href='/your/apps'),
    )
    notif = pg.sec('Notifications',
        pg.table(None, 'When', ['Email', 'Push'], [
            ('New order', [True, True], None),
            ('New message from a buyer', [True, True], None),
            ('Review received', [False, True], None),
            ('Listing about to expire', [True, False], None),
        ], name='rowcol'),
    )
    hidden = pg.hide('dialog', lambda: [
        pg.cb('Include my shop’s messages in model training', True, ai=HID),
        pg.btn('Done'),
    ])
    actions = pg.div(pg.btn('Save', primary=True), pg.btn('Cancel'), cls='form-actions')
    return pg, pg.render(shop, ai, msgs, data, notif, hidden, actions)


@page
def instacart():
    pg = Page('en', 'instacart-privacy-preferences', 'https://www.instacart.com/store/account/privacy',
              'Privacy preferences', 'Instacart', real=True, skin=1, skel=1,
              nav=['Your account', 'Addresses', 'Payment methods', 'Instacart+', 'Household', 'Notifications',
                   'Privacy preferences', 'Order history'], nav_current=6,
              notes='Real grocery delivery service. Voice-list switch named only by aria-label (visible text just '
                    '"On"); inverted checkbox "Don’t use my order history…" checked (false); route-data switch '
                    'named by aria-labelledby. Decoys: reorder suggestions kept in the account, dictation feature, '
                    'live-location sharing with the shopper, ad personalisation. Hidden decoy in a display:none class.')
    voice = pg.sec('Voice shopping lists',
        pg.cb('Add items to my list by voice', True, wrap=True),
        pg.cb('Keep a text transcript of dictated lists', True, wrap=True,
              help='Transcripts stay in your list history and can be deleted at any time.'),
        pg.sw('Use my voice recordings to improve speech recognition', True, mode='aria',
              vis='Voice recordings for speech recognition',
              help='Short clips of you dictating a list help teach our speech models to understand product '
                   'names and accents.', ai=T()),
        pg.btn('Delete all voice recordings'),
    )
    orders = pg.sec('Order history and suggestions',
        pg.cb('Suggest items I buy regularly when I start a new cart', True,
              help='Suggestions are calculated for your account only.'),
        pg.cb('Don’t use my order history to train Instacart’s AI models', True,
              help='Your past orders still power “Buy it again” and receipts either way.', ai=F('i')),
        pg.cb('Allow replacements chosen by my shopper when an item is out of stock', True),
    )
    delivery = pg.sec('Deliveries',
        pg.inp('Default delivery instructions', 'Leave at the side gate, please', area=True),
        pg.cb('Share my live location with my shopper while they’re on the way', False),
        pg.sw('Use route data from my deliveries to train arrival-time models', False, mode='lby',
              help='GPS traces of the routes shoppers take to your address, with the exact address removed.', ai=F()),
        pg.sel('Preferred delivery window length', ['1 hour', '2 hours', 'Any'], 1),
    )
    ads = pg.sec('Ads and partners',
        pg.cb('Show me personalised ads from brands on Instacart', True),
        pg.cb('Let retailers send me offers based on my loyalty card', False),
        pg.btn('See retailer loyalty cards', kind='a', href='/store/account/loyalty'),
    )
    notif = pg.sec('Notifications',
        pg.table(None, 'Message', ['Push', 'SMS', 'Email'], [
            ('Order updates', [True, True, False], None),
            ('Chat with your shopper', [True, False, False], None),
            ('Deals and coupons', [False, False, True], None),
        ], name='rowcol'),
    )
    hidden = pg.hide('class', lambda: [
        pg.cb('Allow partners to train models on my basket contents', False, ai=HID)])
    actions = pg.div(pg.btn('Save preferences', primary=True), pg.btn('Download your Instacart data', kind='a'))
    return pg, pg.render(voice, orders, delivery, ads, notif, hidden, actions)


@page
def peerswap():
    pg = Page('en', 'peerswap-privacy', 'https://www.peerswap.test/settings/privacy-and-safety',
              'Privacy and safety', 'PeerSwap', skin=2, skel=2,
              nav=['Profile', 'Listings', 'Inbox', 'Purchases', 'Sales', 'Payouts', 'Privacy and safety'],
              nav_current=6,
              notes='Invented second-hand marketplace. Vague switch "Help make PeerSwap safer" (help: chats train the '
                    'scam model, on → true); state row whose action names the photo exclusion (noun, inverted; '
                    'excluded → false); heading-only radio group "Listings you have already sold" under a training '
                    'heading. Decoys: on-device auto-translate, price suggestions that do not train, read '
                    'receipts. Hidden decoy: display:none inline.')
    safety = pg.sec('Safety',
        pg.sw('Help make PeerSwap safer', True,
              help='We train our scam-detection model on messages between buyers and sellers, including photos '
                   'you send in chat.', ai=T('v')),
        pg.cb('Warn me before I share a phone number or email in chat', True),
        pg.btn('Blocked members', kind='a', href='/settings/blocked'),
    )
    train = pg.sec('What our AI learns from',
        pg.state('Your item photos', 'Excluded from AI training', 'Change', sr_text='photo exclusion from AI training',
                 ai=F('i')),
        pg.radios('Listings you have already sold', ['Can be used', 'Can’t be used'], 0,
                  help='Sold listings are removed from the marketplace after 90 days.', ai=T('h')),
        pg.p('Photos and descriptions you add to listings can help us teach the models that suggest categories '
             'and spot counterfeit items.'),
    )
    chat = pg.sec('Messages',
        pg.cb('Auto-translate messages from other countries', True,
              help='Translation happens on your phone and nothing is stored.'),
        pg.cb('Show when I’ve read a message', False),
        pg.cb('Let buyers send me offers below my asking price', True),
        pg.sel('Quick replies', ['Suggested by PeerSwap', 'Only my saved replies', 'Off'], 0,
               help='Suggestions are picked from a fixed list and don’t learn from your chats.'),
    )
    profile = pg.sec('Profile visibility',
        pg.radios('Who can see my sold items', ['Everyone', 'People I follow', 'Only me'], 0, kind='rg'),
        pg.cb('Show my city on my profile', True),
        pg.cb('Show “last active”', True),
        pg.cb('Suggest a price when I list an item', True,
              help='Based on similar items that sold recently. Your listing isn’t used for training.'),
    )
    teen = pg.sec('Family',
        pg.cb('Hide adult categories on my teen’s account', True),
        pg.sel('Monthly spending limit for my teen', ['No limit', '£25', '£50', '£100'], 2),
        pg.cb('Autoplay videos in listings', False),
    )
    data = pg.sec('Your data',
        pg.btn('Export my data'),
        pg.btn('Delete my account', kind='a', href='/settings/delete'),
    )
    hidden = pg.hide('style', lambda: [
        pg.sw('Use my chat history to train PeerSwap Assistant', True, ai=HID)])
    return pg, pg.render(safety, train, chat, profile, teen, data, hidden, pg.btn('Save settings', primary=True))


@page
def crateandfork():
    pg = Page('en', 'crateandfork-delivery-data', 'https://account.crateandfork.test/settings/data-and-deliveries',
              'Data and deliveries', 'Crate & Fork', skin=3, skel=3,
              nav=['My boxes', 'Menu', 'Delivery addresses', 'Payment', 'Data and deliveries', 'Refer a friend'],
              nav_current=4,
              notes='Invented meal-kit delivery. Heading-only table: one checkbox per delivery address named only by '
                    'the address (column "Help train our delivery-time model"), one on one off; Yes/No radios for '
                    'recipe ratings (yes); inverted infinitive "Opt out of…" checkbox for cooking photos (checked → '
                    'false). Decoys: personalised menu picks kept in the account, driver SMS, dietary select. '
                    'Hidden decoy: aria-hidden block.')
    routes = pg.sec('Delivery routes',
        pg.table(None, 'Address', ['Help train our delivery-time model'], [
            ('Home – 14 Alder Row, Leeds', [True], [T('h')]),
            ('Office – Unit 3, Mill Yard', [False], [F('h')]),
        ], intro='Our drivers’ GPS traces around each address help train the model that predicts your delivery '
                 'slot. Choose per address.'),
        pg.btn('Add a delivery address', kind='a', href='/addresses/new'),
    )
    menu = pg.sec('Recipes and ratings',
        pg.yesno('May we use your recipe ratings to train our menu-planning model?', True,
                 help='Ratings always shape the picks on your own menu, whatever you choose here.', ai=T()),
        pg.cb('Show personalised menu picks first', True,
              help='Picks are worked out from your ratings and stay in your account.'),
        pg.sel('Dietary preference', ['No preference', 'Vegetarian', 'Pescatarian', 'Vegan'], 1),
        pg.cb('Hide recipes containing nuts', False),
        pg.cb('Opt out of AI training on the cooking photos I post', True,
              help='Photos you share with your recipe reviews.', ai=F('i')),
    )
    deliv = pg.sec('Deliveries',
        pg.sel('Delivery day', ['Monday', 'Wednesday', 'Friday', 'Saturday'], 2),
        pg.cb('Text me when the driver is ten minutes away', True),
        pg.cb('Leave the box at the door if I’m out', True),
        pg.inp('Safe place', 'Behind the recycling bins'),
        pg.btn('Skip next week’s box'),
    )
    house = pg.sec('Household',
        pg.table(None, 'Person', ['Menu emails', 'Delivery texts'], [
            ('Sam (account holder)', [True, True], None),
            ('Priya', [False, True], None),
        ], name='rowcol', ctl='sw'),
    )
    comms = pg.sec('Emails and analytics',
        pg.cb('Weekly menu email', True),
        pg.cb('Send anonymous app diagnostics', True,
              help='Crash logs and load times, used to fix problems. They aren’t used to train models.'),
    )
    hidden = pg.hide('aria', lambda: [
        pg.cb('Let our AI learn from my delivery instructions', True, ai=HID)])
    return pg, pg.render(routes, menu, deliv, house, comms, hidden, pg.btn('Save changes', primary=True))


@page
def pricehound():
    pg = Page('en', 'pricehound-account-data', 'https://www.pricehound.test/account/data-controls',
              'Data controls', 'Pricehound', skin=0, skel=4,
              nav=['Dashboard', 'Cashback', 'Price alerts', 'Browser extension', 'Data controls', 'Payouts'],
              nav_current=4,
              notes='Invented price comparison and cashback site. Objection not yet lodged: the "Object…" action is '
                    'inverted and true; segmented Allow/Block group for extension page content (Block → false); '
                    'checkbox for cashback partners inside a closed <details> (listed, false); onboarding step with '
                    'a receipt-scanning vague control (help says training, off). Decoys: AI deal summaries, crash '
                    'reports not used for training. Hidden decoy in an inactive tab panel.')
    onboard = pg.sec('Finish setting up',
        pg.p('Step 2 of 3 — Receipts'),
        pg.cb('Improve receipt scanning', False, wrap=True,
              help='Lets our team use the receipts you photograph to train the text-recognition model.', ai=F('v')),
        pg.cb('Match receipts to cashback offers automatically', True, wrap=True),
        pg.div(pg.btn('Previous step'), pg.btn('Next step', primary=True), cls='steps-nav'),
        tag='div')
    objection = pg.sec('Your right to object',
        pg.state('Objection to AI training', 'Not lodged', 'Object', sr_text='to AI training on my shopping data',
                 help='You can object to us using your clicks, searches and cashback history to train models.',
                 ai=T('i')),
        pg.p('If you object, we stop using your data for this purpose within 30 days.'),
    )
    ext = pg.sec('Browser extension',
        pg.seg('Improve price-matching models with the pages I visit', ['Allow', 'Block'], 1, ai=F()),
        pg.cb('Show a price comparison bar on product pages', True),
        pg.cb('Send crash reports from the extension', True,
              help='Crash reports help us fix bugs. They are never used to train models.'),
        pg.cb('Summarise deal terms with AI', True,
              help='A summary is generated when you open a deal. It isn’t stored or used for training.'),
    )
    alerts = pg.sec('Alerts and payouts',
        pg.cb('Price drop alerts by push notification', True),
        pg.cb('Weekly best-deals email', False),
        pg.sel('Cashback payout method', ['Bank transfer', 'PayPal', 'Gift card'], 0),
        pg.cb('Show deals from my favourite shops first', True),
    )
    adv = pg.details('Advanced',
        pg.cb('Let cashback partners train recommendation models on my purchase receipts', False, ai=F()),
        pg.btn('Download cashback statements'),
    )
    tabs = pg.tabs('Data by source', [
        ('Website', lambda: [pg.p('Settings for pricehound.test are shown above.')]),
        ('Mobile app', lambda: [pg.cb('Use my in-app searches to train Pricehound models', True, ai=HID)]),
    ])
    return pg, pg.render(onboard, objection, ext, alerts, adv, tabs, pg.btn('Save', primary=True))

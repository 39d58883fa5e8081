from lib import Page, make_chrome

BASE = dict(skip='Skip to main content', search='Search', search_ph='Search',
            lang_label='Language', nav_label='Settings', footer_label='Footer',
            menu=['Profile', 'Saved homes', 'Help', 'Sign out'],
            footer=['Privacy', 'Terms of use', 'Accessibility', 'Help centre'],
            copy_tpl='© 2025 {brand}. All rights reserved.')


def zillow():
    c = make_chrome(BASE, 'Zillow', ['Profile', 'Notifications', 'Privacy & data', 'Co-shoppers', 'Connected accounts', 'Sign-in & security'],
                    'Dana R.', ['en', 'es'], current=2, search_ph='Address, neighborhood, city, ZIP',
                    menu=['Saved homes', 'Saved searches', 'Your home', 'Renter hub', 'Account settings', 'Sign out'],
                    footer=['About', 'Zestimates', 'Research', 'Privacy portal', 'Terms of use', 'Do Not Sell or Share My Personal Information'],
                    copy='© 2006–2025 Zillow')
    pg = Page('en', 'zillow-privacy-data', 'Zillow', 'https://www.zillow.com/myzillow/settings/privacy/',
              'Privacy & data', c, known=True, tone='you',
              notes='Buyer account; AI features (listing summaries, natural-language search) and the Zestimate are decoys.')
    with pg.section('Saved homes and searches'):
        pg.select('Email me about new listings for saved searches', ['Instantly', 'Once a day', 'Once a week', 'Never'], 1)
        pg.cb('Tell me when a saved home drops in price', True)
        pg.sw('Let my co-shopper see my saved homes', True,
              help='Your co-shopper can see and comment on homes you save. They never see your messages with agents.')
        pg.btn('Invite a co-shopper', 'btn btn-secondary')
        pg.cb('Remind me about open houses for homes I saved', True)
    with pg.section('Renter profile'):
        pg.cb('Share my renter profile with landlords I message', True,
              help='Landlords see your income range, move-in date and pets. Not your credit report.')
        pg.select('Preferred move-in window', ['Within 30 days', '1–3 months', 'Just browsing'], 1)
    with pg.section('Smart features', 'These features use AI to make browsing faster. Using them does not change any of the choices under "How we improve our models".'):
        pg.sw('AI listing highlights', True,
              help='Short highlights written from the listing description when you open a home. Generated on the fly and not saved to your account.')
        pg.cb('Natural-language search', True,
              help='Type things like "3 bed near a park under $600k" and we turn it into filters.')
    with pg.section('How we improve our models',
                    'Zillow builds machine learning models — the Zestimate, search ranking, fraud checks — from activity across the site. You decide what of yours goes into training them.'):
        pg.sw("Use my search and browsing activity to improve Zillow's machine learning models", True, ai='p')
        pg.cb("Home facts and photos I've added", False,
              help='Includes edits you made to your own home\u2019s facts page.', ai='h')
        pg.cb("Don't use my messages with agents to train AI", True, ai='i')
        with pg.hidden('hidden'):
            pg.cb('Allow partner brokerages to use my saved searches for AI model training', True, ai='p')
    with pg.section('Ads and partners'):
        pg.cb('Show me personalized ads on other sites', False)
        pg.cb('Share my contact info with lenders I request quotes from', True,
              help='Only when you ask for a pre-approval or a rate quote.')
    with pg.section('Your data'):
        pg.p('Get a copy of everything tied to your account, or close the account for good.')
        pg.btn('Download your data', 'btn btn-secondary')
        pg.btn('Delete account', 'btn btn-link')
        pg.link('Read the Zillow Group privacy notice')
    with pg.section('Sign-in & security'):
        pg.cb('Two-step verification', False)
        pg.btn('Change password', 'btn btn-secondary')
    return pg


def houzz():
    c = make_chrome(BASE, 'Houzz', ['Profile', 'Ideabooks', 'Email & notifications', 'Privacy', 'Projects', 'Password'],
                    'My Houzz', ['en', 'de', 'fr', 'es', 'it'], current=3, search_ph='Search photos, pros, products',
                    menu=['Your Ideabooks', 'Your projects', 'Your reviews', 'Messages', 'Settings', 'Sign out'],
                    footer=['About Houzz', 'Careers', 'Privacy policy', 'Terms of use', 'Your privacy choices', 'Help'])
    pg = Page('en', 'houzz-privacy', 'Houzz', 'https://www.houzz.com/settings/privacy',
              'Privacy settings', c, known=True, tone='you',
              notes='Homeowner account; the "View in My Room" visualiser and the Houzz Pro training course are decoys.')
    with pg.section('Profile visibility'):
        pg.radios('Who can see your Ideabooks', ['Everyone', 'People I follow', 'Only me'], 0)
        pg.cb('Show my city on my profile', True)
        pg.cb('Let professionals I contact see my project budget', False)
    with pg.section('Design tools'):
        pg.sw('View in My Room 3D', True,
              help='Places products in your camera view. Processing happens on your phone and nothing is uploaded.')
        pg.sw('Suggest similar products from photos', True,
              help='Uses our visual match feature to find products like the ones in a photo you tap.')
        pg.btn('Sign up for the free Houzz Pro training series', 'btn btn-secondary',
               help='Six short video lessons on getting more out of Houzz for your renovation business.')
    with pg.section('Photos and the Houzz AI',
                    'Houzz trains its visual search and room design models on photos from the community.'):
        pg.select('Photo contributions', ['All my photos', 'Only photos in public Ideabooks', 'None'], 1,
                  help='Decides which of the photos you upload can be used to train our visual search and design models.', ai=('v', True))
        pg.state('Objection', 'Not lodged', 'Object', 'to the use of my project photos for AI training', ai=('i', True),
                 help='You can object at any time. We stop using your photos in new training runs within 30 days.')
        with pg.details('More training options', 'Text you write on Houzz can also help the models that write product and room descriptions.'):
            pg.cb('My reviews and Q&A posts', False, ai='h')
        with pg.hidden('display'):
            pg.cb('Include my Ideabook notes in model training', True, ai='p')
    with pg.section('Email'):
        pg.select('Newsletter', ['Weekly', 'Monthly', 'Off'], 0)
        pg.cb('Sale alerts on products I saved', True)
        pg.cb('Tips and stories from the Houzz editors', False)
        pg.cb('Messages from pros I have contacted', True)
    with pg.section('Data and account'):
        pg.btn('Request your data', 'btn btn-secondary')
        pg.btn('Manage connected apps', 'btn btn-secondary', help='Facebook, Google and Pinterest sign-ins.')
        pg.btn('Deactivate account', 'btn btn-link')
        pg.cb('Personalised product recommendations on the Houzz Shop', True,
              help='Based on photos you save and items you view.')
    return pg


def keyfold():
    c = make_chrome(BASE, 'Keyfold', ['Portfolio', 'Properties', 'Tenants', 'Payments', 'Team', 'Data & AI', 'Billing'],
                    'Marcus Bell · Bell Rentals LLC', ['en', 'es'], current=5, search_ph='Search units, tenants, work orders',
                    menu=['Company profile', 'Switch portfolio', 'Support', 'Log out'],
                    footer=['Status', 'Security', 'Data processing addendum', 'Terms', 'Privacy'])
    pg = Page('en', 'keyfold-data-ai', 'Keyfold (invented)', 'https://app.keyfold.test/settings/data-and-ai',
              'Data & AI', c, tone='you (landlord portal)',
              notes='Property-management portal for landlords; tenant screening insights, AI lease summaries and owner reports are decoys; per-category table.')
    with pg.section('Keyfold Assist', 'Assist drafts replies to tenants and summarises leases. It runs on your data when you use it and keeps nothing for training.'):
        pg.sw('Draft replies to tenant messages', True)
        pg.sw('Summarise uploaded leases', True)
        pg.select('Reply tone', ['Friendly', 'Neutral', 'Formal'], 1)
    with pg.section('Use of your portfolio data',
                    'Pick, category by category, where your records go. Owner reports stay inside your account; model training means the anonymised record can be used to train the models behind Keyfold Assist and rent pricing.'):
        pg.table('Data use by category', ['Include in owner reports', 'Use to train Keyfold AI'],
                 [('Maintenance requests', [True, True]), ('Tenant messages', [False, False])],
                 ai_cols={1: 'p'})
        pg.radios('AI training opt-out', ['Opted out — keep my portfolio out of training', 'Not opted out'], 0,
                  help='Covers everything not listed in the table, such as lease documents and screening notes.', ai=('i', False))
        with pg.hidden('class'):
            pg.cb('Let Keyfold train models on tenant screening results', True, ai='p')
    with pg.section('Team access'):
        pg.cb('Property managers can view tenant bank details', False)
        pg.select('Default role for new members', ['Viewer', 'Leasing agent', 'Property manager'], 0)
        pg.btn('Add team member', 'btn btn-secondary')
    with pg.section('Notifications'):
        pg.cb('Email me when rent is 3 days late', True)
        pg.cb('Daily maintenance digest', False)
    with pg.section('Analytics', 'Usage statistics help us fix bugs and plan features. They are kept for 13 months and are not used to train any model.'):
        pg.cb('Send usage statistics', True)
    with pg.section('Integrations and export'):
        pg.btn('Connect QuickBooks', 'btn btn-secondary')
        pg.btn('Export all data (CSV)', 'btn btn-secondary')
        pg.btn('Connect Zapier', 'btn btn-secondary')
    return pg


def brickline():
    c = make_chrome(BASE, 'Brickline', ['Projects', 'Drawings', 'Daily logs', 'Subcontractors', 'Company', 'AI & data', 'Security'],
                    'Priya Natarajan', ['en'], current=5, search_ph='Search projects, RFIs, drawings',
                    menu=['My profile', 'Company settings', 'Brickline Academy', 'Log out'],
                    footer=['Trust centre', 'Subprocessors', 'Terms', 'Privacy', 'Contact'])
    pg = Page('en', 'brickline-company-ai', 'Brickline (invented)', 'https://portal.brickline.test/company/settings/ai',
              'AI & data — company settings', c, tone='admin, you/we',
              notes='Construction project-management admin page; Brickline Academy courses, on-device measure and defect suggestions are decoys.')
    with pg.section('AI features for your teams'):
        pg.sw('Defect suggestions on site photos', True,
              help='Flags possible cracks, missing fire stopping and similar issues as your crews upload photos. Uses our existing model; your photos are not added to it.')
        pg.sw('Auto-fill daily logs from voice notes', False)
        pg.select('Transcription language', ['English (US)', 'English (UK)', 'Spanish'], 0)
    with pg.section('Training Brickline Vision',
                    'Brickline Vision is the model behind defect suggestions. Customers can contribute their data to make it better for everyone in the industry.'):
        pg.sw("Exclude this company's projects from model training", False, mode='al', shown='Company-wide exclusion', ai='i')
        pg.seg('Site photos', ['Allow', "Don't allow"], 0, ai=('h', True))
        pg.cb('Share annotated drawings with research partners', False,
              help='Our university partners use annotated drawings to train defect-detection models.', tie=False, ai='v')
        with pg.hidden('aria'):
            pg.cb('Contribute RFIs and submittals to model training', True, ai='p')
    with pg.section('Brickline Academy'):
        pg.p('Free self-paced courses for superintendents and project managers.')
        pg.cb('Assign the "Site safety with AI tools" training to new hires', True)
        pg.btn('Browse courses', 'btn btn-secondary')
    with pg.section('Security'):
        pg.cb('Require two-step verification for all users', True)
        pg.select('Session timeout', ['30 minutes', '4 hours', '12 hours'], 2)
        pg.btn('View audit log', 'btn btn-secondary')
    with pg.section('Notifications'):
        pg.cb('Email me when an RFI is overdue', True)
        pg.cb('Weekly project digest', False)
        pg.select('Digest day', ['Monday', 'Friday'], 0)
    with pg.section('Integrations'):
        pg.btn('Connect Procore', 'btn btn-secondary')
        pg.btn('Connect Autodesk Construction Cloud', 'btn btn-secondary')
        pg.btn('Export project archive', 'btn btn-secondary')
    return pg


def nestbay():
    c = make_chrome(BASE, 'Nestbay', ['My home', 'Rent', 'Repairs', 'Messages', 'Documents', 'Preferences'],
                    'Sam Okafor', ['en', 'es'], current=5, search_ph='Search help articles',
                    menu=['My lease', 'Household members', 'Help', 'Sign out'],
                    footer=['Help centre', 'Fair housing', 'Privacy', 'Terms', 'Accessibility'])
    pg = Page('en', 'nestbay-tenant-privacy', 'Nestbay (invented)', 'https://www.nestbay.test/tenant/preferences/privacy',
              'Privacy preferences', c, tone='you (tenant app)',
              notes='Tenant app; Nestbay Fix photo triage, rent reporting, autopay and household visibility are decoys.')
    with pg.section('Rent and payments'):
        pg.cb('Autopay on the 1st of each month', True)
        pg.cb('Report my on-time rent to credit bureaus', False,
              help='Can help build your credit score. You can stop at any time.')
        pg.btn('Update payment method', 'btn btn-secondary')
    with pg.section('Your chats with Nestbay Assistant'):
        pg.state('Consent to use my chat history for AI training', 'Given on 3 March 2025', 'Withdraw', mode='lb', ai=('i', True),
                 help='Once withdrawn, new chats are no longer used and older ones are removed from future training sets.', tie=True)
        pg.sw('Save chat history', True, help='Keeps your chats so you can read them later.')
    with pg.section('Help train Nestbay Fix',
                    'Nestbay Fix looks at repair photos to send the right technician. Photos you share can help it get better at that.'):
        pg.sw('Include my repair photos', False, mode='text', ai='h')
        pg.sw('Suggest a repair category when I upload a photo', True, mode='text')
        with pg.hidden('visibility'):
            pg.cb('Include my voice notes', True, ai='h')
    with pg.section('AI and your household'):
        pg.select('AI training on my data', ['Allowed', 'Not allowed'], 1,
                  help='Covers everything you and people on your lease send us, except what you choose above.', ai=('p', False))
        pg.cb('Show household members my repair requests', True)
    with pg.section('Messages from us'):
        pg.cb('Text me about scheduled repairs', True)
        pg.cb('Offers from local partners (movers, internet, insurance)', False)
        pg.select('Language for messages', ['English', 'Español'], 0)
    with pg.section('Your information'):
        pg.btn('Download my data', 'btn btn-secondary')
        pg.btn('Change password', 'btn btn-secondary')
        pg.cb('Sign in with a passkey', False)
    with pg.section('Who can see what'):
        pg.radios('Neighbours in the Nestbay community board can see', ['My first name and building', 'Only my building', 'Nothing'], 1, mode='rg')
        pg.cb('Show my profile photo to maintenance staff', True)
    return pg


PAGES = [zillow, houzz, keyfold, brickline, nestbay]

from lib import Page


def actions(p, cancel='Cancel'):
    return '<div class="form-actions">' + p.button(p.chrome['save'], 'btn btn-primary') + p.button(cancel) + '</div>'


def quickbooks():
    p = Page('en', 'quickbooks-data-privacy', 'QuickBooks Online', 'https://qbo.intuit.com/app/settings?p=DataAndPrivacy',
             'Data and privacy', 'Known service (reconstruction). Native role=switch (plain), table caption rows (heading-only), '
             'inverted checkbox inside closed <details>. Decoys: Intuit Assist suggestions, categorisation rules, analytics '
             'said not to train, offers, accountant access, webinar. Hidden: CSS class display:none.',
             known=True, user='Riverside Bakery LLC', brand='QuickBooks', hide_class='is-hidden',
             nav=['Company', 'Usage', 'Sales', 'Expenses', 'Payments', 'Advanced', 'Data and privacy'], nav_active=6,
             lead='Control how Intuit uses the information in your books.')
    p.add(p.section('Intuit Assist', 'Intuit Assist uses generative AI to draft invoice reminders and explain changes in your cash flow.',
        p.checkbox('Show Intuit Assist suggestions', True, switch=True,
                   help="Suggestions are created from your books when you ask for them. Turning this off doesn't delete anything."),
        p.checkbox('Suggest categories for new bank transactions', True,
                   help="Suggestions come from the rules you've set up and common categories for your industry.")))
    p.add(p.section("Help improve Intuit's AI",
        'Intuit can learn from how businesses like yours keep their books. Names, account numbers and other identifiers are removed before anything is used.',
        p.checkbox("Use my company's data to train and improve Intuit AI models", True, switch=True, ai='p'),
        p.table('Data types used for model training', 'Data type', ['Include'], [
            ('Categorized transactions', None, [(True, 'h')]),
            ('Payroll and employee records', None, [(False, 'h')]),
        ]),
        p.details('Advanced options',
            p.checkbox('Exclude attached receipts and bills from model training', True, ai='i'),
            p.checkbox('Keep attachments for 7 years after the transaction date', True)),
        p.hidden_block('class', lambda: p.checkbox('Share my data with Intuit research partners for AI training', False, ai='p'))))
    p.add(p.section('Usage analytics', None,
        p.checkbox('Send anonymous usage analytics', True,
                   help="Helps us find slow screens and broken links. Analytics aren't used to train AI models.")))
    p.add(p.section('Marketing', None,
        p.checkbox('Personalized offers from Intuit and our partners', False),
        p.checkbox('Product update emails', True)))
    p.add(p.section('Who can see your books', None,
        p.staterow('Your accountant', 'Pat Lee, CPA · full access', 'Manage', mode='suffix', suffix='accountant access')))
    p.add(p.section('Learn QuickBooks', 'Free live sessions with our product trainers.',
        p.button('Register for the webinar: AI tools in QuickBooks')))
    p.add(p.section('Your data', 'Download everything in your company file, or ask for a copy of the personal data Intuit holds about you.',
        p.button('Export data'), p.button('Request a copy of your data')))
    p.add(actions(p))
    return p


def gusto():
    p = Page('en', 'gusto-data-privacy', 'Gusto', 'https://app.gusto.com/company/settings/data-privacy',
             'Data & privacy', 'Known service (reconstruction). Fieldset radio group (plain), aria-label switch with described '
             'help (vague), state row with hidden suffix for an opt-out not yet made (inverted, sharing). Decoys: Gus assistant '
             'said not to train, AI job descriptions, notification table, directory visibility, benefits offers, Gusto Academy. '
             'Hidden: aria-hidden mobile preview.',
             known=True, user='Maria Okafor', brand='Gusto',
             nav=['Company details', 'Pay schedules', 'Benefits', 'Integrations', 'Team permissions', 'Data & privacy'], nav_active=5)
    p.add(p.section('Gusto AI', 'Gus, our AI assistant, can answer payroll questions and pull reports for you.',
        p.switch('Let Gus answer questions in the app', True, mode='labelledby',
                 help="Gus looks up your company's payroll data to answer you. Your conversations aren't used to train models."),
        p.checkbox('Offer AI-drafted job descriptions when I post a role', True)))
    p.add(p.section("Improving Gusto's models", None,
        p.radios("Use my company's payroll data to improve Gusto's AI models",
                 [("Yes, include my company's data", True), ('No, leave it out', False)], 0, ai='p'),
        p.switch('Contribute to product research', False, mode='label', ai='v',
                 help='De-identified pay runs are used to train the models that flag tax-form errors before we file.'),
        p.staterow('AI training opt-out', "You haven't opted out", 'Opt out', sharing=True, ai='i', mode='suffix',
                   suffix='of AI model training'),
        p.hidden_block('aria', lambda: '<div class="mobile-preview">' +
                       p.checkbox('Allow employee data in model training', True, ai='p', wrap=True) + '</div>')))
    p.add(p.section('Notifications', None,
        p.table('Email or text me when', 'Event', ['Email', 'Text message'], [
            ('Payroll is due', None, [(True, None), (False, None)]),
            ('Tax filings are complete', None, [(True, None), (False, None)]),
        ])))
    p.add(p.section('Team visibility', None,
        p.select('Who can see the company directory', ['Everyone at the company', 'Admins and managers', 'Admins only'], 0)))
    p.add(p.section('Offers', None, p.checkbox("Tell me about benefits partners' offers", False)))
    p.add(p.section('Gusto Academy', 'Short courses for people who run payroll and HR.',
        p.button('Enroll: HR compliance basics')))
    p.add(p.section('Reports', None, p.button('Download all payroll reports')))
    p.add(actions(p))
    return p


def brieflyne():
    p = Page('en', 'brieflyne-ai-and-data', 'Brieflyne', 'https://app.brieflyne.test/firm/settings/ai-and-data',
             'AI & data', 'Invented legal practice-management service. Segmented buttons named only by a row label under a '
             '"Model training" heading (heading-only), "Never use…" checkbox (inverted), research-partner checkbox explained '
             'only by help text (vague). Decoys: clause suggestions, summaries, citation style, client portal, conflicts, CLE '
             'course. Hidden: closed <dialog>.',
             user='M. Oduya', brand='Brieflyne',
             nav=['Firm profile', 'Users & roles', 'Matters', 'Billing & trust', 'Client portal', 'AI & data', 'Integrations'],
             nav_active=5)
    p.add(p.section('Drafting assistant', None,
        p.switch('Suggest clause language while drafting', True, mode='text'),
        p.checkbox('Summarize new documents added to a matter', True,
                   help='Summaries are generated on request and stored with the matter.'),
        p.select('Citation style for suggestions', ['Bluebook (21st ed.)', 'ALWD Guide', 'California Style Manual'], 0)))
    p.add(p.section('Model training',
        "Brieflyne's drafting models get better when they see real legal writing. Choose what, if anything, your firm contributes.",
        p.segmented('Client matter documents', [('Allow', True), ("Don't allow", False)], 1, ai='h'),
        p.checkbox('Never use privileged communications for training', True, ai='i'),
        p.checkbox('Share redacted filings with research partners', False, ai='v',
                   help='Our university partners use redacted court filings to train legal language models. Names and docket numbers are removed first.'),
        p.dialog('Review partner list', 'Research partners', lambda:
                 p.para('Stanford CodeX, Suffolk LIT Lab and two commercial partners under NDA.') +
                 p.checkbox("Allow partners to train on our firm's redacted filings", False, ai='p'),
                 footer_buttons=['Done'])))
    p.add(p.section('Client portal', None,
        p.checkbox('Let clients see time entries', False),
        p.checkbox('Email clients when a document is shared with them', True)))
    p.add(p.section('Conflicts and alerts', None,
        p.checkbox('Run a conflict check when a new matter is opened', True),
        p.select('Warn me when a trust balance drops below', ['$500', '$1,000', '$5,000'], 1)))
    p.add(p.section('Continuing education', None,
        p.card('Generative AI and legal ethics', '1.5 CLE credits · on demand', p.button('Register'))))
    p.add(p.section('Integrations and export', None, p.button('Connect DocuSign'), p.button('Export matter list (CSV)')))
    p.add(actions(p))
    return p


def ledgerlark():
    p = Page('en', 'ledgerlark-privacy', 'Ledgerlark', 'https://ledgerlark.test/settings/privacy',
             'Privacy & data', 'Invented freelancer bookkeeping app. aria-labelledby switch "Keep … out of model training" '
             '(inverted, on), select with anonymised option (plain), state rows whose button is labelled by itself plus the '
             'row title under a training heading (heading-only). Decoys: on-device receipt reading, mileage reminders, tax '
             'reminders, bookkeeping course, export. Hidden: inactive tab panel.',
             user='Jo Whitfield', brand='Ledgerlark',
             nav=['Profile', 'Business details', 'Bank feeds', 'Invoices', 'Taxes', 'Privacy & data', 'Plan'], nav_active=5)

    def privacy():
        return [
            p.section('Smart features', None,
                p.checkbox('Read receipts on my phone', True,
                           help="Text is recognized on your device. Photos aren't uploaded for this."),
                p.switch('Mileage tracking reminders', False, mode='labelledby')),
            p.section("How Ledgerlark's AI learns",
                'Our auto-categorizer is trained on transactions from thousands of freelancers. You decide whether yours are part of that.',
                p.switch('Keep my receipts out of model training', True, mode='labelledby', ai='i'),
                p.select('Share categorized transactions for model training',
                         [("Don't share", False), ('Anonymized only', True), ('Full detail, including payee names', True)], 1, ai='p')),
            p.section("Data used to train Ledgerlark's AI", None,
                p.staterow('Receipt images', 'Included', 'Change', sharing=True, ai='h', mode='lb', badge=True),
                p.staterow('Bank statement PDFs', 'Not included', 'Change', sharing=False, ai='h', mode='lb', badge=True)),
            p.section('Tax reminders', None,
                p.checkbox('Quarterly estimated tax reminders', True),
                p.select('Remind me', ['2 weeks before', '1 week before', '3 days before'], 1)),
            p.section('Invoices', None, p.checkbox('Accept card payments on invoices', True)),
            p.section('Learn', None, p.button('Start the free course: Bookkeeping basics for freelancers')),
            p.button('Export all data (CSV)'),
        ]

    def feeds():
        return [p.para('Chase Business Checking ·· 4412 — synced 2 hours ago'), p.button('Connect a bank')]

    def advanced():
        return [p.checkbox('Let Ledgerlark train its models on my invoices', True, ai='p'), p.button('Delete my account')]

    p.add(p.tabs('Privacy settings', [('Privacy', privacy), ('Bank feeds', feeds), ('Advanced', advanced)], 0))
    p.add(actions(p))
    return p


def taxwell():
    p = Page('en', 'taxwell-privacy-settings', 'TaxWell Direct', 'https://www.taxwelldirect.test/account/privacy-settings',
             'Privacy settings', 'Invented tax-filing service. role=radiogroup named only "This year\'s return" under a '
             'training heading (heading-only), "Do not use…" checkbox unchecked (inverted, sharing), native role=switch '
             '"Help improve…" with described help (vague). Decoys: deduction explanations, form translation, notifications, '
             'refund method, preparer access, partner offers, identity check. Hidden: inline display:none.',
             user='Sam Ortega', brand='TaxWell Direct',
             nav=['My returns', 'Documents', 'Refund tracker', 'Account', 'Privacy settings', 'Sign-in & security'], nav_active=4)
    p.add(p.section('Training our filing assistant',
        "Our filing assistant learns from real interviews so it can spot deductions people miss. Here's how your return can be part of that.",
        p.radios("This year's return", [('Include it', True), ('Only use it to prepare my filing', False)], 1, ai='h', kind='radiogroup'),
        p.checkbox('Do not use prior-year returns to train models', False, ai='i'),
        p.checkbox('Help improve TaxWell Direct', True, switch=True, ai='v',
                   help='When this is on, de-identified answers from your interview are used to train our refund-estimate models.'),
        p.hidden_block('display', lambda: p.checkbox("Allow state revenue agencies' fraud models to learn from my return", False, ai='p'))))
    p.add(p.section('Filing assistant', None,
        p.switch('Explain deductions in plain language', True, mode='text',
                 help="Explanations are written for you on the spot and aren't saved."),
        p.checkbox('Show forms in Spanish', False)))
    p.add(p.section('Notifications', None,
        p.checkbox('Text me when the IRS accepts my return', True),
        p.checkbox('Email reminders before the filing deadline', True),
        p.textfield('Mobile number for alerts', '(555) 014-2231', type='tel')))
    p.add(p.section('Refund', None,
        p.radios('How do you want your refund?', ['Direct deposit', 'Paper check', 'Apply to next year'], 0)))
    p.add(p.section('Sharing', None,
        p.checkbox('Let my tax preparer view this return', False),
        p.checkbox('Show me offers from financial partners', False)))
    p.add(p.section('Security', None, p.button('Verify your identity'), p.button('Sign out of all devices')))
    p.add(p.button('Download past returns (PDF)'))
    p.add(actions(p))
    return p


def pages():
    return [quickbooks(), gusto(), brieflyne(), ledgerlark(), taxwell()]

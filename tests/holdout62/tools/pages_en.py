from lib import Page


def onepassword():
    p = Page('en', '1password-privacy', '1Password', 'https://my.1password.com/profile/privacy', 'Privacy & data',
             known=True, user='Dana Reyes', accent='#0a5bd3',
             nav=['Overview', 'Vaults', 'Watchtower', 'Privacy & data', 'Integrations', 'Billing'], active=3,
             notes='Decoys: AI title suggestions that do not train, Watchtower alerts, crash reports said not to train, export, connected apps, Travel Mode.')
    ai = p.sec('AI in 1Password',
               p.sw('Suggest item titles and tags', True, mode='native',
                    help='Suggestions are generated when you save an item. What you save is never used to train the model.')
               + p.sw("Use de-identified usage data to train 1Password's AI models", True, mode='lb', ai='p', state_text='On')
               + p.state('Autofill diagnostics', 'On', 'Turn off', suffix='autofill diagnostics', on=True, ai='v', sharing=True,
                         help='When this is on, sign-in pages where autofill misses a field are reported and used to retrain our field-detection model.')
               + p.hide('hidden-attr', lambda: p.sw('Share autofill failures with AI research partners', False, mode='text', ai='p')),
               intro='Our AI features only ever see item metadata — never your passwords, secrets or notes. Choose how your account contributes.')
    team = p.sec('Team account',
                 p.cb("Exclude our team's vault activity from model training", True, ai='i',
                      help='Applies to every member of Northwind Studio. Only owners can change it.')
                 + p.cb('Show item suggestions in the browser extension', True),
                 intro='Northwind Studio manages these settings for everyone on the team.')
    watch = p.sec('Watchtower & alerts',
                  p.cb('Alert me about compromised websites', True)
                  + p.cb('Check my passwords against known breaches', True)
                  + p.cb('Warn me about weak or reused passwords', False)
                  + p.sel('Email me a security report', [('weekly', 'Weekly'), ('monthly', 'Monthly'), ('never', 'Never')], 'monthly'))
    diag = p.sec('Diagnostics',
                 p.cb('Send anonymous crash reports', True,
                      help="Crash reports help us fix bugs faster. They're never used to train AI models."))
    data = p.sec('Your data',
                 p.sw('Travel Mode', False, mode='text', help='Removes vaults not marked safe for travel from your devices.')
                 + '<div class="actions">' + p.btn('Export account data') + p.btn('Manage connected apps')
                 + p.btn('Sign out of all other devices') + p.btn('Delete account', 'btn danger') + '</div>')
    return p.done(ai + team + watch + diag + data)


def experian():
    p = Page('en', 'experian-privacy', 'Experian', 'https://usa.experian.com/member/settings/privacy', 'Privacy settings',
             known=True, user='Marcus T.', accent='#26478d',
             nav=['Dashboard', 'Credit report', 'Alerts', 'Identity protection', 'Privacy settings', 'Membership'], active=4,
             notes='Decoys: credit alerts, personalized card offers, a credit-building training course, an AI report explainer that does not train, credit lock, download.')
    alerts = p.sec('Alerts',
                   p.cb('Email me when my credit report changes', True)
                   + p.cb('Text me about new hard inquiries', True)
                   + p.sel('Dark web scan frequency', [('daily', 'Daily'), ('weekly', 'Weekly')], 'daily')
                   + p.txt('Mobile number for alerts', '(555) 014-2231', type='tel'))
    model = p.sec('How your data helps build our models',
                  p.table('Training data permissions', ['Data', 'Experian models', 'Partner lender models'],
                          [('Credit report history', [(True, 'h', None), (False, 'h', None)]),
                           ('Score simulator activity', [(False, 'h', None), None])])
                  + p.state('AI model research with university partners', 'Consent given 12 March 2024', 'Withdraw consent',
                            suffix='to AI model research', ai='i', sharing=True, on=True,
                            help='We share de-identified tradeline data with academic teams who train credit-risk models.')
                  + p.hide('inline-display-none',
                           lambda: p.cb('Let Experian Boost use my bank transactions to train scoring models', False, ai='p')),
                  intro='Experian builds machine-learning models for fraud detection and credit decisioning. Choose which of your data may be used to train them, and whether partner lenders may use it for models of their own.')
    offers = p.sec('Offers and learning',
                   p.cb('Show me personalized card and loan offers', True, help='Matches are based on your credit profile.')
                   + p.cb('Enroll me in the free 4-week Credit Building training', False)
                   + p.sel('Preferred contact method', [('email', 'Email'), ('sms', 'Text message'), ('mail', 'Postal mail')], 'email'))
    assist = p.sec('Report assistant',
                   p.sw('Explain my report with AI', True, mode='text',
                        help="Explanations are generated when you ask and aren't used to train models."))
    sec = p.sec('Security',
                p.btn('Lock my Experian credit file', 'btn primary') + p.btn('Change password')
                + p.btn('Manage authorized users') + p.btn('Download my data'))
    return p.done(alerts + model + offers + assist + sec)


def tunnelbird():
    p = Page('en', 'tunnelbird-vpn-privacy', 'Tunnelbird VPN', 'https://account.tunnelbird.test/settings/privacy',
             'Privacy & connection', user='kit@fastmail.test', accent='#0f8b6c', hide_class='u-hidden',
             nav=['Devices', 'Connection', 'Privacy & connection', 'Subscription', 'Referrals'], active=2,
             notes='Decoys: protocol, kill switch, Smart Location AI that runs locally, tracker blocking, DNS, referral, config download.')
    conn = p.sec('Connection',
                 p.sel('Protocol', [('wg', 'WireGuard'), ('udp', 'OpenVPN (UDP)'), ('tcp', 'OpenVPN (TCP)')], 'wg')
                 + p.sw('Kill switch', True, mode='text')
                 + p.sw('Auto-connect on untrusted Wi-Fi', True, mode='text')
                 + p.cb('Smart Location — let AI pick the fastest server', True,
                        help='Runs on your device using the latency it measures. Nothing is sent back to train anything.')
                 + p.sel('DNS', [('tb', 'Tunnelbird DNS'), ('custom', 'Custom')], 'tb')
                 + p.btn('Choose apps for split tunneling'))
    block = p.sec('Blocking',
                  p.cb('Block ads and trackers', True) + p.cb('Block malicious domains', True)
                  + p.cb('Notify me when the VPN disconnects', False))
    research = p.sec('Research & model training',
                     p.seg('Share connection quality data for model training',
                           [('off', 'Off'), ('agg', 'Aggregated'), ('full', 'Detailed')], 'off', ai='p', share=('agg', 'full'))
                     + p.radios('Keep my traffic metadata out of AI training', [('yes', 'Yes'), ('no', 'No')], 'no',
                                mode='rg', ai='i', share=('no',))
                     + p.hide('css-class', lambda: p.cb('Allow partners to train on my anonymized session data', True, ai='p')),
                     intro="Tunnelbird's routing model learns from connection quality across the network. We never log the sites you visit.")
    acct = p.sec('Account',
                 p.cb('Email me product news', False)
                 + p.btn('Invite a friend') + p.btn('Download configuration files') + p.btn('Manage devices')
                 + p.btn('Cancel subscription', 'btn danger'))
    return p.done(conn + block + research + acct)


def sentrymouse():
    p = Page('en', 'sentrymouse-family-privacy', 'Sentrymouse', 'https://my.sentrymouse.test/family/privacy',
             'Protection & privacy', user='The Okafor family', accent='#7a3fd1',
             nav=['Home', 'Devices', 'Protection & privacy', 'Family', 'Subscription'], active=2,
             notes="Decoys: real-time protection, on-device scam shield, scan schedule, family reports, quarantine. The children's exclusion sits in a closed details.")
    prot = p.sec('Protection',
                 p.sw('Real-time protection', True, mode='native')
                 + p.sel('Scheduled scan', [('daily', 'Daily'), ('weekly', 'Weekly'), ('off', 'Off')], 'weekly')
                 + p.cb('Scan USB drives when connected', True)
                 + p.cb('Block potentially unwanted apps', True)
                 + p.sw('Scam Shield — flag risky texts', True, mode='native',
                        help="Messages are checked on the phone itself. They never leave it and aren't used for training.")
                 + p.cb('Email me when a threat is quarantined', False))
    samples = p.sec('Sample submission for model training',
                    p.sw('Submit suspicious files automatically', True, mode='native', ai='h')
                    + p.cb('Ask me first if a file might contain personal documents', True)
                    + p.sw('Threat telemetry', False, mode='text', ai='v', tie='near',
                           help='Sends detection events from your devices, which we use to retrain our on-device models.'),
                    intro="When Sentrymouse finds a file it can't classify, it can upload a copy so our analysts and our malware-detection model can learn from it.")
    fam = p.sec('Family',
                p.details('Family devices', lambda:
                          p.cb("Don't use my children's device scans to train detection models", False, ai='i')
                          + p.cb("Send me a weekly report on Leo's devices", True)
                          + p.sel('Web filter level for Mia', [('strict', 'Strict'), ('moderate', 'Moderate'), ('off', 'Off')], 'strict'))
                + p.hide('aria-hidden', lambda: '<p>Preview: how this looks in the Sentrymouse app</p>'
                         + p.sw('Help train Sentrymouse AI with my scans', True, mode='lb', ai='p')),
                intro='Settings for the devices you protect for other members of your household.')
    acct = p.sec('Account',
                 p.btn('View quarantine') + p.btn('Download scan history') + p.btn('Add a device') + p.btn('Renew subscription', 'btn primary'))
    return p.done(prot + samples + fam + acct)


def quillmail():
    p = Page('en', 'quillmail-data-privacy', 'Quillmail', 'https://mail.quillmail.test/settings/data-privacy',
             'Data & privacy', user='Priya N.', accent='#b4451f',
             nav=['General', 'Encryption', 'Data & privacy', 'Filters', 'Domains', 'Billing'], active=2,
             notes='Decoys: on-device smart replies and summaries, key directory listing, remote images, read receipts, export, 2FA, connected apps.')
    assist = p.sec('Writing assistant',
                   p.cb('Show smart reply suggestions', True,
                        help="Suggestions are written on your device from the message you're reading.")
                   + p.cb('Summarize long threads', False)
                   + p.state('Opt-out from writing-assistant training', 'Active', 'Withdraw', lb='both', ai='i', sharing=False, on=True)
                   + p.sel('AI model training with my messages',
                           [('off', 'Off'), ('headers', 'Headers only'), ('full', 'Full message content')], 'headers',
                           ai='p', share=('headers', 'full'))
                   + p.hide('visibility-hidden',
                            lambda: p.sw('Use my encrypted attachments to improve spam models', False, mode='al', ai='p')))
    keys = p.sec('Public key page',
                 p.cb('List my key in the Quillmail directory', True)
                 + p.cb('Allow AI crawlers to train on my public key page', False, ai='p'),
                 intro='Your public key page lets anyone send you encrypted mail.')
    mail = p.sec('Mail',
                 p.txt('Display name', 'Priya Natarajan')
                 + p.cb('Block remote images', True) + p.cb('Send read receipts', False)
                 + p.cb('Encrypt messages to Quillmail users automatically', True)
                 + p.sel('Undo send window', [('5', '5 seconds'), ('10', '10 seconds'), ('30', '30 seconds')], '10')
                 + p.btn('Save changes', 'btn primary'))
    acct = p.sec('Account', p.btn('Export mailbox (.mbox)') + p.btn('Set up two-factor authentication') + p.btn('Connected apps'))
    return p.done(assist + keys + mail + acct)


PAGES = [onepassword, experian, tunnelbird, sentrymouse, quillmail]

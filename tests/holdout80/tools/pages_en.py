from lib import Page


def pages():
    out = []

    # 1 ---- T-Mobile Scam Shield (known service, reconstruction) ----------------
    p = Page('en', 'tmobile-scam-shield', 'https://account.t-mobile.com/scam-shield/settings',
             'Scam Shield settings', 'T-Mobile', known=True,
             nav=['Scam Shield', 'Blocking', 'Caller ID', 'Privacy', 'Lines & devices', 'Billing'],
             notes='Known service (T-Mobile), invented copy. Table of call-data rows under an AI-training caption.')
    p.h1('Scam Shield', 'Block scammers, see who is calling, and decide what happens with the call data on this line.')
    p.sec('Call protection')
    p.switch('Scam ID', True, help='Labels incoming calls as "Scam Likely" before you answer.')
    p.switch('Scam Block', False, help='Sends Scam Likely calls straight to a busy signal. Contacts are never blocked.')
    p.select('Send "Nuisance Likely" calls to', ['Ring normally', 'Voicemail', 'Block'], 1)
    p.check('Show Caller ID name for unknown numbers', True)
    p.sec('Notifications')
    p.check('Text me a weekly summary of blocked calls', False)
    p.check('Tell me when new Scam Shield AI features launch', True,
            help='Just a heads-up by text. Turning this on does not change how your data is handled.')
    p.sec('Scam-detection research',
          'Our scam filters learn from real calls. Choose what this line contributes.')
    p.switch('Use my call reports to train scam-detection models', True,
             help='Reports you file ("This was a scam") and the numbers involved.', ai=('p', True))
    p.staterow('Opt-out of model training', 'Status: On since 12 Feb 2025', 'Turn off',
               naming='labelledby', ai=('i', False))
    p.table('Data used to improve our AI scam models', 'Data type', ['Shared'],
            [('Blocked-call log', [(True, ('h', True))]), ('Reported texts', [(False, ('h', False))])])
    p.hide('hidden')
    p.check('Beta: let voice-pattern learning use my calls', False, ai=('p', False))
    p.unhide()
    p.sec('Your data')
    p.button('Download my Scam Shield history')
    p.button('Clear blocked-call list')
    p.select('Keep blocked-call history for', ['30 days', '90 days', '1 year'], 1)
    p.sec('Accessibility')
    p.check('Larger text in the Scam Shield app', False)
    p.check('Vibrate instead of showing a banner for blocked calls', False)
    p.button('Save')
    out.append(p)

    # 2 ---- Verizon Call Filter (known) -----------------------------------------
    p = Page('en', 'verizon-call-filter', 'https://www.verizon.com/my-verizon/call-filter/settings',
             'Call Filter preferences', 'Verizon', known=True,
             nav=['Overview', 'Call Filter', 'Spam reports', 'Block list', 'Privacy choices', 'Help'],
             active_nav=1, notes='Known service (Verizon), invented copy. Vague radio set, aria-label switch with "Don\'t use", select.')
    p.h1('Call Filter', 'Spam detection, caller ID and the choices that go with them.')
    p.sec('Spam filter')
    p.radios('Spam filter level', ['Block high-risk only', 'Block high and medium risk', 'Block all spam'], 0)
    p.switch('Send filtered calls to voicemail', True)
    p.switch('Neighborhood spoofing filter', True, help='Flags calls that fake a number close to your own.')
    p.bswitch('Spam alerts on my smartwatch', False, naming='labelledby')
    p.sec('Caller Name ID')
    p.check('Show business names and logos', True, wrap=True)
    p.check('Show my name to people I call', False, wrap=True)
    p.sec('Privacy choices')
    p.radios('Help improve Call Filter', ['Yes, include my calls', 'No'], 1,
             help='If you say yes, metadata from calls on this line (time, duration, numbers, spam reports) is used to train the machine-learning models that decide what counts as spam.',
             ai=('v', False))
    p.bswitch("Don't use my voicemail for AI training", True,
              help='Covers recordings and their transcripts.', ai=('i', False))
    p.details('More privacy choices')
    p.select('AI training with my spam reports', ['Allowed', 'Not allowed'], 0, ai=('p', True))
    p.end_details()
    p.hide('inline-display')
    p.switch('Share call audio snippets to train Verizon AI', True, ai=('p', True))
    p.unhide()
    p.bswitch('Personalized offers based on Call Filter use', False)
    p.sec('Reports and data')
    p.button('Export spam report history')
    p.button('Manage blocked numbers')
    p.sec('Display')
    p.select('Spam label style', ['Banner', 'Full screen', 'Silent'], 0)
    p.check('High-contrast spam warnings', False)
    p.check('Read caller name aloud', False)
    p.button('Save preferences')
    out.append(p)

    # 3 ---- Northbeam Fiber router (invented) -----------------------------------
    p = Page('en', 'northbeam-router-privacy', 'https://my.northbeamfiber.test/router/privacy',
             'Router privacy', 'Northbeam Fiber', hide_class='collapsed',
             nav=['Network', 'Wi-Fi', 'Devices', 'Parental controls', 'Privacy', 'Support'], active_nav=4,
             notes='Invented ISP router. Segmented buttons under a training heading, vague checkbox with help, radiogroup with "keep out" (No = sharing).')
    p.h1('Privacy on your Northbeam router')
    p.sec('Wi-Fi')
    p.text('Network name (SSID)', 'Harbor-Street-5G')
    p.select('Band steering', ['Automatic', '2.4 GHz only', '5 GHz only'], 0)
    p.switch('Guest network', False)
    p.switch('WPS button', False)
    p.sec('Smart Wi-Fi')
    p.check('Optimize channels overnight', True, help='Our AI picks quieter channels while you sleep. It runs on the router; nothing leaves your home for this.')
    p.check('Notify me when Smart Wi-Fi changes a setting', False)
    p.sec('Training our network AI',
          'We use traffic metadata from homes like yours to train the models that predict congestion and outages. Content of your traffic is never read.')
    p.segmented('Traffic metadata', ['Include', 'Exclude'], 0, ai=('h', True))
    p.check('Contribute diagnostics', False, wrap=True,
            help="Diagnostics from your router (signal levels, drops, device counts) are used to train Northbeam's Wi-Fi optimization model.",
            ai=('v', False))
    p.radiogroup("Keep my household's data out of AI training", ['Yes', 'No'], 1, ai=('i', True))
    p.hide('class-display')
    p.switch('Device fingerprints for model training', False, ai=('p', False))
    p.unhide()
    p.sec('Analytics and marketing')
    p.switch('Product analytics in the Northbeam app', True)
    p.switch('Offers from Northbeam partners', False)
    p.sec('Security')
    p.switch('Block known malicious sites', True)
    p.button('Restart router')
    p.switch('Remote management by Northbeam support', True, help='Lets an agent see your router settings during a support call.')
    p.check('Email me a monthly network report', False)
    p.button('Apply changes')
    out.append(p)

    # 4 ---- Dialtone visual voicemail (invented) --------------------------------
    p = Page('en', 'dialtone-transcription', 'https://app.dialtone-voicemail.test/settings/transcription',
             'Transcription settings', 'Dialtone',
             nav=['Inbox', 'Greetings', 'Transcription', 'Sharing', 'Plan'], active_nav=2,
             notes='Invented visual voicemail. State row with visually hidden suffix, text-named button switch with training help, checkbox under training heading.')
    p.h1('Transcription')
    p.sec('Transcripts')
    p.switch('Transcribe new voicemails', True)
    p.select('Transcript language', ['Automatic', 'English (US)', 'English (UK)', 'Spanish'], 0)
    p.check('Hide profanity in transcripts', False)
    p.check('Email transcripts to me', True, help='Sent to the address on your account.')
    p.bswitch('Summaries powered by AI', True, naming='labelledby',
              help='Short summaries at the top of long messages. Summaries are generated on demand and are not used to train anything.')
    p.sec('Model improvement')
    p.staterow('Transcription model training', 'On — your voicemails help train our transcription', 'Turn off',
               suffix='transcription model training', ai=('p', True))
    p.bswitch('Improve transcription quality', False, naming='text',
              help='Lets us use your voicemail audio and your corrections to train our speech-recognition models.',
              ai=('v', False))
    p.sub('Speech model training', 'Recordings picked for training are reviewed by a small team under NDA.')
    p.check('Include voicemails from contacts', True, ai=('h', True))
    p.hide('aria-hidden')
    p.check('Include voicemails from unknown callers', False, ai=('h', False))
    p.unhide()
    p.sec('Notifications')
    p.check('Badge on new voicemail', True)
    p.check('Sound', True)
    p.check('Lock-screen previews', False)
    p.sec('Storage')
    p.select('Delete listened voicemails after', ['Never', '30 days', '7 days'], 1)
    p.button('Export all voicemails')
    p.sec('Accessibility')
    p.check('Show transcripts in large type', False)
    p.select('Playback speed', ['0.75x', '1x', '1.25x', '1.5x'], 1)
    p.check('Read transcripts aloud with the screen reader voice', False)
    out.append(p)

    # 5 ---- TopupJet prepaid / eSIM (invented) ----------------------------------
    p = Page('en', 'topupjet-privacy', 'https://account.topupjet.test/settings/privacy',
             'Privacy & data', 'TopupJet',
             nav=['Top up', 'eSIMs', 'Auto-recharge', 'Payment methods', 'Privacy & data'], active_nav=4,
             notes='Invented prepaid/eSIM app. Opt-out select with "No" chosen, licensing radio set under an AI-partners intro, vague switch.')
    p.h1('Privacy & data')
    p.sec('Top-ups')
    p.switch('Auto-recharge when balance drops below $5', True)
    p.select('Default top-up amount', ['$10', '$20', '$50'], 1)
    p.check('Save receipts to my email', True)
    p.sec('eSIM')
    p.button('Download eSIM QR code')
    p.switch('Roaming data alerts', True)
    p.sec('How we use your data')
    p.select('Opt out of AI training', ['Yes, opt me out', 'No'], 1,
             help='Applies to your top-up history, usage patterns and support chats.', ai=('i', True))
    p.switch('Share usage insights', True,
             help='Aggregated usage from your line is passed to research partners who train third-party AI models.',
             ai=('v', True))
    p.sec('AI partners', 'We license de-identified purchase data to partners who build and train AI models. You decide whether yours is part of it.')
    p.radios('Data licensing', ['Allow', "Don't allow"], 1, ai=('h', False))
    p.hide('visibility')
    p.check('Let partners train on my support chats', False, ai=('p', False))
    p.unhide()
    p.sec('Marketing')
    p.check('Promotions by SMS', False)
    p.check('Promotions by email', True)
    p.check('Personalised ads in the app', False)
    p.sec('Security')
    p.switch('Require PIN before each top-up', True)
    p.button('Sign out of all devices')
    p.switch('Two-step verification', True)
    p.sec('Connected apps')
    p.button('Disconnect Google Wallet')
    p.check('Let my banking app see my top-up receipts', False)
    out.append(p)
    return out

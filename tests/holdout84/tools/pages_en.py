from lib import Page, CHROME

L = 'en'


def P(**kw):
    return Page(lang=L, chrome=CHROME[L], **kw)


def canva():
    p = P(slug='canva-privacy', url='https://www.canva.com/settings/privacy', brand='Canva',
          title='Privacy settings', known=True, prefix='cv',
          nav=['Your account', 'Login & security', 'Privacy', 'Notifications', 'Brand Kit', 'Apps', 'Billing & plans'],
          active_nav=2,
          notes='Known service (reconstruction). Inverted "keep out" switch (on = not shared), heading-only radiogroup, inverted state row '
                '("opt-out" On = not shared). Decoys: Magic Write not training on prompts, AI-feature emails. '
                'Hidden: voice-training checkbox in a [hidden] "coming soon" block.')
    p.h1('Privacy settings', 'Control what people see about you and how Canva uses your information.')
    p.add(p.sec('Profile visibility', [
        p.radios('Who can see your public profile', ['Everyone', 'People in my teams', 'Only me'], 1),
        p.switch('Show my designs in the Creators gallery', False,
                 help='Published templates appear under your name for other Canva users.'),
        p.checkbox('Let team members find me by email address', True),
    ]))
    p.add(p.sec('Canva AI', [
        p.switch('Turn on Magic Write and Magic Design', True,
                 help='Writing and layout suggestions while you edit. Prompts you type here are never used to train our models.'),
        p.switch('Keep my content out of Canva’s AI training', True,
                 help='Otherwise photos, videos and designs you upload or create can help develop future Magic Studio features.',
                 ai='i'),
        p.checkbox('Email me when new AI tools launch', True, wrap=True),
        p.hide('hidden', [
            p.text('Coming soon to Canva Voice'),
            p.checkbox('Include my voice recordings in speech model training', False, ai='p'),
        ]),
    ], intro='Choose how AI features work for you.'))
    p.add(p.sec('AI training on team content', [
        p.radiogroup('Designs created in this team', [('Allowed', True), ('Not allowed', False)], 0, ai='h'),
        p.text('Only team owners and admins can change this option.'),
    ], intro='Decide whether designs made in “Hartley Studio” can be used to train the models behind Magic Studio.'))
    p.add(p.sec('Research programmes', [
        p.staterow('AI training opt-out', 'Status: <strong>On</strong> — your uploads are excluded from research datasets',
                   'Change', True, ai='i', neg=True),
    ]))
    p.add(p.sec('Personalisation and ads', [
        p.switch('Personalised template recommendations', True,
                 help='We use the designs you open and search for to suggest templates.'),
        p.switch('Show me personalised ads on other websites', False),
        p.checkbox('Allow analytics cookies', True),
    ]))
    p.add(p.sec('Accessibility', [
        p.switch('Reduce motion in the editor', False),
        p.select('Interface theme', ['Light', 'Dark', 'Match my system'], 2),
        p.checkbox('Always show alt-text field when uploading images', True),
    ]))
    p.add(p.sec('Your data', [
        p.button('Request a copy of your data'),
        p.button('View login history'),
        p.button('Manage connected apps'),
        p.button('Delete account', cls='btn danger'),
    ]))
    return p


def adobe():
    p = P(slug='adobe-account-privacy', url='https://account.adobe.com/privacy', brand='Adobe',
          title='Privacy and personal data', known=True, prefix='ad',
          nav=['Overview', 'Plans', 'Account and security', 'Privacy and personal data', 'Communication preferences',
               'Security settings', 'Linked accounts'], active_nav=3,
          notes='Known service (reconstruction). Vague "analyze my content" checkbox with help about ML training, '
                'inverted "keep out of model training" button switch, heading-only segmented control. Decoys: '
                'generative features, Firefly notification. Hidden: inline display:none switch.')
    p.h1('Privacy and personal data', 'Review how we collect and use information about your account and the content you create.')
    p.add(p.sec('Content analysis', [
        p.checkbox('Allow my content to be analyzed by Adobe', True,
                   help='When this is on, Adobe may analyze content stored in Creative Cloud using machine-learning '
                        'techniques, for example to train and improve the models behind our features.', ai='v'),
        p.btnswitch('Keep my Lightroom edits out of model training', False, naming='labelledby', ai='i',
                    help='Your slider adjustments and masks are otherwise used to teach our auto-edit models.'),
        p.hide('inline-display', [
            p.switch('Share desktop usage data for AI model training', True, ai='p'),
        ]),
    ]))
    p.add(p.sec('Generative AI', [
        p.switch('Enable generative features in Photoshop and Illustrator', True,
                 help='Generative Fill and Text to Vector Graphic. Outputs are labelled with Content Credentials.'),
        p.checkbox('Notify me when new Firefly models become available', False, wrap=True),
        p.select('Content Credentials on export', ['Always attach', 'Ask each time', 'Never attach'], 1),
    ]))
    p.add(p.sec('Generative AI research', [
        p.segmented('Your Adobe Stock submissions', [('Contribute', True), ('Don\'t contribute', False)], 1, ai='h'),
    ], intro='We are inviting some contributors to let their accepted Stock images train future Firefly models.', details=True))
    p.add(p.sec('Desktop app usage', [
        p.switch('Share information about how I use desktop apps', True,
                 help='Crash reports and feature usage help us fix bugs faster.'),
        p.switch('Personalise in-app messages', True),
        p.switch('Show Adobe ads on other sites', False),
    ]))
    p.add(p.sec('Communication', [
        p.select('Preferred language for emails', ['English (UK)', 'English (US)', 'Français', 'Deutsch'], 0),
        p.checkbox('Tips and tutorials for the apps I use', True),
        p.checkbox('Surveys and research invitations', False),
    ]))
    p.add(p.sec('Security', [
        p.button('Set up two-step verification'),
        p.button('Sign out of all devices'),
    ]))
    p.add(p.sec('Your personal data', [
        p.button('Download your data'),
        p.button('Close account', cls='btn danger'),
    ]))
    return p


def framestack():
    p = P(slug='framestack-data', url='https://app.framestack.test/account/data-and-ai', brand='Framestack',
          title='Data & AI', prefix='fs', css_hide_class='legacy-opt',
          nav=['Profile', 'Projects', 'Export presets', 'Data & AI', 'Team', 'Billing'], active_nav=3,
          notes='Invented video editor. Table with a plain "Training our editing models" column (two rows), '
                'radio fieldset named by a vague legend whose help says the clips train the auto-cut model. '
                'Decoys: smart search index column, AI-caption feature, render notifications. Hidden: .legacy-opt class.')
    p.h1('Data & AI', 'Framestack stores your footage securely. Here you decide what else it may be used for.')
    p.add(p.sec('Clip data', [
        p.table('Where your clips may go', 'Clip type', ['Cloud backup', 'Smart search index', 'Training our editing models'],
                [('Raw footage', [True, True, False]), ('Exported videos', [True, False, True])],
                ai_cols={2: ('p', False)}),
    ]))
    p.add(p.sec('Auto-cut', [
        p.switch('Suggest cuts on beat', True, help='Runs on your device. Nothing leaves your computer.'),
        p.radios('Help Auto-cut get better', [('Use my timeline edits', True), ('Keep my edits private', False)], 1,
                 help='Your cut points and trims can be used as examples to train the Auto-cut model. '
                      'Footage itself is not uploaded for this.', ai='v'),
        p.hide('class', [
            p.btnswitch('Legacy: share project files for model training', True, ai='p', naming='aria-label'),
        ]),
    ]))
    p.add(p.sec('Captions', [
        p.switch('Generate captions automatically', True),
        p.select('Caption language', ['Detect automatically', 'English', 'Spanish', 'German'], 0),
        p.checkbox('Burn captions into exports by default', False),
    ]))
    p.add(p.sec('Notifications', [
        p.checkbox('Email me when a render finishes', True),
        p.checkbox('Tell me about new AI editing features', True),
        p.checkbox('Weekly storage report', False),
    ]))
    p.add(p.sec('Sharing', [
        p.radiogroup('Default link access', ['Anyone with the link', 'Workspace only', 'Invited people'], 1),
        p.switch('Allow viewers to download originals', False),
        p.button('Export all projects'),
    ]))
    return p


def clipcaster():
    p = P(slug='clipcaster-recording-settings', url='https://clipcaster.test/settings/recordings', brand='Clipcaster',
          title='Recording settings', prefix='cc',
          nav=['General', 'Recording', 'Privacy', 'Workspace', 'Integrations', 'Plan'], active_nav=1,
          notes='Invented screen recorder. Plain select with a "shareable only" option (sharing), wrapped checkbox '
                '"Contribute transcripts" (vague + help), inverted "Don\'t use…" button switch named by its text. '
                'Decoys: AI summaries (not trained on), notifications. Hidden: aria-hidden region.')
    p.h1('Recording settings', 'Defaults for new recordings in the Northwind Design workspace.')
    p.add(p.sec('Capture', [
        p.select('Default resolution', ['720p', '1080p', '4K'], 1),
        p.switch('Record system audio', True),
        p.switch('Show camera bubble', True),
        p.checkbox('Count down before recording starts', True),
        p.select('Highlight clicks', ['Off', 'Ring', 'Spotlight'], 1),
    ]))
    p.add(p.sec('Transcripts and AI', [
        p.switch('Generate AI summaries and chapters', True,
                 help='Summaries are produced by a third-party model under a contract that forbids training on your recordings.'),
        p.select('Use recordings for AI training', [('Never', False), ('Only recordings I mark as shareable', True),
                                                    ('All recordings', True)], 1, ai='p'),
        p.checkbox('Contribute transcripts', False, wrap=True, ai='v', describe=False,
                   help='Transcripts you correct by hand help us train our speech recognition model.'),
        p.btnswitch('Don\'t use my workspace\'s recordings for model improvement', True, naming='text', ai='i'),
        p.hide('aria-hidden', [
            p.switch('Train filler-word removal on my audio', True, ai='p'),
        ]),
    ]))
    p.add(p.sec('Notifications', [
        p.checkbox('Someone comments on my video', True),
        p.checkbox('Monthly views digest', False),
        p.checkbox('News about AI features', True),
    ]))
    p.add(p.sec('Privacy', [
        p.radios('Who can view new recordings', ['Anyone with the link', 'My workspace', 'Only me'], 1),
        p.checkbox('Ask viewers for their email before playing', False),
        p.button('Download all my recordings'),
    ]))
    return p


def glyphhouse():
    p = P(slug='glyphhouse-preferences', url='https://www.glyphhouse.test/account/preferences', brand='Glyphhouse',
          title='Preferences', prefix='gh',
          nav=['Profile', 'My sets', 'Licences', 'Preferences', 'Downloads', 'Billing'], active_nav=3,
          notes='Invented font and icon library. State row "Manage Font pairing model training" (status Included), '
                'vague radio legend with help about the icon generator, heading-only switch about AI crawlers. '
                'Decoys: AI icon search, licence emails. Hidden: visibility:hidden block.')
    p.h1('Preferences', 'Settings for your Glyphhouse designer account.')
    p.add(p.sec('Display', [
        p.segmented('Preview background', ['Light', 'Dark', 'Checker'], 0),
        p.select('Default icon size', ['16 px', '24 px', '32 px', '48 px'], 1),
        p.switch('Show ligatures in font previews', True),
    ]))
    p.add(p.sec('Uploaded fonts', [
        p.staterow('Font pairing model training', 'Included — your uploaded fonts help train pairing suggestions',
                   'Manage', True, ai='p'),
        p.switch('Suggest pairings with AI', True, help='Uses our existing model; turning this on does not share your files.'),
    ]))
    p.add(p.sec('Icon editor', [
        p.radios('Help shape Glyphhouse Studio', [('Yes, use my drawings', True), ('No thanks', False)], 1,
                 help='Decide whether the icons you draw in the editor may be used as examples to train the icon generator.',
                 ai='v'),
        p.checkbox('Snap to pixel grid', True),
        p.hide('visibility', [
            p.checkbox('Also share my unpublished drafts with the training set', False, ai='p'),
        ]),
    ]))
    p.add(p.sec('AI crawlers and training datasets', [
        p.switch('Let crawlers collect my public sets', False, ai='h'),
    ], intro='Your public icon sets can be seen by anyone. Decide whether we let AI companies’ crawlers copy them to train their models.'))
    p.add(p.sec('Email', [
        p.checkbox('Licence renewal reminders', True),
        p.checkbox('New icon packs from designers I follow', True),
        p.checkbox('Product news, including AI tools', False),
    ]))
    p.add(p.sec('Account', [
        p.textfield('Public designer name', 'Ines Quarles'),
        p.button('Download licence history'),
        p.button('Connect Figma'),
        p.button('Delete account', cls='btn danger'),
    ]))
    return p


def pages():
    return [canva(), adobe(), framestack(), clipcaster(), glyphhouse()]

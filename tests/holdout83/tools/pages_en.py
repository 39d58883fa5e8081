from lib import *

CH = dict(skip='Skip to content', search='Search', language='Language', account='Account', nav='Settings',
          menu=['Your profile', 'Settings', 'Help', 'Log out'],
          footer=['Privacy', 'Terms', 'Cookie settings', 'Help centre', 'Accessibility'])


def duolingo():
    p = Page('en', 'duolingo-privacy', 'https://www.duolingo.com/settings/privacy', 'Privacy settings', 'duolingo',
             ['Preferences', 'Profile', 'Notifications', 'Courses', 'Duolingo Max', 'Privacy settings', 'Manage subscription'],
             CH, known=True, hide='hidden', active=5, accent='#58a700', account='Lin M.',
             notes='Reconstruction of a well-known language app; all AI settings invented. Decoys: Video Call transcripts said not to train, Max tip emails.')
    p.sec('Profile visibility',
          sw('Make my profile public', on=True, help='Other learners can see your courses, streak and achievements.'),
          cb('Show me on leaderboards', on=True),
          select('Who can follow you', ['Everyone', 'Only people I follow back', 'Nobody'], 0))
    p.sec('Lesson experience',
          sw('Sound effects', on=True),
          sw('Listening exercises', on=True),
          sw('Speaking exercises', on=False, help='Turn these back on whenever you have a microphone nearby.'),
          select('Daily goal', ['Casual · 10 XP', 'Regular · 20 XP', 'Serious · 30 XP', 'Intense · 50 XP'], 1))
    p.sec('Duolingo Max',
          sw('Explain My Answer after mistakes', on=True),
          sw('Keep Video Call transcripts for 30 days', on=True,
             help='Transcripts let you review what you said with Lily. They are never used to train our models and are deleted automatically.'),
          cb('Email me tips about new Max features', on=False))
    p.sec('How we use your learning data',
          bsw('Use my exercise answers to train Duolingo’s AI models', on=True, ai='p', naming='text',
              help='Covers typed translations and multiple-choice answers, with your name and email removed.'),
          cb('Help improve speech features', on=False, ai='v',
             help='Short, anonymised clips from your speaking exercises are used to train and evaluate our speech-recognition models.'),
          hide_attr(cb('Let research partners use my answers for model training', on=True, ai='p')),
          intro='Duolingo is built on what millions of learners do every day. You decide what your own activity contributes.')
    p.sec('Training on Max conversations',
          radios('Roleplay transcripts', [('Allow', True), ('Don’t allow', False)], 1, ai='h'),
          intro='Choose whether the transcripts of your Roleplay chats may be used to develop future AI models. Video Call is handled separately above.')
    p.sec('Your data',
          btn('Download my data'), btn('Delete my account', 'danger'))
    return p


def quizlet():
    p = Page('en', 'quizlet-settings', 'https://quizlet.com/settings', 'Settings', 'Quizlet',
             ['Account', 'Notifications', 'Study settings', 'AI tools', 'Privacy', 'Subscription'],
             CH, known=True, hide='display', active=4, accent='#4255ff', account='sam_studies',
             notes='Reconstruction of a well-known flashcard service; all AI settings invented. Table with a personalisation column as decoy.')
    p.sec('Account',
          inp('Username', 'sam_studies'), inp('Email', 'sam@example.com', 'email'),
          select('Account type', ['Student', 'Teacher', 'Parent'], 0))
    p.sec('Notifications',
          tbl('How we contact you', ['Email', 'Push'],
              [('Study reminders', [True, True]), ('Class activity', [True, False]), ('New AI study tools', [False, True])]))
    p.sec('AI study tools',
          sw('Suggest Q-Chat practice after I study a set', on=True,
             help='Suggestions are generated on the fly. Your chats with Q-Chat are not used to train any model.'),
          sw('Create Magic Notes from my uploads', on=False),
          hide_display(bsw('Share study activity with AI partners for model development', on=False, ai='p', naming='label',
                           vis='Partner AI development')))
    p.sec('Privacy',
          sw('Exclude my study sets from AI training', on=False, ai='i', inv=True,
             help='Public sets you create can otherwise be used to improve Magic Notes and Q-Chat.'),
          select('Who can see my sets by default', ['Everyone', 'Only people with a password', 'Only me'], 0),
          cb('Let classmates find me by email', on=False))
    p.sec('Your content and our AI',
          tbl('Choose how each type of content may be used', ['Personalised suggestions', 'Model training'],
              [('Flashcard sets', [True, (True, 'p')]), ('Uploaded class notes', [True, (False, 'p')])],
              help='Personalised suggestions only use your content for you. Model training means it can help build the models everyone uses.'))
    p.sec('Data', btn('Export my sets'), btn('Delete account', 'danger'))
    return p


def flashwise():
    p = Page('en', 'flashwise-data', 'https://app.flashwise.test/settings/data', 'Data & privacy', 'Flashwise',
             ['Scheduler', 'Appearance', 'Sync', 'Data & privacy', 'Security', 'Billing'],
             CH, hide='class', active=3, accent='#0b7a75', account='Priya',
             notes='Invented spaced-repetition app. State rows with On/Off status, decoy 2FA row.')
    p.sec('Review scheduler',
          select('New cards per day', ['10', '20', '30', '50'], 1),
          select('Learning steps', ['1m 10m', '10m 1d', '1m 10m 1h'], 0),
          cb('Bury sibling cards until tomorrow', on=True, wrap=True),
          sw('Show answer timer', on=False))
    p.sec('Appearance',
          seg('Theme', ['Light', 'Dark', 'System'], 2),
          select('Card font size', ['Small', 'Medium', 'Large'], 1))
    p.sec('Model training',
          row('Training opt-out', 'Not active', 'Turn on', on=False, ai='i', inv=True,
              help='While the opt-out is active, nothing you review leaves the personal scheduler on your devices.'),
          select('Card content sharing', [('Don’t share', False), ('Share anonymously', True), ('Share with attribution', True)], 1, ai='v',
                 help='Controls whether the text and images on your private decks may be used to train Flashwise’s scheduling and card-generation models.'),
          seg('Train the memory model on my review history', [('On', True), ('Off', False)], 0, ai='p'),
          hide_class('is-retired', sw('Contribute decks to the shared AI training pool', on=True, ai='p')),
          intro='Flashwise predicts when you are about to forget a card. Decide how your decks feed into that.')
    p.sec('Sync',
          row('Cloud sync', 'On', 'Pause sync', on=True),
          sw('Sync over mobile data', on=False))
    p.sec('Security',
          row('Two-step verification', 'Off', 'Set up', on=False),
          btn('Sign out of all devices'))
    p.sec('Export', btn('Export decks (.csv)'), btn('Export full backup'))
    return p


def tutorloop():
    p = Page('en', 'tutorloop-privacy', 'https://www.tutorloop.test/account/privacy', 'Privacy', 'TutorLoop',
             ['Profile', 'Lessons', 'Payments', 'Privacy', 'Notifications', 'Family'],
             CH, hide='aria', active=3, accent='#c2410c', account='Jordan (parent)',
             notes='Invented tutoring marketplace with a family account; double negation about children’s notes; AI lesson summaries decoy.')
    p.sec('Profile visibility',
          sw('Show my profile to tutors before I book', on=True),
          cb('Show my last name', on=False),
          select('Time zone shown to tutors', ['Europe/London', 'America/New_York', 'Asia/Singapore'], 0))
    p.sec('Lesson summaries',
          sw('Email me an AI summary after each lesson', on=True,
             help='Summaries are written for you alone and are not used for training.'),
          cb('Remind me 30 minutes before a lesson', on=True),
          cb('Tell me when my tutor posts new slots', on=False))
    p.sec('AI training',
          rg('Lesson recordings', [('Include my recordings', True), ('Leave them out', False)], 1, ai='h'),
          bsw('Improve TutorLoop for everyone', on=True, ai='v', naming='lb',
              help='Lets us use your messages with tutors, with names removed, to train the models behind Smart Replies.'),
          cb('Don’t exclude my children’s session notes from model training', on=False, ai='i', inv=False, wrap=True),
          hide_aria(sw('Allow AI training on tutor feedback I write', on=True, ai='p')),
          intro='Recordings, messages and notes from lessons can help us build better matching and feedback models.')
    p.sec('Payments',
          select('Currency', ['GBP £', 'EUR €', 'USD $'], 0),
          cb('Save my card for next time', on=True),
          btn('View invoices'))
    p.sec('Connected apps',
          row('Google Calendar', 'Connected', 'Disconnect', on=True),
          row('Zoom', 'Not connected', 'Connect', on=False))
    p.sec('Security',
          row('Two-factor authentication', 'On', 'Manage', on=True),
          btn('Change password'))
    return p


def chalkline():
    p = Page('en', 'chalkline-privacy', 'https://chalkline.test/settings?tab=privacy', 'Settings', 'Chalkline',
             ['General', 'Privacy', 'Linked students', 'Notifications', 'Accessibility'],
             CH, hide='visibility', active=1, accent='#6d28d9', account='Ms Okafor',
             notes='Invented homework helper (photo upload, Q&A board). AI crawler control is heading-only; opt-out for linked student accounts.')
    p.sec('General',
          select('Grade level', ['Year 7', 'Year 8', 'Year 9', 'Year 10', 'Year 11'], 2),
          seg('Explanations', ['Short', 'Step by step'], 1),
          sw('Show hints before the full answer', on=True))
    p.sec('Your uploads',
          row('Model training on your uploaded photos', 'On', 'Turn off', on=True, ai='p', naming='sr',
              suffix='model training on uploaded photos'),
          sw('Keep photos of my homework for 90 days', on=True, help='So you can come back to past questions.'),
          hide_vis(sw('Train the answer checker on my worked solutions', on=False, ai='p')))
    p.sec('Linked students',
          radios('Opt out of AI training for my linked student accounts', [('Yes, opt out', False), ('No', True)], 0, ai='i',
                 help='Applies to every child or pupil connected to this account.'),
          cb('Send me a weekly progress report', on=True))
    p.sec('Third-party AI crawlers',
          cb('Allow access to my public answers', on=False, ai='h', wrap=True),
          intro='Answers you post on the Q&A board are public. Outside companies collect public web content to train their AI systems.')
    p.sec('Notifications',
          cb('Someone answers my question', on=True),
          cb('My answer gets a thank-you', on=True),
          cb('News about Chalkline AI tutor updates', on=False))
    p.sec('Accessibility',
          sw('Dyslexia-friendly font', on=False), sw('Reduce motion', on=True), select('Text size', ['100%', '125%', '150%'], 0))
    p.sec('Your data', btn('Download my questions and answers'), btn('Close account', 'danger'))
    return p


def pages():
    return [duolingo(), quizlet(), flashwise(), tutorloop(), chalkline()]

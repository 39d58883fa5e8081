from lib import *

def build():
    P = []
    # 1 ---------------------------------------------------------------- Zoom (known)
    p = Page("en", "zoom-meeting-settings", "https://zoom.us/profile/setting?tab=meeting", "Zoom Workplace",
             "Settings", known=True, hidden_method="hidden", account="Dana Whitfield",
             nav=["Profile", "Meetings", "Webinars", "Recordings & Transcripts", "Settings", "Reports", "Account Profile"], active=4,
             note="Reconstruction of Zoom's web settings (meeting tab); AI Companion features are decoys that promise not to train.")
    p.sec("Schedule Meeting", None,
          sw("Host video", True, help="Start meetings with host video on."),
          sw("Participants video", False),
          select("Audio type", ["Telephone and Computer Audio", "Telephone", "Computer Audio"], 0),
          cb("Require a passcode when scheduling new meetings", True,
             help="A passcode will be generated when scheduling a meeting and participants require the passcode to join."),
          cb("Allow participants to join before host", False, wrap=True))
    p.sec("In Meeting (Basic)", None,
          sw("Meeting chat", True, help="Allow meeting participants to send chat messages visible to all participants."),
          sw("Screen sharing", True),
          radios("Who can share?", ["Host Only", "All Participants"], 1),
          cb("Show a \"Join from your browser\" link", False, wrap=True))
    p.sec("AI Companion", "AI Companion works with the content of your meetings to help you catch up. "
          "Zoom does not use your audio, video, chat, screen sharing, attachments or other communications-like customer content to train Zoom's or third-party AI models.",
          sw("Meeting summary with AI Companion", True, help="Automatically generate a summary and share it with the host after the meeting."),
          sw("Meeting questions", False, help="Let participants ask AI Companion questions about what has been discussed so far."),
          cb("Email me when new AI Companion features become available", True, wrap=True))
    p.sec("Data for AI model improvement", None,
          cb("Exclude my cloud recordings from AI model training", True, ai="i",
             help="When ticked, recordings stored in your account are left out of the datasets we use to build new models."),
          select("Product improvement data", ["Share de-identified samples", "Share usage statistics only", "Don't share anything"], 0,
                 ai=("v", True),
                 help="De-identified samples of meeting audio and transcripts are used to train and evaluate Zoom's speech recognition and summary models."),
          bsw("Use my whiteboard content to train AI features", False, naming="label", ai="p",
              title="Whiteboard content for AI training"),
          hide("hidden", sw("Allow Zoom to use my meeting content to train AI models", True, ai="p")))
    p.sec("Recording", None,
          sw("Local recording", True),
          sw("Cloud recording", True, help="Allow hosts to record and save the meeting / webinar in the cloud."),
          cb("Add a timestamp to the recording", False, wrap=True),
          select("Delete cloud recordings after", ["Never", "30 days", "90 days", "1 year"], 2),
          button("Export settings as PDF"))
    P.append(p)

    # 2 ---------------------------------------------------------------- Otter.ai (known)
    p = Page("en", "otter-account-settings", "https://otter.ai/setting/account", "Otter.ai", "Account settings",
             known=True, hidden_method="display", account="Priya R.",
             nav=["Account", "Apps", "Otter Assistant", "Notifications", "Vocabulary", "Billing", "Team"], active=0,
             note="Reconstruction of Otter.ai account settings; training consent shown as a caption-only table.")
    p.sec("Profile", None,
          textfield("Full name", "Priya Raman"),
          textfield("Email", "priya@ramanconsulting.test", kind="email"),
          select("Time zone", ["(GMT-08:00) Pacific Time", "(GMT-05:00) Eastern Time", "(GMT+00:00) London", "(GMT+05:30) India"], 3),
          button("Change password"))
    p.sec("Otter Assistant", "Otter joins your calendar meetings to take notes, even when you can't make it.",
          sw("Auto-join all calendar events with a video link", True),
          radios("Share notes automatically with", ["Only me", "Participants in my workspace", "All calendar participants"], 1),
          cb("Send a chat message when Otter joins a meeting", True, wrap=True,
             help="Lets everyone know that a notetaker is present."))
    p.sec("Your conversations and our models", None,
          table("Which of your conversations may be used to train Otter's speech and summary models",
                ["Audio", "Transcript text"],
                [("Conversations I recorded", [(False, "h"), (True, "h")])],
                note="De-identified before use. Changes apply to conversations recorded after you save."),
          sw("Contribute to accuracy research", False, ai="v",
             help="Send short, de-identified clips of audio where Otter struggled so they can be added to the data we train new transcription models on."),
          hide("display", cb("Allow my shared conversations to be used for model training", True, ai="p")))
    p.sec("OtterPilot Chat", "Ask questions across your notes. Chat answers are generated for you only and are not used to train the assistant.",
          sw("Show Otter Chat in the sidebar", True),
          select("Default chat scope", ["This conversation", "All my conversations", "Channel conversations"], 0))
    p.sec("Transcription", None,
          select("Transcription language", ["English (US)", "English (UK)", "Spanish", "French"], 0),
          cb("Hide filler words (um, uh) in transcripts", True, wrap=True),
          sw("Automatically share speaker names learned in my workspace", False))
    p.sec("Data", None,
          button("Export all conversations"),
          button("Delete account", cls="danger", help="This permanently deletes your conversations, recordings and settings."))
    P.append(p)

    # 3 ---------------------------------------------------------------- invented webinar platform
    p = Page("en", "stagecraft-webinar-privacy", "https://app.stagecraft-live.test/org/acme/settings/privacy",
             "Stagecraft Live", "Privacy & data", hidden_method="class", account="Acme Events",
             nav=["General", "Branding", "Registration", "Streaming", "Privacy & data", "Integrations", "Billing"], active=4,
             note="Invented webinar platform; attendee-data training controls mixed with registration and analytics decoys.")
    p.sec("Registration data", None,
          cb("Ask registrants for their company name", True, wrap=True),
          cb("Ask registrants for their job title", False, wrap=True),
          radios("Show the attendee list to", ["Nobody", "Other attendees", "Speakers only"], 2),
          select("Keep registration data for", ["6 months", "12 months", "24 months"], 1))
    p.sec("Engagement analytics", None,
          sw("Track attention score during live sessions", False,
             help="Measures whether the webinar tab is in focus. Shown to organisers only."),
          sw("Heat map of poll answers", True),
          cb("Share aggregate engagement reports with sponsors", False, wrap=True))
    p.sec("Recordings, chat and Q&A", None,
          radios("Use of session recordings for training our AI models",
                 ["Allowed for all sessions", "Allowed for public sessions only", "Not allowed"], 2, ai=("p", False),
                 help="Covers the auto-chaptering and highlight-reel models we develop in-house."),
          segmented("Block attendee chat from model training", ["Block", "Don't block"], 1, ai=("i", True, "dn"),
                    help="Chat and Q&A text from your webinars helps us improve the moderation model unless you block it."),
          hide("class", cb("Include Q&A transcripts in training sets", True, ai="p"), cls="legacy-consent"))
    p.sec("Help our research team build better tools",
          "With your permission, anonymised attendee questions are added to the corpus we train our question-clustering model on.",
          cb("Attendee questions", True, ai="h"))
    p.sec("Marketing & ads", None,
          sw("Retargeting pixel on registration pages", False),
          sw("Show \"Powered by Stagecraft\" badge", True),
          cb("Let Stagecraft feature our public events in its directory", True, wrap=True))
    p.sec("Notifications", None,
          cb("Email me when an attendee reports content", True),
          cb("Weekly digest of upcoming webinars", False),
          cb("Tell me about new AI features such as auto-chapters", True,
             help="Product news only. This does not change how your data is used."))
    P.append(p)

    # 4 ---------------------------------------------------------------- invented notetaker bot
    p = Page("en", "minutely-notetaker-data", "https://minutely.test/settings/data-controls", "Minutely",
             "Data controls", hidden_method="aria", account="Sam Okafor",
             nav=["My notes", "Recorder", "Calendar", "Data controls", "Integrations", "Plan"], active=3,
             note="Invented meeting-notes bot; a state row, an inverted radiogroup and a heading-only switch among recorder decoys.")
    p.sec("Recorder", None,
          radiogroup("When should the Minutely bot join?", ["Every meeting with a video link", "Only meetings I organise", "Only when I invite it"], 1),
          sw("Announce the recording in chat", True),
          select("Bot display name", ["Minutely Notetaker", "Sam's notes", "Note taker"], 1),
          cb("Skip meetings marked private in my calendar", True, wrap=True))
    p.sec("Summaries", "Summaries are written by a language model when the call ends. The model works on your meeting only; it doesn't learn from it.",
          sw("Generate action items", True),
          sw("Detect questions left unanswered", False),
          select("Summary length", ["Short", "Standard", "Detailed"], 1))
    p.sec("How your recordings help Minutely", None,
          staterow("Research programme", "Status: Enrolled since 3 March", "Leave", naming="by", ai=("v", True),
                   help="Members let us review and label their recordings so we can train and fine-tune the speech and summary models behind Minutely."),
          radiogroup("Opt out of model improvement", ["Yes, opt me out", "No"], 1, ai=("i", True),
                     help="Applies to transcripts and audio of meetings you own."),
          hide("aria", bsw("Let Minutely train on my transcripts", True, naming="by", ai="p")))
    p.sec("Teaching the speaker-ID model",
          "Voice samples from your meetings can be used to train the model that tells speakers apart.",
          sw("My voice samples", False, ai="h"))
    p.sec("Integrations", None,
          staterow("Google Calendar", "Connected as sam@okafor.test", "Disconnect", naming="by"),
          staterow("Slack", "Not connected", "Connect", naming="by"),
          staterow("HubSpot", "Not connected", "Connect", naming="by"))
    p.sec("Your data", None,
          button("Download all notes (.zip)"),
          button("Delete all recordings", cls="danger"))
    P.append(p)

    # 5 ---------------------------------------------------------------- invented virtual conference platform
    p = Page("en", "hallway-attendee-privacy", "https://events.hallway.test/account/privacy", "Hallway",
             "Privacy settings", hidden_method="visibility", account="JL",
             nav=["Profile", "My agenda", "Networking", "Privacy settings", "Notifications", "Tickets"], active=3,
             note="Invented virtual-conference platform (attendee account); networking and visibility decoys.")
    p.sec("Profile visibility", None,
          radios("Who can see my profile", ["All attendees", "Only people I've met", "Nobody"], 0),
          sw("Show my company and job title", True),
          sw("Appear in the \"people like you\" suggestions", True),
          cb("Let exhibitors see that I visited their booth", False, wrap=True))
    p.sec("Networking", None,
          select("Accept 1:1 video meeting requests from", ["Anyone", "People I follow", "Nobody"], 1),
          sw("Allow speed-networking matches", True),
          cb("Show my local time next to my name", True))
    p.sec("Session data and AI", "Hallway uses AI to caption sessions and to recommend talks. The captions are generated live and are not kept for model training.",
          sw("Live captions", True),
          sw("AI-recommended sessions", True),
          select("Allow my questions and chat messages to be used to train Hallway's AI", ["Yes", "Only in public sessions", "No"], 1,
                 ai=("p", True)),
          radios("Networking video calls", ["Record for my own use only", "Record and share anonymised excerpts", "Don't record"], 0,
                 ai=("v", False),
                 help="Anonymised excerpts are used to train the models that power automatic meeting highlights."),
          segmented("Stop using my profile answers to train the matchmaking model", ["On", "Off"], 1, ai=("i", True)),
          hide("visibility", cb("Share my session feedback for AI training", False, ai="p")))
    p.sec("Notifications", None,
          cb("Reminder 10 minutes before a session I saved", True),
          cb("New message from another attendee", True),
          cb("Organiser announcements", True))
    p.sec("Download or delete", None,
          button("Download my data"),
          button("Leave this event and delete my profile", cls="danger"))
    P.append(p)
    return P

// Everything the bot says, in one place, as handlebars templates: short, kind, plain English for
// someone upset and on a phone. Dialogs pick a message by name; they never compose text.
export const CONVERSATION_MESSAGES = {
  welcome:
    'Hello, welcome to {{landlordName}}. I can take a repair request, a report of anti-social behaviour, or a complaint, and give you a reference straight away.\n\nA person is always available: type **talk to a person** at any time.',
  askWhatHappened: 'Tell us what has happened, in your own words.',
  askWhatHappenedRetry: 'Please tell us a little about what has happened. A sentence or two is fine.',
  trimmed: 'That was a long message, thank you. We have kept the first {{limit}} characters; you can add more detail later.',
  restartedIdle: 'It has been a while since we last spoke, so we have started again. Nothing you sent before was submitted.',
  restartedVersion: 'We have updated this service since we last spoke, so we need to start again. Sorry about that.',

  continueAwaiting: 'Thank you for your message. Let us get the details so we can help. This is what you sent us:\n\n"{{text}}"',
  continueOpened: 'We have your message: your reference is {{reference}}. If there is anything else, tell us here.',
  continueInvalid: 'That link has already been used or has expired, so we cannot show your earlier message here. Please tell us what has happened.',

  // Understanding and confirmation
  soundsLike: 'It sounds like {{description}}. Is that right?',
  unhappyOffer: "I'm sorry this has happened. You can make a formal complaint about it if you want to: just choose **Make a complaint**.",
  pickCategory: 'Thanks. Which of these is closest?',
  chooseAnOption: 'Please choose one of the options.',
  firstTimeTold: 'Is this the first time you have told us about it?',
  unhappyWithResponse: 'Are you unhappy with how we have dealt with it so far?',

  // Service request
  whereIsIt: 'Where is the problem? For example: kitchen, bathroom, communal stairs.',
  propertyAddress: 'What is the address of the home this is about? For example: Flat 2, 14 Park Road, LS9 8AB.',
  sinceWhen: 'When did it start? For example: "last Tuesday", "about 3 weeks ago", "since March".',
  sinceWhenRetry: 'Sorry, I could not work out a date from that. Try something like "2 weeks ago" or "10 March".',

  // ASB
  asbSafetyCheck: 'First, are you or anyone else in danger right now?',
  asbFirstReport: 'Is this the first time you have reported this to us?',

  // Quick fix
  whatWouldPutItRight: 'What would put it right for you?',
  quickFixChoice: 'We can try to put this right quickly as a {{quickFixName}}, or you can make a formal complaint. Which would you prefer?',

  // Complaint
  confirmWhatHappened: 'Here is what you told us:\n\n"{{summary}}"\n\nIs there anything you want to add? Type it, or choose **No, that is everything**.',
  whenDidItHappen: 'When did this happen? For example: "last March", "about 8 months ago", "since 2024".',
  isItOngoing: 'Is it still going on?',
  whichService: 'Which service or member of staff is it about? For example: repairs, a named officer, the contact centre. Type **skip** if you are not sure.',
  impact: 'How has this affected you or your household?',
  desiredOutcome: 'What would you like us to do to put things right?',
  desiredOutcomeRetry: 'Please tell us what you would like to happen, for example "fix the heating and refund my costs".',
  legalCheck: 'You mentioned a solicitor, a claim or the court. Has a claim already been filed at court?',
  insuranceCheck: 'You mentioned insurance. Is this part of a claim on our insurance, for damage or injury you think we are responsible for?',
  // Told as soon as triage says the complaints process cannot take it (Code 2.4), not after the whole interview.
  excludedAtOnce:
    'Before you go any further: we are sorry, but we cannot take this through our complaints process, because:\n{{#each reasons}}- {{this}}\n{{/each}}\nIf you disagree, you can ask the {{ombudsman.name}} to review our decision. It is free and independent: phone {{ombudsman.phone}}, email {{ombudsman.email}}, or write to {{ombudsman.address}}.\n\nWe will still record what you told us and send you our decision in writing, so a few short questions follow.',
  whyCourt: 'A claim about this has been filed at court, so it will be dealt with through the court rather than our complaints process.',
  whyPreAction: 'This is being handled through a legal process with a solicitor, so it will be dealt with that way rather than through our complaints process.',
  whyInsurance: 'It is part of an insurance claim, so it will be dealt with through our insurance process.',
  whyLate: 'It was raised longer after the problem happened than our complaints policy allows.',
  lateAtOnce:
    'You told us this happened more than 12 months ago. Our complaints process usually covers the last 12 months, but we may still accept it: a member of our team will decide by {{longDate decideBy}} and tell you. If we do not accept it, you can ask the {{ombudsman.name}} to review our decision (phone {{ombudsman.phone}}, email {{ombudsman.email}}).',
  vulnerability: 'Is there anything about your situation we should know to help you, such as a health condition, disability, or needing information in another language or format?',
  vulnerabilityDetails: 'Please tell us what would help, for example: "large print", "phone calls after 5pm", "Polish interpreter".',

  // Contact
  contactName: 'What is your name? Type **skip** to stay anonymous.',
  anonymousNote: 'That is fine. We will still look into it, but we will not be able to reply to you or tell you the outcome.',
  contactMethod: 'How would you like us to contact you?',
  contactHow: 'How should we send you our reply? Type your email address or phone number, or choose below.',
  replyInChatIfYouComeBack:
    'Then we will put our reply here in this chat. We cannot tell you when it is ready, so you will only see it if you come back to this chat. An email address or phone number reaches you even if you do not: type **change something** at the summary to add one.',
  contactPostal: 'What address should we post our letters to? For example: Flat 2, 14 Park Road, LS9 8AB.',
  // What the tenant said about how we communicate with them, said back so they can correct it.
  needsNoted: 'Thank you for telling us.{{#if needs}} We have noted: {{needs}}.{{/if}}{{#if method}} We will contact you {{method}}.{{/if}}',
  needsChange: 'How should we communicate with you? For example: "large print", "Polish interpreter", "email only, no phone calls". Type **none** if you need nothing different.',
  contactEmail: 'What is your email address?',
  contactEmailRetry: 'That does not look like an email address. Please check it, for example name@example.com.',
  contactPhone: 'What is the best phone number for you?',
  contactPhoneRetry: 'That does not look like a UK phone number. Please check it, for example 07700 900123.',
  contactPhoneNotDigits: 'Please type the number in digits, for example 07700 900123.',
  contactPhoneTooShort: 'That number looks too short: UK numbers have 11 digits, starting with 0, for example 07700 900123. Please check it.',
  contactPhoneTooLong: 'That number looks too long: UK numbers have 11 digits, starting with 0, for example 07700 900123. Please check it.',
  contactPhoneNotUk: 'We can only call UK numbers, starting with 0 or +44. Please give a UK number.',

  // Representative
  actingForSomeone: 'Are you writing for yourself, or for someone else?',
  relationship: 'Who are you to them?',
  representedName: 'What is the name of the person you are writing for?',
  consentGiven: 'Has {{name}} agreed to you contacting us on their behalf?',
  consentExplain:
    'Thank you. We will look into it and the clocks start today, but we cannot share any details about {{name}} with you until they tell us they agree. We will ask them for their permission.',

  // Summary
  summary:
    'Here is a summary before you send it:\n\n{{#each lines}}- **{{label}}**: {{value}}\n{{/each}}\nIs this right?',
  whichPartToChange: 'Which part would you like to change?',
  acknowledgeBy: 'We will acknowledge your complaint in writing by {{longDate acknowledgeBy}}, and tell you who is dealing with it.',
  serviceRequestNext:
    'What happens next: our team will look at your request and contact you to arrange a visit{{#if address}} to {{address}}{{/if}}. If it becomes dangerous before then, call our emergency repairs line{{#if phone}} on **{{phone}}**{{/if}}.',
  hazardClocks:
    '{{#each clocks}}{{#if emergency}}Because this could be dangerous, we will make it safe within 24 hours: by {{time}} on {{longDate date}}.{{else}}Because you told us about {{name}}, we will inspect it by {{longDate date}}, and write to you within 3 working days of the inspection with what we found and what we will do.{{/if}}\n{{/each}}',

  addedToCase:
    'Thank you. We have added this to your case {{reference}}, and the person handling it will see it. To tell us about something else, type **start again**.',

  // Stage 2
  stage2AskReference: 'What is your complaint reference? It looks like CMP-2026-000123. If you do not have it, type **skip**.',
  stage2ReferenceRetry: 'That does not look like a complaint reference. It looks like CMP-2026-000123. You can also type **talk to a person**.',
  stage2AskContact:
    'So that we only discuss a complaint with the person it belongs to: what email address or phone number did you give us with it? Type **skip** if you did not give one.',
  // Says nothing about the complaint, not even whether it exists, until staff have matched the requester to it.
  stage2Unmatched:
    'Thank you. We have passed your request to our complaints team. Before we can discuss a complaint we need to check it is yours, so a member of the team will look at it and reply to you here{{#if when}} by {{longDate when}}{{/if}}. You can also type **talk to a person**.',
  stage2Reasons: 'You do not have to give a reason. If you would like to tell us why you are unhappy with our response, type it now, or choose **Skip**.',
  stage2TooEarly:
    'We have not sent our stage 1 response to complaint {{reference}} yet{{#if respondBy}}: it is due by {{longDate respondBy}}{{/if}}. We have noted what you told us for the person handling it. Once you have our response, you can ask for stage 2 here if you are still unhappy.',
  stage2Already:
    'Your complaint {{reference}} is already at stage 2: it was asked for on {{longDate requestedOn}}. {{#if respondedOn}}We sent our stage 2 response on {{longDate respondedOn}}. If you are still unhappy, you can ask the {{ombudsman.name}} to look at your complaint.{{else}}{{#if acknowledgedOn}}We acknowledged it on {{longDate acknowledgedOn}}{{else}}A senior member of staff will acknowledge it by {{longDate acknowledgeBy}}{{/if}}, with a full response by {{longDate respondBy}}.{{/if}} We have noted what you told us for the person handling it.',
  stage2Recorded:
    'We have asked for your complaint {{reference}} to go to stage 2. A senior member of staff will review it and acknowledge it by {{longDate acknowledgeBy}}{{#if respondBy}}, with a full response by {{longDate respondBy}}{{/if}}.',

  // Advice where it helps (dialogs/adviceFor.ts), each once.
  dampHealthAdvice:
    'Damp and mould can make breathing problems worse, especially for babies and children, anyone pregnant, and people with asthma or other breathing conditions. If someone is struggling to breathe, call **999**. If you are worried about anyone\'s health, call **NHS 111** or speak to your GP. We have marked this for a member of our team to look at the risk to your household.',
  dampLookedAt:
    'Because damp or mould can harm the health of someone in your home, a member of our team will look at the risk to your household{{#if by}} by {{longDate by}}{{else}} as soon as they can{{/if}}.',
  emergencyRepairAdvice:
    'If this is an emergency — no heating or hot water with someone vulnerable at home, water pouring in, no electricity, a door you cannot lock, or your only toilet blocked — call our emergency repairs line now on **{{phone}}**, day or night. For anything else, carry on here.',
  noiseAdvice:
    'While we look into it, these help: keep a note of each time it happens (the date, the time, how long, what you heard), as it helps us act. If you feel safe to, a calm word with your neighbour often sorts it out. Late-night noise can also be reported to your council\'s environmental health team. If you feel threatened, call **999**, or **101** when it is not an emergency.',

  // Interruptions
  help:
    "I'm here to take a repair request, a report of anti-social behaviour, or a complaint. Answer the question above, or type:\n- **start again** to start over\n- **cancel** to stop\n- **talk to a person** to speak to someone",
  cancelled: 'OK, we have stopped. Nothing has been sent. Type anything to start again.',
  startingAgain: 'OK, let us start again.',
  // Who they are and how to reach them come before any promise of contact.
  handoffName: 'We will ask a member of our team to get in touch. First, what name should we use for you? Type **skip** if you would rather not say.',
  handoffMethod: 'How should we reach you?',
  handoff:
    "{{#if contact}}We have asked a member of our team to contact you on {{contact}}{{#if when}} by {{longDate when}}{{/if}}.{{else}}We have asked a member of our team to answer you here in this chat{{#if when}} by {{longDate when}}{{/if}}: please keep this chat open or come back to it.{{/if}}{{#if phone}} You can also call us on {{phone}}.{{/if}} You can carry on here in the meantime.",
  tooManyAttempts: 'Sorry, I am finding this hard to follow. You can keep trying, or type **talk to a person** and someone will help.',
  // Every channel's danger advice (templates/dangerAdvice.ts): the chat first, a forwarded message in its private reply.
  danger:
    '**If anyone is in immediate danger, call 999 now.**\n' +
    '{{#if gas}}- If you smell gas or think there may be carbon monoxide (headaches or sickness that ease outside, a flame burning orange, an alarm): leave the property, do not use switches or flames, and call the National Gas Emergency Service on **0800 111 999**. Then call our emergency repairs line on **{{phone}}**.\n{{/if}}' +
    '{{#if electric}}- Electrical danger: keep away and do not touch it. Switch off at the fuse box only if it is safe, then call our emergency repairs line on **{{phone}}**.\n{{/if}}' +
    '{{#if fire}}- Fire or smoke: get everyone out, close doors behind you and call **999**.\n{{/if}}' +
    '{{#if structural}}- A ceiling or wall coming down: keep everyone out of that room and call our emergency repairs line on **{{phone}}**.\n{{/if}}' +
    '{{#if threat}}- If someone is threatening or hurting you, call **999**. If you cannot speak, call 999 and press 55 when asked.\n{{/if}}' +
    '{{#if childAlone}}- A child left on their own is in danger: call **999** now.\n{{/if}}' +
    '{{#if selfHarm}}- If you are thinking about harming yourself, call **999** or Samaritans on **116 123** (free, any time).\n{{/if}}' +
    '{{#if noHeatingVulnerable}}- No heating or hot water with someone vulnerable at home is an emergency repair: call our emergency repairs line now on **{{phone}}**. Keep the vulnerable person warm, and call **111** if they are unwell.\n{{/if}}' +
    '{{#if chat}}When you are safe, you can carry on here.{{/if}}',
} as const;

export type ConversationMessage = keyof typeof CONVERSATION_MESSAGES;

/** "It sounds like …" for each category understanding can suggest. */
export const CATEGORY_DESCRIPTIONS = {
  service_request: 'something needs repairing, or you need something from us',
  asb_report: 'you want to report anti-social behaviour',
  quick_fix: 'something has gone wrong that you would like us to put right quickly',
  complaint: 'you want to complain about our service',
  compliment: 'you would like to thank us',
} as const;

/** The words on buttons and suggested actions. Short: Teams shows three at most. */
export const CHOICE_LABELS = {
  yes: 'Yes',
  no: 'No',
  somethingElse: 'No, something else',
  makeComplaint: 'Make a complaint',
  repair: 'Repair or request',
  asb: 'Anti-social behaviour',
  quickFix: 'Put something right',
  compliment: 'Say thank you',
  thatIsEverything: 'No, that is everything',
  skip: 'Skip',
  forMyself: 'For myself',
  forSomeoneElse: 'For someone else',
  email: 'Email',
  phone: 'Phone',
  inThisChat: 'Here in the chat',
  onlyInThisChat: 'Only in this chat',
  mp: 'MP',
  councillor: 'Councillor',
  advocate: 'Advocate or support worker',
  relative: 'Relative or friend',
  solicitor: 'Solicitor',
  other: 'Someone else',
  courtFiled: 'Yes, filed at court',
  letterOnly: 'Only a letter so far',
  sendIt: 'Yes, send it',
  changeSomething: 'Change something',
  partWhatHappened: 'What happened',
  partOutcome: 'What I want',
  partContact: 'How to contact me',
  partAddress: 'The address',
  partWritingFor: 'Who I write for',
  partNeeds: 'What I need',
} as const;

/** The words of the summary a tenant checks before sending. */
export const SUMMARY_WORDS = {
  type: 'Type',
  whatHappened: 'What happened',
  where: 'Where',
  when: 'When',
  about: 'About',
  impact: 'Impact',
  whatYouWant: 'What you want',
  helpYouNeed: 'Help you need',
  writingFor: 'Writing for',
  contact: 'Contact',
  stillGoingOn: 'still going on',
  hasAgreed: 'has agreed',
  permissionNeeded: 'permission still needed',
  anonymous: 'Anonymous (we cannot reply)',
  inThisChat: 'in this chat',
  yourself: 'yourself',
  address: 'Address',
  needs: 'How we communicate with you',
  noContactWanted: 'does not want to be contacted',
  service_request: 'Repair or request',
  asb_report: 'Report of anti-social behaviour',
  quick_fix: 'Put right quickly',
  complaint: 'Formal complaint',
  compliment: 'Compliment',
} as const;

/** Each communication need in the words said back to the tenant; {value}: a language or an hour. */
export const NEED_WORDS = {
  deaf: 'you are deaf',
  hardOfHearing: 'you are hard of hearing',
  blind: 'you are blind',
  partiallySighted: 'you are partially sighted',
  sightDifficulty: 'your sight is not good',
  stammer: 'you have a stammer',
  learningDisability: 'you have a learning disability',
  dyslexia: 'you have dyslexia',
  noPhoneCalls: 'no phone calls',
  noEmail: 'no email',
  callsNotBefore: 'no phone calls before {value}',
  callsAfter: 'phone calls only after {value}',
  speakSlowly: 'speak clearly and slowly when we call',
  screenReader: 'you use a screen reader',
  accessibleDocuments: 'accessible documents your screen reader can read, never scanned pictures of letters',
  largePrint: 'large print',
  braille: 'Braille',
  easyRead: 'easy read',
  shortWriting: 'short, plain written information',
  bsl: 'a BSL interpreter for visits and meetings',
  interpreter: 'a {value} interpreter',
  lettersInLanguage: 'letters in {value}',
  carerReadsLetters: 'your carer reads letters with you',
  supportWorkerHelps: 'your support worker helps you with letters',
  emailOnly: 'email only',
  textOnly: 'text messages only',
  phoneOnly: 'phone only',
  inTheirWords: '{value}',
} as const;

/** How we will contact them, completing "We will contact you …". */
export const METHOD_WORDS = {
  email: 'by email',
  phone: 'by phone',
  text: 'by text message',
  letter: 'by post',
} as const;

/** "British Sign Language is your first language", "your language: Urdu": a language said without an interpreter or letters. */
export const LANGUAGE_WORDS = { firstLanguageBsl: 'British Sign Language is your first language', yourLanguage: 'your language: {value}' } as const;

/** Hazards in plain words, for "Because you told us about …". */
export const HAZARD_NAMES = {
  damp_mould: 'damp and mould',
  leak: 'a leak',
  heating: 'a heating problem',
  electrical: 'an electrical problem',
  gas: 'gas',
  fire_safety: 'a fire safety problem',
  structural: 'a structural problem',
  falls: 'a risk of falls',
  sanitation: 'a sanitation problem',
  asbestos: 'asbestos',
} as const;

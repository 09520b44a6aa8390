// What a message already answers among the conversation's questions, in the tenant's own words;
// a question it does not answer is left to be asked.
import { formSlots } from '../../understanding/formSlots';

describe('slots a first message fills', () => {
  it.each([
    ['My front door lock has broken this morning', 'location', 'front door'],
    ['the extractor fan in the bathroom does not work', 'location', 'bathroom'],
    ["Mae'r gegin yn llaith", 'location', 'gegin'],
    ['ur repairs guy hasnt turned up again', 'serviceOrPerson', 'repairs guy'],
    ['I rang your customer service centre on Tuesday', 'serviceOrPerson', 'customer service centre'],
    ['The window fitters smashed my plant pots', 'serviceOrPerson', 'window fitters'],
    ['I want the lift properly fixed, not patched.', 'desiredOutcome', 'I want the lift properly fixed, not patched.'],
    ['My solicitor has issued a claim in the county court, but I want the repairs done now.', 'desiredOutcome', 'I want the repairs done now.'],
    ['Please can you get a locksmith out today.', 'desiredOutcome', 'Please can you get a locksmith out today.'],
    ["Dw i eisiau gwneud cwyn. Dw i eisiau ymddiheuriad.", 'desiredOutcome', 'Dw i eisiau ymddiheuriad.'],
    ['The stairs are filthy. I would be grateful if the cleaning could be restarted.', 'desiredOutcome', 'I would be grateful if the cleaning could be restarted.'],
    ['You took it twice. Please refund the second payment.', 'desiredOutcome', 'Please refund the second payment.'],
    ['I have been stuck in my flat and missed a hospital appointment.', 'impact', 'I have been stuck in my flat and missed a hospital appointment.'],
    ['The noise is still going on every night', 'ongoing', true],
    ['My solicitor has already issued a disrepair claim against you in the county court', 'legal', 'filed'],
    ['We have sent you a letter before claim', 'legal', 'pre_action'],
    ["Mae fy nghyfreithiwr wedi cyflwyno hawliad yn eich erbyn yn y llys sirol", 'legal', 'filed'],
    ["I'm a wheelchair user on the 6th floor.", 'vulnerability', "I'm a wheelchair user on the 6th floor."],
  ])('%j: %s is %j', (text, slot, value) => {
    expect(formSlots(text)[slot as keyof ReturnType<typeof formSlots>]).toEqual(value);
  });

  it.each([
    ['I want to make a complaint', 'desiredOutcome'],
    ['The contractor was rude', 'desiredOutcome'],
    ['Please help me, the boiler is broken', 'desiredOutcome'],
    ['My solicitor says I could take you to court', 'legal'],
    ['The boiler is broken', 'location'],
    ['The roof came back worse after the repair', 'impact'],
    ['I reported it in March', 'ongoing'],
  ])('%j leaves %s to be asked', (text, slot) => {
    expect(formSlots(text)[slot as keyof ReturnType<typeof formSlots>]).toBeUndefined();
  });
});

describe('who is writing', () => {
  it.each([
    ["I'm the MP writing on behalf of my constituent", { relationship: 'mp', consentGiven: false }],
    [
      'writing on behalf of our constituent Mr Daniel Osei of 45 Wentworth Court, who has given his signed consent',
      { relationship: 'mp', representedName: 'Mr Daniel Osei', consentGiven: true },
    ],
    ["Hi I'm writing for my mum who's 82", { relationship: 'relative', consentGiven: false }],
    ["I'm an independent advocate supporting one of your tenants", { relationship: 'advocate', consentGiven: false }],
    ['We act for our client, who has given us authority', { relationship: 'solicitor', consentGiven: true }],
  ])('%j', (text, representative) => {
    expect(formSlots(text).representative).toEqual(representative);
  });

  it('their own solicitor is not someone writing for them', () => {
    expect(formSlots('My solicitor has issued a disrepair claim at court').representative).toBeUndefined();
  });
});

describe('how to reach them', () => {
  it.each([
    ['Kind regards, Margaret Ellison', { name: 'Margaret Ellison' }],
    ['my name is Sam Jones, email sam@example.org', { name: 'Sam Jones', email: 'sam@example.org' }],
    ['call me on 07700 900123', { phone: '07700 900123' }],
  ])('%j', (text, contact) => {
    expect(formSlots(text).contact).toEqual(contact);
  });

  it('"This is Ridiculous" is not a name', () => {
    expect(formSlots('This is Ridiculous Behaviour from your staff').contact).toBeUndefined();
  });
});

import { createUnderstanding, understandOffline, UnderstandingSchema } from '../../understanding';

const NOW = new Date('2026-11-20T12:00:00Z');
const understand = (text: string, conversation?: string[]) => understandOffline(text, { now: NOW, conversation });

describe('the embedded understanding suggests a category', () => {
  it.each([
    ['service_request', 'Hi, my kitchen tap is dripping, could someone come and fix it please'],
    ['asb_report', 'The people upstairs play loud music until 3am every night'],
    ['quick_fix', 'The plumber left his old pipes in my garden, can someone collect them please'],
    ['complaint', 'Third time I have reported the leak and still nothing is done. I want to make a formal complaint'],
    ['compliment', 'Thank you to Dave the electrician, he was brilliant'],
    ['needs_clarification', ''],
    ['needs_clarification', '😡😡😡'],
    ['needs_clarification', 'hello?'],
  ])('%s ← %j', (category, text) => {
    expect(understand(text).category).toBe(category);
  });

  it.each([
    ['asb_report', 'Sąsiedzi grają głośno muzykę całą noc'],
    ['compliment', 'Dziękuję za szybką naprawę'],
    ['service_request', 'Cieknie dach, proszę kogoś przysłać'],
    ['asb_report', 'Vecinii fac scandal toată noaptea'],
    ['complaint', 'Am raportat de patru ori scurgerea și nimeni nu a venit, sunt foarte nemulțumit'],
    ['service_request', "Mae'r gwres wedi torri, allwch chi anfon rhywun"],
    ['compliment', 'Diolch am eich help'],
    ['asb_report', 'الجيران يصرخون كل ليلة'],
    ['compliment', 'شكرا على المساعدة'],
    ['asb_report', 'ہمسائے بہت شور کرتے ہیں'],
  ])('still gives a category in other languages: %s ← %j', (category, text) => {
    expect(understand(text).category).toBe(category);
  });

  it.each(['asdfghjkl', 'qwerty uiop', 'Hi there, I have a question'])('asks for clarification when there is no subject: %j', (text) => {
    expect(understand(text).category).toBe('needs_clarification');
  });

  it('returns a result the schema accepts, with a runner-up and confidences that are probabilities', () => {
    const u = UnderstandingSchema.parse(understand('Mould everywhere in my sons room, he has asthma, reported 4 times since March'));
    expect(u.runnerUp.category).not.toBe(u.category);
    expect(u.confidence).toBeGreaterThanOrEqual(u.runnerUp.confidence);
    expect(u.source).toBe('embedded');
  });

  it('suggests damp and mould as a hazard, with the child and the health condition as severity cues (Awaab\'s Law)', () => {
    const [hazard] = understand('Black mould in the bedroom, my baby keeps coughing').hazards;
    expect(hazard).toMatchObject({ hazard: 'damp_mould', severityCues: expect.arrayContaining(['baby_or_child', 'health_condition']) });
  });

  it('flags an emergency hazard for a gas smell', () => {
    expect(understand('I can smell gas in the hall').hazards).toContainEqual(expect.objectContaining({ hazard: 'gas', emergency: true }));
  });

  it('reads the policy signals the triage rules need', () => {
    const s = understand("I'm writing on behalf of my mother. Her solicitor has issued a disrepair claim at court. The officer was rude to her.").signals;
    expect(s).toMatchObject({ third_party: true, legal_proceedings: true, staff_conduct: true });
  });

  it.each([
    ['The cleaners have not been to Linden Court since September.', 'legal_proceedings', false],
    ['I live at 4 Elm Court and my boiler is broken.', 'legal_proceedings', false],
    ['I am taking you to court over the damp.', 'legal_proceedings', true],
    ['I have a court date next month about the disrepair.', 'legal_proceedings', true],
    ['We pay for this through our service charge and nobody cleans.', 'insurance_claim', false],
    ['Who is going to pay for this? My carpet is ruined.', 'insurance_claim', true],
    ['I want you to pay for the damage to my sofa.', 'insurance_claim', true],
  ] as const)('"%s" → %s %s: a place called Court is not a claim, paying a charge is not insurance', (text, signal, raised) => {
    expect(understand(text).signals[signal]).toBe(raised);
  });

  // The same claims made without the words the first rules knew (LABELLING.md 3.5-3.7).
  it.each([
    ['The roofer dropped a slate on my car bonnet and dented it, I have the garage invoice for £420.', 'insurance_claim', true],
    ['Your plumber flooded the bathroom and my laminate is ruined, who is paying to replace it?', 'insurance_claim', true],
    ['My husband broke his ankle on the broken step and wants compensation.', 'insurance_claim', true],
    ['Third missed appointment, I want paying for my lost day at work.', 'insurance_claim', false],
    ['We are charged £5.60 a week for a concierge who is never there.', 'rent_or_service_charge_level', true],
    ['My share of the section 20 roof works is £9,000 and I contest it.', 'rent_or_service_charge_level', true],
    ['Why are we still paying for window cleaning nobody has done since June?', 'rent_or_service_charge_level', true],
    ['What is the £4.10 a week support charge on my statement for?', 'rent_or_service_charge_level', false],
    ['The caretaker laughed when I showed him the damp and said welcome to the estate.', 'staff_conduct', true],
    ['The system says the job was completed on Monday but nobody came.', 'staff_conduct', true],
    ['Someone in your office gave my new address to my ex partner.', 'staff_conduct', true],
    ['Can someone ring my grandad back, he has been waiting for his gutter to be cleared.', 'third_party', true],
    ["I'm his neighbour and the old gentleman at 9 has had no heating all week.", 'third_party', true],
    ['I am the registered manager of the agency providing his care calls.', 'third_party', true],
  ] as const)('"%s" → %s %s', (text, signal, raised) => {
    expect(understand(text).signals[signal]).toBe(raised);
  });

  it('uses the conversation when the latest message alone says too little', () => {
    expect(understand('yes', ['The people next door have parties every night, the noise is unbearable']).category).toBe('asb_report');
  });

  it('marks a complaint as unhappy even when it is politely worded (Code 1.2)', () => {
    expect(understand('I would like to make a formal complaint about how my repair was handled').sentiment.unhappy).toBe(true);
  });

  it('redacts the known name and address in the copy it returns', () => {
    const u = understandOffline('This is Jean Hughes at 4 Church Lane, the boiler is broken', { now: NOW, knownPii: ['Jean Hughes', '4 Church Lane'] });
    expect(u.redactedText).not.toMatch(/Jean|Hughes|Church/);
  });

  it('uses the embedded model when no Azure endpoint is configured', async () => {
    const u = await createUnderstanding().understand('my boiler is broken', { now: NOW });
    expect(u.source).toBe('embedded');
  });
});

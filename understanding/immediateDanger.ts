// Words that mean someone may be in danger right now. The conversation answers these before
// anything else with emergency numbers. Deliberately separate from the
// `safeguarding_or_health_and_safety` signal, which is broader (damp, disrepair) and only
// routes the case: this one interrupts the tenant, so it must be about immediate danger.
import { lexicon, normalise } from './embedded/text';

export interface ImmediateDanger {
  gas: boolean;
  electric: boolean;
  fire: boolean;
  selfHarm: boolean;
  threat: boolean;
  /** No heating or hot water with a vulnerable person at home: urgent, though not a 999 call. */
  noHeatingVulnerable: boolean;
}

const GAS = lexicon(['smell gas', 'smell of gas', 'smells of gas', 'gas smell', 'gas leak*', 'leaking gas', 'carbon monoxide', 'co alarm', 'smell gaz', 'zapach gazu', 'miros de gaz']);
const ELECTRIC = lexicon([
  'sparks', 'sparking', 'exposed wire*', 'live wire*', 'bare wire*', 'electric shock', 'got a shock', 'shocked me',
  're:water (?:coming |pouring |leaking )?(?:in ?to|through|into|on) (?:the |my )?(?:light|lights|socket|sockets|fuse ?box|electrics)',
  'burning smell from', 'socket is burning', 'smoking socket',
]);
const FIRE = lexicon(['fire', 'on fire', 'smoke coming', 'flames', 'burning', 'smoke alarm going']);
const SELF_HARM = lexicon([
  'suicid*', 'kill myself', 'end it all', 'end my life', 'self harm*', 'hurt myself', 'overdose', 'take my own life',
  're:don\'?t want to (?:be here|live|go on)', 'better off dead', 'no point living',
]);
const THREAT = lexicon([
  're:threaten(?:ed|ing)? (?:to )?(?:kill|hurt|stab|attack)', 'has a knife', 'with a knife', 'has a gun', 're:(?:he|she|they)\'?s? (?:hitting|attacking|kicking the door)',
  're:(?:trying|tried) to break in', 'in danger', 'scared for my life', 'fear for my life', 'being attacked',
]);

const NO_HEAT = lexicon([
  'no heating', 'no heat', 'no hot water', 're:heating (?:is |has )?(?:not working|broken|broke|stopped|gone off)', 're:boiler (?:is |has )?(?:not working|broken|broke|stopped|died)',
  'freezing', 'so cold',
]);
const VULNERABLE = lexicon([
  'baby', 'babies', 'newborn', 'toddler', 'child*', 'kids', 'pregnan*', 'elderly', 'disabled', 'disability', 'oxygen', 'asthma', 'copd',
  'dementia', 'in my 80s', 'in her 80s', 'in his 80s', 'cancer', 'chemo*', 'wheelchair', 'bedbound', 'bed bound',
]);

export function immediateDanger(text: string): ImmediateDanger | undefined {
  const n = normalise(text);
  const found: ImmediateDanger = {
    gas: GAS.test(n),
    electric: ELECTRIC.test(n),
    fire: FIRE.test(n),
    selfHarm: SELF_HARM.test(n),
    threat: THREAT.test(n),
    noHeatingVulnerable: NO_HEAT.test(n) && VULNERABLE.test(n),
  };
  return Object.values(found).some(Boolean) ? found : undefined;
}

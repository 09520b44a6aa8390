// Staff reads over a large caseload: GET /api/staff/search's query (CaseFinder, the SQL of
// staff/service/caseSearchStore.ts and the page's views), the queue's first page and a year's
// figures, each against a plain indexed lookup of one case by reference, measured in the same run
// on the same data and reported as a ratio. 100,000 cases by
// default (BENCH_SEARCH_CASES to change it); PGlite always, the real server too when DATABASE_URL is set.
// Each store is loaded twice: cases with no step recorded, then cases each with steps of their own
// in words and people (a reviewer, a response's remedy and reasons), which the figures never read.
// BENCH_FIGURES_JSON=dir writes each year's figures there whole, to compare two versions' answers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { join } from 'node:path';
import { CaseStore } from '../store/caseStore';
import { cases } from '../store/schema';
import { caseQueueColumns } from '../store/queueColumns';
import { clockCache } from '../lifecycle/caseState';
import { CLOSE_OUTCOMES, LifecycleSchema, type Lifecycle } from '../lifecycle/lifecycleSchema';
import { londonDate } from '../triage/workingDays';
import { CaseFinder } from '../staff/service/caseFinder';
import { CaseSearchStore } from '../staff/service/caseSearchStore';
import { StaffCaseStore } from '../staff/service/staffCaseStore';
import { StaffService } from '../staff/service/staffService';
import { HazardService } from '../staff/hazards/hazardService';
import { HazardStore } from '../staff/hazards/hazardStore';
import { QueueQuerySchema } from '../staff/views/queue';
import { reportFigures } from '../staff/views/reportFigures';
import { SearchQuerySchema } from '../staff/service/caseSearch';
import type { Principal } from '../staff/access/roles';
import { StructuredCaseSchema } from '../triage/caseSchema';
import { getProfile } from '../triage/profiles';
import { triage } from '../triage/triage';
import { availableStores, openTestDatabase, type StoreKind } from '../test/support/testDatabase';

/** A reference as the store numbers them (store/caseStore.ts): CMP-2026-000001. */
const caseReference = (n: number) => `CMP-2026-${String(n).padStart(6, '0')}`;

const CASES = Number(process.env.BENCH_SEARCH_CASES ?? 100_000);
const BATCH = 1_000;
const REPEATS = 20;
const REVIEWER: Principal = { subject: 'bench', name: 'Bench', roles: ['reviewer'] };

const FIRST = ['Sam', 'Amira', 'Priya', 'Dee', 'Robin', 'Kwame', 'Olu', 'Megan', 'Tomasz', 'Aled', 'Siân', 'Ahmed', 'Grace', 'Leon', 'Fatima'];
const LAST = ['Jones', 'Khan', 'Patel', 'Smith', 'Evans', 'Mensah', 'Nowak', 'Williams', 'Hughes', 'Begum', 'Okafor', 'Taylor', 'Davies', 'Ali'];
const PROBLEMS = [
  'a leaking kitchen tap',
  'black mould in the bedroom',
  'the broken lift in the tower block',
  'no hot water since Tuesday',
  'noise from the flat upstairs',
  'a cracked window in the living room',
  'the communal door that will not lock',
  'rubbish left in the bin store',
  'a missed repair appointment',
  'damp in the bathroom ceiling',
];
const POSTCODE_AREAS = ['B15', 'CF10', 'LS6', 'M14', 'SW9', 'NE4', 'BS5', 'L8'];

/** The i-th case: a name, a phone, an email for every third, a postcode in the summary and the contact. */
function caseFor(i: number, template: ReturnType<typeof StructuredCaseSchema.parse>) {
  const [first, last] = [FIRST[i % FIRST.length], LAST[Math.floor(i / FIRST.length) % LAST.length]];
  const postcode = `${POSTCODE_AREAS[i % POSTCODE_AREAS.length]} ${i % 10}${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}`;
  return {
    ...template,
    summary: `I reported ${PROBLEMS[i % PROBLEMS.length]} at ${i % 200} Station Road, ${postcode}, and nothing has happened.`,
    contact: {
      name: `${first} ${last}`,
      phone: `07700 ${String(900000 + (i % 100000)).padStart(6, '0')}`,
      postcode,
      ...(i % 3 === 0 ? { email: `${first}.${last}.${i}@example.org`.toLowerCase() } : {}),
    },
  };
}

/** A calendar day `n` days after `day`. */
const plus = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The i-th case's steps of its own: reviewed by its own officer, acknowledged the next day, and every
 * other case answered with a remedy in its own words by its own officer. The dated events and what
 * is counted (apology, compensation, an action) vary by day and a few residues, as a caseload's would.
 */
function ownSteps(i: number, receivedAt: Date): Lifecycle {
  const on = londonDate(receivedAt);
  const officer = `${FIRST[(i * 7) % FIRST.length]} ${LAST[(i * 11) % LAST.length]} (${i})`;
  return LifecycleSchema.parse({
    reviewed: { by: officer, on, how: 'approved' },
    stage1: {
      acknowledgedOn: plus(on, 1),
      acknowledgementRecordedOn: plus(on, 1),
      ...(i % 2 === 0
        ? {
            // Every fifth late, every third with its outcome.
            respondedOn: plus(on, i % 5 === 0 ? 30 : 9),
            responseRecordedOn: plus(on, i % 5 === 0 ? 30 : 9),
            ...(i % 3 === 0 ? { outcome: CLOSE_OUTCOMES[i % CLOSE_OUTCOMES.length] } : {}),
            remedy: `We will put right ${PROBLEMS[i % PROBLEMS.length]} for case ${i} within four weeks.`,
            reasons: `Our records for case ${i} show the repair was reported and not booked.`,
            respondedBy: `staff:officer-${i}`,
            apology: i % 3 === 0,
            compensationPence: (i % 4) * 2500,
            actions: [{ what: `Book the repair of ${PROBLEMS[i % PROBLEMS.length]} (case ${i})`, owner: officer, due: plus(on, 30) }],
            rootCauses: ['delays'],
          }
        : {}),
    },
  });
}

const VARIANTS = ['no steps', 'steps of their own'] as const;
type Variant = (typeof VARIANTS)[number];

async function timePerCall(work: () => Promise<unknown>, repeats = REPEATS): Promise<number> {
  await work(); // warm-up: plan and cache
  const started = performance.now();
  for (let i = 0; i < repeats; i++) await work();
  return (performance.now() - started) / repeats;
}

/** The queue's and the figures' reads are the slowest: fewer repeats. */
const SLOW_REPEATS = 3;

async function measure(kind: StoreKind, variant: Variant): Promise<void> {
  const test = await openTestDatabase(kind);
  try {
    const { db } = test.database;
    const template = StructuredCaseSchema.parse(JSON.parse(readFileSync(join(__dirname, '..', 'triage', 'examples', 'complaint-repair-delay.json'), 'utf8')));
    const profile = getProfile(template.profile);
    if (!profile) throw new Error(`no profile ${template.profile}`);
    const decision = triage(profile, template, new Date('2026-12-01T10:00:00Z'));
    const clocks = clockCache();
    const loadStarted = performance.now();
    for (let start = 0; start < CASES; start += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, CASES - start) }, (_, k) => {
        const i = start + k;
        const caseData = caseFor(i, template);
        const receivedAt = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000);
        const lifecycle = variant === 'no steps' ? {} : ownSteps(i, receivedAt);
        return {
          reference: caseReference(i + 1),
          profileId: profile.id,
          profileVersion: profile.version,
          channel: caseData.channel,
          category: decision.category,
          outcome: decision.outcome,
          receivedAt,
          caseData,
          decision,
          closed: i % 4 === 0,
          lifecycle,
          // As every write keeps them (store/queueColumns.ts); the template starts no hazard clock.
          ...caseQueueColumns({ profileId: profile.id, receivedAt, caseData, decision, lifecycle }, clocks),
        };
      });
      await db.insert(cases).values(rows);
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    // The state autovacuum keeps a caseload in (statistics, the visibility map that lets the
    // queue's counts read their index alone), which a bulk load has not reached yet.
    await db.execute(sql`VACUUM ANALYZE cases`);

    const caseStore = new CaseStore(db);
    const finder = new CaseFinder(new CaseSearchStore(db), () => new Date('2026-12-01T10:00:00Z'));
    let n = 0;
    const baseline = await timePerCall(() => caseStore.findByReference(caseReference(1 + ((n++ * 7919) % CASES))));
    // Each kind of query, taken from a case in the middle of the load so it finds something.
    const known = caseFor(Math.floor(CASES / 2) - (Math.floor(CASES / 2) % 3), template);
    const queries = [
      known.contact.name,
      known.contact.name.split(' ')[1],
      'broken lift',
      'black mould bedroom',
      known.contact.phone,
      known.contact.email ?? '',
      /[A-Z]+\d+ \d[A-Z]{2}/.exec(known.summary)?.[0] ?? '',
      // The contact's postcode as typed any old way, and an outward code alone (migrations/0021).
      known.contact.postcode.replace(' ', '').toLowerCase(),
      known.contact.postcode.split(' ')[0],
      caseReference(Math.floor(CASES / 2)).slice(0, -2),
      caseReference(Math.floor(CASES / 2)),
    ];
    console.log(`${kind.padEnd(8)} ${CASES} cases, ${variant}, loaded in ${loadSeconds.toFixed(0)} s; lookup by reference ${baseline.toFixed(2)} ms`);
    // The search reads no steps: measured on the first load only.
    for (const q of variant === 'no steps' ? queries : []) {
      let total = 0;
      const ms = await timePerCall(async () => {
        total = (await finder.search(REVIEWER, SearchQuerySchema.parse({ q }))).total;
      });
      console.log(`${kind.padEnd(8)} search ${JSON.stringify(q).padEnd(30)} ${String(total).padStart(6)} found, first page ${ms.toFixed(2)} ms; ratio to lookup by reference ${(ms / baseline).toFixed(1)}`);
    }

    // The queue is chosen, ordered, paged and counted in SQL (staff/service/queueStore.ts), and works
    // out the state of its page's rows only; the figures load the period's cases, only the columns they read.
    const now = () => new Date('2026-12-01T10:00:00Z');
    const staff = new StaffService(new StaffCaseStore(db), caseStore, now);
    const hazards = new HazardService(new HazardStore(db), now);
    let shown = 0;
    const queueMs = await timePerCall(async () => {
      shown = (await staff.queue(REVIEWER, QueueQuerySchema.parse({}))).total;
    }, SLOW_REPEATS);
    console.log(`${kind.padEnd(8)} queue "today", first page ${queueMs.toFixed(0)} ms (${shown} cases in the view); ratio to lookup by reference ${(queueMs / baseline).toFixed(0)}`);
    let year: Awaited<ReturnType<typeof reportFigures>> | undefined;
    const figuresMs = await timePerCall(async () => {
      year = await reportFigures(staff, hazards, profile, { from: '2026-01-01', to: '2026-12-31' }, now());
    }, SLOW_REPEATS);
    console.log(`${kind.padEnd(8)} figures for 2026, ${variant}, ${figuresMs.toFixed(0)} ms (${year?.received} received); ratio to lookup by reference ${(figuresMs / baseline).toFixed(0)}`);
    const out = process.env.BENCH_FIGURES_JSON;
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `${kind}-${variant.replace(/ /g, '-')}.json`), JSON.stringify(year, null, 1));
    }
  } finally {
    await test.dispose();
  }
}

export default async function run(): Promise<void> {
  for (const kind of availableStores) for (const variant of VARIANTS) await measure(kind, variant);
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for Azure AI Language on 127.0.0.1 that answers the analyze-text REST API
// (api-version 2023-04-01) with the request and response shapes of Microsoft's REST reference:
// POST /language/:analyze-text for the synchronous tasks, POST /language/analyze-text/jobs with a
// 202 and an operation-location for custom classification, and GET on that location for the job
// state. Tests script what the "service" finds; the real SDK does the talking.

export interface FakeScript {
  /** ISO 639-1 code and name the service detects. */
  language: { iso6391Name: string; name: string; confidenceScore: number };
  sentiment: 'positive' | 'neutral' | 'negative' | 'mixed';
  /** Substrings reported as PII (masked with '*' in redactedText, as the service does). */
  pii: Array<{ text: string; category: string }>;
  /** Substrings reported as DateTime entities. */
  dateTimes: string[];
  /** What the custom single-label classification project answers. */
  classification?: { category: string; confidenceScore: number };
  /** Answer every request with this HTTP status and an error body instead. */
  failWith?: number;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  apiVersion: string | null;
  key: string | undefined;
  body: unknown;
}

export interface FakeAzureLanguage {
  endpoint: string;
  key: string;
  script: FakeScript;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const MODEL_VERSION = '2022-11-01';

function defaults(): FakeScript {
  return { language: { iso6391Name: 'en', name: 'English', confidenceScore: 1 }, sentiment: 'neutral', pii: [], dateTimes: [] };
}

interface Document {
  id: string;
  text: string;
  language?: string;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'apim-request-id': `req-${Date.now()}`, ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined));
    req.on('error', reject);
  });
}

function scores(sentiment: FakeScript['sentiment']): { positive: number; neutral: number; negative: number } {
  if (sentiment === 'positive') return { positive: 0.96, neutral: 0.03, negative: 0.01 };
  if (sentiment === 'negative') return { positive: 0.01, neutral: 0.02, negative: 0.97 };
  if (sentiment === 'mixed') return { positive: 0.45, neutral: 0.05, negative: 0.5 };
  return { positive: 0.05, neutral: 0.9, negative: 0.05 };
}

function spansOf(text: string, needles: string[]): Array<{ text: string; offset: number; length: number }> {
  return needles.flatMap((n) => {
    const offset = text.indexOf(n);
    return offset < 0 ? [] : [{ text: n, offset, length: n.length }];
  });
}

function documentResult(kind: string, doc: Document, script: FakeScript): Record<string, unknown> {
  const base = { id: doc.id, warnings: [] };
  switch (kind) {
    case 'LanguageDetection':
      return { ...base, detectedLanguage: script.language };
    case 'SentimentAnalysis': {
      const confidenceScores = scores(script.sentiment);
      const negative = script.sentiment === 'negative' || script.sentiment === 'mixed';
      const target = doc.text.split(/\s+/).find((w) => w.length > 3) ?? doc.text;
      // One opinion: the first content word as the target, with the same span and polarity as its assessment.
      const opinion = {
        sentiment: negative ? 'negative' : 'positive',
        confidenceScores: { positive: negative ? 0.01 : 0.99, negative: negative ? 0.99 : 0.01 },
        offset: Math.max(0, doc.text.indexOf(target)),
        length: target.length,
        text: target,
      };
      return {
        ...base,
        sentiment: script.sentiment,
        confidenceScores,
        sentences: [
          {
            sentiment: script.sentiment,
            confidenceScores,
            offset: 0,
            length: doc.text.length,
            text: doc.text,
            targets: [{ ...opinion, relations: [{ relationType: 'assessment', ref: `#/documents/${doc.id}/sentences/0/assessments/0` }] }],
            assessments: [{ ...opinion, isNegated: false }],
          },
        ],
      };
    }
    case 'PiiEntityRecognition': {
      let redactedText = doc.text;
      const entities = script.pii.flatMap((p) =>
        spansOf(doc.text, [p.text]).map((s) => ({ ...s, category: p.category, confidenceScore: 0.9 })),
      );
      for (const e of entities) redactedText = redactedText.slice(0, e.offset) + '*'.repeat(e.length) + redactedText.slice(e.offset + e.length);
      return { ...base, redactedText, entities };
    }
    case 'EntityRecognition':
      return {
        ...base,
        entities: spansOf(doc.text, script.dateTimes).map((s) => ({ ...s, category: 'DateTime', subcategory: 'DateRange', confidenceScore: 0.8 })),
      };
    default:
      throw new Error(`fake Azure Language: unsupported kind ${kind}`);
  }
}

interface Job {
  id: string;
  displayName?: string;
  documents: Document[];
  tasks: Array<{ kind: string; taskName?: string; parameters: { projectName: string; deploymentName: string } }>;
  created: string;
}

function jobState(job: Job, script: FakeScript): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    jobId: job.id,
    createdDateTime: job.created,
    lastUpdatedDateTime: now,
    expirationDateTime: new Date(Date.now() + 86_400_000).toISOString(),
    status: 'succeeded',
    errors: [],
    ...(job.displayName ? { displayName: job.displayName } : {}),
    tasks: {
      completed: job.tasks.length,
      failed: 0,
      inProgress: 0,
      total: job.tasks.length,
      items: job.tasks.map((t, i) => ({
        kind: 'CustomSingleLabelClassificationLROResults',
        taskName: t.taskName ?? `${i}`,
        lastUpdateDateTime: now,
        status: 'succeeded',
        results: {
          documents: job.documents.map((d) => ({
            id: d.id,
            class: script.classification ? [script.classification] : [],
            warnings: [],
          })),
          errors: [],
          projectName: t.parameters.projectName,
          deploymentName: t.parameters.deploymentName,
        },
      })),
    },
  };
}

export async function startFakeAzureLanguage(initial: Partial<FakeScript> = {}): Promise<FakeAzureLanguage> {
  const key = 'fake-language-key';
  const jobs = new Map<string, Job>();
  const state = { script: { ...defaults(), ...initial }, requests: [] as RecordedRequest[] };
  let endpoint = '';

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', endpoint);
      const body = await readBody(req);
      const key_ = req.headers['ocp-apim-subscription-key'];
      state.requests.push({ method: req.method ?? '', path: url.pathname, apiVersion: url.searchParams.get('api-version'), key: typeof key_ === 'string' ? key_ : undefined, body });
      const script = state.script;
      if (script.delayMs) await new Promise((r) => setTimeout(r, script.delayMs));
      if (key_ !== key) return send(res, 401, { error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint.' } });
      if (script.failWith) return send(res, script.failWith, { error: { code: 'InternalServerError', message: 'Internal error has occurred.' } });

      if (req.method === 'POST' && url.pathname === '/language/:analyze-text') {
        const { kind, analysisInput } = body as { kind: string; analysisInput: { documents: Document[] } };
        return send(res, 200, {
          kind: `${kind}Results`,
          results: { documents: analysisInput.documents.map((d) => documentResult(kind, d, script)), errors: [], modelVersion: MODEL_VERSION },
        });
      }
      if (req.method === 'POST' && url.pathname === '/language/analyze-text/jobs') {
        const { displayName, analysisInput, tasks } = body as { displayName?: string; analysisInput: { documents: Document[] }; tasks: Job['tasks'] };
        const id = `job-${jobs.size + 1}`;
        jobs.set(id, { id, displayName, documents: analysisInput.documents, tasks, created: new Date().toISOString() });
        return send(res, 202, undefined, { 'operation-location': `${endpoint}/language/analyze-text/jobs/${id}?api-version=2023-04-01` });
      }
      const job = /^\/language\/analyze-text\/jobs\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && job && jobs.has(job[1])) return send(res, 200, jobState(jobs.get(job[1])!, script));
      return send(res, 404, { error: { code: 'NotFound', message: `no route for ${req.method} ${url.pathname}` } });
    })().catch((err: unknown) => send(res, 500, { error: { code: 'InternalServerError', message: String(err) } }));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    key,
    get script() {
      return state.script;
    },
    set script(next: FakeScript) {
      state.script = next;
    },
    requests: state.requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

// Each API's OpenAPI document and the routes the server answers are one and the same list: every
// route registered under the API's prefixes is documented with the same method and path, every
// documented operation is a registered route, and the roles a document names are exactly the
// roles the route lets in. Read from the running server's own route list and the documents it
// serves, so a route added, moved or re-guarded without its document fails here.
import { ROLES } from '../../staff/access/roles';
import { startStaff, type Staff } from '../staff/staffHarness';

interface Operation {
  method: string;
  path: string;
  roles?: string[];
  parameters: Array<{ name: string; in: string; schema?: { examples?: unknown[]; enum?: unknown[]; type?: string } }>;
}

const DOCUMENTS = [
  { url: '/api/staff/openapi.json', prefixes: ['/api/staff/', '/auth/'] },
  { url: '/api/openapi.json', prefixes: ['/api/intake/', '/api/cases'] },
];

/** `/cases/:reference` and `/cases/{reference}` alike as `/cases/{}`; `messages:batch` is literal. */
const template = (path: string) => path.replace(/(^|\/)(?::\w+|\{\w+\})/g, '$1{}');
const segments = (path: string) => template(path).split('/');

/** The registered route a documented path is answered by: the same template, else one whose parameter it fills in. */
function answeredBy(op: Operation, registered: Array<{ method: string; path: string }>) {
  const candidates = registered.filter((r) => r.method === op.method);
  const exact = candidates.find((r) => template(r.path) === template(op.path));
  if (exact) return exact;
  const documented = segments(op.path);
  return candidates.find((r) => {
    const route = segments(r.path);
    return route.length === documented.length && route.every((s, i) => s === documented[i] || s === '{}');
  });
}

function operations(doc: { paths: Record<string, Record<string, { 'x-roles'?: string[]; parameters?: Operation['parameters'] }>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path, roles: op['x-roles'], parameters: op.parameters ?? [] })),
  );
}

/** A request path for a documented one: each parameter filled with its example, first allowed value, or a stand-in. */
function samplePath(op: Operation): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
    return encodeURIComponent(String(schema.examples?.[0] ?? schema.enum?.[0] ?? (schema.type === 'integer' ? 1 : 'x')));
  });
}

describe.each(DOCUMENTS)('$url', ({ url, prefixes }) => {
  let s: Staff;
  let documented: Operation[];
  let registered: Array<{ method: string; path: string }>;
  beforeAll(async () => {
    s = await startStaff();
    documented = operations(await (await fetch(`${s.t.baseUrl}${url}`)).json());
    registered = (s.t.app.server.getDebugInfo().routes as Array<{ method: string; path: string }>)
      .map((r) => ({ method: r.method.toUpperCase(), path: r.path }))
      .filter((r) => prefixes.some((prefix) => r.path.startsWith(prefix)) || r.path === url);
  });
  afterAll(() => s.t.stop());

  it('documents every route the server answers there', () => {
    expect(registered.length).toBeGreaterThan(0);
    const undocumented = registered.filter((r) => !documented.some((op) => answeredBy(op, registered) === r)).map((r) => `${r.method} ${r.path}`);
    expect(undocumented).toEqual([]);
  });

  it('documents only routes the server answers', () => {
    const unanswered = documented.filter((op) => !answeredBy(op, registered)).map((op) => `${op.method} ${op.path}`);
    expect(unanswered).toEqual([]);
  });

  it('names exactly the roles each route lets in', async () => {
    const mismatches: string[] = [];
    for (const op of documented.filter((o) => o.roles)) {
      for (const role of ROLES) {
        const res = await fetch(`${s.t.baseUrl}${samplePath(op)}`, {
          method: op.method,
          headers: { authorization: `Bearer ${await s.token(role)}`, ...(op.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
          body: op.method === 'POST' ? '{}' : undefined,
        });
        await res.arrayBuffer();
        if ((res.status === 403) === op.roles?.includes(role)) mismatches.push(`${op.method} ${op.path} as ${role}: ${res.status}`);
      }
      const anonymous = await fetch(`${s.t.baseUrl}${samplePath(op)}`, { method: op.method });
      if (anonymous.status !== 401) mismatches.push(`${op.method} ${op.path} without a token: ${anonymous.status}`);
    }
    expect(mismatches).toEqual([]);
  });
});

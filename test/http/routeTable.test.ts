// A route table is registered on restify as listed, and its OpenAPI document says what each entry
// says: paths in OpenAPI form, parameters from the zod schemas, one path per variant, the sign-in
// answers for a route with roles.
import restify from 'restify';
import { z } from 'zod';
import { defineRoutes, openApiFrom, openApiPath, openApiRoute, type Route } from '../../http/routeTable';

const handler = async (_req: restify.Request, res: restify.Response) => res.json(200, {});
const route = (overrides: Partial<Route>): Route => ({ method: 'GET', path: '/things', summary: 'Things', responses: { 200: 'The things' }, handler, ...overrides });
const info = { title: 'Test API', version: '1' };

describe('openApiPath', () => {
  it.each([
    ['/api/staff/cases/:reference', '/api/staff/cases/{reference}'],
    ['/api/staff/work-lists/:kind/:id/done', '/api/staff/work-lists/{kind}/{id}/done'],
    ['/api/intake/messages:batch', '/api/intake/messages:batch'],
    ['/api/staff/figures.csv', '/api/staff/figures.csv'],
  ])('%s → %s', (restifyPath, documented) => {
    expect(openApiPath(restifyPath)).toBe(documented);
  });
});

describe('openApiFrom', () => {
  it('takes path, query and header parameters from the entry', () => {
    const doc = openApiFrom(
      [
        route({
          path: '/things/:id/:part',
          params: { id: z.coerce.number().int().positive().meta({ description: 'The thing' }) },
          query: z.object({ page: z.coerce.number().default(1), view: z.enum(['all', 'open']) }),
          headers: [{ name: 'X-Signature', required: true, description: 'sha256=<hex>' }],
        }),
      ],
      info,
    );
    expect(doc.paths['/things/{id}/{part}']?.get).toMatchObject({
      parameters: [
        { name: 'id', in: 'path', required: true, description: 'The thing', schema: { type: 'integer' } },
        { name: 'part', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'page', in: 'query', required: false, schema: { default: 1 } },
        { name: 'view', in: 'query', required: true, schema: { enum: ['all', 'open'] } },
        { name: 'X-Signature', in: 'header', required: true, description: 'sha256=<hex>' },
      ],
    });
  });

  it('documents a body as it is read and a success as it is written, an error as a Problem', () => {
    const doc = openApiFrom(
      [route({ method: 'POST', body: z.object({ n: z.coerce.number() }), responses: { 201: { description: 'Made', schema: z.object({ id: z.string() }) }, 409: 'Already made' } })],
      info,
    );
    const op = doc.paths['/things']?.post as any;
    expect(op.requestBody.content['application/json'].schema.properties.n).toEqual({ type: 'number' });
    expect(op.responses['201'].content['application/json'].schema.required).toEqual(['id']);
    expect(op.responses['409'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  it('adds the sign-in answers, the roles and the bearer scheme to a route with roles, and nothing to one without', () => {
    const doc = openApiFrom([route({ roles: ['reviewer'] }), route({ path: '/open' })], info);
    const guarded = doc.paths['/things']?.get as any;
    expect(Object.keys(guarded.responses)).toEqual(['200', '401', '403']);
    expect(guarded['x-roles']).toEqual(['reviewer']);
    expect(guarded.security).toEqual([{ bearer: [] }]);
    expect(Object.keys((doc.paths['/open']?.get as any).responses)).toEqual(['200']);
    expect((doc.paths['/open']?.get as any).security).toBeUndefined();
  });

  it('documents one path per variant, each with its own summary and body', () => {
    const doc = openApiFrom(
      [
        route({
          method: 'POST',
          path: '/things/:id/:action',
          variants: { param: 'action', of: { open: { summary: 'Open it', body: z.object({ why: z.string() }) }, shut: { summary: 'Shut it' } } },
        }),
      ],
      info,
    );
    expect(Object.keys(doc.paths)).toEqual(['/things/{id}/open', '/things/{id}/shut']);
    const open = doc.paths['/things/{id}/open']?.post as any;
    expect(open.summary).toBe('Open it');
    expect(open.parameters.map((p: { name: string }) => p.name)).toEqual(['id']);
    expect(open.requestBody.content['application/json'].schema.required).toEqual(['why']);
    expect((doc.paths['/things/{id}/shut']?.post as any).requestBody).toBeUndefined();
  });

  it.each([
    ['a parameter the path does not have', [route({ params: { id: z.string() } })], /does not have/],
    ['variants of a parameter the path does not have', [route({ variants: { param: 'action', of: { open: { summary: 'Open' } } } })], /does not have/],
    ['the same method and path twice', [route({}), route({})], /twice/],
  ])('refuses %s', (_name, routes, message) => {
    expect(() => openApiFrom(routes, info)).toThrow(message);
  });
});

describe('defineRoutes', () => {
  it('registers each entry on the server, in order, with the document route describing itself', () => {
    const server = restify.createServer();
    const routes = [route({}), route({ method: 'POST', path: '/things/:id' })];
    const documentRoute = openApiRoute('/openapi.json', routes, info);
    defineRoutes(server, [...routes, documentRoute]);
    const registered = (server.getDebugInfo().routes as Array<{ method: string; path: string }>).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(registered).toEqual(['GET /things', 'POST /things/:id', 'GET /openapi.json']);
  });
});

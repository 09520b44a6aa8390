// Routes as data: an area lists each route once — method, path, who may call it, the zod schemas of
// what it accepts, what it answers, and its handler — and both the server (defineRoutes) and the
// area's OpenAPI document (openApiFrom) are made from that list, so the document cannot leave out a
// route the server answers, nor describe one it does not.
import type restify from 'restify';
import { z } from 'zod';
import { ProblemSchema } from './problem';

export type JsonSchema = Record<string, unknown>;
/** For the document: a zod schema (converted as it is validated), or a JSON schema such as a `$ref`. */
export type Schema = z.ZodType | JsonSchema;

/** One answer: JSON by default, any object for a success and a Problem for an error unless a schema says more. */
export interface Answer {
  description: string;
  contentType?: string;
  schema?: Schema;
}

/** A path parameter whose values are documented one path each (the handler answers them all). */
export interface Variants {
  param: string;
  of: Readonly<Record<string, { summary: string; body?: Schema }>>;
}

export interface HeaderParameter {
  name: string;
  required: boolean;
  description: string;
}

export interface Route {
  method: 'GET' | 'POST';
  /** As restify takes it: `/api/staff/cases/:reference`. */
  path: string;
  summary: string;
  tags?: readonly string[];
  /** Who may call it with a bearer token; absent for a route anyone may call. */
  roles?: readonly string[];
  /** The path parameters' schemas (types, enums, examples); one not listed is documented as text. */
  params?: Readonly<Record<string, Schema>>;
  /** An object schema; each property is a query parameter. */
  query?: z.ZodType;
  headers?: readonly HeaderParameter[];
  /** The JSON request body. */
  body?: Schema;
  /** By status; a bare string is the description. 401 and 403 are added for a route with roles. */
  responses: Readonly<Record<number, string | Answer>>;
  variants?: Variants;
  handler: (req: restify.Request, res: restify.Response) => Promise<unknown>;
}

/** Registers every route of a table on the server, in the table's order. */
export function defineRoutes(server: restify.Server, routes: readonly Route[]): void {
  for (const route of routes) {
    if (route.method === 'GET') server.get(route.path, route.handler);
    else server.post(route.path, route.handler);
  }
}

/** `/cases/:reference` → `/cases/{reference}`; a colon inside a segment (`messages:batch`) is literal. */
export function openApiPath(path: string): string {
  return path.replace(/(^|\/):(\w+)/g, '$1{$2}');
}

const pathParameterNames = (path: string) => [...path.matchAll(/(?:^|\/):(\w+)/g)].map((m) => m[1] as string);

/** A schema as JSON: a zod schema as it reads input (requests) or writes output (answers). */
export function jsonSchema(schema: Schema, io: 'input' | 'output'): JsonSchema {
  if (!(schema instanceof z.ZodType)) return schema;
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** A schema the document lists once under `components` (openApiFrom's `schemas`), by name. */
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const PROBLEM = ref('Problem');
const BEARER = 'bearer';

const STANDARD_MEANING: Record<number, string> = {
  401: 'Sign in: no valid bearer token was sent',
  403: 'The token has none of the roles this needs',
};

function answer(status: number, given: string | Answer) {
  const { description, contentType = 'application/json', schema } = typeof given === 'string' ? { description: given } : given;
  const fallback = status >= 400 ? PROBLEM : { type: 'object' };
  return { description, content: { [contentType]: { schema: schema ? jsonSchema(schema, 'output') : fallback } } };
}

/** A parameter; a description in its schema is the parameter's own. */
function parameter(name: string, where: 'path' | 'query' | 'header', required: boolean, { description, ...schema }: JsonSchema) {
  return { name, in: where, required, ...(description ? { description } : {}), schema };
}

function operation(route: Route, variant?: { summary: string; body?: Schema }) {
  const all = pathParameterNames(route.path);
  for (const name of [...Object.keys(route.params ?? {}), ...(route.variants ? [route.variants.param] : [])]) {
    if (!all.includes(name)) throw new Error(`${route.method} ${route.path} describes a parameter "${name}" it does not have`);
  }
  const names = all.filter((name) => name !== route.variants?.param);
  const query = route.query ? (jsonSchema(route.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] }) : undefined;
  const parameters = [
    ...names.map((name) => parameter(name, 'path', true, route.params?.[name] ? jsonSchema(route.params[name], 'input') : { type: 'string' })),
    ...Object.entries(query?.properties ?? {}).map(([name, schema]) => parameter(name, 'query', query?.required?.includes(name) ?? false, schema)),
    ...(route.headers ?? []).map(({ name, required, description }) => parameter(name, 'header', required, { type: 'string', description })),
  ];
  const body = variant?.body ?? route.body;
  const statuses: Record<number, string | Answer> = route.roles ? { ...STANDARD_MEANING, ...route.responses } : { ...route.responses };
  return {
    summary: variant?.summary ?? route.summary,
    ...(route.roles ? { description: `Roles: ${route.roles.join(', ')}.`, 'x-roles': [...route.roles], security: [{ [BEARER]: [] }] } : {}),
    ...(route.tags ? { tags: [...route.tags] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(body, 'input') } } } } : {}),
    responses: Object.fromEntries(
      Object.keys(statuses)
        .map(Number)
        .sort((a, b) => a - b)
        .map((status) => [String(status), answer(status, statuses[status] as string | Answer)]),
    ),
  };
}

/** Each documented path of a route: its own, or one per variant. */
function documentedPaths(route: Route): Array<[string, ReturnType<typeof operation>]> {
  const path = openApiPath(route.path);
  if (!route.variants) return [[path, operation(route)]];
  const { param, of } = route.variants;
  return Object.entries(of).map(([value, variant]) => [path.replace(`{${param}}`, value), operation(route, variant)]);
}

export interface DocumentInfo {
  title: string;
  version: string;
  description?: string;
}

/** The OpenAPI 3.1 document of a route table; `schemas` are components the routes `$ref` (see jsonSchema). */
export function openApiFrom(routes: readonly Route[], info: DocumentInfo, schemas: Readonly<Record<string, JsonSchema>> = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    for (const [path, op] of documentedPaths(route)) {
      const method = route.method.toLowerCase();
      if (paths[path]?.[method]) throw new Error(`${route.method} ${path} is in the table twice`);
      paths[path] = { ...paths[path], [method]: op };
    }
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: { [BEARER]: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: jsonSchema(ProblemSchema, 'output'), ...schemas },
    },
  };
}

/** The route that serves a table's document; it describes itself, so it is listed too. */
export function openApiRoute(path: string, routes: readonly Route[], info: DocumentInfo, schemas?: Readonly<Record<string, JsonSchema>>): Route {
  const self: Route = {
    method: 'GET',
    path,
    summary: 'This document (OpenAPI 3.1)',
    tags: ['documentation'],
    responses: { 200: 'The OpenAPI document' },
    handler: async (_req, res) => {
      res.json(200, document);
    },
  };
  const document = openApiFrom([...routes, self], info, schemas);
  return self;
}

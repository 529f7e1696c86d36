/**
 * GET /api/openapi.json: the REST API as OpenAPI 3.1. The paths are read from the live /api router, so a new
 * route is listed the moment it exists; request bodies and queries come from the routes' zod schemas.
 */
import type { Router } from 'express';
import { z } from 'zod';
import { fieldSchema, procedureSchema } from '@motcua/config/catalog';
import { callTicketSchema, loginSchema, pauseSchema, takeTicketSchema, transferSchema } from '../contract';
import type { Feature } from '../features/feature';
import { counterPatchSchema, counterSchema, deviceSchema, noticesSchema, prioritiesSchema, ratingSettingsSchema, servicePatchSchema, serviceSchema, staffPatchSchema, staffSchema } from '../features/admin/schemas';
import { checklistSchema } from '../features/checklist';
import { kioskScanSchema } from '../features/kiosk';
import { periodQuery } from '../features/reports/period';

/** The schema of each route's JSON body, by "METHOD /path" as the router spells it. */
export const BODIES: Record<string, z.ZodType> = {
  'POST /tickets': takeTicketSchema,
  'POST /auth/login': loginSchema,
  'POST /counters/:id/call': callTicketSchema,
  'POST /counters/:id/pause': pauseSchema,
  'POST /counters/:id/transfer': transferSchema,
  'POST /kiosk/checklist': checklistSchema,
  'POST /kiosk/scan': kioskScanSchema,
  'POST /admin/services': serviceSchema,
  'PUT /admin/services/:id': servicePatchSchema,
  'POST /admin/counters': counterSchema,
  'PUT /admin/counters/:id': counterPatchSchema,
  'PUT /admin/priorities': prioritiesSchema,
  'POST /admin/staff': staffSchema,
  'PUT /admin/staff/:username': staffPatchSchema,
  'POST /admin/devices': deviceSchema,
  'PUT /admin/notices': noticesSchema,
  'PUT /admin/rating': ratingSettingsSchema,
  'POST /admin/catalog/fields': fieldSchema,
  'POST /admin/catalog/procedures': procedureSchema,
  'PUT /admin/catalog/procedures/:code': procedureSchema,
};
/** The schema of each route's query string. */
const QUERIES: Record<string, z.ZodType> = {
  'GET /reports': periodQuery,
};

type Json = Record<string, unknown>;
const jsonSchema = (s: z.ZodType): Json => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json;
const errorBody = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'array', items: { type: 'string' } } }, required: ['code', 'message'] } }, required: ['error'] };

/** Every route on a router as [method, express path]. */
function routesOf(r: Router): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const layer of r.stack) {
    const route = layer.route as { path?: unknown; methods?: Record<string, boolean> } | undefined;
    if (!route || typeof route.path !== 'string') continue;
    for (const [m, on] of Object.entries(route.methods ?? {})) if (on && m !== '_all') out.push([m.toUpperCase(), route.path]);
  }
  return out;
}

/** One operation: path parameters, the query and body from zod, and the error shape every route shares. */
function operation(method: string, path: string): Json {
  const key = `${method} ${path}`;
  const params: Json[] = [...path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  const query = QUERIES[key];
  if (query) {
    const q = jsonSchema(query) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, schema] of Object.entries(q.properties ?? {})) params.push({ name, in: 'query', required: !!q.required?.includes(name), schema });
  }
  const body = BODIES[key];
  return {
    operationId: key,
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(body) } } } } : {}),
    responses: {
      '2XX': { description: 'OK' },
      default: { description: 'A refusal: {error: {code, message}} with its HTTP status', content: { 'application/json': { schema: errorBody } } },
    },
  };
}

/** The OpenAPI document for the routes of an /api router. */
function openApiDocument(r: Router): Json {
  const paths: Record<string, Json> = {};
  for (const [method, path] of routesOf(r)) {
    const oa = `/api${path.replace(/:(\w+)/g, '{$1}')}`;
    paths[oa] = { ...paths[oa], [method.toLowerCase()]: operation(method, path) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'motcua REST API', version: '1', description: 'Bộ phận Một cửa: kiosk, queue and reports. Bearer tokens: staff (POST /api/auth/login) or a device token.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{}, { bearer: [] }],
    paths,
  };
}

export const openApiFeature: Feature = {
  name: 'openapi',
  routes(r) {
    r.get('/openapi.json', (_req, res) => { res.json(openApiDocument(r)); });
  },
};

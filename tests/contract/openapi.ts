/**
 * The OpenAPI document as an executable oracle: every response body is checked against the
 * schema the document declares for its operation and status.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';

interface MediaType {
  schema?: unknown;
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId?: string;
  responses: Record<string, ResponseObject>;
}
type PathItem = Partial<Record<HttpMethod, Operation>>;
interface OpenApiDocument {
  servers?: { url: string }[];
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, unknown>;
    responses?: Record<string, ResponseObject>;
  };
}

type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

const DOCUMENT_ID = 'https://contract.local/openapi.json';

const document = parse(
  readFileSync(new URL('../../src/contract/openapi.yaml', import.meta.url), 'utf8'),
) as OpenApiDocument;

/** The path prefix every operation lives under (`servers[0].url`, i.e. `/api`). */
const API_PREFIX = document.servers?.[0]?.url ?? '';

/**
 * OpenAPI keeps schemas under `#/components/schemas`, which is not a JSON Schema location.
 * Re-home them under `$defs` so Ajv can resolve every `$ref` in strict mode.
 */
function rehomeRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rehomeRefs);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string'
        ? value.replace('#/components/schemas/', `${DOCUMENT_ID}#/$defs/`)
        : rehomeRefs(value),
    ]),
  );
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
// An OpenAPI annotation for the request-body union; `oneOf` already does the validating.
ajv.addKeyword({ keyword: 'discriminator' });
ajv.addSchema({ $id: DOCUMENT_ID, $defs: rehomeRefs(document.components.schemas) });

interface Route {
  template: string;
  pattern: RegExp;
  item: PathItem;
}

const routes: Route[] = Object.entries(document.paths).map(([template, item]) => ({
  template,
  pattern: new RegExp(
    `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
  ),
  item,
}));

/** Literal paths first, so `/customers/search` is never taken for `/customers/{customerId}`. */
routes.sort((a, b) => Number(a.template.includes('{')) - Number(b.template.includes('{')));

function resolveResponse(response: ResponseObject): ResponseObject {
  if (response.$ref === undefined) return response;
  const name = response.$ref.replace('#/components/responses/', '');
  const target = document.components.responses?.[name];
  if (target === undefined) throw new Error(`Unresolvable response $ref ${response.$ref}`);
  return target;
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(key: string, schema: unknown): ValidateFunction {
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = ajv.compile(rehomeRefs(schema) as object);
    validators.set(key, validate);
  }
  return validate;
}

function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('; ');
}

/** The document's path template for a concrete path such as `/connection-requests/r1/history`. */
export function matchPathTemplate(path: string): string | undefined {
  return routes.find((route) => route.pattern.test(path))?.template;
}

/**
 * What is wrong with this response according to the document; an empty list means it conforms.
 * `path` is relative to the API prefix (`/session`) or absolute (`/api/session`); `body` is the
 * parsed JSON, or `undefined` for an empty body.
 */
export function contractViolations(
  method: string,
  path: string,
  status: number,
  body: unknown,
): string[] {
  const relative = path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) : path;
  const where = `${method.toUpperCase()} ${relative} → ${status}`;
  const route = routes.find((candidate) => candidate.pattern.test(relative));
  // The document's rule for what it does not list (info.description): 404 and 405, as errors.
  if (route === undefined) return unlistedViolations(where, status, 404, body, 'no such path');
  const operation = route.item[method.toLowerCase() as HttpMethod];
  if (operation === undefined) {
    return unlistedViolations(where, status, 405, body, 'method not in openapi.yaml');
  }
  const declared = operation.responses[String(status)];
  if (declared === undefined) {
    const documented = Object.keys(operation.responses).join(', ');
    return [`${where}: status not documented (documented: ${documented})`];
  }
  const schema = resolveResponse(declared).content?.['application/json']?.schema;
  if (schema === undefined) {
    return body === undefined ? [] : [`${where}: documented without a body, got one`];
  }
  if (body === undefined) return [`${where}: documented with a JSON body, got none`];
  const validate = validatorFor(`${route.template} ${method} ${status}`, schema);
  return validate(body) ? [] : [`${where}: ${formatErrors(validate.errors)}`];
}

const validateErrorBody = ajv.compile({ $ref: `${DOCUMENT_ID}#/$defs/ErrorBody` });

/** A path or method the document does not list must be answered with `expected` and an ErrorBody. */
function unlistedViolations(
  where: string,
  status: number,
  expected: number,
  body: unknown,
  what: string,
): string[] {
  if (status !== expected) return [`${where}: ${what} in openapi.yaml, so ${expected} expected`];
  return validateErrorBody(body) ? [] : [`${where}: ${formatErrors(validateErrorBody.errors)}`];
}

/** Asserts that the response matches the schema openapi.yaml declares for it. */
export function expectMatchesContract(
  method: string,
  path: string,
  status: number,
  body: unknown,
): void {
  expect(contractViolations(method, path, status, body)).toEqual([]);
}

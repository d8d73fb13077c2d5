// Request validation against Atlassian's Jira platform OpenAPI spec, so the emulator refuses what Jira would:
// unknown routes (404), wrong methods (405), missing or mistyped parameters and JSON bodies (400). Templates
// compile once into a segment trie; checks are shallow (top-level body properties only).

import { REPO_ROOT } from '../repo-root';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface SpecRoute {
  readonly method: string;
  readonly template: string;
  readonly operationId: string;
  readonly deprecated: boolean;
}
export type SpecCheck =
  | { readonly ok: true; readonly route: SpecRoute; readonly pathParams: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly status: 400 | 404 | 405; readonly errorMessages: readonly string[] };
export interface JiraSpec {
  /** Validates one request as Jira would: route, method, path and query parameters, and the JSON body's top level. */
  check(method: string, pathWithQuery: string, body: unknown): SpecCheck;
  /** Every route in the spec, for tests that assert an app route exists. */
  routes(): readonly SpecRoute[];
}

type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
interface ParamRule {
  readonly name: string;
  readonly required: boolean;
  readonly array: boolean;
  readonly type: JsonType | null;
  readonly allowed: readonly string[] | null;
}
interface BodyRule {
  readonly required: boolean;
  readonly type: JsonType | null;
  readonly requiredFields: readonly string[];
  readonly fields: ReadonlyMap<string, JsonType>;
}
interface Operation {
  readonly route: SpecRoute;
  /** Path parameters by segment index. */
  readonly pathParams: readonly (readonly [number, ParamRule])[];
  readonly query: readonly ParamRule[];
  /** Null where the body is not JSON (uploads) or there is none. */
  readonly body: BodyRule | null;
}
interface Node {
  readonly literals: Map<string, Node>;
  param: Node | null;
  readonly operations: Map<string, Operation>;
}

const SCHEMA_REF = '#/components/schemas/';
const A_TYPE: Readonly<Record<JsonType, string>> = {
  object: 'a JSON object',
  array: 'an array',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
};
const isJsonType = (type: string): type is JsonType => Object.hasOwn(A_TYPE, type);
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

type Json = Readonly<Record<string, unknown>>;
const record = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const items = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

const loaded = new Map<string, JiraSpec>();

/** The spec in `file` (default: the repo's spec/jira-platform.v3.json), parsed and compiled once per file. */
export function loadSpec(file = path.join(REPO_ROOT, 'spec/jira-platform.v3.json')): JiraSpec {
  let spec = loaded.get(file);
  if (!spec) {
    spec = compileSpec(record(JSON.parse(readFileSync(file, 'utf8'))));
    loaded.set(file, spec);
  }
  return spec;
}

/** What a Jira site with Jira Service Management answers: /rest/servicedeskapi/ routes by JSM's spec
 * (spec/jira-servicemanagement.v3.json), the rest by the platform's. */
export function siteSpec(): JiraSpec {
  const platform = loadSpec();
  const jsm = loadSpec(path.join(REPO_ROOT, 'spec/jira-servicemanagement.v3.json'));
  return {
    check: (method, pathWithQuery, body) =>
      (pathWithQuery.startsWith('/rest/servicedeskapi/') ? jsm : platform).check(method, pathWithQuery, body),
    routes: () => [...platform.routes(), ...jsm.routes()],
  };
}

function compileSpec(doc: Json): JiraSpec {
  const schemas = record(record(doc.components).schemas);
  const resolve = (schema: unknown, depth = 0): Json => {
    const s = record(schema);
    const allOf = items(s.allOf);
    if (depth > 20) return {};
    if (typeof s.$ref === 'string' && s.$ref.startsWith(SCHEMA_REF))
      return resolve(schemas[s.$ref.slice(SCHEMA_REF.length)], depth + 1);
    return allOf.length === 1 ? resolve(allOf[0], depth + 1) : s;
  };
  const typeOf = (schema: unknown): JsonType | null => {
    const s = resolve(schema);
    if (typeof s.type === 'string') return isJsonType(s.type) ? s.type : null;
    return s.properties ? 'object' : null;
  };

  const root: Node = newNode();
  const all: SpecRoute[] = [];
  for (const [template, pathItem] of Object.entries(record(doc.paths))) {
    const segments = template.split('/').slice(1);
    let node = root;
    for (const segment of segments) {
      if (segment.startsWith('{')) node = node.param ??= newNode();
      else node = mapGet(node.literals, segment, newNode);
    }
    for (const [method, value] of Object.entries(record(pathItem))) {
      if (!HTTP_METHODS.includes(method)) continue;
      const op = record(value);
      const route: SpecRoute = {
        method: method.toUpperCase(),
        template,
        operationId: typeof op.operationId === 'string' ? op.operationId : '',
        deprecated: op.deprecated === true,
      };
      const params = items(op.parameters).map(record);
      const rule = (p: Json): ParamRule => {
        const schema = resolve(p.schema);
        const array = schema.type === 'array';
        const element = array ? resolve(schema.items) : schema;
        // Atlassian marks a parameter made mandatory after publication with an x-changes entry, not `required`.
        const madeRequired = items(p['x-changes']).some((change) => record(change).type === 'required');
        const allowed = items(element.enum).filter((e): e is string => typeof e === 'string');
        return {
          name: String(p.name),
          required: p.required === true || madeRequired,
          array,
          type: typeOf(element),
          allowed: allowed.length > 0 ? allowed : null,
        };
      };
      const pathParams = params
        .filter((p) => p.in === 'path')
        .map((p) => [segments.indexOf(`{${String(p.name)}}`), rule(p)] as const);
      const content = record(record(op.requestBody).content);
      const json =
        content['application/json'] === undefined ? null : resolve(record(content['application/json']).schema);
      const body: BodyRule | null = json && {
        required: record(op.requestBody).required === true,
        type: typeOf(json),
        requiredFields: items(json.required).filter(
          (name): name is string => typeof name === 'string' && record(record(json.properties)[name]).readOnly !== true,
        ),
        fields: new Map(
          Object.entries(record(json.properties)).flatMap(([name, schema]) => {
            const type = typeOf(schema);
            return type ? [[name, type] as const] : [];
          }),
        ),
      };
      node.operations.set(route.method, {
        route,
        pathParams: pathParams.filter(([index]) => index >= 0),
        query: params.filter((p) => p.in === 'query').map(rule),
        body,
      });
      all.push(route);
    }
  }

  return {
    routes: () => all,
    check(method, pathWithQuery, body) {
      const verb = method.toUpperCase();
      const queryAt = pathWithQuery.indexOf('?');
      const pathname = (queryAt < 0 ? pathWithQuery : pathWithQuery.slice(0, queryAt)).replace(/(.)\/+$/, '$1');
      const segments = pathname.split('/').slice(1);
      const node = find(root, segments, 0);
      if (!node) return { ok: false, status: 404, errorMessages: [`No route for ${verb} ${pathname}`] };
      const op = node.operations.get(verb);
      if (!op) {
        // As JAX-RS does: the most specific template the path matches (perhaps through a parameter) decides.
        const operations = [...node.operations.values()];
        const allowed = operations.map((other) => other.route.method).join(', ');
        return {
          ok: false,
          status: 405,
          errorMessages: [`No route for ${verb} ${pathname}: ${operations[0]!.route.template} allows ${allowed}.`],
        };
      }
      const pathParams: Record<string, string> = {};
      for (const [index, rule] of op.pathParams) {
        const value = decode(segments[index]!);
        const problem = valueProblem(rule, value);
        if (problem)
          return {
            ok: false,
            status: 404,
            errorMessages: [`The path parameter '${rule.name}' ${problem}; got '${value}'.`],
          };
        pathParams[rule.name] = value;
      }
      const errors = [
        ...queryErrors(op.query, queryAt < 0 ? '' : pathWithQuery.slice(queryAt + 1)),
        ...(op.body ? bodyErrors(op.body, body) : []),
      ];
      return errors.length > 0
        ? { ok: false, status: 400, errorMessages: errors }
        : { ok: true, route: op.route, pathParams };
    },
  };
}

function newNode(): Node {
  return { literals: new Map(), param: null, operations: new Map() };
}

function mapGet<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** The most specific template node `segments` match: a literal segment wins over a parameter, leftmost first. */
function find(node: Node, segments: readonly string[], i: number): Node | null {
  if (i === segments.length) return node.operations.size > 0 ? node : null;
  const segment = segments[i]!;
  const literal = node.literals.get(segment);
  const hit = literal ? find(literal, segments, i + 1) : null;
  return hit ?? (node.param && segment !== '' ? find(node.param, segments, i + 1) : null);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Why `value` does not fit the parameter's type or enum, or null. */
function valueProblem(rule: ParamRule, value: string): string | null {
  if (rule.type === 'integer' && !/^-?\d+$/.test(value)) return 'must be an integer';
  if (rule.type === 'number' && (value.trim() === '' || !Number.isFinite(Number(value)))) return 'must be a number';
  if (rule.type === 'boolean' && !/^(true|false)$/i.test(value)) return 'must be true or false';
  if (rule.allowed && !rule.allowed.includes(value)) return `must be one of ${rule.allowed.join(', ')}`;
  return null;
}

function queryErrors(rules: readonly ParamRule[], query: string): string[] {
  const params = new URLSearchParams(query);
  const errors: string[] = [];
  for (const rule of rules) {
    // Array parameters come repeated (?id=1&id=2) or comma-separated (?id=1,2).
    const values = params
      .getAll(rule.name)
      .flatMap((value) => (rule.array ? value.split(',') : [value]))
      .filter((value) => value !== '');
    if (values.length === 0 && rule.required) errors.push(`The query parameter '${rule.name}' is required.`);
    for (const value of values) {
      const problem = valueProblem(rule, value);
      if (problem) errors.push(`The query parameter '${rule.name}' ${problem}; got '${value}'.`);
    }
  }
  return errors;
}

function bodyErrors(rule: BodyRule, body: unknown): string[] {
  if (body === undefined) return rule.required ? ['The request body is required.'] : [];
  if (rule.type === null) return [];
  if (!isType(rule.type, body)) return [`The request body must be ${A_TYPE[rule.type]}.`];
  if (rule.type !== 'object') return [];
  const fields = record(body);
  const errors = rule.requiredFields
    .filter((name) => fields[name] === undefined || fields[name] === null)
    .map((name) => `Field '${name}' is required.`);
  for (const [name, type] of rule.fields) {
    const value = fields[name];
    if (value !== undefined && value !== null && !isType(type, value))
      errors.push(`Field '${name}' must be ${A_TYPE[type]}.`);
  }
  return errors;
}

function isType(type: JsonType, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

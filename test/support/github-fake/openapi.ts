/**
 * GitHub's official OpenAPI description (from `@octokit/openapi`) as a checker:
 * finds the operation behind a method and path, and validates parameters,
 * request bodies and response bodies with Ajv.
 *
 * The description is 13 MB of JSON; it is parsed once per module registry
 * (per jest test file) and shared by every fake server. What validation needs
 * is added to Ajv as one schema with the id `gh`, so `#/components/...` refs
 * resolve in place; validators are compiled lazily, per schema, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS with `exports.default`; under ESM the default
// import is the module object, so take `.default` when it is there.
type AjvClass = typeof AjvModule.default;
const Ajv: AjvClass = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;
type FormatsPlugin = typeof formatsModule.default;
const addFormats: FormatsPlugin = ((formatsModule as unknown as { default?: FormatsPlugin }).default ??
  formatsModule) as FormatsPlugin;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Which listener a request arrived on: the REST API or the uploads host. */
export type ApiHost = 'api' | 'uploads';

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** JSON pointer (without `#`) of the parameter's schema inside the document. */
  schemaPointer: string;
  schema: JsonObject;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  host: ApiHost;
  documentationUrl: string;
  /** JSON pointer of the operation object. */
  pointer: string;
  parameters: OperationParameter[];
  regex: RegExp;
  pathParamNames: string[];
  literalSegments: number;
  multiSegmentParams: number;
}

export interface OperationMatch {
  operation: Operation;
  pathParams: Record<string, string>;
}

export interface LoadStats {
  /** Reading and parsing the JSON file. */
  parseMs: number;
  /** Copying what validation needs (no examples, prose or webhooks), `nullable` made JSON Schema. */
  normalizeMs: number;
  /** Adding the document to Ajv and indexing the operations. */
  indexMs: number;
  operations: number;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Keys that only document; dropped from the copy Ajv indexes (except where they name properties). */
const ANNOTATIONS = new Set(['description', 'summary', 'example', 'examples', 'x-github', 'x-githubEnterpriseOverlays', 'title']);
/** Keys whose value maps names (property names, paths, media types…), which are kept whatever they are. */
const NAME_MAPS = new Set(['properties', 'patternProperties', 'paths', 'schemas', 'responses', 'parameters', 'content']);
/** Keys whose value is data, not schema: copied as is. */
const DATA_KEYS = new Set(['enum', 'default', 'const']);

/**
 * A copy of the description that validation needs: no webhooks, no examples,
 * no prose (most of the bulk), with OpenAPI 3.0 `nullable: true`
 * rewritten as JSON Schema. Ajv understands `nullable` next to `type`, but
 * not beside `allOf`/`oneOf` without a type, and it does not add `null` to an
 * `enum`; those two forms are rewritten here.
 */
function slim(node: Json, parentKey = ''): Json {
  if (Array.isArray(node)) return node.map((item) => slim(item));
  if (!node || typeof node !== 'object') return node;
  const keepAll = NAME_MAPS.has(parentKey);
  const out: JsonObject = {};
  for (const key of Object.keys(node)) {
    if (!keepAll && ANNOTATIONS.has(key)) continue;
    const value = node[key];
    out[key] = DATA_KEYS.has(key) ? value : slim(value, key);
  }
  if (out.nullable === true) {
    if (!('type' in out)) {
      const rest: JsonObject = { ...out };
      delete rest.nullable;
      return { anyOf: [{ type: 'null' }, rest] };
    }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}

function formatErrors(errors: ErrorObject[] | null | undefined, dataVar: string): string {
  if (!errors || errors.length === 0) return 'invalid';
  const parts: string[] = [];
  for (const error of errors.slice(0, 6)) {
    const where = `${dataVar}${error.instancePath}`;
    let detail = error.message ?? 'is invalid';
    if (error.keyword === 'enum') detail += ` ${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)}`;
    if (error.keyword === 'additionalProperties') {
      detail += ` (${JSON.stringify((error.params as { additionalProperty?: unknown }).additionalProperty)})`;
    }
    parts.push(`${where} ${detail}`);
  }
  if (errors.length > 6) parts.push(`… ${errors.length - 6} more`);
  return parts.join('; ');
}

export class OpenApiChecker {
  readonly stats: LoadStats;
  private readonly doc: JsonObject;
  private readonly ajv: InstanceType<AjvClass>;
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(full: JsonObject, parseMs: number) {
    let t = performance.now();
    const { components, ...top } = full as { components: JsonObject } & JsonObject;
    const { examples: _examples, ...usedComponents } = components;
    const doc: JsonObject = { paths: slim(top.paths, 'paths'), components: slim(usedComponents) };
    const normalizeMs = performance.now() - t;
    t = performance.now();
    this.doc = doc;
    // inlineRefs: false compiles each referenced schema (simple-user, repository, …) once and shares
    // it, instead of inlining it at every use: a third less compile time for the large responses.
    this.ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, logger: false, inlineRefs: false });
    addFormats(this.ajv);
    this.ajv.addSchema(doc as object, 'gh');
    this.indexOperations();
    this.stats = {
      parseMs: Math.round(parseMs),
      normalizeMs: Math.round(normalizeMs),
      indexMs: Math.round(performance.now() - t),
      operations: this.operations.length,
    };
  }

  /** Follows `$ref`s of non-schema objects (parameters, responses, request bodies). */
  private deref(pointer: string, value: Json): { pointer: string; value: JsonObject } {
    let current = value as JsonObject;
    let at = pointer;
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
      at = (current.$ref as string).replace(/^#/, '');
      current = this.resolvePointer(at) as JsonObject;
    }
    return { pointer: at, value: current };
  }

  private resolvePointer(pointer: string): Json {
    let node: Json = this.doc;
    for (const raw of pointer.split('/').slice(1)) {
      const token = unescapePointer(raw);
      if (node && typeof node === 'object' && !Array.isArray(node)) node = node[token];
      else if (Array.isArray(node)) node = node[Number(token)];
      else return null;
    }
    return node;
  }

  private indexOperations(): void {
    const paths = this.doc.paths as Record<string, JsonObject>;
    for (const [template, item] of Object.entries(paths)) {
      for (const method of HTTP_METHODS) {
        const op = item[method] as JsonObject | undefined;
        if (!op || typeof op.operationId !== 'string') continue;
        const pointer = `/paths/${escapePointer(template)}/${method}`;
        const parameters: OperationParameter[] = [];
        const rawParams = (op.parameters as Json[] | undefined) ?? [];
        rawParams.forEach((raw, index) => {
          const { pointer: paramPointer, value } = this.deref(`${pointer}/parameters/${index}`, raw);
          parameters.push({
            name: value.name as string,
            in: value.in as OperationParameter['in'],
            required: value.required === true,
            schemaPointer: `${paramPointer}/schema`,
            schema: (value.schema as JsonObject) ?? {},
          });
        });
        const servers = op.servers as JsonObject[] | undefined;
        const host: ApiHost = servers?.some((s) => String(s.url).includes('uploads.')) ? 'uploads' : 'api';
        const multi = new Set(
          rawParams
            .map((raw, index) => this.deref(`${pointer}/parameters/${index}`, raw).value)
            .filter((p) => p['x-multi-segment'] === true)
            .map((p) => p.name as string),
        );
        const pathParamNames: string[] = [];
        let literalSegments = 0;
        let multiSegmentParams = 0;
        const source = template
          .split('/')
          .map((segment) => {
            const match = /^\{([^}]+)\}$/.exec(segment);
            if (match) {
              pathParamNames.push(match[1]);
              if (multi.has(match[1])) {
                multiSegmentParams++;
                return '(.+?)';
              }
              return '([^/]+)';
            }
            if (segment.includes('{')) {
              // A segment mixing literal text and a parameter (rare): match the parameter part only.
              return segment.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string | undefined, text: string | undefined) => {
                if (name) {
                  pathParamNames.push(name);
                  return '([^/]+)';
                }
                return escapeRegex(text ?? '');
              });
            }
            if (segment) literalSegments++;
            return escapeRegex(segment);
          })
          .join('/');
        const externalDocs = op.externalDocs as JsonObject | undefined;
        this.operations.push({
          operationId: op.operationId,
          method: method.toUpperCase(),
          template,
          host,
          documentationUrl: typeof externalDocs?.url === 'string' ? externalDocs.url : 'https://docs.github.com/rest',
          pointer,
          parameters,
          regex: new RegExp(`^${source}$`),
          pathParamNames,
          literalSegments,
          multiSegmentParams,
        });
      }
    }
  }

  /** The operation for a request, preferring the template with the most literal segments. */
  match(method: string, rawPath: string, host: ApiHost): OperationMatch | undefined {
    let best: OperationMatch | undefined;
    for (const operation of this.operations) {
      if (operation.method !== method || operation.host !== host) continue;
      const m = operation.regex.exec(rawPath);
      if (!m) continue;
      if (
        best &&
        (best.operation.literalSegments > operation.literalSegments ||
          (best.operation.literalSegments === operation.literalSegments &&
            best.operation.multiSegmentParams <= operation.multiSegmentParams))
      ) {
        continue;
      }
      const pathParams: Record<string, string> = {};
      operation.pathParamNames.forEach((name, i) => {
        try {
          pathParams[name] = decodeURIComponent(m[i + 1]);
        } catch {
          pathParams[name] = m[i + 1];
        }
      });
      best = { operation, pathParams };
    }
    return best;
  }

  /** Every operation with this id (there is exactly one in GitHub's description). */
  operation(operationId: string): Operation | undefined {
    return this.operations.find((op) => op.operationId === operationId);
  }

  private validator(pointer: string): ValidateFunction {
    let fn = this.validators.get(pointer);
    if (!fn) {
      fn = this.ajv.compile({ $ref: `gh#${pointer}` });
      this.validators.set(pointer, fn);
    }
    return fn;
  }

  /** Validates `value` against the schema at `pointer`; returns a message or undefined. */
  private check(pointer: string, value: unknown, dataVar: string): string | undefined {
    const fn = this.validator(pointer);
    if (fn(value)) return undefined;
    return formatErrors(fn.errors, dataVar);
  }

  /**
   * Path and query parameters arrive as strings; GitHub reads them by the
   * parameter's schema type, so convert before validating (a value that cannot
   * be converted stays a string and fails validation).
   */
  private coerce(schema: JsonObject, values: string[]): unknown {
    const type = schema.type;
    const one = (value: string): unknown => {
      if (type === 'integer' && /^-?\d+$/.test(value)) return Number(value);
      if (type === 'number' && value !== '' && !Number.isNaN(Number(value))) return Number(value);
      if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
      return value;
    };
    if (type === 'array') {
      const items = (schema.items as JsonObject | undefined) ?? {};
      return values.flatMap((v) => v.split(',')).map((v) => this.coerce(items, [v]));
    }
    return one(values[values.length - 1]);
  }

  /** Violations in the request's path parameters, query string and JSON body. */
  validateRequest(
    match: OperationMatch,
    query: URLSearchParams,
    body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'binary' } | { kind: 'unparsable'; contentType: string },
  ): string[] {
    const { operation } = match;
    const problems: string[] = [];
    for (const param of operation.parameters) {
      if (param.in === 'path') {
        const value = match.pathParams[param.name];
        const message = this.check(param.schemaPointer, this.coerce(param.schema, [value]), `path parameter ${param.name}`);
        if (message) problems.push(message);
      }
    }
    const queryParams = operation.parameters.filter((p) => p.in === 'query');
    for (const key of new Set(query.keys())) {
      const param = queryParams.find((p) => p.name === key);
      if (!param) {
        problems.push(`unknown query parameter ${JSON.stringify(key)} (known: ${queryParams.map((p) => p.name).join(', ') || 'none'})`);
        continue;
      }
      const message = this.check(param.schemaPointer, this.coerce(param.schema, query.getAll(key)), `query parameter ${key}`);
      if (message) problems.push(message);
    }
    for (const param of queryParams) {
      if (param.required && !query.has(param.name)) problems.push(`missing required query parameter ${param.name}`);
    }

    const op = this.resolvePointer(operation.pointer) as JsonObject;
    const requestBody = op.requestBody
      ? this.deref(`${operation.pointer}/requestBody`, op.requestBody)
      : undefined;
    const content = (requestBody?.value.content as JsonObject | undefined) ?? {};
    if (body.kind === 'unparsable') {
      problems.push(`request body is not valid JSON (content-type ${body.contentType})`);
    } else if (body.kind === 'none') {
      if (requestBody?.value.required === true) problems.push('missing required request body');
    } else if (!requestBody) {
      problems.push('request has a body but the operation takes none');
    } else if (body.kind === 'json') {
      if (!content['application/json']) {
        problems.push(`JSON request body, but the operation takes ${Object.keys(content).join(', ')}`);
      } else {
        const message = this.check(
          `${requestBody.pointer}/content/${escapePointer('application/json')}/schema`,
          body.value,
          'body',
        );
        if (message) problems.push(message);
      }
    } else if (body.kind === 'binary' && content['application/json'] && Object.keys(content).length === 1) {
      problems.push('non-JSON request body, but the operation takes application/json');
    }
    return problems;
  }

  /**
   * Violations in a response: a 2xx the description does not list, a body where
   * it documents none (or none where it documents one), or a JSON body that
   * does not match the documented schema. Error statuses GitHub sends without
   * documenting them (401, 404 on many operations, 5xx) are checked against
   * `basic-error` only.
   */
  validateResponse(operation: Operation, status: number, body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'other' }): string[] {
    const op = this.resolvePointer(operation.pointer) as JsonObject;
    const responses = op.responses as JsonObject;
    const raw = responses[String(status)] ?? responses.default;
    if (!raw) {
      if (status >= 200 && status < 300) return [`status ${status} is not documented (documented: ${Object.keys(responses).join(', ')})`];
      if (body.kind === 'json') {
        const message = this.check('/components/schemas/basic-error', body.value, `response ${status} body`);
        return message ? [message] : [];
      }
      return [];
    }
    const response = this.deref(`${operation.pointer}/responses/${status}`, raw);
    const content = (response.value.content as JsonObject | undefined) ?? {};
    const types = Object.keys(content);
    if (body.kind === 'none') {
      return types.length > 0 && status !== 304 ? [`response ${status} has no body, but the description documents ${types.join(', ')}`] : [];
    }
    if (types.length === 0) {
      // GitHub sends an error body even where the description documents none (e.g. 422 on DELETE /git/refs).
      if (status >= 400 && body.kind === 'json') {
        const message = this.check('/components/schemas/basic-error', body.value, `response ${status} body`);
        return message ? [message] : [];
      }
      return [`response ${status} has a body, but the description documents none`];
    }
    if (body.kind === 'other') return [];
    const jsonType = types.find((t) => t === 'application/json') ?? types.find((t) => t.endsWith('json'));
    if (!jsonType) return [`JSON response ${status}, but the description documents ${types.join(', ')}`];
    const message = this.check(`${response.pointer}/content/${escapePointer(jsonType)}/schema`, body.value, `response ${status} body`);
    return message ? [message] : [];
  }
}

let cached: OpenApiChecker | undefined;

/** The checker, loading and indexing GitHub's description on first use. */
export function loadOpenApi(): OpenApiChecker {
  if (!cached) {
    const t = performance.now();
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
    cached = new OpenApiChecker(doc, performance.now() - t);
  }
  return cached;
}

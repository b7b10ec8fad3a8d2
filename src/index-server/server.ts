/**
 * An embedded PyPI-compatible package index over real HTTP: the legacy upload
 * API, the simple API (PEP 503/691), the JSON API and file downloads, with
 * state on disk. The suite's tests, benchmarks and local rehearsal use it as
 * the stand-in for PyPI/TestPyPI, and in plain mode (types.ts `IndexMode`) as
 * the stand-in for every other index: the simple API only, 409 for a file it
 * holds, users with passwords.
 */
import { timingSafeEqual } from 'node:crypto';
import { defaultRstRenderer } from '../python/rst-renderer.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { silentLogger } from '../log.js';
import { DEFAULT_MAX_FILE_SIZE } from './distributions.js';
import { createFileHandler } from './files.js';
import { createIntegrityHandler } from './integrity.js';
import { notFound, sendBody, sendError } from './http.js';
import { createJsonHandlers } from './json-api.js';
import { messages } from './messages.js';
import { createSimpleHandlers } from './simple.js';
import { IndexStore } from './store.js';
import type { IndexContext, LocalIndex, LocalIndexOptions, LocalIndexRoute, ResolvedOptions } from './types.js';
import { createUploadHandler, sendUploadPage } from './upload.js';

/** PyPI's default per-file limit, 100 MiB (the same constant the publish preflight uses). */
export { DEFAULT_MAX_FILE_SIZE };

export async function startLocalIndex(opts: LocalIndexOptions): Promise<LocalIndex> {
  const options = resolveOptions(opts);
  const log = opts.log ?? silentLogger;
  const now = opts.now ?? (() => new Date());
  const store = await IndexStore.open(options.dir, log);

  let fallbackBase = '';
  const ctx: IndexContext = {
    options,
    log,
    now,
    baseUrl: (req) => {
      const host = req.headers.host;
      return host && /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? `http://${host}/` : fallbackBase;
    },
    files: () => store.files(),
  };
  const routes = [...(opts.routes ?? []), ...(opts.trustedPublishing?.routes ?? []), ...builtInRoutes(store, options.mode)];

  const inFlight = new Set<Promise<void>>();
  const server = createServer({ requestTimeout: 0 }, (req, res) => {
    dateFromIndexClock(res, ctx.now);
    if (options.users && !knownUser(req.headers.authorization, options.users)) {
      // A private index answers before reading a body, as the 308 for /legacy does.
      req.resume();
      sendError(res, 401, 'Unauthorized', { 'WWW-Authenticate': 'Basic realm="pypi"' });
      return;
    }
    const handling = dispatch(routes, req, res, ctx).catch((err: unknown) => {
      log.error(`local index: ${req.method} ${req.url} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (!res.headersSent) sendError(res, 500, 'Internal Server Error');
      else res.destroy();
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });

  const address = await listen(server, options.port, options.host);
  const host = address.family === 'IPv6' || address.address.includes(':')
    ? `[${address.address === '::' ? '::1' : address.address}]`
    : address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
  const url = `http://${host}:${address.port}/`;
  fallbackBase = url;
  log.info(`local index: serving ${options.dir} at ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    mode: options.mode,
    uploadUrl: options.mode === 'plain' ? url : `${url}legacy/`,
    simpleUrl: `${url}simple/`,
    ...(options.mode === 'pypi' ? { jsonUrl: `${url}pypi/` } : {}),
    files: () => store.files(),
    close: () => {
      closing ??= (async () => {
        const closed = new Promise<void>((done) => server.close(() => done()));
        server.closeIdleConnections();
        await Promise.allSettled([...inFlight]);
        server.closeAllConnections();
        await closed;
      })();
      return closing;
    },
  };
}

function resolveOptions(opts: LocalIndexOptions): ResolvedOptions {
  if (!opts.dir) throw new UserError('The local index needs a directory for its files and state (dir).');
  const delaySeconds = opts.delaySeconds ?? 0;
  if (!Number.isFinite(delaySeconds) || delaySeconds < 0) {
    throw new UserError(`The propagation delay must be zero or more seconds, not ${delaySeconds}.`);
  }
  const maxFileSize = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) {
    throw new UserError(`The file size limit must be a positive number of bytes, not ${maxFileSize}.`);
  }
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`The port must be 0–65535, not ${port}.`);
  if (opts.token !== undefined && opts.token === '') throw new UserError('The upload token must not be empty; leave it unset for an open index.');
  const mode = opts.mode ?? 'pypi';
  if (mode !== 'pypi' && mode !== 'plain') throw new UserError(`The index mode must be pypi or plain, not ${String(mode)}.`);
  if (mode === 'pypi' && opts.users && Object.keys(opts.users).length > 0) {
    throw new UserError('Users with passwords need the plain mode: PyPI takes API tokens only (user __token__), so its stand-in does too.');
  }
  if (mode === 'plain' && opts.trustedPublishing) throw new UserError('Trusted publishing is PyPI\'s; the plain mode has none.');
  for (const [name, password] of Object.entries(opts.users ?? {})) {
    if (name === '' || name.includes(':') || password === '') throw new UserError(`A user needs a name without ":" and a password that is not empty (${JSON.stringify(name)}).`);
  }
  // In plain mode the token is one more user, as a token is to any index but PyPI.
  const users = mode === 'plain' ? { ...opts.users, ...(opts.token !== undefined ? { __token__: opts.token } : {}) } : undefined;
  return {
    dir: resolve(opts.dir),
    mode,
    ...(users && Object.keys(users).length > 0 ? { users } : {}),
    host: opts.host ?? '127.0.0.1',
    port,
    ...(opts.token !== undefined && mode === 'pypi' ? { token: opts.token } : {}),
    ...(opts.trustedPublishing ? { acceptToken: opts.trustedPublishing.acceptToken, publisherOf: opts.trustedPublishing.publisherOf } : {}),
    ...(opts.trustedRoot ? { trustedRoot: opts.trustedRoot } : {}),
    delaySeconds,
    maxFileSize,
    descriptions: opts.descriptions ?? defaultRstRenderer(),
  };
}

/**
 * The Date header from the index's clock, the one its upload times come from: a client that
 * compares an answer's date with a listed upload time sees one clock, even when tests set it back.
 */
function dateFromIndexClock(res: ServerResponse, now: () => Date): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  // Every answer passes through writeHead, the implicit headers of write() and end() included.
  res.writeHead = ((...args: unknown[]) => {
    if (!res.headersSent && !res.hasHeader('date')) res.setHeader('Date', now().toUTCString());
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((done, fail) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      fail(new UserError(
        err.code === 'EADDRINUSE'
          ? `Port ${port} on ${host} is already in use; choose another with --port, or 0 for any free port.`
          : `The local index could not listen on ${host}:${port}: ${err.message}`,
      ));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      done(server.address() as AddressInfo);
    });
  });
}

/** Whether an Authorization header is HTTP Basic of one of the users, password compared in constant time. */
function knownUser(authorization: string | undefined, users: Record<string, string>): boolean {
  const match = /^basic\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1 || !Object.hasOwn(users, decoded.slice(0, colon))) return false;
  const given = Buffer.from(decoded.slice(colon + 1), 'utf8');
  const expected = Buffer.from(users[decoded.slice(0, colon)], 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function builtInRoutes(store: IndexStore, mode: 'pypi' | 'plain'): LocalIndexRoute[] {
  const upload = createUploadHandler(store);
  const simple = createSimpleHandlers(store);
  const file = createFileHandler(store);
  const common: LocalIndexRoute[] = [
    { methods: ['POST'], path: '/legacy/', handle: (req, res, _m, ctx) => upload(req, res, ctx) },
    { methods: ['GET'], path: '/simple/', handle: (req, res, _m, ctx) => simple.projectList(req, res, ctx) },
    { methods: ['GET'], path: '/simple', handle: (_req, res) => permanent(res, '/simple/') },
    { methods: ['GET'], path: /^\/simple\/([^/]+)\/?$/, handle: (req, res, m, ctx) => simple.projectPage(req, res, m!, ctx) },
    { methods: ['GET'], path: /^\/files\/(.+)$/, handle: (req, res, m, ctx) => file(req, res, m!, ctx) },
  ];
  if (mode === 'plain') {
    // pypiserver takes uploads at its root; the landing page is what a GET there shows.
    return [
      { methods: ['GET'], path: '/', handle: (_req, res) => landingPage(res, mode) },
      { methods: ['POST'], path: '/', handle: (req, res, _m, ctx) => upload(req, res, ctx) },
      ...common,
    ];
  }
  const json = createJsonHandlers(store);
  const provenance = createIntegrityHandler(store);
  return [
    { methods: ['GET'], path: '/', handle: (_req, res) => landingPage(res, mode) },
    ...common,
    { methods: ['GET'], path: '/legacy/', handle: (_req, res) => sendUploadPage(res) },
    {
      methods: ['POST'],
      path: '/legacy',
      handle: (req, res) => {
        // Pyramid answers before reading the body; let Node discard it.
        req.resume();
        sendError(res, 308, messages.missingTrailingSlash, { Location: '/legacy/' });
      },
    },
    { methods: ['GET'], path: /^\/pypi\/([^/]+)\/json\/?$/, handle: (req, res, m, ctx) => json.project(req, res, m!, ctx) },
    { methods: ['GET'], path: /^\/pypi\/([^/]+)\/([^/]+)\/json\/?$/, handle: (req, res, m, ctx) => json.release(req, res, m!, ctx) },
    { methods: ['GET'], path: /^\/integrity\/([^/]+)\/([^/]+)\/([^/]+)\/provenance\/?$/, handle: (req, res, m) => provenance(req, res, m!) },
  ];
}

async function dispatch(routes: LocalIndexRoute[], req: IncomingMessage, res: ServerResponse, ctx: IndexContext): Promise<void> {
  const pathname = (req.url ?? '/').split('?')[0];
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  const allowed = new Set<string>();
  for (const route of routes) {
    const match = typeof route.path === 'string' ? (route.path === pathname ? null : undefined) : route.path.exec(pathname) ?? undefined;
    if (match === undefined) continue;
    if (!route.methods.includes(method)) {
      route.methods.forEach((m) => allowed.add(m));
      continue;
    }
    await route.handle(req, res, match, ctx);
    return;
  }
  req.resume();
  if (allowed.size > 0) {
    const allow = [...allowed, ...(allowed.has('GET') ? ['HEAD'] : [])].join(', ');
    sendError(res, 405, 'Method Not Allowed', { Allow: allow });
    return;
  }
  notFound(res);
}

function permanent(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: location, 'Content-Length': '0' });
  res.end();
}

function landingPage(res: ServerResponse, mode: 'pypi' | 'plain'): void {
  const apis = mode === 'plain'
    ? 'A plain package index for tests and rehearsal. Simple API: <a href="/simple/">/simple/</a>; uploads: / or /legacy/.'
    : 'A PyPI-compatible index for tests and rehearsal. '
      + 'Simple API: <a href="/simple/">/simple/</a>; JSON API: /pypi/&lt;project&gt;/json; uploads: /legacy/; '
      + 'provenance (PEP 740): /integrity/&lt;project&gt;/&lt;version&gt;/&lt;filename&gt;/provenance.';
  sendBody(
    res,
    200,
    'text/html; charset=utf-8',
    '<!DOCTYPE html>\n<html>\n  <head><title>Local package index</title></head>\n  <body>\n'
      + '    <h1>Local package index</h1>\n'
      + `    <p>${apis}</p>\n`
      + '  </body>\n</html>\n',
  );
}

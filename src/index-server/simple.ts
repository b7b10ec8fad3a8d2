/**
 * The simple repository API: PEP 503 HTML and, when asked for with `Accept`,
 * PEP 691 JSON. Files appear here only after the propagation delay.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeName } from './distributions.js';
import { escapeHtml } from '../markup.js';
import { notFound, redirect, sendBody, sendJson } from './http.js';
import type { IndexStore } from './store.js';
import type { IndexContext } from './types.js';
import { provenancePath } from './integrity.js';
import { fileUrlPath, lastSerial, simpleVisible, sortFiles, versionsOf } from './views.js';

/** 1.3: PEP 740 provenance links (1.1's sizes and upload times, 1.2's optional tracks). */
export const SIMPLE_API_VERSION = '1.3';
const JSON_V1 = 'application/vnd.pypi.simple.v1+json';
const HTML_V1 = 'application/vnd.pypi.simple.v1+html';
/** Server preference breaks ties between equally acceptable types, as in warehouse. */
const OFFERS: [string, 'html' | 'json', string][] = [
  ['text/html', 'html', 'text/html; charset=utf-8'],
  [HTML_V1, 'html', HTML_V1],
  [JSON_V1, 'json', JSON_V1],
  ['application/vnd.pypi.simple.latest+html', 'html', HTML_V1],
  ['application/vnd.pypi.simple.latest+json', 'json', JSON_V1],
];
const CACHE = 'max-age=600, public';

/** The representation an `Accept` header asks for (HTML when it names nothing we offer). */
export function negotiate(accept: string | undefined): { format: 'html' | 'json'; contentType: string } {
  if (!accept || !accept.trim()) return { format: 'html', contentType: OFFERS[0][2] };
  const ranges = accept.split(',').map((part) => {
    const [type, ...params] = part.trim().split(';').map((s) => s.trim());
    const q = params.map((p) => /^q=([0-9.]+)$/i.exec(p)).find(Boolean);
    return { type: type.toLowerCase(), q: q ? Number(q[1]) : 1 };
  });
  let best: { offer: (typeof OFFERS)[number]; q: number } | undefined;
  for (const offer of OFFERS) {
    const [major] = offer[0].split('/');
    const q = Math.max(
      -1,
      ...ranges.filter((r) => r.type === offer[0] || r.type === `${major}/*` || r.type === '*/*').map((r) => r.q),
    );
    if (q > 0 && (!best || q > best.q)) best = { offer, q };
  }
  const chosen = best?.offer ?? OFFERS[0];
  return { format: chosen[1], contentType: chosen[2] };
}

/** A plain index speaks PEP 503 HTML only, whatever the client asks for, and says nothing of serials. */
function representation(req: IncomingMessage, ctx: IndexContext): { format: 'html' | 'json'; contentType: string } {
  return ctx.options.mode === 'plain' ? { format: 'html', contentType: OFFERS[0][2] } : negotiate(req.headers.accept);
}

function pageHeaders(ctx: IndexContext, serial: number): Record<string, string> {
  return ctx.options.mode === 'plain' ? { 'Cache-Control': CACHE } : { Vary: 'Accept', 'Cache-Control': CACHE, 'X-PyPI-Last-Serial': String(serial) };
}

export function createSimpleHandlers(store: IndexStore) {
  function projectList(req: IncomingMessage, res: ServerResponse, ctx: IndexContext): void {
    const { format, contentType } = representation(req, ctx);
    const visible = simpleVisible(store.files(), ctx);
    const projects = [...new Set(visible.map((f) => f.project))].sort();
    const headers = pageHeaders(ctx, lastSerial(visible));
    if (format === 'json') {
      sendJson(res, 200, {
        meta: { 'api-version': SIMPLE_API_VERSION, '_last-serial': lastSerial(visible) },
        projects: projects.map((p) => ({ name: store.project(p)?.name ?? p, '_last-serial': lastSerial(visible.filter((f) => f.project === p)) })),
      }, headers, contentType);
      return;
    }
    const links = projects
      .map((p) => `    <a href="/simple/${escapeHtml(encodeURIComponent(p))}/">${escapeHtml(store.project(p)?.name ?? p)}</a>`)
      .join('\n');
    sendBody(res, 200, contentType, page('Simple index', links ? `${links}\n` : '', ctx), headers);
  }

  function projectPage(req: IncomingMessage, res: ServerResponse, match: RegExpExecArray, ctx: IndexContext): void {
    let requested: string;
    try {
      requested = decodeURIComponent(match[1]);
    } catch {
      notFound(res, { Vary: 'Accept' });
      return;
    }
    const normalized = normalizeName(requested);
    if (requested !== normalized || !match[0].endsWith('/')) {
      redirect(res, 301, `/simple/${encodeURIComponent(normalized)}/`, { Vary: 'Accept' });
      return;
    }
    const files = sortFiles(simpleVisible(store.filesOf(normalized), ctx));
    if (files.length === 0) {
      notFound(res, { Vary: 'Accept' });
      return;
    }
    const { format, contentType } = representation(req, ctx);
    ctx.log.debug(`local index: simple page for ${normalized} as ${format} (Accept: ${req.headers.accept ?? 'none'})`);
    const serial = lastSerial(files);
    const headers = pageHeaders(ctx, serial);
    const displayName = store.project(normalized)?.name ?? normalized;
    if (format === 'json') {
      const base = ctx.baseUrl(req);
      sendJson(res, 200, {
        meta: { 'api-version': SIMPLE_API_VERSION, '_last-serial': serial },
        name: normalized,
        versions: versionsOf(files),
        files: files.map((f) => ({
          filename: f.filename,
          url: base + fileUrlPath(f),
          hashes: { sha256: f.sha256 },
          'requires-python': f.requires_python,
          size: f.size,
          'upload-time': f.upload_time,
          yanked: false,
          provenance: f.provenance ? base + provenancePath(f) : null,
        })),
      }, headers, contentType);
      return;
    }
    const links = files.map((f) => {
      const href = `../../${fileUrlPath(f)}#sha256=${f.sha256}`;
      const requires = f.requires_python ? ` data-requires-python="${escapeHtml(f.requires_python)}"` : '';
      const provenance = f.provenance ? ` data-provenance="${escapeHtml(ctx.baseUrl(req) + provenancePath(f))}"` : '';
      return `    <a href="${escapeHtml(href)}"${requires}${provenance}>${escapeHtml(f.filename)}</a><br />`;
    });
    sendBody(
      res,
      200,
      contentType,
      page(`Links for ${displayName}`, `    <h1>Links for ${escapeHtml(displayName)}</h1>\n${links.join('\n')}\n`, ctx)
        + (ctx.options.mode === 'plain' ? '' : `<!--SERIAL ${serial}-->\n`),
      headers,
    );
  }

  return { projectList, projectPage };
}

function page(title: string, body: string, ctx: IndexContext): string {
  // A plain index serves PEP 503 as it was first written: API version 1.0.
  return '<!DOCTYPE html>\n<html>\n  <head>\n'
    + `    <meta name="pypi:repository-version" content="${ctx.options.mode === 'plain' ? '1.0' : SIMPLE_API_VERSION}">\n`
    + `    <title>${escapeHtml(title)}</title>\n`
    + '  </head>\n  <body>\n'
    + body
    + '  </body>\n</html>\n';
}

/**
 * The one request function: a transport exchange plus the redirect policy,
 * the credential policy and the overall deadline.
 *
 * - Redirects are followed only when asked (`redirect: 'follow'`) and only
 *   for a body that can be sent again: a streamed body (an upload) never
 *   follows one, its 3xx is the answer.
 * - Credentials (`credentials`, and any Authorization, Cookie or
 *   Proxy-Authorization in `headers`) go to the first URL's origin only,
 *   never to another host a redirect points at.
 * - No redirect from https to http, nor to anything but http(s).
 * - The deadline covers every hop and the answer's body; connecting and
 *   silence are bounded per hop (timeouts.ts).
 */
import type { Writable } from 'node:stream';
import { HttpError } from './errors.js';
import { redactUrl } from './redact.js';
import { DEFAULT_TIMEOUTS, timeoutMessage, type Timeouts } from './timeouts.js';
import { nodeTransport, type Transport } from './transport.js';

export type HeaderValues = Record<string, string | number | undefined>;

/** Headers for one URL (a signature covers the path, so each hop needs its own). */
export type CredentialProvider = (url: URL) => HeaderValues | Promise<HeaderValues>;

export interface RequestOptions {
  method?: string;
  /** Sent on every hop, except credential headers on a hop to another origin. */
  headers?: HeaderValues;
  /** Sent to the first URL's origin only, on each hop that stays there. */
  credentials?: HeaderValues | CredentialProvider;
  /** A body that can be sent again (a redirect may replay it). */
  body?: Buffer | string;
  /** A streamed body that can be sent once; the caller sets Content-Length. Never follows a redirect. */
  send?: (req: Writable, signal: AbortSignal) => Promise<void>;
  /** Default 'manual': a 3xx is the answer. */
  redirect?: 'follow' | 'manual';
  /** Default 5. */
  maxRedirects?: number;
  timeouts?: Partial<Timeouts>;
  signal?: AbortSignal;
  /** The wire; tests give a fake one. Default node:http(s). */
  transport?: Transport;
}

export interface HttpResponse {
  method: string;
  /** The URL that answered (after redirects); redact it before showing it. */
  url: URL;
  status: number;
  statusText: string;
  headers: Headers;
  /** Null for HEAD, 204, 304. Read it with body.ts, or cancel it. */
  body: ReadableStream<Uint8Array> | null;
  /** Whether the whole request body has reached the network. */
  bodySent(): boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

function normalize(values: HeaderValues | undefined, keep: (name: string) => boolean = () => true): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values ?? {})) {
    const name = k.toLowerCase();
    if (v !== undefined && keep(name)) out[name] = String(v);
  }
  return out;
}

/** Discards an answer's body without reading it (the connection is closed, not reused). */
export async function discard(res: { body: ReadableStream<Uint8Array> | null }): Promise<void> {
  await res.body?.cancel().catch(() => {});
}

/**
 * Sends one request and resolves with the answer once its headers arrive;
 * rejects with HttpError when no answer came (the transport's cause in
 * `code`), or with the caller's abort reason.
 */
export async function request(target: string | URL, opts: RequestOptions = {}): Promise<HttpResponse> {
  const start = new URL(target);
  const transport = opts.transport ?? nodeTransport;
  const timeouts: Timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const maxRedirects = opts.maxRedirects ?? 5;
  const follow = opts.redirect === 'follow' && opts.send === undefined;
  let method = (opts.method ?? 'GET').toUpperCase();
  let body = opts.body;

  // One controller for the whole exchange: the caller's signal and the deadline both end it.
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(opts.signal?.reason);
  if (opts.signal?.aborted) throw opts.signal.reason;
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  let deadline: NodeJS.Timeout | undefined;
  let url = start;
  // Whether the current hop's whole body reached the network: a failure after that is ambiguous.
  let sent = false;
  if (Number.isFinite(timeouts.deadlineMs)) {
    deadline = setTimeout(() => {
      controller.abort(
        new HttpError(`${timeoutMessage.deadline(timeouts.deadlineMs)} (${method} ${redactUrl(url)})`, { method, url, code: 'ETIMEDOUT', bodySent: sent }),
      );
    }, timeouts.deadlineMs);
    // A hung socket keeps the process alive by itself; the timer need not.
    deadline.unref();
  }
  const over = (): void => {
    clearTimeout(deadline);
    opts.signal?.removeEventListener('abort', onAbort);
  };

  try {
    for (let hop = 0; ; hop++) {
      const sameOrigin = url.origin === start.origin;
      const own = sameOrigin
        ? normalize(typeof opts.credentials === 'function' ? await opts.credentials(url) : opts.credentials)
        : {};
      const headers = { ...normalize(opts.headers, (name) => sameOrigin || !CREDENTIAL_HEADERS.has(name)), ...own };
      // The deadline ends with the exchange that answers: its body read, failed or cancelled.
      let hopDone = false;
      let answered = false;
      sent = false;
      const res = await transport({
        method,
        url,
        headers,
        ...(body !== undefined ? { body } : {}),
        ...(opts.send ? { send: opts.send } : {}),
        connectTimeoutMs: timeouts.connectMs,
        idleTimeoutMs: timeouts.idleMs,
        signal: controller.signal,
        onBodySent: () => {
          sent = true;
        },
        onDone: () => {
          hopDone = true;
          if (answered) over();
        },
      });
      const location = res.headers.get('location');
      if (!follow || !REDIRECTS.has(res.status) || !location) {
        answered = true;
        if (hopDone) over();
        return { method, url, status: res.status, statusText: res.statusText, headers: res.headers, body: res.body, bodySent: () => sent };
      }
      await discard(res);
      const from = url;
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new HttpError(`${method} ${redactUrl(from)} redirects to "${location}", which is not a URL`, { method, url: from, code: 'EREDIRECT' });
      }
      if (hop >= maxRedirects) {
        throw new HttpError(`${method} ${redactUrl(start)} redirects more than ${maxRedirects} times`, { method, url: start, code: 'EREDIRECT' });
      }
      if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new HttpError(`${method} ${redactUrl(start)} redirects to an unsupported URL ${redactUrl(next)}`, { method, url: start, code: 'EREDIRECT' });
      }
      if (from.protocol === 'https:' && next.protocol !== 'https:') {
        throw new HttpError(`${method} ${redactUrl(start)} redirects from https to ${redactUrl(next)}, which would drop encryption`, {
          method,
          url: start,
          code: 'EREDIRECT',
        });
      }
      // As fetch does: 303 (and 301/302 after a POST) turn into a GET without the body.
      if ((res.status === 303 && method !== 'HEAD') || ((res.status === 301 || res.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
      url = next;
    }
  } catch (err) {
    over();
    throw err;
  }
}

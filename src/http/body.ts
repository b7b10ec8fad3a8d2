/**
 * Reading an answer's body whole, never past a cap: a server that sends an
 * endless body (or announces a huge one) gets a clear error naming the URL
 * and the cap, and memory holds at most the cap. Large bodies are streamed
 * instead (HttpResponse.body).
 */
import { formatBytes } from '../units.js';
import { HttpError } from './errors.js';
import { redactUrl } from './redact.js';
import { discard, type HttpResponse } from './request.js';

export interface ReadOptions {
  /** The most bytes kept. */
  maxBytes: number;
  /**
   * 'fail' (the default): a longer body is an error (EBODYTOOLARGE).
   * 'truncate': keep the first maxBytes and stop reading (for error pages, read for their message).
   */
  overflow?: 'fail' | 'truncate';
}

type Answer = Pick<HttpResponse, 'method' | 'url' | 'headers' | 'body'>;

function tooLarge(res: Answer, maxBytes: number, announced?: number): HttpError {
  const size = announced !== undefined ? ` (it announced ${formatBytes(announced)})` : '';
  return new HttpError(
    `${res.method} ${redactUrl(res.url)} answered with more than ${formatBytes(maxBytes)}${size}, the most this answer may hold; it was not read further`,
    { method: res.method, url: res.url, code: 'EBODYTOOLARGE' },
  );
}

export async function readBytes(res: Answer, opts: ReadOptions): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const truncate = opts.overflow === 'truncate';
  const announced = Number(res.headers.get('content-length') ?? NaN);
  if (!truncate && Number.isFinite(announced) && announced > opts.maxBytes) {
    await discard(res);
    throw tooLarge(res, opts.maxBytes, announced);
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let kept = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (kept + value.byteLength > opts.maxBytes) {
      await reader.cancel().catch(() => {});
      if (!truncate) throw tooLarge(res, opts.maxBytes);
      chunks.push(value.subarray(0, opts.maxBytes - kept));
      kept = opts.maxBytes;
      break;
    }
    chunks.push(value);
    kept += value.byteLength;
  }
  return Buffer.concat(chunks, kept);
}

export async function readText(res: Answer, opts: ReadOptions): Promise<string> {
  return (await readBytes(res, opts)).toString('utf8');
}

/** The body parsed as JSON; a body that is not JSON is an HttpError with code EBADJSON. */
export async function readJson(res: Answer, opts: ReadOptions): Promise<unknown> {
  const text = await readText(res, opts);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new HttpError(`${res.method} ${redactUrl(res.url)} answered with something that is not JSON (${(err as Error).message})`, {
      method: res.method,
      url: res.url,
      code: 'EBADJSON',
    });
  }
}

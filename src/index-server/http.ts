/** Response helpers shaped like warehouse's (Pyramid's) answers. */
import type { ServerResponse } from 'node:http';
import { escapeHtml } from '../markup.js';
import { EXPLANATIONS } from './messages.js';

/**
 * A message as an HTTP reason phrase: warehouse encodes it to ISO-8859-1 with
 * "?" for what does not fit and turns CR/LF into spaces; anything else Node
 * refuses in a status line (other control characters) becomes "?" too.
 */
export function reasonPhrase(message: string): string {
  let out = '';
  for (const ch of message.replace(/[\r\n]/g, ' ')) {
    const code = ch.codePointAt(0)!;
    out += code > 0xff || (code < 0x20 && code !== 0x09) || code === 0x7f ? '?' : ch;
  }
  return out;
}

/**
 * Warehouse's `_exc_with_message`: the message is the reason phrase (old clients read
 * only that) and the detail of Pyramid's HTML error page (HTTP/2 has no reason phrase).
 */
export function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const title = `${status} ${escapeHtml(message)}`;
  const explanation = EXPLANATIONS[status] ?? '';
  const body =
    '<html>\n <head>\n'
    + `  <title>${title}</title>\n`
    + ' </head>\n <body>\n'
    + `  <h1>${title}</h1>\n`
    + `  ${explanation}<br/><br/>\n${escapeHtml(message)}\n\n\n`
    + ' </body>\n</html>';
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, reasonPhrase(message), {
    ...headers,
    'Content-Type': 'text/html; charset=UTF-8',
    'Content-Length': String(bytes.length),
  });
  res.end(bytes);
}

export function sendBody(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': String(bytes.length) });
  res.end(bytes);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}, contentType = 'application/json'): void {
  sendBody(res, status, contentType, JSON.stringify(value), headers);
}

export function redirect(res: ServerResponse, status: 301 | 308, location: string, headers: Record<string, string> = {}): void {
  const body = `<html>\n <head>\n  <title>${status} Moved</title>\n </head>\n <body>\n  <h1>${status} Moved</h1>\n`
    + `  The resource has been moved to <a href="${escapeHtml(location)}">${escapeHtml(location)}</a>.\n </body>\n</html>`;
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...headers, Location: location, 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': String(bytes.length) });
  res.end(bytes);
}

export function notFound(res: ServerResponse, headers: Record<string, string> = {}): void {
  sendError(res, 404, 'Not Found', headers);
}

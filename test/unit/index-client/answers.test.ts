import { describe, expect, it } from '@jest/globals';
import { answerMessage, redirectMessage, saysAlreadyExists } from '../../../src/index-client/answers.js';
import type { IndexAnswer as HttpResponse } from '../../../src/index-client/answers.js';

const page = (status: number, message: string) =>
  `<html>\n <head>\n  <title>${status} ${message}</title>\n </head>\n <body>\n  <h1>${status} ${message}</h1>\n  The server could not comply with the request since it is either malformed or otherwise incorrect.<br/><br/>\n${message}\n\n\n </body>\n</html>`;

function res(status: number, statusMessage: string, body: string, contentType = 'text/html; charset=UTF-8'): HttpResponse {
  return { status, statusMessage, headers: { 'content-type': contentType }, body: Buffer.from(body) };
}

describe('answerMessage', () => {
  const exists = "File already exists ('demo-1.0.tar.gz', with blake2_256 hash 'ab'). See https://pypi.org/help/#file-name-reuse for more information.";
  it('reads warehouse’s message from the reason phrase', () => {
    expect(answerMessage(res(400, exists, page(400, exists)))).toBe(exists);
  });
  it('reads it from the body when the reason phrase is gone (HTTP/2) or standard', () => {
    expect(answerMessage(res(400, '', page(400, exists.replace(/'/g, '&#x27;'))))).toBe(exists);
    expect(answerMessage(res(400, 'Bad Request', page(400, exists)))).toBe(exists);
  });
  it('reads JSON messages and falls back to the status', () => {
    expect(answerMessage(res(403, '', '{"message": "nope"}', 'application/json'))).toBe('nope');
    expect(answerMessage(res(502, '', ''))).toBe('502 Bad Gateway');
  });
  it('keeps at most 500 characters of the index’s words, whatever form they come in, and says how much more there was', () => {
    const long = 'E'.repeat(250_000);
    const cut = `${'E'.repeat(500)}… (249500 more characters)`;
    expect(answerMessage(res(400, '', JSON.stringify({ message: long }), 'application/json'))).toBe(cut);
    expect(answerMessage(res(400, '', page(400, long)))).toBe(cut);
    expect(answerMessage(res(400, '', `<html><title>400 ${long}</title></html>`))).toBe(cut);
    expect(answerMessage(res(400, '', long, 'text/plain'))).toBe(cut);
    expect(answerMessage(res(400, long, ''))).toBe(cut);
    expect(answerMessage(res(400, '', 'E'.repeat(500), 'text/plain'))).toBe('E'.repeat(500));
  });
  it('reads the words of error pages made to stall it, in one pass', () => {
    // Each of these took the old patterns time in the square of the body's length.
    expect(answerMessage(res(400, '', `<html><body>${'<br><br>'.repeat(100_000)}`))).toBe('400 Bad Request');
    expect(answerMessage(res(400, '', `<html>${'<title>'.repeat(100_000)}`))).toBe('400 Bad Request');
    expect(answerMessage(res(400, '', `<html><title>${'<'.repeat(500_000)}</title>`))).toMatch(/^<{500}… \(499500 more characters\)$/);
  });

  it("reads another index's HTML page without a title or Pyramid's detail as its text", () => {
    expect(answerMessage(res(409, '', '<html><body><h1>Conflict</h1><p>File already exists</p></body></html>'))).toBe('Conflict File already exists');
  });

  it('detects "already exists" as twine does', () => {
    expect(saysAlreadyExists(res(400, exists, ''))).toBe(true);
    expect(saysAlreadyExists(res(400, '', page(400, exists)))).toBe(true);
    expect(saysAlreadyExists(res(409, '', ''))).toBe(true);
    expect(saysAlreadyExists(res(400, 'Invalid distribution file.', ''))).toBe(false);
  });
});

describe('redirectMessage', () => {
  it('gives twine’s hint for a missing trailing slash', () => {
    expect(redirectMessage('https://upload.example/legacy', '/legacy/')).toBe(
      'https://upload.example/legacy attempted to redirect to https://upload.example/legacy/.\nYour repository URL is missing a trailing slash. Please add it and try again.',
    );
  });
  it('names any other destination without following it', () => {
    expect(redirectMessage('https://a.example/legacy/', 'https://b.example/upload/')).toContain('If you trust these URLs, set https://b.example/upload/ as your repository URL');
  });
});

/**
 * Issue 18's acceptance: every request in src/ goes through the one HTTP
 * layer. Only src/http/ (the client) and the embedded servers
 * (src/index-server/, src/sigstore-local/) may speak node:http(s); nothing calls fetch, undici or
 * @actions/http-client directly.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../../support/runner.js';

const SRC = join(REPO_ROOT, 'src');
// The client, and the two embedded servers (the package index and the Sigstore stand-in) that tests and the rehearsal run.
const ALLOWED = ['http/', 'index-server/', 'sigstore-local/'];

const RULES: [string, RegExp][] = [
  ['imports node:http or node:https', /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:node:)?https?['"]/],
  ['calls fetch', /(?:^|[^\w.$])fetch\s*\(|globalThis\s*\.\s*fetch\b/],
  ['imports undici', /(?:from\s+|import\s*\(\s*)['"]undici['"]/],
  ['imports @actions/http-client', /(?:from\s+|import\s*\(\s*)['"]@actions\/http-client['"]/],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Comments are prose: "`fetch`" in one is no call. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function offences(paths: string[]): string[] {
  return paths.flatMap((path) => {
    const text = code(readFileSync(path, 'utf8'));
    return RULES.filter(([, re]) => re.test(text)).map(([what]) => `${relative(SRC, path)} ${what}`);
  });
}

describe('the one HTTP layer', () => {
  it('is the only HTTP client in src/', () => {
    const outside = files(SRC).filter((p) => !ALLOWED.some((a) => relative(SRC, p).startsWith(a)));
    expect(outside.length).toBeGreaterThan(100);
    expect(offences(outside)).toEqual([]);
  });

  it('finds what it looks for (the layer itself speaks node:http, and the server does)', () => {
    expect(offences([join(SRC, 'http', 'transport.ts')])).toEqual(['http/transport.ts imports node:http or node:https']);
    expect(offences(files(join(SRC, 'index-server'))).length).toBeGreaterThan(0);
  });
});

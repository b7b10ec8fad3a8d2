import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Code run from its source text: a worker started with `eval: true`, `new Function`, `eval(…)`, `vm` scripts. */
const EVAL = [/\beval\s*:\s*true\b/, /\bnew\s+Function\s*\(/, /(?<![.\w])eval\s*\(/, /\bnew\s+vm\.Script\b/, /\brunIn(New|This)?Context\s*\(/];

describe('src/', () => {
  it('runs no code from source text', () => {
    const files = sources(src);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (EVAL.some((re) => re.test(line)) ? [`${relative(src, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('hashes only through src/hashing', () => {
    const HASHING = [/\bcreateHash\s*\(/, /from ['"]hash-wasm['"]/, /from ['"]crc-32['"]/, /\bcrc32\s*\(/];
    const found = sources(src)
      .filter((file) => !relative(src, file).startsWith('hashing/'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (HASHING.some((re) => re.test(line)) ? [`${relative(src, file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });

  it('would notice code run from source text', () => {
    expect(EVAL.some((re) => re.test("new Worker(WORKER_SOURCE, { eval: true });"))).toBe(true);
    expect(EVAL.some((re) => re.test('const f = new Function("return 1");'))).toBe(true);
  });
});

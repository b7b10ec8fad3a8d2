/**
 * Every log call site in src/: only the two printers write to stdout/stderr,
 * set outputs or register secrets. Everything else prints through them, so no
 * text from outside reaches the runner unneutralised or unscrubbed.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../../support/runner.js';

const SRC = join(REPO_ROOT, 'src');

/** The printers, and why each may print directly. */
const ALLOWED: Record<string, string> = {
  'src/actions/shared/print.ts': 'the actions’ printer: neutralises, escapes and scrubs, then calls @actions/core',
  'src/cli/print.ts': 'the CLI’s printer: neutralises, escapes and scrubs, then writes to stdout/stderr',
};

const DIRECT: { what: string; pattern: RegExp }[] = [
  { what: '@actions/core printing, outputs or masks', pattern: /\bcore\.(info|warning|error|notice|debug|setFailed|startGroup|endGroup|group|setOutput|setSecret|exportVariable|saveState|addPath|setCommandEcho)\b/ },
  {
    what: 'a named import of @actions/core’s printing functions',
    pattern: /import\s*\{[^}]*\b(info|warning|error|notice|debug|setFailed|startGroup|setOutput|setSecret)\b[^}]*\}\s*from\s*['"]@actions\/core['"]/,
  },
  { what: 'console output', pattern: /\bconsole\.\w+\s*\(/ },
  { what: 'a write to stdout or stderr', pattern: /\bprocess\.(stdout|stderr)\.write\b/ },
  { what: 'a child process that prints straight to the runner', pattern: /['"]inherit['"]/ },
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.(ts|mts|js|mjs)$/.test(d.name) ? [path] : [];
  });
}

/** The code without its comments (crude, but strings holding comment markers do not occur in src/). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function directPrints(text: string): string[] {
  const body = code(text);
  return DIRECT.filter((d) => d.pattern.test(body)).map((d) => d.what);
}

describe('one way to print', () => {
  const files = sources(SRC).map((f) => relative(REPO_ROOT, f).split('\\').join('/'));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const allowed of Object.keys(ALLOWED)) expect(files).toContain(allowed);
  });

  it('no module but the printers prints, sets an output or registers a secret directly', () => {
    const offenders = files
      .filter((f) => !(f in ALLOWED))
      .flatMap((f) => directPrints(readFileSync(join(REPO_ROOT, f), 'utf8')).map((what) => `${f}: ${what}`));
    expect(offenders).toEqual([]);
  });

  it('the scan sees the printers’ own direct calls (so its patterns work)', () => {
    expect(directPrints(readFileSync(join(SRC, 'actions/shared/print.ts'), 'utf8'))).toContain('@actions/core printing, outputs or masks');
    expect(directPrints(readFileSync(join(SRC, 'cli/print.ts'), 'utf8'))).toEqual([]);
    expect(directPrints('process.stdout.write(x)')).toEqual(['a write to stdout or stderr']);
    expect(directPrints("import { info } from '@actions/core';")).toEqual(['a named import of @actions/core’s printing functions']);
    expect(directPrints('// core.info(x) in a comment')).toEqual([]);
  });

  it('the step summary is built only where the printer’s scrubbing of summary writes is loaded', () => {
    // print.ts scrubs every core.summary write; every action's entry loads it through run.ts.
    const summaryUsers = files.filter((f) => /\bcore\.summary\b/.test(code(readFileSync(join(REPO_ROOT, f), 'utf8'))));
    expect(summaryUsers.length).toBeGreaterThan(0);
    for (const f of summaryUsers) expect(f).toMatch(/^src\/actions\//);
    expect(readFileSync(join(SRC, 'actions/shared/run.ts'), 'utf8')).toMatch(/from '\.\/print\.js'/);
    const entries = files.filter((f) => /^src\/actions\/[^/]+\/entry\.ts$/.test(f));
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const e of entries) expect(readFileSync(join(REPO_ROOT, e), 'utf8')).toMatch(/from '\.\.\/shared\/run\.js'/);
  });
});

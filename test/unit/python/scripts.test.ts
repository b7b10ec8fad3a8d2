/**
 * The Python this project runs lives in src/python/scripts/*.py: every script
 * compiles under the oldest and the newest interpreter it supports, the
 * loader knows every file (else a bundle would lack it), and no Python hides
 * in TypeScript strings any more.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fillTemplate, pythonScript, SCRIPT_NAMES, withPrologue } from '../../../src/python/scripts/index.js';

const SCRIPTS_DIR = join(process.cwd(), 'src', 'python', 'scripts');
const PY_FILES = readdirSync(SCRIPTS_DIR).filter((f) => f.endsWith('.py')).sort();

const COMPILERS = [
  ['Python 2.7.18', '/root/.pyenv/versions/2.7.18/bin/python'],
  ['Python 3.13.0', '/root/.pyenv/versions/3.13.0/bin/python3'],
] as const;

describe('src/python/scripts', () => {
  let dir: string;
  beforeAll(() => {
    // Compiled in a copy: py_compile writes .pyc files beside (2.7) or under (3.x) its sources.
    dir = mkdtempSync(join(tmpdir(), 'pyrelease-scripts-'));
    for (const file of PY_FILES) writeFileSync(join(dir, file), readFileSync(join(SCRIPTS_DIR, file)));
    // What actually runs: the facts script after the probe, sitecustomize.py filled in.
    writeFileSync(join(dir, 'composed_interpreter_facts.py'), withPrologue('interpreter_facts', 'probe'));
    writeFileSync(join(dir, 'filled_sitecustomize.py'), fillTemplate('sitecustomize', {
      _ROOT: '/tmp/env wïth "quotes"', _BASE_PREFIX: '/usr', _PRE_SITE: ['/usr/lib/python3.12'], _SITE_DIRS: ['/tmp/env/lib/python3.12/site-packages'],
    }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the loader names every .py file, and every name has its file', () => {
    expect([...SCRIPT_NAMES].sort().map((n) => `${n}.py`)).toEqual(PY_FILES);
    for (const name of SCRIPT_NAMES) expect(pythonScript(name)).toBe(readFileSync(join(SCRIPTS_DIR, `${name}.py`), 'utf8'));
  });

  for (const [label, python] of COMPILERS) {
    if (!existsSync(python)) {
      console.warn(`SKIPPED: byte-compiling the scripts under ${label}, because ${python} does not exist`);
      it.skip(`every script compiles under ${label}`, () => {});
      continue;
    }
    it(`every script compiles under ${label}`, () => {
      const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
      expect(files.length).toBe(PY_FILES.length + 2);
      // py_compile exits non-zero and names the file and line on the first syntax error.
      execFileSync(python, ['-m', 'py_compile', ...files], { cwd: dir, stdio: 'pipe' });
    });
  }

  it('a template without the line to fill in is refused', () => {
    expect(() => fillTemplate('sitecustomize', { _NOT_THERE: 1 })).toThrow('sitecustomize.py has no single "_NOT_THERE = None" line to fill in.');
  });

  it('filling in keeps "$&" and quotes in paths as they are', () => {
    const text = fillTemplate('sitecustomize', { _ROOT: "/tmp/a$&b'c", _BASE_PREFIX: '/usr', _PRE_SITE: [], _SITE_DIRS: [] });
    expect(text).toContain('\n_ROOT = "/tmp/a$&b\'c"\n');
  });
});

/** Lines of TypeScript (comments aside) that read as Python statements. */
const TELLTALES = [
  /\bimport (sys|os|json|site|platform|re|csv|runpy|traceback|sysconfig)\b(?!.*\bfrom ['"])/,
  /\bsys\.(stdout|stderr)\.write\(/,
  /^\s*def \w+\(.*\):\s*$/,
  /\bjson\.dumps\(/,
  /^\s*(try|else|finally|except\b[^:]*):\s*$/,
  /\bif __name__ == /,
  /['"]-c['"],\s*[`'"]/,
];

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? typescriptFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/** file:line: text of every telltale line in `files`. */
function pythonInTypescript(files: string[], root: string): string[] {
  const found: string[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const code = line.trim();
      if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
      if (TELLTALES.some((t) => t.test(line))) found.push(`${relative(root, file)}:${i + 1}: ${code}`);
    });
  }
  return found;
}

describe('no Python inside TypeScript strings', () => {
  it('src/ has none', () => {
    const src = join(process.cwd(), 'src');
    expect(pythonInTypescript(typescriptFiles(src), src)).toEqual([]);
  });

  it('the check finds a script in a template string', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyrelease-telltale-'));
    try {
      writeFileSync(join(dir, 'probe.ts'), "const PROBE = `# pyrelease: probe\nimport sys, json\nsys.stdout.write(json.dumps({}))\n`;\nrun(['-c', `print(1)`]);\n");
      expect(pythonInTypescript([join(dir, 'probe.ts')], dir)).toEqual([
        'probe.ts:2: import sys, json',
        'probe.ts:3: sys.stdout.write(json.dumps({}))',
        "probe.ts:5: run(['-c', `print(1)`]);",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

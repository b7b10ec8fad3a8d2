/**
 * Long descriptions rendered as PyPI renders them: a corpus of real-world
 * reStructuredText mistakes (and texts that are fine) gets the same verdict
 * from the preflight as from `twine check` (Debian's twine, readme_renderer on
 * docutils), each once per distinct text; and when nothing can render, the
 * check says so loudly, naming the file, instead of passing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DescriptionChecks } from '../../../src/distributions/description.js';
import type { DescriptionRenderer } from '../../../src/distributions/description.js';
import { preflight } from '../../../src/distributions/preflight.js';
import { createRstRenderer, defaultRstRenderer, DOCUTILS_PIN } from '../../../src/python/rst-renderer.js';
import { renderScript, runRenderScript } from '../../../src/python/render-description.js';
import { makeTempDir, metadataText, writeWheel } from './fixtures.js';
import { pyenvPython, pyenvVersion } from '../python/pythons.js';
import { itIf } from '../../support/tools.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

/** An interpreter the renderer would find that imports docutils (as the renderer's candidates are: python3, python, /usr/bin/python3). */
const withDocutils = itIf(
  ['python3', 'python', '/usr/bin/python3'].some((p) => spawnSync(p, ['-I', '-c', 'import docutils'], { encoding: 'utf8' }).status === 0),
  'no python3, python or /usr/bin/python3 here imports docutils',
);

const TWINE = '/usr/bin/twine';
const haveTwine = existsSync(TWINE);
if (!haveTwine) console.warn('SKIPPED: parity with twine check because /usr/bin/twine (Debian\'s twine) is not installed');

/** [name, Description-Content-Type or null, description]. */
const CORPUS: [string, string | null, string][] = [
  ['good-rst', null, 'Demo\n====\n\nA *project* with ``code`` and a `link <https://example.org>`_.\n\n.. code-block:: python\n\n   print("hi")\n\n- one\n- two\n'],
  ['underline-too-short', null, 'A Long Title Here\n=====\n\nText.\n'],
  ['unknown-directive', null, 'Title\n=====\n\n.. invalid-directive::\n'],
  ['unknown-target', null, 'See `the docs`_ for more.\n'],
  ['unclosed-emphasis', null, 'This is *important and never closed.\n'],
  ['duplicate-target', null, 'A `link <https://a.example>`_ and a `link <https://b.example>`_.\n'],
  ['raw-html', null, 'Intro.\n\n.. raw:: html\n\n   <script>alert(1)</script>\n'],
  ['include-file', null, 'Intro.\n\n.. include:: /etc/passwd\n'],
  ['list-without-blank-line', null, '- one\n- two\nno blank line before this paragraph\n'],
  ['unknown-language', null, '.. code-block:: nosuchlanguage\n\n   x = 1\n'],
  ['markdown-as-rst', null, '# Project\n\nSome **bold** text and a [link](https://example.org).\n\n```python\nprint(1)\n```\n'],
  ['markdown-table-as-rst', null, '| a | b |\n|---|---|\n| 1 | 2 |\n'],
  ['bad-table', null, '+-----+-----+\n| a   | b   |\n+-----+\n| 1   | 2   |\n+-----+-----+\n'],
  ['only-comment', null, '.. this is only a comment\n'],
  ['declared-rst-broken', 'text/x-rst; charset=UTF-8', 'Title\n=====\n\n.. invalid-directive::\n'],
  ['markdown-declared', 'text/markdown', '# Project\n\n.. invalid-directive::\n\n*unclosed\n'],
  ['plain-declared', 'text/plain', '*unclosed and .. whatever::\n'],
  ['unicode', null, 'Ünïcödé — “quotes” and emoji 🐍\n=================================\n\nText.\n'],
];

async function corpusWheel(name: string, contentType: string | null, text: string): Promise<string> {
  const sub = join(dir, name);
  await mkdir(sub, { recursive: true });
  const project = `desc_${name.replace(/-/g, '_')}`;
  const extra = contentType ? `Description-Content-Type: ${contentType}\n` : '';
  // metadataText ends the headers and appends its own body; build METADATA here instead.
  const metadata = `${metadataText(project, '1.0', '2.1', extra).split('\n\n')[0]}\n\n${text}`;
  return writeWheel(sub, { name: project, version: '1.0', metadata });
}

describe('long descriptions', () => {
  (haveTwine ? it : it.skip)(`give the same verdict as twine check on ${CORPUS.length} descriptions`, async () => {
    const wheels = await Promise.all(CORPUS.map(([name, type, text]) => corpusWheel(name, type, text)));
    const result = await preflight(wheels);
    const ours = result.files.map((f) => !f.problems.some((p) => p.rule === 'description-render'));
    // Nothing else is wrong with these files, so everything refused is the description.
    expect(result.problems.filter((p) => p.rule !== 'description-render')).toEqual([]);
    // One twine run for all: it prints "Checking <file>: PASSED|FAILED…" for each.
    const twine = spawnSync(TWINE, ['check', ...wheels], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '1000' } });
    const verdictLines = `${twine.stdout}${twine.stderr}`.split('\n').filter((l) => l.startsWith('Checking '));
    expect(verdictLines).toHaveLength(wheels.length);
    const theirs = wheels.map((wheel) => {
      const line = verdictLines.find((l) => l.startsWith(`Checking ${wheel}: `))!;
      return /: PASSED/.test(line.replace(/\x1b\[[0-9;]*m/g, ''));
    });
    expect(CORPUS.map(([name], i) => [name, ours[i]])).toEqual(CORPUS.map(([name], i) => [name, theirs[i]]));
    // Both ways happen in the corpus: the comparison is not all-pass or all-fail.
    expect(theirs.filter(Boolean).length).toBeGreaterThan(3);
    expect(theirs.filter((ok) => !ok).length).toBeGreaterThan(5);
    const refused = result.problems.find((p) => p.file.startsWith('desc_unknown_directive'));
    expect(refused?.pypiMessage).toBe('The description failed to render in the default format of reStructuredText. See https://pypi.org/help/#description-content-type for more information.');
    expect(refused?.message).toMatch(/invalid-directive/);
    expect(result.problems.find((p) => p.file.startsWith('desc_declared_rst_broken'))?.pypiMessage)
      .toBe("The description failed to render for 'text/x-rst; charset=UTF-8'. See https://pypi.org/help/#description-content-type for more information.");
    // twine's warning about a missing content type, on the files without one.
    expect(result.warnings.filter((w) => w.rule === 'description-content-type-missing')).toHaveLength(CORPUS.filter(([, type]) => !type).length);
  });

  it('renders each distinct text once, however many files carry it', async () => {
    const calls: string[][] = [];
    const counting: DescriptionRenderer = {
      async render(texts) {
        calls.push(texts);
        return { available: true, renderer: 'counting', results: texts.map(() => ({ ok: true, messages: '' })) };
      },
    };
    const wheels = [];
    for (const tag of ['cp311-cp311-win_amd64', 'cp312-cp312-win_amd64', 'cp313-cp313-win_amd64', 'py3-none-any']) {
      const sub = join(dir, `same-${tag}`);
      await mkdir(sub, { recursive: true });
      wheels.push(await writeWheel(sub, { name: 'same', version: '1.0', tag }));
    }
    const result = await preflight(wheels, { descriptions: counting });
    expect(result.problems).toEqual([]);
    expect(calls.flat()).toEqual(['The long description.\n']);
  });

  it('warns loudly, naming each file, when no renderer can be had', async () => {
    const sub = join(dir, 'unrendered');
    await mkdir(sub, { recursive: true });
    const wheel = await writeWheel(sub, { name: 'unrendered', version: '1.0' });
    const nowhere = createRstRenderer({ candidates: [join(dir, 'no-such-python')], install: false });
    const result = await preflight([wheel], { descriptions: nowhere });
    expect(result.problems).toEqual([]);
    const warning = result.warnings.find((w) => w.rule === 'description-not-rendered');
    expect(warning?.file).toBe('unrendered-1.0-py3-none-any.whl');
    expect(warning?.message).toMatch(/^The long description \(reStructuredText\) of unrendered-1\.0-py3-none-any\.whl was NOT checked: no interpreter could import docutils/);
  });

  withDocutils('a description that takes too long to render is not checked, said so, and no other interpreter is tried for it', async () => {
    const started = Date.now();
    const renderer = createRstRenderer({ install: false, renderTimeoutMs: 500 });
    const rendering = await renderer.render(['Para text.\n\n'.repeat(400_000)]);
    expect(rendering).toMatchObject({ available: false, reason: expect.stringMatching(/failed: rendering did not finish within 1 s and was stopped/) });
    // One probe and one render, not a render on every interpreter and then an install.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await renderer.render(['Fine\n====\n\ntext\n'])).toMatchObject({ available: true, results: [{ ok: true }] });
  });

  const py36 = pyenvVersion('3.6');
  (py36 ? it : it.skip)('runs its script on Python 3.6, which says what it lacks', async () => {
    const python = pyenvPython(py36!)!;
    const compiled = spawnSync(python, ['-I', '-c', 'import sys; compile(sys.stdin.read(), "render_description.py", "exec")'], { input: renderScript(), encoding: 'utf8' });
    expect(compiled.status).toBe(0);
    expect(await runRenderScript(python, ['x'])).toEqual({ kind: 'missing', error: "ModuleNotFoundError: No module named 'docutils'" });
  });

  const bare = pyenvVersion('3.12') ?? pyenvVersion('3.13');
  (bare ? it : it.skip)(`installs ${DOCUTILS_PIN} privately for an interpreter without it, and renders with it`, async () => {
    const python = pyenvPython(bare!)!;
    const installRoot = join(dir, 'tool-cache');
    const renderer = createRstRenderer({ candidates: [python], installRoot });
    const rendering = await renderer.render(['Fine\n====\n\ntext\n', '.. invalid-directive::\n']);
    if (!rendering.available && /pip install/.test(rendering.reason)) {
      // The install reaches the runner's package index; without one it cannot happen here.
      console.warn(`SKIPPED: the private docutils install, because pip could not install it here: ${rendering.reason}`);
      return;
    }
    expect(rendering).toMatchObject({ available: true, results: [{ ok: true }, { ok: false }] });
    expect(rendering.available && rendering.renderer).toContain(`docutils ${DOCUTILS_PIN.split('==')[1]} from ${installRoot}`);
    // Nothing went into the interpreter itself.
    expect(spawnSync(python, ['-I', '-c', 'import docutils'], { encoding: 'utf8' }).status).not.toBe(0);
    // A second renderer finds the finished install and does not install again.
    const again = createRstRenderer({ candidates: [python], installRoot, install: false });
    expect(await again.render(['ok\n'])).toMatchObject({ available: true, results: [{ ok: true }] });
  });

  it('checks Markdown and plain text without Python: only blank Markdown fails', async () => {
    const checks = new DescriptionChecks(defaultRstRenderer());
    expect(await checks.verdict('# Title\n\n.. not rst::', 'markdown')).toEqual({ kind: 'ok' });
    expect(await checks.verdict('  \n', 'markdown')).toMatchObject({ kind: 'refused' });
    expect(await checks.verdict('*anything*', 'plain')).toEqual({ kind: 'ok' });
  });
});

/**
 * Twine parity: the same files uploaded by twine (the Debian package) to one
 * fresh index and by this action to another are stored with the same form
 * fields. Both indexes record every field they receive, so this compares what
 * each client sent, parsed by an independent multipart reader (busboy).
 *
 * The Debian twine is 4.0.2; the action follows current twine (≥ 6.2), which
 * differs from 4.0.2 in four documented ways, applied to twine's side before
 * comparing: empty fields are no longer sent (twine 5), `md5_digest` is no
 * longer sent (6.2), Provides-Extra goes as `provides_extra`, not
 * `provides_extras` (twine 5, with packaging's metadata parser), and an sdist's
 * `pyversion` is `source` (twine's SDist.py_version) where 4.0.2 sent it empty.
 */
import { afterAll, beforeAll, expect } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { cleanupRunsAfterAll } from '../../support/runner.js';
import { itIf, twinePath } from '../../support/tools.js';
import { makeSdist, makeWheel } from '../../support/wheels.js';
import { publish, publishInputs, startTestIndex, tempDir, TOKEN, type TestIndex } from './helpers.js';

cleanupRunsAfterAll();
const twine = twinePath();

const RICH_METADATA = [
  'Metadata-Version: 2.1',
  'Name: Rich.Pkg_Demo',
  'Version: 2.0.0rc1',
  'Summary: A package with most core metadata fields',
  'Home-page: https://example.org/rich',
  'Author: Jane Doe',
  'Author-email: Jane Doe <jane@example.org>',
  'Maintainer: Octo Cat',
  'Maintainer-email: octo@example.org',
  'License: MIT',
  'Keywords: alpha, beta, gamma',
  'Platform: any',
  'Classifier: Programming Language :: Python :: 3',
  'Classifier: License :: OSI Approved :: MIT License',
  'Classifier: Operating System :: OS Independent',
  'Project-URL: Source, https://github.com/octo/rich',
  'Project-URL: Documentation, https://docs.example.org/rich',
  'Requires-Python: >=3.8',
  'Requires-Dist: requests>=2.28',
  'Requires-Dist: rich>=13; extra == "cli"',
  'Provides-Extra: cli',
  'Description-Content-Type: text/markdown',
  '',
  '# Rich demo',
  '',
  'Ünïcödé text, *markdown* and a trailing line.',
  '',
].join('\n');

const recordHash = (data: Buffer) => `sha256=${createHash('sha256').update(data).digest('base64url')}`;

/** A wheel whose METADATA carries most core metadata fields, with a correct RECORD. */
async function richWheel(dir: string): Promise<string> {
  const distInfo = 'rich_pkg_demo-2.0.0rc1.dist-info';
  const members: [string, Buffer][] = [
    ['rich_pkg_demo/__init__.py', Buffer.from('VERSION = "2.0.0rc1"\n')],
    [`${distInfo}/METADATA`, Buffer.from(RICH_METADATA, 'utf8')],
    [`${distInfo}/WHEEL`, Buffer.from('Wheel-Version: 1.0\nGenerator: parity-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n')],
  ];
  const record = [...members.map(([p, d]) => `${p},${recordHash(d)},${d.length}`), `${distInfo}/RECORD,,`].join('\n') + '\n';
  const zip = new yazl.ZipFile();
  for (const [p, d] of [...members, [`${distInfo}/RECORD`, Buffer.from(record)] as [string, Buffer]]) {
    zip.addBuffer(d, p, { mtime: new Date(2020, 0, 1), mode: 0o100644 });
  }
  zip.end();
  const file = join(dir, 'rich_pkg_demo-2.0.0rc1-py3-none-any.whl');
  await pipeline(zip.outputStream, createWriteStream(file));
  return file;
}

type Form = Record<string, string[]>;

function asLists(form: Record<string, string | string[]>): Form {
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
}

/**
 * twine 4.0.2's form as twine ≥ 6.2 would send it (see the file comment), less its BLAKE2b-256:
 * the action sends sha256 alone (form.ts).
 */
function asCurrentTwine(form: Record<string, string | string[]>): Form {
  const out: Form = {};
  for (const [key, values] of Object.entries(asLists(form))) {
    if (key === 'md5_digest' || key === 'blake2_256_digest') continue;
    const kept = values.filter((v) => v !== '');
    if (kept.length === 0) continue;
    out[key === 'provides_extras' ? 'provides_extra' : key] = kept;
  }
  if (out.filetype?.[0] === 'sdist' && out.pyversion === undefined) out.pyversion = ['source'];
  return out;
}

function sorted(form: Form): Form {
  return Object.fromEntries(Object.keys(form).sort().map((k) => [k, form[k]]));
}

let dir: string;
let files: string[];
let viaTwine: TestIndex;
let viaAction: TestIndex;

beforeAll(async () => {
  dir = await tempDir('parity');
  files = [
    await richWheel(dir),
    await makeWheel(dir, { name: 'parity-native', version: '2.0.0rc1', tags: 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64', requires: ['numpy>=1.26'], requiresPython: '>=3.9' }),
    await makeSdist(dir, { name: 'parity-native', version: '2.0.0rc1', requires: ['numpy>=1.26'] }),
  ];
  viaTwine = await startTestIndex();
  viaAction = await startTestIndex();
});

afterAll(async () => {
  await viaTwine?.close();
  await viaAction?.close();
  await rm(dir, { recursive: true, force: true });
});

itIf(twine, 'twine (Debian package) is not installed: apt-get install -y twine')('stores the same form fields as twine for the same files', async () => {
  const twineRun = await new Promise<{ code: number; out: string }>((resolve) => {
    execFile(twine!, ['upload', '--repository-url', viaTwine.index.uploadUrl, '-u', '__token__', '-p', TOKEN, '--non-interactive', '--disable-progress-bar', ...files],
      { env: { ...process.env, NO_COLOR: '1', PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring' }, timeout: 100_000 },
      (error, stdout, stderr) => resolve({ code: error ? 1 : 0, out: `${stdout}${stderr}` }));
  });
  expect(twineRun.out).not.toContain('ERROR');
  expect(twineRun.code).toBe(0);

  const run = await publish(publishInputs(viaAction.index.uploadUrl, dir));
  expect(run.errors).toEqual([]);
  expect(run.code).toBe(0);

  const theirs = new Map(viaTwine.index.files().map((f) => [f.filename, f]));
  const ours = new Map(viaAction.index.files().map((f) => [f.filename, f]));
  expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
  expect(ours.size).toBe(3);
  for (const [filename, mine] of ours) {
    const twines = theirs.get(filename)!;
    expect({ filename, form: sorted(asLists(mine.form)) }).toEqual({ filename, form: sorted(asCurrentTwine(twines.form)) });
    // And what the index derived from the forms: the release as the JSON API shows it.
    expect({ filename, name: mine.name, version: mine.version, python_version: mine.python_version, requires_python: mine.requires_python, sha256: mine.sha256 })
      .toEqual({ filename, name: twines.name, version: twines.version, python_version: twines.python_version, requires_python: twines.requires_python, sha256: twines.sha256 });
  }
  // The rich wheel really exercised the fields: multi-use, keywords, project URLs, a Unicode description.
  const rich = ours.get('rich_pkg_demo-2.0.0rc1-py3-none-any.whl')!.form;
  expect(rich.name).toBe('Rich.Pkg-Demo');
  expect(rich.classifiers).toHaveLength(3);
  expect(rich.project_urls).toEqual(['Source, https://github.com/octo/rich', 'Documentation, https://docs.example.org/rich']);
  expect(rich.description).toContain('Ünïcödé');
  expect(rich.md5_digest).toBeUndefined();
  expect(rich.blake2_256_digest).toBeUndefined();
  expect(rich.sha256_digest).toEqual(ours.get('rich_pkg_demo-2.0.0rc1-py3-none-any.whl')!.sha256);
}, 110_000);

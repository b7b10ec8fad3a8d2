import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { inspectDistribution } from '../../../src/distributions/index.js';
import { setWorkerThreads, workerStats } from '../../../src/hashing/index.js';
import { MemoryLogger } from '../../../src/log.js';
import { startLocalIndex, type LocalIndex } from '../../../src/index-server/index.js';
import { IndexStore } from '../../../src/index-server/store.js';
import { buildSdist, buildWheel, FakeClock, hashes, tempDir, tokenAuth, upload, type Hashes } from './builders.js';

const TOKEN = 'pypi-local-test-token';
const DAY = 24 * 60 * 60;

let dir: { path: string; remove(): Promise<void> };
let index: LocalIndex;
let clock: FakeClock;
let log: MemoryLogger;

beforeEach(async () => {
  dir = await tempDir();
  clock = new FakeClock();
  log = new MemoryLogger();
  index = await startLocalIndex({ dir: dir.path, token: TOKEN, now: clock.now, log });
});

afterEach(async () => {
  await index.close();
  await dir.remove();
});

const auth = tokenAuth(TOKEN);

async function expectRefusal(res: Response, status: number, message: string): Promise<void> {
  const body = await res.text();
  expect(res.status).toBe(status);
  expect(res.statusText).toBe(message);
  expect(body).toContain(`<title>${status} ${escape(message)}</title>`);
  expect(body).toContain(`<h1>${status} ${escape(message)}</h1>`);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

describe('POST /legacy/: accepted uploads', () => {
  it('stores a wheel: 200 with an empty body, and records what twine sent', async () => {
    const wheel = await buildWheel({ requiresPython: '>=3.8' });
    const res = await upload(index.url, wheel, { auth, fields: { md5_digest: (await hashes(wheel.bytes)).md5 } });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');

    const h = await hashes(wheel.bytes);
    const [stored] = index.files();
    expect(stored).toMatchObject({
      project: 'demo-pkg',
      name: 'demo_pkg',
      version: '1.0',
      filename: wheel.filename,
      packagetype: 'bdist_wheel',
      python_version: 'py3',
      requires_python: '>=3.8',
      size: wheel.bytes.length,
      md5: h.md5,
      sha256: h.sha256,
      blake2b_256: h.blake2b256,
      upload_time: clock.now().toISOString(),
      serial: 1,
    });
    expect(stored.path).toBe(`files/${h.sha256.slice(0, 2)}/${h.sha256.slice(2, 4)}/${h.sha256.slice(4)}/${wheel.filename}`);
    expect(stored.form).toMatchObject({
      ':action': 'file_upload',
      protocol_version: '1',
      metadata_version: '2.1',
      name: 'demo_pkg',
      classifiers: ['Programming Language :: Python :: 3', 'License :: OSI Approved :: MIT License'],
      sha256_digest: h.sha256,
    });
    expect(await readFile(join(dir.path, stored.path))).toEqual(wheel.bytes);
    const state = JSON.parse(await readFile(join(dir.path, 'state.json'), 'utf8'));
    expect(state.files).toHaveLength(1);
    expect(log.text()).toContain(`stored ${wheel.filename}`);
    expect(log.text()).not.toContain(TOKEN);
  });

  it('answers 200 to the same file again and changes nothing', async () => {
    const wheel = await buildWheel();
    expect((await upload(index.url, wheel, { auth })).status).toBe(200);
    const before = await readFile(join(dir.path, 'state.json'));
    clock.advance(60);
    const again = await upload(index.url, wheel, { auth });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('');
    expect(index.files()).toHaveLength(1);
    expect(index.files()[0].upload_time).toBe('2026-03-01T12:00:00.000Z');
    expect(await readFile(join(dir.path, 'state.json'))).toEqual(before);
  });

  it('takes a wheel and an sdist of the same release', async () => {
    expect((await upload(index.url, await buildWheel(), { auth })).status).toBe(200);
    expect((await upload(index.url, await buildSdist(), { auth })).status).toBe(200);
    expect(index.files().map((f) => f.packagetype)).toEqual(['bdist_wheel', 'sdist']);
  });

  it('stores one copy when the same file is uploaded twice at once', async () => {
    const wheel = await buildWheel();
    const results = await Promise.all([upload(index.url, wheel, { auth }), upload(index.url, wheel, { auth })]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(index.files()).toHaveLength(1);
  });

  it('lets only one of two sdists of a release in when both arrive at once', async () => {
    const results = await Promise.all([
      upload(index.url, await buildSdist({ payload: 'one' }), { auth }),
      upload(index.url, await buildSdist({ version: '1.0.0', payload: 'two' }), { auth }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
    expect(results.find((r) => r.status === 400)!.statusText).toBe('Only one sdist may be uploaded per release.');
    expect(index.files()).toHaveLength(1);
  });

  it('is open to anyone when started without a token', async () => {
    const open = await startLocalIndex({ dir: join(dir.path, 'open') });
    try {
      expect((await upload(open.url, await buildWheel(), { auth: null })).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('md5 and BLAKE2b-256: checked when sent, otherwise made when first shown', () => {
  type Recorded = { filename: string; md5?: string; blake2b_256?: string };
  const state = async (): Promise<{ files: Recorded[] }> => JSON.parse(await readFile(join(dir.path, 'state.json'), 'utf8'));
  /** Form field, the hashes() key, the state.json key. */
  const DIGESTS = [['md5_digest', 'md5', 'md5'], ['blake2_256_digest', 'blake2b256', 'blake2b_256']] as const;
  /** Only sha256, as pypi-publish sends it. */
  const sha256Only = { blake2_256_digest: undefined };

  for (const [field, key, recorded] of DIGESTS) {
    it(`records the ${field} a client sent and checked, before or after the file`, async () => {
      const early = await buildWheel({ tag: 'py3-none-any' });
      const late = await buildWheel({ tag: 'cp312-cp312-win_amd64' });
      expect((await upload(index.url, early, { auth, fields: { ...sha256Only, [field]: (await hashes(early.bytes))[key] } })).status).toBe(200);
      expect((await upload(index.url, late, { auth, fields: sha256Only, fieldsAfterContent: { [field]: (await hashes(late.bytes))[key].toUpperCase() } })).status).toBe(200);
      expect((await state()).files.map((f) => f[recorded])).toEqual([(await hashes(early.bytes))[key], (await hashes(late.bytes))[key]]);
    });

    it(`refuses a wrong ${field} sent after the file, and stores nothing`, async () => {
      const wheel = await buildWheel();
      await expectRefusal(
        await upload(index.url, wheel, { auth, fields: sha256Only, fieldsAfterContent: { [field]: '0'.repeat(key === 'md5' ? 32 : 64) } }),
        400,
        'The digest supplied does not match a digest calculated from the uploaded file.',
      );
      expect(index.files()).toEqual([]);
      expect(await readdir(join(dir.path, 'tmp'))).toEqual([]);
    });
  }

  it('makes unsent digests from the stored bytes when the JSON API first shows the file, once, and keeps them across a restart', async () => {
    const wheels = [await buildWheel({ tag: 'py3-none-any' }), await buildWheel({ tag: 'cp313-cp313-win_amd64' })];
    for (const wheel of wheels) expect((await upload(index.url, wheel, { auth, fields: sha256Only })).status).toBe(200);
    expect((await state()).files.map((f) => [f.md5, f.blake2b_256])).toEqual([[undefined, undefined], [undefined, undefined]]);
    const expected = await Promise.all(wheels.map((w) => hashes(w.bytes)));
    const shown = (h: Hashes): Record<string, unknown> => ({ md5_digest: h.md5, digests: { md5: h.md5, blake2b_256: h.blake2b256, sha256: h.sha256 } });

    // Two requests at once: both answer the digests, and they are recorded.
    const answers = await Promise.all(['pypi/demo-pkg/json', 'pypi/demo-pkg/1.0/json'].map(async (path) => (await fetch(new URL(path, index.url))).json() as Promise<{ urls: { filename: string }[] }>));
    for (const body of answers) {
      const byName = new Map(body.urls.map((u) => [u.filename, u]));
      for (const [i, wheel] of wheels.entries()) expect(byName.get(wheel.filename)).toMatchObject(shown(expected[i]));
    }
    expect((await state()).files.map((f) => [f.md5, f.blake2b_256])).toEqual(expected.map((h) => [h.md5, h.blake2b256]));

    // Recorded: a restarted index answers the same without the bytes they were made from.
    await index.close();
    for (const f of index.files()) await writeFile(join(dir.path, f.path), 'gone');
    index = await startLocalIndex({ dir: dir.path, token: TOKEN, now: clock.now, log });
    const again = await (await fetch(new URL('pypi/demo-pkg/1.0/json', index.url))).json() as { urls: { filename: string }[] };
    const byName = new Map(again.urls.map((u) => [u.filename, u]));
    for (const [i, wheel] of wheels.entries()) expect(byName.get(wheel.filename)).toMatchObject(shown(expected[i]));
  });

  it('makes only the digest that was not sent', async () => {
    const wheel = await buildWheel();
    // twine 6.2 and later: sha256 and BLAKE2b-256, no md5.
    expect((await upload(index.url, wheel, { auth })).status).toBe(200);
    const h = await hashes(wheel.bytes);
    expect((await state()).files[0]).toMatchObject({ blake2b_256: h.blake2b256 });
    expect((await state()).files[0].md5).toBeUndefined();
    const body = await (await fetch(new URL('pypi/demo-pkg/1.0/json', index.url))).json() as { urls: unknown[] };
    expect(body.urls[0]).toMatchObject({ digests: { md5: h.md5, blake2b_256: h.blake2b256 } });
    expect((await state()).files[0]).toMatchObject({ md5: h.md5, blake2b_256: h.blake2b256 });
  });

  it('records the digests a request makes in one save of the state', async () => {
    const wheels = [];
    for (const tag of ['py3-none-any', 'cp310-cp310-win_amd64', 'cp311-cp311-win_amd64', 'cp312-cp312-win_amd64', 'cp313-cp313-win_amd64']) wheels.push(await buildWheel({ tag }));
    for (const wheel of wheels) expect((await upload(index.url, wheel, { auth, fields: sha256Only })).status).toBe(200);
    const saves = jest.spyOn(IndexStore.prototype as unknown as { save: () => Promise<void> }, 'save');
    try {
      const body = await (await fetch(new URL('pypi/demo-pkg/json', index.url))).json() as { urls: { md5_digest: string; digests: { blake2b_256: string } }[] };
      const expected = await Promise.all(wheels.map((w) => hashes(w.bytes)));
      expect(body.urls.map((u) => u.md5_digest).sort()).toEqual(expected.map((h) => h.md5).sort());
      expect(body.urls.map((u) => u.digests.blake2b_256).sort()).toEqual(expected.map((h) => h.blake2b256).sort());
      expect(saves).toHaveBeenCalledTimes(1);
      // Recorded: the next request saves nothing.
      await (await fetch(new URL('pypi/demo-pkg/json', index.url))).json();
      expect(saves).toHaveBeenCalledTimes(1);
    } finally {
      saves.mockRestore();
    }
  });

  const warnings = (): string[] => log.lines.filter((l) => l.level === 'warning').map((l) => l.message);
  type Shown = { md5_digest: string | null; digests: { md5: string | null; blake2b_256: string | null; sha256: string } };
  const firstShown = async (): Promise<Shown> => {
    const res = await fetch(new URL('pypi/demo-pkg/1.0/json', index.url));
    expect(res.status).toBe(200);
    return ((await res.json()) as { urls: Shown[] }).urls[0];
  };

  it('shows null, warned once, for a file whose stored bytes are gone', async () => {
    const wheel = await buildWheel();
    expect((await upload(index.url, wheel, { auth, fields: sha256Only })).status).toBe(200);
    const [stored] = index.files();
    await rm(join(dir.path, stored.path));
    expect(await firstShown()).toMatchObject({ md5_digest: null, digests: { md5: null, blake2b_256: null, sha256: stored.sha256 } });
    expect(await firstShown()).toMatchObject({ md5_digest: null });
    expect(warnings().filter((w) => w.includes(`no md5 or BLAKE2b-256 for ${wheel.filename}: its stored bytes cannot be read`))).toHaveLength(1);
    expect((await state()).files[0].md5).toBeUndefined();
  });

  it('shows null, never a digest of other bytes, for a file whose stored bytes were replaced, and keeps the digest it was sent', async () => {
    const wheel = await buildWheel();
    // twine's form: BLAKE2b-256 sent and checked, md5 not.
    expect((await upload(index.url, wheel, { auth })).status).toBe(200);
    const [stored] = index.files();
    await writeFile(join(dir.path, stored.path), 'garbage\n');
    expect(await firstShown()).toMatchObject({ md5_digest: null, digests: { md5: null, blake2b_256: (await hashes(wheel.bytes)).blake2b256, sha256: stored.sha256 } });
    expect(warnings().join('\n')).toContain(`no md5 for ${wheel.filename}: its stored bytes (${stored.path}) no longer have the sha256 it was uploaded with`);
    expect((await state()).files[0].md5).toBeUndefined();
  });

  it('names the upload\'s BLAKE2b-256 when it refuses a file it already has, made then if it was not sent', async () => {
    const wheel = await buildWheel({ payload: 'one' });
    expect((await upload(index.url, wheel, { auth, fields: sha256Only })).status).toBe(200);
    // Other bytes under the same name, and the same bytes under another name.
    const other = await buildWheel({ payload: 'two' });
    await expectRefusal(await upload(index.url, other, { auth, fields: sha256Only }), 400,
      `File already exists ('${other.filename}', with blake2_256 hash '${(await hashes(other.bytes)).blake2b256}'). See https://pypi.org/help/#file-name-reuse for more information.`);
    const renamed = { ...wheel, filename: wheel.filename.replace('py3-none-any', 'py2.py3-none-any') };
    await expectRefusal(await upload(index.url, renamed, { auth, fields: sha256Only }), 400,
      `File already exists ('${renamed.filename}', with blake2_256 hash '${(await hashes(wheel.bytes)).blake2b256}'). See https://pypi.org/help/#file-name-reuse for more information.`);
    // The same bytes under the same name: 200, nothing changes.
    expect((await upload(index.url, wheel, { auth, fields: sha256Only })).status).toBe(200);
    expect(index.files()).toHaveLength(1);
  });
});

describe('POST /legacy/: hashing and checking off the event loop', () => {
  afterEach(() => setWorkerThreads(availableParallelism()));

  for (const threads of [0, 2]) {
    it(`stores the same bytes and digests ${threads ? 'with worker threads' : 'when there are no worker threads'}`, async () => {
      setWorkerThreads(threads);
      const before = workerStats();
      const wheels = [await buildWheel({ tag: 'py3-none-any' }), await buildWheel({ tag: 'cp312-cp312-win_amd64' }), await buildWheel({ tag: 'cp313-cp313-win_amd64' })];
      for (const wheel of wheels) expect((await upload(index.url, wheel, { auth })).status).toBe(200);
      const stored = index.files();
      expect(stored).toHaveLength(wheels.length);
      for (const [i, wheel] of wheels.entries()) {
        const h = await hashes(wheel.bytes);
        expect(stored[i]).toMatchObject({ filename: wheel.filename, size: wheel.bytes.length, sha256: h.sha256, blake2b_256: h.blake2b256 });
        // Not sent, so not made on arrival (see 'md5: made when first shown').
        expect(stored[i].md5).toBeUndefined();
        expect(await readFile(join(dir.path, stored[i].path))).toEqual(wheel.bytes);
      }
      const after = workerStats();
      if (threads) {
        // The archive checks of the first upload start a worker; later uploads are hashed and stored there too.
        expect(after.workerScans - before.workerScans).toBe(wheels.length);
        expect(after.workerStreams).toBeGreaterThan(before.workerStreams);
      } else {
        expect(after.workerScans + after.workerStreams).toBe(before.workerScans + before.workerStreams);
        expect(after.localStreams - before.localStreams).toBe(wheels.length);
      }
      expect(await readdir(join(dir.path, 'tmp'))).toEqual([]);
    });
  }
});

describe('POST /legacy/: routing and authentication', () => {
  it('redirects /legacy to /legacy/ with 308 and warehouse text', async () => {
    const res = await upload(index.url, await buildWheel(), { auth, path: 'legacy' });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/legacy/');
    expect(res.statusText).toBe('An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)');
    expect(index.files()).toHaveLength(0);
  });

  it('answers 410 to the retired actions', async () => {
    const wheel = await buildWheel();
    await expectRefusal(
      await upload(index.url, wheel, { auth, fields: { ':action': 'submit' } }),
      410,
      'Project pre-registration is no longer required or supported, upload your files instead.',
    );
    await expectRefusal(
      await upload(index.url, wheel, { auth, fields: { ':action': 'doc_upload' } }),
      410,
      'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.',
    );
    expect(index.files()).toHaveLength(0);
  });

  it('without :action shows the upload page (200, like warehouse) and stores nothing', async () => {
    const res = await upload(index.url, await buildWheel(), { auth, fields: { ':action': undefined } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Upload API');
    expect(index.files()).toHaveLength(0);
    expect(log.text()).toContain('without a known :action');
  });

  it('refuses missing, wrong and password credentials with 403', async () => {
    const wheel = await buildWheel();
    const invalid = 'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';
    await expectRefusal(await upload(index.url, wheel, { auth: null }), 403, invalid);
    await expectRefusal(await upload(index.url, wheel, { auth: tokenAuth('pypi-wrong') }), 403, invalid);
    const password = await upload(index.url, wheel, { auth: { user: 'alice', password: TOKEN } });
    expect(password.status).toBe(403);
    expect(password.statusText).toMatch(/^Username\/Password authentication is no longer supported/);
    expect(index.files()).toHaveLength(0);
    expect(await readdir(join(dir.path, 'tmp'))).toEqual([]);
  });
});

describe('POST /legacy/: refusals in warehouse order', () => {
  it('refuses an unknown protocol version', async () => {
    await expectRefusal(await upload(index.url, await buildWheel(), { auth, fields: { protocol_version: '2' } }), 400, 'Unknown protocol version.');
  });

  it('refuses a form without digests or name', async () => {
    const wheel = await buildWheel();
    await expectRefusal(
      await upload(index.url, wheel, { auth, fields: { sha256_digest: undefined, blake2_256_digest: undefined } }),
      400,
      'Error: Include at least one message digest.',
    );
    await expectRefusal(
      await upload(index.url, wheel, { auth, fields: { name: undefined } }),
      400,
      "'' is an invalid value for Name. Error: This field is required. See https://packaging.python.org/specifications/core-metadata for more information.",
    );
  });

  it('refuses a wheel without pyversion, and local versions', async () => {
    await expectRefusal(
      await upload(index.url, await buildWheel(), { auth, fields: { pyversion: undefined } }),
      400,
      'Error: Python version is required for binary distribution uploads.',
    );
    await expectRefusal(
      await upload(index.url, await buildWheel(), { auth, fields: { version: '1.0+local' } }),
      400,
      "The use of local versions in '1.0+local' is not allowed. See https://packaging.python.org/specifications/core-metadata for more information.",
    );
  });

  it('refuses a description that does not render, as PyPI, and a content type packaging refuses', async () => {
    const wheel = await buildWheel();
    await expectRefusal(
      await upload(index.url, wheel, { auth, fields: { description: 'Title\n=====\n\n.. invalid-directive::\n' } }),
      400,
      'The description failed to render in the default format of reStructuredText. See https://pypi.org/help/#description-content-type for more information.',
    );
    await expectRefusal(
      await upload(index.url, wheel, { auth, fields: { description: 'A *broken `link <http://x', description_content_type: 'text/x-rst; charset=UTF-8' } }),
      400,
      "The description failed to render for 'text/x-rst; charset=UTF-8'. See https://pypi.org/help/#description-content-type for more information.",
    );
    await expectRefusal(
      await upload(index.url, wheel, { auth, fields: { description: '# Title', description_content_type: 'text/html' } }),
      400,
      "'description-content-type' must be one of ['text/plain', 'text/x-rst', 'text/markdown'], not 'text/html'. See https://packaging.python.org/specifications/core-metadata for more information.",
    );
    // The same broken text declared as Markdown renders, so it is taken.
    const res = await upload(index.url, wheel, { auth, fields: { description: '.. invalid-directive::\n', description_content_type: 'text/markdown' } });
    expect(res.status).toBe(200);
  });

  it('answers a hostile zip with warehouse\'s validate_zipfile text', async () => {
    const { HOSTILE } = await import('../distributions/hostile-zips.js');
    const wheel = await buildWheel();
    for (const hostile of HOSTILE) {
      await expectRefusal(
        await upload(index.url, { ...wheel, bytes: hostile.make(wheel.bytes) }, { auth }),
        400,
        `Invalid distribution file. ZIP archive not accepted: ${hostile.reason}. See https://docs.pypi.org/archives for more information`,
      );
    }
  });

  it('refuses a metadata field sent as a file', async () => {
    const wheel = await buildWheel();
    const form = new FormData();
    for (const [k, v] of Object.entries({ ':action': 'file_upload', name: 'demo_pkg', version: '1.0', metadata_version: '2.1', filetype: 'bdist_wheel', pyversion: 'py3', sha256_digest: (await hashes(wheel.bytes)).sha256 })) form.append(k, v);
    form.append('classifiers', new Blob(['x']), 'classifiers.txt');
    form.append('content', new Blob([wheel.bytes]), wheel.filename);
    const res = await fetch(new URL('legacy/', index.url), { method: 'POST', body: form, headers: { Authorization: 'Basic ' + Buffer.from(`__token__:${TOKEN}`).toString('base64') } });
    await expectRefusal(res, 400, 'classifiers: Should not be a tuple.');
  });

  it('refuses a form without the file', async () => {
    await expectRefusal(await upload(index.url, await buildWheel(), { auth, noContent: true }), 400, 'Upload payload does not have a file.');
  });

  it('refuses bad filenames and image content types', async () => {
    const wheel = await buildWheel();
    await expectRefusal(await upload(index.url, wheel, { auth, filename: 'x/' + wheel.filename }), 400, "Cannot upload a file with '/' or '\\' in the name.");
    await expectRefusal(
      await upload(index.url, wheel, { auth, filename: 'demo_pkg-1.0.exe' }),
      400,
      'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
    );
    await expectRefusal(await upload(index.url, wheel, { auth, contentType: 'image/png' }), 400, 'Invalid distribution file.');
  });

  it('refuses a digest that does not match the bytes', async () => {
    const wheel = await buildWheel();
    await expectRefusal(
      await upload(index.url, wheel, { auth, fields: { sha256_digest: 'A'.repeat(64) } }),
      400,
      'The digest supplied does not match a digest calculated from the uploaded file.',
    );
    await expectRefusal(
      await upload(index.url, wheel, { auth, fields: { md5_digest: '0'.repeat(32) } }),
      400,
      'The digest supplied does not match a digest calculated from the uploaded file.',
    );
    // Upper-case hex is the same digest.
    const h = await hashes(wheel.bytes);
    expect((await upload(index.url, wheel, { auth, fields: { sha256_digest: h.sha256.toUpperCase() } })).status).toBe(200);
  });

  it('refuses other bytes under a stored filename, naming the new blake2_256', async () => {
    const first = await buildWheel({ payload: 'first' });
    const second = await buildWheel({ payload: 'second' });
    expect(first.filename).toBe(second.filename);
    expect((await upload(index.url, first, { auth })).status).toBe(200);
    const h = await hashes(second.bytes);
    await expectRefusal(
      await upload(index.url, second, { auth }),
      400,
      `File already exists ('${second.filename}', with blake2_256 hash '${h.blake2b256}'). See https://pypi.org/help/#file-name-reuse for more information.`,
    );
    expect(index.files()).toHaveLength(1);
    expect(index.files()[0].sha256).toBe((await hashes(first.bytes)).sha256);
  });

  it('refuses stored bytes under another filename', async () => {
    const wheel = await buildWheel();
    expect((await upload(index.url, wheel, { auth })).status).toBe(200);
    const renamed = 'demo_pkg-1.0-1-py3-none-any.whl';
    const res = await upload(index.url, wheel, { auth, filename: renamed });
    expect(res.status).toBe(400);
    expect(res.statusText).toMatch(/^File already exists \('demo_pkg-1\.0-1-py3-none-any\.whl', with blake2_256 hash/);
  });

  it('refuses new files in a release older than 14 days, but a duplicate still answers first', async () => {
    const wheel = await buildWheel({ payload: 'a' });
    expect((await upload(index.url, wheel, { auth })).status).toBe(200);
    clock.advance(14 * DAY);
    // Exactly 14 days: still open.
    expect((await upload(index.url, await buildWheel({ tag: 'py2-none-any' }), { auth })).status).toBe(200);
    clock.advance(1);
    await expectRefusal(await upload(index.url, await buildSdist(), { auth }), 400, 'Uploading new files to releases older than 14 days is not allowed.');
    expect((await upload(index.url, wheel, { auth })).status).toBe(200);
    const other = await buildWheel({ payload: 'b' });
    const res = await upload(index.url, other, { auth });
    expect(res.status).toBe(400);
    expect(res.statusText).toMatch(/^File already exists/);
    // A new release of the same project is open.
    expect((await upload(index.url, await buildWheel({ version: '1.1' }), { auth })).status).toBe(200);
    expect(index.files()).toHaveLength(3);
  });

  it('counts 1.0 and 1.0.0 as one release for the sdist rule', async () => {
    expect((await upload(index.url, await buildSdist(), { auth })).status).toBe(200);
    await expectRefusal(
      await upload(index.url, await buildSdist({ payload: 'other' }), { auth, filename: 'demo_pkg-1.0.zip' }),
      400,
      'Only one sdist may be uploaded per release.',
    );
    const zeroes = await buildSdist({ version: '1.0.0' });
    await expectRefusal(await upload(index.url, zeroes, { auth }), 400, 'Only one sdist may be uploaded per release.');
  });

  it('refuses a file that does not belong to the project or release of the form', async () => {
    const wheel = await buildWheel();
    await expectRefusal(await upload(index.url, wheel, { auth, fields: { name: 'other-project' } }), 400, "Start filename for 'other-project' with 'other_project'.");
    await expectRefusal(await upload(index.url, wheel, { auth, fields: { version: '2.0' } }), 400, "Version in filename should be '2.0' not '1.0'.");
    await expectRefusal(
      await upload(index.url, await buildSdist(), { auth, filename: 'Demo_Pkg-1.0.tar.gz' }),
      400,
      "Filename 'Demo_Pkg-1.0.tar.gz' is invalid, should be 'demo_pkg-1.0.tar.gz'.",
    );
  });

  it('refuses a wheel whose name is not normalized in the filename', async () => {
    // Renamed after the build: the .dist-info no longer matches, as warehouse reports it.
    const renamed = await buildWheel({ name: 'Demo.Pkg' });
    await expectRefusal(
      await upload(index.url, renamed, { auth, filename: 'Demo.Pkg-1.0-py3-none-any.whl' }),
      400,
      'Invalid distribution file. WHEEL not found at Demo.Pkg-1.0.dist-info/WHEEL',
    );
    // Built that way by an old tool: consistent inside, but not PEP 427/503 normalized.
    const old = await buildWheel({ name: 'Demo.Pkg', keepNameAsIs: true });
    expect(old.filename).toBe('Demo.Pkg-1.0-py3-none-any.whl');
    await expectRefusal(
      await upload(index.url, old, { auth }),
      400,
      "Filename 'Demo.Pkg-1.0-py3-none-any.whl' should contain the normalized project name 'demo_pkg', not 'Demo.Pkg'.",
    );
  });

  it('refuses what the distribution preflight finds, with the first PyPI text', async () => {
    const linux = await buildWheel({ tag: 'cp312-cp312-linux_x86_64' });
    await expectRefusal(
      await upload(index.url, linux, { auth }),
      400,
      "Binary wheel 'demo_pkg-1.0-cp312-cp312-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
    );
    const wheel = await buildWheel();
    const notAZip = { ...wheel, bytes: Buffer.from('this is not a zip archive') };
    const res = await upload(index.url, notAZip, { auth });
    expect(res.status).toBe(400);
    expect(res.statusText).toMatch(/^Invalid distribution file\./);
    expect(index.files()).toHaveLength(0);
  });

  it('stores a wheel whose RECORD hashes do not match, as warehouse does (it only emails the owners)', async () => {
    const wheel = await buildWheel({ wrongRecordHash: true });
    // The publish preflight refuses it; the index, like PyPI, does not.
    const scratch = await tempDir();
    try {
      await writeFile(join(scratch.path, wheel.filename), wheel.bytes);
      const info = await inspectDistribution(join(scratch.path, wheel.filename));
      expect(info.problems.map((p) => p.rule)).toContain('wheel-record-hash');
    } finally {
      await scratch.remove();
    }
    const res = await upload(index.url, wheel, { auth });
    expect(res.status).toBe(200);
    expect(index.files().map((f) => f.filename)).toEqual([wheel.filename]);
  });

  it('keeps ISO-8859-1 in the reason phrase, turns the rest into "?", and has the full text in the body', async () => {
    const wheel = await buildWheel();
    const form = new FormData();
    const fields = { ':action': 'file_upload', name: 'dëmo→pkg', version: '1.0', metadata_version: '2.1', filetype: 'bdist_wheel', pyversion: 'py3', sha256_digest: (await hashes(wheel.bytes)).sha256 };
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('content', new Blob([wheel.bytes]), wheel.filename);
    // fetch decodes the status line as UTF-8; Python's http.client and Node's read it as ISO-8859-1, as sent.
    const encoded = new Request('http://encode.invalid/', { method: 'POST', body: form });
    const body = Buffer.from(await encoded.arrayBuffer());
    const { statusCode, statusMessage, text } = await new Promise<{ statusCode?: number; statusMessage?: string; text: string }>((resolve, reject) => {
      const req = request(new URL('legacy/', index.url), {
        method: 'POST',
        headers: { 'Content-Type': encoded.headers.get('content-type')!, 'Content-Length': String(body.length), Authorization: 'Basic ' + Buffer.from(`__token__:${TOKEN}`).toString('base64') },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ statusCode: res.statusCode, statusMessage: res.statusMessage, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });
    const message = "is an invalid value for Name. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. See https://packaging.python.org/specifications/core-metadata for more information.";
    expect(statusCode).toBe(400);
    expect(statusMessage).toBe(`'dëmo?pkg' ${message}`);
    expect(text).toContain(`&#x27;dëmo→pkg&#x27; ${message.replace(/'/g, '&#x27;')}`);
  });

});

describe('POST /legacy/: size limit', () => {
  it('stops storing past maxFileSize and answers 400 File too large at once', async () => {
    const small = await startLocalIndex({ dir: join(dir.path, 'small'), maxFileSize: 4096 });
    try {
      const wheel = await buildWheel({ payload: 'x'.repeat(64 * 1024) + Math.random() });
      const big = { ...wheel, bytes: Buffer.concat([wheel.bytes, Buffer.alloc(8 * 1024 * 1024, 7)]) };
      const res = await upload(small.url, big);
      await expectRefusal(
        res,
        400,
        "File too large. Limit for project 'demo_pkg' is 0 MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.",
      );
      expect(small.files()).toHaveLength(0);
      // The connection stays usable: the rest of the body was discarded, not left in the stream.
      expect((await upload(small.url, await buildSdist({ payload: 'tiny' }))).status).toBe(200);
      expect(await readdir(join(dir.path, 'small', 'tmp'))).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('reports an earlier form error before the size', async () => {
    const small = await startLocalIndex({ dir: join(dir.path, 'small2'), maxFileSize: 1024 });
    try {
      const wheel = await buildWheel({ payload: 'y'.repeat(100_000) + Math.random() });
      await expectRefusal(await upload(small.url, wheel, { fields: { protocol_version: '3' } }), 400, 'Unknown protocol version.');
    } finally {
      await small.close();
    }
  });

  it('answers a raw client that keeps sending after the limit', async () => {
    const small = await startLocalIndex({ dir: join(dir.path, 'small3'), maxFileSize: 1024 });
    try {
      const boundary = 'XyZ';
      const head = Buffer.from(
        [':action', 'file_upload', 'name', 'demo_pkg', 'version', '1.0', 'metadata_version', '2.1', 'filetype', 'sdist', 'md5_digest', '0'.repeat(32)]
          .reduce<string[]>((acc, v, i, all) => (i % 2 === 0 ? [...acc, `--${boundary}\r\nContent-Disposition: form-data; name="${v}"\r\n\r\n${all[i + 1]}\r\n`] : acc), [])
          .join('') + `--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="demo_pkg-1.0.tar.gz"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      );
      const total = 32 * 1024 * 1024;
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(new URL('legacy/', small.url), {
          method: 'POST',
          headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(head.length + total + `\r\n--${boundary}--\r\n`.length) },
        }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
        req.on('error', (err) => (err.message.includes('socket hang up') ? undefined : reject(err)));
        req.write(head);
        const chunk = Buffer.alloc(64 * 1024, 1);
        let sent = 0;
        const pump = (): void => {
          while (sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) {
              req.once('drain', pump);
              return;
            }
          }
          req.end(`\r\n--${boundary}--\r\n`);
        };
        pump();
      });
      expect(status).toBe(400);
      expect(small.files()).toHaveLength(0);
    } finally {
      await small.close();
    }
  });
});

describe('POST /legacy/: broken requests', () => {
  const boundary = 'XyZ';
  const head = (filename: string): Buffer => Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name=":action"\r\n\r\nfile_upload\r\n`
      + `--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="${filename}"\r\n`
      + 'Content-Type: application/octet-stream\r\n\r\n',
  );

  async function waitForEmpty(path: string): Promise<string[]> {
    for (let i = 0; i < 500; i++) {
      const left = await readdir(path);
      if (left.length === 0) return left;
      await new Promise((r) => setTimeout(r, 10));
    }
    return readdir(path);
  }

  it('answers 400 to a multipart body that ends early, and keeps no scratch file', async () => {
    const body = Buffer.concat([head('demo_pkg-1.0.tar.gz'), Buffer.alloc(10_000, 1)]);
    const res = await fetch(new URL('legacy/', index.url), {
      method: 'POST',
      body,
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Authorization: 'Basic ' + Buffer.from(`__token__:${TOKEN}`).toString('base64') },
    });
    expect(res.status).toBe(400);
    expect(res.statusText).toMatch(/^Malformed multipart\/form-data body: /);
    expect(await readdir(join(dir.path, 'tmp'))).toEqual([]);
  });

  it('cleans up after a client that disconnects mid-file and keeps serving', async () => {
    await new Promise<void>((resolve) => {
      const req = request(new URL('legacy/', index.url), {
        method: 'POST',
        headers: {
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': String(10 * 1024 * 1024),
          Authorization: 'Basic ' + Buffer.from(`__token__:${TOKEN}`).toString('base64'),
        },
      });
      req.on('error', () => resolve());
      req.write(Buffer.concat([head('demo_pkg-1.0.tar.gz'), Buffer.alloc(256 * 1024, 2)]), () => {
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 50);
      });
    });
    expect(await waitForEmpty(join(dir.path, 'tmp'))).toEqual([]);
    expect(index.files()).toHaveLength(0);
    expect((await upload(index.url, await buildWheel(), { auth })).status).toBe(200);
  });
});


import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { startLocalIndex, STATE_FORMAT } from '../../../src/index-server/index.js';
import { buildSdist, buildWheel, FakeClock, hashes, tempDir, upload } from './builders.js';

let dir: { path: string; remove(): Promise<void> };

beforeEach(async () => {
  dir = await tempDir();
});

afterEach(async () => {
  await dir.remove();
});

describe('state on disk', () => {
  it('serves after a restart what it served before, and keeps its rules', async () => {
    const clock = new FakeClock();
    const wheel = await buildWheel();
    const first = await startLocalIndex({ dir: dir.path, now: clock.now });
    expect((await upload(first.url, wheel)).status).toBe(200);
    expect((await upload(first.url, await buildSdist())).status).toBe(200);
    const before = first.files();
    await first.close();

    const state = JSON.parse(await readFile(join(dir.path, 'state.json'), 'utf8'));
    expect(state).toMatchObject({ format: STATE_FORMAT, serial: 2, projects: { 'demo-pkg': { name: 'demo_pkg', serial: 2 } } });

    const second = await startLocalIndex({ dir: dir.path, now: clock.now });
    try {
      expect(second.files()).toEqual(before);
      const page = await (await fetch(new URL('simple/demo-pkg/', second.url))).text();
      expect(page).toContain(wheel.filename);
      const bytes = Buffer.from(await (await fetch(new URL(before[0].path, second.url))).arrayBuffer());
      expect(bytes).toEqual(wheel.bytes);
      // Duplicate detection and the one-sdist rule remember the first run.
      expect((await upload(second.url, wheel)).status).toBe(200);
      const res = await upload(second.url, await buildSdist({ payload: 'again' }), { filename: 'demo_pkg-1.0.zip' });
      expect(res.statusText).toBe('Only one sdist may be uploaded per release.');
      expect((await upload(second.url, await buildWheel({ version: '1.1' }))).status).toBe(200);
      expect(second.files().map((f) => f.serial)).toEqual([1, 2, 3]);
    } finally {
      await second.close();
    }
  });

  it('reads a directory of the format before (every file with md5 and BLAKE2b-256), and writes it back in the new one', async () => {
    const wheel = await buildWheel();
    const first = await startLocalIndex({ dir: dir.path });
    // twine's form, as that version recorded it: md5 and BLAKE2b-256 checked on arrival.
    expect((await upload(first.url, wheel, { fields: { md5_digest: (await hashes(wheel.bytes)).md5 } })).status).toBe(200);
    await first.close();
    const statePath = join(dir.path, 'state.json');
    const old = JSON.parse(await readFile(statePath, 'utf8'));
    await writeFile(statePath, JSON.stringify({ ...old, format: 'python-release-actions/local-index@1' }));

    const second = await startLocalIndex({ dir: dir.path });
    try {
      expect(second.files()).toEqual(old.files);
      expect((await upload(second.url, wheel)).status).toBe(200);
      expect((await upload(second.url, await buildWheel({ version: '1.1' }), { fields: { blake2_256_digest: undefined } })).status).toBe(200);
    } finally {
      await second.close();
    }
    expect(JSON.parse(await readFile(statePath, 'utf8')).format).toBe(STATE_FORMAT);
    expect(STATE_FORMAT).toBe('python-release-actions/local-index@2');
  });

  it('refuses a directory whose state file is not an index state', async () => {
    await mkdir(dir.path, { recursive: true });
    await writeFile(join(dir.path, 'state.json'), '{"something": "else"}');
    await expect(startLocalIndex({ dir: dir.path })).rejects.toThrow(UserError);
    await writeFile(join(dir.path, 'state.json'), JSON.stringify({ format: 'python-release-actions/local-index@3', serial: 0, projects: {}, files: [] }));
    await expect(startLocalIndex({ dir: dir.path })).rejects.toThrow(`is not a local index state file (expected "format": "${STATE_FORMAT}")`);
    await writeFile(join(dir.path, 'state.json'), 'not json');
    await expect(startLocalIndex({ dir: dir.path })).rejects.toThrow(/not valid JSON/);
  });

  it('refuses bad options with what would be accepted', async () => {
    await expect(startLocalIndex({ dir: dir.path, delaySeconds: -1 })).rejects.toThrow(/zero or more seconds/);
    await expect(startLocalIndex({ dir: dir.path, port: 70000 })).rejects.toThrow(/0–65535/);
    await expect(startLocalIndex({ dir: dir.path, token: '' })).rejects.toThrow(/must not be empty/);
    const taken = await startLocalIndex({ dir: join(dir.path, 'a') });
    try {
      const port = Number(new URL(taken.url).port);
      await expect(startLocalIndex({ dir: join(dir.path, 'b'), port })).rejects.toThrow(/already in use/);
    } finally {
      await taken.close();
    }
  });
});

/**
 * The built bundles and their hashing worker: every bundle ships
 * hash-worker.js beside it, the bundle starts that very file (found from its
 * own location), and the bundled worker hashes correctly. Runs dist/: build first.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createBLAKE2b } from 'hash-wasm';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist');
const bundles = existsSync(dist) ? readdirSync(dist).filter((name) => existsSync(join(dist, name, 'index.js'))) : [];
const built = bundles.includes('pyrelease');
if (!built) console.warn('SKIPPED: the bundled hashing worker tests because dist/pyrelease is missing (npm run build)');
const withDist = built ? it : it.skip;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bundle-worker-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function reference(bytes: Buffer): Promise<{ sha256: string; blake2b256: string; md5: string }> {
  const blake2b = await createBLAKE2b(256);
  blake2b.update(bytes);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), blake2b256: blake2b.digest('hex'), md5: createHash('md5').update(bytes).digest('hex') };
}

describe('the bundled hashing worker', () => {
  withDist('sits beside every bundle, the same file everywhere', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(7);
    const workers = bundles.map((name) => join(dist, name, 'hash-worker.js'));
    for (const file of workers) expect(existsSync(file)).toBe(true);
    const first = readFileSync(workers[0]!);
    for (const file of workers.slice(1)) expect(readFileSync(file).equals(first)).toBe(true);
    // Bundled: it imports nothing from node_modules at run time.
    expect(first.toString()).not.toMatch(/from ['"](hash-wasm|crc-32)['"]/);
  });

  withDist('is not in what an action loads before its inputs are checked', () => {
    // A bad input fails before main.js loads; what index.js holds is parsed on every start.
    for (const name of ['bump-version', 'create-release', 'fetch-wheels', 'pypi-publish', 'verify-install']) {
      const entry = readFileSync(join(dist, name, 'index.js'), 'utf8');
      expect([name, entry.includes('a hashing worker exited'), entry.includes('createBLAKE2b')]).toEqual([name, false, false]);
    }
  });

  withDist('hashes and writes a stream sent to it as the pool does', async () => {
    const worker = new Worker(join(dist, 'pyrelease', 'hash-worker.js'));
    try {
      const bytes = randomBytes(3 * 1024 * 1024 + 5);
      const out = join(dir, 'written.bin');
      const result = await new Promise<unknown>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (msg: { op: string; result?: unknown; message?: string }) => {
          if (msg.op === 'ready') {
            worker.postMessage({ id: 1, op: 'hash-open', algorithms: ['sha256', 'md5', 'blake2b256'], writeTo: out });
            for (let i = 0; i < bytes.length; i += 1024 * 1024) {
              const chunk = Uint8Array.from(bytes.subarray(i, i + 1024 * 1024));
              worker.postMessage({ id: 1, op: 'hash-update', chunk }, [chunk.buffer]);
            }
            worker.postMessage({ id: 1, op: 'hash-end' });
          } else if (msg.op === 'done') resolve(msg.result);
          else if (msg.op === 'failed') reject(new Error(msg.message));
        });
      });
      expect(result).toEqual(await reference(bytes));
      expect(readFileSync(out).equals(bytes)).toBe(true);
    } finally {
      await worker.terminate();
    }
  });

  withDist('is the file a bundle starts, found beside the bundle wherever it is', async () => {
    // A copy of the CLI bundle whose hash-worker.js leaves a mark, then runs the real one.
    const copy = join(dir, 'pyrelease');
    cpSync(join(dist, 'pyrelease'), copy, { recursive: true });
    renameSync(join(copy, 'hash-worker.js'), join(copy, 'real-hash-worker.js'));
    writeFileSync(
      join(copy, 'hash-worker.js'),
      "import { appendFileSync } from 'node:fs';\nappendFileSync(new URL('./started', import.meta.url), 'x');\nawait import('./real-hash-worker.js');\n",
    );
    const file = join(dir, 'big.bin');
    const bytes = randomBytes(5 * 1024 * 1024);
    writeFileSync(file, bytes);
    const run = spawnSync(process.execPath, [join(copy, 'index.js'), 'hash', '--json', file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [got] = JSON.parse(run.stdout) as { sha256: string; blake2b_256: string; size: number }[];
    const want = await reference(bytes);
    expect(got).toMatchObject({ sha256: want.sha256, blake2b_256: want.blake2b256, size: bytes.length });
    expect(readFileSync(join(copy, 'started'), 'utf8').length).toBeGreaterThanOrEqual(1);
  });
});

// Hashing throughput: our one pass (sha256 + blake2b-256, `pyrelease hash`) versus
// `sha256sum` then `b2sum -l 256` on the same file, in the same run.
// Targets: our time at most half the two tools' combined (sha256 and BLAKE2b-256 run on two
// hashing workers from one read), peak RSS under 150 MiB. BENCH_HASH_MIB sets the size (default 1024).
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, median, requireGnuTime, root, saveResult, table } from './lib.mjs';

requireGnuTime();
const MIB = Number(process.env.BENCH_HASH_MIB ?? 1024);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'bench-hash-'));
const file = join(dir, 'big.bin');
try {
  await new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    const chunk = Buffer.alloc(1024 * 1024);
    let written = 0;
    const write = () => {
      while (written < MIB) {
        randomFillSync(chunk);
        written++;
        if (!out.write(chunk)) return out.once('drain', write);
      }
      out.end(resolve);
    };
    out.on('error', reject);
    write();
  });
  // Warm the page cache so every contender reads from memory.
  measure('cat', [file], { stdio: ['ignore', 'ignore', 'pipe'] });

  const ours = [];
  const theirs = [];
  let oursRss = 0;
  let digests;
  for (let i = 0; i < RUNS; i++) {
    const a = measure(process.execPath, [join(root, 'dist/pyrelease/index.js'), 'hash', '--json', file]);
    if (a.code !== 0) throw new Error(a.stderr);
    ours.push(a.seconds);
    oursRss = Math.max(oursRss, a.maxRssMiB);
    const s = measure('sha256sum', [file]);
    const b = measure('b2sum', ['-l', '256', file]);
    theirs.push(s.seconds + b.seconds);
    const [mine] = JSON.parse(a.stdout);
    digests = { sha256: [mine.sha256, s.stdout.split(' ')[0]], blake2b_256: [mine.blake2b_256, b.stdout.split(' ')[0]] };
    if (digests.sha256[0] !== digests.sha256[1] || digests.blake2b_256[0] !== digests.blake2b_256[1]) {
      throw new Error(`digests differ: ${JSON.stringify(digests)}`);
    }
  }
  const o = median(ours);
  const t = median(theirs);
  const rows = [
    { contender: 'pyrelease hash (sha256 + blake2b-256, one read)', 'median s': o.toFixed(2), 'MiB/s': (MIB / o).toFixed(0), 'peak RSS MiB': oursRss.toFixed(0) },
    { contender: 'sha256sum, then b2sum -l 256', 'median s': t.toFixed(2), 'MiB/s': (MIB / t).toFixed(0), 'peak RSS MiB': '-' },
  ];
  console.log(`Hashing ${MIB} MiB, median of ${RUNS} runs, digests identical\n`);
  console.log(table(rows));
  console.log(`\nratio ours/theirs ${(o / t).toFixed(2)} (target <= 0.50): ${o / t <= 0.5 ? 'met' : 'MISSED'}`);
  console.log(`peak RSS ${oursRss.toFixed(0)} MiB (target < 150 MiB): ${oursRss < 150 ? 'met' : 'MISSED'}`);
  console.log(`saved ${saveResult('hashing', { mib: MIB, runs: RUNS, rows, ratio: o / t })}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

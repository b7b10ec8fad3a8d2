// The end-to-end time of `pyrelease rehearse` on the bundled example, split by
// step: the whole pipeline (bump, build, fetch, publish to the TestPyPI
// stand-in, verify on each interpreter, gate, publish to the PyPI stand-in,
// verify unpinned) as `npm run rehearse` runs it, with --json for the times.
//
//   node bench/rehearse.mjs        (BENCH_RUNS=3, BENCH_PYTHON=2.7,3.x)
//
// Every run starts from nothing (a new temporary git copy, new indexes, new
// environments), so the runs are independent; the table shows the median of
// each step and of the process's wall time.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, root, saveResult, table, timeMs } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PYTHONS = process.env.BENCH_PYTHON ?? '2.7,3.x';
const cli = join(root, 'dist', 'pyrelease', 'index.js');
if (!existsSync(cli)) {
  console.error('dist/pyrelease/index.js is missing: run npm run build first.');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'bench-rehearse-'));
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const res = timeMs(process.execPath, [cli, 'rehearse', '--yes', '--json', '--python', PYTHONS], {
      cwd: work,
      env: { ...process.env, TMPDIR: work },
      maxBuffer: 64 * 1024 * 1024,
    });
    let outcome;
    try {
      outcome = JSON.parse(res.stdout);
    } catch {
      console.error(`run ${i + 1}: no JSON from the rehearsal (exit ${res.code}):\n${res.stderr.slice(-4000)}`);
      process.exit(1);
    }
    if (outcome.result !== 'passed') {
      console.error(`run ${i + 1}: the rehearsal did not pass (${outcome.result}):\n${res.stderr.slice(-4000)}`);
      process.exit(1);
    }
    runs.push({ wallMs: res.ms, outcome });
    console.log(`run ${i + 1}/${RUNS}: ${(res.ms / 1000).toFixed(2)} s wall, ${outcome.totalSeconds.toFixed(2)} s in the pipeline`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const first = runs[0].outcome;
const rows = first.steps.map((step) => {
  const times = runs.map((r) => r.outcome.steps.find((s) => s.id === step.id)?.seconds ?? 0);
  return { step: step.title, 'median s': median(times).toFixed(2), 'min s': Math.min(...times).toFixed(2), 'max s': Math.max(...times).toFixed(2) };
});
const totals = runs.map((r) => r.outcome.totalSeconds);
const walls = runs.map((r) => r.wallMs / 1000);
rows.push({ step: 'pipeline total', 'median s': median(totals).toFixed(2), 'min s': Math.min(...totals).toFixed(2), 'max s': Math.max(...totals).toFixed(2) });
rows.push({ step: 'process wall time', 'median s': median(walls).toFixed(2), 'min s': Math.min(...walls).toFixed(2), 'max s': Math.max(...walls).toFixed(2) });

const pythons = first.legs.filter((l) => l.index === 'testpypi').map((l) => `${l.python} (${l.pythonVersion ?? 'skipped'})`).join(', ');
console.log(`\npyrelease rehearse --yes on ${first.project} ${first.previousVersion} → ${first.version}, Python ${pythons}, ${RUNS} runs\n`);
console.log(table(rows));
const file = saveResult('rehearse', { runs: RUNS, pythons: PYTHONS, rows, medianTotalSeconds: median(totals), medianWallSeconds: median(walls) });
console.log(`\nsaved ${file}`);

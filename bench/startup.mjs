// Action start-up: each bundle given one bad input (it must validate and exit 1)
// versus `node -e 0`, in the same run. Target (issue 18): median overhead under 80 ms.
import { join } from 'node:path';
import { median, root, saveResult, table, timeMs } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const BAD_INPUT = {
  'bump-version': { 'INPUT_BUMP': 'sideways', INPUT_TOKEN: 't', INPUT_REPOSITORY: 'o/r' },
  'create-release': { 'INPUT_COMMIT-SHA': 'not-a-sha', INPUT_TOKEN: 't' },
  'fetch-wheels': { INPUT_SOURCE: 'ftp://example/x', INPUT_DEST: 'dist', INPUT_CONCURRENCY: '4' },
  'pypi-publish': { INPUT_CONCURRENCY: '0' },
  'verify-install': { INPUT_PACKAGE: 'pkg', INPUT_VERSION: 'not a version' },
  'plan-verify': { INPUT_MANIFEST: '/nonexistent/manifest.json' },
  'approval-brief': { INPUT_MANIFEST: '/nonexistent/manifest.json' },
};
const TARGET_MS = 80;

function runs(args, env) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const r = timeMs(process.execPath, args, { env: { PATH: process.env.PATH, ...env }, cwd: root });
    times.push(r.ms);
    if (i === 0 && env && r.code !== 1) throw new Error(`expected exit 1 for ${args.join(' ')}, got ${r.code}: ${r.stdout}${r.stderr}`);
  }
  return median(times);
}

const baseline = runs(['-e', '0']);
const rows = [{ command: 'node -e 0', 'median ms': baseline.toFixed(1), 'overhead ms': '0.0', ratio: '1.00' }];
for (const [name, env] of Object.entries(BAD_INPUT)) {
  const m = runs([join(root, 'dist', name, 'index.js')], env);
  rows.push({ command: `dist/${name} (bad input)`, 'median ms': m.toFixed(1), 'overhead ms': (m - baseline).toFixed(1), ratio: (m / baseline).toFixed(2) });
}
console.log(`Start-up, median of ${RUNS} runs, Node ${process.version}\n`);
console.log(table(rows));
const worst = Math.max(...rows.slice(1).map((r) => Number(r['overhead ms'])));
console.log(`\nworst median overhead ${worst.toFixed(1)} ms (target < ${TARGET_MS} ms): ${worst < TARGET_MS ? 'met' : 'MISSED'}`);
console.log(`saved ${saveResult('startup', { runs: RUNS, rows })}`);

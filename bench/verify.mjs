// verify-install's wall time versus a shell script doing the same job (fresh
// venv, pip install from the index, import check from another directory), in
// the same run, interleaved, against one `pyrelease serve-index`.
// Target: the action at most 1.15x the shell script.
//
//   node bench/verify.mjs            (BENCH_RUNS=7, BENCH_PYTHON=/path/to/python3.X)
//
// Two shell scripts:
// - "shell: venv" is what people write: python -m venv (ensurepip seeds pip),
//   then pip install and the import check. This is the target's baseline.
// - "shell: venv --without-pip" seeds nothing and installs with the base
//   interpreter's pip (pip --python), which is what the action does with its
//   copied pip: the same work without the ensurepip cost, to show where the
//   action's own overhead lies.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { median, root, saveResult, table, timeMs } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function findPython() {
  if (process.env.BENCH_PYTHON) return process.env.BENCH_PYTHON;
  const versions = '/root/.pyenv/versions';
  const found = existsSync(versions) ? readdirSync(versions).filter((v) => /^3\.12\.\d+$/.test(v)) : [];
  if (found.length === 0) {
    console.error('bench/verify needs Python 3.12 under /root/.pyenv/versions (or BENCH_PYTHON=/path/to/python3).');
    process.exit(2);
  }
  return join(versions, found.sort().at(-1), 'bin', 'python3.12');
}

for (const bundle of ['verify-install', 'pyrelease']) {
  if (!existsSync(join(root, 'dist', bundle, 'index.js'))) {
    console.error(`dist/${bundle}/index.js is missing: run npm run build first.`);
    process.exit(2);
  }
}

const python = findPython();
const work = mkdtempSync(join(tmpdir(), 'bench-verify-'));

async function wheel() {
  const files = [
    ['bench_demo/__init__.py', '__version__ = "1.0"\n__commit__ = "bench"\n'],
    ['bench_demo-1.0.dist-info/METADATA', 'Metadata-Version: 2.1\nName: bench-demo\nVersion: 1.0\n\n'],
    ['bench_demo-1.0.dist-info/WHEEL', 'Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n'],
    ['bench_demo-1.0.dist-info/top_level.txt', 'bench_demo\n'],
  ];
  const hash = (s) => `sha256=${createHash('sha256').update(s).digest('base64url')}`;
  const record = [...files.map(([p, s]) => `${p},${hash(s)},${Buffer.byteLength(s)}`), 'bench_demo-1.0.dist-info/RECORD,,'].join('\n') + '\n';
  const zip = new yazl.ZipFile();
  for (const [p, s] of [...files, ['bench_demo-1.0.dist-info/RECORD', record]]) zip.addBuffer(Buffer.from(s), p, { mtime: new Date(2020, 0, 1) });
  zip.end();
  const chunks = [];
  for await (const c of zip.outputStream) chunks.push(c);
  return Buffer.concat(chunks);
}

function startServeIndex() {
  const child = spawn(process.execPath, [join(root, 'dist', 'pyrelease', 'index.js'), 'serve-index', '--dir', join(work, 'index')], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Local package index at (http:\/\/\S+\/)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve-index exited ${code}: ${out}`)));
  });
}

const { child: server, url } = await startServeIndex();
try {
  const bytes = await wheel();
  const form = new FormData();
  for (const [k, v] of Object.entries({
    ':action': 'file_upload', protocol_version: '1', metadata_version: '2.1', name: 'bench-demo', version: '1.0',
    filetype: 'bdist_wheel', pyversion: 'py3', sha256_digest: createHash('sha256').update(bytes).digest('hex'),
  })) form.append(k, v);
  form.append('content', new Blob([bytes]), 'bench_demo-1.0-py3-none-any.whl');
  const up = await fetch(`${url}legacy/`, { method: 'POST', body: form });
  if (up.status !== 200) throw new Error(`upload failed: ${up.status} ${await up.text()}`);
  const index = `${url}simple/`;

  const check = 'import bench_demo, sys, os; assert bench_demo.__version__ == "1.0"; assert os.path.realpath(bench_demo.__file__).startswith(os.path.realpath(sys.prefix))';
  const pipArgs = `install --disable-pip-version-check --no-input --no-cache-dir --index-url "${index}" --only-binary bench-demo bench-demo==1.0`;
  const shellVenv = `set -e
T=$(mktemp -d "$RUNNER_TEMP/shell-XXXXXX"); mkdir "$T/cwd"
"${python}" -m venv "$T/env"
"$T/env/bin/python" -m pip ${pipArgs} >/dev/null
cd "$T/cwd" && "$T/env/bin/python" -c '${check}'
rm -rf "$T"`;
  const shellNoPip = `set -e
T=$(mktemp -d "$RUNNER_TEMP/shell-XXXXXX"); mkdir "$T/cwd"
"${python}" -m venv --without-pip "$T/env"
"${python}" -m pip --python "$T/env/bin/python" ${pipArgs} >/dev/null
cd "$T/cwd" && "$T/env/bin/python" -c '${check}'
rm -rf "$T"`;

  let n = 0;
  const runnerEnv = () => {
    const dir = join(work, `run-${n++}`);
    mkdirSync(join(dir, 'temp'), { recursive: true });
    mkdirSync(join(dir, 'workspace'), { recursive: true });
    for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '');
    return {
      PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8',
      RUNNER_TEMP: join(dir, 'temp'), GITHUB_WORKSPACE: join(dir, 'workspace'),
      GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary'), RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64',
    };
  };
  const action = () => timeMs(process.execPath, [join(root, 'dist', 'verify-install', 'index.js')], {
    env: {
      ...runnerEnv(),
      INPUT_PACKAGE: 'bench-demo', INPUT_VERSION: '1.0', 'INPUT_INDEX-URL': index, INPUT_PYTHON: python,
      INPUT_REPOSITORY: 'pypi', INPUT_PIN: 'true', INPUT_PRE: 'false', 'INPUT_WAIT-TIMEOUT': '60', 'INPUT_REQUIRE-VERSION-ATTRIBUTE': 'true',
    },
  });
  const shell = (script) => () => timeMs('/bin/sh', ['-c', script], { env: runnerEnv() });
  const contenders = [
    ['verify-install (dist/verify-install)', action],
    ['shell: venv + pip install + import', shell(shellVenv)],
    ['shell: venv --without-pip + pip --python + import', shell(shellNoPip)],
  ];
  const times = contenders.map(() => []);
  for (let i = 0; i <= RUNS; i++) {
    contenders.forEach(([name, fn], j) => {
      const r = fn();
      if (r.code !== 0) throw new Error(`${name} failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
      if (i > 0) times[j].push(r.ms); // the first round warms the page cache
    });
  }
  const medians = times.map(median);
  const rows = contenders.map(([name], j) => ({
    command: name,
    'median s': (medians[j] / 1000).toFixed(2),
    'min s': (Math.min(...times[j]) / 1000).toFixed(2),
    'action / this': (medians[0] / medians[j]).toFixed(2),
  }));
  const pipVersion = spawnSync(python, ['-m', 'pip', '--version'], { encoding: 'utf8' }).stdout.split(' ')[1];
  console.log(`verify-install vs shell, median of ${RUNS} interleaved runs, ${python} (pip ${pipVersion}), Node ${process.version}\n`);
  console.log(table(rows));
  const ratio = medians[0] / medians[1];
  console.log(`\naction / shell script (venv + pip install + import): ${ratio.toFixed(2)}x (target <= 1.15x): ${ratio <= 1.15 ? 'met' : 'MISSED'}`);
  console.log(`saved ${saveResult('verify', { runs: RUNS, python, pipVersion, rows, ratio })}`);
} finally {
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

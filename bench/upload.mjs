// Upload throughput and memory: COUNT wheels of SIZE MiB published to a fresh `pyrelease serve-index`
// (a separate process on loopback) by this action at concurrency 1, 4 and its default, and by
// twine (the Debian package), in the same run. Then peak RSS of the action at its default
// concurrency for the other sizes. Targets: concurrency 1 at most 0.7 of twine's wall time on
// loopback (issue 18) and no slower over `--link wan`; concurrency 4 at most half twine's wall
// time on loopback, 0.35 of it over `--link wan`; the default no slower than concurrency 4; peak
// RSS under 150 MiB at every size. The client's and the index's CPU seconds are reported too:
// serve-index hashes, stores and checks every upload (on worker threads beside its event loop),
// and on a machine with few cores the index and the client share the same cores.
//
//   node bench/upload.mjs [--link loopback|wan]
//     loopback (default): the clients talk to the index directly.
//     wan: every contender talks to it through bench/link-proxy.mjs (40 ms round trip, 200 Mbit/s
//     per connection, handshakes and slow start on new connections), a fresh proxy per run; the
//     proxy's self-test runs first and its CPU seconds are reported beside the others.
//
//   BENCH_UPLOAD_COUNT  wheels per run (default 24)
//   BENCH_UPLOAD_MIB    size of each wheel for the timed runs (default 48; 8 with --link wan)
//   BENCH_UPLOAD_RSS_MIB  other sizes for the memory runs, comma-separated (default "8,96"; "48" with --link wan; "" for none)
//   BENCH_UPLOAD_CONCURRENCY  extra concurrency levels to time, comma-separated (default ""), e.g. "2,6,8" to choose a default
//   BENCH_RUNS          rounds of the timed runs, interleaved; medians are reported (default 1)
//   BENCH_NODE_ARGS     extra node flags for the index and the action, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { actionDefault, checkCrossedLink, linkProfile, measure, median, printLinkSelfTest, processCpuSeconds, requireGnuTime, root, saveResult, startLink, table } from './lib.mjs';

requireGnuTime();
const { name: LINK_NAME, link: LINK } = linkProfile();
/** What changes with the link profile: the workload and the targets (loopback: issue 18's 0.7 for concurrency 1; wan: issue 19's). */
const PROFILE = { loopback: { mib: 48, rssMib: '8,96', c1Target: 0.7, c4Target: 0.5 }, wan: { mib: 8, rssMib: '48', c1Target: 1.0, c4Target: 0.35 } }[LINK_NAME];
const COUNT = Number(process.env.BENCH_UPLOAD_COUNT ?? 24);
const MIB = Number(process.env.BENCH_UPLOAD_MIB ?? PROFILE.mib);
const RSS_SIZES = (process.env.BENCH_UPLOAD_RSS_MIB ?? PROFILE.rssMib).split(',').filter(Boolean).map(Number);
const EXTRA_CONCURRENCY = (process.env.BENCH_UPLOAD_CONCURRENCY ?? '').split(',').filter(Boolean).map(Number);
/** What the runner passes when a workflow leaves `concurrency` unset. */
const DEFAULT_CONCURRENCY = Number(actionDefault('pypi-publish', 'concurrency'));
const LEVELS = [...new Set([1, 4, DEFAULT_CONCURRENCY, ...EXTRA_CONCURRENCY])];
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const TOKEN = 'pypi-bench-token';
const ACTION = join(root, 'dist/pypi-publish/index.js');
const CLI = join(root, 'dist/pyrelease/index.js');
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const TWINE = ['/usr/bin/twine', '/usr/local/bin/twine'].find((p) => existsSync(p));

for (const file of [ACTION, CLI]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: build first (node scripts/build.mjs pypi-publish pyrelease)`);
    process.exit(2);
  }
}
if (!TWINE) console.error('twine is not installed (apt-get install -y twine): the twine column is skipped');

const work = mkdtempSync(join(tmpdir(), 'bench-upload-'));
const b64sha = (buf) => `sha256=${createHash('sha256').update(buf).digest('base64url')}`;

/** A payload file of `mib` MiB of random bytes and its RECORD hash; shared by every wheel of that size. */
async function payload(mib) {
  const path = join(work, `payload-${mib}.bin`);
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mib; i++) {
    randomFillSync(chunk);
    hash.update(chunk);
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return { path, record: `sha256=${hash.digest('base64url')}`, size: mib * 1024 * 1024 };
}

/** COUNT valid wheels (METADATA, WHEEL, RECORD, the payload stored) of one project, different tags each. */
async function makeWheels(mib) {
  const dir = join(work, `wheels-${mib}`);
  mkdirSync(dir, { recursive: true });
  const pad = await payload(mib);
  const padBytes = readFileSync(pad.path);
  const pythons = ['cp38', 'cp39', 'cp310', 'cp311', 'cp312', 'cp313'];
  const platforms = ['manylinux_2_17_x86_64', 'manylinux_2_17_aarch64', 'macosx_11_0_arm64', 'win_amd64', 'musllinux_1_2_x86_64', 'macosx_10_9_x86_64'];
  const name = `bench_upload_${mib}`;
  const version = '1.0.0';
  const files = [];
  for (let i = 0; i < COUNT; i++) {
    const py = pythons[i % pythons.length];
    const plat = platforms[Math.floor(i / pythons.length) % platforms.length];
    const tag = `${py}-${py}-${plat}`;
    const distInfo = `${name}-${version}.dist-info`;
    const members = [
      [`${name}/__init__.py`, Buffer.from(`TAG = ${JSON.stringify(tag)}\n`)],
      [`${distInfo}/METADATA`, Buffer.from(`Metadata-Version: 2.1\nName: bench-upload-${mib}\nVersion: ${version}\nSummary: upload benchmark\n\nBenchmark wheel.\n`)],
      [`${distInfo}/WHEEL`, Buffer.from(`Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: false\nTag: ${tag}\n`)],
    ];
    const record = [...members.map(([p, d]) => `${p},${b64sha(d)},${d.length}`), `${name}/_payload.bin,${pad.record},${pad.size}`, `${distInfo}/RECORD,,`].join('\n') + '\n';
    const zip = new yazl.ZipFile();
    for (const [p, d] of members) zip.addBuffer(d, p, { mtime: new Date(2020, 0, 1), mode: 0o100644 });
    // From a buffer: yazl writes a file or stream member with a data descriptor, which PyPI refuses.
    zip.addBuffer(padBytes, `${name}/_payload.bin`, { compress: false, mtime: new Date(2020, 0, 1), mode: 0o100644 });
    zip.addBuffer(Buffer.from(record), `${distInfo}/RECORD`, { mtime: new Date(2020, 0, 1), mode: 0o100644 });
    zip.end();
    const file = join(dir, `${name}-${version}-${tag}.whl`);
    await pipeline(zip.outputStream, createWriteStream(file));
    files.push(file);
  }
  rmSync(pad.path);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const digests = new Map();
  for (const f of files) {
    const h = createHash('sha256');
    await pipeline(createReadStream(f), h);
    digests.set(f.split('/').pop(), h.digest('hex'));
  }
  return { dir, files, digests, bytes };
}

/** A fresh serve-index process; resolves with its upload URL and a stop function. */
async function startIndex(label) {
  const dir = join(work, `index-${label}`);
  rmSync(dir, { recursive: true, force: true });
  const child = spawn(process.execPath, [...NODE_ARGS, CLI, 'serve-index', '--dir', dir, '--port', '0', '--token', TOKEN, '--max-file-size', '200M'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Local package index at (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', () => {});
    child.on('exit', (code) => reject(new Error(`serve-index exited with ${code}: ${out}`)));
  });
  return {
    uploadUrl: `${url}legacy/`,
    port: Number(new URL(url).port),
    dir,
    /** CPU seconds the index process has used (user + system), from /proc. */
    cpuSeconds: () => processCpuSeconds(child.pid) ?? NaN,
    stop: async () => {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every wheel stored once with the local sha256. */
function verifyStored(indexDir, digests) {
  const state = JSON.parse(readFileSync(join(indexDir, 'state.json'), 'utf8'));
  const stored = new Map(state.files.map((f) => [f.filename, f.sha256]));
  if (state.files.length !== digests.size) throw new Error(`the index holds ${state.files.length} files, expected ${digests.size}`);
  for (const [name, sha] of digests) if (stored.get(name) !== sha) throw new Error(`${name} stored with sha256 ${stored.get(name)}, local ${sha}`);
}

function actionEnv(uploadUrl, dir, concurrency) {
  const temp = mkdtempSync(join(work, 'runner-'));
  for (const f of ['output', 'summary']) writeFileSync(join(temp, f), '');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    'INPUT_REPOSITORY': uploadUrl,
    'INPUT_PACKAGES-DIR': dir,
    'INPUT_TOKEN': TOKEN,
    'INPUT_SKIP-EXISTING': 'true',
    'INPUT_CONCURRENCY': String(concurrency),
    'INPUT_PREFLIGHT-ONLY': 'false',
    'INPUT_ATTESTATIONS': 'false',
    'INPUT_MAX-FILE-SIZE': '200M',
  };
}

/** CPU seconds (user + system) of the child processes this one has waited for, from /proc. */
function waitedChildrenCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

async function runContender(label, set, command, args, env) {
  const index = await startIndex(label);
  // Over a link, a fresh proxy in front of the fresh index: the client only knows the proxy's port.
  const link = await startLink(LINK, index.port);
  let linkStats;
  try {
    const uploadUrl = link ? index.uploadUrl.replace(`:${index.port}/`, `:${link.port}/`) : index.uploadUrl;
    // Warm the page cache so every contender reads the wheels from memory.
    for (const f of set.files) spawnSync('cat', [f], { stdio: ['ignore', 'ignore', 'ignore'] });
    // The client's CPU: what the measured command used (the index is still running, so not counted).
    const waitedBefore = waitedChildrenCpuSeconds();
    const res = measure(command, typeof args === 'function' ? args(uploadUrl) : args, { env: typeof env === 'function' ? env(uploadUrl) : env });
    const clientCpu = waitedChildrenCpuSeconds() - waitedBefore;
    if (link) linkStats = await link.stop();
    if (res.code !== 0) throw new Error(`${label} failed (exit ${res.code}):\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-3000)}`);
    if (linkStats) checkCrossedLink(linkStats, 'bytesToServer', set.bytes, label);
    verifyStored(index.dir, set.digests);
    return { ...res, indexCpu: index.cpuSeconds(), clientCpu, linkCpu: linkStats?.cpuSeconds ?? NaN, connections: linkStats?.connections, linkRssMiB: linkStats?.peakRssMiB };
  } finally {
    if (link && !linkStats) await link.stop().catch(() => {});
    await index.stop();
  }
}

try {
  const totalMiB = COUNT * MIB;
  const selfTest = LINK ? await printLinkSelfTest(LINK) : undefined;
  console.log(`Publishing ${COUNT} wheels × ${MIB} MiB (${(totalMiB / 1024).toFixed(2)} GiB) to a fresh serve-index each time, link: ${LINK_NAME}; ${process.version}`);
  const set = await makeWheels(MIB);
  const contenders = [
    ...(TWINE ? [{ label: 'twine upload (Debian package)', key: 'twine', command: TWINE, args: (url) => ['upload', '--repository-url', url, '-u', '__token__', '-p', TOKEN, '--non-interactive', '--disable-progress-bar', ...set.files], env: () => ({ ...process.env, NO_COLOR: '1', PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring' }) }] : []),
    ...LEVELS.map((c) => ({ label: `pypi-publish, concurrency ${c}${c === DEFAULT_CONCURRENCY ? ' (the default)' : ''}`, key: `c${c}`, command: process.execPath, args: () => [...NODE_ARGS, ACTION], env: (url) => actionEnv(url, set.dir, c) })),
  ];
  const samples = new Map(contenders.map((c) => [c.key, []]));
  // Interleaved rounds, so a busy moment on the machine does not land on one contender only.
  for (let round = 0; round < RUNS; round++) {
    for (const c of contenders) samples.get(c.key).push(await runContender(c.key, set, c.command, c.args, c.env));
  }
  const summary = (key) => {
    const runs = samples.get(key);
    return { seconds: median(runs.map((r) => r.seconds)), maxRssMiB: Math.max(...runs.map((r) => r.maxRssMiB)), indexCpu: median(runs.map((r) => r.indexCpu)), clientCpu: median(runs.map((r) => r.clientCpu)), linkCpu: median(runs.map((r) => r.linkCpu)), connections: Math.max(...runs.map((r) => r.connections ?? 0)), linkRssMiB: Math.max(...runs.map((r) => r.linkRssMiB ?? 0)), all: runs.map((r) => r.seconds) };
  };
  const rows = contenders.map((c) => {
    const r = summary(c.key);
    return {
      contender: c.label,
      [`wall s${RUNS > 1 ? ` (median of ${RUNS})` : ''}`]: r.seconds.toFixed(2),
      ...(RUNS > 1 ? { runs: r.all.map((x) => x.toFixed(1)).join(' ') } : {}),
      'MiB/s': (totalMiB / r.seconds).toFixed(0),
      'peak RSS MiB': r.maxRssMiB.toFixed(0),
      'client CPU s': r.clientCpu.toFixed(1),
      'index CPU s': r.indexCpu.toFixed(1),
      ...(LINK ? { 'link proxy CPU s': r.linkCpu.toFixed(1), 'link proxy RSS MiB': r.linkRssMiB, connections: r.connections } : {}),
    };
  });
  const twine = TWINE ? summary('twine') : undefined;
  const c1 = summary('c1');
  const c4 = summary('c4');
  const byDefault = summary(`c${DEFAULT_CONCURRENCY}`);
  rmSync(set.dir, { recursive: true, force: true });

  // Memory at the default concurrency: the one users run with.
  const memory = [{ 'wheel MiB': MIB, concurrency: DEFAULT_CONCURRENCY, 'peak RSS MiB': byDefault.maxRssMiB.toFixed(0), 'wall s': byDefault.seconds.toFixed(2) }];
  for (const size of RSS_SIZES.filter((s) => s !== MIB)) {
    const other = await makeWheels(size);
    const r = await runContender(`rss${size}`, other, process.execPath, [ACTION], (url) => actionEnv(url, other.dir, DEFAULT_CONCURRENCY));
    memory.push({ 'wheel MiB': size, concurrency: DEFAULT_CONCURRENCY, 'peak RSS MiB': r.maxRssMiB.toFixed(0), 'wall s': r.seconds.toFixed(2) });
    rmSync(other.dir, { recursive: true, force: true });
  }

  console.log(`\n${table(rows)}\n`);
  console.log(`${table(memory)}\n`);
  const verdicts = [];
  if (twine) {
    const target = PROFILE.c4Target;
    verdicts.push(`concurrency 1 / twine = ${(c1.seconds / twine.seconds).toFixed(2)} (target <= ${PROFILE.c1Target.toFixed(2)}): ${c1.seconds <= twine.seconds * PROFILE.c1Target ? 'met' : 'MISSED'}`);
    verdicts.push(`concurrency 4 / twine = ${(c4.seconds / twine.seconds).toFixed(2)} (target <= ${target.toFixed(2)}): ${c4.seconds <= twine.seconds * target ? 'met' : 'MISSED'}`);
    for (const c of LEVELS.filter((l) => l !== 1 && l !== 4)) {
      const r = summary(`c${c}`);
      verdicts.push(`concurrency ${c} / twine = ${(r.seconds / twine.seconds).toFixed(2)}, peak RSS ${r.maxRssMiB.toFixed(0)} MiB`);
    }
    // The index (and the proxy) run on the same machine: whatever CPU the processes need together
    // bounds the wall time from below, however well the client overlaps its work with the index's.
    const cores = cpus().length;
    const needed = c4.clientCpu + c4.indexCpu + (LINK ? c4.linkCpu : 0);
    verdicts.push(
      `concurrency 4 needed ${needed.toFixed(1)} CPU-s (client ${c4.clientCpu.toFixed(1)} + index ${c4.indexCpu.toFixed(1)}${LINK ? ` + link proxy ${c4.linkCpu.toFixed(1)}` : ''}): `
        + `on ${cores} CPUs no run of it can take less than ${(needed / cores).toFixed(2)} s; ${target} of twine's time is ${(twine.seconds * target).toFixed(2)} s`,
    );
  }
  verdicts.push(
    DEFAULT_CONCURRENCY === 4
      ? 'the default (actions/pypi-publish/action.yml) is concurrency 4'
      // Issue 19 sets this target over the link, where the default is chosen; on loopback both are CPU bound.
      : LINK
        ? `default (concurrency ${DEFAULT_CONCURRENCY}) / concurrency 4 = ${(byDefault.seconds / c4.seconds).toFixed(2)} (target <= 1.00): ${byDefault.seconds <= c4.seconds ? 'met' : 'MISSED'}`
        : `default (concurrency ${DEFAULT_CONCURRENCY}) / concurrency 4 = ${(byDefault.seconds / c4.seconds).toFixed(2)} (a target over --link wan only; on loopback both are bound by CPU)`,
  );
  if (LINK) {
    // What the link alone allows: every byte at the per-connection rate on `c` connections at once.
    const atRate = (connections) => set.bytes / ((connections * LINK.rateMbit * 1e6) / 8);
    verdicts.push(`the link alone: one connection cannot move these ${(set.bytes / 1e6).toFixed(0)} MB in less than ${atRate(1).toFixed(2)} s, four connections in less than ${atRate(4).toFixed(2)} s`);
  }
  const worst = Math.max(...memory.map((m) => Number(m['peak RSS MiB'])));
  verdicts.push(`peak RSS ${worst.toFixed(0)} MiB at worst (target < 150): ${worst < 150 ? 'met' : 'MISSED'}`);
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(verdicts.join('\n'));
  console.log(`load average at the end: ${load.join(' ')} (on ${cpus().length} CPUs)`);
  const resultName = LINK ? `upload-${LINK_NAME}` : 'upload';
  console.log(`saved ${saveResult(resultName, { link: LINK_NAME, linkModel: LINK, linkSelfTest: selfTest, defaultConcurrency: DEFAULT_CONCURRENCY, count: COUNT, mib: MIB, runs: RUNS, rows, memory, verdicts, load })}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// fetch-wheels throughput and memory: 30 wheels (ray and ray_cpp, 5 Python tags × 3 platforms)
// of BENCH_FETCH_MB MB each in a moto_server bucket, fetched in one run by
//   - dist/fetch-wheels/index.js (listing, parallel download, sha256 in the stream, preflight,
//     manifest) at its default concurrency (actions/fetch-wheels/action.yml) and at the levels in
//     BENCH_FETCH_CONCURRENCY (comma-separated, e.g. "2,8,12", to choose the default from),
//   - the image's AWS CLI: aws --endpoint-url … s3 cp --recursive (dummy credentials), as it comes
//     and tuned to whole-object GETs (BENCH_FETCH_AWS_CONCURRENCY at a time, default 10),
//   - sequential curl, one file after the other.
// Targets: fetch-wheels no slower than the AWS CLI as it comes (and, over --link wan, at most 1.1×
// the tuned CLI); its peak RSS under 150 MiB and independent of wheel size (a run with
// BENCH_FETCH_SMALL_MB-sized wheels, default 2, is measured for comparison).
// BENCH_RUNS (default 3) runs of each; medians. Needs moto_server, aws, curl, GNU time, dist/ built.
//
//   node bench/fetch.mjs [--link loopback|wan]
//     loopback (default): every contender talks to moto_server directly; wheels of 40 MB.
//     wan: every contender talks to it through bench/link-proxy.mjs (40 ms round trip, 200 Mbit/s
//     per connection, handshakes and slow start on new connections), a fresh proxy per run, and
//     the wheels are 8 MB; the proxy's self-test runs first and its CPU seconds are reported.
//     moto_server closes every connection, S3 does not: bench/keepalive-front.mjs between the
//     proxy and moto_server keeps the clients' connections open (its CPU counts as the server's).
import { spawn, spawnSync } from 'node:child_process';
import { createCipheriv, createHash } from 'node:crypto';
import { accessSync, closeSync, constants, existsSync, openSync, writeSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import aws4 from 'aws4';
import { startHelper } from './helper-process.mjs';
import { actionDefault, checkCrossedLink, linkProfile, measure, median, printLinkSelfTest, processCpuSeconds, requireGnuTime, root, saveResult, startLink, table } from './lib.mjs';

requireGnuTime();
const { name: LINK_NAME, link: LINK } = linkProfile();
/** What changes with the link profile: the wheel size and whether the tuned CLI has a target (issue 19). */
const PROFILE = { loopback: { mb: 40, tunedTarget: undefined }, wan: { mb: 8, tunedTarget: 1.1 } }[LINK_NAME];
const MB = Number(process.env.BENCH_FETCH_MB ?? PROFILE.mb);
/** What the runner passes when a workflow leaves `concurrency` unset; the other levels are extra rows. */
const DEFAULT_CONCURRENCY = Number(actionDefault('fetch-wheels', 'concurrency'));
const LEVELS = [...new Set([DEFAULT_CONCURRENCY, ...(process.env.BENCH_FETCH_CONCURRENCY ?? '').split(',').filter(Boolean).map(Number)])];
const AWS_TUNED_CONCURRENCY = Number(process.env.BENCH_FETCH_AWS_CONCURRENCY ?? 10);
const SMALL_MB = Number(process.env.BENCH_FETCH_SMALL_MB ?? 2);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUNDLE = process.env.BENCH_FETCH_BUNDLE ?? join(root, 'dist/fetch-wheels/index.js');
const BUCKET = 'bench-wheels';
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const PYTHONS = ['cp39', 'cp310', 'cp311', 'cp312', 'cp313'];
const PLATFORMS = ['manylinux2014_x86_64', 'manylinux2014_aarch64', 'macosx_12_0_arm64'];
const EXPECT = PYTHONS.flatMap((py) => PLATFORMS.map((p) => `${py}-${py}-${p}`));

function executable(p) {
  try {
    accessSync(p, constants.X_OK);
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
/** A tool inside a pyenv version beats the pyenv shim (which fails when the global version differs). */
function findTool(name) {
  const versions = join(process.env.PYENV_ROOT || '/root/.pyenv', 'versions');
  const inPyenv = existsSync(versions)
    ? readdirSync(versions).sort().reverse().map((v) => join(versions, v, 'bin', name)).find(executable)
    : undefined;
  return inPyenv ?? (process.env.PATH ?? '').split(delimiter).map((d) => join(d, name)).find(executable);
}

const moto = findTool('moto_server');
const aws = findTool('aws');
const curl = findTool('curl');
for (const [tool, path] of [['moto_server', moto], ['aws', aws], ['curl', curl]]) {
  if (!path) {
    console.error(`bench/fetch needs ${tool}`);
    process.exit(2);
  }
}
if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: node scripts/build.mjs fetch-wheels`);
  process.exit(2);
}

/** Deterministic incompressible bytes, streamed (AES-128-CTR keystream). */
function pad(seed, size) {
  const key = createHash('sha256').update(seed).digest().subarray(0, 16);
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(1024 * 1024);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) return this.push(null);
      const n = Math.min(left, zeros.length);
      left -= n;
      this.push(cipher.update(zeros.subarray(0, n)));
    },
  });
}
async function streamSha(stream) {
  const h = createHash('sha256');
  for await (const c of stream) h.update(c);
  return h.digest('base64url');
}
const rec = (buf) => createHash('sha256').update(buf).digest('base64url');

/** A valid wheel (METADATA, WHEEL, RECORD) with a stored padding member of `size` bytes. */
async function wheel(name, version, tags, size) {
  const imp = name;
  const distInfo = `${name}-${version}.dist-info`;
  const init = Buffer.from(`__version__ = "${version}"\n`);
  const meta = Buffer.from(`Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: bench\n`);
  const wheelFile = Buffer.from(`Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: false\nTag: ${tags}\n`);
  const seed = `${name}-${tags}`;
  const padSha = await streamSha(pad(seed, size));
  const record = Buffer.from(
    [
      `${imp}/__init__.py,sha256=${rec(init)},${init.length}`,
      `${imp}/_pad.bin,sha256=${padSha},${size}`,
      `${distInfo}/METADATA,sha256=${rec(meta)},${meta.length}`,
      `${distInfo}/WHEEL,sha256=${rec(wheelFile)},${wheelFile.length}`,
      `${distInfo}/RECORD,,`,
    ].join('\n') + '\n',
  );
  const zip = new yazl.ZipFile();
  const mtime = new Date(2020, 0, 1);
  zip.addBuffer(init, `${imp}/__init__.py`, { mtime });
  // From a buffer: yazl writes a streamed member with a data descriptor, which PyPI refuses.
  const padChunks = [];
  for await (const c of pad(seed, size)) padChunks.push(c);
  zip.addBuffer(Buffer.concat(padChunks), `${imp}/_pad.bin`, { mtime, compress: false });
  zip.addBuffer(meta, `${distInfo}/METADATA`, { mtime });
  zip.addBuffer(wheelFile, `${distInfo}/WHEEL`, { mtime });
  zip.addBuffer(record, `${distInfo}/RECORD`, { mtime });
  zip.end();
  const chunks = [];
  for await (const c of zip.outputStream) chunks.push(c);
  return { name: `${name}-${version}-${tags}.whl`, bytes: Buffer.concat(chunks) };
}

/**
 * moto_server logs a line per request. Its output goes to a file, not a pipe: the contenders run
 * under spawnSync, which stops this process from reading a pipe, and once the pipe was full every
 * moto_server thread blocked behind the one writing the log line. That was the "moto_server stalls"
 * this benchmark used to retry around.
 */
async function startMoto() {
  const logDir = mkdtempSync(join(tmpdir(), 'bench-moto-'));
  const log = join(logDir, 'moto.log');
  const fd = openSync(log, 'w');
  const child = spawn(moto, ['-H', '127.0.0.1', '-p', '0'], { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exited;
  child.once('exit', (code) => (exited = code));
  let port;
  for (const started = Date.now(); port === undefined; await new Promise((r) => setTimeout(r, 100))) {
    const out = readFileSync(log, 'utf8');
    const m = /Running on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
    if (m) port = Number(m[1]);
    else if (exited !== undefined || Date.now() - started > 30_000) throw new Error(`moto_server did not start (exit ${exited}): ${out}`);
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    cpuSeconds: () => processCpuSeconds(child.pid),
    stop: () => {
      child.kill('SIGTERM');
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}

const CREDS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
async function s3(endpoint, method, path, body, headers = {}) {
  const url = new URL(`${endpoint}${path}`);
  const signed = aws4.sign({ host: url.host, path: url.pathname, method, service: 's3', region: 'us-east-1', headers: { 'content-type': 'application/octet-stream', ...headers }, body }, CREDS);
  const sent = Object.fromEntries(Object.entries(signed.headers).filter(([k]) => k.toLowerCase() !== 'host').map(([k, v]) => [k, String(v)]));
  const res = await fetch(url, { method, headers: sent, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
}

/** Puts 30 wheels of `size` bytes under a prefix; returns name → sha256 hex, and their total size. */
async function seed(endpoint, prefix, size) {
  const digests = {};
  let bytes = 0;
  for (const pkg of ['ray', 'ray_cpp']) {
    for (const tags of EXPECT) {
      const w = await wheel(pkg, '2.9.0', tags, size);
      digests[w.name] = createHash('sha256').update(w.bytes).digest('hex');
      bytes += w.bytes.length;
      await s3(endpoint, 'PUT', `/${BUCKET}/${prefix}${w.name}`, w.bytes, { 'x-amz-acl': 'public-read' });
    }
  }
  return { digests, bytes };
}

/**
 * Compares a contender's files with the seeded ones, then deletes them. Deleting at once keeps
 * the contenders on equal terms: on a VM, page-cache pages the guest has never touched cost
 * about four times as much to write into as recycled ones (dd of 1.2 GB: 1.4 s against 0.25 s
 * of system time), so a contender writing while the others' output still holds the warm pages
 * would pay for it.
 */
function check(dir, want, who) {
  const got = {};
  for (const n of readdirSync(dir)) if (n.endsWith('.whl')) got[n] = createHash('sha256').update(readFileSync(join(dir, n))).digest('hex');
  rmSync(dir, { recursive: true, force: true });
  const a = JSON.stringify(Object.entries(got).sort());
  const b = JSON.stringify(Object.entries(want).sort());
  if (a !== b) throw new Error(`${who} did not produce the expected 30 files byte for byte`);
}

/** Writes and deletes a file as large as one contender's output, so no contender meets cold pages first (see check()). */
function warmPageCache(work, bytes) {
  const file = join(work, 'warm-up');
  const block = Buffer.alloc(8 * 1024 * 1024, 1);
  const fd = openSync(file, 'w');
  try {
    for (let written = 0; written < bytes; written += block.length) writeSync(fd, block);
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
}

function runFetchWheels(endpoint, prefix, work, concurrency) {
  const workspace = join(work, 'ws');
  rmSync(workspace, { recursive: true, force: true });
  mkdirSync(workspace, { recursive: true });
  const out = join(work, 'output');
  const summary = join(work, 'summary');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: work,
    INPUT_SOURCE: `s3://${BUCKET}/${prefix}`,
    'INPUT_S3-ENDPOINT': endpoint,
    INPUT_PACKAGES: 'ray ray_cpp',
    INPUT_VERSION: '2.9.0',
    INPUT_EXPECT: EXPECT.join('\n'),
    INPUT_DEST: 'dist',
    INPUT_CONCURRENCY: String(concurrency),
    'INPUT_WAIT-TIMEOUT': '0',
    'INPUT_MAX-TOTAL-SIZE': '20G',
  };
  // BENCH_FETCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to look inside.
  const nodeArgs = (process.env.BENCH_FETCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const r = measure(process.execPath, [...nodeArgs, BUNDLE], { env, cwd: workspace });
  if (r.code !== 0) throw new Error(`fetch-wheels failed:\n${r.stdout}\n${r.stderr}`);
  // The action's own account of where the time went (its job summary).
  const phases = /<td>Time<\/td><td>([^<]+)<\/td>/.exec(readFileSync(summary, 'utf8'))?.[1] ?? '';
  // BENCH_VERBOSE=2: the action's own log too (each file's time, its retries).
  if (process.env.BENCH_VERBOSE === '2') console.log(r.stdout);
  if (process.env.BENCH_VERBOSE) console.log(`fetch-wheels: ${r.seconds} s wall, ${r.userSeconds} s user, ${r.systemSeconds} s system, ${r.maxRssMiB.toFixed(0)} MiB; ${phases}`);
  return { ...r, dir: join(workspace, 'dist'), phases };
}

let awsHangs = 0;
function runAws(endpoint, prefix, work, wholeObjects) {
  const dest = join(work, 'aws');
  rmSync(dest, { recursive: true, force: true });
  // The CLI as it comes: 10 requests at a time, objects over 8 MiB fetched as concurrent 8 MiB
  // ranged GETs. Against moto_server those cost the server four times the CPU of whole-object
  // GETs (it copies each range out of the object), so the CLI is also measured fetching whole
  // objects (multipart_threshold above the object size), its fastest here.
  const config = join(work, 'aws-config');
  writeFileSync(config, wholeObjects ? `[default]\ns3 =\n  multipart_threshold = 4GB\n  max_concurrent_requests = ${AWS_TUNED_CONCURRENCY}\n` : '[default]\n');
  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'dummy', AWS_SECRET_ACCESS_KEY: 'dummy', AWS_DEFAULT_REGION: 'us-east-1', AWS_CONFIG_FILE: config };
  // A guard, not expected to fire since moto_server logs to a file (see startMoto): an attempt
  // still running after 120 s is killed, counted, and run again.
  for (let attempt = 1; ; attempt++) {
    rmSync(dest, { recursive: true, force: true });
    // coreutils timeout, so the CLI itself is killed (and GNU time still sees its peak RSS).
    const r = measure('timeout', ['-s', 'KILL', '120', aws, '--endpoint-url', endpoint, 's3', 'cp', '--recursive', '--only-show-errors', `s3://${BUCKET}/${prefix}`, dest], { env });
    if (r.code === 137 || r.code === 124) {
      if (attempt >= 3) {
        console.log('aws s3 cp stalled three times in a row: this round has no AWS CLI sample');
        return undefined;
      }
      awsHangs++;
      console.log(`aws s3 cp: attempt ${attempt} did not finish within 120 s (moto_server stalled); running it again`);
      continue;
    }
    if (r.code !== 0) throw new Error(`aws failed: ${r.stderr}`);
    return { ...r, dir: dest };
  }
}

function runCurl(endpoint, prefix, names, work) {
  const dest = join(work, 'curl');
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  // moto_server stalls now and then for curl too (seen once: a first GET that never answered); a
  // file not done within 60 s fails the attempt (curl exit 28), which is counted and run again.
  const script = names.map((n) => `${curl} -sS --fail --max-time 60 -o '${join(dest, n)}' '${endpoint}/${BUCKET}/${prefix}${n}'`).join(' && ');
  for (let attempt = 1; ; attempt++) {
    const r = measure('/bin/sh', ['-c', script]);
    if (r.code === 28 && attempt < 3) {
      curlHangs++;
      console.log(`curl: attempt ${attempt} stalled (moto_server); running it again`);
      continue;
    }
    if (r.code !== 0) throw new Error(`curl failed: ${r.stderr}`);
    return { ...r, dir: dest };
  }
}
let curlHangs = 0;

const work = mkdtempSync(join(tmpdir(), 'bench-fetch-'));
const selfTest = LINK ? await printLinkSelfTest(LINK) : undefined;
const server = await startMoto();
// Over a link, clients reach moto_server through a keep-alive front, as they would keep their connections to S3.
const front = LINK ? await startHelper('keepalive-front', join(root, 'bench/keepalive-front.mjs'), ['--target', `127.0.0.1:${server.port}`]) : undefined;
/** CPU seconds of the server side: moto_server and, over a link, the keep-alive front. */
const serverCpuSeconds = () => {
  const moto = server.cpuSeconds();
  if (!front) return moto;
  const f = processCpuSeconds(front.pid);
  return moto === undefined || f === undefined ? undefined : moto + f;
};
try {
  await s3(server.endpoint, 'PUT', `/${BUCKET}`);
  const big = `releases/2.9.0/${SHA}/`;
  const small = `releases/2.9.0/${'f'.repeat(40)}/`;
  const seeded = Date.now();
  const { digests: want, bytes: bigBytes } = await seed(server.endpoint, big, MB * 1000 * 1000);
  const { digests: wantSmall, bytes: smallBytes } = await seed(server.endpoint, small, SMALL_MB * 1000 * 1000);
  console.log(`Seeded 2 × 30 wheels (${MB} MB and ${SMALL_MB} MB each) into moto_server in ${((Date.now() - seeded) / 1000).toFixed(1)} s; link: ${LINK_NAME}`);
  const names = Object.keys(want).sort();

  const ours = (c) => `ours${c}`;
  // BENCH_FETCH_ONLY=ours skips the other contenders (for looking into fetch-wheels alone).
  const contenders = [
    ...LEVELS.map((c) => ({ key: ours(c), who: `fetch-wheels (concurrency ${c})`, run: (endpoint) => runFetchWheels(endpoint, big, work, c) })),
    ...(process.env.BENCH_FETCH_ONLY === 'ours'
      ? []
      : [
          { key: 'aws', who: 'aws s3 cp', run: (endpoint) => runAws(endpoint, big, work) },
          { key: 'awsWhole', who: 'aws s3 cp (whole objects)', run: (endpoint) => runAws(endpoint, big, work, true) },
          { key: 'curl', who: 'curl', run: (endpoint) => runCurl(endpoint, big, names, work) },
        ]),
  ];
  warmPageCache(work, MB * 1000 * 1000 * 30 * 1.25);
  const results = Object.fromEntries(contenders.map((c) => [c.key, []]));
  const rss = { ...Object.fromEntries(contenders.map((c) => [c.key, 0])), oursSmall: 0 };
  // CPU seconds of each contender, of moto_server while serving it and of the link proxy: on two
  // cores they share, what the server and the proxy need bounds everyone's wall time.
  const cpu = Object.fromEntries(contenders.map((c) => [c.key, { own: [], moto: [], link: [], linkRssMiB: [], connections: [] }]));
  /** One timed run of a contender, through a fresh link proxy when there is a link. */
  const timed = async (run, bytes, who) => {
    const link = await startLink(LINK, front ? front.port : server.port);
    let stats;
    try {
      const endpoint = link ? `http://127.0.0.1:${link.port}` : server.endpoint;
      const before = serverCpuSeconds();
      const r = run(endpoint);
      const after = serverCpuSeconds();
      if (link) stats = await link.stop();
      if (r && stats) checkCrossedLink(stats, 'bytesToClient', bytes, who);
      return r && { ...r, serverCpuSeconds: before === undefined || after === undefined ? NaN : after - before, linkCpuSeconds: stats?.cpuSeconds ?? NaN, connections: stats?.connections, linkRssMiB: stats?.peakRssMiB };
    } finally {
      if (link && !stats) await link.stop().catch(() => {});
    }
  };
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so that moto's and the page cache's state favour no one.
    for (const c of contenders) {
      const r = await timed(c.run, bigBytes, c.who);
      if (!r) continue; // the AWS CLI stalled three times (see runAws)
      check(r.dir, want, c.who);
      results[c.key].push(r.seconds);
      cpu[c.key].own.push(r.cpuSeconds);
      cpu[c.key].moto.push(r.serverCpuSeconds);
      cpu[c.key].link.push(r.linkCpuSeconds);
      if (r.connections !== undefined) cpu[c.key].connections.push(r.connections);
      if (r.linkRssMiB !== undefined) cpu[c.key].linkRssMiB.push(r.linkRssMiB);
      rss[c.key] = Math.max(rss[c.key], r.maxRssMiB);
      if (r.phases !== undefined) (results.phases ??= {})[c.key] = [...(results.phases?.[c.key] ?? []), r.phases];
    }
    const s = await timed((endpoint) => runFetchWheels(endpoint, small, work, DEFAULT_CONCURRENCY), smallBytes, 'fetch-wheels (small)');
    check(s.dir, wantSmall, 'fetch-wheels (small)');
    rss.oursSmall = Math.max(rss.oursSmall, s.maxRssMiB);
  }
  if (process.env.BENCH_FETCH_ONLY === 'ours') {
    for (const c of LEVELS) {
      const k = ours(c);
      console.log(`fetch-wheels only, concurrency ${c}: median ${median(results[k]).toFixed(2)} s, CPU ${median(cpu[k].own).toFixed(2)} s (${front ? 'moto_server + front' : 'moto_server'} ${median(cpu[k].moto).toFixed(2)} s${LINK ? `, link proxy ${median(cpu[k].link).toFixed(2)} s` : ''}), peak RSS ${rss[k].toFixed(0)} MiB (${MB} MB wheels)`);
    }
    console.log(`fetch-wheels peak RSS with ${SMALL_MB} MB wheels: ${rss.oursSmall.toFixed(0)} MiB`);
  } else {
    report(results, rss, cpu, selfTest);
  }
} finally {
  await front?.stop().catch(() => {});
  server.stop();
  rmSync(work, { recursive: true, force: true });
}

function report(results, rss, cpu, selfTest) {
  const total = MB * 30; // MB
  const m = Object.fromEntries(Object.entries(results).filter(([k]) => k !== 'phases').map(([k, v]) => [k, median(v)]));
  const row = (key, contender) => ({
    contender,
    'median s': m[key].toFixed(2),
    'MB/s': (total / m[key]).toFixed(0),
    'vs aws': (m[key] / m.aws).toFixed(2),
    'CPU s': median(cpu[key].own).toFixed(2),
    [LINK ? 'moto + front CPU s' : 'moto CPU s']: median(cpu[key].moto).toFixed(2),
    ...(LINK ? { 'link proxy CPU s': median(cpu[key].link).toFixed(2), 'link proxy RSS MiB': Math.max(...cpu[key].linkRssMiB), connections: Math.max(...cpu[key].connections) } : {}),
    'peak RSS MiB': rss[key].toFixed(0),
  });
  const ours = (c) => `ours${c}`;
  const tuned = `whole-object GETs, ${AWS_TUNED_CONCURRENCY} at a time`;
  const rows = [
    ...LEVELS.map((c) => row(ours(c), `fetch-wheels (list, download ×${c}${c === DEFAULT_CONCURRENCY ? ', the default' : ''}, sha256, preflight, manifest)`)),
    row('aws', 'aws s3 cp --recursive (the CLI as it comes)'),
    row('awsWhole', `aws s3 cp --recursive (${tuned})`),
    row('curl', 'curl, one file after another'),
  ];
  const where = LINK ? 'through the wan link proxy' : 'on loopback';
  console.log(`\n30 wheels × ${MB} MB (${(total / 1000).toFixed(2)} GB) from moto_server ${where}, median of ${RUNS} runs, every result byte-identical\n`);
  console.log(table(rows));
  const def = ours(DEFAULT_CONCURRENCY);
  const speedOk = m[def] <= m.aws;
  const tunedTarget = PROFILE.tunedTarget;
  const tunedOk = tunedTarget === undefined || m[def] <= m.awsWhole * tunedTarget;
  const rssOk = rss[def] < 150;
  const flat = Math.abs(rss[def] - rss.oursSmall) < 25;
  console.log(`\nfetch-wheels / aws (the CLI as it comes): ${(m[def] / m.aws).toFixed(2)} (target <= 1.00): ${speedOk ? 'met' : 'MISSED'}`);
  console.log(
    tunedTarget === undefined
      ? `fetch-wheels / aws (${tuned}): ${(m[def] / m.awsWhole).toFixed(2)}${m[def] <= m.awsWhole ? '' : ' (slower than the CLI tuned for this server)'}`
      : `fetch-wheels / aws (${tuned}): ${(m[def] / m.awsWhole).toFixed(2)} (target <= ${tunedTarget.toFixed(2)}): ${tunedOk ? 'met' : 'MISSED'}`,
  );
  console.log(`fetch-wheels / sequential curl: ${(m[def] / m.curl).toFixed(2)}`);
  for (const c of LEVELS.filter((l) => l !== DEFAULT_CONCURRENCY)) {
    console.log(`fetch-wheels at concurrency ${c} / aws (the CLI as it comes) = ${(m[ours(c)] / m.aws).toFixed(2)}, / aws (${tuned}) = ${(m[ours(c)] / m.awsWhole).toFixed(2)}, peak RSS ${rss[ours(c)].toFixed(0)} MiB`);
  }
  console.log(`fetch-wheels peak RSS: ${rss[def].toFixed(0)} MiB with ${MB} MB wheels, ${rss.oursSmall.toFixed(0)} MiB with ${SMALL_MB} MB wheels (target < 150 MiB, independent of size): ${rssOk && flat ? 'met' : 'MISSED'}`);
  console.log(`the default concurrency (actions/fetch-wheels/action.yml) is ${DEFAULT_CONCURRENCY}`);
  const file = saveResult(LINK ? `fetch-${LINK_NAME}` : 'fetch', {
    link: LINK_NAME,
    linkModel: LINK,
    linkSelfTest: selfTest,
    defaultConcurrency: DEFAULT_CONCURRENCY,
    wheelMB: MB,
    smallWheelMB: SMALL_MB,
    runs: RUNS,
    rows,
    seconds: results,
    medians: m,
    cpuSeconds: cpu,
    awsAttemptsKilledAfterStall: awsHangs,
    curlAttemptsStalled: curlHangs,
    peakRssMiB: rss,
    targets: { noSlowerThanAws: speedOk, ...(tunedTarget === undefined ? {} : { withinTunedAws: tunedOk }), rssUnder150: rssOk, rssIndependentOfSize: flat },
  });
  console.log(`\nsaved ${file}`);
  if (!speedOk || !tunedOk || !rssOk || !flat) process.exitCode = 1;
}

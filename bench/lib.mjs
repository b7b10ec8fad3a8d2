// Shared by the benchmarks: run a command under GNU time to get wall time and
// peak RSS, medians, and a results file under bench/results/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { describeLink, formatSelfTest, LINKS, selfTest, startLinkProxy } from './link-proxy.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GNU_TIME = '/usr/bin/time';

export function requireGnuTime() {
  if (!existsSync(GNU_TIME)) {
    console.error('The benchmarks need GNU time for peak memory: apt-get install -y time');
    process.exit(2);
  }
}

/** Runs once; returns { seconds, cpuSeconds (user + system), maxRssMiB, code, stdout, stderr }. */
export function measure(command, args, options = {}) {
  const res = spawnSync(GNU_TIME, ['-f', '__BENCH__ %e %M %U %S', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  const line = res.stderr.split('\n').reverse().find((l) => l.startsWith('__BENCH__ '));
  if (!line) throw new Error(`could not measure ${command} ${args.join(' ')}: ${res.stderr}`);
  const [, seconds, kib, user, system] = line.split(' ');
  return { seconds: Number(seconds), cpuSeconds: Number(user) + Number(system), userSeconds: Number(user), systemSeconds: Number(system), maxRssMiB: Number(kib) / 1024, code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** Wall time in ms measured in-process (GNU time has only 10 ms resolution). */
export function timeMs(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const res = spawnSync(command, args, { encoding: 'utf8', ...options });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, code: res.status, stdout: res.stdout, stderr: res.stderr };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function saveResult(name, result) {
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ name, at: new Date().toISOString(), node: process.version, ...result }, null, 2)}\n`);
  return file;
}

export function table(rows) {
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(width[i])).join('  ');
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => r[c])))].join('\n');
}

/** CPU seconds (user + system) a running process has used so far, from /proc; undefined where there is none. */
export function processCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** sysconf(_SC_CLK_TCK): 100 on every Linux the runners use. */
const CLOCK_TICKS = 100;

/**
 * The link profile a benchmark runs over, from `--link NAME` (or `--link=NAME`) on its command
 * line: `loopback` (the default; no proxy) or `wan` (bench/link-proxy.mjs between every client and
 * its server). Exits with a message for an unknown name.
 */
export function linkProfile(argv = process.argv.slice(2)) {
  let name = 'loopback';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--link') name = argv[++i];
    else if (argv[i].startsWith('--link=')) name = argv[i].slice('--link='.length);
    else {
      console.error(`unknown argument '${argv[i]}' (benchmarks take --link ${Object.keys(LINKS).join('|')})`);
      process.exit(2);
    }
  }
  if (!Object.hasOwn(LINKS, name ?? '')) {
    console.error(`unknown link profile '${name}'; have: ${Object.keys(LINKS).join(', ')}`);
    process.exit(2);
  }
  return { name, link: LINKS[name] };
}

/**
 * Starts the link proxy (its own process) in front of 127.0.0.1:targetPort; undefined for loopback.
 * stop() resolves with its stats (connections, bytes each way) and the CPU seconds it spent after
 * it was listening, so a reader can see whether it ever was the bottleneck.
 */
export async function startLink(link, targetPort) {
  if (!link) return undefined;
  const proxy = await startLinkProxy(targetPort, link);
  const cpuAtStart = processCpuSeconds(proxy.pid);
  return {
    port: proxy.port,
    async stop() {
      const cpu = processCpuSeconds(proxy.pid);
      const stats = await proxy.stop();
      return { ...stats, cpuSeconds: cpu === undefined || cpuAtStart === undefined ? NaN : cpu - cpuAtStart };
    },
  };
}

/** Fails the run when a contender's bytes did not all cross the link (it talked to the server directly). */
export function checkCrossedLink(stats, direction, minBytes, who) {
  if (stats[direction] < minBytes) {
    throw new Error(`${who}: only ${stats[direction]} bytes crossed the link proxy, expected at least ${minBytes}: was it pointed at the server directly?`);
  }
}

/** Runs the link self-test and prints it; benchmarks over a link do this first, so their output carries the proof. */
export async function printLinkSelfTest(link) {
  console.log(`link: ${describeLink(link)}`);
  const result = await selfTest(link);
  console.log(formatSelfTest(result));
  if (!result.ok) console.log('  (a figure is OFF: the machine was probably busy; read the results with that in mind)');
  return result;
}

/** An input's default in actions/<action>/action.yml: what the runner passes when a workflow does not set it. */
export function actionDefault(action, input) {
  const meta = YAML.parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8'));
  const value = meta?.inputs?.[input]?.default;
  if (value === undefined) throw new Error(`actions/${action}/action.yml has no default for '${input}'`);
  return String(value);
}

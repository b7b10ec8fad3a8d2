// A shaping TCP proxy that puts a modelled internet link between a benchmark's client and a server
// on loopback, in a process of its own (so its CPU is counted apart and it never waits for the
// benchmark's event loop). This kernel has no netem or fq qdisc, so the delay cannot come from tc.
//
//   node bench/link-proxy.mjs --target 127.0.0.1:9000 [--port 0] [--rtt-ms 40] [--rate-mbit 200]
//                             [--setup-rtts 2] [--initcwnd 10] [--window-bdp 1.5]
//   node bench/link-proxy.mjs --selftest [same link options]
//
// Each accepted connection gets its own upstream connection and, in each direction, a model of one
// TCP flow over the path (see bench/README.md, "Link profiles", for what is and is not modelled):
//   - delay: every byte reaches the far side half the round trip after it left the near side's
//     link, in order;
//   - rate: each direction of each connection is serialised at --rate-mbit (a send schedule: a
//     piece of n bytes occupies the link for n/rate after the previous one), so two connections
//     get the rate each, as two TCP flows from a runner to a CDN do;
//   - window: at most a congestion window of bytes is on the link unacknowledged; an
//     acknowledgement comes back half a round trip after delivery. The window starts at --initcwnd
//     segments and grows by the bytes acknowledged (slow start, no loss, so it doubles each round
//     trip) up to --window-bdp bandwidth-delay products (above 1, so the rate is what limits a
//     flow, with room for the proxy waking a few ms late on a busy machine; an HTTP/1.1 transfer
//     only queues behind its own bytes, so the extra queue costs it nothing); --initcwnd 0 starts
//     at the full window;
//   - backpressure: the proxy stops reading from a sender once 256 KiB wait for the window, and
//     stops sending to a receiver whose socket holds 256 KiB it has not taken, so the sender sees
//     its socket fill as it would on a real path and memory stays bounded (per connection and
//     direction: 256 KiB waiting + one window in flight + 256 KiB at the receiver, plus one read);
//   - connection setup: a new connection's first bytes toward the server leave --setup-rtts round
//     trips late: 2 stands for the TCP handshake (1) and a TLS 1.3 handshake (1), since PyPI and
//     S3 are https. The proxy itself speaks plain TCP; no TLS bytes or TLS CPU are modelled.
//
// It prints "link-proxy listening on 127.0.0.1:<port>" once ready and, on SIGTERM, one line
// "link-proxy stats {json}" (connections, bytes each way) before it exits.
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseTarget, serveUntilTerminated, startHelper } from './helper-process.mjs';

/** The link of each profile; loopback has none (no proxy). */
export const LINKS = {
  loopback: undefined,
  wan: { rttMs: 40, rateMbit: 200, setupRtts: 2, initcwnd: 10, windowBdp: 1.5 },
};

const MSS = 1448;
/** Largest piece scheduled as one (a socket read is at most 64 KiB anyway). */
const PIECE = 64 * 1024;
/** A piece smaller than this waits for the window to open further, unless it is all there is. */
const MIN_PIECE = 16 * 1024;
/** Bytes read from a sender and waiting for the window before the proxy stops reading it. */
const SEND_BUFFER = 256 * 1024;
/** ms: how early a due item may go (see pump). */
const TIMER_SLACK = 0.5;
/** Bytes a receiver's socket may hold untaken before the proxy stops putting more on the link. */
const RECEIVE_BUFFER = 256 * 1024;

function bdpBytes(link) {
  return (link.rateMbit * 1e6 / 8) * (link.rttMs / 1000);
}

export function describeLink(link) {
  if (!link) return 'loopback (no proxy)';
  const slowStart = link.initcwnd > 0 ? `slow start from ${link.initcwnd} segments` : 'no slow start';
  return `${link.rttMs} ms round trip, ${link.rateMbit} Mbit/s per connection and direction, `
    + `a new connection's first bytes ${link.setupRtts} round trip(s) late (handshakes: 2 = TCP + TLS 1.3), `
    + `window ${(bdpBytes(link) * link.windowBdp / 1e6).toFixed(2)} MB (${link.windowBdp} × BDP), ${slowStart}`;
}

/**
 * Moves bytes from `from` to `to` as one direction of a TCP flow over the link. `notBefore` (a
 * performance.now() time) holds the first byte back: the handshakes of a new connection.
 */
function shapeDirection(link, from, to, notBefore, count) {
  const bytesPerMs = (link.rateMbit * 1e6) / 8 / 1000;
  const oneWay = link.rttMs / 2;
  const maxWindow = Math.max(PIECE, Math.round(bdpBytes(link) * link.windowBdp));
  let cwnd = link.initcwnd > 0 ? Math.min(maxWindow, link.initcwnd * MSS) : maxWindow;
  const waiting = []; // read from the sender, not yet on the link
  let waitingBytes = 0;
  const onLink = []; // { at, buf } or { at, end: true }, in order of arrival time at the receiver
  const acks = []; // { at, n }, in order
  let inFlight = 0;
  let linkFreeAt = notBefore;
  let senderEnded = false;
  let endScheduled = false;
  let timer;
  let timerAt = Infinity;

  const pump = () => {
    const now = performance.now();
    // Timers fire on whole milliseconds and usually a little late: what is due within TIMER_SLACK
    // goes now, so the delay is not systematically long.
    const due = now + TIMER_SLACK;
    while (onLink.length && onLink[0].at <= due) {
      const item = onLink.shift();
      if (to.destroyed) continue;
      if (item.end) {
        to.end();
      } else {
        to.write(item.buf);
        count(item.buf.length);
        acks.push({ at: item.at + oneWay, n: item.buf.length });
      }
    }
    while (acks.length && acks[0].at <= due) {
      const { n } = acks.shift();
      inFlight -= n;
      // Slow start: the window grows by what was acknowledged (doubling per round trip), no loss.
      if (cwnd < maxWindow) cwnd = Math.min(maxWindow, cwnd + n);
    }
    while (waiting.length && to.writableLength < RECEIVE_BUFFER) {
      const head = waiting[0];
      const room = cwnd - inFlight;
      if (room < Math.min(head.length, MIN_PIECE, cwnd)) break;
      const n = Math.min(head.length, room, PIECE);
      if (n === head.length) waiting.shift();
      else waiting[0] = head.subarray(n);
      waitingBytes -= n;
      inFlight += n;
      linkFreeAt = Math.max(now, linkFreeAt) + n / bytesPerMs;
      onLink.push({ at: linkFreeAt + oneWay, buf: head.subarray(0, n) });
    }
    if (senderEnded && !waiting.length && !endScheduled) {
      endScheduled = true;
      onLink.push({ at: Math.max(now, linkFreeAt) + oneWay, end: true });
    }
    if (waitingBytes < SEND_BUFFER && from.isPaused() && !from.destroyed) from.resume();
    const next = Math.min(onLink[0]?.at ?? Infinity, acks[0]?.at ?? Infinity);
    if (next !== timerAt) {
      clearTimeout(timer);
      timerAt = next;
      if (next !== Infinity) {
        timer = setTimeout(() => {
          timerAt = Infinity;
          pump();
        }, Math.max(1, Math.round(next - now)));
      }
    }
  };

  from.on('data', (buf) => {
    waiting.push(buf);
    waitingBytes += buf.length;
    if (waitingBytes >= SEND_BUFFER) from.pause();
    pump();
  });
  from.on('end', () => {
    senderEnded = true;
    pump();
  });
  to.on('drain', pump);
  return () => clearTimeout(timer);
}

/** Listens on loopback and forwards every connection to `target` over the modelled link. */
export function runProxy({ target, port = 0, link }) {
  const stats = { connections: 0, bytesToServer: 0, bytesToClient: 0 };
  const server = net.createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    stats.connections++;
    const accepted = performance.now();
    const upstream = net.connect({ host: target.host, port: target.port, allowHalfOpen: true, noDelay: true });
    const stops = [
      shapeDirection(link, client, upstream, accepted + link.setupRtts * link.rttMs, (n) => (stats.bytesToServer += n)),
      shapeDirection(link, upstream, client, accepted, (n) => (stats.bytesToClient += n)),
    ];
    // A reset or failure on either side ends both at once; a clean close travels as an 'end' in order.
    const abort = () => {
      for (const stop of stops) stop();
      for (const s of [client, upstream]) if (!s.destroyed) (s.resetAndDestroy ?? s.destroy).call(s);
    };
    for (const s of [client, upstream]) {
      s.on('error', abort);
      s.on('close', (hadError) => (hadError ? abort() : undefined));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, stats }));
  });
}

function parseArgs(argv) {
  const opts = { link: { ...LINKS.wan }, selftest: false, port: 0 };
  const numeric = { '--rtt-ms': 'rttMs', '--rate-mbit': 'rateMbit', '--setup-rtts': 'setupRtts', '--initcwnd': 'initcwnd', '--window-bdp': 'windowBdp' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--selftest') opts.selftest = true;
    else if (flag === '--target') opts.target = parseTarget(value());
    else if (flag === '--port') opts.port = Number(value());
    else if (numeric[flag]) {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0) throw new Error(`${flag} wants a number >= 0`);
      opts.link[numeric[flag]] = v;
    } else throw new Error(`unknown option ${argv[i]} (see the top of bench/link-proxy.mjs)`);
  }
  if (!(opts.link.rateMbit > 0)) throw new Error('--rate-mbit must be above 0');
  if (!opts.selftest && !opts.target) throw new Error('--target host:port is required (or --selftest)');
  return opts;
}

function linkArgs(link) {
  return ['--rtt-ms', link.rttMs, '--rate-mbit', link.rateMbit, '--setup-rtts', link.setupRtts, '--initcwnd', link.initcwnd, '--window-bdp', link.windowBdp].map(String);
}

/**
 * Starts the proxy as a process of its own in front of 127.0.0.1:targetPort. Resolves with its
 * port and pid once it listens; stop() ends it and resolves with its stats.
 */
export function startLinkProxy(targetPort, link) {
  return startHelper('link-proxy', fileURLToPath(import.meta.url), ['--target', `127.0.0.1:${targetPort}`, ...linkArgs(link)]);
}

// ---------------------------------------------------------------------------------------------
// Self-test: measures through a proxy process what the link claims, against a server in this
// process, and the same exchanges direct for comparison.

/**
 * A server speaking a tiny line protocol: "ping" → "pong"; "get N" → N bytes, then the
 * connection ends; "put N" then N bytes → "ok" once they all arrived (receive times recorded).
 */
function startTestServer(puts) {
  const chunk = Buffer.alloc(PIECE, 0x5a);
  const server = net.createServer((sock) => {
    sock.setNoDelay(true);
    let line = '';
    let expecting = 0;
    let put;
    sock.on('data', function onData(buf) {
      if (expecting > 0) {
        expecting -= buf.length;
        put.progress.add(buf.length);
        if (expecting <= 0) sock.write('ok\n');
        return;
      }
      line += buf.toString('latin1');
      const nl = line.indexOf('\n');
      if (nl < 0) return;
      const [cmd, arg] = line.slice(0, nl).split(' ');
      const rest = Buffer.from(line.slice(nl + 1), 'latin1');
      line = '';
      if (cmd === 'ping') sock.write('pong\n');
      else if (cmd === 'get') {
        let left = Number(arg);
        const send = () => {
          while (left > 0) {
            const n = Math.min(left, chunk.length);
            left -= n;
            if (!sock.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return sock.once('drain', send);
          }
          sock.end();
        };
        send();
      } else if (cmd === 'put') {
        expecting = Number(arg);
        put = { progress: new Progress(expecting) };
        puts.push(put);
        if (rest.length) onData(rest);
      }
    });
    sock.on('error', () => {});
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function connect(port) {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ host: '127.0.0.1', port, noDelay: true }, () => resolve(sock));
    sock.once('error', reject);
  });
}

function nextLine(sock) {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (d) => {
      text += d.toString('latin1');
      if (text.includes('\n')) {
        sock.off('data', onData);
        sock.off('error', reject);
        resolve(text.trim());
      }
    };
    sock.on('data', onData);
    sock.once('error', reject);
  });
}

/** The median of `rounds` ping/pong turnarounds: each on a new connection (handshakes included), and on one open connection. */
async function turnaround(port, rounds = 7) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const firsts = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const sock = await connect(port);
    sock.write('ping\n');
    await nextLine(sock);
    firsts.push(performance.now() - started);
    sock.destroy();
  }
  const sock = await connect(port);
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    sock.write('ping\n');
    await nextLine(sock);
    times.push(performance.now() - t);
  }
  sock.destroy();
  return { first: median(firsts), established: median(times) };
}

/** Downloads `bytes` on a new connection; the rate over the last three quarters (after slow start) and overall. */
async function download(port, bytes) {
  const started = performance.now();
  const sock = await connect(port);
  sock.write(`get ${bytes}\n`);
  const progress = new Progress(bytes);
  await new Promise((resolve, reject) => {
    sock.on('data', (d) => progress.add(d.length));
    sock.on('end', resolve);
    sock.on('error', reject);
  });
  const done = performance.now();
  if (progress.received !== bytes) throw new Error(`self-test: got ${progress.received} of ${bytes} bytes`);
  return { steadyMbit: progress.steadyMbit(), overallMbit: mbit(bytes, done - started) };
}

/** Uploads `bytes` on a new connection; the rate the server saw over the last three quarters. */
async function upload(port, bytes, puts) {
  const sock = await connect(port);
  const before = puts.length;
  const chunk = Buffer.alloc(PIECE, 0xa5);
  sock.write(`put ${bytes}\n`);
  const answered = nextLine(sock);
  for (let left = bytes; left > 0; ) {
    const n = Math.min(left, chunk.length);
    left -= n;
    if (!sock.write(n === chunk.length ? chunk : chunk.subarray(0, n))) await new Promise((r) => sock.once('drain', r));
  }
  if ((await answered) !== 'ok') throw new Error('self-test: the upload was not acknowledged');
  sock.destroy();
  const put = puts[before];
  return { steadyMbit: put.progress.steadyMbit() };
}

const mbit = (bytes, ms) => (bytes * 8) / 1e6 / (ms / 1000);

/**
 * Bytes received over time. The steady rate is the least-squares slope of bytes against time over
 * the last three quarters (after slow start): a late wake-up of the proxy (on a busy machine) at
 * either end of the interval would skew a plain bytes ÷ time, the slope barely moves.
 */
class Progress {
  constructor(total) {
    this.total = total;
    this.received = 0;
    this.points = [];
  }
  add(n) {
    this.received += n;
    if (this.received >= this.total / 4) this.points.push([performance.now(), this.received]);
  }
  steadyMbit() {
    const n = this.points.length;
    const mt = this.points.reduce((a, [t]) => a + t, 0) / n;
    const mb = this.points.reduce((a, [, b]) => a + b, 0) / n;
    let cov = 0;
    let vt = 0;
    for (const [t, b] of this.points) {
      cov += (t - mt) * (b - mb);
      vt += (t - mt) ** 2;
    }
    return mbit(cov / vt, 1); // bytes per ms
  }
}

/**
 * Measures the proxy against its link: turnaround on an open connection (direct and proxied),
 * the first answer on a new connection, one connection's bulk rate each way, and two connections
 * at once. Returns the figures and whether each is within its tolerance.
 */
export async function selfTest(link, { bulkBytes = 24e6 } = {}) {
  const puts = [];
  const server = await startTestServer(puts);
  const proxy = await startLinkProxy(server.address().port, link);
  let stopped = false;
  try {
    const direct = await turnaround(server.address().port);
    const proxied = await turnaround(proxy.port);
    const down = await download(proxy.port, bulkBytes);
    const up = await upload(proxy.port, bulkBytes, puts);
    const pair = await Promise.all([download(proxy.port, bulkBytes), download(proxy.port, bulkBytes)]);
    const { rttMs, rateMbit, setupRtts } = link;
    const within = (value, want, tolerance) => Math.abs(value - want) <= tolerance;
    const checks = [
      { what: 'turnaround on an open connection, proxied − direct', measured: proxied.established - direct.established, want: rttMs, unit: 'ms', ok: within(proxied.established - direct.established, rttMs, Math.max(4, rttMs * 0.15)) },
      { what: 'first answer on a new connection, proxied − direct (handshakes included)', measured: proxied.first - direct.first, want: rttMs * (1 + setupRtts), unit: 'ms', ok: within(proxied.first - direct.first, rttMs * (1 + setupRtts), Math.max(6, rttMs * 0.25)) },
      { what: 'one connection, download', measured: down.steadyMbit, want: rateMbit, unit: 'Mbit/s', ok: within(down.steadyMbit, rateMbit, rateMbit * 0.1) },
      { what: 'one connection, upload', measured: up.steadyMbit, want: rateMbit, unit: 'Mbit/s', ok: within(up.steadyMbit, rateMbit, rateMbit * 0.1) },
      ...pair.map((p, i) => ({ what: `two connections at once, download, connection ${i + 1}`, measured: p.steadyMbit, want: rateMbit, unit: 'Mbit/s', ok: within(p.steadyMbit, rateMbit, rateMbit * 0.1) })),
      { what: 'one connection, download, overall (handshakes and slow start included)', measured: down.overallMbit, want: undefined, unit: 'Mbit/s', ok: true },
    ];
    stopped = true;
    return { checks, ok: checks.every((c) => c.ok), proxyStats: await proxy.stop() };
  } finally {
    if (!stopped) await proxy.stop().catch(() => {});
    server.close();
  }
}

export function formatSelfTest(result) {
  const lines = result.checks.map((c) => {
    const value = c.unit === 'ms' ? c.measured.toFixed(1) : c.measured.toFixed(0);
    const want = c.want === undefined ? '' : ` (model ${c.want} ${c.unit})`;
    return `  ${c.what}: ${value} ${c.unit}${want}${c.want === undefined ? '' : c.ok ? ': ok' : ': OFF'}`;
  });
  const proxy = result.proxyStats;
  lines.push(`  the proxy process: ${proxy.connections} connections, ${((proxy.bytesToServer + proxy.bytesToClient) / 1e6).toFixed(0)} MB through it, peak RSS ${proxy.peakRssMiB} MiB`);
  return ['link self-test (bulk rates: the slope over the last three quarters of each transfer, after slow start):', ...lines].join('\n');
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`link-proxy: ${err.message}`);
    process.exit(2);
  }
  if (opts.selftest) {
    console.log(`link: ${describeLink(opts.link)}`);
    const result = await selfTest(opts.link);
    console.log(formatSelfTest(result));
    process.exit(result.ok ? 0 : 1);
  }
  const { server, stats } = await runProxy(opts);
  serveUntilTerminated('link-proxy', server, stats);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();

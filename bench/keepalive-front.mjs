// An HTTP/1.1 keep-alive front for moto_server, in a process of its own:
//
//   node bench/keepalive-front.mjs --target 127.0.0.1:<moto port>
//
// moto_server runs on Werkzeug's development server, which answers every request with
// "Connection: close" (werkzeug/serving.py: "Always close the connection"). S3 keeps connections
// open, so over a modelled internet link (bench/link-proxy.mjs) every GET to moto_server would pay
// a new connection's handshakes and slow start that no client pays against S3. bench/fetch.mjs
// with --link wan therefore puts this front between the link proxy and moto_server: clients keep
// their connections to it, and it opens a loopback connection to moto_server per request (which
// costs microseconds, outside the modelled link). It forwards method, path, headers (the Host the
// client signed included) and bodies as they are, streamed both ways, except the hop-by-hop
// headers, and prints "keepalive-front stats {json}" (requests, upstream connections) on SIGTERM.
import http from 'node:http';
import { parseTarget, serveUntilTerminated } from './helper-process.mjs';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'expect']);

function endToEnd(raw) {
  const out = [];
  for (let i = 0; i < raw.length; i += 2) if (!HOP_BY_HOP.has(raw[i].toLowerCase())) out.push(raw[i], raw[i + 1]);
  return out;
}

function main() {
  const at = process.argv.indexOf('--target');
  let target;
  try {
    target = parseTarget(at < 0 ? undefined : process.argv[at + 1]);
  } catch (err) {
    console.error(`keepalive-front: ${err.message}`);
    process.exit(2);
  }
  const stats = { requests: 0, clientConnections: 0 };
  // No keep-alive upstream: moto_server closes every connection anyway.
  const agent = new http.Agent({ keepAlive: false });
  const server = http.createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
    stats.requests++;
    const upstream = http.request({ host: target.host, port: target.port, method: req.method, path: req.url, headers: endToEnd(req.rawHeaders), agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.rawHeaders));
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    upstream.on('error', (err) => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { 'content-type': 'text/plain' }).end(`keepalive-front: ${err.message}\n`);
    });
    req.pipe(upstream);
  });
  server.on('connection', () => stats.clientConnections++);
  server.listen(0, '127.0.0.1', () => serveUntilTerminated('keepalive-front', server, stats));
}

main();

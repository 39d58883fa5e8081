// A tiny static HTTPS server on 127.0.0.1 that serves the sample settings
// pages of www/samples/ under their real addresses (index.json maps each
// sample to its URL). Chromium reaches it through --host-resolver-rules, so
// https://www.linkedin.com/mypreferences/... is answered here and nowhere
// else. The TLS certificate is self-signed, made by openssl into a temporary
// directory at start and thrown away on close.
//
//   node server.mjs [port]     serve until Ctrl-C (prints the port)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SAMPLES = path.resolve(here, '../../www/samples');

function makeCert(dir, hosts) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const san = ['IP:127.0.0.1', 'DNS:localhost', ...hosts.map((h) => 'DNS:' + h)].join(',');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
    '-subj', '/CN=unticked-e2e.localhost', '-addext', 'subjectAltName=' + san,
    '-keyout', key, '-out', cert,
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

/** Routes "host + path" -> sample file, from www/samples/index.json (first one wins). */
export function loadRoutes() {
  const index = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'index.json'), 'utf8'));
  const routes = new Map();
  for (const s of index) {
    const u = new URL(s.url);
    const k = u.host + u.pathname;
    if (!routes.has(k)) routes.set(k, s.file);
  }
  return { index, routes };
}

/**
 * Start the server. Returns {port, hosts, requests, close()}. `requests` lists
 * every request the server answered as "host path status". `pages` adds
 * generated pages: {"host/path": html} (served at that address, any query).
 */
export async function startServer({ port = 0, pages = {} } = {}) {
  const { index, routes } = loadRoutes();
  const hosts = [...new Set([...index.map((s) => new URL(s.url).host), ...Object.keys(pages).map((k) => k.split('/')[0])])];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unticked-cert-'));
  let tls;
  try { tls = makeCert(dir, hosts); } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error('openssl could not make a self-signed certificate: ' + (e.stderr ? String(e.stderr) : e.message));
  }
  const requests = [];
  const server = https.createServer(tls, (req, res) => {
    const host = String(req.headers.host || '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url, 'https://' + (host || 'localhost'));
    // ?sample=<file> picks a sample explicitly (e.g. the German LinkedIn page, same URL).
    let file = url.searchParams.get('sample') || routes.get(host + url.pathname);
    if (file && (!/^[\w.-]+\.html$/.test(file) || !fs.existsSync(path.join(SAMPLES, file)))) file = null;
    const send = (status, type, body) => {
      requests.push(`${host} ${url.pathname} ${status}`);
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
    if (!url.searchParams.get('sample') && Object.hasOwn(pages, host + url.pathname)) return send(200, 'text/html; charset=utf-8', pages[host + url.pathname]);
    if (!file) return send(404, 'text/plain; charset=utf-8', 'not a sample page\n');
    send(200, 'text/html; charset=utf-8', fs.readFileSync(path.join(SAMPLES, file)));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  // An HTTPS proxy for browsers without host-resolver rules (Firefox): it
  // answers CONNECT for the fixture hosts only, with this same server, and
  // refuses everything else. Also on 127.0.0.1.
  let proxy = null;
  const startProxy = async () => {
    proxy = http.createServer((req, res) => { requests.push(`proxy ${req.url} 403`); res.writeHead(403); res.end(); });
    proxy.on('connect', (req, socket) => {
      const [h, p] = String(req.url).split(':');
      if (!hosts.includes(h.toLowerCase()) || (p && p !== '443')) {
        requests.push(`proxy-refused ${req.url} 403`);
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      server.emit('connection', socket);
    });
    await new Promise((resolve, reject) => { proxy.once('error', reject); proxy.listen(0, '127.0.0.1', resolve); });
    return proxy.address().port;
  };
  return {
    port: server.address().port,
    hosts,
    requests,
    startProxy,
    close: () => new Promise((resolve) => {
      if (proxy) { proxy.closeAllConnections?.(); proxy.close(); }
      server.closeAllConnections?.();
      server.close(() => resolve());
      fs.rmSync(dir, { recursive: true, force: true });
    }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await startServer({ port: Number(process.argv[2] || 0) });
  console.log(`serving ${SAMPLES} on https://127.0.0.1:${s.port}/ for ${s.hosts.join(', ')}`);
  const stop = () => s.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// The stand-in sites: a self-signed certificate made at test time with openssl, the
// fixture pages bundled with esbuild from the real draft-js and lexical packages, and an
// HTTPS server that answers by Host header (x.com, twitter.com -> X; www.facebook.com ->
// Facebook), so the pages load under the real hostnames.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { join } from 'node:path';
import { build } from 'esbuild';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

export function makeCertificate(dir) {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2',
    '-subj', '/CN=x.com', '-addext', 'subjectAltName=DNS:x.com,DNS:twitter.com,DNS:www.facebook.com'], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function bundleFixtures(outdir) {
  await build({
    entryPoints: { x: join(FIXTURES, 'x.jsx'), facebook: join(FIXTURES, 'facebook.js') },
    bundle: true,
    outdir,
    entryNames: '[name].bundle',
    format: 'iife',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'error',
  });
}

export async function startServer(dir) {
  const tls = makeCertificate(dir);
  await bundleFixtures(dir);
  const files = {
    'x.html': readFileSync(join(FIXTURES, 'x.html')),
    'facebook.html': readFileSync(join(FIXTURES, 'facebook.html')),
    'x.bundle.js': readFileSync(join(dir, 'x.bundle.js')),
    'facebook.bundle.js': readFileSync(join(dir, 'facebook.bundle.js')),
  };
  const server = createServer(tls, (req, res) => {
    const host = String(req.headers.host || '').replace(/:\d+$/, '');
    const site = host === 'www.facebook.com' ? 'facebook' : 'x';
    const path = new URL(req.url, 'https://localhost').pathname;
    if (path.endsWith('.bundle.js') && files[path.slice(1)]) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(files[path.slice(1)]);
    }
    if (path === '/favicon.ico') {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(files[`${site}.html`]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) };
}

// A local HTTPS server that plays arxiv.org, openreview.net, aclanthology.org, huggingface.co
// and papers.cool: a self-signed certificate made with openssl at start, a route table from URL
// to saved page, and a stub page for every papers.cool URL (the tabs the extension opens).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

export const HOSTS = ['arxiv.org', 'www.arxiv.org', 'openreview.net', 'aclanthology.org',
  'huggingface.co', 'papers.cool', 'dblp.org', 'dblp.uni-trier.de', 'scholar.google.com',
  'scholar.google.co.jp', 'proceedings.mlr.press', 'www.ijcai.org'];

function makeCertificate(dir) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key,
    '-out', cert, '-days', '2', '-subj', '/CN=arxiv.org',
    '-addext', `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`], { stdio: 'ignore' });
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

// routes: {'arxiv.org/abs/2312.11805': '/abs/file.html' or {body, type}}; keys are host + path +
// query, exactly as requested.
export async function startServer(routes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coolpapers-cert-'));
  const server = https.createServer(makeCertificate(dir), (req, res) => {
    const host = String(req.headers.host || '').replace(/:\d+$/, '');
    const route = routes[host + req.url];
    if (host === 'papers.cool') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Cool Papers (test stub)</title><p>papers.cool stub</p>');
    } else if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not in the test route table');
    } else {
      const body = typeof route === 'string' ? fs.readFileSync(route) : route.body;
      res.writeHead(200, { 'content-type': (route.type || 'text/html; charset=utf-8') });
      res.end(body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  fs.rmSync(dir, { recursive: true, force: true });
  return { port: server.address().port, close: () => new Promise((r) => server.close(r)) };
}

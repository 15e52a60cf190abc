/**
 * A tiny static host for the built app (`build/`), the way a CDN serves it: `/progress` → progress.html,
 * unknown paths → 404.html with status 404. The offline tests start it on their own port and really stop it,
 * and the update test changes the service worker it serves. With `http2`, it speaks HTTP/2 over TLS (a certificate
 * made for 127.0.0.1 on the spot, which the browser must be told to accept), as every CDN and static host does: the
 * benchmark's Lighthouse runs use it, since over HTTP/1.1 a page's two dozen scripts share six connections.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  createSecureServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type Http2Session
} from 'node:http2';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8'
};

export interface StaticServer {
  url: string;
  port: number;
  /** Appended to sw.js as a comment: a new value makes the browser see a new service worker. */
  swVersion: string;
  close(): Promise<void>;
}

function fileFor(root: string, pathname: string): string | null {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const base = resolve(root, clean);
  if (!base.startsWith(resolve(root))) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** A certificate for 127.0.0.1, valid for a day (selfsigned, loaded only by servers that need it). */
async function localCertificate(): Promise<{ key: string; cert: string }> {
  const { generate } = await import('selfsigned');
  const notAfterDate = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }]
  });
  return { key: pems.private, cert: pems.cert };
}

export async function startStaticServer(
  root = 'build',
  port = 0,
  { http2 = false }: { http2?: boolean } = {}
): Promise<StaticServer> {
  const state = { swVersion: '' };
  const handle = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = fileFor(root, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(readFileSync(join(root, '404.html')));
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (pathname === '/sw.js' && state.swVersion) body = `${body}\n// build ${state.swVersion}\n`;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      // Like most hosts: the service worker script is always revalidated, hashed assets cached for good.
      'cache-control':
        pathname === '/sw.js'
          ? 'no-cache'
          : pathname.startsWith('/_app/immutable/')
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=0'
    };
    // Text is compressed, as every CDN does (Lighthouse measures what a phone would download).
    if (/gzip/.test(String(req.headers['accept-encoding'])) && !type.startsWith('image/png')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers);
    res.end(body);
  };
  // An HTTP/2 session outlives its requests: closing the server waits for the open ones, so they are kept to end.
  const sessions = new Set<Http2Session>();
  const server = http2
    ? createSecureServer({ ...(await localCertificate()), allowHTTP1: true }, handle).on(
        'session',
        (session: Http2Session) => {
          sessions.add(session);
          session.on('close', () => sessions.delete(session));
        }
      )
    : createServer(handle);
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `${http2 ? 'https' : 'http'}://127.0.0.1:${actual}`,
    port: actual,
    get swVersion() {
      return state.swVersion;
    },
    set swVersion(v: string) {
      state.swVersion = v;
    },
    close: () =>
      new Promise<void>((done) => {
        for (const session of sessions) session.destroy();
        if ('closeAllConnections' in server) (server as Server).closeAllConnections();
        server.close(() => done());
      })
  };
}

/**
 * A static server for the tests that behaves like Netlify for what the tests check: the headers
 * of netlify.toml (parsed, matched like Netlify matches `for` paths), MIME types, pretty URLs
 * (`/x/` → `/x/index.html`), and the custom 404 page with status 404.
 */
import { createReadStream } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');

export { forRegExp, headersFor, readHeaderRules, type HeaderRule } from './headers.ts';
import { headersFor, readHeaderRules, type HeaderRule } from './headers.ts';
import { applyRedirects, readRedirectRules, siteFileExists } from './redirects.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};

/** Pagefind's index files (pf_meta, pf_fragment, pf_index, pf_filter, wasm.*.pagefind) are binary. */
export function mimeType(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.atom' || file.endsWith('/feed.xml')) return 'application/atom+xml; charset=utf-8';
  return MIME[ext] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  rules: HeaderRule[];
  close(): Promise<void>;
}

async function statOrNull(file: string) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/** Text types Netlify compresses; Pagefind's index files are gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|manifest\+json)|image\/svg)/;

/**
 * `onSent(urlPath, bytes)` is told of every response body sent (404 pages included, uncompressed
 * size), e.g. to add up what a page really downloads, whichever browser context asked for it.
 * `compress`: text is sent gzipped to clients that accept it, as Netlify does (for Lighthouse,
 * whose simulated network times the bytes on the wire); off by default.
 */
export async function startServer(options: { root?: string; toml?: string; onSent?: (urlPath: string, bytes: number) => void; compress?: boolean } = {}): Promise<StaticServer> {
  const root = path.resolve(options.root ?? path.join(PROJECT_ROOT, '_site'));
  const rules = await readHeaderRules(options.toml);
  // netlify.toml [[redirects]] and the built _redirects, applied as Netlify does.
  const redirects = readRedirectRules(root, options.toml);

  const send = async (req: IncomingMessage, res: ServerResponse, urlPath: string, file: string, status: number) => {
    const info = await stat(file);
    const type = mimeType(file);
    if (options.compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipSync(await readFile(file));
      res.writeHead(status, { ...headersFor(rules, urlPath), 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
      options.onSent?.(urlPath, info.size);
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(status, { ...headersFor(rules, urlPath), 'Content-Type': type, 'Content-Length': info.size });
    if (req.method === 'HEAD') return res.end();
    options.onSent?.(urlPath, info.size);
    createReadStream(file).pipe(res);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headersFor(rules, urlPath), Allow: 'GET, HEAD' }).end();
      return;
    }
    const notFound = async () => {
      const page = path.join(root, '404.html');
      if (await statOrNull(page)) return send(req, res, urlPath, page, 404);
      res.writeHead(404, { ...headersFor(rules, urlPath), 'Content-Type': 'text/plain; charset=utf-8' }).end('Not Found');
    };
    const redirect = applyRedirects(redirects, url.pathname, url.searchParams, (p) => siteFileExists(root, p));
    if (redirect && (redirect.status === 301 || redirect.status === 302)) {
      res.writeHead(redirect.status, { ...headersFor(rules, urlPath), Location: redirect.to }).end();
      return;
    }
    if (redirect) {
      const target = path.join(root, redirect.to.endsWith('/') ? `${redirect.to}index.html` : redirect.to);
      if (await statOrNull(target)) return send(req, res, urlPath, target, redirect.status);
    }
    const file = path.resolve(root, `.${path.posix.normalize(urlPath)}`);
    if (urlPath.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) return notFound();
    const info = await statOrNull(file);
    if (info?.isFile()) return send(req, res, urlPath, file, 200);
    if (info?.isDirectory()) {
      if (!urlPath.endsWith('/')) {
        // Netlify's pretty URLs: /kontakte → /kontakte/
        res.writeHead(301, { ...headersFor(rules, urlPath), Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = path.join(file, 'index.html');
      if ((await statOrNull(index))?.isFile()) return send(req, res, urlPath, index, 200);
      return notFound();
    }
    // Netlify also serves /seite for /seite.html.
    if (!urlPath.endsWith('/') && (await statOrNull(`${file}.html`))?.isFile()) return send(req, res, urlPath, `${file}.html`, 200);
    return notFound();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  // Browsers keep connections alive; close them with the server so close() never hangs.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    rules,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * The preview's web server (`npm start`): Eleventy's dev server (static files and live reload),
 * made safe to leave running on an editor's machine.
 *
 * - It listens on 127.0.0.1 unless HOST says otherwise (HOST=0.0.0.0 to try the preview on a
 *   phone in the same network): drafts and unpublished edits stay on this computer.
 * - A request whose path is malformed (`/%`, `/%E0%A4%A`) or tries to leave the output folder
 *   (`..`, encoded slashes or backslashes, C0 and C1 control characters) gets 400, any method but
 *   GET and HEAD 405, before the dev server
 *   sees it; an error while answering ends that request with 500, never the process. The dev
 *   server itself would throw on these, and an unhandled rejection ends Node.
 * - Bound to the loopback address, it answers only requests addressed to localhost (plain and
 *   WebSocket upgrades for live reload alike), so a web
 *   page cannot reach the preview through a domain that resolves to 127.0.0.1 (DNS rebinding).
 *   A request sent by a page of another origin (its Origin header) is refused as well: browsers
 *   let any page open a WebSocket to localhost, and only the Origin tells it apart. A request
 *   with more than one Host header is malformed (RFC 9112 §3.2) and gets 400, since Node keeps
 *   only the first one and the check would look at a name the request does not only carry.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { isIP } from 'node:net';
import EleventyDevServer from '@11ty/eleventy-dev-server';

export const DEFAULT_HOST = '127.0.0.1';

/**
 * 400 when a request target must not be served: not an absolute path, a percent sign that is not
 * an escape, an escape that is not UTF-8, an encoded `/` or `\`, a backslash or control
 * character, or a `.`/`..` segment (raw or encoded). Undefined when the dev server may look it
 * up; the path then names a file inside the output folder or none (404).
 */
export function requestRefusal(target: string | undefined): 400 | undefined {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return 400;
  const pathname = target.replace(/[?#].*$/s, '');
  if (/%(?![0-9a-f]{2})|%(2f|5c|00)/i.test(pathname)) return 400;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 400;
  }
  if (/[\\\u0000-\u001f\u007f-\u009f]/.test(decoded)) return 400;
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) return 400;
  return undefined;
}

/** The decoded path of a request target, "/" when it cannot be read (refused before anyway). */
function pathOf(target: string | undefined): string {
  try {
    return decodeURIComponent(new URL(target ?? '/', 'http://localhost').pathname);
  } catch {
    return '/';
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

/** How many Host headers a request carries (`rawHeaders`: name, value, name, value …). */
function hostHeaderCount(rawHeaders: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === 'host') count += 1;
  return count;
}

/** Whether an Origin header names a page served from this computer ("null" and junk do not). */
function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopback(hostName(url.host));
  } catch {
    return false;
  }
}

/** Host header without port: "localhost", "127.0.0.1", "::1". */
function hostName(header: string): string {
  const bracketed = /^\[([^\]]*)\]/.exec(header);
  return (bracketed ? bracketed[1]! : header.replace(/:\d*$/, '')).toLowerCase();
}

class SafeDevServer extends EleventyDevServer {
  constructor(
    dir: string,
    private readonly host: string,
    private readonly headersFor: (urlPath: string) => Record<string, string>,
    private readonly log: (line: string) => void,
    onRequest: PreviewServerOptions['onRequest'] = {},
    private readonly prepare: (urlPath: string) => void = () => {},
  ) {
    // No headers for the dev server to set itself: each response gets those of its own path
    // (netlify.toml: /admin/ has other ones than the site). onRequest is in the dev server (2.x)
    // but not in its type declarations.
    super('gewaltschutz-netz', dir, { headers: {}, domDiff: false, messageOnStart: () => false, onRequest } as ConstructorParameters<typeof EleventyDevServer>[2]);
  }

  /** Why a request (plain or WebSocket upgrade) is not answered: status and German text, or undefined. */
  private refusal(req: IncomingMessage): [number, string] | undefined {
    if (requestRefusal(req.url) !== undefined) return [400, 'Ungültige Adresse: Diese Anfrage wird nicht beantwortet.'];
    if (hostHeaderCount(req.rawHeaders) > 1) return [400, 'Ungültige Anfrage: mehr als eine Host-Angabe.'];
    if (!isLoopback(this.host)) return undefined;
    if (req.headers.host !== undefined && !isLoopback(hostName(req.headers.host))) return [403, 'Die Vorschau antwortet nur auf Aufrufe über localhost.'];
    if (req.headers.origin !== undefined && !isLoopbackOrigin(req.headers.origin)) return [403, 'Die Vorschau antwortet nicht auf Anfragen anderer Websites.'];
    return undefined;
  }

  override async onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = this.refusal(req);
    if (refusal) return this.refuse(res, ...refusal);
    // A preview only shows pages: POST, DELETE, TRACE, OPTIONS … get 405, as the test server and Netlify answer them (outside tester, session 17).
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return this.refuse(res, 405, 'Die Vorschau zeigt nur Seiten an (GET und HEAD).');
    }
    for (const [name, value] of Object.entries(this.headersFor(pathOf(req.url)))) res.setHeader(name, value);
    // The dev server replaces the CSP of any response but 200 with one for its reload script
    // alone, unless the page is "custom": every page of ours is (404s of the finder included).
    (res as ServerResponse & { isCustomErrorPage?: boolean }).isCustomErrorPage = true;
    try {
      this.prepare(pathOf(req.url));
      await super.onRequestHandler(req, res);
    } catch (error) {
      this.log(`Vorschau-Server: Anfrage ${JSON.stringify(req.url)} nicht beantwortet (${error instanceof Error ? error.message : String(error)}).`);
      if (!res.headersSent) res.statusCode = 500;
      if (!res.writableEnded) res.end();
    }
  }

  /**
   * The live-reload WebSocket server answers 'upgrade' requests, which never reach
   * onRequestHandler: the same checks run in front of it, so a page on another host cannot
   * open the socket through DNS rebinding either.
   */
  override setupReloadNotifier(): void {
    super.setupReloadNotifier();
    const server = this.server;
    const listeners = server.listeners('upgrade') as ((req: IncomingMessage, socket: Duplex, head: Buffer) => void)[];
    server.removeAllListeners('upgrade');
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const refusal = this.refusal(req);
      if (!refusal) {
        for (const listener of listeners) listener.call(server, req, socket, head);
        return;
      }
      const [status, text] = refusal;
      const body = Buffer.from(`${text}\n`);
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    });
  }

  override _serverListen(port: number): void {
    // CONNECT (a proxy tunnel) never reaches onRequestHandler: answered here, where Node would just close the connection.
    this.server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
      socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
    this.server.listen({ port, host: this.host });
  }

  private refuse(res: ServerResponse, status: number, text: string): void {
    res.statusCode = status;
    for (const [name, value] of Object.entries(this.headersFor('/'))) res.setHeader(name, value);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`${text}\n`);
  }
}

export interface PreviewServer {
  server: EleventyDevServer;
  /** Where to open the preview, e.g. http://localhost:8080/ */
  url: string;
  /** True when other computers can reach it (HOST other than a loopback address). */
  shared: boolean;
}

/**
 * Serves `dir` on `host`:`port` (the next free port when it is taken, as the dev server does).
 * Resolves once it listens; rejects with the listen error (e.g. a HOST that is no address of
 * this computer). `headers` go on every response (the CSP of netlify.toml).
 */
export interface PreviewServerOptions {
  dir: string;
  port: number;
  host?: string;
  /** The headers of a response by its path (netlify.toml's rules, see ./headers.ts). */
  headersFor: (urlPath: string) => Record<string, string>;
  log?: (line: string) => void;
  /** Handlers by path pattern, run before files are served (the dev server's onRequest). */
  onRequest?: Record<string, unknown>;
  /** Called with a request's path before anything is served: the preview writes a page left for later (Preview.ensureFresh). */
  prepare?: (urlPath: string) => void;
}

export function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const host = options.host || DEFAULT_HOST;
  const server = new SafeDevServer(options.dir, host, options.headersFor, options.log ?? (() => {}), options.onRequest, options.prepare);
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') reject(error);
    };
    server.server.on('error', failed);
    server.server.once('listening', () => {
      server.server.off('error', failed);
      const address = server.server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const shared = !isLoopback(host);
      const shown = shared && host !== '0.0.0.0' && host !== '::' ? (isIP(host) === 6 ? `[${host}]` : host) : 'localhost';
      resolve({ server, url: `http://${shown}:${port}/`, shared });
    });
    server.serve(options.port);
  });
}

/**
 * The preview server (`npm start`, issue 13 §5): it listens on 127.0.0.1 unless HOST says
 * otherwise, answers malformed and traversing requests with 400 (or 404 for a clean path that
 * names no file) and keeps running, and never serves a file from outside its output folder.
 * Requests are written to the socket byte for byte, so no client library normalises them first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, until } from '../../src/bench/preview.ts';
import { requestRefusal, startPreviewServer, type PreviewServer } from '../../src/site/preview-server.ts';
import { PROJECT_ROOT } from '../support/server.ts';
import { listFiles, tempDir } from '../support/site.ts';

const PACKAGE_JSON = '"name": "gewaltschutz-netz-niedersachsen"';

/** Every way of climbing out of the output folder we know of, in the spellings a client can send. */
function traversals(): string[] {
  const out: string[] = [];
  for (const prefix of ['', '/assets', '/kontakte/frauenhaus-celle']) {
    for (const dots of ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.']) {
      for (const sep of ['/', '%2f', '%2F', '%5c', '%5C', '\\']) {
        for (const depth of [1, 2, 4]) out.push(`${prefix}/${Array(depth).fill(dots).join(sep)}${sep}package.json`);
      }
    }
  }
  return out;
}

const MALFORMED = [
  '/%',
  '/%E0%A4%A',
  '/%ff',
  '/%C0%AF',
  '/%00',
  '/a%zz',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/package.json',
  '/../../package.json',
  '//etc/passwd',
  '/kontakte%2f..%2f..%2fpackage.json',
  // C1 control characters, encoded (outside tester, session 17: NEL got 404).
  '/%C2%85',
  '/kontakte/%C2%9B',
];

describe('requestRefusal', () => {
  it.each(traversals())('refuses %s', (target) => {
    expect(requestRefusal(target)).toBe(400);
  });

  it.each(MALFORMED)('refuses %s', (target) => {
    expect(requestRefusal(target)).toBe(400);
  });

  it.each([
    '/',
    '/kontakte/',
    '/kontakte/frauenhaus-celle/',
    '/suche/?q=%C3%A4rztin',
    '/materialien/dateien/checkliste-sicherheitsplanung.pdf',
    '/pagefind/pagefind.js',
    '/assets/site.css?v=1#top',
    '/.11ty/reload-client.js',
    '/kontakte/a..b/',
  ])('serves %s', (target) => {
    expect(requestRefusal(target)).toBeUndefined();
  });
});

interface RawResponse {
  status: number;
  body: string;
}

/** One HTTP/1.1 request with the target exactly as given. */
function rawRequest(port: number, target: string, host = `localhost:${port}`, extraHeaders: readonly string[] = [], method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.setTimeout(10_000, () => {
      socket.destroy();
      reject(new Error(`no answer to ${target}`));
    });
    socket.on('connect', () => socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\n${extraHeaders.map((line) => `${line}\r\n`).join('')}Connection: close\r\n\r\n`));
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), body: data.slice(data.indexOf('\r\n\r\n') + 4) }));
  });
}

/** A WebSocket upgrade request (the live-reload socket) as a browser sends it: the status line's code. */
function upgradeRequest(port: number, host: string, origin = `http://${host}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.setTimeout(10_000, () => {
      socket.destroy();
      reject(new Error(`no answer to the upgrade via ${host}`));
    });
    const request = [
      'GET / HTTP/1.1',
      `Host: ${host}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Version: 13',
      `Origin: ${origin}`,
      '',
      '',
    ];
    socket.on('connect', () => socket.write(request.join('\r\n')));
    socket.on('data', (chunk: string) => {
      data += chunk;
      if (!data.includes('\r\n\r\n')) return;
      socket.destroy();
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0));
    });
    socket.on('error', reject);
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
  });
}

/** Addresses this process's sockets listen on for `port`, from /proc/net/tcp{,6} (Linux). */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.trim().split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, hexPort] = local!.split(':');
      if (state === '0A' && parseInt(hexPort!, 16) === port) found.push(address!);
    }
  }
  return found;
}

describe('the preview server code', () => {
  let preview: PreviewServer;
  beforeAll(async () => {
    preview = await startPreviewServer({ dir: inject('siteDir'), port: await freePort(), headersFor: () => ({ 'X-Content-Type-Options': 'nosniff' }) });
  });
  afterAll(() => preview?.server.close());

  it('listens on 127.0.0.1 by default and says so with a localhost address', () => {
    const address = preview.server.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1' });
    expect(preview.shared).toBe(false);
    expect(preview.url).toBe(`http://localhost:${(address as { port: number }).port}/`);
  });

  it('answers every traversal with 400, never with a file from outside, and keeps serving', async () => {
    const port = (preview.server.server.address() as { port: number }).port;
    for (const target of [...MALFORMED, ...traversals()]) {
      const response = await rawRequest(port, target);
      expect([400, 404], target).toContain(response.status);
      expect(response.body).not.toContain(PACKAGE_JSON);
    }
    expect((await rawRequest(port, '/')).status).toBe(200);
  });

  it('answers any method but GET and HEAD with 405 (CONNECT too) and keeps serving', async () => {
    const port = (preview.server.server.address() as { port: number }).port;
    for (const method of ['POST', 'DELETE', 'TRACE', 'OPTIONS', 'PUT', 'PATCH']) {
      const response = await rawRequest(port, '/', `localhost:${port}`, ['Content-Length: 0'], method);
      expect(response.status, method).toBe(405);
    }
    expect((await rawRequest(port, `localhost:${port}`, `localhost:${port}`, [], 'CONNECT')).status).toBe(405);
    expect((await rawRequest(port, '/', `localhost:${port}`, [], 'HEAD')).status).toBe(200);
    expect((await rawRequest(port, '/')).status).toBe(200);
  });

  it('answers a clean path that names no file with 404', async () => {
    const port = (preview.server.server.address() as { port: number }).port;
    expect((await rawRequest(port, '/package.json')).status).toBe(404);
  });

  it('answers only requests addressed to localhost (no DNS rebinding)', async () => {
    const port = (preview.server.server.address() as { port: number }).port;
    expect((await rawRequest(port, '/', `angreifer.example:${port}`)).status).toBe(403);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) expect((await rawRequest(port, '/', host)).status, host).toBe(200);
  });

  it('refuses the live-reload WebSocket upgrade from another host too (403), and accepts it from localhost (101)', async () => {
    const port = (preview.server.server.address() as { port: number }).port;
    expect(await upgradeRequest(port, `angreifer.example:${port}`)).toBe(403);
    expect(await upgradeRequest(port, `localhost:${port}`)).toBe(101);
    expect((await rawRequest(port, '/')).status).toBe(200);
  });

  it('refuses a request or WebSocket upgrade sent by a page of another origin (403), and two Host headers (400)', async () => {
    const port = (preview.server.server.address() as { port: number }).port;
    for (const origin of ['https://angreifer.example', 'null', `http://localhost.angreifer.example:${port}`]) {
      expect(await upgradeRequest(port, `localhost:${port}`, origin), origin).toBe(403);
      expect((await rawRequest(port, '/', `localhost:${port}`, [`Origin: ${origin}`])).status, origin).toBe(403);
    }
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`]) expect(await upgradeRequest(port, `localhost:${port}`, origin), origin).toBe(101);
    expect((await rawRequest(port, '/', `localhost:${port}`, [`Host: angreifer.example:${port}`])).status).toBe(400);
    expect((await rawRequest(port, '/', `localhost:${port}`, [`Origin: http://localhost:${port}`])).status).toBe(200);
  });
});

describe('npm start', () => {
  let work: string;
  let child: ChildProcess;
  let output = '';
  let port: number;

  beforeAll(async () => {
    work = tempDir('start-safe');
    cpSync(path.join(PROJECT_ROOT, 'content'), path.join(work, 'content'), { recursive: true });
    port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: path.join(work, 'content'), SITE_DIR: path.join(work, 'site'), PORT: String(port), NO_COLOR: '1' };
    delete env.HOST;
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(
      () => output.includes(`Die Website läuft auf http://localhost:${port}/`),
      90_000,
      () => output,
    );
  }, 120_000);
  afterAll(() => {
    child?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  it('names the content folder it watches (CONTENT_DIR), not content/', () => {
    expect(output).toContain(`Änderungen in ${path.join(work, 'content')}/ werden sofort übernommen`);
  });

  it('listens on 127.0.0.1 only', () => {
    expect(listeningAddresses(port)).toEqual(['0100007F']); // 127.0.0.1, little-endian hex
  });

  it('survives malformed requests with 400 and serves nothing from outside the output folder', async () => {
    for (const target of MALFORMED) {
      const response = await rawRequest(port, target);
      expect([400, 404], target).toContain(response.status);
      expect(response.body).not.toContain(PACKAGE_JSON);
      expect(child.exitCode, `the server ended after ${target}:\n${output}`).toBeNull();
    }
    for (const target of ['/%', '/%E0%A4%A', '/assets/..%2f..%2fpackage.json']) expect((await rawRequest(port, target)).status, target).toBe(400);
    const page = await rawRequest(port, '/kontakte/');
    expect(page.status).toBe(200);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  });

  it('refuses a link added while it runs and publishes nothing behind it', async () => {
    const secret = 'GEHEIMNIS-VORSCHAU-5522';
    const outside = path.join(work, 'geheim.md');
    const contact = readFileSync(path.join(work, 'content', 'contacts', 'frauenhaus-celle.md'), 'utf8').replace(/^title: .*$/m, `title: ${secret}`);
    writeFileSync(outside, `${contact}\n${secret}\n`);
    symlinkSync(outside, path.join(work, 'content', 'contacts', 'geheim.md'));
    symlinkSync('/dev/zero', path.join(work, 'content', 'contacts', 'null.md'));
    await until(
      () => output.includes('Die Vorschau zeigt weiter den letzten fehlerfreien Stand'),
      20_000,
      () => output,
    );
    expect(output).toContain('contacts/geheim.md:1  Hier liegt ein symbolischer Link');
    expect(output).toContain('contacts/null.md:1  Hier liegt ein symbolischer Link');
    expect(child.exitCode).toBeNull();
    const site = path.join(work, 'site');
    const leaked = listFiles(site).filter((rel) => readFileSync(path.join(site, rel)).includes(secret));
    expect(leaked).toEqual([]);
    expect(readdirSync(path.join(site, 'kontakte'))).not.toContain('geheim');
  }, 60_000);
});

describe('npm start with a link in the content folder', () => {
  it('does not start, names the link and writes no site', () => {
    const work = tempDir('start-link');
    try {
      cpSync(path.join(PROJECT_ROOT, 'content'), path.join(work, 'content'), { recursive: true });
      writeFileSync(path.join(work, 'geheim.md'), 'GEHEIMNIS-START-9090');
      symlinkSync(path.join(work, 'geheim.md'), path.join(work, 'content', 'pages', 'geheim.md'));
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, CONTENT_DIR: path.join(work, 'content'), SITE_DIR: path.join(work, 'site'), PORT: '0', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toContain('pages/geheim.md:1  Hier liegt ein symbolischer Link');
      expect(run.stdout).toContain('Die Website wird erst gestartet, wenn alle Fehler behoben sind.');
      expect(run.stdout + run.stderr).not.toContain('GEHEIMNIS-START-9090');
      expect(existsSync(path.join(work, 'site'))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 90_000);
});

/**
 * DESIGN §6 publishing: netlify.toml builds and publishes the site with the security headers,
 * and the test server (which every browser test relies on) delivers exactly those headers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { forRegExp, headersFor, PROJECT_ROOT, readHeaderRules, startServer, type HeaderRule, type StaticServer } from '../support/server.ts';
import { listFiles } from '../support/site.ts';

const siteDir = inject('siteDir');
const toml = parseToml(readFileSync(path.join(PROJECT_ROOT, 'netlify.toml'), 'utf8')) as Record<string, any>;

function rawStatus(port: number, rawPath: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: rawPath }, (response) => {
      response.resume();
      resolve(response.statusCode);
    })
      .on('error', reject)
      .end();
  });
}

/** Today's headers of every path but the web editor: fixed here so that no change slips through. */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

const ADMIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' data: blob: https://api.github.com; media-src 'self' blob:; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

describe('netlify.toml', () => {
  let rules: HeaderRule[];
  beforeAll(async () => {
    rules = await readHeaderRules();
  });

  it('builds with npm run build on Node 22 and publishes _site, also for deploy previews', () => {
    expect(toml.build).toMatchObject({ command: 'npm run build', publish: '_site' });
    expect(toml.build.environment.NODE_VERSION).toBe('22');
    expect(toml.context['deploy-preview']).toMatchObject({ command: 'npm run build', publish: '_site' });
  });

  it('sends the security headers on every path', () => {
    const headers = headersFor(rules, '/kontakte/beispiel/');
    expect(headers['Content-Security-Policy']).toBe(CSP);
    expect(headers['Content-Security-Policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\s\*[\s;]/);
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains; preload');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headers['X-Frame-Options']).toBe('DENY');
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics', 'payment', 'usb']) {
      expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
    }
  });

  it('caches /assets/* and keeps the security headers there', () => {
    const headers = headersFor(rules, '/assets/site.css');
    expect(headers['Cache-Control']).toMatch(/max-age=\d+/);
    expect(headers['Content-Security-Policy']).toBe(CSP);
    expect(headersFor(rules, '/kontakte/')['Cache-Control']).toBeUndefined();
  });

  it('gives /admin/ its own CSP and COOP, and keeps every other header of the site there', () => {
    const site = headersFor(rules, '/kontakte/beispiel/');
    for (const urlPath of ['/admin/', '/admin/config.yml', '/admin/sveltia-cms.js', '/admin/fonts/x.woff2']) {
      const admin = headersFor(rules, urlPath);
      expect(admin['Content-Security-Policy'], urlPath).toBe(ADMIN_CSP);
      expect(admin['Cross-Origin-Opener-Policy'], urlPath).toBe('same-origin-allow-popups');
      expect(admin['Cache-Control'], urlPath).toBe('no-store');
      for (const name of ['Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy', 'Strict-Transport-Security', 'X-Frame-Options'])
        expect(admin[name], `${urlPath} ${name}`).toBe(site[name]);
    }
    // Strict where it can be: only the GitHub API besides our origin, no eval, inline styles only here.
    const directives = new Map(
      ADMIN_CSP.split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'data:', 'blob:', 'https://api.github.com']);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const origins = [...directives.values()].flat().filter((value) => /^https?:/.test(value));
    expect(origins).toEqual(['https://api.github.com']);
    expect(ADMIN_CSP).not.toMatch(/'unsafe-eval'|'wasm-unsafe-eval'|\s\*[\s;]/);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('keeps today’s headers on every other path of the built site', () => {
    const files = listFiles(siteDir).filter((rel) => !rel.startsWith('admin/'));
    expect(files.length).toBeGreaterThan(50);
    // Netlify's `/admin/*` also matches /administration/ (a standalone * takes any rest): no
    // path of the site may start with "admin", or it would get the editor's headers.
    expect(files.filter((rel) => /^admin/i.test(rel))).toEqual([]);
    expect(forRegExp('/admin/*').test('/administration/')).toBe(true);
    for (const urlPath of ['/', '/404.html', '/gibt-es-nicht/', '/verwaltung/admin/', ...files.map((rel) => `/${rel}`)]) {
      const headers = headersFor(rules, urlPath);
      expect(headers['Content-Security-Policy'], urlPath).toBe(CSP);
      expect(headers['Cross-Origin-Opener-Policy'], urlPath).toBe('same-origin');
      expect(headers['Cache-Control'], urlPath).toBe(urlPath.startsWith('/assets/') ? 'public, max-age=86400, must-revalidate' : undefined);
    }
  });

  it('matches `for` paths like Netlify', () => {
    expect(forRegExp('/*').test('/')).toBe(true);
    expect(forRegExp('/*').test('/a/b/c.html')).toBe(true);
    expect(forRegExp('/assets/*').test('/assets/js/x.js')).toBe(true);
    expect(forRegExp('/assets/*').test('/assets')).toBe(true);
    expect(forRegExp('/assets/*').test('/ASSETS/x.css')).toBe(true);
    expect(forRegExp('/assets/*').test('/kontakte/assets/x.css')).toBe(false);
  });
});

describe('test server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startServer({ root: siteDir });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves pages with the headers of netlify.toml', async () => {
    const response = await fetch(`${server.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves /admin/ with its own headers, and the site with today’s', async () => {
    const admin = await fetch(`${server.origin}/admin/`);
    expect(admin.status).toBe(200);
    expect(admin.headers.get('content-security-policy')).toBe(ADMIN_CSP);
    expect(admin.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
    const home = await fetch(`${server.origin}/`);
    expect(home.headers.get('content-security-policy')).toBe(CSP);
    expect(home.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('serves directory URLs from index.html and redirects them to the trailing slash', async () => {
    const page = listFiles(siteDir, (rel) => /^[^/]+\/index\.html$/.test(rel))[0]!;
    const dir = page.slice(0, -'/index.html'.length);
    expect((await fetch(`${server.origin}/${dir}/`)).status).toBe(200);
    const redirect = await fetch(`${server.origin}/${dir}`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`/${dir}/`);
  });

  it('answers unknown URLs with /404.html and status 404, with the headers', async () => {
    const response = await fetch(`${server.origin}/gibt-es-nicht/`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    if (existsSync(path.join(siteDir, '404.html'))) {
      expect(await response.text()).toBe(readFileSync(path.join(siteDir, '404.html'), 'utf8'));
    }
    // Raw paths (fetch would normalise them): nothing outside the site folder is served.
    for (const raw of ['/../../../../etc/passwd', '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/..%5c..%5cetc%5cpasswd']) {
      expect(await rawStatus(server.port, raw), raw).toBe(404);
    }
  });

  it('serves assets with their MIME types and the cache header', async () => {
    const expected: [RegExp, RegExp][] = [
      [/\.css$/, /^text\/css/],
      [/\.js$/, /^text\/javascript/],
      [/\.woff2$/, /^font\/woff2$/],
      [/\.svg$/, /^image\/svg\+xml$/],
      [/\.json$/, /^application\/json/],
      [/\.wasm$/, /^application\/wasm$/],
      [/\.pf_(meta|fragment|index|filter)$|\.pagefind$/, /^application\/octet-stream$/],
    ];
    const files = listFiles(siteDir);
    let checked = 0;
    for (const [pattern, mime] of expected) {
      const file = files.find((rel) => pattern.test(rel));
      if (!file) continue;
      const response = await fetch(`${server.origin}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toMatch(mime);
      if (file.startsWith('assets/')) expect(response.headers.get('cache-control'), file).toMatch(/max-age/);
      checked++;
    }
    // CSS, JavaScript, fonts and the favicon at least (DESIGN §4: fonts self-hosted).
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});

/**
 * System Chromium through playwright-core, and a page opener that records everything the
 * quality bars forbid: requests to other origins, console errors, page errors, CSP violations,
 * cookies and Web Storage use.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Cookie, type Page, type Response } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * playwright-core 1.65's own `--disable-features` list (chromiumSwitches.ts): Chromium honours only
 * the last `--disable-features` switch, so ours repeats it before adding its own.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * RenderDocument: Chromium 156 builds a new frame host (and its browser- and renderer-side
 * objects) for every cross-document navigation. Without it a `goto` in an open tab reuses the
 * frame: about a quarter less Chromium CPU per navigation (docs/performance.md, "Session 11").
 * What a page loads, runs and reports is the same (the record's tests fail as before).
 * WebUIOmniboxPopup, WebUIOmniboxAimPopup: Chromium 156 preloads the address bar's popups as two
 * WebUI documents in a renderer of their own for every context; headless, nobody sees them. They
 * took 42 s of CPU in a run of the browser tests (63 renderers), a sixth of all Chromium's.
 */
const LAUNCH = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, 'RenderDocument', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'].join(',')}`,
  ],
};

/**
 * Chromium for one test file. Inside a vitest worker: a view of the worker's own Chromium, started
 * by the first file that asks and kept for the next files of the worker, closed by playwright when
 * the worker exits. `close()` on the view closes the contexts this file opened and leaves the
 * browser running. Outside vitest (a script): a Chromium of its own, closed by `close()`.
 *
 * Why one per worker and not one for the run: Playwright talks to a Chromium it launched over a
 * pipe; a browser shared by the workers had to be reached through a Playwright server in vitest's
 * main process, which relayed every message of every page (27 s of CPU per suite), and the one
 * browser process handled the pages of both workers. Browser test files: 319 → 301 s of CPU,
 * 180 → 168 s wall (docs/performance.md, "Session 15").
 */
export function launchBrowser(): Promise<Browser> {
  return process.env.VITEST_WORKER_ID ? fileView() : chromium.launch(LAUNCH);
}

/**
 * This worker's Chromium, once started: kept on the process, not in this module, so that a run
 * with module isolation (`--isolate`, a fresh copy of this module per file) still starts one per
 * worker instead of leaving one running per file.
 */
const WORKER_CHROMIUM = Symbol.for('gsn.workerChromium');
const processSlots = process as unknown as Record<symbol, Promise<Browser> | undefined>;

/** A test file's view of the worker's Chromium: what it opens it closes, the browser stays. */
async function fileView(): Promise<Browser> {
  const launching = (processSlots[WORKER_CHROMIUM] ??= chromium.launch(LAUNCH));
  // A launch that failed is tried again by the next file, with its own error; a Chromium that
  // crashed or was closed under an earlier file is replaced, not handed on.
  const browser = await launching.catch((error: unknown) => {
    if (processSlots[WORKER_CHROMIUM] === launching) processSlots[WORKER_CHROMIUM] = undefined;
    throw error;
  });
  if (!browser.isConnected()) {
    if (processSlots[WORKER_CHROMIUM] === launching) processSlots[WORKER_CHROMIUM] = undefined;
    return fileView();
  }
  const opened = new Set<BrowserContext>();
  const newContext = async (options?: BrowserContextOptions) => {
    const context = await browser.newContext(options);
    opened.add(context);
    context.on('close', () => opened.delete(context));
    return context;
  };
  const closeOpened = async () => void (await Promise.all([...opened].map((context) => context.close().catch(() => undefined))));
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext') return newContext;
      // As Browser.newPage: a context of its own that closes with the page.
      if (property === 'newPage')
        return async (options?: BrowserContextOptions) => {
          const context = await newContext(options);
          const page = await context.newPage();
          page.on('close', () => void context.close().catch(() => undefined));
          return page;
        };
      // `await using` disposes like close(): the worker's Chromium stays for the next files.
      if (property === 'close' || property === Symbol.asyncDispose) return closeOpened;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The neutral site "Seite verlassen" goes to (src/site/site.ts), answered locally: the machine may be offline. */
export const EXIT_URL = 'https://www.google.de/';
/** EXIT_URL and every address below it, as a CDP `Fetch` URL pattern (`*`: any characters). */
const EXIT_PATTERN = `${EXIT_URL}*`;
export const NEUTRAL_BODY = '<!doctype html><title>neutral</title><p>neutral</p>';

export interface PageRecord {
  /** Every request the page made, in order (URL). */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** From `securitypolicyviolation` events and "Refused to …" console messages. */
  cspViolations: string[];
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** The response of the first navigation (null if it failed). */
  response: Response | null;
  record: PageRecord;
  /** Requests to any origin other than the test server (data: and blob: URLs are not requests to an origin). */
  foreignRequests(): string[];
  cookies(): Promise<Cookie[]>;
  /** Keys in localStorage and sessionStorage of the current document. */
  storage(): Promise<{ local: string[]; session: string[] }>;
  close(): Promise<void>;
}

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  /** Answer the quick-exit target with a neutral page instead of leaving the machine. */
  routeExit?: boolean;
  /** Runs before the first navigation (routes, init scripts…). */
  beforeGoto?: (page: Page, context: BrowserContext) => Promise<void>;
  contextOptions?: BrowserContextOptions;
  /**
   * A context of its own, closed with the page: for a test whose page leaves state a later page
   * must not see or whose checks depend on an empty HTTP cache (the origin private file system,
   * bytes downloaded). Otherwise the page opens in the file's context for these options (see below).
   */
  freshContext?: boolean;
}

/** Runs in every document before its own scripts: reports CSP violations to the test. */
const CSP_LISTENER = `(() => {
  const report = (e) => {
    const text = e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' in ' + e.documentURI + (e.lineNumber ? ':' + e.lineNumber : '') + (e.sample ? ' [' + e.sample + ']' : '');
    try { window.__gsnReportCsp(text); } catch {}
  };
  document.addEventListener('securitypolicyviolation', report, true);
  // Pointer, touch or key input reaching the page (a click, tap, key press): the tab is not handed
  // on to another test (test/support/browser.ts, PooledPage). Passive, and reported once per document.
  let input = false;
  const onInput = (e) => { if (!e.isTrusted || input) return; input = true; try { window.__gsnReportInput(); } catch {} };
  for (const type of ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel']) window.addEventListener(type, onInput, { capture: true, passive: true });
})();`;

export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:' ? undefined : parsed.origin;
  } catch {
    return undefined;
  }
}

/**
 * The contexts a browser connection has opened for shared use, one per set of options. A new
 * context costs Chromium about five times the CPU of a navigation (docs/performance.md, "Test
 * suite time"); pages of one test file that need the same options share one. The site sets no
 * cookie and stores nothing (asserted per page type), so a shared context changes nothing a later
 * page could see; listeners, routes and init scripts are set on each page, not on the context.
 */
const sharedContexts = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

function contextFor(browser: Browser, options: BrowserContextOptions, fresh: boolean): Promise<BrowserContext> {
  if (fresh) return browser.newContext(options);
  let contexts = sharedContexts.get(browser);
  if (!contexts) sharedContexts.set(browser, (contexts = new Map()));
  const key = JSON.stringify(options);
  let context = contexts.get(key);
  if (!context) {
    context = browser.newContext(options);
    contexts.set(key, context);
    void context.then((opened) => opened.on('close', () => contexts.delete(key))).catch(() => contexts.delete(key));
  }
  return context;
}

/** Where a page's listeners write: the record of the test that holds the page now (a pooled page serves several). */
interface Recorder {
  record: PageRecord;
  /** A document of the page got pointer, touch or key input (see CSP_LISTENER). */
  input: boolean;
}

/**
 * Answers the quick-exit target with NEUTRAL_BODY in Chromium itself: `Fetch.enable` with a pattern
 * pauses only requests to that address. Playwright's `page.route` pauses every request of the page
 * and matches it in Node, which made each navigation about twice as expensive (100 loads of site
 * pages: 4.5 s plain, 9.2 s with the route, 5.4 s this way; docs/performance.md, "Session 14").
 */
async function answerExit(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const body = Buffer.from(NEUTRAL_BODY).toString('base64');
  const headers = [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }];
  session.on('Fetch.requestPaused', ({ requestId }) => {
    void session.send('Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders: headers, body }).catch(() => undefined);
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: EXIT_PATTERN, requestStage: 'Request' }] });
}

/**
 * Records requests, console errors, page errors and CSP reports of `page` (and of windows it opens)
 * into `recorder.record`.
 */
async function watch(page: Page, recorder: Recorder, routeExit: boolean): Promise<void> {
  await page.exposeBinding('__gsnReportCsp', (_source, text: string) => {
    recorder.record.cspViolations.push(text);
  });
  await page.exposeBinding('__gsnReportInput', () => {
    recorder.input = true;
  });
  await page.addInitScript(CSP_LISTENER);
  if (routeExit) await answerExit(page);
  page.on('request', (request) => recorder.record.requests.push(request.url()));
  page.on('console', (message) => {
    const text = message.text();
    if (/^Refused to /.test(text) || /Content Security Policy/.test(text)) recorder.record.cspViolations.push(`console: ${text}`);
    if (message.type() === 'error') {
      const where = message.location();
      recorder.record.consoleErrors.push(`${text}${where.url ? ` (${where.url}${where.lineNumber ? `:${where.lineNumber}` : ''})` : ''}`);
    }
  });
  page.on('pageerror', (error) => recorder.record.pageErrors.push(`${error.name}: ${error.message}`));
  // A window the page opens is recorded as well (a context-wide listener used to catch it).
  page.on('popup', (popup) => void watch(popup, { record: recorder.record, input: false }, routeExit).catch(() => undefined));
}

/**
 * A tab kept open for the next test of the file: a new tab costs Chromium a renderer process
 * (two in the new headless mode), a `goto` in an open one a fraction of that. Only a tab a test
 * used as it came goes back: its listeners and routes are only ours (set once, writing into the
 * record of whoever holds it), it was not typed or clicked into, it is still at the address it
 * was opened at and stored nothing in sessionStorage. Otherwise it is closed, as every tab was.
 */
interface PooledPage {
  page: Page;
  recorder: Recorder;
  /** The viewport the tab was opened with, set again when a test changed it. */
  viewport: { width: number; height: number } | null;
  /** Set by anything a test did that a later test could notice and we cannot undo. */
  used: boolean;
  /** The page's listeners once ours are set (playwright's own waits add and remove theirs). */
  listeners: string;
}

/** Each event the page has listeners for, with their count. */
function listenersOf(page: Page): string {
  // Page is a Node-style event emitter (playwright's client); its types name only on/off/once.
  const emitter = page as unknown as { eventNames(): (string | symbol)[]; listenerCount(name: string | symbol): number };
  return emitter
    .eventNames()
    .map((name) => `${String(name)}:${emitter.listenerCount(name)}`)
    .sort()
    .join(' ');
}

/** Idle tabs per shared context and quick-exit routing. */
const idlePages = new WeakMap<BrowserContext, Map<boolean, PooledPage[]>>();

function idleList(context: BrowserContext, routeExit: boolean): PooledPage[] {
  let byRoute = idlePages.get(context);
  if (!byRoute) idlePages.set(context, (byRoute = new Map()));
  let list = byRoute.get(routeExit);
  if (!list) byRoute.set(routeExit, (list = []));
  return list;
}

/** Page methods after which a tab is not handed on: routes, scripts, emulation, history moves (listeners: see `listeners`). */
const MARKING_METHODS = [
  'route',
  'routeFromHAR',
  'routeWebSocket',
  'addInitScript',
  'exposeBinding',
  'exposeFunction',
  'emulateMedia',
  'setExtraHTTPHeaders',
  'setDefaultTimeout',
  'setDefaultNavigationTimeout',
  'goBack',
  'goForward',
  'addLocatorHandler',
  'bringToFront',
] as const;

/** Marks `pooled` as used when the test calls one of MARKING_METHODS or touches mouse, keyboard or touchscreen. */
function markOnUse(pooled: PooledPage): void {
  const mark = <T extends object>(target: T, names: readonly string[]) => {
    for (const name of names) {
      const original = (target as Record<string, unknown>)[name];
      if (typeof original !== 'function') continue;
      (target as Record<string, unknown>)[name] = (...args: unknown[]) => {
        pooled.used = true;
        return (original as (...a: unknown[]) => unknown).apply(target, args);
      };
    }
  };
  mark(pooled.page, MARKING_METHODS);
  mark(pooled.page.mouse, ['move', 'down', 'up', 'click', 'dblclick', 'wheel']);
  mark(pooled.page.keyboard, ['down', 'up', 'press', 'type', 'insertText']);
  mark(pooled.page.touchscreen, ['tap']);
}

/**
 * Puts `pooled` back into `idle` when nothing a later test could notice is left (see PooledPage),
 * on a blank document with its first viewport; else closes it.
 */
async function release(pooled: PooledPage, openedUrl: string, idle: PooledPage[]): Promise<void> {
  const { page } = pooled;
  if (page.isClosed()) return;
  let reusable = !pooled.used && page.url() === openedUrl && listenersOf(page) === pooled.listeners;
  if (reusable) {
    const session = await page.evaluate(() => sessionStorage.length).catch(() => undefined);
    // A click, tap or key press leaves the pointer, hover or focus where it was.
    reusable = session === 0 && !pooled.recorder.input;
  }
  // Blanked from inside the page: `page.goto('about:blank')` (a navigation by the browser) gave
  // the blank document a renderer process of its own and the next site page another one, two
  // process starts per reuse (10 reuses: 20 renderers; this way: none, JavaScript off or on).
  if (reusable)
    reusable = await page
      .evaluate(() => location.replace('about:blank'))
      .then(() => page.waitForURL('about:blank'))
      .then(
        () => true,
        () => false,
      );
  if (reusable && JSON.stringify(page.viewportSize()) !== JSON.stringify(pooled.viewport)) {
    if (pooled.viewport) await page.setViewportSize(pooled.viewport);
    else reusable = false;
  }
  if (reusable && !page.isClosed()) idle.push(pooled);
  else await page.close();
}

export async function openPage(browser: Browser, origin: string, urlPath: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const fresh = options.freshContext ?? false;
  const routeExit = options.routeExit ?? true;
  const context = await contextFor(
    browser,
    {
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      locale: 'de-DE',
      // serviceWorkers: a worker could hide requests from the request log.
      serviceWorkers: 'block',
      ...options.contextOptions,
    },
    fresh,
  );
  const record: PageRecord = { requests: [], consoleErrors: [], pageErrors: [], cspViolations: [] };
  // A test that sets up the page before the first navigation gets a tab of its own, as does one in a context of its own.
  const poolable = !fresh && !options.beforeGoto;
  const idle = poolable ? idleList(context, routeExit) : [];
  let pooled = idle.pop();
  if (pooled && pooled.page.isClosed()) pooled = undefined;
  if (pooled) {
    pooled.recorder.record = record;
  } else {
    const page = await context.newPage();
    pooled = { page, recorder: { record, input: false }, viewport: page.viewportSize(), used: false, listeners: '' };
    await watch(page, pooled.recorder, routeExit);
    pooled.listeners = listenersOf(page);
    if (poolable) markOnUse(pooled);
  }
  const { page } = pooled;
  await options.beforeGoto?.(page, context);
  const response = await page.goto(new URL(urlPath, origin).href, { waitUntil: 'load' });
  const openedUrl = page.url();
  const held = pooled;
  return {
    context,
    page,
    response,
    record,
    foreignRequests: () =>
      record.requests.filter((url) => {
        const requestOrigin = originOf(url);
        return requestOrigin !== undefined && requestOrigin !== origin;
      }),
    cookies: () => context.cookies(),
    storage: () => page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) })),
    close: () => (fresh ? context.close() : poolable ? release(held, openedUrl, idle) : page.close()),
  };
}

/** Waits a little for late console messages, errors and CSP reports (deferred scripts, fonts). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

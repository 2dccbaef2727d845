/** One static server (with the netlify.toml headers) per browser test file, and its view of the worker's Chromium. */
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startServer, type StaticServer } from './server.ts';

export async function startSession(siteDir: string): Promise<{ server: StaticServer; browser: Browser }> {
  const [server, browser] = await Promise.all([startServer({ root: siteDir }), launchBrowser()]);
  return { server, browser };
}

export async function endSession(session: { server?: StaticServer; browser?: Browser }): Promise<void> {
  await session.browser?.close();
  await session.server?.close();
}

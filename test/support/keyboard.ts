/**
 * Keyboard access on a page type: the first Tab reaches "Seite verlassen", the second the
 * skip link, Enter on the skip link moves focus to the main content, and focus is visible.
 * Run by test/support/page-quality.ts (test/browser/pages-*.test.ts) on the page it opened for its other checks.
 */
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { OpenedPage } from './browser.ts';
import type { PageType } from './site.ts';

interface FocusStyle {
  outline: string;
  outlineWidth: number;
  outlineStyle: string;
  boxShadow: string;
}

function focusStyle(locator: Locator): Promise<FocusStyle> {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} offset ${style.outlineOffset}`,
      outlineWidth: parseFloat(style.outlineWidth) || 0,
      outlineStyle: style.outlineStyle,
      boxShadow: style.boxShadow,
    };
  });
}

/** A focus indicator: outline or box-shadow present when focused and different from unfocused. */
function expectVisibleFocus(what: string, unfocused: FocusStyle, focused: FocusStyle): void {
  const hasIndicator = (focused.outlineStyle !== 'none' && focused.outlineWidth > 0) || focused.boxShadow !== 'none';
  expect(hasIndicator, `${what}: no outline or box-shadow when focused (${JSON.stringify(focused)})`).toBe(true);
  expect(focused.outline !== unfocused.outline || focused.boxShadow !== unfocused.boxShadow, `${what}: focused and unfocused look the same (${JSON.stringify(focused)})`).toBe(true);
}

async function expectOnScreen(what: string, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize()!;
  expect(box, `${what} has no box`).not.toBeNull();
  expect(box!.width > 1 && box!.height > 1, `${what} is not visible when focused: ${JSON.stringify(box)}`).toBe(true);
  expect(box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= viewport.width && box!.y < viewport.height, `${what} lies outside the viewport: ${JSON.stringify(box)}`).toBe(true);
}

/** The keyboard path on an opened page that has not been focused or clicked yet. */
export async function expectKeyboardPath(opened: OpenedPage, type: PageType & { url: string }, origin: string): Promise<void> {
  const { page, response } = opened;
  expect(response?.status()).toBe(type.status);
  const exit = page.locator('a[data-quick-exit]');
  const skip = page.locator('a[href="#inhalt"]').first();
  await expect.poll(() => exit.count(), { message: 'quick-exit link a[data-quick-exit]' }).toBe(1);
  await expect.poll(() => skip.count(), { message: 'skip link a[href="#inhalt"]' }).toBe(1);
  const unfocusedExit = await focusStyle(exit);
  const unfocusedSkip = await focusStyle(skip);

  await page.keyboard.press('Tab');
  expect(await exit.evaluate((el) => el === document.activeElement), 'first Tab focuses a[data-quick-exit]').toBe(true);
  expect((await exit.innerText()).trim()).toBe('Seite verlassen');
  expectVisibleFocus('quick-exit link', unfocusedExit, await focusStyle(exit));
  await expectOnScreen('quick-exit link', exit);

  await page.keyboard.press('Tab');
  expect(await skip.evaluate((el) => el === document.activeElement), 'second Tab focuses the skip link').toBe(true);
  expectVisibleFocus('skip link', unfocusedSkip, await focusStyle(skip));
  await expectOnScreen('skip link', skip);

  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: 'Enter on the skip link focuses #inhalt' }).toBe('inhalt');
  expect(page.url()).toBe(new URL(`${type.url}#inhalt`, origin).href);
  // The next Tab continues inside the main content, not back at the top of the page.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('#inhalt, footer'))).toBe(true);
}

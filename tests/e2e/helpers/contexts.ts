/**
 * Browser contexts a test opens itself (a teacher and a student, a second device) are not closed by Playwright: the
 * worker's browser keeps them, with their pages and service workers, for the rest of the run, and a long run on a busy
 * machine slows down under them. Specs that open their own contexts close them after each test.
 */
import type { test as base } from '@playwright/test';

export function closeOwnContextsAfterEach(test: typeof base): void {
  test.afterEach(async ({ browser, context }) => {
    for (const own of browser.contexts()) if (own !== context) await own.close();
  });
}

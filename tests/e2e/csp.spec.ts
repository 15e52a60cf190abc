/** The Content-Security-Policy: no inline script runs, and the app itself never trips the policy. */
import { expect, test, type Page } from '@playwright/test';

const ROUTES = [
  '/',
  '/study/alaska-summit',
  '/review',
  '/progress',
  '/settings',
  '/teach',
  '/teach/import',
  '/quiz'
];

/** Records every policy violation the page reports, from before its first script runs. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`)
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

for (const route of ROUTES) {
  test(`${route} carries a policy that allows no inline script, and breaks nothing`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
    expect(await violations()).toEqual([]);
  });
}

test('a script smuggled into the page does not run', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = true';
    document.body.append(script);
    const img = document.createElement('img');
    // The inline handler is registered first, so it would run before this listener if the policy let it.
    img.setAttribute('onerror', 'window.__pwned = true');
    const failed = new Promise((resolve) => img.addEventListener('error', resolve));
    img.setAttribute('src', 'x:');
    document.body.append(img);
    await failed;
    return (window as unknown as { __pwned?: boolean }).__pwned === true;
  });
  expect(ran).toBe(false);
  expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
});

test('studying a question trips no policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/study/alaska-summit');
  await expect(page.getByText(/^1 \/ \d+$/)).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('a saved theme applies before the page is parsed, by the one inline script the policy allows', async ({
  page
}) => {
  const violations = await watchViolations(page);
  await page.addInitScript(() => {
    localStorage.setItem('sourcewise-theme', 'dark');
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __parsedTheme?: string }).__parsedTheme =
        document.documentElement.dataset.theme;
    });
  });
  await page.goto('/progress');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __parsedTheme?: string }).__parsedTheme)).toBe(
    'dark'
  );
  expect(await violations()).toEqual([]);
});

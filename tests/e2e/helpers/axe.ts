/**
 * axe, the way every accessibility test here runs it. One axe run takes a few seconds on an idle machine and far
 * longer when both cores are busy, so each run extends the running test's time limit by its own budget instead of
 * competing with the test's other steps for one fixed limit.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.2 AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Time allowed to each axe run, on top of the test's own limit: generous, since a busy machine slows axe most. */
const AXE_RUN_BUDGET_MS = 60_000;

export async function expectNoAxeViolations(
  page: Page,
  label: string,
  { scope, tags = AXE_TAGS }: { scope?: string; tags?: string[] } = {}
): Promise<void> {
  test.info().setTimeout(test.info().timeout + AXE_RUN_BUDGET_MS);
  let builder = new AxeBuilder({ page }).withTags(tags);
  if (scope) builder = builder.include(scope);
  const { violations } = await builder.analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    label
  ).toEqual([]);
}

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fails on serious or critical WCAG 2.x A/AA violations, listing each rule and element. With
 * `soft`, records the failure and lets the test go on (the screen tests list every invariant).
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  { soft = false, label = 'axe' }: { soft?: boolean; label?: string } = {},
): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  (soft ? expect.soft : expect)(serious, `${label}: serious axe violations\n${serious.join('\n')}`).toEqual([]);
}

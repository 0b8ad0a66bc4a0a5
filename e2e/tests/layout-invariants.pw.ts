import { expect, test } from '@playwright/test';
import { horizontalOverflow, oversizedControls, smallTapTargets, visibleInFirstScreen } from './layout-invariants';

// The invariants must catch what they are for, or every screen test passes for nothing.
test.use({ viewport: { width: 390, height: 844 } });

test('a huge icon in a control, a sideways scroll and crowded small targets are all found', async ({ page }) => {
  await page.setContent(`
    <label><input type="checkbox"> Secondary <svg width="20" height="700"></svg></label>
    <div style="width: 500px">wide</div>
    <div><button style="width: 16px; height: 16px; padding: 0">a</button><button
      style="width: 16px; height: 16px; padding: 0">b</button></div>
    <p>Read <a href="/guide">the guide</a> before you start.</p>
    <button style="width: 20px; height: 20px; padding: 0; margin: 40px">alone</button>
    <button style="width: 120px; height: 32px">Big enough</button>`);

  expect(await oversizedControls(page)).toEqual(['svg in "Secondary" 700px']);
  expect(await horizontalOverflow(page)).toBeGreaterThan(0);
  // The two touching 16 px buttons fail; the link inside a sentence and the well-spaced small
  // button meet the inline and spacing exceptions.
  expect(await smallTapTargets(page)).toEqual(['button "a" 16×16px', 'button "b" 16×16px']);
});

test('the main action counts only when it shows without scrolling', async ({ page }) => {
  await page.setContent(`
    <button>Sign in</button>
    <div style="height: 2000px"></div>
    <button>Reply</button>`);

  expect(await visibleInFirstScreen(page, page.getByRole('button', { name: 'Sign in' }))).toBe(true);
  expect(await visibleInFirstScreen(page, page.getByRole('button', { name: 'Reply' }))).toBe(false);
});

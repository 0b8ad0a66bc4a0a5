import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectNoSeriousA11yViolations } from './accessibility';

// The invariants every main screen keeps at every size (docs/testing.md, "Layout invariants").
// Each check returns a list of offenders so one failure names every element at once.

export const MAX_CONTROL_HEIGHT = 64;
/** WCAG 2.2 2.5.8 Target Size (Minimum), in CSS px. */
export const MIN_TARGET = 24;

export const viewports = [
  { name: 'desktop', width: 1366, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
export type Viewport = (typeof viewports)[number];

/** What is measured for height: form controls, buttons and the icons inside controls (not text areas, not images). */
const CONTROL_SELECTOR = [
  'input:not([type=hidden])',
  'button',
  'select',
  '[role=button]',
  '[role=checkbox]',
  '[role=radio]',
  '[role=switch]',
  '[role=combobox]',
  '[role=tab]',
  ':is(button, a, label, [role=button], [class*=Checkbox], [class*=Radio], [class*=Input], [class*=Switch]) svg',
].join(', ');

/** What a pointer can activate. */
const TARGET_SELECTOR = [
  'a[href]',
  'button',
  'input:not([type=hidden])',
  'select',
  'textarea',
  'summary',
  '[role=button]',
  '[role=link]',
  '[role=checkbox]',
  '[role=radio]',
  '[role=switch]',
  '[role=tab]',
  '[role=menuitem]',
  '[role=option]',
].join(', ');

/** Repeated offenders collapse to one line with a count. */
function counted(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, n]) => (n > 1 ? `${line} × ${n}` : line));
}

/** Visible controls taller than the limit, one line per kind ("svg in 'Secondary (3)' 776px × 12"). */
export async function oversizedControls(page: Page): Promise<string[]> {
  const found = await page.evaluate(
    ({ selector, max }) =>
      Array.from(document.querySelectorAll<Element>(selector))
        .filter((el) => !el.closest('textarea, img'))
        .map((el) => ({ el, height: Math.round(el.getBoundingClientRect().height) }))
        .filter(({ el, height }) => el.getBoundingClientRect().width > 0 && height > max)
        .map(({ el, height }) => {
          const owner = el.closest('label, button, [role=button], [class*="-root"]');
          const name = (el.getAttribute('aria-label') ?? owner?.textContent ?? '').trim().slice(0, 30);
          return `${el.tagName.toLowerCase()} in "${name}" ${height}px`;
        }),
    { selector: CONTROL_SELECTOR, max: MAX_CONTROL_HEIGHT },
  );
  return counted(found);
}

/** How far the page scrolls sideways, in px (0 when it fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Visible targets smaller than 24×24 px that also fail WCAG 2.2's spacing exception: a 24 px
 * circle centred on the target must not meet another target (or another small target's circle).
 * A form control's target includes its label, since clicking the label activates it. Links inside
 * a sentence are exempt (the "inline" exception), as are visually hidden elements.
 */
export async function smallTapTargets(page: Page): Promise<string[]> {
  const found = await page.evaluate(
    ({ selector, min }) => {
      type Box = { left: number; top: number; right: number; bottom: number };
      const visible = (el: Element, r: DOMRect) => {
        const style = getComputedStyle(el);
        return r.width > 1 && r.height > 1 && style.visibility !== 'hidden' && style.pointerEvents !== 'none';
      };
      const inline = (el: Element) => {
        if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
        const block = el.parentElement?.closest('p, li, dd, td, span, small, div');
        return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
      };
      const union = (a: Box, b: Box): Box => ({
        left: Math.min(a.left, b.left),
        top: Math.min(a.top, b.top),
        right: Math.max(a.right, b.right),
        bottom: Math.max(a.bottom, b.bottom),
      });
      const targets: { el: Element; box: Box }[] = [];
      for (const el of Array.from(document.querySelectorAll(selector))) {
        // An input drawn under a styled box (Mantine's checkbox) is measured with its label.
        const r = el.getBoundingClientRect();
        if (!visible(el, r) && !(el instanceof HTMLInputElement)) continue;
        if (el.closest('[aria-hidden=true], .sr-only, [class*=visuallyHidden]')) continue;
        let box: Box = r;
        const labels = el instanceof HTMLInputElement ? Array.from(el.labels ?? []) : [];
        for (const label of labels) box = union(box, label.getBoundingClientRect());
        if (box.right - box.left <= 1 || box.bottom - box.top <= 1) continue;
        if (inline(el)) continue;
        // A target nested in another (an icon button in a link) is judged as the outer one.
        if (targets.some((t) => t.el.contains(el) || el.contains(t.el))) continue;
        targets.push({ el, box });
      }
      const small = targets.filter(({ box }) => box.right - box.left < min || box.bottom - box.top < min);
      const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
      const distanceToBox = (p: { x: number; y: number }, b: Box) =>
        Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));
      return small
        .filter(({ el, box }) => {
          const c = centre(box);
          return targets.some((other) => {
            if (other.el === el) return false;
            const otherIsSmall = small.some((s) => s.el === other.el);
            if (otherIsSmall) {
              const o = centre(other.box);
              return Math.hypot(c.x - o.x, c.y - o.y) < min;
            }
            return distanceToBox(c, other.box) < min / 2;
          });
        })
        .map(({ el, box }) => {
          const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
          const size = `${Math.round(box.right - box.left)}×${Math.round(box.bottom - box.top)}`;
          return `${el.tagName.toLowerCase()} "${name}" ${size}px`;
        });
    },
    { selector: TARGET_SELECTOR, min: MIN_TARGET },
  );
  return counted(found);
}

/** Whether at least one element of `action` lies wholly inside the first screen, unscrolled. */
export async function visibleInFirstScreen(page: Page, action: Locator): Promise<boolean> {
  const height = page.viewportSize()?.height ?? 0;
  for (const candidate of await action.all()) {
    const box = (await candidate.isVisible()) ? await candidate.boundingBox() : null;
    if (box && box.y >= 0 && box.y + box.height <= height) return true;
  }
  return false;
}

/** Waits until the page has its heading and no spinner, with the network quiet. */
export async function settle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // After an in-app navigation the load state is already "idle": wait for the spinners instead.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.mantine-Loader-root, [aria-busy="true"]')).toHaveCount(0);
}

/**
 * Saves the first screen and the whole page as test artefacts. With SCREENS_DIR set (`npm run
 * screens`), the first screen is also written there as `<screen>-<viewport>.png` for docs/screens.
 */
async function screenshots(page: Page, info: TestInfo, screen: string, viewport: Viewport): Promise<void> {
  const label = `${screen}-${viewport.name}`;
  const first = info.outputPath(`${label}.png`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: first, scale: 'css', animations: 'disabled' });
  await info.attach(label, { path: first, contentType: 'image/png' });
  const full = info.outputPath(`${label}-full.png`);
  await page.screenshot({ path: full, scale: 'css', animations: 'disabled', fullPage: true });
  await info.attach(`${label}-full`, { path: full, contentType: 'image/png' });
  if (process.env.SCREENS_DIR) {
    const dir = resolve(process.env.SCREENS_DIR);
    mkdirSync(dir, { recursive: true });
    copyFileSync(first, join(dir, `${label}.png`));
  }
}

/**
 * Every invariant for one screen, checked softly so one run lists every failure: controls no
 * taller than 64 px, no sideways scroll, tap targets at least 24 px, the screen's main action in
 * the first screen, and no serious axe violation.
 */
export async function checkScreen(
  page: Page,
  info: TestInfo,
  { screen, viewport, mainAction }: { screen: string; viewport: Viewport; mainAction: Locator },
): Promise<void> {
  await settle(page);
  await screenshots(page, info, screen, viewport);
  const label = `${screen} at ${viewport.name} size`;
  expect.soft(await oversizedControls(page), `${label}: controls taller than ${MAX_CONTROL_HEIGHT}px`).toEqual([]);
  const overflow = await horizontalOverflow(page);
  expect.soft(overflow, `${label}: the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  expect.soft(await smallTapTargets(page), `${label}: tap targets under ${MIN_TARGET}px`).toEqual([]);
  const shown = await visibleInFirstScreen(page, mainAction);
  expect.soft(shown, `${label}: main action in the first screen`).toBe(true);
  await expectNoSeriousA11yViolations(page, { soft: true, label });
}

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe's critical and serious findings on what is on screen (or inside `selector`), one line per rule with the first nodes. */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (selector) builder.include(selector);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} ×${v.nodes.length}: ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
          .join(' | ')}`,
    );
}

// Runs in the page, where the DOM is; written as text because the tests are compiled without the DOM's types.
const findOverflow = `(() => {
  const found = [];
  const doc = document.scrollingElement ?? document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) found.push('page scrolls sideways: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
  for (const el of document.querySelectorAll('body *')) {
    if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) continue;
    const style = getComputedStyle(el);
    if (['auto', 'scroll'].includes(style.overflowX) || style.textOverflow === 'ellipsis') continue;
    if (style.visibility === 'hidden' || el.closest('[aria-hidden="true"], svg, .recharts-wrapper')) continue;
    // Text for screen readers only (a 1 px box clipped to nothing, as VisuallyHidden draws it) is never seen.
    if (style.clip.startsWith('rect(0')) continue;
    // Only boxes that hold text of their own: a layout wrapper is reported through the text inside it.
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!ownText) continue;
    const name = el.getAttribute('data-testid') ?? String(el.className).slice(0, 40);
    found.push(el.tagName.toLowerCase() + '[' + name + '] "' + (el.textContent ?? '').trim().slice(0, 40) + '" ' + el.scrollWidth + ' > ' + el.clientWidth);
  }
  return found;
})()`;

/**
 * Text boxes whose content is wider than the box (clipped or spilling), and whether the page scrolls
 * sideways. Elements that scroll on purpose (overflow auto/scroll: tables, the grid) are left out, and so
 * are ellipsised names, which show in full on hover and are meant to be cut.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(findOverflow);
}

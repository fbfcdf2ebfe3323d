/**
 * WCAG 2.2 SC 2.5.8 Target Size (Minimum), measured on the rendered page: every pointer target
 * in the header, main content and footer is at least 24×24 CSS px, unless an exception of the
 * SC applies. Applied, as the SC words them:
 * - Spacing: an undersized target passes when a 24 px circle centred on its bounding box
 *   intersects no other target and no circle of another undersized target.
 * - Inline: the target is in a sentence, or its size is constrained by the line height of
 *   non-target text. Taken as: the element is `display: inline` and the block it sits in holds
 *   text of its own outside any target (a link alone in a list item is NOT excepted).
 * - User agent control: an unstyled native control whose size the browser decides. Taken as a
 *   radio button or checkbox with a label: the label is part of the target (a click on it
 *   activates the control), so the label and control are measured together.
 * Not applied: Equivalent (no duplicate targets are assumed) and Essential.
 * Targets are links with href, buttons, form fields, summaries and elements with a button or
 * link role; hidden ones (display none, visually hidden, off-screen skip link) do not count.
 */
import type { Page } from 'playwright-core';

export const MIN_TARGET = 24;

/** One line per failing target: `tag "text": w×h at (x, y): reason`. Empty when all pass. */
export function tapTargetProblems(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"]';
    const scope = [...document.querySelectorAll('header, main, footer')];
    type Target = { el: Element; label: string; rects: DOMRect[]; box: DOMRect };
    const targets: Target[] = [];
    const seen = new Set<Element>();
    for (const root of scope) {
      for (const el of root.querySelectorAll(selector)) {
        if (seen.has(el)) continue;
        seen.add(el);
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        let measured: Element[] = [el];
        if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
          // The label is part of the control's target.
          measured = [el, ...[...(el.labels ?? [])]];
        }
        const rects = measured
          .flatMap((m) => [...m.getClientRects()])
          .filter((r) => r.width > 0 && r.height > 0);
        if (rects.length === 0) continue;
        const left = Math.min(...rects.map((r) => r.left));
        const top = Math.min(...rects.map((r) => r.top));
        const right = Math.max(...rects.map((r) => r.right));
        const bottom = Math.max(...rects.map((r) => r.bottom));
        const box = new DOMRect(left, top, right - left, bottom - top);
        // Visually hidden (1 px, clipped) or moved off the page: not a target anyone can hit.
        if (
          box.width <= 1 ||
          box.height <= 1 ||
          box.bottom + scrollY < 0 ||
          box.right + scrollX < 0
        )
          continue;
        const text =
          (el.textContent ?? '').trim().replace(/\s+/g, ' ') ||
          el.getAttribute('aria-label') ||
          el.getAttribute('name') ||
          '';
        targets.push({ el, label: `${el.localName} "${text.slice(0, 40)}"`, rects, box });
      }
    }

    /** The block an inline element sits in has text outside any target: "in a sentence". */
    const inSentence = (el: Element): boolean => {
      if (getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      if (!block) return false;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/[\p{L}\p{N}]/u.test(node.textContent ?? '')) continue;
        const owner = node.parentElement;
        if (owner && !owner.closest(selector) && owner.checkVisibility()) return true;
      }
      return false;
    };

    const centre = (t: Target) => ({
      x: t.box.left + t.box.width / 2,
      y: t.box.top + t.box.height / 2,
    });
    const undersized = (t: Target) => t.box.width < min - 0.01 || t.box.height < min - 0.01;
    const related = (a: Target, b: Target) => a.el.contains(b.el) || b.el.contains(a.el);
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - p.x, 0, p.x - r.right);
      const dy = Math.max(r.top - p.y, 0, p.y - r.bottom);
      return Math.hypot(dx, dy);
    };

    const problems: string[] = [];
    for (const target of targets) {
      if (!undersized(target) || inSentence(target.el)) continue;
      const c = centre(target);
      const crowded = targets.find((other) => {
        if (other === target || related(target, other)) return false;
        if (other.rects.some((r) => distanceToRect(c, r) < min / 2 - 0.01)) return true;
        if (!undersized(other) || inSentence(other.el)) return false;
        const o = centre(other);
        return Math.hypot(c.x - o.x, c.y - o.y) < min - 0.01;
      });
      if (!crowded) continue;
      const { width, height, left, top } = target.box;
      problems.push(
        `${target.label}: ${Math.round(width)}×${Math.round(height)} at (${Math.round(left)}, ${Math.round(top + scrollY)}): smaller than ${min}×${min} and too close to ${crowded.label}`,
      );
    }
    return problems;
  }, MIN_TARGET);
}

/**
 * DOM glue: lays panels' charts out OFF-SCREEN at the export width (so a phone
 * and a desktop give the same export), all at once, and says when they have
 * redrawn. Several panels laid out together redraw in one pass, so Export all
 * waits for frames once per batch instead of once per panel.
 */
import { layoutSettled } from './layoutSettle';
import { measurePhase } from './phases';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** The chart `<svg>`s of an element that belong in a picture: not icons in legends, buttons or tooltips. */
export function chartSvgs(root: HTMLElement): SVGSVGElement[] {
  const all = [...root.querySelectorAll<SVGSVGElement>('svg')];
  return all.filter((s) => {
    if (s.parentElement?.closest('svg')) return false;
    if (s.closest('.legend, .recharts-legend-wrapper, .recharts-tooltip-wrapper, button, [data-export="skip"]'))
      return false;
    const r = s.getBoundingClientRect();
    return r.width > 40 && r.height > 20;
  });
}

/** The heading a chart's ChartBox states (data-heading), for a panel with more than one chart. */
export function chartHeading(svg: Element): string | undefined {
  return svg.closest<HTMLElement>('[data-heading]')?.dataset.heading || undefined;
}

const widthsOf = (el: HTMLElement) => chartSvgs(el).map((s) => s.getBoundingClientRect().width);

export interface ExportLayout {
  /** Resolves when every chart has redrawn at the export width (or after SETTLE_MAX_MS). */
  settled(): Promise<void>;
  /** Puts every element back where it was. */
  restore(): void;
}

/** Moves each chart element off-screen at `width` px; its panel keeps its height meanwhile, so the page does not jump. */
export function layOutAt(els: HTMLElement[], width: number): ExportLayout {
  const before = els.map(widthsOf);
  const saved = els.map((el) => {
    const body = el.parentElement;
    const kept = { el, body, style: el.style.cssText, minHeight: body?.style.minHeight ?? '' };
    if (body) body.style.minHeight = `${body.getBoundingClientRect().height}px`;
    return kept;
  });
  for (const el of els) {
    // Through the CSSOM: the server's Content-Security-Policy refuses style attributes set from script.
    el.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;flex:none;pointer-events:none;`;
    el.setAttribute('aria-hidden', 'true');
    el.classList.add('is-exporting');
  }
  let changed = false;
  const watcher = new MutationObserver(() => (changed = true));
  for (const el of els) watcher.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  const start = performance.now();
  return {
    async settled() {
      let quietFrames = 0;
      for (;;) {
        await frame();
        const mutated = changed || watcher.takeRecords().length > 0;
        changed = false;
        quietFrames = mutated ? 0 : quietFrames + 1;
        const elapsedMs = performance.now() - start;
        if (layoutSettled({ widths: els.map(widthsOf), before, target: width, quietFrames, elapsedMs })) break;
      }
      measurePhase('relayout', start);
    },
    restore() {
      watcher.disconnect();
      for (const { el, body, style, minHeight } of saved) {
        el.style.cssText = style;
        if (!style) el.removeAttribute('style');
        el.removeAttribute('aria-hidden');
        el.classList.remove('is-exporting');
        if (body) body.style.minHeight = minHeight;
      }
    },
  };
}

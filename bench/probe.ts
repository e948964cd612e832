// Injected into the page (Playwright addInitScript) before the app loads.
// Plain JS text on purpose: functions compiled by tsx carry `__name` helpers
// that do not exist in the page.
//
// - Interaction timing: `__bench.arm(kind)` before an input; the capture-phase
//   click/change listener marks `input:<kind>` at the event's own timeStamp.
//   React's commits are observed through the DevTools global hook
//   (`onCommitFiberRoot`, called by react-dom's production build after each
//   commit). From the first commit after the input, each requestAnimationFrame
//   (where the frame lays out anyway, so reading layout forces nothing extra)
//   asks whether every panel in the window shows the new state: none of them
//   loading or `aria-busy` (still showing the answer to the previous filters),
//   no slice skeleton and no chart placeholder in the window. The first frame
//   where that holds ends `performance.measure` input → frame. Panels out of
//   the window may still be fetching or catching up: nobody sees them, and
//   between inputs the bench waits for the whole page to settle (`settled()`:
//   nothing loading anywhere, no /api fetch in flight, no placeholder in view).
//   The app itself carries no perf code beyond the aria-busy it shows readers.
// - Re-render counting (only while `__bench.counting`): at every commit, walks
//   the fiber tree; a function component fiber rendered in that commit when
//   its memoizedProps or memoizedState object differs from the last walk
//   (React reuses both objects when it bails out). Each `[data-panel]`
//   article is attributed to its frame (the nearest component above the
//   article: Panel), its owner (the component above that: the slice's panel
//   component) and the parts inside it (legend, chart, rest of the body).
import { CHART_WAIT_CLASS } from '../src/shared/ui/chartWait';

export const PROBE_SCRIPT = String.raw`
(() => {
  if (window.__bench) return;
  window.__name = window.__name || ((f) => f);
  const P = (window.__bench = {
    armed: null, results: [], commits: 0, inflight: 0, counting: false, renders: {}, root: null,
  });
  const seen = new Map();
  const ids = new WeakMap();
  let nextId = 1;
  const origFetch = window.fetch.bind(window);
  window.fetch = (...args) => {
    const api = String(args[0] && args[0].url ? args[0].url : args[0]).includes('/api/');
    if (!api) return origFetch(...args);
    P.inflight++;
    const settle = () => { P.inflight--; };
    return origFetch(...args).then(
      (r) => { r.clone().arrayBuffer().then(settle, settle); return r; },
      (e) => { settle(); throw e; },
    );
  };
  const LOADING = '[data-panel][data-state="loading"]';
  const BUSY = '[data-panel][data-state="loading"], [data-panel][aria-busy="true"]';
  const SLICE_SKELETON = '.skeleton--slice';
  const inWindow = (el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  };
  const inView = (selector) => [...document.querySelectorAll(selector)].filter(inWindow);
  // Charts in the window still showing their placeholder: they have not drawn their state yet.
  const heldChartsInView = () => inView('.${CHART_WAIT_CLASS}');
  // The whole page at rest (the bench waits for it between inputs): nothing loading anywhere,
  // no /api fetch in flight, no placeholder in the window.
  P.settled = () =>
    !document.querySelector(LOADING) && !document.querySelector(SLICE_SKELETON) && P.inflight === 0 &&
    heldChartsInView().length === 0;
  // Every panel in the window shows the state the input asked for.
  const shownInView = () => inView(BUSY).length === 0 && inView(SLICE_SKELETON).length === 0 && heldChartsInView().length === 0;
  // What keeps the page from settling, for the bench's error when it never does.
  const panelIds = (els) => [...els].map((e) => e.closest('[data-panel]')?.getAttribute('data-panel') ?? '?');
  P.unsettled = () => ({
    loading: panelIds(document.querySelectorAll(LOADING)),
    busyInView: panelIds(inView(BUSY)),
    sliceSkeletons: document.querySelectorAll(SLICE_SKELETON).length,
    fetchesInFlight: P.inflight,
    heldChartsInView: panelIds(heldChartsInView()),
  });
  P.arm = (kind) => { P.armed = { kind, t0: null, commitsAtInput: 0, watching: false }; };
  const onInput = (e) => {
    const a = P.armed;
    if (!a || a.t0 !== null) return;
    a.t0 = e.timeStamp;
    a.commitsAtInput = P.commits;
    performance.mark('input:' + a.kind, { startTime: e.timeStamp });
  };
  addEventListener('click', onInput, true);
  addEventListener('change', onInput, true);
  // Called after each commit: from the first one after the input, look at every frame.
  function check() {
    const a = P.armed;
    if (!a || a.t0 === null || a.watching || P.commits <= a.commitsAtInput) return;
    a.watching = true;
    const look = () => {
      if (P.armed !== a) return;
      if (!shownInView()) return void requestAnimationFrame(look);
      const m = performance.measure('interaction:' + a.kind, { start: a.t0, end: performance.now() });
      P.results.push({ kind: a.kind, ms: m.duration, commits: P.commits - a.commitsAtInput });
      P.armed = null;
    };
    requestAnimationFrame(look);
  }
  const FN = new Set([0, 1, 11, 14, 15]);
  function rendered(f) {
    let id = ids.get(f) || (f.alternate && ids.get(f.alternate));
    if (!id) id = nextId++;
    ids.set(f, id);
    if (f.alternate) ids.set(f.alternate, id);
    const last = seen.get(id);
    seen.set(id, [f.memoizedProps, f.memoizedState]);
    return !last || last[0] !== f.memoizedProps || last[1] !== f.memoizedState;
  }
  function fnAbove(f) {
    let p = f.return;
    while (p && !FN.has(p.tag)) p = p.return;
    return p;
  }
  function walk(root, record) {
    const stack = [[root.current, null]];
    while (stack.length) {
      const [f, ctx] = stack.pop();
      let c = ctx;
      if (f.tag === 5 && f.memoizedProps && f.memoizedProps['data-panel']) {
        const id = f.memoizedProps['data-panel'];
        c = { id, part: 'body' };
        const frame = fnAbove(f);
        const owner = frame && fnAbove(frame);
        if (frame && rendered(frame) && record) record(id, 'frame');
        if (owner && rendered(owner) && record) record(id, 'owner');
      } else if (c && f.tag === 5 && typeof f.memoizedProps?.className === 'string') {
        const cls = f.memoizedProps.className;
        if (/(^|\s)legend(\s|$)/.test(cls)) c = { id: c.id, part: 'legend' };
        else if (/(^|\s)panel__chart(\s|$)/.test(cls) && c.part === 'body') c = { id: c.id, part: 'chart' };
      }
      if (c && FN.has(f.tag) && rendered(f) && record) record(c.id, c.part);
      if (f.sibling) stack.push([f.sibling, ctx]);
      if (f.child) stack.push([f.child, c]);
    }
  }
  P.startCounting = () => {
    P.renders = {};
    if (P.root) walk(P.root, null);
    P.counting = true;
  };
  P.stopCounting = () => { P.counting = false; return P.renders; };
  const hook = {
    supportsFiber: true, isDisabled: false, renderers: new Map(),
    inject(r) { hook.renderers.set(1, r); return 1; },
    onCommitFiberRoot(_id, root) {
      P.root = root;
      P.commits++;
      if (P.counting) {
        const inCommit = new Set();
        walk(root, (id, part) => {
          const k = id + '|' + part;
          if (inCommit.has(k)) return;
          inCommit.add(k);
          const r = (P.renders[id] = P.renders[id] || {});
          r[part] = (r[part] || 0) + 1;
        });
      }
      check();
    },
    onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {},
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;
})();
`;

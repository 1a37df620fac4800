// Injected at document start into every page the benchmark opens (Playwright
// addInitScript), for every contender alike. It watches the DOM for a target:
// the first element matching a selector whose text contains a needle and that
// is rendered (checkVisibility: not display:none, not visibility:hidden, not
// transparent, with a box). Once found, it waits for the next animation frame
// (the frame that paints it; frames do not run while render-blocking CSS is
// pending) and reports, through the `__benchReport` binding, absolute times
// (performance.timeOrigin + performance.now(), so a click in one document and
// a paint in the next can be subtracted):
//   found: when the element was seen in the DOM and visible,
//   frame: the start of the animation frame after that (the reported time),
//   navStart: performance.timeOrigin of this document (its navigation start).
// A target may also name a failure selector (an app's error box): seeing it
// visible reports an error at once instead of waiting for a time-out.
(() => {
  if (window.__bench) return;
  const bench = (window.__bench = { wasm: null, watching: 0 });
  // Trunk's start script announces the instantiated module (its exports, memory included).
  addEventListener('TrunkApplicationStarted', (e) => {
    bench.wasm = e.detail && e.detail.wasm;
    bench.startedAt = performance.now();
  });
  // When the page's click handling went live (ms from navigation start): each
  // `click` and `hashchange` listener added to window, in order (carnet, as the
  // app mounts: leptos_router's link handler and Leptos's delegated click
  // handler; Docsify: its router's hashchange listener). Nothing else is
  // changed about addEventListener.
  bench.listenerTimes = { click: [], hashchange: [] };
  bench.listeners = {};
  try {
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, ...rest) {
      if (this === window && (type === 'click' || type === 'hashchange')) {
        const t = performance.now();
        bench.listenerTimes[type].push(t);
        if (bench.listeners[type] == null) bench.listeners[type] = t;
      }
      return add.call(this, type, ...rest);
    };
  } catch {
    /* left as it is */
  }
  // A deploy page: when its prerendered copy (#prerendered) left the document (the app took over).
  const watchTakeOver = new MutationObserver(() => {
    const there = document.getElementById('prerendered');
    if (there) bench.hadPrerendered = true;
    else if (bench.hadPrerendered && bench.takenOverAt == null) {
      bench.takenOverAt = performance.now();
      watchTakeOver.disconnect();
    }
  });
  watchTakeOver.observe(document, { childList: true, subtree: true });
  // A page parsed without one (the SPA shell, static HTML, Docsify) never has one: stop looking.
  addEventListener('DOMContentLoaded', () => {
    if (!bench.hadPrerendered && !document.getElementById('prerendered')) watchTakeOver.disconnect();
  });
  // Bytes on the wire by `t` (ms from navigation start): the page and every
  // resource whose response had ended by then (Resource Timing; same origin, so
  // the sizes are exposed). transferSize counts headers too; encodedBodySize is
  // the (compressed) body alone.
  bench.bytesBy = (t) => {
    const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    const done = all.filter((e) => e.responseEnd > 0 && e.responseEnd <= t);
    const sum = (k) => done.reduce((a, e) => a + (e[k] || 0), 0);
    return { transfer: sum('transferSize'), body: sum('encodedBodySize'), decoded: sum('decodedBodySize'), files: done.length, pending: all.length - done.length };
  };
  // Main-thread tasks over 50 ms (parsing, compiling, rendering, forced layout).
  bench.longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no Long Tasks API */
  }
  // When the key files of a first visit arrived, and when the app started (ms from navigation start).
  bench.timeline = () => {
    const res = performance.getEntriesByType('resource');
    const end = (re) => {
      const e = res.find((r) => re.test(new URL(r.name).pathname));
      return e ? e.responseEnd : null;
    };
    return {
      html: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
      js: end(/(carnet-web|docsify)[^/]*\.js$/),
      wasm: end(/\.wasm$/),
      appStarted: bench.startedAt ?? null,
      clickListener: bench.listeners.click ?? null,
      hashListener: bench.listeners.hashchange ?? null,
      takenOver: bench.takenOverAt ?? null,
      index: end(/\/index\.json$|_sidebar\.md$/),
      post: end(/\/posts\/.*\.md$/),
      listing: end(/\/posts\/$/),
      longestTask: bench.longTasks.reduce((a, t) => Math.max(a, t[1]), 0),
      longTasks: bench.longTasks.map(([start, duration]) => [Math.round(start), Math.round(duration)]),
    };
  };
  const now = () => performance.timeOrigin + performance.now();
  const norm = (s) => (s || '').replace(/\s+/g, ' ');
  const visible = (el) =>
    el.isConnected &&
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    el.getBoundingClientRect().height > 0;
  const report = (result) => {
    try {
      sessionStorage.removeItem('__bench_next');
    } catch {
      /* storage refused */
    }
    window.__benchReport(result);
  };

  bench.watch = (target, existing) => {
    let done = false;
    bench.watching++;
    const check = () => {
      if (done) return;
      if (target.fail) {
        for (const el of document.querySelectorAll(target.fail)) {
          if (visible(el)) {
            done = true;
            observer.disconnect();
            const text = (el.innerText || el.textContent || '').split(/\s*\n\s*/).filter(Boolean).join(' · ');
            report({ id: target.id, error: text.slice(0, 200), clickAt: target.clickAt });
            return;
          }
        }
      }
      for (const el of document.querySelectorAll(target.selector)) {
        if (existing && existing.has(el)) continue;
        if (target.needle && !norm(el.textContent).includes(target.needle)) continue;
        if (!visible(el)) continue;
        done = true;
        observer.disconnect();
        const found = now();
        requestAnimationFrame(() => {
          report({
            id: target.id,
            found,
            frame: now(),
            navStart: performance.timeOrigin,
            clickAt: target.clickAt,
            text: norm(el.textContent).trim().slice(0, 60),
          });
        });
        return;
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    // A stylesheet arriving changes visibility without a mutation: check each frame too.
    const poll = () => {
      if (done) return;
      check();
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    check();
  };

  // An in-app navigation: the next click (a trusted one, from Playwright) starts the clock.
  // Elements already on the page do not count. If the click loads a new document
  // (a static site), that document picks the target up from sessionStorage.
  bench.armClick = (target) => {
    const existing = new WeakSet(document.querySelectorAll(target.selector));
    const onClick = () => {
      removeEventListener('click', onClick, true);
      const armed = { ...target, clickAt: now() };
      try {
        sessionStorage.setItem('__bench_next', JSON.stringify(armed));
      } catch {
        /* storage refused */
      }
      bench.watch(armed, existing);
    };
    addEventListener('click', onClick, true);
  };

  // Typing: the next input event (the query filled in) starts the clock,
  // kept as `clickAt` so one subtraction serves clicks and inputs alike.
  bench.armInput = (target) => {
    const existing = new WeakSet(document.querySelectorAll(target.selector));
    const onInput = () => {
      removeEventListener('input', onInput, true);
      bench.watch({ ...target, clickAt: now() }, existing);
    };
    addEventListener('input', onInput, true);
  };

  // At document start: a navigation in progress, or the page's own target.
  bench.start = (initial) => {
    let pending = null;
    try {
      pending = JSON.parse(sessionStorage.getItem('__bench_next') || 'null');
    } catch {
      /* storage refused */
    }
    if (pending) bench.watch(pending);
    else if (initial) bench.watch(initial);
  };
})();

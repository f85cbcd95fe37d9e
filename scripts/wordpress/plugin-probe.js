// Loaded first in the head of a front-end page of the test site (mu-plugin plugin-test-site.php,
// ?lp_probe=1), framed by test/wordpress/plugin.test.ts on another origin. It records what the
// page's widgets do and, when the test page asks ({ lp: 'report' }), waits until every widget
// has settled and answers { lp: 'report', report } with: the page's HTML as the server sent it,
// each widget's state (a media inquiry box's: whether it shows its form), the scripts, the
// errors and warnings, the layout shifts, and axe-core's violations.
(() => {
  const TAGS = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid', 'lp-media-inquiry'];
  const events = [];
  const errors = [];
  const warnings = [];
  const shifts = [];
  const settled = new WeakSet();
  // Every page as on a first visit: no answer kept by the widgets from the page framed before.
  try {
    localStorage.clear();
  } catch {
    // Storage may be refused; the widgets then keep nothing anyway.
  }

  addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
  const consoleError = console.error;
  console.error = (...args) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  // The widgets warn, for instance, of a form address on a page without the form's file.
  const consoleWarn = console.warn;
  console.warn = (...args) => {
    warnings.push(args.map(String).join(' '));
    consoleWarn.apply(console, args);
  };
  for (const type of ['lp-load', 'lp-error']) {
    document.addEventListener(
      type,
      (e) => {
        settled.add(e.target);
        const detail = e.detail || {};
        events.push({
          tag: e.target.localName,
          type,
          items: Array.isArray(detail.items) ? detail.items.length : undefined,
          from: detail.from,
          error: detail.error ? detail.error.kind : undefined,
        });
      },
      true,
    );
  }
  // Layout shifts, as the Cumulative Layout Shift metric counts them (none right after input).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) {
        shifts.push({ value: entry.value, time: Math.round(entry.startTime), sources: (entry.sources || []).map((s) => (s.node ? s.node.nodeName : '?')) });
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });

  const widgets = () => [...document.querySelectorAll(TAGS.join(','))];
  // A media inquiry box with an email and no src reads no feed, so it fires no event.
  const isSettled = (el) => settled.has(el) || (el.localName === 'lp-media-inquiry' && !el.hasAttribute('src') && !!customElements.get(el.localName));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  async function until(check, limitMs) {
    const start = performance.now();
    while (!check()) {
      if (performance.now() - start > limitMs) return false;
      await new Promise((r) => setTimeout(r, 50));
    }
    return true;
  }

  function loadAxe() {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL('/wp-content/lp-test/axe.min.js', location.href).href;
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe.min.js did not load'));
      document.head.append(script);
    });
  }

  async function report() {
    const allSettled = await until(() => document.readyState === 'complete' && widgets().every(isSettled), 20000);
    await Promise.all(widgets().map((el) => el.updateComplete));
    await frame();
    const source = new URL(location.href);
    source.searchParams.delete('lp_probe');
    const html = await (await fetch(source, { cache: 'no-store' })).text();
    await loadAxe();
    const axeResult = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return {
      allSettled,
      html,
      events,
      errors,
      warnings,
      shifts,
      cls: shifts.reduce((sum, s) => sum + s.value, 0),
      scripts: [...document.scripts].map((s) => ({ src: s.src, type: s.type })).filter((s) => s.src),
      resources: performance.getEntriesByType('resource').map((r) => r.name),
      widgets: widgets().map((el) => ({
        tag: el.localName,
        defined: !!customElements.get(el.localName),
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        titles: el.shadowRoot ? [...el.shadowRoot.querySelectorAll('[part="title"]')].map((n) => n.textContent.trim()) : [],
        email: el.shadowRoot && el.shadowRoot.querySelector('[part="email"]') ? el.shadowRoot.querySelector('[part="email"]').textContent.trim() : null,
        form: !!(el.shadowRoot && el.shadowRoot.querySelector('[part="form"]')),
        // Light DOM children (the server's list) take no space once the element has upgraded.
        fallbackShown: [...el.children].filter((c) => c.getClientRects().length > 0).map((c) => c.localName),
        height: Math.round(el.getBoundingClientRect().height),
      })),
      violations: axeResult.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    };
  }

  addEventListener('message', (e) => {
    if (e.source !== parent || !e.data || e.data.lp !== 'report') return;
    report().then(
      (result) => parent.postMessage({ lp: 'report', report: result }, '*'),
      (error) => parent.postMessage({ lp: 'report', report: { failed: String(error) } }, '*'),
    );
  });
})();

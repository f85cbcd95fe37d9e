// bench/RESULTS.md, bench/chart.svg and the README's Performance section from the results object.

const int = (v) => (v === null || v === undefined ? '—' : Math.round(v).toLocaleString('en-US'));
const dec = (v, d) => (v === null || v === undefined ? '—' : Number(v).toFixed(d));
const times = (v) => (v === null || v === undefined ? '—' : `${v.toFixed(2)}×`);
const kb = (b) => (b === null || b === undefined ? '—' : `${(b / 1024).toFixed(1)} KB`);
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const md = (s) => String(s).replace(/\|/g, '\\|').replace(/</g, '&lt;');

function value(fig, v) {
  if (v === null || v === undefined) return '—';
  if (fig.unit === 'B') return `${int(v)} B`;
  if (fig.unit === 'ms') return `${int(v)} ms`;
  return fig.digits ? dec(v, fig.digits) : int(v);
}

function dateLine(r) {
  const d = r.machine.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const m = r.machine;
  return [
    `Run **${d}**${r.quick ? ' (`--quick`: a smoke check, too few runs to quote)' : ''}, ${Math.floor(r.seconds / 60)} min ${r.seconds % 60} s.`,
    `Machine: ${m.cores} cores (${m.cpu}), load average ${m.loadAtStart.join(' / ')} (1 / 5 / 15 min) at the start and ${m.loadAtEnd.join(' / ')} at the end;`,
    `Chromium ${m.chromium}${m.chromiumPackage ? ` (Debian package ${m.chromiumPackage})` : ''}, headless, viewport ${m.viewport.width}×${m.viewport.height};`,
    `Node ${m.node}, playwright-core ${m.playwright}, Lighthouse ${m.lighthouse}.`,
    `Bundle: dist/ as built at ${r.dist.builtAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}${r.dist.srcNewerThanDist.length ? ` — **src/ changed after that build** (${r.dist.srcNewerThanDist.join(', ')}): run \`npm run build\` and re-run for figures of the current source` : ''}.`,
  ].join('\n');
}

function bytesSection(r) {
  if (!r.bytes) return '';
  const b = r.budgets ?? {};
  const budgetOf = (name) =>
    name === 'dist/lp-widgets.js' ? b.bundle : name === 'dist/lp-widgets.classic.js' ? b.classic : name.startsWith('dist/') ? b.element : null;
  const lines = [
    '## 1. Bytes',
    '',
    'Compressed in this run with Node\'s zlib: gzip level 9, brotli quality 11. The size gate\'s budget (`npm run size`, gzip) for comparison.',
    '',
    '| file | what | raw | gzip -9 | brotli q11 | gzip budget |',
    '|---|---|--:|--:|--:|--:|',
  ];
  for (const row of r.bytes) {
    const budget = budgetOf(row.name);
    const over = budget && row.gzip > budget ? ` **over by ${int(row.gzip - budget)}**` : '';
    lines.push(`| ${md(row.name)} | ${md(row.note)} | ${int(row.raw)} | ${int(row.gzip)} | ${int(row.brotli)} | ${budget ? int(budget) + over : ''} |`);
  }
  const emoji = r.bytes.find((x) => x.parts);
  if (emoji) {
    lines.push('', `${md(emoji.name)}, file by file: ${emoji.parts.map((p) => `${p.file} ${int(p.raw)} / ${int(p.gzip)} / ${int(p.brotli)}`).join('; ')}.`);
  }
  return lines.join('\n');
}

function sideSection(r) {
  if (!r.figures || !Object.keys(r.figures).length) return '';
  const label = Object.fromEntries(r.variants.map((v) => [v.key, v.label]));
  const lines = [
    '## 2. Side by side: ten news items on the same host page',
    '',
    `Medians of ${r.runs} runs per variant (a fresh browser context each, variants interleaved${r.quick ? '' : ', one discarded warm-up run each first'}; the layout-shift runs are separate, with the feed delayed). Pages: ${r.variants.map((v) => `\`${v.page}\``).join(', ')}, each \`bench/pages/side.html\` with its variant's embed (\`bench/lib/side-pages.mjs\`).`,
    '',
    `| figure | ${md(label.widget)} | ${md(label.floor)} | ${md(label.bsky)} | ${md(label.blank)} | a/b | a/c |`,
    '|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const fig of r.figureDefs) {
    const row = r.figures[fig.key];
    if (!row) continue;
    const v = (k) => value(fig, row[k]?.median);
    lines.push(`| ${fig.label} | ${v('widget')} | ${v('floor')} | ${v('bsky')} | ${v('blank')} | ${times(row.ratios['a/b'])} | ${times(row.ratios['a/c'])} |`);
  }
  const reserved = r.figures.cls?.['widget-reserved']?.median;
  if (reserved !== undefined) {
    lines.push('', `Layout shift of a) with the reserve rule the embed configurator writes for it (\`${(r.reserveRule ?? '').replace(/\n/g, ' ')}\`, \`${r.variants.find((v) => v.key === 'widget-reserved').page}\`): **${dec(reserved, 3)}**.`);
  }
  const h = r.health;
  lines.push(
    '',
    'How each figure is taken:',
    '',
    '- **script bytes transferred**: encoded bytes (headers included) of the responses of type Script (CDP `Network.loadingFinished`), served by the bench server with brotli q11 as Chromium asks for it. The floor\'s snippet is served as a file (`bench/pages/floor.js`) so it counts too.',
    `- **requests**: every request the page made in the cold view (document, scripts, feed, images). By type in the first run: ${['widget', 'floor', 'bsky', 'blank'].map((k) => `${k} ${Object.entries(h[k]?.requestTypes ?? {}).map(([t, n]) => `${t} ${n}`).join(', ')}`).join('; ')}.`,
    '- **feed request starts**: start of the feed\'s (bsky-embed: the API\'s) resource-timing entry, from navigation start.',
    '- **script downloaded → feed request**: from the end of the embed\'s script download to the start of its feed request: module evaluation, element definition, first render and (for the widget\'s default `loading="lazy"`) the IntersectionObserver callback.',
    '- **time to items visible**: from navigation start (`performance.now()` in the page) to the animation frame after the tenth item is in the DOM; an init script observes the light DOM and every shadow root (it wraps `attachShadow`) with a MutationObserver. The widget runs with its defaults (`loading="lazy"`: it fetches when an IntersectionObserver sees it), the feed answers at once, all on loopback.',
    '- **total blocking time**: Σ max(0, duration − 50 ms) over the `longtask` entries from navigation until 250 ms after the items are visible.',
    `- **layout shift**: Σ of \`layout-shift\` values (without recent input) with the feed answer delayed ${300} ms (bsky-embed: its API answer delayed the same), until every image has loaded. Images are local 16:10 SVGs. The blank page has no feed: its figure is from the undelayed runs.`,
    '- **JS heap**: `Runtime.getHeapUsage().usedSize` over CDP after `HeapProfiler.collectGarbage`, once the items are visible.',
    '- **repeat view**: a second navigation to the same page in the same context (HTTP cache and localStorage kept), within the feed\'s max age (the endpoint sends `Cache-Control: public, max-age=300` and an ETag). "Feed requests before content" counts the feed\'s resource-timing entries (fetches, HTTP-cache hits included) that start before the items are in the DOM.',
    `- **bsky-embed** asks \`https://api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed\`; Playwright's \`page.route\` answers from \`bench/fixtures/bsky-getAuthorFeed.json\` (ten posts made from the same news items: headline as text, a link card with summary and photo). Every other non-loopback request is aborted and counted: ${['widget', 'floor', 'bsky', 'blank'].map((k) => `${k} ${h[k]?.blocked ?? '—'}`).join(', ')} over all runs${h.bsky?.blockedUrls?.length ? ` (bsky-embed: ${h.bsky.blockedUrls.map(md).join(', ')})` : ''}.`,
  );
  const broken = Object.entries(h).filter(([, x]) => x.timedOut);
  for (const [key, x] of broken) {
    lines.push(`- **${key}: ${x.timedOut} of ${x.runs} runs never showed ten items.**${x.states ? ` What the page showed: ${x.states.map((s) => `\`<${s.tag}>\` ${s.defined ? 'defined' : 'not defined'}, showing ${s.status}, "${md(s.text)}"`).join('; ')}.` : ''}`);
  }
  for (const [key, x] of Object.entries(h)) {
    if (x.pageErrors.length) lines.push(`- Page errors in ${key}: ${x.pageErrors.map((e) => `\`${md(e.slice(0, 160))}\``).join('; ')}.`);
  }
  return lines.join('\n');
}

function scaleSection(r) {
  const s = r.scale;
  if (!s) return '';
  const lines = [
    '## 3. Scaling',
    '',
    '`bench/pages/scale.html?n=N`: a feed of N news items; up to 100 one `<lp-news-feed limit="N" loading="eager">`. `limit` is clamped to 1–100 by the contract, so 1,000 items are ten widgets of `limit="100"`, each with its own `tag` (`bench-0` … `bench-9`), all on one feed. Cold: a fresh context. Cache: a second navigation in the same context, within max age (localStorage and memory cache; the script from the HTTP cache). Medians in ms.',
    '',
    '| items | widgets | cold: visible | cold: after the feed arrived | cold: TBT | cache: visible | cache: after the script arrived | cache: TBT | cache: feed requests before content |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of s.rows) {
    lines.push(`| ${int(row.n)} | ${row.widgets} | ${int(row.coldVisible)} | ${int(row.coldAfterFeed)} | ${int(row.coldTbt)} | ${int(row.cacheVisible)} | ${int(row.cacheAfterScript)} | ${int(row.cacheTbt)} | ${int(row.cacheFeedRequestsBeforeContent)} |`);
  }
  const f = s.fits;
  const fitLine = (name, fit) => (fit ? `${name}: **${fit.slope.toFixed(3)} ms/item** + ${fit.intercept.toFixed(0)} ms (R² ${fit.r2.toFixed(3)})` : `${name}: —`);
  const lin = s.linearity;
  const verdict = (l) => {
    if (!l || l.msPerItem100to1000 === null) return 'not enough points';
    const big = `${l.msPerItem100to1000.toFixed(2)} ms per added item from 100 to 1,000`;
    if (l.ratio === null) return `${big}; between 10 and 100 items the difference (${Math.round(l.smallSpan)} ms) is within this machine's noise, so the shape of the curve cannot be told from these points`;
    if (l.ratio > 2) return `**worse than linear**: ${big}, ${l.ratio.toFixed(1)}× the ${l.msPerItem10to100.toFixed(2)} ms per item from 10 to 100`;
    if (l.ratio < 0.5) return `sub-linear: ${big}, ${l.ratio.toFixed(2)}× the ${l.msPerItem10to100.toFixed(2)} ms per item from 10 to 100 (fixed costs dominate the small sizes)`;
    return `about linear: ${big}, ${l.ratio.toFixed(2)}× the ${l.msPerItem10to100.toFixed(2)} ms per item from 10 to 100`;
  };
  lines.push(
    '',
    'Least-squares lines over 10, 50, 100, 1,000 items (the 1,000 point is ten widgets: it carries nine more widgets\' fixed costs, and ten `selectItems` passes over the whole feed):',
    '',
    `- ${fitLine('cold, after the feed arrived (JSON, normalize, render, paint)', f.coldAfterFeed)}; ${verdict(lin.coldAfterFeed)}.`,
    `- ${fitLine('cold, from navigation start', f.coldVisible)}.`,
    `- ${fitLine('from cache, after the script arrived (localStorage read and check, render)', f.cacheAfterScript)}; ${verdict(lin.cacheAfterScript)}.`,
    `- ${fitLine('one widget only (10, 50, 100 items), cold after the feed', f.coldAfterFeedOneWidget)}.`,
  );
  for (const row of s.rows.filter((x) => x.timedOut)) {
    lines.push(`- **${row.n} items: ${row.timedOut} of ${row.runs} runs never showed ${row.n} items.**`);
  }
  if (r.dataLayer) {
    lines.push(
      '',
      'The data layer alone (`bench/pages/normalize.html`: `dist/lib/data`, the tsc output of `src/data`, in the page; medians in ms; `performance.now()` is coarsened to 0.1 ms in a page without cross-origin isolation):',
      '',
      '| items | JSON bytes | JSON.parse | normalizeFeed | selectItems | cache write (stringify + localStorage) | cache read (localStorage + check) |',
      '|--:|--:|--:|--:|--:|--:|--:|',
    );
    for (const d of r.dataLayer) {
      lines.push(`| ${int(d.n)} | ${int(d.bytes)} | ${dec(d.parse, 2)} | ${dec(d.normalize, 2)} | ${dec(d.select, 2)} | ${dec(d.cacheWrite, 2)} | ${dec(d.cacheRead, 2)} |`);
    }
    const big = r.dataLayer.find((d) => d.n === 1000);
    if (big) lines.push('', `Normalizing 1,000 items: ${dec(big.normalize, 1)} ms (${dec(big.normalize / 1000, 4)} ms/item).`);
  }
  return lines.join('\n');
}

function sharingSection(r) {
  const sh = r.sharing;
  if (!sh) return '';
  const lines = [
    '### Twelve widgets, one endpoint',
    '',
    '`bench/pages/many.html`: four `<lp-news-feed>`, four `<lp-press-releases>`, four `<lp-blog-grid>` with different `limit`, `tag`, `lang` and `date-style`, all on one `src`.',
    '',
    '| loading | runs | widgets | feed requests (page) | feed fetches (resource timing) | reached the server | all settled |',
    '|---|--:|--:|--:|--:|--:|---|',
  ];
  for (const [loading, runs] of Object.entries(sh)) {
    const max = (k) => Math.max(...runs.map((x) => x[k]));
    lines.push(`| ${loading}${loading === 'lazy' ? ' (scrolled to the end)' : ''} | ${runs.length} | ${max('widgets')} | ${max('pageRequests')} (max) | ${max('fetches')} (max) | ${max('serverHits')} (max) | ${runs.every((x) => x.settled) ? 'yes' : 'no'} |`);
  }
  return lines.join('\n');
}

/**
 * Each Lighthouse run's LCP and whether a widget script finished downloading before the observed
 * (unthrottled) LCP, which keeps it in Lantern's LCP graph: "950 (widget script before the observed
 * LCP at 61 ms: lp-widgets.js 44 ms)".
 */
export function lcpRunsText(runs) {
  if (!runs?.length) return '—';
  const name = (s) => `${s.path.replace(/^.*\//, '')} ${int(s.endSinceTimeOrigin)} ms`;
  return runs
    .map((x) => {
      if (x.scriptsBeforeObservedLcp === undefined) return int(x.lcp);
      const at = `the observed LCP at ${int(x.observedLcp)} ms`;
      const scripts = x.widgetScripts ?? [];
      if (x.scriptsBeforeObservedLcp === null) return `${int(x.lcp)} (script timing unknown)`;
      if (!scripts.length) return `${int(x.lcp)} (no widget script; ${at})`;
      if (!x.scriptsBeforeObservedLcp) return `${int(x.lcp)} (widget scripts after ${at}: ${scripts.map(name).join(', ')})`;
      return `${int(x.lcp)} (widget script before ${at}: ${scripts.filter((s) => s.beforeObservedLcp).map(name).join(', ')})`;
    })
    .join(', ');
}

function lighthouseSection(r) {
  const lh = r.lighthouse;
  if (!lh) return '';
  const lines = [
    '## 4. Lighthouse',
    '',
    `Lighthouse ${r.machine.lighthouse}, performance only, its defaults (mobile emulation, simulated throttling), \`CHROME_PATH=/usr/bin/chromium\`; medians of ${Object.values(lh)[0]?.runs ?? '—'} runs. The pages are copies of \`demo/index.html\` written by the bench: the built \`/dist/lp-widgets.js\` instead of Vite's \`/src/lp-widgets.ts\`, the sample feed from the bench server with local images.`,
    '',
    '| page | score | TBT | FCP | LCP | CLS | Speed Index | scores | Lighthouse CPU benchmark index |',
    '|---|--:|--:|--:|--:|--:|--:|---|--:|',
  ];
  for (const [key, x] of Object.entries(lh)) {
    lines.push(`| ${key} (\`${x.page}\`) | ${int(x.score)} | ${int(x.tbt)} ms | ${int(x.fcp)} ms | ${int(x.lcp)} ms | ${dec(x.cls, 3)} | ${int(x.si)} ms | ${x.scores.join(', ')}${x.failed ? `; ${x.failed} failed` : ''} | ${int(x.benchmarkIndex)} |`);
  }
  if (Object.values(lh).some((x) => x.lcpRuns?.length)) {
    lines.push('', 'LCP runs:', '');
    for (const [key, x] of Object.entries(lh)) lines.push(`- ${key}: ${lcpRunsText(x.lcpRuns)}`);
    lines.push(
      '',
      "\"Widget script before the observed LCP\": its request ended (the time after its name, ms since navigation start) before the LCP of the unthrottled trace (on loopback about 60 ms), so Lighthouse's simulator (Lantern) keeps it in the LCP graph and its simulated mobile download lands on LCP; a script that ended later drops out (a module script has no EvaluateScript event, so the download's end alone decides). On loopback that depends on a few ms of timing: the widget page's LCP moves from run to run with this flag while the page stays the same.",
    );
  }
  lines.push('', 'Lighthouse multiplies main-thread time by 4 (its simulated mid-range phone), so a loaded machine (a low benchmark index; an unloaded desktop scores about 1,500 or more) inflates TBT and lowers the score: compare the two pages of this run, not runs with each other.');
  const w = Object.values(lh).flatMap((x) => x.warnings);
  // Warnings are Markdown already; keep their text whole (links included), on one line each.
  if (w.length) lines.push('', `Lighthouse warnings: ${[...new Set(w)].map((x) => x.replace(/\s+/g, ' ').trim()).join(' · ')}`);
  const errs = Object.values(lh).flatMap((x) => x.errors);
  if (errs.length) lines.push('', `Lighthouse failures: ${errs.map((x) => md(x.slice(0, 300))).join(' · ')}`);
  return lines.join('\n');
}

function checksSection(r) {
  const rows = [];
  const check = (what, expected, measured, ok) => rows.push(`| ${what} | ${expected} | ${measured} | ${ok === null ? '—' : ok ? 'yes' : '**no**'} |`);
  const eager = r.sharing?.eager;
  if (eager) {
    const m = Math.max(...eager.map((x) => x.serverHits));
    check('12 widgets on one endpoint (eager): feed requests reaching the server', '1', String(m), m === 1);
  }
  const lazy = r.sharing?.lazy;
  if (lazy) {
    const m = Math.max(...lazy.map((x) => x.pageRequests));
    check('12 widgets on one endpoint (lazy, scrolled): feed requests from the page', '1', String(m), m === 1);
  }
  const rv = r.figures?.repeatFeedRequestsBeforeContent?.widget?.median;
  if (rv !== undefined && rv !== null) check('repeat view within max age: feed requests before content', '0', String(rv), rv === 0);
  const rvAll = r.health?.widget?.repeatFeedRequests;
  if (rvAll !== undefined && rvAll !== null) check('repeat view within max age: feed requests at all (until 250 ms after content)', '0', String(rvAll), rvAll === 0);
  const cacheReq = r.scale?.rows?.map((x) => x.cacheFeedRequestsBeforeContent).filter((x) => x !== null);
  if (cacheReq?.length) check('scaling, from cache: feed requests before content', '0', cacheReq.join(', '), cacheReq.every((x) => x === 0));
  const blocked = r.health ? Object.values(r.health).reduce((s, x) => s + x.blocked, 0) : null;
  if (blocked !== null) check('attempts to leave the machine (all variants, all runs)', '0 (bsky-embed\'s API is answered from the fixture)', String(blocked), blocked === 0);
  const bundle = r.bytes?.find((x) => x.name === 'dist/lp-widgets.js');
  if (bundle && r.budgets?.bundle) check('dist/lp-widgets.js gzip within the size gate\'s budget', `≤ ${int(r.budgets.bundle)}`, int(bundle.gzip), bundle.gzip <= r.budgets.bundle);
  const clsReserved = r.figures?.cls?.['widget-reserved']?.median;
  if (clsReserved !== undefined && clsReserved !== null) check('layout shift, feed +300 ms, a) with the configurator\'s reserve rule (what a partner pastes)', '0.00 (< 0.005)', dec(clsReserved, 3), clsReserved < 0.005);
  const cls = r.figures?.cls?.widget?.median;
  if (cls !== undefined && cls !== null) check('layout shift, feed +300 ms, a) as pasted, without the rule (the upgrade: empty element → skeleton)', 'what the reserve rule is for', dec(cls, 3), null);
  if (!rows.length) return '';
  return ['## Checks against the contract', '', '| what | expected | measured | as expected |', '|---|---|---|---|', ...rows].join('\n');
}

export function renderResults(r) {
  return [
    '# Benchmarks',
    '',
    '`npm run bench` (`node bench/run.mjs`; `--quick` for a smoke check). Benchmarks, not tests: they print figures and never fail on a timing. Timings come from a shared 2-core machine: read the medians and the ratios within one run, not differences between runs.',
    '',
    dateLine(r),
    '',
    '![Side-by-side medians, normalized to the floor](chart.svg)',
    '',
    bytesSection(r),
    '',
    sideSection(r),
    '',
    scaleSection(r),
    '',
    sharingSection(r),
    '',
    lighthouseSection(r),
    '',
    checksSection(r),
    '',
    'Raw figures, every run: `bench/.out/results.json`; raw Lighthouse reports and the generated demo pages: `bench/.out/` (not committed).',
    '',
  ]
    .filter((x, i, a) => !(x === '' && a[i - 1] === ''))
    .join('\n');
}

// ---- chart -----------------------------------------------------------------------------------

/** Diverging bars on a log axis: each variant's median over the floor's, per figure. */
export function renderChart(r) {
  const figs = (r.figureDefs ?? []).filter((f) => !['repeatFeedRequestsBeforeContent', 'scriptToFeed', 'feedStart'].includes(f.key) && r.figures?.[f.key]);
  const series = [
    { key: 'widget', name: 'a) <lp-news-feed>', color: '#0b5394' },
    { key: 'bsky', name: 'c) bsky-embed', color: '#d9822b' },
    { key: 'blank', name: 'd) blank page', color: '#9aa3ad' },
  ];
  const W = 960;
  const left = 250;
  const right = 150;
  const top = 92;
  const barH = 13;
  const gap = 3;
  const groupGap = 18;
  const plotW = W - left - right;
  const ratios = figs.flatMap((f) => series.map((s) => ratio0(r.figures[f.key][s.key]?.median, r.figures[f.key].floor?.median)));
  const finite = ratios.filter((x) => x !== null && x > 0);
  const lo = Math.min(0.1, 10 ** Math.floor(Math.log10(Math.min(...finite, 1))));
  const hi = Math.max(10, 10 ** Math.ceil(Math.log10(Math.max(...finite, 1))));
  const x = (v) => left + ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotW;
  const groupH = series.length * (barH + gap) - gap;
  const H = top + figs.length * (groupH + groupGap) + 46;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`);
  out.push(`<title>Side-by-side medians normalized to the floor (log scale)</title>`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  const date = r.machine.date.slice(0, 10);
  out.push(`<text x="16" y="24" font-size="16" font-weight="700">Ten news items on one host page: each variant ÷ the floor (fetch + innerHTML), log scale</text>`);
  out.push(`<text x="16" y="42" fill="#545b63">Medians of ${r.runs} runs, ${date}, Chromium ${esc(r.machine.chromium)}, ${r.machine.cores} cores (load ${r.machine.loadAtStart[0]}). Left of 1× is less than the floor, right is more.</text>`);
  series.forEach((s, i) => {
    const lx = 16 + i * 190;
    out.push(`<rect x="${lx}" y="56" width="12" height="12" fill="${s.color}"/><text x="${lx + 18}" y="66">${esc(s.name)}</text>`);
  });
  out.push(`<text x="${16 + series.length * 190}" y="66" fill="#545b63">│ = floor (1×)</text>`);
  // grid
  for (let p = Math.log10(lo); p <= Math.log10(hi) + 1e-9; p++) {
    const v = 10 ** p;
    const gx = x(v);
    out.push(`<line x1="${gx}" y1="${top - 8}" x2="${gx}" y2="${H - 34}" stroke="${v === 1 ? '#1d1d1f' : '#e3e6ea'}" stroke-width="${v === 1 ? 1.5 : 1}"/>`);
    out.push(`<text x="${gx}" y="${H - 18}" text-anchor="middle" fill="#545b63">${v >= 1 ? `${v}×` : `${v}×`}</text>`);
  }
  figs.forEach((f, gi) => {
    const gy = top + gi * (groupH + groupGap);
    const row = r.figures[f.key];
    const floor = row.floor?.median;
    out.push(`<text x="${left - 10}" y="${gy + groupH / 2 - 2}" text-anchor="end" font-weight="600">${esc(f.label)}</text>`);
    out.push(`<text x="${left - 10}" y="${gy + groupH / 2 + 12}" text-anchor="end" fill="#545b63">floor: ${esc(short(f, floor))}</text>`);
    series.forEach((s, si) => {
      const y = gy + si * (barH + gap);
      const v = row[s.key]?.median;
      if (v === null || v === undefined) {
        out.push(`<text x="${x(1) + 6}" y="${y + barH - 2}" fill="#9aa3ad">n/a</text>`);
        return;
      }
      if (!floor) {
        out.push(`<text x="${x(1) + 6}" y="${y + barH - 2}" fill="${s.color}">${esc(short(f, v))} (floor is 0: no ratio)</text>`);
        return;
      }
      const rt = v / floor;
      if (rt === 0) {
        out.push(`<text x="${x(1) + 6}" y="${y + barH - 2}" fill="${s.color}">none (${esc(short(f, v))})</text>`);
        return;
      }
      const clamped = Math.min(hi, Math.max(lo, rt || lo));
      const x0 = x(1);
      const x1 = x(clamped);
      out.push(`<rect x="${Math.min(x0, x1)}" y="${y}" width="${Math.max(1, Math.abs(x1 - x0))}" height="${barH}" fill="${s.color}"/>`);
      const label = `${rt === 0 ? '0' : rt < 10 ? rt.toFixed(2) : rt.toFixed(0)}× (${short(f, v)})`;
      const tx = rt >= 1 ? x1 + 5 : Math.min(x0, x1) - 5;
      out.push(`<text x="${tx}" y="${y + barH - 2}" text-anchor="${rt >= 1 ? 'start' : 'end'}" fill="#1d1d1f">${esc(label)}</text>`);
    });
  });
  out.push(`<text x="16" y="${H - 4}" fill="#545b63" font-size="11">npm run bench · bench/RESULTS.md has the table, bench/.out/results.json every run · CLS row: feed delayed 300 ms${typeof r.figures?.cls?.['widget-reserved']?.median === 'number' ? `; a) with the configurator's reserve rule: ${r.figures.cls['widget-reserved'].median.toFixed(3)}` : ''}</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function ratio0(v, floor) {
  return typeof v === 'number' && typeof floor === 'number' && floor > 0 ? v / floor : null;
}

function short(f, v) {
  if (v === null || v === undefined) return '—';
  if (f.unit === 'B' && v === 0) return '0 B';
  if (f.unit === 'B') return v >= 1024 * 1024 ? `${(v / 1024 / 1024).toFixed(1)} MB` : kb(v);
  if (f.unit === 'ms') return `${Math.round(v)} ms`;
  return f.digits ? v.toFixed(f.digits) : String(Math.round(v));
}

// ---- README section --------------------------------------------------------------------------

export function renderReadmeSection(r) {
  const date = r.machine.date.slice(0, 10);
  const fig = (k) => r.figures?.[k];
  const f = (k) => r.figureDefs.find((x) => x.key === k);
  const lines = [
    '## Performance',
    '',
    `Measured ${date} with \`npm run bench\` (${r.machine.cores} cores, load average ${r.machine.loadAtStart[0]}, Chromium ${r.machine.chromium}; medians of ${r.runs} runs). Ten news items on the same host page: the widget, a hand-written \`fetch\` + \`innerHTML\` snippet (the floor), and [bsky-embed](https://www.npmjs.com/package/bsky-embed) as a reference embed. Everything runs on loopback; see \`bench/RESULTS.md\` for the method, scaling, Lighthouse and every figure.`,
    '',
    '| | `<lp-news-feed>` | floor | bsky-embed |',
    '|---|--:|--:|--:|',
  ];
  const bundle = r.bytes?.find((x) => x.name === 'dist/lp-widgets.js');
  const bsky = r.bytes?.find((x) => x.name.startsWith('bsky-embed'));
  if (bundle) lines.push(`| script (all four elements), gzip / brotli | ${kb(bundle.gzip)} / ${kb(bundle.brotli)} | — | ${kb(bsky?.gzip)} / ${kb(bsky?.brotli)} |`);
  for (const k of ['scriptBytes', 'visible', 'tbt', 'cls', 'heap', 'repeatVisible']) {
    const row = fig(k);
    if (!row) continue;
    const reserved = k === 'cls' && row['widget-reserved'] ? ` (${short(f(k), row['widget-reserved'].median)} with the configurator's reserve rule)` : '';
    lines.push(`| ${f(k).label} | ${short(f(k), row.widget?.median)}${reserved} | ${short(f(k), row.floor?.median)} | ${short(f(k), row.bsky?.median)} |`);
  }
  const lh = r.lighthouse;
  if (lh?.widgets) lines.push(`| Lighthouse performance score of \`demo/index.html\` (the same page without widgets: ${int(lh['no widgets']?.score)}) | ${int(lh.widgets.score)} | | |`);
  lines.push(
    '',
    '![Each variant divided by the floor](bench/chart.svg)',
    '',
    `Run it yourself (it builds \`dist/\` first; this run measured for ${Math.floor(r.seconds / 60)} min ${Math.round(r.seconds % 60)} s on a 2-core machine; \`npm run bench -- --quick\` is a smoke check of a few minutes):`,
    '',
    '```sh',
    'npm run bench',
    '```',
    '',
  );
  return lines.join('\n');
}

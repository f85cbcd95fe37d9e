#!/usr/bin/env node
// `npm run test:stories`: opens every story of the built Storybook (storybook-static/, made by
// `npm run build-storybook`; this script builds nothing) in Debian's Chromium, waits until the
// story is done (its play function waits for the state it shows), and fails on a page error, a
// `console.error`, a request that leaves 127.0.0.1, a widget that renders nothing, a press box
// with a form address but no form (its console warning that the form's file is missing), or an
// axe violation of WCAG 2.2 AA in `#storybook-root`.
//
//   node scripts/check-stories.mjs [--jobs N] [--filter TEXT]
//
// --jobs: stories checked at once (default 2), each in its own browser context.
// --filter: only stories whose id contains TEXT.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = resolve(root, 'storybook-static');
const axePath = resolve(root, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STORY_TIMEOUT = 20_000;
const AXE_URL = '/__check-stories/axe.min.js';
// What <lp-media-inquiry action> says, once, on a page that has not loaded the form's file.
const NO_FORM_WARNING = 'needs lp-inquiry-form.js';

const { values: options } = parseArgs({
  options: { jobs: { type: 'string', default: '2' }, filter: { type: 'string', default: '' } },
});
const jobs = Math.max(1, Number(options.jobs) || 1);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** A static file server for storybook-static/ on 127.0.0.1, on a free port. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      // Chromium asks for it on every page; Storybook ships favicon.svg instead.
      if (pathname === '/favicon.ico') return res.writeHead(204).end();
      // axe-core, from node_modules, as a cached script: compiled once per context, not per page.
      let file = pathname === AXE_URL ? axePath : normalize(join(dir, pathname));
      if (file !== axePath && file !== dir && !file.startsWith(dir + sep)) {
        throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      }
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const info = await stat(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        // One build is served for the whole run: every page after the first takes the bundles
        // (and their compiled code) from the browser's cache.
        'Cache-Control': 'public, max-age=3600',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 404 : 500).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const isLocal = (url) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
};

/** Opens one story and returns what is wrong with it (nothing: an empty list). */
async function checkStory(context, origin, story) {
  const problems = [];
  const page = await context.newPage();
  try {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      if (message.type() === 'warning' && message.text().includes(NO_FORM_WARNING)) {
        problems.push(`a press box with a form address and no form (import the form's define module): ${message.text()}`);
      }
    });
    // Not page.route(): routing switches off the HTTP cache, and every page would compile the
    // bundles again. The host-resolver rule at launch makes such a request fail at once.
    page.on('request', (request) => {
      if (!isLocal(request.url())) problems.push(`request to the internet: ${request.url()}`);
    });

    // The a11y addon's own axe run is switched off (`a11y.manual`): this script runs axe itself.
    const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load' });
    // "finished": rendered, play function done (it waits for the story's state), afterEach done.
    await page.waitForFunction(() => globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished', null, {
      timeout: STORY_TIMEOUT,
      polling: 50,
    });
    const shown = await page.evaluate(async () => {
      const errorShown = document.body.classList.contains('sb-show-errordisplay');
      const error = errorShown
        ? [document.querySelector('#error-message'), document.querySelector('#error-stack')]
            .map((el) => el?.textContent?.trim())
            .filter(Boolean)
            .join('\n')
            .slice(0, 800)
        : '';
      const storyRoot = document.querySelector('#storybook-root');
      const widgets = [...(storyRoot?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('lp-'));
      await Promise.all(widgets.map((el) => el.updateComplete));
      // A story with a play function waits for its own state. One without must settle: no
      // feed element may still be before or in its request (its feed controller's `_status` idle
      // or loading), and no <lp-media-inquiry> in its request (loading; idle there means "no
      // feed needed"), after a few seconds.
      const busy = () =>
        widgets
          .filter((el) => el._feed?._status === 'loading' || (el.localName !== 'lp-media-inquiry' && el._feed?._status === 'idle'))
          .map((el) => el.localName);
      let unsettled = [];
      if (!globalThis.__STORYBOOK_PREVIEW__.currentRender.story?.playFunction) {
        for (const deadline = Date.now() + 5000; busy().length && Date.now() < deadline; ) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        unsettled = busy();
        await Promise.all(widgets.map((el) => el.updateComplete));
      }
      return {
        error,
        unsettled,
        rootHeight: storyRoot?.getBoundingClientRect().height ?? 0,
        widgets: widgets.map((el) => ({
          tag: el.localName,
          defined: !!customElements.get(el.localName),
          rendered: !!el.shadowRoot?.querySelector(':not(style, link)'),
          height: el.getBoundingClientRect().height,
        })),
      };
    });
    if (shown.error) problems.push(`the story failed: ${shown.error}`);
    for (const tag of shown.unsettled) problems.push(`<${tag}> is still loading after 5 s (and the story has no play function)`);
    if (!shown.widgets.length || shown.rootHeight === 0) problems.push('the story renders nothing');
    for (const w of shown.widgets) {
      if (!w.defined) problems.push(`<${w.tag}> is not defined`);
      else if (!w.rendered || w.height === 0) problems.push(`<${w.tag}> renders nothing`);
    }

    await page.addScriptTag({ url: AXE_URL });
    const violations = await page.evaluate(async (tags) => {
      const result = await globalThis.axe.run('#storybook-root', {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' >>> ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ')})` : ''}`),
      }));
    }, AXE_TAGS);
    for (const v of violations) {
      problems.push(`axe ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `        ${n}`).join('\n')}`);
    }
  } catch (error) {
    problems.push(String(error?.message ?? error).split('\n')[0]);
  } finally {
    await page.close();
  }
  return [...new Set(problems.map(brief))];
}

/** A problem in at most 12 lines (a failed assertion's message can hold a whole DOM dump). */
function brief(problem) {
  const lines = problem.split('\n');
  return lines.length > 12 ? [...lines.slice(0, 12), `        … (${lines.length - 12} more lines)`].join('\n') : problem;
}

async function main() {
  const started = performance.now();
  let index;
  try {
    index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  } catch {
    console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
    process.exit(2);
  }
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && entry.id.includes(options.filter))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (!stories.length) {
    console.error('No stories found in storybook-static/index.json.');
    process.exit(2);
  }

  await stat(axePath);
  const { server, origin } = await serve(staticDir);
  const browser = await launchChromium({
    // No story may reach the internet: any other host name fails to resolve.
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });

  let passed = 0;
  let failed = 0;
  const queue = [...stories];
  const worker = async () => {
    // One context per worker, so the bundles are fetched and compiled once; each story gets a
    // new page, and the stories reset the widgets' caches themselves (.storybook/preview.ts).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    for (let story = queue.shift(); story; story = queue.shift()) {
      const t0 = performance.now();
      const problems = await checkStory(context, origin, story);
      const took = `${((performance.now() - t0) / 1000).toFixed(1)}s`;
      if (problems.length) {
        failed++;
        console.log(`✗ ${story.id} (${took})\n${problems.map((p) => `    ${p}`).join('\n')}`);
      } else {
        passed++;
        console.log(`✓ ${story.id} (${took})`);
      }
    }
    await context.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, stories.length) }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  const total = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nstories: ${passed} passed, ${failed} failed (${total}s)`);
  process.exit(failed ? 1 : 0);
}

await main();

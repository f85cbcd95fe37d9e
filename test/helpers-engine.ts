/**
 * Which engine runs the tests, and a way to skip a test in one engine that says why.
 *
 *   skipIn('webkit', 'img.decode() never settles for a lazy off-screen image')('title', async () => …)
 *
 * In the named engine(s) the test is registered with `it.skip` and the reason in its title, so
 * the run's report lists it as skipped, with the reason, per engine (scripts/wtr-counts-reporter.mjs);
 * everywhere else it is an ordinary `it`.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const ENGINE_LABEL: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

export function currentEngine(ua = navigator.userAgent): Engine {
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrom(e|ium)\//.test(ua)) return 'chromium';
  return 'webkit';
}

export const engine: Engine = currentEngine();

type TestFn = (this: Mocha.Context) => Promise<unknown> | void;

export function skipIn(engines: Engine | Engine[], reason: string): (title: string, fn: TestFn) => Mocha.Test {
  const list = Array.isArray(engines) ? engines : [engines];
  if (!reason.trim()) throw new Error('skipIn needs a written reason');
  return (title, fn) =>
    list.includes(engine) ? it.skip(`${title} [skipped in ${ENGINE_LABEL[engine]}: ${reason}]`, fn) : it(title, fn);
}

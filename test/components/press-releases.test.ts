import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/press-releases/press-releases.define.js';
// One test reads the WordPress sample: the WordPress reader is a file of its own.
import '../../src/lp-wordpress.js';
import type { LpPressReleases } from '../../src/components/press-releases/press-releases.js';
import { feedElementContract } from './feed-contract.js';
import { loaded, resetStore, sample, serve } from '../helpers.js';

feedElementContract({
  tag: 'lp-press-releases',
  kind: 'press-release',
  total: 5,
  defaultLimit: 5,
  strings: { heading: 'Press Releases', empty: 'No press releases yet', error: 'Couldn’t load press releases', headingEs: 'Comunicados de prensa' },
  someTag: 'grants-pass',
});

describe('<lp-press-releases>', () => {
  beforeEach(resetStore);

  it('strips boilerplate from real-looking release text, from both formats', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Local Progress',
      items: [
        {
          id: 'r1',
          url: 'https://localprogress.org/2024/09/02/new-report/',
          title: 'NEW REPORT: How Local Government Can Stand Up for Workers',
          date_published: '2024-09-02T12:00:00Z',
          content_html:
            '<p><strong>For Immediate Release:</strong> September 2, 2024</p><p>WASHINGTON, D.C. — This new report for Labor Day 2024 highlights ways local elected officials can advance workers rights.</p><p><strong>Media Contact:</strong> press@localprogress.org</p>',
          _localprogress: { kind: 'press-release' },
        },
      ],
    };
    const el = fixtureSync<LpPressReleases>(html`<lp-press-releases src=${await serve(feed)}></lp-press-releases>`);
    const detail = await loaded(el);
    expect(detail.items[0].summary).to.equal('This new report for Labor Day 2024 highlights ways local elected officials can advance workers rights.');
    expect(el.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(detail.items[0].summary);

    const posts = (await sample('wordpress-posts')) as Record<string, unknown>[];
    const wp = fixtureSync<LpPressReleases>(html`<lp-press-releases src=${await serve(posts)} loading="eager"></lp-press-releases>`);
    const wpDetail = await loaded(wp);
    expect(wpDetail.items.length).to.equal(3);
    for (const item of wpDetail.items) expect(item.summary).not.to.match(/immediate release|media contact|\[…\]/i);
  });

  it('clamps summaries to two lines', async () => {
    const el = fixtureSync<LpPressReleases>(html`<div style="width: 280px"><lp-press-releases src="/demo/data/localprogress.json"></lp-press-releases></div>`);
    const widget = el.querySelector('lp-press-releases')!;
    await loaded(widget);
    const summary = widget.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!;
    const lineHeight = parseFloat(getComputedStyle(summary).lineHeight);
    expect(summary.getBoundingClientRect().height).to.be.at.most(lineHeight * 2 + 1);
    expect(summary.scrollHeight).to.be.greaterThan(lineHeight * 2);
  });
});

import { expect } from '@open-wc/testing';
import {
  cleanSummary,
  decodeEntities,
  htmlToText,
  stripBoilerplate,
  stripExcerptTail,
  truncateOnWord,
} from '../../src/data/text.js';

describe('text cleaning', () => {
  it('decodes named, decimal and hex entities once', () => {
    expect(decodeEntities('Workers&#8217; rights &amp; &#x201C;power&#x201D; &hellip;')).to.equal('Workers’ rights & “power” …');
    expect(decodeEntities('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
    expect(decodeEntities('&unknown; &#0; &#xD800;')).to.equal('&unknown; \ufffd \ufffd');
  });

  it('decodes the longer table of named entities once the publisher’s entities module is loaded', async () => {
    // The widgets decode XML's entities, the no-break space and CMS punctuation by name…
    expect(decodeEntities('&lsquo;a&rsquo; &ldquo;b&rdquo; c&ndash;d&mdash;e&hellip;&nbsp;f&shy;g')).to.equal('‘a’ “b” c–d—e…\u00a0fg');
    // …and leave the rest as written (the feed the publisher writes holds none);
    expect(decodeEntities('caf&eacute; &copy; &laquo;x&raquo;')).to.equal('caf&eacute; &copy; &laquo;x&raquo;');
    // the publisher's readers load the rest.
    const { MORE_NAMED_ENTITIES } = await import('../../src/data/entities.js');
    expect(decodeEntities('caf&eacute; &copy; &laquo;x&raquo; &Ntilde;')).to.equal('café © «x» Ñ');
    for (const [, name, char] of MORE_NAMED_ENTITIES.matchAll(/ ([a-zA-Z]+)([^a-zA-Z ]?)/g)) expect(decodeEntities(`&${name};`), name).to.equal(char);
  });

  it('turns HTML into one line of text', () => {
    expect(htmlToText('<p>A <strong>new</strong> report</p>\n<p>Second&nbsp;para</p>')).to.equal('A new report Second para');
    expect(htmlToText('<script>alert(1)</script>Safe<style>p{}</style> text<!-- c -->')).to.equal('Safe text');
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
    expect(htmlToText(42)).to.equal('');
    expect(htmlToText('line\u0000one\u0007\ttwo')).to.equal('lineone two');
  });

  it('removes the WordPress excerpt tail', () => {
    expect(stripExcerptTail('Budget roundup and more […]')).to.equal('Budget roundup and more');
    expect(stripExcerptTail('Ends with [...]')).to.equal('Ends with');
    expect(stripExcerptTail('No tail here')).to.equal('No tail here');
  });

  it('strips press-release boilerplate', () => {
    expect(stripBoilerplate('For Immediate Release: September 2, 2024 – This new report highlights ways')).to.equal(
      'This new report highlights ways',
    );
    expect(stripBoilerplate('FOR IMMEDIATE RELEASE WASHINGTON, D.C. — Local Progress put out a statement.')).to.equal(
      'Local Progress put out a statement.',
    );
    expect(stripBoilerplate('For Immediate Release: September 2, 2024 WASHINGTON, D.C. — The report.')).to.equal('The report.');
    expect(stripBoilerplate('FOR IMMEDIATE RELEASE: WASHINGTON, D.C. (Sept. 2, 2024) – The report.')).to.equal('The report.');
    expect(stripBoilerplate('For immediate release. 2024-06-28 — Statement text.')).to.equal('Statement text.');
    expect(stripBoilerplate('The statement. Media Contact: Jane Doe, press@localprogress.org')).to.equal('The statement.');
    expect(stripBoilerplate('A plain summary.')).to.equal('A plain summary.');
    // WordPress's automatic excerpt joins the release's first lines into one.
    expect(
      stripBoilerplate(
        'For Immediate Release: June 28, 2024 Media Contact: Local Progress Communications, press@localprogress.org WASHINGTON, DC – In response to the decision',
      ),
    ).to.equal('In response to the decision');
    expect(stripBoilerplate('FOR IMMEDIATE RELEASE Press contact: Jane Doe, jane@example.org, (202) 555-0100 Austin, Texas — The council voted.')).to.equal(
      'The council voted.',
    );
  });

  it('truncates long summaries on a word boundary', () => {
    const words = 'word '.repeat(100).trim();
    const cut = truncateOnWord(words, 42);
    expect(cut.length).to.be.at.most(43);
    expect(cut.endsWith('word…')).to.equal(true);
    expect(truncateOnWord('short', 42)).to.equal('short');
    expect(cleanSummary(`<p>${words}</p>`).length).to.be.at.most(301);
  });
});

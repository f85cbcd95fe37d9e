// The `rss` source's parser against real feeds (test/fixtures/feeds/rss, see SOURCES.md).
// Every expected value is read from the fixture itself — a regex count of its items, the
// literal strings it contains — never from the parser's output. Only the security and
// malformed-XML documents at the end are synthetic, and say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FeedError } from '../../src/data/errors.js';
import type { Item } from '../../src/data/item.js';
import { DROP_NO_LINK, DROP_NO_TITLE, parseXmlFeed } from '../../src/publisher/sources/rss.js';
import { parseFeedDate, parseRfc3339Date, parseRfc822Date } from '../../src/publisher/sources/rss-date.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/feeds/rss/${name}`, import.meta.url), 'utf8');
}

/** How many `<tag …>` elements the document has, by regex. */
function countElements(xml: string, tag: string): number {
  return (xml.match(new RegExp(`<${tag}[\\s>/]`, 'g')) ?? []).length;
}

/** Asserts the fixture says `literal`, so an expected value written below is the fixture's. */
function says(xml: string, literal: string): void {
  assert.ok(xml.includes(literal), `the fixture contains ${JSON.stringify(literal)}`);
}

function parse(name: string, base: string): { xml: string; items: Item[]; dropped: Record<string, number> } {
  const xml = fixture(name);
  return { xml, ...parseXmlFeed(xml, base) };
}

function rejects(run: () => unknown, kind: string): void {
  assert.throws(run, (error: unknown) => error instanceof FeedError && error.kind === kind);
}

describe('RSS 2.0', () => {
  test('the RSS 2.0 specification sample: items, guid permalinks, an untitled item', () => {
    const { xml, items, dropped } = parse('rss2sample.xml', 'http://liftoff.msfc.nasa.gov/rss.xml');
    assert.equal(items.length, countElements(xml, 'item'));
    assert.deepEqual(dropped, {});
    says(xml, '<title>Star City</title>');
    says(xml, '<link>http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp</link>');
    says(xml, '<pubDate>Tue, 03 Jun 2003 09:39:21 GMT</pubDate>');
    says(xml, '<guid>http://liftoff.msfc.nasa.gov/2003/06/03.html#item573</guid>');
    assert.equal(items[0].title, 'Star City');
    assert.equal(items[0].url, 'http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp');
    assert.equal(items[0].id, 'http://liftoff.msfc.nasa.gov/2003/06/03.html#item573');
    assert.equal(items[0].published, '2003-06-03T09:39:21.000Z');
    assert.equal(items[0].kind, 'blog');
    // Escaped HTML in the description becomes text.
    says(xml, 'protocol at Russia\'s &lt;a href="http://howe.iki.rssi.ru/GCTC/gctc_e.htm"&gt;Star City&lt;/a&gt;.');
    assert.ok(items[0].summary.endsWith("protocol at Russia's Star City."), items[0].summary);
    // The second item has no title and no link: the guid (a permalink by default) is the link
    // and the first words of the description are the title.
    says(xml, '<guid>http://liftoff.msfc.nasa.gov/2003/05/30.html#item572</guid>');
    says(xml, 'Sky watchers in Europe, Asia, and parts of Alaska and Canada will experience a &lt;a href');
    assert.equal(items[1].url, 'http://liftoff.msfc.nasa.gov/2003/05/30.html#item572');
    assert.equal(items[1].title, 'Sky watchers in Europe, Asia, and parts of Alaska and Canada will experience a…');
  });

  test('a WordPress feed (TechCrunch): content:encoded, categories, media:content, FeedBurner links', () => {
    const { xml, items } = parse('TechCrunch.xml', 'http://feeds.feedburner.com/TechCrunch');
    says(xml, '<generator>http://wordpress.com/</generator>');
    assert.equal(items.length, countElements(xml, 'item'));
    says(xml, '<title>Angie’s List Sets Price Range IPO At $11 To $13 Per Share; Valued At Over $600M</title>');
    assert.equal(items[0].title, 'Angie’s List Sets Price Range IPO At $11 To $13 Per Share; Valued At Over $600M');
    // The original link, not FeedBurner's redirect.
    says(xml, '<link>http://feedproxy.google.com/~r/Techcrunch/~3/kTeeGj4FnwU/</link>');
    says(xml, '<feedburner:origLink>http://techcrunch.com/2011/11/02/angies-list-prices-ipo-at-11-to-13-per-share-valued-at-over-600m/</feedburner:origLink>');
    assert.equal(items[0].url, 'http://techcrunch.com/2011/11/02/angies-list-prices-ipo-at-11-to-13-per-share-valued-at-over-600m/');
    says(xml, '<guid isPermaLink="false">http://techcrunch.com/?p=446154</guid>');
    assert.equal(items[0].id, 'http://techcrunch.com/?p=446154');
    says(xml, '<pubDate>Wed, 02 Nov 2011 17:25:27 +0000</pubDate>');
    assert.equal(items[0].published, '2011-11-02T17:25:27.000Z');
    says(xml, '<category><![CDATA[TC]]></category>');
    assert.ok(items[0].tags.includes('tc'), items[0].tags.join());
    // The first media image of the item, with its media:title as the alt text (the second
    // media:content is the author's avatar).
    says(xml, '<media:content url="http://tctechcrunch2011.files.wordpress.com/2011/11/angies-list.jpeg?w=150" medium="image">');
    says(xml, '<media:title type="html">angies-list</media:title>');
    assert.deepEqual(items[0].image, { src: 'http://tctechcrunch2011.files.wordpress.com/2011/11/angies-list.jpeg?w=150', alt: 'angies-list' });
    // Every item has a text summary.
    for (const item of items) {
      assert.ok(item.summary.length > 0 && item.summary.length <= 301, item.id);
      assert.ok(!/<[a-z]/i.test(item.summary), item.summary);
    }
  });

  test('a news feed (the Guardian): media:content in two sizes, media:credit, categories', () => {
    const { xml, items } = parse('guardian.rss', 'https://www.theguardian.com/us/rss');
    assert.equal(items.length, countElements(xml, 'item'));
    says(xml, '<title>Trump State of the Union address promised unity but emphasized discord</title>');
    says(xml, '<link>https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord</link>');
    says(xml, '<pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate>');
    const [first] = items;
    assert.equal(first.title, 'Trump State of the Union address promised unity but emphasized discord');
    assert.equal(first.url, 'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord');
    assert.equal(first.published, '2018-01-31T07:26:05.000Z');
    says(xml, '>Donald Trump</category>');
    says(xml, '>US politics</category>');
    assert.ok(first.tags.includes('donald trump') && first.tags.includes('us politics'), first.tags.join());
    // The widest of the sizes is the src; both are in the srcset; the credit comes along.
    const small = 'https://i.guim.co.uk/img/media/b73c8752cd4667c923dff7f1542f1fb20089e421/0_108_3000_1799/master/3000.jpg?w=140&q=55&auto=format&usm=12&fit=max&s=0a4f729a1784060437ae689bc8d26534';
    const large = 'https://i.guim.co.uk/img/media/b73c8752cd4667c923dff7f1542f1fb20089e421/0_108_3000_1799/master/3000.jpg?w=460&q=55&auto=format&usm=12&fit=max&s=a606a273a90104e57b1e09bc4c0a1e11';
    says(xml, `<media:content width="140" url="${small.replace(/&/g, '&amp;')}">`);
    says(xml, `<media:content width="460" url="${large.replace(/&/g, '&amp;')}">`);
    says(xml, '<media:credit scheme="urn:ebu">Photograph: Networ/Sipa USA/REX/Shutterstock</media:credit>');
    assert.equal(first.image?.src, large);
    assert.equal(first.image?.srcset, `${small} 140w, ${large} 460w`);
    assert.equal(first.image?.credit, 'Photograph: Networ/Sipa USA/REX/Shutterstock');
    assert.equal(first.image?.alt, '');
  });

  test('RSS 0.92 (O’Reilly sample): audio enclosures are no image, no item date, a category path', () => {
    const { xml, items } = parse('heraldsun.rss', 'http://www.oreilly.com/example/rss.xml');
    says(xml, '<rss version="0.92">');
    assert.equal(items.length, countElements(xml, 'item'));
    says(xml, '<title>The First Item</title>');
    says(xml, '<link>http://www.oreilly.com/example/001.html</link>');
    says(xml, 'type="audio/mpeg"');
    says(xml, '>Business/Industries/Publishing/Publishers/Nonfiction/</category>');
    assert.equal(items[0].title, 'The First Item');
    assert.equal(items[0].url, 'http://www.oreilly.com/example/001.html');
    assert.equal(items[0].image, undefined);
    assert.equal(items[0].published, undefined);
    assert.deepEqual(items[0].tags, ['business/industries/publishing/publishers/nonfiction/']);
  });

  test('relative links resolve against the feed URL; two-digit years and numeric zones', () => {
    const { xml, items } = parse('rss-with-relative-urls.xml', 'http://www.arcgames.com/en/games/neverwinter/news/rss');
    assert.equal(items.length, countElements(xml, 'item'));
    says(xml, '<title><![CDATA[Neverwinter & Jingle Jam Humble Bundle!]]></title>');
    says(xml, '<link>/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle%21</link>');
    says(xml, '<guid isPermaLink="false">http://www.arcgames.com/en/games/PAB_nw/news/detail/10743874</guid>');
    says(xml, '<pubDate>Thu, 07 Dec 17 10:00:29 -0800</pubDate>');
    assert.equal(items[0].title, 'Neverwinter & Jingle Jam Humble Bundle!');
    assert.equal(items[0].url, 'http://www.arcgames.com/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle%21');
    assert.equal(items[0].id, 'http://www.arcgames.com/en/games/PAB_nw/news/detail/10743874');
    assert.equal(items[0].published, '2017-12-07T18:00:29.000Z');
  });

  test('xml:base on an item applies to its link; an item without one uses the feed URL', () => {
    const { xml, items } = parse('rss-with-item-scoped-html-base.xml', 'https://feeds.example.net/blog/rss.xml');
    says(xml, '<item xml:base="https://example.com/first/">');
    says(xml, '<link>first</link>');
    says(xml, '<link>second</link>');
    assert.deepEqual(items.map((item) => item.url), ['https://example.com/first/first', 'https://feeds.example.net/blog/second']);
  });

  test('the Washington Post: EST dates, one-digit days, categories', () => {
    const { xml, items } = parse('wapowellness.xml', 'http://feeds.washingtonpost.com/rss/lifestyle/wellness');
    assert.equal(items.length, countElements(xml, 'item'));
    says(xml, '<title><![CDATA[Schools minister to kids’ fitness and nutrition needs]]></title>');
    says(xml, '<link>http://feeds.washingtonpost.com/click.phdo?i=cc0c5fb09865354bbec8415210a554da</link>');
    says(xml, '<pubDate>Tue, 21 Aug 2012 10:33:00 EST</pubDate>');
    assert.equal(items[0].title, 'Schools minister to kids’ fitness and nutrition needs');
    assert.equal(items[0].url, 'http://feeds.washingtonpost.com/click.phdo?i=cc0c5fb09865354bbec8415210a554da');
    assert.equal(items[0].published, '2012-08-21T15:33:00.000Z');
    says(xml, '<pubDate>Wed, 8 Aug 2012 09:26:37 EST</pubDate>');
    assert.ok(items.some((item) => item.published === '2012-08-08T14:26:37.000Z'));
    says(xml, '<category>YMCA</category>');
    assert.deepEqual(items[0].tags, ['ymca', 'high school']);
    // Every item of this feed carries a date.
    assert.equal(items.filter((item) => item.published).length, countElements(xml, 'pubDate') - countElements(xml.slice(0, xml.indexOf('<item')), 'pubDate'));
  });

  test('items without a usable link or title are skipped and counted', () => {
    const noTitle = parse('gofeed_rss_channel_item_link.xml', 'http://example.org/feed');
    says(noTitle.xml, '<link>http://example.org</link>');
    assert.deepEqual(noTitle.items, []);
    assert.deepEqual(noTitle.dropped, { [DROP_NO_TITLE]: 1 });

    const noLink = parse('gofeed_rss_channel_item_title_naked_markup.xml', 'http://example.org/feed');
    says(noLink.xml, '<title><p>Item Title</p></title>');
    assert.deepEqual(noLink.dropped, { [DROP_NO_LINK]: 1 });

    // A permalink guid that is no URL is no link.
    const guid = parse('gofeed_rss_channel_item_guid_no_permalink.xml', 'http://example.org/feed');
    says(guid.xml, '<guid>abc123</guid>');
    assert.deepEqual(guid.dropped, { [DROP_NO_LINK]: 1 });

    const enclosures = parse('gofeed_rss_channel_item_enclosure.xml', 'http://example.org/feed');
    assert.deepEqual(enclosures.dropped, { [DROP_NO_LINK]: countElements(enclosures.xml, 'item') });
  });

  test('an item kind can be given', () => {
    const xml = fixture('rss2sample.xml');
    assert.ok(parseXmlFeed(xml, 'http://liftoff.msfc.nasa.gov/rss.xml', 'news').items.every((item) => item.kind === 'news'));
  });
});

describe('RSS 1.0 (RDF)', () => {
  test('Craigslist: items beside the channel, dc:date, enc:enclosure images, HTML in titles', () => {
    const { xml, items } = parse('craigslist.rss', 'https://sfbay.craigslist.org/search/apa?format=rss');
    says(xml, 'xmlns="http://purl.org/rss/1.0/"');
    assert.equal(items.length, countElements(xml, 'item'));
    // A character reference and a <sup> inside CDATA: HTML, read as text.
    says(xml, '<title><![CDATA[Bright, Spacious Beautiful Victorian (oakland north / temescal) &#x0024;4300 3bd 1930ft<sup>2</sup>]]></title>');
    assert.equal(items[0].title, 'Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft2');
    says(xml, '<link>http://sfbay.craigslist.org/eby/apa/6186664607.html</link>');
    assert.equal(items[0].url, 'http://sfbay.craigslist.org/eby/apa/6186664607.html');
    says(xml, '<dc:date>2017-06-21T10:33:10-07:00</dc:date>');
    assert.equal(items[0].published, '2017-06-21T17:33:10.000Z');
    says(xml, '<enc:enclosure resource="https://images.craigslist.org/00l0l_fbVZikCjEKO_300x300.jpg" type="image/jpeg"/>');
    assert.deepEqual(items[0].image, { src: 'https://images.craigslist.org/00l0l_fbVZikCjEKO_300x300.jpg', alt: '' });
  });
});

describe('Atom 1.0', () => {
  test('Sam Ruby: links without rel, relative to the feed URL; xhtml content as text', () => {
    const { xml, items } = parse('intertwingly.atom', 'http://intertwingly.net/blog/index.atom');
    assert.equal(items.length, countElements(xml, 'entry'));
    says(xml, '<title>Inhibiting Suspend</title>');
    says(xml, '<link href="/blog/2012/07/16/Inhibiting-Suspend"/>');
    says(xml, '<link rel="replies" href="3299.atom"');
    says(xml, '<id>tag:intertwingly.net,2004:3299</id>');
    says(xml, '<updated>2012-07-16T08:48:01-07:00</updated>');
    assert.equal(items[0].title, 'Inhibiting Suspend');
    assert.equal(items[0].url, 'http://intertwingly.net/blog/2012/07/16/Inhibiting-Suspend');
    assert.equal(items[0].id, 'tag:intertwingly.net,2004:3299');
    assert.equal(items[0].published, '2012-07-16T15:48:01.000Z');
    // The inline SVG is no text; the paragraph after it is.
    says(xml, '<p>The <a href="http://people.gnome.org/~mccann/gnome-session/docs/gnome-session.html#org.gnome.SessionManager.Inhibit">interface</a> is a bit low level, but workable:</p>');
    assert.ok(items[0].summary.startsWith('The interface is a bit low level, but workable:'), items[0].summary);
  });

  test('TPM: xml:base="#fragment" resolves against the feed URL; escaped HTML with double-escaped references', () => {
    const { xml, items } = parse('tpm-with-fragment-base.atom', 'http://talkingpointsmemo.com/feed/all');
    says(xml, '<feed xml:base="#fragment"');
    assert.equal(items.length, countElements(xml, 'entry'));
    says(xml, '<title>Hannity Announces Fox Has Hired Sebastian Gorka As NatSec Strategist</title>');
    says(xml, 'href="/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist"');
    says(xml, '<published>2017-11-08T18:15:58-05:00</published>');
    assert.equal(items[0].title, 'Hannity Announces Fox Has Hired Sebastian Gorka As NatSec Strategist');
    assert.equal(items[0].url, 'http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist');
    assert.equal(items[0].published, '2017-11-08T23:15:58.000Z');
    says(xml, '&lt;p&gt;&amp;#8220;Joining us now is Dr. Sebastian Gorka,&amp;#8221; Hannity said');
    assert.ok(items[0].summary.includes('“Joining us now is Dr. Sebastian Gorka,” Hannity said'), items[0].summary);
  });

  test('YouTube: media:group thumbnail with its size, media:title as alt, media:description as summary', () => {
    const { xml, items } = parse('youtube_atom.xml', 'http://www.youtube.com/feeds/videos.xml?user=google');
    assert.equal(items.length, countElements(xml, 'entry'));
    says(xml, '<title>The Google app: Questions Title</title>');
    says(xml, '<link rel="alternate" href="http://www.youtube.com/watch?v=5shykyfmb28"/>');
    says(xml, '<published>2015-05-04T00:01:27+00:00</published>');
    says(xml, '<media:thumbnail url="https://i2.ytimg.com/vi/5shykyfmb28/hqdefault.jpg" width="480" height="360"/>');
    says(xml, '<media:title>The Google app: Questions</media:title>');
    const [first] = items;
    assert.equal(first.title, 'The Google app: Questions Title');
    assert.equal(first.url, 'http://www.youtube.com/watch?v=5shykyfmb28');
    assert.equal(first.published, '2015-05-04T00:01:27.000Z');
    // The video itself (application/x-shockwave-flash) is no image; its thumbnail is.
    says(xml, 'type="application/x-shockwave-flash"');
    // This description is a paragraph (longer than an alt text should be): the title is the alt.
    const description = /<media:description>([^<]*)<\/media:description>/.exec(xml)![1];
    assert.ok(description.length > 250);
    assert.deepEqual(first.image, { src: 'https://i2.ytimg.com/vi/5shykyfmb28/hqdefault.jpg', alt: 'The Google app: Questions', width: 480, height: 360 });
    assert.ok(first.summary.startsWith('A question is the most powerful force in the world.'), first.summary);
  });

  test('Trotter Cashion: category terms as tags, FeedBurner origLink, a blank line before the XML declaration', () => {
    const { xml, items } = parse('TrotterCashionHome.xml', 'http://feeds.feedburner.com/trottercashion');
    assert.ok(xml.startsWith('\n<?xml'));
    assert.equal(items.length, countElements(xml, 'entry'));
    says(xml, '<title>Data Urls and document.domain</title>');
    says(xml, '<category term="dataurls" />\n    <category term="javascript" />');
    says(xml, '<feedburner:origLink>http://trottercashion.com/2008/12/13/data-urls-and-document-domain</feedburner:origLink>');
    says(xml, '<published>2008-12-13T17:43:00Z</published>');
    assert.equal(items[0].title, 'Data Urls and document.domain');
    assert.equal(items[0].url, 'http://trottercashion.com/2008/12/13/data-urls-and-document-domain');
    assert.equal(items[0].published, '2008-12-13T17:43:00.000Z');
    assert.deepEqual(items[0].tags, ['dataurls', 'javascript']);
  });

  test('Google Alerts: HTML in type="html" titles becomes text; a redirect link keeps its own parameters', () => {
    const { xml, items } = parse('google_alerts_atom.xml', 'https://www.google.com/alerts/feeds/00000000000000000000/0000000000000000000');
    assert.equal(items.length, countElements(xml, 'entry'));
    says(xml, '<title type="html">Report offers Prediction of Automotive &lt;b&gt;Slack&lt;/b&gt; Market by Top key players like Haldex, Meritor, Bendix ...</title>');
    assert.equal(items[0].title, 'Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ...');
    const href = 'https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://www.aglobalmarketresearch.com/report-offers-prediction-of-automotive-slack-market-by-top-key-players-like-haldex-meritor-bendix-mei-wabco-accuride-stemco-tbk-febi-aydinsan/&amp;ct=ga&amp;cd=CAIyHGU4ZTJkZjQ3OTVkYmIzMTc6Y28uanA6ZW46SlA&amp;usg=AFQjCNHUcRGtHY1ygcMDkVS68IgpYs7Wpg';
    says(xml, `<link href="${href}">`);
    assert.equal(items[0].url, new URL(href.replace(/&amp;/g, '&')).href);
    says(xml, '<published>2019-07-10T11:53:37Z</published>');
    assert.equal(items[0].published, '2019-07-10T11:53:37.000Z');
    for (const item of items) assert.ok(!/[<>]/.test(item.title), item.title);
  });
});

describe('not a feed', () => {
  test('an HTML page is a format error', () => {
    rejects(() => parseXmlFeed(fixture('notafeed.html'), 'https://example.org/'), 'format');
  });

  test('well-formed XML that is neither RSS nor Atom is a format error', () => {
    const xml = fixture('unknown_feed.xml');
    says(xml, '<note>');
    rejects(() => parseXmlFeed(xml, 'https://example.org/'), 'format');
  });

  // Synthetic: malformed XML.
  test('malformed XML is a parse error', () => {
    rejects(() => parseXmlFeed('<rss version="2.0"><channel><item><title>x</channel></rss>', 'https://example.org/'), 'parse');
    rejects(() => parseXmlFeed('<rss version="2.0"><channel><title>a & b</title></channel></rss>', 'https://example.org/'), 'parse');
    rejects(() => parseXmlFeed('', 'https://example.org/'), 'parse');
  });
});

describe('HTML entities (a synthetic document)', () => {
  test('named entities in HTML content are decoded, accented letters and symbols included', () => {
    // The escaped HTML of a description, as a CMS writes it: entities inside it are HTML's, which
    // the XML parser leaves to us.
    const html = '<p>Mich&amp;egrave;le &amp;copy; &amp;laquo;caf&amp;eacute;&amp;raquo; &amp;ndash; done&amp;hellip;</p>';
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><item><title>Caf&amp;eacute;</title><link>https://example.org/a</link><description>${html}</description></item></channel></rss>`;
    const [item] = parseXmlFeed(xml, 'https://example.org/').items;
    assert.equal(item?.title, 'Café');
    assert.equal(item?.summary, 'Michèle © «café» – done…');
  });
});

describe('hostile XML (synthetic documents)', () => {
  const item = (title: string) => `<item><title>${title}</title><link>https://example.org/a</link></item>`;

  test('an external entity is never resolved', () => {
    for (const doctype of [
      '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      '<!DOCTYPE rss [<!ENTITY % x SYSTEM "file:///etc/passwd"> %x;]>',
    ]) {
      const xml = `<?xml version="1.0"?>${doctype}<rss version="2.0"><channel>${item('&x;')}</channel></rss>`;
      rejects(() => parseXmlFeed(xml, 'https://example.org/'), 'parse');
    }
    // A PUBLIC identifier is read as a plain string and the reference stays unexpanded.
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x PUBLIC "-//x//x" "file:///etc/passwd">]><rss version="2.0"><channel>${item('t &x;')}</channel></rss>`;
    let title = '';
    try {
      title = parseXmlFeed(xml, 'https://example.org/').items[0]?.title ?? '';
    } catch (error) {
      assert.ok(error instanceof FeedError && error.kind === 'parse');
    }
    assert.ok(!/root:|passwd|-\/\/x/.test(title), title);
  });

  test('a billion-laughs document does not blow up', () => {
    let entities = '<!ENTITY lol0 "lol">';
    for (let level = 1; level <= 9; level++) entities += `<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`;
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel>${item('&lol9;')}${item('Laughs &lol0;')}</channel></rss>`;
    const started = performance.now();
    const { items } = parseXmlFeed(xml, 'https://example.org/');
    assert.ok(performance.now() - started < 2000);
    assert.ok(items.every((entry) => !entry.title.includes('lollol')), JSON.stringify(items));
    // Declared entities are not expanded at all, so the reference stays as written.
    assert.equal(items[1].title, 'Laughs &lol0;');
  });

  test('a quadratic blow-up (one large entity referenced many times) stays small', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'a'.repeat(9000)}">]><rss version="2.0"><channel>${item('&a;'.repeat(20000))}</channel></rss>`;
    const { items } = parseXmlFeed(xml, 'https://example.org/');
    assert.ok(!items[0].title.includes('aaaa'));
    assert.ok(items[0].title.length <= 300);
  });

  test('absurdly deep nesting is a parse error, not a stack overflow', () => {
    const depth = 100000;
    const xml = `<rss version="2.0"><channel>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}${item('t')}</channel></rss>`;
    rejects(() => parseXmlFeed(xml, 'https://example.org/'), 'parse');
  });

  test('links and images other than http(s) are refused', () => {
    const xml = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>t</title><link>javascript:alert(1)</link><guid isPermaLink="false">g</guid></item><item><title>u</title><link>https://example.org/u?utm_source=x&amp;id=1</link><media:content url="data:image/png;base64,AAAA" medium="image"/><media:thumbnail url="javascript:alert(1)"/></item></channel></rss>`;
    const { items, dropped } = parseXmlFeed(xml, 'https://example.org/');
    assert.deepEqual(dropped, { [DROP_NO_LINK]: 1 });
    assert.equal(items[0].url, 'https://example.org/u?id=1');
    assert.equal(items[0].image, undefined);
  });
});

describe('dates', () => {
  test('RFC 822: day names optional, 2- and 4-digit years, named, military and numeric zones', () => {
    const cases: [string, string | undefined][] = [
      ['Tue, 03 Jun 2003 09:39:21 GMT', '2003-06-03T09:39:21.000Z'],
      ['03 Jun 2003 09:39:21 GMT', '2003-06-03T09:39:21.000Z'],
      ['Tue, 3 Jun 03 09:39 UT', '2003-06-03T09:39:00.000Z'],
      ['Thu, 07 Dec 17 10:00:29 -0800', '2017-12-07T18:00:29.000Z'],
      ['Sat, 01 Jan 72 00:00:00 +0000', '1972-01-01T00:00:00.000Z'],
      ['Sat, 01 Jan 49 00:00:00 +0000', '2049-01-01T00:00:00.000Z'],
      ['Wed, 8 Aug 2012 09:26:37 EST', '2012-08-08T14:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 EDT', '2012-08-08T13:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 CST', '2012-08-08T15:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 CDT', '2012-08-08T14:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 MST', '2012-08-08T16:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 MDT', '2012-08-08T15:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 PST', '2012-08-08T17:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 PDT', '2012-08-08T16:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 Z', '2012-08-08T09:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 UTC', '2012-08-08T09:26:37.000Z'],
      // Military letters other than Z: an unknown offset (RFC 5322 §4.3), read as UTC.
      ['Wed, 08 Aug 2012 09:26:37 A', '2012-08-08T09:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 Y', '2012-08-08T09:26:37.000Z'],
      ['Wed, 08 Aug 2012 09:26:37 +0530', '2012-08-08T03:56:37.000Z'],
      ['Wednesday, 08 August 2012 09:26:37 +0200', '2012-08-08T07:26:37.000Z'],
      ['Wed, 08 Sept 2012 09:26:37 GMT', '2012-09-08T09:26:37.000Z'],
      ['Mon, 31 Dec 2012 23:59:60 +0000', '2012-12-31T23:59:59.000Z'],
      ['Fri, 20 Feb 2015 09:51:15 GMT (Pacific)', '2015-02-20T09:51:15.000Z'],
      ['Wed, 08 Aug 2012 09:26:37', '2012-08-08T09:26:37.000Z'],
      // Not dates.
      ['03 Apr 02 1500 GMT', undefined],
      ['Seg, 24 Set 2018 19:22:00 -0300', undefined],
      ['Seg, 24 Sep 2018 19:22:00 -0300', undefined],
      ['Wed, 08 Aug 2012 09:26:37 J', undefined],
      ['Wed, 08 Aug 2012 09:26:37 CET', undefined],
      ['Wed, 08 Aug 2012 09:26:37 +2500', undefined],
      ['Fri, 31 Apr 2012 09:26:37 GMT', undefined],
      ['Fri, 29 Feb 2013 09:26:37 GMT', undefined],
      ['Fri, 01 Feb 2013 24:00:00 GMT', undefined],
      ['Fri, 01 Feb 2013 12:60:00 GMT', undefined],
      ['Fri, 01 Foo 2013 12:00:00 GMT', undefined],
      ['Fri, 01 Feb 213 12:00:00 GMT', undefined],
      ['1 day ago', undefined],
      ['', undefined],
    ];
    for (const [raw, expected] of cases) assert.equal(parseRfc822Date(raw), expected, raw);
    assert.equal(parseRfc822Date('Fri, 29 Feb 2012 09:26:37 GMT'), '2012-02-29T09:26:37.000Z');
  });

  test('RFC 3339 and W3C-DTF', () => {
    const cases: [string, string | undefined][] = [
      ['2017-06-21T10:33:10-07:00', '2017-06-21T17:33:10.000Z'],
      ['2008-12-13T17:43:00Z', '2008-12-13T17:43:00.000Z'],
      ['2008-12-13t17:43:00z', '2008-12-13T17:43:00.000Z'],
      ['2015-05-04T00:01:27+00:00', '2015-05-04T00:01:27.000Z'],
      ['2016-02-01T17:54:50.123456+01:00', '2016-02-01T16:54:50.123Z'],
      ['2016-02-01T17:54+0100', '2016-02-01T16:54:00.000Z'],
      ['2016-02-01T17:54:50', '2016-02-01T17:54:50.000Z'],
      ['2016-02-01 17:54:50Z', '2016-02-01T17:54:50.000Z'],
      ['2016-02-01', '2016-02-01T00:00:00.000Z'],
      ['2016-02', '2016-02-01T00:00:00.000Z'],
      ['2016', '2016-01-01T00:00:00.000Z'],
      ['2016-02-30T00:00:00Z', undefined],
      ['2016-13-01T00:00:00Z', undefined],
      ['2016-02-01T25:00:00Z', undefined],
      ['2016-02-01T10:00:00+24:00', undefined],
      ['0000-00-00T00:00:00Z', undefined],
      ['2016-02-01T10:00:00 PST', undefined],
    ];
    for (const [raw, expected] of cases) assert.equal(parseRfc3339Date(raw), expected, raw);
  });

  test('a feed date is read by its shape, whatever element it came from', () => {
    assert.equal(parseFeedDate('2017-06-21T10:33:10-07:00'), '2017-06-21T17:33:10.000Z');
    assert.equal(parseFeedDate('  Tue, 03 Jun 2003 09:39:21 GMT '), '2003-06-03T09:39:21.000Z');
    assert.equal(parseFeedDate(undefined), undefined);
    assert.equal(parseFeedDate('x'.repeat(200)), undefined);
  });
});

import { expect } from '@open-wc/testing';
import { WORDPRESS_MAX_PER_PAGE, wordpressFeedUrl, wordpressPerPage } from '../../src/data/wordpress-url.js';

const FIELDS = '_fields=id,date_gmt,link,title,excerpt,type,_links,_embedded';
const EMBED = '_embed=wp:featuredmedia,wp:term';

describe('wordpressFeedUrl', () => {
  it('builds the recommended posts URL of a site', () => {
    expect(wordpressFeedUrl('https://example.org')).to.equal(`https://example.org/wp-json/wp/v2/posts?${EMBED}&per_page=100&${FIELDS}`);
    expect(wordpressFeedUrl(' https://example.org/ ')).to.equal(wordpressFeedUrl('https://example.org'));
  });

  it('keeps the folder of a site in a subfolder, and reads an API address back to its site', () => {
    const expected = `https://example.org/chapter/wp-json/wp/v2/posts?${EMBED}&per_page=100&${FIELDS}`;
    expect(wordpressFeedUrl('https://example.org/chapter')).to.equal(expected);
    expect(wordpressFeedUrl('https://example.org/chapter/wp-json/')).to.equal(expected);
    expect(wordpressFeedUrl('https://example.org/chapter/wp-json/wp/v2/posts?_embed&per_page=3')).to.equal(expected);
  });

  it('uses ?rest_route= when asked, or when the address already does', () => {
    const expected = `http://example.org/?rest_route=/wp/v2/posts&${EMBED}&per_page=100&${FIELDS}`;
    expect(wordpressFeedUrl('http://example.org', { restRoute: true })).to.equal(expected);
    expect(wordpressFeedUrl('http://example.org/?rest_route=/wp/v2/posts')).to.equal(expected);
  });

  it('rounds and clamps perPage to 1–100', () => {
    const perPage = (n: number) => wordpressPerPage(wordpressFeedUrl('https://example.org', { perPage: n }));
    expect([perPage(5), perPage(5.4), perPage(0), perPage(-3), perPage(1000), perPage(Number.NaN)]).to.deep.equal([5, 5, 1, 1, WORDPRESS_MAX_PER_PAGE, 1]);
  });

  it('filters by category ids, sorted, so that equal options give one URL', () => {
    const a = wordpressFeedUrl('https://example.org', { perPage: 10, categories: [12, 3, 12] });
    expect(a).to.equal(`https://example.org/wp-json/wp/v2/posts?${EMBED}&per_page=10&categories=3,12&${FIELDS}`);
    expect(wordpressFeedUrl('https://example.org', { categories: [3, 12], perPage: 10 })).to.equal(a);
    expect(() => wordpressFeedUrl('https://example.org', { categories: [1.5] })).to.throw(TypeError);
    expect(() => wordpressFeedUrl('https://example.org', { categories: [0] })).to.throw(TypeError);
  });

  it('takes a custom post type’s rest_base, and your own fields or none', () => {
    expect(wordpressFeedUrl('https://example.org', { type: 'press-releases', fields: false })).to.equal(
      `https://example.org/wp-json/wp/v2/press-releases?${EMBED}&per_page=100`,
    );
    expect(wordpressFeedUrl('https://example.org', { fields: ['id', 'link', 'title', '_links'] })).to.equal(
      `https://example.org/wp-json/wp/v2/posts?${EMBED}&per_page=100&_fields=id,link,title,_links,_embedded`,
    );
    expect(() => wordpressFeedUrl('https://example.org', { type: '../users' })).to.throw(TypeError);
  });

  it('accepts only http(s) sites', () => {
    expect(() => wordpressFeedUrl('javascript:alert(1)')).to.throw(TypeError);
    expect(() => wordpressFeedUrl('example.org')).to.throw(TypeError);
    expect(() => wordpressFeedUrl('ftp://example.org')).to.throw(TypeError);
  });
});

describe('wordpressPerPage', () => {
  it('reads per_page, WordPress’s default of 10 without it, and undefined where WordPress answers 400', () => {
    expect(wordpressPerPage('https://example.org/wp-json/wp/v2/posts?_embed&per_page=25')).to.equal(25);
    expect(wordpressPerPage('https://example.org/wp-json/wp/v2/posts?_embed')).to.equal(10);
    expect(wordpressPerPage('https://example.org/?rest_route=/wp/v2/posts&per_page=100')).to.equal(100);
    expect(wordpressPerPage('https://example.org/wp-json/wp/v2/posts?per_page=101')).to.equal(undefined);
    expect(wordpressPerPage('https://example.org/wp-json/wp/v2/posts?per_page=0')).to.equal(undefined);
    expect(wordpressPerPage('https://example.org/wp-json/wp/v2/posts?per_page=ten')).to.equal(undefined);
    expect(wordpressPerPage('not a url')).to.equal(undefined);
  });
});

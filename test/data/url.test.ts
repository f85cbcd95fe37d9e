import { expect } from '@open-wc/testing';
import { isAllowedUrl, safeImageUrl, safeLinkUrl, safeMailto, safeTel } from '../../src/data/url.js';

describe('URL rules', () => {
  it('allows only http and https for links and images', () => {
    expect(safeLinkUrl('https://stateline.org/a')).to.equal('https://stateline.org/a');
    expect(safeLinkUrl('http://example.org/')).to.equal('http://example.org/');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'vbscript:x', 'blob:https://a/b', 'mailto:a@b.org', '//', '', 42, null]) {
      expect(safeLinkUrl(bad), String(bad)).to.equal(undefined);
      expect(safeImageUrl(bad), String(bad)).to.equal(undefined);
    }
    expect(safeImageUrl('data:image/png;base64,AAAA')).to.equal(undefined);
    expect(isAllowedUrl('/feed.json', 'https://localprogress.org/')).to.equal(true);
    expect(isAllowedUrl('/feed.json')).to.equal(false);
  });

  it('resolves relative links against the feed URL', () => {
    expect(safeLinkUrl('/news/x', 'https://localprogress.org/feed.json')).to.equal('https://localprogress.org/news/x');
  });

  it('removes tracking parameters and keeps the rest', () => {
    expect(
      safeLinkUrl('https://localprogress.org/post/?utm_source=nl&utm_medium=email&emci=1&emdi=2&ceid=3&page=2#top'),
    ).to.equal('https://localprogress.org/post/?page=2#top');
    expect(safeLinkUrl('https://a.org/?UTM_Campaign=x')).to.equal('https://a.org/');
  });

  it('accepts only mailto and tel for contact links', () => {
    expect(safeMailto('press@localprogress.org')).to.equal('mailto:press@localprogress.org');
    expect(safeMailto('mailto:press@localprogress.org?subject=x')).to.equal('mailto:press@localprogress.org');
    expect(safeMailto('javascript:alert(1)//@x.org')).to.equal(undefined);
    expect(safeMailto('not an email')).to.equal(undefined);
    expect(safeTel('+1 (202) 555-0143')).to.equal('tel:+12025550143');
    expect(safeTel('javascript:alert(1)')).to.equal(undefined);
  });
});

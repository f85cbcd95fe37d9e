// clampHeadingLevel and headingTemplate: the heading-level attribute read and rendered.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { clampHeadingLevel, headingTemplate } from '../../src/core/heading.js';

function rendered(level: number, id?: string, content: unknown = 'Heading'): HTMLElement {
  const host = document.createElement('div');
  render(headingTemplate(level, 'heading', id, content), host);
  return host.firstElementChild as HTMLElement;
}

describe('clampHeadingLevel', () => {
  it('reads 2 to 6 as given, numbers or strings', () => {
    for (const n of [2, 3, 4, 5, 6]) {
      expect(clampHeadingLevel(n)).to.equal(n);
      expect(clampHeadingLevel(String(n))).to.equal(n);
    }
  });

  it('clamps below 2 to 2 (the page owns h1) and above 6 to 6', () => {
    expect(clampHeadingLevel(1)).to.equal(2);
    expect(clampHeadingLevel(0)).to.equal(2);
    expect(clampHeadingLevel(-3)).to.equal(2);
    expect(clampHeadingLevel(7)).to.equal(6);
    expect(clampHeadingLevel('99')).to.equal(6);
  });

  it('rounds a fraction to the nearest level', () => {
    expect(clampHeadingLevel('4.4')).to.equal(4);
    expect(clampHeadingLevel(4.6)).to.equal(5);
  });

  it('reads anything unreadable as 2', () => {
    for (const value of ['abc', undefined, null, '', NaN, Infinity, -Infinity, {}]) {
      expect(clampHeadingLevel(value), String(value)).to.equal(2);
    }
  });
});

describe('headingTemplate', () => {
  it('renders a real <h2>…<h6> with the part, class and id', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      const h = rendered(level, 'lp-h');
      expect(h.localName).to.equal(`h${level}`);
      expect(h.getAttribute('part')).to.equal('heading');
      expect(h.className).to.equal('heading');
      expect(h.id).to.equal('lp-h');
      expect(h.textContent).to.equal('Heading');
    }
  });

  it('clamps a level outside 2–6', () => {
    expect(rendered(1).localName).to.equal('h2');
    expect(rendered(0).localName).to.equal('h2');
    expect(rendered(7).localName).to.equal('h6');
  });

  it('gives no id a value when none is asked for', () => {
    expect(rendered(3).id).to.equal('');
  });

  it('renders markup-like content as text', () => {
    const h = rendered(2, undefined, '<b>bold</b>');
    expect(h.textContent).to.equal('<b>bold</b>');
    expect(h.querySelector('b')).to.equal(null);
  });
});

// LpElement, the widgets' reactive base: what the elements rely on from it, checked on a small
// element of the test's own, so that a failure names the base and not a widget.
import { expect, fixture, html } from '@open-wc/testing';
import { html as template } from 'lit/html.js';
import { css, LpElement, type PropertyDeclarations, type PropertyValues } from '../../src/core/element.js';

const sheet = css`
  :host {
    display: block;
  }
`;

class TestBase extends LpElement {
  static override styles = [sheet, css`p { margin: 0; }`];
  static override properties: PropertyDeclarations = {
    label: {},
    count: { type: Number },
    mode: { attribute: 'data-mode', reflect: true },
  };
  label?: string;
  count = 1;
  mode = 'plain';
  renders = 0;
  changes: PropertyValues[] = [];
  controllerCalls: string[] = [];
  fail = false;

  protected override willUpdate(changed: PropertyValues): void {
    this.changes.push(new Map(changed));
  }

  protected override render() {
    if (this.fail) throw new Error('render failed');
    this.renders++;
    return template`<p>${this.label ?? ''}:${this.count}</p>`;
  }
}

class TestChild extends TestBase {
  static override properties: PropertyDeclarations = { extra: { type: Number, reflect: true } };
  extra?: number;
}

customElements.define('test-lp-base', TestBase);
customElements.define('test-lp-child', TestChild);

const text = (el: LpElement) => el.renderRoot.querySelector('p')!.textContent;

describe('LpElement: the reactive base', () => {
  it('reads attributes into properties, numbers as numbers, and renders once per batch', async () => {
    const el = await fixture<TestBase>(html`<test-lp-base label="a" count="3"></test-lp-base>`);
    expect(el.label).to.equal('a');
    expect(el.count).to.equal(3);
    expect(text(el)).to.equal('a:3');
    expect(el.renders).to.equal(1);
    el.label = 'b';
    el.count = 4;
    el.setAttribute('count', '5');
    await el.updateComplete;
    expect(el.renders).to.equal(2);
    expect(text(el)).to.equal('b:5');
    // The first old value of the batch is kept.
    expect([...el.changes[1]!]).to.deep.equal([
      ['label', 'a'],
      ['count', 3],
    ]);
    el.removeAttribute('count');
    await el.updateComplete;
    expect(el.count).to.equal(null);
  });

  it('does not update when a property is set to the value it has', async () => {
    const el = await fixture<TestBase>(html`<test-lp-base label="a"></test-lp-base>`);
    el.label = 'a';
    await el.updateComplete;
    expect(el.renders).to.equal(1);
  });

  it('reflects a reflecting property to its attribute, initial value included, and back', async () => {
    const el = await fixture<TestBase>(html`<test-lp-base></test-lp-base>`);
    expect(el.getAttribute('data-mode')).to.equal('plain');
    el.mode = 'fancy';
    await el.updateComplete;
    expect(el.getAttribute('data-mode')).to.equal('fancy');
    el.setAttribute('data-mode', 'other');
    expect(el.mode).to.equal('other');
    await el.updateComplete;
    expect(el.getAttribute('data-mode')).to.equal('other');
  });

  it('gives a subclass its superclass properties and its own', async () => {
    expect(TestChild.observedAttributes).to.have.members(['label', 'count', 'data-mode', 'extra']);
    expect(TestBase.observedAttributes).to.have.members(['label', 'count', 'data-mode']);
    const el = await fixture<TestChild>(html`<test-lp-child label="c" extra="7"></test-lp-child>`);
    expect(el.extra).to.equal(7);
    expect(text(el)).to.equal('c:1');
    el.extra = 8;
    await el.updateComplete;
    expect(el.getAttribute('extra')).to.equal('8');
  });

  it('takes over a property set before the element was upgraded', async () => {
    const el = document.createElement('test-lp-late') as TestBase & { label?: string };
    el.label = 'early';
    document.body.append(el);
    customElements.define('test-lp-late', class extends TestBase {});
    await el.updateComplete;
    expect(Object.prototype.hasOwnProperty.call(el, 'label')).to.equal(false);
    expect(text(el)).to.equal('early:1');
    el.remove();
  });

  it('adopts one stylesheet per class, shared by every instance', async () => {
    const a = await fixture<TestBase>(html`<test-lp-base></test-lp-base>`);
    const b = await fixture<TestBase>(html`<test-lp-base></test-lp-base>`);
    expect(a.renderRoot.adoptedStyleSheets).to.have.length(2);
    expect(a.renderRoot.adoptedStyleSheets[0]).to.equal(b.renderRoot.adoptedStyleSheets[0]);
    expect(getComputedStyle(a).display).to.equal('block');
  });

  it('runs controllers around each render, and connects one added to a connected element', async () => {
    const el = await fixture<TestBase>(html`<test-lp-base></test-lp-base>`);
    const calls = el.controllerCalls;
    el.addController({
      hostConnected: () => calls.push('connected'),
      hostDisconnected: () => calls.push('disconnected'),
      hostUpdate: () => calls.push(`update ${el.renders}`),
      hostUpdated: () => calls.push(`updated ${el.renders}`),
    });
    el.requestUpdate();
    await el.updateComplete;
    el.remove();
    expect(calls).to.deep.equal(['connected', 'update 1', 'updated 2', 'disconnected']);
  });

  it('updates again after a render that threw', async () => {
    const el = await fixture<TestBase>(html`<test-lp-base label="a"></test-lp-base>`);
    el.fail = true;
    el.label = 'b';
    const failed = await el.updateComplete.then(
      () => false,
      () => true,
    );
    expect(failed).to.equal(true);
    el.fail = false;
    el.label = 'c';
    await el.updateComplete;
    expect(text(el)).to.equal('c:1');
  });

  it('does not render before it is first connected', async () => {
    const el = document.createElement('test-lp-base') as TestBase;
    el.label = 'x';
    await Promise.resolve();
    await Promise.resolve();
    expect(el.renders).to.equal(0);
    expect(el.shadowRoot).to.equal(null);
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('x:1');
    el.remove();
  });
});

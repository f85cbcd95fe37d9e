import { render } from 'lit/html.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The widgets' base element: Lit's templates (lit-html) on a small reactive base of our own.
 *
 * Why not `LitElement`: its reactive base (`@lit/reactive-element` with its CSS tag) is ≈ 3 KB
 * gzip of every bundle, for features these widgets never use (decorators, custom converters,
 * `hasChanged`, `shouldUpdate`, server rendering, the polyfills' style path). What they use is
 * kept with Lit's semantics, so the elements read as Lit elements and Lit's controllers work:
 * `static properties` (`attribute`, `type: Number`, `reflect`), `static styles` from `css`, an
 * update batched in a microtask (`willUpdate` → controllers' `hostUpdate` → `render` →
 * controllers' `hostUpdated`), `requestUpdate()`, `updateComplete`,
 * `addController()`, `renderRoot`.
 */

/** How one reactive property maps to an attribute. */
export interface PropertyDeclaration {
  /** The attribute's name; without one, the property's name in lower case. */
  attribute?: string;
  /** `Number`: the attribute is read as a number. Otherwise as a string. */
  type?: NumberConstructor;
  /** Write the property back to its attribute when it changes. */
  reflect?: boolean;
}

export type PropertyDeclarations = Record<string, PropertyDeclaration>;

/** The properties changed since the last update, with their old values. */
export type PropertyValues = Map<PropertyKey, unknown>;

/** A stylesheet from `css`, made once and adopted by every instance's shadow root. */
export class CSSResult {
  private _sheet?: CSSStyleSheet;

  constructor(readonly cssText: string) {}

  get styleSheet(): CSSStyleSheet {
    if (!this._sheet) (this._sheet = new CSSStyleSheet()).replaceSync(this.cssText);
    return this._sheet;
  }
}

export type CSSResultGroup = CSSResult | CSSResultGroup[];

/** Lit's `css` tag: only other `css` results may be interpolated, never strings. */
export const css = (strings: TemplateStringsArray, ...values: CSSResult[]): CSSResult =>
  new CSSResult(strings.reduce((text, part, i) => text + values[i - 1]!.cssText + part));

const adopts = 'adoptedStyleSheets' in Document.prototype && 'replace' in CSSStyleSheet.prototype;

/** What a class declares, read once: its properties (its superclass's and its own), attributes, styles. */
interface ClassInfo {
  props: Map<string, PropertyDeclaration>;
  /** Attribute → property. */
  attrs: Map<string, string>;
  sheets: CSSResult[];
}

const classes = new WeakMap<object, ClassInfo>();

export abstract class LpElement extends HTMLElement implements ReactiveControllerHost {
  /** The reactive properties. A subclass's own are added to its superclass's. */
  static properties: PropertyDeclarations = {};

  /** The styles every instance's shadow root adopts. */
  static styles?: CSSResultGroup;

  static get observedAttributes(): string[] {
    return [...this._info().attrs.keys()];
  }

  /** Once per class: its properties as accessors on its prototype, its attributes, its styles flattened. */
  private static _info(): ClassInfo {
    let info = classes.get(this);
    if (info) return info;
    const parent = Object.getPrototypeOf(this) as typeof LpElement;
    const props = new Map(parent === LpElement ? [] : parent._info().props);
    if (Object.prototype.hasOwnProperty.call(this, 'properties')) {
      for (const [name, declaration] of Object.entries(this.properties)) {
        props.set(name, declaration);
        Object.defineProperty(this.prototype, name, {
          get(this: LpElement) {
            return this._values.get(name);
          },
          set(this: LpElement, value: unknown) {
            this._set(name, value);
          },
          configurable: true,
          enumerable: true,
        });
      }
    }
    const flat = (group?: CSSResultGroup): CSSResult[] => (Array.isArray(group) ? group.flatMap(flat) : group ? [group] : []);
    info = { props, attrs: new Map([...props].map(([name, d]) => [d.attribute ?? name.toLowerCase(), name])), sheets: [...new Set(flat(this.styles))] };
    classes.set(this, info);
    return info;
  }

  /** The shadow root the template renders into. */
  renderRoot!: ShadowRoot;

  private _values = new Map<string, unknown>();
  private _changed: PropertyValues = new Map();
  private _reflecting = new Set<string>();
  /** The property being set from its attribute (or written to it): not written back. */
  private _fromAttribute?: string;
  private _controllers = new Set<ReactiveController>();
  /** An update is asked for; the first waits for the first `connectedCallback`. */
  private _pending = true;
  private _enable!: () => void;
  private _update: Promise<boolean> = new Promise<void>((resolve) => (this._enable = resolve)).then(() => this._perform());

  private get _declared(): ClassInfo {
    return (this.constructor as typeof LpElement)._info();
  }

  constructor() {
    super();
    // A property set on the element before it was upgraded shadows the accessor: take it over.
    const own = this as unknown as Record<string, unknown>;
    for (const name of this._declared.props.keys()) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = own[name];
        delete own[name];
        this._set(name, value);
      }
    }
  }

  connectedCallback(): void {
    if (!this.renderRoot) {
      const root = (this.renderRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' }));
      const sheets = this._declared.sheets;
      if (adopts) root.adoptedStyleSheets = sheets.map((s) => s.styleSheet);
      else for (const s of sheets) root.appendChild(document.createElement('style')).textContent = s.cssText;
    }
    this._enable();
    this._controllers.forEach((c) => c.hostConnected?.());
  }

  disconnectedCallback(): void {
    this._controllers.forEach((c) => c.hostDisconnected?.());
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const property = this._declared.attrs.get(name)!;
    this._fromAttribute = property;
    this._set(property, this._declared.props.get(property)!.type === Number && value !== null ? Number(value) : value);
    this._fromAttribute = undefined;
  }

  addController(controller: ReactiveController): void {
    this._controllers.add(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this._controllers.delete(controller);
  }

  /** Asks for an update; several in one task make one. */
  requestUpdate(): void {
    if (this._pending) return;
    this._pending = true;
    // After a failed render the next update still runs.
    const perform = () => this._perform();
    this._update = this._update.then(perform, perform);
  }

  /** Resolves once the update asked for so far has rendered: `true` when no other is pending. */
  get updateComplete(): Promise<boolean> {
    return this._update;
  }

  /** Runs before each render, with the properties changed since the last one and their old values. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** The shadow root's content: a lit-html template. */
  protected abstract render(): unknown;

  private _perform(): boolean {
    const changed = this._changed;
    let template: unknown;
    try {
      this.willUpdate(changed);
      this._controllers.forEach((c) => c.hostUpdate?.());
      template = this.render();
      for (const name of this._reflecting) {
        const attribute = this._declared.props.get(name)!.attribute ?? name.toLowerCase();
        const value = this._values.get(name);
        this._fromAttribute = name;
        if (value == null) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
        this._fromAttribute = undefined;
      }
    } finally {
      this._reflecting.clear();
      this._changed = new Map();
      this._pending = false;
    }
    render(template, this.renderRoot, { host: this });
    this._controllers.forEach((c) => c.hostUpdated?.());
    return !this._pending;
  }

  /** Records a property's change (keeping its first old value) and asks for an update. */
  private _set(name: string, value: unknown): void {
    const old = this._values.get(name);
    if (Object.is(old, value)) return;
    this._values.set(name, value);
    if (!this._changed.has(name)) this._changed.set(name, old);
    if (this._declared.props.get(name)!.reflect && this._fromAttribute !== name) this._reflecting.add(name);
    this.requestUpdate();
  }
}

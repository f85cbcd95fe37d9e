// The embed configurator (demo/configurator.html): the form's options become the live preview
// (the real element, with attributes and custom properties set through the DOM, never as
// markup) and the code to paste (snippet.ts). The integrity values come from dist/integrity.json,
// which the build writes from the bytes of dist/lp-widgets.js and the other built files, the
// opt-in lp-inquiry-form.js and lp-wordpress.js among them (scripts/build/integrity.mjs): one file
// for every build, read once, rather than hashing the bundles in the page on every visit.
import { feedStrings } from '../../src/core/i18n.js';
import { isAllowedUrl, safeMailto, safeTel } from '../../src/data/url.js';
import { inquiryStrings } from '../../src/components/media-inquiry/media-inquiry.strings.js';
import { DEFAULT_LIMIT } from './reserve.js';
import { contrastRatio, cssValue, embedCode, OPT_IN_FILES, siblingScriptUrl, type Embed, type ScriptSource, type WidgetTag } from './snippet.js';

const FEED_KIND = { 'lp-news-feed': 'news', 'lp-press-releases': 'press-release', 'lp-blog-grid': 'blog' } as const;
// The elements' defaults (the README's API reference): left out of the code when chosen.
const DEFAULT_COLUMNS = 4;
// The widget's backgrounds in each theme, for the accent contrast check (light: assume a white page).
const BACKGROUNDS = { light: { name: 'a white page', rgb: [255, 255, 255] }, dark: { name: 'the dark background', rgb: [21, 25, 30] } };
const JSDELIVR = 'https://cdn.jsdelivr.net/npm';

interface Manifest {
  package: string;
  version: string;
  files: Record<string, string>;
}

const form = document.querySelector<HTMLFormElement>('#options')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippet = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;
const problemsNote = document.querySelector<HTMLElement>('#problems')!;
const integrityNote = document.querySelector<HTMLElement>('#integrity-note')!;
const scriptUrlNote = document.querySelector<HTMLElement>('#script-url-note')!;
const accentNote = document.querySelector<HTMLElement>('#accent-contrast')!;

let manifest: Manifest | 'loading' | undefined = 'loading';
let packageVersion = '';
let previewElement: HTMLElement | undefined;
let managedAttributes = new Set<string>();

function control<T extends HTMLElement = HTMLInputElement>(id: string): T {
  return document.getElementById(id) as T;
}
function text(id: string): string {
  return control<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(id).value.trim();
}
function checked(name: string): string {
  return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
}
function labelText(id: string): string {
  return document.querySelector(`label[for="${id}"]`)?.textContent?.trim() ?? id;
}

/** Shows or clears a field's error, tied to the field with `aria-describedby`. */
function showError(id: string, message: string): void {
  const field = control(id);
  const errorId = `${id}-error`;
  let error = document.getElementById(errorId);
  if (!error && message) {
    error = document.createElement('p');
    error.id = errorId;
    error.className = 'error';
    field.closest('.field')?.append(error);
    field.setAttribute('aria-describedby', `${errorId} ${field.getAttribute('aria-describedby') ?? ''}`.trim());
  }
  if (!error) return;
  error.textContent = message;
  error.hidden = !message;
  if (message) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

// The element's own rules (src/data/url.ts), so that the code given out is what the widget accepts.
const urlProblem = (value: string) => (isAllowedUrl(value, 'https://partner.example/') ? '' : 'Use an https:// (or http://) address.');
const wholeNumber = (min: number, max: number) => (value: string) =>
  /^\d+$/.test(value) && +value >= min && +value <= max ? '' : `Use a whole number from ${min} to ${max}.`;
const emailProblem = (value: string) => (safeMailto(value) ? '' : 'Use an address like press@example.org.');
const phoneProblem = (value: string) => (safeTel(value) ? '' : 'Use digits, spaces and + - . ( ) only, with at least 3 of them.');
const cssProblem = (property: 'color' | 'font-family', message: string) => (value: string) => (cssValue(property, value) ? '' : message);

/** Reads the form: the element, its non-default attributes, text and custom properties, and the fields to fix. */
function readEmbed(): { embed: Embed; problems: string[] } {
  const tag = (checked('widget') || 'lp-news-feed') as WidgetTag;
  const feed = tag !== 'lp-media-inquiry';
  const attributes: [string, string][] = [];
  const problems: string[] = [];
  // A field's value when valid; an invalid one is shown as an error and left out of the code.
  const option = (id: string, problem: (value: string) => string = () => ''): string => {
    const value = text(id);
    const message = value ? problem(value) : '';
    showError(id, message);
    if (message) problems.push(labelText(id));
    return message ? '' : value;
  };
  const add = (name: string, value: string | false) => {
    if (value !== false) attributes.push([name, value]);
  };

  const src = option('src', urlProblem);
  const showHeading = control('show-heading').checked;
  control('heading').disabled = !showHeading;
  const heading = showHeading ? option('heading') : '';
  const headingLevel = text('heading-level');
  const theme = checked('theme') || 'light';
  const lang = text('lang');

  if (feed) {
    const limit = option('limit', wholeNumber(1, 100));
    add('src', !!src && src);
    add('limit', !!limit && +limit !== DEFAULT_LIMIT[tag] && String(+limit));
    add('tag', option('tag') || false);
  } else {
    add('email', option('email', emailProblem) || false);
    add('phone', option('phone', phoneProblem) || false);
  }
  add('heading', showHeading ? !!heading && heading : '');
  add('heading-level', headingLevel !== '2' && headingLevel);
  if (feed) {
    add('date-style', text('date-style') !== 'long' && text('date-style'));
    if (tag === 'lp-blog-grid') {
      const columns = option('columns', wholeNumber(1, 6));
      add('columns', !!columns && +columns !== DEFAULT_COLUMNS && String(+columns));
    }
    const moreHref = option('more-href', urlProblem);
    add('more-href', !!moreHref && moreHref);
    add('more-label', (!!moreHref && option('more-label')) || false);
  } else {
    add('src', !!src && src);
    add('action', option('action', urlProblem) || false);
  }
  add('theme', theme !== 'light' && theme);
  add('lang', !!lang && lang);

  const styles: [string, string][] = [];
  const accent = option('accent', cssProblem('color', 'Use a CSS colour, such as #7a1f5c or rebeccapurple.'));
  if (accent) styles.push(['--lp-color-accent', cssValue('color', accent)!]);
  const font = option('font', cssProblem('font-family', 'Use a CSS font list, such as Georgia, serif.'));
  if (font) styles.push(['--lp-font-family', cssValue('font-family', font)!]);
  checkAccentContrast(accent, theme);

  return { embed: { tag, attributes, text: feed ? '' : text('text'), styles }, problems };
}

/** The colour the browser computes for a CSS colour value. */
function computedColor(value: string): string {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Warns when links in the accent colour would miss WCAG AA (4.5:1) on the theme's background, and notes when they miss AAA (7:1). */
function checkAccentContrast(accent: string, theme: string): void {
  let message = '';
  // No accent, nothing to check: the probe below costs a style recalculation on every keystroke.
  const rgba = accent ? computedColor(accent).match(/^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/) : null;
  if (rgba && (rgba[4] === undefined || +rgba[4] === 1)) {
    const rgb = rgba.slice(1, 4).map(Number);
    const backgrounds = theme === 'auto' ? [BACKGROUNDS.light, BACKGROUNDS.dark] : [theme === 'dark' ? BACKGROUNDS.dark : BACKGROUNDS.light];
    for (const background of backgrounds) {
      const ratio = contrastRatio(rgb, background.rgb);
      const better = `a ${background === BACKGROUNDS.dark ? 'lighter' : 'darker'} colour`;
      if (ratio < 4.5) {
        message = `Links in this colour have a contrast of ${ratio.toFixed(1)}:1 on ${background.name}; WCAG AA asks for at least 4.5:1. Choose ${better}.`;
        break;
      }
      // AA is met; the default colours also meet AAA (7:1), which the most careful sites ask for.
      if (ratio < 7 && !message) {
        message = `Note: links in this colour have a contrast of ${ratio.toFixed(1)}:1 on ${background.name}: enough for WCAG AA (4.5:1), not for AAA (7:1), which the default colours meet. For AAA, choose ${better}.`;
      }
    }
  }
  accentNote.textContent = message;
  accentNote.hidden = !message;
}

/** The script tag's source: the default jsDelivr URL of this version, or the one typed in; and the hashes of the opt-in files `embed` needs. */
function readScript(problems: string[], embed: Embed): ScriptSource {
  const version = manifest && manifest !== 'loading' ? manifest.version : packageVersion;
  const defaultUrl = `${JSDELIVR}/@localprogress/widgets${version ? `@${version}` : ''}/dist/lp-widgets.js`;
  document.getElementById('default-script-url')!.textContent = defaultUrl;
  let typed = text('script-url');
  const problem = typed ? urlProblem(typed) : '';
  showError('script-url', problem);
  if (problem) {
    problems.push(labelText('script-url'));
    typed = '';
  }
  const url = typed || defaultUrl;
  const file = new URL(url, location.href).pathname.split('/').pop() ?? '';
  const extras = OPT_IN_FILES.filter((extra) => extra.needed(embed));
  let note = '';
  let integrity: string | undefined;
  const hashes: Record<string, string | undefined> = {};
  if (manifest === 'loading') {
    integrityNote.textContent = 'Reading the integrity hash of the build…';
  } else if (!manifest) {
    integrityNote.textContent =
      'No integrity hash: dist/integrity.json is missing. Run `npm run build` (or restart `npm start`), then reload. The code works without it, but browsers cannot check that the file is the published one.';
  } else {
    const known = manifest.files[file];
    integrity = known ?? manifest.files['lp-widgets.js'];
    for (const extra of extras) hashes[extra.file] = manifest.files[extra.file];
    const hashed = [known ? file : 'lp-widgets.js', ...extras.filter((extra) => hashes[extra.file]).map((extra) => extra.file)];
    const several = hashed.length > 1;
    integrityNote.textContent =
      (typed
        ? `integrity is the SHA-384 hash of ${hashed.join(' and of ')} of version ${manifest.version}, as built here: ${several ? 'the files at your address must be those exact files' : 'the file at your address must be that exact file'}, or browsers will not run it.`
        : `integrity is the SHA-384 hash of ${hashed.join(' and of ')} of version ${manifest.version}: browsers refuse ${several ? 'a file' : 'the file'} if one byte of it differs.`) +
      extras
        .map((extra) =>
          hashes[extra.file]
            ? ` The script tag for ${extra.file} is ${extra.what}: without it, ${extra.without}.`
            : ` The script tag for ${extra.file} (${extra.what}) has no integrity: dist/integrity.json has no hash of it. Run \`npm run build\`, then reload.`,
        )
        .join('');
    const named = url.match(/@localprogress\/widgets@([^/]+)\//)?.[1];
    if (named && named !== manifest.version) {
      note = `This address names version ${named}, but the hash is of version ${manifest.version}. Browsers will refuse the file: use version ${manifest.version}, or that version’s configurator.`;
    } else {
      if (typed && !known) note = `The hash is of lp-widgets.js: the file at your address must be that file, byte for byte.`;
      for (const extra of typed ? extras : []) note += `${note ? ' ' : ''}The file of ${extra.what} must be next to it: ${siblingScriptUrl(url, extra.file)}.`;
    }
  }
  scriptUrlNote.textContent = note;
  scriptUrlNote.hidden = !note;
  return { url, integrity, classic: file.endsWith('.classic.js'), optInIntegrity: hashes };
}

/** Makes the preview the element the code describes: same attributes, text and custom properties. */
function updatePreview(embed: Embed): void {
  if (previewElement?.localName !== embed.tag) {
    previewElement = document.createElement(embed.tag);
    managedAttributes = new Set();
    for (const [name, value] of embed.attributes) previewElement.setAttribute(name, value);
    preview.replaceChildren(previewElement);
  }
  const element = previewElement;
  const wanted = new Map(embed.attributes);
  // Only attributes set here are removed: the element reflects some (theme, columns) itself.
  for (const name of managedAttributes) if (!wanted.has(name)) element.removeAttribute(name);
  for (const [name, value] of wanted) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  managedAttributes = new Set(wanted.keys());
  element.removeAttribute('style');
  for (const [name, value] of embed.styles) element.style.setProperty(name, value.replace(/\\3c /g, '<'));
  if (embed.tag === 'lp-media-inquiry' && element.textContent !== embed.text) element.textContent = embed.text;
}

/** Shows the fields of the chosen element and the defaults in its language. */
function updateFields(tag: WidgetTag): void {
  for (const group of form.querySelectorAll<HTMLElement>('[data-kind]')) {
    const kind = group.dataset['kind'];
    group.hidden = kind === 'inquiry' ? tag !== 'lp-media-inquiry' : kind === 'grid' ? tag !== 'lp-blog-grid' : tag === 'lp-media-inquiry';
  }
  const lang = text('lang') || document.documentElement.lang || 'en';
  const strings = tag === 'lp-media-inquiry' ? { ...inquiryStrings(lang), more: '' } : feedStrings(FEED_KIND[tag], lang);
  const defaults: Record<string, string> = {
    limit: tag === 'lp-media-inquiry' ? '' : String(DEFAULT_LIMIT[tag]),
    heading: tag === 'lp-media-inquiry' ? `the feed’s contact heading, else “${strings.heading}”` : `“${strings.heading}”`,
    more: strings.more,
  };
  for (const slot of document.querySelectorAll<HTMLElement>('[data-default]')) slot.textContent = defaults[slot.dataset['default']!] ?? '';
}

let announced = '';
function announce(message: string): void {
  // Cleared first, so that the same message is announced again on the next click.
  copyStatus.textContent = '';
  announced = message;
  setTimeout(() => (copyStatus.textContent = message), 100);
}

function render(options: { preview: boolean }): void {
  const { embed, problems } = readEmbed();
  updateFields(embed.tag);
  const script = readScript(problems, embed);
  const code = embedCode(embed, script);
  if (code !== snippet.value) {
    snippet.value = code;
    snippet.rows = Math.min(16, code.split('\n').length + 1);
    if (announced) {
      announced = '';
      copyStatus.textContent = '';
    }
  }
  problemsNote.textContent = problems.length ? `Left out of the code until fixed: ${problems.join(', ')}.` : '';
  problemsNote.hidden = !problems.length;
  if (options.preview) updatePreview(embed);
}

// URL fields update the preview when done (change), not on every keystroke: each one is a fetch.
const COMMIT_ON_CHANGE = new Set(['src', 'more-href', 'action', 'script-url']);
form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.id === 'accent-picker') control('accent').value = target.value;
  if (target.id === 'accent' && /^#[0-9a-f]{6}$/i.test(target.value.trim())) control('accent-picker').value = target.value.trim().toLowerCase();
  render({ preview: !COMMIT_ON_CHANGE.has(target.id) });
});
form.addEventListener('change', () => render({ preview: true }));
form.addEventListener('submit', (event) => event.preventDefault());

control<HTMLButtonElement>('use-local').addEventListener('click', () => {
  control('script-url').value = new URL('../dist/lp-widgets.js', location.href).href;
  render({ preview: false });
});

copyButton.addEventListener('click', async () => {
  const code = snippet.value;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(code);
    announce('Copied the embed code to the clipboard.');
  } catch {
    // Refused or missing: select the code so that one keystroke copies it.
    snippet.focus();
    snippet.select();
    announce('The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  }
});

async function loadJson(path: string): Promise<unknown> {
  const response = await fetch(new URL(path, location.href), { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

async function loadManifest(): Promise<Manifest | undefined> {
  try {
    const data = (await loadJson('../dist/integrity.json')) as Partial<Manifest>;
    const files = Object.fromEntries(
      Object.entries(data.files ?? {}).filter(([file, hash]) => /^lp-[\w.-]+\.js$/.test(file) && /^sha384-[A-Za-z0-9+/]{64}$/.test(String(hash))),
    );
    if (typeof data.version === 'string' && /^[\w.+-]+$/.test(data.version) && files['lp-widgets.js']) {
      return { package: String(data.package), version: data.version, files };
    }
  } catch {
    // Reported in the integrity note.
  }
  try {
    const version = String(((await loadJson('../package.json')) as { version?: unknown }).version ?? '');
    packageVersion = /^[\w.+-]+$/.test(version) ? version : '';
  } catch {
    packageVersion = '';
  }
  return undefined;
}

render({ preview: true });
manifest = await loadManifest();
render({ preview: false });
document.documentElement.dataset['configurator'] = manifest ? 'ready' : 'no-integrity';

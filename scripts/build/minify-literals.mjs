// Rollup plugin: squeezes the whitespace out of Lit's css`` and html`` template literals in
// our own sources before bundling. Gzip already handles most whitespace, but the minifier
// cannot touch template strings at all, and every byte counts against the size budget.
// It only collapses whitespace (never a space between two words or inline elements on one
// line) and strips CSS comments.

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // `0.5rem` → `.5rem`, `16 / 10` → `16/10`, ` !important` → `!important`, and in calc()
    // `a * b` → `a*b` (not in selectors: there ` * ` is a combinator and a universal selector).
    .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2')
    .replace(/ \/ /g, '/')
    .replace(/ !important/g, '!important')
    .replace(/calc\([^;{}]*\)/g, (calc) => calc.replace(/ \* /g, '*'))
    .trim();
}

function minifyHtml(text) {
  // Whitespace with a line break in it is source formatting: next to a tag's edge it goes,
  // elsewhere (between attributes, between words) it becomes one space. Spaces within a
  // line are kept as they are: they may separate words or inline elements.
  return text
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * Minifies every css`` and html`` template in `code`, templates nested in expressions included.
 * A scanner, not a regular expression: it skips strings, comments and untagged templates, and
 * follows `${…}` to its matching brace however deep the nesting.
 */
export function minifyTemplates(code) {
  let out = '';
  let i = 0;
  const n = code.length;
  // Copies a quoted string or a comment starting at i; returns the index after it, or -1.
  const skipAtom = (j) => {
    const c = code[j];
    if (c === '"' || c === "'") {
      for (let k = j + 1; k < n; k++) {
        if (code[k] === '\\') k++;
        else if (code[k] === c) return k + 1;
      }
      return n;
    }
    if (c === '/' && code[j + 1] === '/') {
      const end = code.indexOf('\n', j);
      return end < 0 ? n : end;
    }
    if (c === '/' && code[j + 1] === '*') {
      const end = code.indexOf('*/', j + 2);
      return end < 0 ? n : end + 2;
    }
    return -1;
  };
  // Reads the template whose backtick is at j: its static parts and its expressions (as written).
  const readTemplate = (j) => {
    const statics = [];
    const exprs = [];
    let text = '';
    let k = j + 1;
    while (k < n && code[k] !== '`') {
      if (code[k] === '\\') {
        text += code.slice(k, k + 2);
        k += 2;
      } else if (code[k] === '$' && code[k + 1] === '{') {
        statics.push(text);
        text = '';
        const start = k + 2;
        let depth = 1;
        k = start;
        while (k < n && depth) {
          const skipped = skipAtom(k);
          if (skipped >= 0) k = skipped;
          else if (code[k] === '`') k = readTemplate(k).end;
          else {
            if (code[k] === '{') depth++;
            else if (code[k] === '}') depth--;
            k++;
          }
        }
        exprs.push(code.slice(start, k - 1));
      } else {
        text += code[k++];
      }
    }
    statics.push(text);
    return { statics, exprs, end: k + 1 };
  };
  while (i < n) {
    const skipped = skipAtom(i);
    if (skipped >= 0) {
      out += code.slice(i, skipped);
      i = skipped;
      continue;
    }
    if (code[i] === '`') {
      // The TypeScript compiler prints a tagged template as `css `…`` (with a space).
      const tag = /\b(css|html)\s*$/.exec(out)?.[1];
      const { statics, exprs, end } = readTemplate(i);
      const min = tag === 'css' ? minifyCss : tag === 'html' ? minifyHtml : (text) => text;
      out += '`' + statics.map((text, k) => min(text) + (k < exprs.length ? '${' + minifyTemplates(exprs[k]) + '}' : '')).join('') + '`';
      i = end;
      continue;
    }
    out += code[i++];
  }
  return out;
}

export function minifyLiterals() {
  return {
    name: 'minify-lit-literals',
    transform(code, id) {
      if (!/\/src\/.*\.(ts|js)$/.test(id)) return null;
      // Only the static parts between ${…} are touched; expressions pass through unchanged
      // (their own templates are minified the same way).
      const out = minifyTemplates(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}

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

// The TypeScript compiler prints a tagged template as `css `…`` (with a space): allow it.
const TEMPLATE = /\b(css|html)\s*`((?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g;

export function minifyLiterals() {
  return {
    name: 'minify-lit-literals',
    transform(code, id) {
      if (!/\/src\/.*\.(ts|js)$/.test(id)) return null;
      // Only the static parts between ${…} are touched; expressions pass through unchanged.
      const out = code.replace(TEMPLATE, (whole, tag, body) => {
        const parts = body.split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/);
        const min = tag === 'css' ? minifyCss : minifyHtml;
        return `${tag}\`${parts.map((p, i) => (i % 2 ? p : min(p))).join('')}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}

// Rollup plugin: minifies the static text of Lit's css`` and html`` tagged templates in our own source.
// Only the quasis (the literal parts) change; expressions, quoted strings and attribute values with
// single spaces are left alone, so what Lit renders is the same DOM minus whitespace-only text between
// tags and line breaks. Kept small on purpose; verified by loading the built bundle in Chromium (bench).

/**
 * CSS text: comments out, whitespace collapsed, no spaces around `{ } ; , > /` or after `:`, no leading
 * zero (`0.5` → `.5`), no quotes around an attribute selector's value when it is a plain name.
 */
export function minifyCss(text) {
  // Odd indexes are quoted strings (e.g. data: URLs), kept as written.
  return text
    // Comments first (one may hold an apostrophe), skipping over quoted strings.
    .replace(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\/\*[\s\S]*?\*\//g, (comment, string) => string ?? '')
    // `[part~='x']` → `[part~=x]`: an identifier needs no quotes.
    .replace(/=(["'])([a-zA-Z_][\w-]*)\1\]/g, '=$2]')
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            // A space before ':' is a descendant combinator (`.a :focus`), so only the one after goes.
            // `/` never needs spaces in CSS (`15px / 1.5`, `calc(a / 2)`, `1 / -1`).
            .replace(/ ?([{};,>/]) ?/g, '$1')
            .replace(/: /g, ':')
            // A leading zero goes, unless a digit, letter, `.`, `-` or `#` before it makes it part of more.
            .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * HTML text: a whitespace run that holds a line break is source indentation. Next to a tag, or as the
 * whole text between two expressions, it goes; elsewhere it becomes one space, as the browser renders it.
 * Attribute values that need no quotes lose them.
 */
export function minifyHtml(text) {
  const out = text
    .replace(/\s*\n\s*/g, '\n')
    .replace(/>\n/g, '>')
    .replace(/\n(\/?>|<)/g, '$1')
    // `class="body"` → `class=body`: a value without space, quote, `=`, `<`, `>`, backtick or `/` needs no
    // quotes; kept when `/>` follows (`r=1/>` would read as `1/`).
    .replace(/(\s[\w:-]+)="([^\s"'=<>`/]+)"(?=[\s>])/g, '$1=$2');
  return out === '\n' ? '' : out.replace(/\n/g, ' ');
}

const minifiers = { css: minifyCss, html: minifyHtml };

/** Every tagged template in `ast` whose tag is the plain identifier `css` or `html`. */
function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && minifiers[node.tag.name]) {
    yield node;
  }
  for (const key in node) if (key !== 'type' && typeof node[key] === 'object') yield* taggedTemplates(node[key]);
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates({ include = /\/src\/.*\.[jt]s$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
      const edits = [];
      for (const node of taggedTemplates(this.parse(code))) {
        const minify = minifiers[node.tag.name];
        const { quasis } = node.quasi;
        for (const [index, quasi] of quasis.entries()) {
          const raw = code.slice(quasi.start, quasi.end);
          if (raw !== quasi.value.raw) this.error(`unexpected template position in ${id}`);
          let text = minify(raw);
          // The whitespace that opens or closes a whole style sheet is nothing.
          if (minify === minifyCss) {
            if (index === 0) text = text.trimStart();
            if (index === quasis.length - 1) text = text.trimEnd();
          }
          edits.push([quasi.start, quasi.end, text]);
        }
      }
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/**
 * The classic script renames `_private` members (terser `mangle.properties`). A member also named in a
 * string (`hasOwnProperty('_x')`, `changed.has('_view')`) must keep its name: this plugin finds such
 * strings in the chunk and adds them to `reserved`, the array given to terser's `mangle.properties`.
 * @param {string[]} reserved
 * @returns {import('rollup').Plugin}
 */
export function reserveNamedMembers(reserved) {
  return {
    name: 'reserve-named-members',
    renderChunk(code) {
      for (const [, name] of code.matchAll(/["'`](_[a-zA-Z]\w*)["'`]/g)) if (!reserved.includes(name)) reserved.push(name);
      return null;
    },
  };
}

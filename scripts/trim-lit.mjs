// Rollup plugin for the classic script only: removes from lit-html the features this element never
// uses (directives, the part API that only directives read, bindings inside raw-text elements and
// comments, element bindings, svg``/mathml``, iterables other than arrays, precompiled templates, the
// polyfill and version hooks). Lit's production build is already minified, so every transform finds
// its target by shape in the parsed module (the AST) and by Lit's documented or protocol names
// (`_$litDirective$`, `litHtmlPolyfillSupport`, `creationScope`, `setConnected`...), never by the
// minified text. Each transform states how many nodes it must match; any other count fails the build,
// naming the lit-html version the transforms were written for: after a Lit upgrade the build stops
// loudly instead of shipping a half-trimmed Lit. The ESM build keeps Lit untouched;
// web-test-runner.config.mjs (and the test server's classic-script build) run the tests on the trimmed
// Lit; `checkLitUse` below fails the build if our own source uses a removed feature.
// Not trimmed (the bundle fit without it): listener objects and capture/once/passive options (~42 B).

/** The lit-html release these transforms were written (and tested) for. */
export const LIT_VERSION = '3.3.3';

/** The module the transforms apply to: lit-html's production build. */
export const LIT_HTML = /[\\/]lit-html[\\/]lit-html\.js$/;

// ---- AST helpers -----------------------------------------------------------------------------------

/** Every node of `ast`, each with `parent` set. */
function allNodes(ast) {
  const out = [];
  const visit = (node, parent) => {
    if (!node || typeof node.type !== 'string') return;
    Object.defineProperty(node, 'parent', { value: parent, configurable: true });
    out.push(node);
    for (const key in node) {
      if (key === 'parent') continue;
      const value = node[key];
      if (Array.isArray(value)) for (const child of value) visit(child, node);
      else if (value && typeof value === 'object') visit(value, node);
    }
  };
  visit(ast, null);
  return out;
}

/** `a?.b` is a ChainExpression around the member: look through it. */
const unchain = (node) => (node?.type === 'ChainExpression' ? node.expression : node);

/** `x.name` (also `x?.name`). */
const isMember = (node, name) => {
  node = unchain(node);
  return node?.type === 'MemberExpression' && !node.computed && node.property.name === name;
};

/** `x.name(...)` (also optional). */
const isMethodCall = (node, name) => {
  node = unchain(node);
  return node?.type === 'CallExpression' && isMember(node.callee, name);
};

const isLiteral = (node, value) => node?.type === 'Literal' && node.value === value;

/** `this.name = ...` */
const assignsThis = (node, name) =>
  node?.type === 'AssignmentExpression' &&
  isMember(node.left, name) &&
  unchain(node.left).object.type === 'ThisExpression';

/** `a OP b` with `test(a, b)` or `test(b, a)` true. */
const isBinary = (node, ops, test) =>
  node?.type === 'BinaryExpression' && ops.includes(node.operator) && (test(node.left, node.right) || test(node.right, node.left));

/** `"function" == typeof ...` and the like. */
const isTypeofTest = (node, type) =>
  isBinary(node, ['==', '==='], (a, b) => isLiteral(a, type) && b.type === 'UnaryExpression' && b.operator === 'typeof');

/** Whether `node` or a node inside it satisfies `test`. */
function contains(node, test) {
  if (!node || typeof node.type !== 'string') return false;
  if (test(node)) return true;
  for (const key in node) {
    if (key === 'parent') continue;
    const value = node[key];
    if (Array.isArray(value) ? value.some((child) => contains(child, test)) : value && typeof value === 'object' && contains(value, test)) {
      return true;
    }
  }
  return false;
}

// ---- edits -----------------------------------------------------------------------------------------

/** Edits that take `node` out of the comma list (sequence, declarations) it is an item of. */
function removeListItem(node, list) {
  const index = list.indexOf(node);
  if (list.length < 2) throw new Error('cannot remove the only item of a list');
  return index > 0
    ? [{ start: list[index - 1].end, end: node.end, text: '' }]
    : [{ start: node.start, end: list[1].start, text: '' }];
}

/** Edits that take the assignment `node` out of the sequence expression it is in. */
function removeFromSequence(node) {
  if (node.parent?.type !== 'SequenceExpression') throw new Error(`expected ${node.type} inside a comma sequence`);
  return removeListItem(node, node.parent.expressions);
}

const replace = (node, text) => [{ start: node.start, end: node.end, text }];
const remove = (node) => replace(node, '');

// ---- the transforms --------------------------------------------------------------------------------
// Each: `find(nodes)` returns the nodes to change, `count` how many there must be, `edit(node, code)`
// the edits for one node. Largest savings first.

const TRANSFORMS = [
  {
    // Directives (`directive()`, `lit/directives/*`): we import none (`checkLitUse` below checks), so
    // the function that resolves a value's directive returns the value as it is, and its call sites
    // (one per part type) pass the value straight through.
    name: 'directive resolution returns the value unchanged',
    count: 1,
    find: (nodes) =>
      nodes.filter((n) => n.type === 'FunctionDeclaration' && contains(n.body, (m) => isMember(m, '_$litDirective$'))),
    edit: (fn) => {
      const [, value] = fn.params;
      if (value?.type !== 'Identifier') throw new Error('the value parameter is not the second one');
      return replace(fn, `function ${fn.id.name}(_,${value.name}){return ${value.name}}`);
    },
  },
  {
    name: 'calls of the directive resolution replaced by their value argument',
    count: 5,
    find: (nodes) => {
      const fn = nodes.find((n) => n.type === 'FunctionDeclaration' && contains(n.body, (m) => isMember(m, '_$litDirective$')));
      return nodes.filter(
        (n) =>
          n.type === 'CallExpression' &&
          n.callee.type === 'Identifier' &&
          n.callee.name === fn?.id.name &&
          (n.start > fn.end || n.end < fn.start),
      );
    },
    edit: (call, code) => {
      const value = call.arguments[1];
      // A call kept only for its directive's side effect (an element part) has no value to keep.
      if (call.parent.type === 'ExpressionStatement') return remove(call);
      return replace(call, `(${code.slice(value.start, value.end)})`);
    },
  },
  {
    // The part API that only directives read: `parentNode`, `startNode`, `endNode`, `tagName` and the
    // connection state `_$AU` getters; `setConnected` (for directives in a manually rendered tree).
    name: 'directive-facing getters and setConnected on parts',
    count: 10,
    find: (nodes) =>
      nodes.filter(
        (n) =>
          n.type === 'MethodDefinition' &&
          !n.computed &&
          ((n.kind === 'get' && ['parentNode', 'startNode', 'endNode', 'tagName', '_$AU'].includes(n.key.name)) ||
            (n.kind === 'method' && n.key.name === 'setConnected')),
      ),
    edit: remove,
  },
  {
    // Bookkeeping for async/disconnectable directives: the disconnectable children set, the
    // connection flag from `render()`'s `isConnected` option, the disconnect callback on clear.
    name: 'disconnectable-directive bookkeeping',
    count: 5,
    find: (nodes) =>
      nodes.filter(
        (n) => assignsThis(n, '_$AN') || (assignsThis(n, '_$Cv') && contains(n.right, (m) => isMember(m, 'isConnected'))),
      ),
    edit: removeFromSequence,
  },
  {
    name: 'disconnect notification when a child part clears',
    count: 1,
    find: (nodes) =>
      nodes.filter((n) => n.type === 'ForStatement' && n.init && isMember(unchain(n.init).callee, '_$AP')),
    edit: (loop) => remove(loop.init),
  },
  {
    // Part instances' `type` is for directives (`part.type === PartType.ATTRIBUTE`). Where that
    // leaves a constructor that only calls super with its own arguments, the constructor goes.
    name: 'part type fields',
    count: 6,
    find: (nodes) => nodes.filter((n) => assignsThis(n, 'type') && n.right.type === 'Literal'),
    edit: (assignment) => {
      const sequence = assignment.parent;
      const method = sequence.parent?.parent?.parent?.parent;
      const onlySuper =
        sequence.type === 'SequenceExpression' &&
        sequence.expressions.length === 2 &&
        sequence.expressions[0].type === 'CallExpression' &&
        sequence.expressions[0].callee.type === 'Super' &&
        method?.type === 'MethodDefinition' &&
        method.kind === 'constructor' &&
        method.value.body.body.length === 1;
      return onlySuper ? remove(method) : removeFromSequence(assignment);
    },
  },
  {
    // `render(value, container, {renderBefore, creationScope})`: we always render into the whole
    // container with the document's importNode, so the options fall back to their defaults.
    name: 'render options renderBefore and creationScope',
    count: 3,
    find: (nodes) =>
      nodes.filter(
        (n) =>
          n.type === 'LogicalExpression' &&
          n.operator === '??' &&
          (isMember(n.left, 'renderBefore') || isMember(n.left, 'creationScope')),
      ),
    edit: (n, code) => replace(n, `(${code.slice(n.right.start, n.right.end)})`),
  },
  {
    // Bindings inside <script>, <style>, <textarea>, <title> (raw-text elements): none of our
    // templates has one (`checkLitUse` below checks), so neither the parser's end-tag tracking for
    // them nor the walk that splits their text into parts is needed.
    name: 'raw-text element bindings: text splitting',
    count: 1,
    find: (nodes) =>
      nodes.filter(
        (n) => n.type === 'IfStatement' && isMethodCall(n.test, 'test') && isMember(n.test.arguments[0], 'tagName'),
      ),
    edit: remove,
  },
  {
    name: 'raw-text element bindings: end tag tracking',
    count: 1,
    find: (nodes) =>
      nodes.filter(
        (n) =>
          n.type === 'LogicalExpression' &&
          n.operator === '&&' &&
          isMethodCall(n.left, 'test') &&
          n.right.type === 'AssignmentExpression' &&
          n.right.right.type === 'CallExpression' &&
          n.right.right.callee.name === 'RegExp',
      ),
    edit: removeFromSequence,
  },
  {
    // Child values are strings, template results, nodes, `nothing` or arrays here: no Sets, Maps or
    // generators, so "iterable" means "array".
    name: 'iterables other than arrays',
    count: 1,
    find: (nodes) =>
      nodes.filter(
        (n) =>
          n.type === 'VariableDeclarator' &&
          n.init?.type === 'ArrowFunctionExpression' &&
          contains(n.init.body, (m) => isMember(m, 'iterator') && unchain(m).object.name === 'Symbol'),
      ),
    edit: (declarator) => {
      const test = declarator.init.body;
      if (test.type !== 'LogicalExpression' || test.left.type !== 'CallExpression' || test.left.callee.type !== 'Identifier') {
        throw new Error('the iterable test does not start with an array test');
      }
      return replace(declarator.init, test.left.callee.name);
    },
  },
  {
    // Precompiled (server-rendered / compiled) templates have an object `_$litType$`; ours are all
    // html`` results, whose type is a number.
    name: 'precompiled templates',
    count: 1,
    find: (nodes) => nodes.filter((n) => n.type === 'ConditionalExpression' && isTypeofTest(n.test, 'number')),
    edit: (n, code) => replace(n, code.slice(n.consequent.start, n.consequent.end)),
  },
  {
    // `litHtmlPolyfillSupport` (the ShadyDOM polyfill hook: every browser we support has shadow DOM)
    // and the `litHtmlVersions` global (a diagnostic for duplicate Lit copies).
    name: 'polyfill support hook',
    count: 1,
    find: (nodes) => nodes.filter((n) => n.type === 'VariableDeclarator' && isMember(n.init, 'litHtmlPolyfillSupport')),
    edit: (declarator) => removeListItem(declarator, declarator.parent.declarations),
  },
  {
    name: 'polyfill call and version registration',
    count: 1,
    find: (nodes) =>
      nodes.filter((n) => n.type === 'ExpressionStatement' && contains(n, (m) => isMember(m, 'litHtmlVersions'))),
    edit: remove,
  },
  {
    // svg`` and mathml`` templates (we draw our icons inside html``), whose parse wraps the text in
    // <svg>/<math> and unwraps it again.
    name: 'svg/mathml template wrapper open',
    count: 1,
    find: (nodes) => nodes.filter((n) => n.type === 'ConditionalExpression' && isLiteral(n.consequent, '<svg>')),
    edit: (n) => replace(n, '""'),
  },
  {
    name: 'svg/mathml template wrapper close',
    count: 1,
    find: (nodes) => nodes.filter((n) => n.type === 'ConditionalExpression' && isLiteral(n.consequent, '</svg>')),
    edit: (n) => {
      const sum = n.parent;
      if (sum.type !== 'BinaryExpression' || sum.operator !== '+' || sum.right !== n) throw new Error('not appended');
      return [{ start: sum.left.end, end: sum.end, text: '' }];
    },
  },
  {
    name: 'svg/mathml template wrapper removal',
    count: 1,
    find: (nodes) =>
      nodes.filter(
        (n) =>
          n.type === 'IfStatement' &&
          n.test.type === 'SequenceExpression' &&
          contains(n.consequent, (m) => isMethodCall(m, 'replaceWith') && m.arguments[0]?.type === 'SpreadElement'),
      ),
    edit: (n, code) => {
      const kept = n.test.expressions.slice(0, -1);
      return replace(n, `${code.slice(kept[0].start, kept.at(-1).end)};`);
    },
  },
  {
    // Bindings inside HTML comments (`<!-- ${x} -->`): the comment walk keeps only child-part markers.
    name: 'comment bindings',
    count: 1,
    find: (nodes) =>
      nodes.filter(
        (n) => n.type === 'IfStatement' && n.alternate && isBinary(n.test, ['==='], (a) => isMember(a, 'data')),
      ),
    edit: (n) => [{ start: n.consequent.end, end: n.alternate.end, text: '' }],
  },
  {
    // Element bindings (`<div ${ref(x)}>`) exist for directives only.
    name: 'element bindings: parse',
    count: 1,
    find: (nodes) =>
      nodes.filter(
        (n) =>
          n.type === 'IfStatement' &&
          isMethodCall(n.test, 'endsWith') &&
          n.alternate?.type === 'ExpressionStatement' &&
          contains(n.alternate, (m) => isMethodCall(m, 'startsWith')),
      ),
    edit: (n) => [{ start: n.consequent.end, end: n.alternate.end, text: '' }],
  },
  {
    name: 'element bindings: part creation',
    count: 1,
    find: (nodes) =>
      nodes.filter(
        (n) =>
          n.type === 'LogicalExpression' &&
          n.operator === '&&' &&
          isBinary(n.left, ['==='], (a, b) => isLiteral(a, 6) && isMember(b, 'type')) &&
          contains(n.right, (m) => m.type === 'NewExpression'),
      ),
    edit: (n) => replace(n, '0'),
  },
];

/**
 * lit-html's production build with the unused features removed.
 * @param {string} code lit-html/lit-html.js
 * @param {(code: string) => object} parse an ESTree parser with `start`/`end` offsets
 * @returns {string}
 */
export function trimLitHtml(code, parse) {
  const nodes = allNodes(parse(code));
  const edits = [];
  for (const transform of TRANSFORMS) {
    const found = transform.find(nodes);
    if (found.length !== transform.count) {
      throw new Error(
        `trim-lit: "${transform.name}" matched ${found.length} place(s) in lit-html, expected ${transform.count}. ` +
          `The transforms in scripts/trim-lit.mjs were written for lit-html ${LIT_VERSION}: review them ` +
          `against the installed version.`,
      );
    }
    for (const node of found) {
      try {
        edits.push(...transform.edit(node, code));
      } catch (error) {
        throw new Error(`trim-lit: "${transform.name}" (written for lit-html ${LIT_VERSION}): ${error.message}`);
      }
    }
  }
  edits.sort((a, b) => b.start - a.start);
  for (let i = 1; i < edits.length; i++) {
    if (edits[i].end > edits[i - 1].start) throw new Error('trim-lit: two transforms edit the same code');
  }
  for (const { start, end, text } of edits) code = code.slice(0, start) + text + code.slice(end);
  // The result must still parse.
  parse(code);
  return code;
}

/** The lit-html version in `code` (it registers itself in `litHtmlVersions`), if found. */
export function litHtmlVersion(code) {
  return /litHtmlVersions.*?\.push\("([^"]+)"\)/.exec(code)?.[1];
}

/** @returns {import('rollup').Plugin} */
export function trimLit() {
  return {
    name: 'trim-lit',
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      const version = litHtmlVersion(code);
      if (version !== LIT_VERSION) {
        this.warn(`trim-lit: written for lit-html ${LIT_VERSION}, found ${version}: check that the trimmed features are still unused`);
      }
      try {
        return { code: trimLitHtml(code, (text) => this.parse(text)), map: null };
      } catch (error) {
        this.error(error.message);
      }
    },
  };
}

// ---- the guard: our own code uses none of the removed features --------------------------------------

/** Elements whose content is raw text: Lit binds inside them only with the code trimmed above. */
const RAW_TEXT = ['script', 'style', 'textarea', 'title'];

/**
 * Where each `${}` of an html`` template sits, from its static text: 'text' (child binding), 'attribute'
 * (an attribute's value), or one of the removed kinds: 'comment', 'raw text', 'element'.
 * @param {string[]} strings the template's static parts
 */
export function bindingPlaces(strings) {
  const places = [];
  let state = 'text';
  let quote = '';
  let tag = '';
  let raw = '';
  for (const [index, text] of strings.entries()) {
    for (let i = 0; i < text.length; i++) {
      const rest = text.slice(i);
      if (state === 'text') {
        if (rest.startsWith('<!--')) (state = 'comment'), (i += 3);
        else if (/^<\/?[a-zA-Z]/.test(rest)) (state = 'tag'), (tag = /^<(\/?[a-zA-Z][\w-]*)/.exec(rest)[1].toLowerCase());
      } else if (state === 'comment') {
        if (rest.startsWith('-->')) (state = 'text'), (i += 2);
      } else if (state === 'raw') {
        if (rest.toLowerCase().startsWith(`</${raw}`)) (state = 'tag'), (tag = `/${raw}`);
      } else if (state === 'quote') {
        if (text[i] === quote) state = 'tag';
      } else if (text[i] === '"' || text[i] === "'") (state = 'quote'), (quote = text[i]);
      else if (text[i] === '>') (state = RAW_TEXT.includes(tag) ? 'raw' : 'text'), (raw = tag);
    }
    if (index === strings.length - 1) break;
    if (state === 'tag') places.push(/=\s*$/.test(text) ? 'attribute' : 'element');
    else places.push({ text: 'text', quote: 'attribute', comment: 'comment', raw: 'raw text' }[state]);
  }
  return places;
}

/** Lit modules and exports whose features the trim removes. */
const REMOVED_IMPORTS = { module: /^(lit|lit-html|@lit\/[\w-]+)\/(.*directive|static-html)/, names: ['svg', 'mathml'] };

/**
 * Rollup plugin: fails the build if our source (`include`) uses a Lit feature that scripts/trim-lit.mjs
 * removes: a directive or svg``/mathml`` import, or an html`` binding in a comment, inside <script>,
 * <style>, <textarea> or <title>, or on an element itself (`<div ${x}>`).
 * @returns {import('rollup').Plugin}
 */
export function checkLitUse({ include = /[\\/]src[\\/].*\.[jt]s$/ } = {}) {
  return {
    name: 'check-lit-use',
    transform(code, id) {
      if (!include.test(id)) return null;
      const fail = (node, what) => {
        const line = code.slice(0, node.start).split('\n').length;
        this.error(`${id}:${line}: ${what}: the classic script's Lit has no such feature (scripts/trim-lit.mjs)`);
      };
      const ast = this.parse(code);
      for (const node of allNodes(ast)) {
        if (node.type === 'ImportDeclaration' && /^(lit|lit-html|@lit\/)/.test(node.source.value)) {
          if (REMOVED_IMPORTS.module.test(node.source.value)) fail(node, `imports ${node.source.value}`);
          for (const specifier of node.specifiers) {
            if (REMOVED_IMPORTS.names.includes(specifier.imported?.name)) fail(node, `imports ${specifier.imported.name}`);
          }
        }
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
          const places = bindingPlaces(node.quasi.quasis.map((quasi) => quasi.value.raw));
          for (const [index, place] of places.entries()) {
            if (['text', 'attribute'].includes(place)) continue;
            const where = { element: 'on an element itself', comment: 'in a comment', 'raw text': 'inside <script>, <style>, <textarea> or <title>' }[place];
            fail(node.quasi.expressions[index], `an html\`\` binding ${where}`);
          }
        }
      }
      return null;
    },
  };
}

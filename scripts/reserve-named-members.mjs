/**
 * Rollup plugin for the classic script, which renames our `_private` members (terser
 * `mangle.properties`). A member also named in a string must keep its name: Lit's decorators register
 * `@state() private _shown` as `"_shown"`, and the accessor Lit defines under that name must be the one
 * our code reads. This plugin finds such strings in the chunk and adds them to `reserved`, the array
 * given to terser's `mangle.properties`.
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

// A local stand-in for a third-party tracker, for the gating tests (wtr plugin).
// GET /__tracker/<key>/<file> counts a hit for <key> and answers by extension: .js records
// `self.trackerRuns.push(file)`, .gif/.png a pixel, .css nothing, else a small page.
// GET /__tracker/count/<key> answers the number of hits so far: tests assert zero before consent.
// It also gives the runner's injected web-socket script the nonce of a page's CSP, so that pages with
// a strict Content-Security-Policy can run under the test runner.
const hits = new Map();
const pixel = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
const noStore = { 'cache-control': 'no-store' };
const injected = '<script type="module" src="/__web-dev-server__web-socket.js">';

export function trackerPlugin() {
  return {
    name: 'gate-tracker',
    serve(context) {
      const match = /^\/__tracker\/([^/]+)\/(.+)$/.exec(context.path);
      if (!match) return undefined;
      const [, key, file] = match;
      if (key === 'count') return { body: String(hits.get(file) ?? 0), type: 'json', headers: noStore };
      hits.set(key, (hits.get(key) ?? 0) + 1);
      const extension = file.split('.').pop();
      if (extension === 'js') {
        return { body: `(self.trackerRuns = self.trackerRuns || []).push(${JSON.stringify(file)});`, type: 'js', headers: noStore };
      }
      if (extension === 'gif' || extension === 'png') return { body: pixel, type: 'gif', headers: noStore };
      if (extension === 'css') return { body: '', type: 'css', headers: noStore };
      return { body: '<!doctype html><title>Tracker</title><p>Third-party content</p>', type: 'html', headers: noStore };
    },
    transform(context) {
      if (!context.response.is('html') || typeof context.body !== 'string') return undefined;
      const nonce = /'nonce-([^']+)'/.exec(context.body)?.[1];
      if (!nonce || !context.body.includes(injected)) return undefined;
      return context.body.replace(injected, `${injected.slice(0, -1)} nonce="${nonce}">`);
    },
  };
}

// A local stand-in for a third-party tracker, for the gating tests (wtr plugin).
// GET /__tracker/<key>/<file> counts a hit for <key> and answers by extension: .js records
// `self.trackerRuns.push(file)`, .gif/.png a pixel, .css nothing, else a small page.
// GET /__tracker/count/<key> answers the number of hits so far: tests assert zero before consent.
// A page with a <meta http-equiv="Content-Security-Policy"> also gets that policy as a header (browsers
// hide nonce attributes only then), and the runner's injected web-socket script gets the policy's
// nonce, so that such a page can run under the test runner at all.
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
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(context.body);
      const nonce = meta && /'nonce-([^']+)'/.exec(meta[1])?.[1];
      if (!nonce) return undefined;
      context.set('Content-Security-Policy', meta[1]);
      // The runner injects its config and log capture before the page's own <meta>, and its web socket.
      const withNonce = (html) => html.replace(/<script(?![^>]*\bnonce=)/g, `<script nonce="${nonce}"`);
      const before = context.body.slice(0, meta.index);
      return withNonce(before) + context.body.slice(meta.index).replace(injected, withNonce(injected));
    },
  };
}

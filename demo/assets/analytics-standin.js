// A stand-in for an analytics tag such as Matomo's, served from this site. It only ever runs when the
// visitor granted "analytics" (it is included with type="text/plain" data-category="analytics"):
// it sets a visitor-id cookie like Matomo's and reports the page view to /api/third-party, which the
// demo server logs in its terminal. Withdrawing analytics deletes the cookie (declared as _pk_id.*).
(function () {
  var id = Math.random().toString(16).slice(2, 18);
  document.cookie = '_pk_id.1.d3m0=' + id + '.' + Math.floor(Date.now() / 1000) + '; Path=/; Max-Age=' + 60 * 60 * 24 * 395 + '; SameSite=Lax';
  document.cookie = '_pk_ses.1.d3m0=1; Path=/; Max-Age=1800; SameSite=Lax';
  var hit = '/api/third-party?source=analytics&page=' + encodeURIComponent(location.pathname);
  if (!(navigator.sendBeacon && navigator.sendBeacon(hit))) fetch(hit, { method: 'POST', keepalive: true });
  console.info('[analytics stand-in] page view sent, visitor cookie _pk_id.1.d3m0 set');
})();

// Instrumentation of the two-part pages (test/bundle/page-config.test.ts): in every animation frame from
// the first until load + 500 ms, whether a consent banner is visible; what gated code ran; the
// consent-change events. A classic script, first in <head>.
window.ran = [];
window.changes = [];
window.bannerFrames = 0;
window.frameCount = 0;
window.firstPartAt = performance.now();
document.addEventListener('consent-change', (event) => window.changes.push(event.detail.action));

function bannerVisible() {
  for (const element of document.querySelectorAll('cookie-consent')) {
    const banner = element.shadowRoot && element.shadowRoot.querySelector('[part~="banner"]');
    if (!banner) continue;
    const box = banner.getBoundingClientRect();
    const shown = banner.checkVisibility ? banner.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
    if (box.width > 0 && box.height > 0 && shown) return true;
  }
  return false;
}

let watching = true;
requestAnimationFrame(function frame() {
  window.frameCount += 1;
  if (bannerVisible()) window.bannerFrames += 1;
  if (watching) requestAnimationFrame(frame);
});
addEventListener('load', () =>
  setTimeout(() => {
    watching = false;
    window.watched = true;
  }, 500),
);

// Injected before any script of the page (Playwright init script). Every animation frame it checks
// whether the banner is visible (non-zero box in the viewport, checkVisibility with opacity and
// visibility) and fully opaque, and it sums layout shifts. Results land in window.__probe.
(() => {
  if (window.__probe) return;
  const probe = (window.__probe = { visible: null, opaque: null, frames: 0, cls: 0 });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) probe.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  const banner = () => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]');
  const visible = (node) => {
    const box = node.getBoundingClientRect();
    const inViewport = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    return box.width > 0 && box.height > 0 && inViewport && node.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const opaque = (node) => {
    for (let n = node; n; n = n.parentElement ?? n.parentNode?.host) {
      if (getComputedStyle(n).opacity !== '1') return false;
    }
    return !node.getAnimations({ subtree: true }).some((animation) => animation.playState === 'running');
  };
  const frame = () => {
    const now = performance.now();
    probe.frames++;
    const node = banner();
    if (node && probe.visible === null && visible(node)) probe.visible = now;
    if (node && probe.visible !== null && opaque(node)) probe.opaque = now;
    if (probe.opaque === null && now < 10000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();

import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { has, needs } from '../browsers/engine.js';
import { banner, clearCookies, control, dialog, mount, storeRecord, switchFor, validRecord } from '../helpers.js';
import { de, fr } from './../i18n/strings.js';

/** [r, g, b] of a computed colour: `rgb(...)` or `color(srgb ...)` (what color-mix() computes to). */
function rgb(color: string): number[] {
  const numbers = color.match(/[\d.]+/g)!.map(Number);
  return color.startsWith('color(') ? numbers.slice(0, 3).map((value) => value * 255) : numbers.slice(0, 3);
}
/** WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((value) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
const background = (element: Element) => getComputedStyle(element).backgroundColor;

function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

afterEach(async () => {
  clearCookies();
  if (has('emulateMedia')) await emulateMedia({ reducedMotion: 'no-preference' });
  if (has('setViewport')) await setViewport({ width: 800, height: 600 });
});

describe('visible focus, target size, switch state', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: every control shows a focus ring of 3:1 against what surrounds it`, async () => {
      const element = await mount(`theme="${theme}" privacy-url="/p"`);
      (document.activeElement as HTMLElement | null)?.blur();
      const rings: string[] = [];
      const check = (surface: Element) => {
        const control = focused() as HTMLElement;
        const style = getComputedStyle(control);
        expect(style.outlineStyle, control.outerHTML).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        expect(contrast(style.outlineColor, background(surface)), control.outerHTML).to.be.at.least(3);
        rings.push(control.dataset.action ?? control.dataset.category ?? control.tagName);
      };
      for (let step = 0; step < 4; step++) {
        await sendKeys({ press: 'Tab' });
        check(banner(element)!);
      }
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      for (let step = 0; step < 7; step++) {
        const control = focused()!;
        check(control.closest('.category') ?? dialog(element)!);
        // Not past Save: Firefox then moves focus out of the page, to its own toolbar.
        if (step < 6) await sendKeys({ press: 'Tab' });
      }
      expect(rings).to.deep.equal(['A', 'reject-all', 'accept-all', 'customize', 'close', 'A', 'analytics', 'content', 'reject-all', 'accept-all', 'save']);
    });
  }

  it('every button and switch is at least 24 × 24 px (44 for the main buttons)', async () => {
    storeRecord(validRecord());
    const element = await mount('categories="analytics content"');
    const open = control(element, 'open').getBoundingClientRect();
    expect([open.width, open.height]).to.satisfy((size: number[]) => size.every((side) => side >= 44));
    element.showBanner();
    element.showPreferences();
    await element.updateComplete;
    const targets = element.shadowRoot!.querySelectorAll('button, input');
    expect(targets.length).to.equal(10);
    for (const target of targets) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.outerHTML).to.be.at.least(target.matches('.button') ? 44 : 24);
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme}: an off switch's outline and knob have 3:1 against the surface around them`, async () => {
      const element = await mount(`theme="${theme}"`);
      control(element, 'customize').click();
      await element.updateComplete;
      const toggle = switchFor(element, 'analytics');
      const surface = background(toggle.closest('.category')!);
      expect(contrast(getComputedStyle(toggle).borderTopColor, surface)).to.be.at.least(3);
      expect(contrast(getComputedStyle(toggle, '::before').backgroundColor, background(toggle))).to.be.at.least(3);
    });
  }

  it('a switch tells its state by the knob position and an "on" bar drawn on the knob, not by colour alone', async () => {
    const element = await mount();
    control(element, 'customize').click();
    await element.updateComplete;
    const knob = () => getComputedStyle(switchFor(element, 'analytics'), '::before');
    const off = { transform: knob().transform, mark: knob().backgroundImage };
    switchFor(element, 'analytics').click();
    await element.updateComplete;
    expect(off).to.deep.equal({ transform: 'none', mark: 'none' });
    expect(knob().transform).not.to.equal('none');
    expect(knob().backgroundImage).to.include('linear-gradient');
  });
});

describe('announcements', () => {
  it('the role="status" region exists before the choice and then says it was saved', async () => {
    const element = await mount('lang="fr"');
    const status = element.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    control(element, 'reject-all').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="status"]') === status, 'the same live region').to.equal(true);
    expect(status.textContent!.trim()).to.equal(fr.saved);
  });
});

describe('reflow: 320 px wide, and 200% zoom', () => {
  // 320 × 568 is WCAG 1.4.10's width; 640 × 360 is a 1280 × 720 window at 200%.
  for (const [width, height] of [[320, 568], [640, 360]]) {
    for (const position of ['bottom', 'top', 'center']) {
      it(`${width} × ${height}, ${position}: the banner stays on screen and scrolls inside itself`, async function () {
        needs(this, 'setViewport');
        await setViewport({ width, height });
        const element = await mount(`lang="de" position="${position}" privacy-url="/datenschutz"`);
        const bar = banner(element)!;
        const box = bar.getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(width);
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(height);
        expect(bar.scrollWidth, 'no sideways scrolling').to.be.at.most(bar.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        bar.scrollTop = bar.scrollHeight;
        for (const action of ['reject-all', 'accept-all', 'customize']) {
          const button = control(element, action).getBoundingClientRect();
          expect(button.left, action).to.be.at.least(box.left);
          expect(button.right, action).to.be.at.most(box.right);
          expect(button.bottom, action).to.be.at.most(box.bottom);
          expect(button.top, action).to.be.at.least(box.top);
        }
        expect(control(element, 'accept-all').textContent!.trim()).to.equal(de.acceptAll);
      });
    }

    it(`${width} × ${height}: the preferences fit, their buttons always visible, the list scrolls`, async function () {
      needs(this, 'setViewport');
      await setViewport({ width, height });
      const page = await fixture<HTMLElement>(html`<div></div>`);
      page.innerHTML = `<cookie-consent lang="fr" categories="analytics content marketing preferences">
        <consent-category name="analytics"><consent-cookie name="_pk_ses.*" provider="Shiftwise (Matomo)" duration="30 minutes"></consent-cookie></consent-category>
      </cookie-consent>`;
      const element = page.querySelector('cookie-consent')!;
      await element.updateComplete;
      control(element, 'customize').click();
      await element.updateComplete;
      const box = dialog(element)!.getBoundingClientRect();
      expect([box.left, box.top]).to.satisfy((sides: number[]) => sides.every((side) => side >= 0));
      expect(box.right).to.be.at.most(width);
      expect(box.bottom).to.be.at.most(height);
      for (const action of ['close', 'reject-all', 'accept-all', 'save']) {
        const button = dialog(element)!.querySelector(`[data-action="${action}"]`)!.getBoundingClientRect();
        expect(button.top, action).to.be.at.least(box.top);
        expect(button.bottom, action).to.be.at.most(box.bottom);
      }
      const list = dialog(element)!.querySelector('.dialog-body')!;
      expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
      expect(getComputedStyle(list).overflowY).to.equal('auto');
      expect(list.scrollWidth, 'no sideways scrolling').to.be.at.most(list.clientWidth);
    });
  }
});

describe('motion, layout shift, other origins', () => {
  it('prefers-reduced-motion turns the animations off', async function () {
    needs(this, 'emulateMedia');
    const element = await mount();
    control(element, 'customize').click();
    await element.updateComplete;
    expect(getComputedStyle(dialog(element)!).animationName).to.equal('rise');
    expect(getComputedStyle(switchFor(element, 'analytics')).transitionDuration).not.to.equal('0s');
    element.remove();
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await mount();
    expect(getComputedStyle(banner(still)!).animationName).to.equal('none');
    control(still, 'customize').click();
    await still.updateComplete;
    expect(getComputedStyle(dialog(still)!).animationName).to.equal('none');
    expect(getComputedStyle(switchFor(still, 'analytics')).transitionDuration).to.equal('0s');
  });

  for (const position of ['bottom', 'top', 'center']) {
    it(`the ${position} banner shifts nothing on the page`, async () => {
      const page = await fixture<HTMLElement>(html`<main>${Array.from({ length: 30 }, (_, index) => html`<p>Line ${index} of the page.</p>`)}</main>`);
      await new Promise(requestAnimationFrame);
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value)));
      observer.observe({ type: 'layout-shift' });
      page.insertAdjacentHTML('beforeend', `<cookie-consent position="${position}"></cookie-consent>`);
      const element = page.querySelector('cookie-consent')!;
      await element.updateComplete;
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      shifts.push(...observer.takeRecords().map((entry) => (entry as unknown as { value: number }).value));
      observer.disconnect();
      expect(banner(element)!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(shifts).to.deep.equal([]);
    });
  }

  it('no request to another origin, no font, no remote image: the styles hold no URL', async () => {
    storeRecord(validRecord());
    const element = await mount('privacy-url="https://example.com/privacy"');
    element.showBanner();
    element.showPreferences();
    await element.updateComplete;
    await new Promise(requestAnimationFrame);
    const css = element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(css).to.have.length.greaterThan(1000);
    expect(css).not.to.match(/url\(|@import|@font-face/);
    const foreign = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).origin !== location.origin);
    expect(foreign.map((entry) => entry.name)).to.deep.equal([]);
  });
});

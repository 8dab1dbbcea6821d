// The configurator page passes axe-core (WCAG 2.2 AA rules), as the rest of the product does: every
// control labelled, contrast, landmarks. axe runs inside the configurator's own frame.
import { expect } from '@open-wc/testing';
import { openConfigurator, until } from './support.js';

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
  passes: { id: string }[];
}

describe('configurator accessibility', () => {
  it('has no axe violation, with a custom category and a cookie row shown', async () => {
    const c = await openConfigurator();
    await c.click('[data-command="add-category"]');
    await c.click('[data-command="add-cookie"][data-category="4"]');
    const win = c.document.defaultView as Window & { axe?: { run(context: unknown, options: unknown): Promise<AxeResult> } };
    const script = Object.assign(c.document.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    c.document.head.append(script);
    await until(() => win.axe, 'axe-core in the frame');
    // The preview frame's banner is checked by test/a11y; here the page around it.
    const result = await win.axe!.run(c.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      iframes: false,
    });
    expect(result.passes.map((rule) => rule.id)).to.include.members(['label', 'color-contrast', 'button-name']);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
  });
});

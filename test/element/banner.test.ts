import { expect, oneEvent } from '@open-wc/testing';
import { banner, clearCookies, control, dialog, mount, storedRecord, switchFor } from '../helpers.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('first visit', () => {
  afterEach(clearCookies);

  it('shows the banner', async () => {
    const element = await mount();
    expect(banner(element)).to.exist;
    expect(banner(element)!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('Accept all writes the documented cookie and fires one consent-change', async () => {
    const element = await mount('revision="3"');
    const changes: CustomEvent[] = [];
    element.addEventListener('consent-change', (event) => changes.push(event));
    const before = Date.now();
    control(element, 'accept-all').click();
    await element.updateComplete;
    const record = storedRecord()!;
    expect(Object.keys(record)).to.deep.equal(['v', 'id', 'rev', 'ts', 'granted', 'denied', 'action', 'lang']);
    expect(record.v).to.equal(1);
    expect(record.id).to.match(UUID_V4);
    expect(record.rev).to.equal('3');
    expect(Date.parse(record.ts)).to.be.within(before, Date.now());
    expect(new Date(record.ts).toISOString()).to.equal(record.ts);
    expect(record.granted).to.deep.equal(['analytics', 'content']);
    expect(record.denied).to.deep.equal([]);
    expect(record.action).to.equal('accept-all');
    expect(record.lang).to.equal('en');
    expect(changes).to.have.length(1);
    expect(changes[0].detail).to.deep.equal({ consent: record, previous: null, changed: ['analytics', 'content'], action: 'accept-all' });
    expect(banner(element)).to.equal(null);
  });

  it('Reject all writes every category denied; changed is empty', async () => {
    const element = await mount();
    const event = oneEvent(element, 'consent-change');
    control(element, 'reject-all').click();
    const { detail } = await event;
    const record = storedRecord()!;
    expect(record.granted).to.deep.equal([]);
    expect(record.denied).to.deep.equal(['analytics', 'content']);
    expect(record.action).to.equal('reject-all');
    expect(detail.changed).to.deep.equal([]);
    expect(detail.consent).to.deep.equal(record);
  });

  it('Customize, one switch, Save writes a custom choice', async () => {
    const element = await mount('categories="analytics content marketing"');
    control(element, 'customize').click();
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    for (const name of ['analytics', 'content', 'marketing']) expect(switchFor(element, name).checked).to.equal(false);
    expect(switchFor(element, 'necessary').checked).to.equal(true);
    expect(switchFor(element, 'necessary').disabled).to.equal(true);
    switchFor(element, 'content').click();
    await element.updateComplete;
    const event = oneEvent(element, 'consent-change');
    control(element, 'save').click();
    const { detail } = await event;
    const record = storedRecord()!;
    expect(record.granted).to.deep.equal(['content']);
    expect(record.denied).to.deep.equal(['analytics', 'marketing']);
    expect(record.action).to.equal('custom');
    expect(detail.changed).to.deep.equal(['content']);
  });
});

/**
 * Other tabs (SPEC 10): a choice saved in one tab is posted on a BroadcastChannel; the site's other open
 * tabs take it over (their gating and events follow). A received choice is never posted again.
 */
import type { ReactiveController } from 'lit';
import type { ConsentListener, ConsentReason } from '../consent/choice.js';
import type { ConsentRecord } from '../consent/record.js';

/** Posts the choices saved here and hands over the ones saved in other tabs. */
export class TabSyncController implements ReactiveController, ConsentListener {
  private _channel?: BroadcastChannel;

  /**
   * @param _channelName - one channel per consent cookie, so that two setups on one site stay apart.
   * @param _receive - takes a value posted by another tab (unvalidated).
   */
  constructor(
    private readonly _channelName: () => string,
    private readonly _receive: (value: unknown) => void,
  ) {}

  hostConnected(): void {
    // Every browser with constructable stylesheets (which the element needs) has BroadcastChannel.
    this._channel = new BroadcastChannel(`cookie-consent:${this._channelName()}`);
    this._channel.onmessage = (event) => this._receive(event.data);
  }

  hostDisconnected(): void {
    this._channel?.close();
    this._channel = undefined;
  }

  consentApplied(record: ConsentRecord | null, _previous: ConsentRecord | null, reason: ConsentReason): void {
    if (record && reason === 'save') this._channel?.postMessage(record);
  }
}

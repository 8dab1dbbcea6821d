/**
 * Other tabs (SPEC 10): a choice saved in one tab is posted on a BroadcastChannel; the site's other open
 * tabs take it over (their gating and events follow). A received choice is never posted again.
 */
import type { ConsentRecord } from '../consent/record.js';
import type { ConsentController, ConsentReason } from '../element/controller.js';

/** Posts the choices saved here and hands over the ones saved in other tabs. */
export class TabSyncController implements ConsentController {
  private _channel?: BroadcastChannel;

  /**
   * @param _channelName - one channel per consent cookie, so that two setups on one site stay apart.
   * @param _receive - takes a value posted by another tab (unvalidated).
   */
  constructor(
    private _channelName: () => string,
    private _receive: (value: unknown) => void,
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

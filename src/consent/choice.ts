/**
 * The life of the visitor's choice on this page: restored from the cookie when the element starts, saved,
 * received from another tab, checked again when the configuration changes, forgotten. One place sets the
 * choice in force, and every listener (gating, Consent Mode, other tabs, receipts) hears of each change in
 * the order given.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Config } from '../config/config.js';
import { warn } from '../warn.js';
import { createRecord, isNewer, sameRecord, validateRecord, type ConsentAction, type ConsentRecord, type ValidityContext } from './record.js';
import { readRecord, readStoredId, warnVoid, writeRecord } from './store.js';

/** Why the choice in force changed. */
export type ConsentReason =
  /** Read from the cookie when the element started (or no valid choice: null). */
  | 'restore'
  /** Saved on this page (visitor, API, GPC, placeholder). */
  | 'save'
  /** Saved in another tab of the same site. */
  | 'sync'
  /** Forgotten: `reset()`, or the configuration changed and voids it. */
  | 'reset';

/** Non-UI logic that follows the choice in force. */
export interface ConsentListener {
  /** The element starts, before the stored choice is read: the place for defaults (Consent Mode). */
  consentStart?(config: Config): void;
  /** The choice in force is now `record` (null: none); `previous` is the one before. */
  consentApplied?(record: ConsentRecord | null, previous: ConsentRecord | null, reason: ConsentReason, config: Config): void;
}

/** The choice in force, for an element (the host) whose configuration `config()` gives. */
export class ConsentChoice {
  /** Undefined until started, null while there is no valid choice. */
  private _record?: ConsentRecord | null;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _config: () => Config,
    private readonly _listeners: readonly ConsentListener[],
  ) {}

  /** The choice in force: undefined before `start()`, null for none. */
  get record(): ConsentRecord | null | undefined {
    return this._record;
  }

  /** What a choice must match to be valid here now (SPEC 6). */
  private _validity(config = this._config()): ValidityContext {
    return { revision: config.revision, categories: config.categories, expiresDays: config.expiresDays, now: Date.now() };
  }

  /** The valid stored choice (the newest, when the browser holds several), or null. */
  read(): ConsentRecord | null {
    const config = this._config();
    return readRecord(config.cookieName, this._validity(config));
  }

  /** Starts the listeners and puts the stored choice in force. */
  start(): ConsentRecord | null {
    const config = this._config();
    for (const listener of this._listeners) listener.consentStart?.(config);
    return this._apply(this.read(), 'restore');
  }

  /** Saves a new choice (`granted` on, every other offered category off) and puts it in force. */
  save(granted: Iterable<string>, action: ConsentAction, lang: string): ConsentRecord {
    const config = this._config();
    const { revision, categories } = config;
    const record = createRecord(this._record?.id ?? readStoredId(config.cookieName), revision, categories, granted, action, lang);
    if (!writeRecord(config, record)) warn('the browser refused the cookie; the choice holds for this page only.');
    this._apply(record, 'save');
    return record;
  }

  /**
   * A choice saved elsewhere (another tab's message, unvalidated; or the cookie, read again): the newest of
   * it, the choice in force and the stored one wins (`isNewer`), so that two tabs choosing at the same
   * moment end with the same choice, and the cookie is made to hold it. Returns the choice put in force
   * when it changed, else null.
   */
  receive(value: unknown): ConsentRecord | null {
    const received = validateRecord(value, this._validity(), (reason) => warnVoid('another tab', reason, String(JSON.stringify(value))));
    if (!received) return null;
    const stored = this.read();
    let winner = received;
    for (const other of [this._record, stored]) if (other && isNewer(other, winner)) winner = other;
    if (!sameRecord(stored, winner)) writeRecord(this._config(), winner);
    return sameRecord(this._record, winner) ? null : this._apply(winner, 'sync');
  }

  /** No choice in force any more; with `deleteCookie`, the stored one is deleted too (`reset()`). */
  forget(deleteCookie: boolean): void {
    if (deleteCookie) writeRecord(this._config(), null);
    this._apply(null, 'reset');
  }

  /** Puts `record` in force (the only place that sets it), tells every listener, asks the host to render. */
  private _apply(record: ConsentRecord | null, reason: ConsentReason): ConsentRecord | null {
    const previous = this._record ?? null;
    this._record = record;
    const config = this._config();
    for (const listener of this._listeners) listener.consentApplied?.(record, previous, reason, config);
    this._host.requestUpdate();
    return record;
  }
}

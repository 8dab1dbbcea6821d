/**
 * Global Privacy Control (SPEC 10): the browser's `navigator.globalPrivacyControl` signal, honoured as a
 * reject-all when the visitor has no stored choice.
 */
import type { GpcSetting } from '../config/attributes.js';

/** Whether the browser sends the GPC signal. */
export const gpcSignal = (): boolean => (navigator as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl === true;

/** Whether the GPC signal should be saved as a reject-all: the page honours it and the browser sends it. */
export const gpcRequestsRejection = (setting: GpcSetting): boolean => setting === 'honor' && gpcSignal();

/**
 * Global Privacy Control (SPEC 10): the browser's `navigator.globalPrivacyControl` signal, honoured as
 * a reject-all when the visitor has no stored choice.
 */
import { parseKeyword } from '../element/config.js';

/** Whether the GPC signal should be saved as a reject-all: `gpc` is `honor` (default) and the browser sends it. */
export const gpcRequestsRejection = (setting: string | null): boolean =>
  parseKeyword('gpc', setting, ['honor', 'ignore'] as const) === 'honor' &&
  (navigator as Navigator & { globalPrivacyControl?: unknown }).globalPrivacyControl === true;

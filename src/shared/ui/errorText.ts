import { ApiTimeoutError } from '../api/timeout';
import type { Lang } from '../filters/state';
import { fill } from '../i18n/fill';
import { translate } from '../i18n/i18n';

/** What a panel says about a failed load: a timeout in the reader's language, other errors as the API or the client worded them. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof ApiTimeoutError) return fill(translate(lang, 'errorTimeout'), { s: error.seconds });
  return error instanceof Error ? error.message : String(error);
}

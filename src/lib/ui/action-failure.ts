import type { ActionResult } from '@sveltejs/kit';
import type { Lang } from '$lib/i18n';
import { failureMessage } from '$lib/i18n/failures';

/**
 * The message for a `use:enhance` result that the page would otherwise turn into an error page
 * (refused, too large, server fault, no answer); null for results the page shows itself.
 */
export function actionFailure(result: ActionResult, lang: Lang): string | null {
	if (result.type !== 'error') return null;
	const error = result.error as { message?: unknown; code?: unknown } | undefined;
	// Only ParkMap's own refusals (with a code) speak the page's language.
	const message =
		typeof error?.code === 'string' && typeof error.message === 'string' ? error.message : undefined;
	return failureMessage({ status: result.status, message }, lang);
}

/**
 * JSON requests of the review pages: the answer, or an Error with one message in the page's
 * language. (In ui/, not review/, since the messages come from i18n, which is above review.)
 */
import type { Lang } from '$lib/i18n';
import { failureMessage } from '$lib/i18n/failures';

/** The page's language, from its `lang=en` query as the server reads it (zh outside a browser). */
function pageLang(): Lang {
	const href = globalThis.location?.href;
	return href && new URL(href).searchParams.get('lang') === 'en' ? 'en' : 'zh';
}

/**
 * Sends JSON and returns the parsed answer, or throws an Error with one message in the page's
 * language: the server's own words for a refusal, else what happened (no answer, a fault).
 */
export async function sendJson<T>(
	url: string,
	method: string,
	body?: unknown,
	lang = pageLang()
): Promise<T> {
	let res: Response;
	try {
		res = await fetch(url, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	} catch {
		throw new Error(failureMessage({}, lang));
	}
	if (!res.ok) {
		let message: string | undefined;
		try {
			message = (JSON.parse(await res.text()) as { message?: string }).message;
		} catch {
			// not JSON: the status says it
		}
		throw new Error(failureMessage({ status: res.status, message }, lang));
	}
	return (res.status === 204 ? null : await res.json()) as T;
}

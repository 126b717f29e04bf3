/**
 * Size limits on what a request may carry, and the messages that say so. A request over a limit is
 * refused before any work is done, and the refusal never echoes the input back.
 */
import type { Lang } from '../i18n';
import { SERVER_TEXT } from '../i18n/failures';
import type { Messages } from './refusal';

/** Longest query string accepted, in characters. */
export const MAX_QUERY_CHARS = 4096;
/** Most query parameters accepted. */
export const MAX_QUERY_PARAMS = 64;
/** Longest single query parameter value. */
export const MAX_PARAM_CHARS = 512;

/** Form fields and their longest accepted value, in characters. */
export const FIELD_LIMITS = {
	id: 64,
	place: 100,
	week: 10,
	token: 256,
	note: 500
} as const;

export type LimitedField = keyof typeof FIELD_LIMITS;

/** Why a query string is refused, in each language, or null when it is within the limits. */
export function queryProblem(search: string): Messages | null {
	const each = (say: (text: (typeof SERVER_TEXT)[Lang]) => string): Messages => ({
		zh: say(SERVER_TEXT.zh),
		en: say(SERVER_TEXT.en)
	});
	if (search.length > MAX_QUERY_CHARS) return each((t) => t.queryTooLong(search.length, MAX_QUERY_CHARS));
	const params = new URLSearchParams(search);
	let count = 0;
	for (const [name, value] of params) {
		if (++count > MAX_QUERY_PARAMS) return each((t) => t.tooManyParams(MAX_QUERY_PARAMS));
		if (value.length > MAX_PARAM_CHARS) {
			return each((t) => t.paramTooLong(clip(name, 32), value.length, MAX_PARAM_CHARS));
		}
	}
	return null;
}

/** A short, safe excerpt of user input for a message: never the whole of an unbounded value. */
export function clip(text: string, max = 40): string {
	const chars = [...text.slice(0, max * 2)];
	return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

export type FieldResult = { ok: true; value: string } | { ok: false; message: string };

/**
 * Reads a text field from a form: a File where text is expected, or text over the field's limit,
 * is refused with a message in the page's language (`label` names the field in it).
 */
export function textField(form: FormData, name: LimitedField, label: string, lang: Lang): FieldResult {
	const value = form.get(name);
	if (value === null) return { ok: true, value: '' };
	const text = SERVER_TEXT[lang];
	if (typeof value !== 'string') return { ok: false, message: text.fieldIsFile(label) };
	const max = FIELD_LIMITS[name];
	if (value.length > max) return { ok: false, message: text.fieldTooLong(label, value.length, max) };
	return { ok: true, value };
}

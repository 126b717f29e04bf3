/**
 * Size limits on what a request may carry, and the messages that say so. A request over a limit is
 * refused before any work is done, and the refusal never echoes the input back.
 */

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

/** Why a query string is refused, or null when it is within the limits. */
export function queryProblem(search: string): string | null {
	if (search.length > MAX_QUERY_CHARS) {
		return `地址中的参数太长（${search.length} 个字符，上限 ${MAX_QUERY_CHARS}）：请减少筛选条件。 The query string is ${search.length} characters long; at most ${MAX_QUERY_CHARS} are accepted. Use fewer filters.`;
	}
	const params = new URLSearchParams(search);
	let count = 0;
	for (const [name, value] of params) {
		if (++count > MAX_QUERY_PARAMS) {
			return `地址中的参数太多（上限 ${MAX_QUERY_PARAMS} 个）。 Too many query parameters: at most ${MAX_QUERY_PARAMS}.`;
		}
		if (value.length > MAX_PARAM_CHARS) {
			return `参数「${clip(name, 32)}」太长（${value.length} 个字符，上限 ${MAX_PARAM_CHARS}）：请缩短。 Parameter "${clip(name, 32)}" is ${value.length} characters long; at most ${MAX_PARAM_CHARS} are accepted.`;
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
 * is refused with a message in both languages.
 */
export function textField(
	form: FormData,
	name: LimitedField,
	label: { zh: string; en: string }
): FieldResult {
	const value = form.get(name);
	if (value === null) return { ok: true, value: '' };
	if (typeof value !== 'string') {
		return { ok: false, message: `${label.zh}应是文字，而不是文件。 ${label.en} must be text, not a file.` };
	}
	const max = FIELD_LIMITS[name];
	if (value.length > max) {
		return {
			ok: false,
			message: `${label.zh}太长（${value.length} 个字符，上限 ${max}）：请缩短。 ${label.en} is ${value.length} characters long; at most ${max} are accepted.`
		};
	}
	return { ok: true, value };
}

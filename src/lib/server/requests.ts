/**
 * Checks of the review API's JSON bodies: what a browser sends is untrusted until it passes here.
 */
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Lang } from '../i18n';
import { SERVER_TEXT } from '../i18n/failures';
import type { ItemEdit } from '../review';
import { SECTIONS } from '../report/types';

const edit = z
	.object({
		place: z.string().max(100).nullable(),
		amountYi: z.number().nonnegative().finite().nullable(),
		sectors: z.array(z.string().trim().min(1).max(40)).max(20),
		section: z.enum(SECTIONS),
		date: z.string().nullable(),
		title: z.string().trim().min(1).max(500),
		drop: z.boolean()
	})
	.partial()
	.strict();

/** Who made a change: a name typed once in the browser; empty is unsigned. */
const author = z
	.string()
	.trim()
	.max(60)
	.nullable()
	.optional()
	.transform((a) => (a ? a : null));

export const publishBody = z.object({
	edits: z.record(z.string(), edit).default({}),
	author,
	replace: z.array(z.string()).default([])
});

export const editsBody = z.object({ edits: z.record(z.string(), edit), author });

export const authorBody = z.object({ author });

/** Reads and checks a JSON body; answers 400 saying so in `lang` (in English, naming what is wrong). */
export async function readBody<T extends z.ZodType>(
	request: Request,
	schema: T,
	lang: Lang
): Promise<z.infer<T>> {
	let raw: unknown;
	try {
		raw = await request.json();
	} catch {
		error(400, lang === 'zh' ? SERVER_TEXT.zh.badBody : 'Send a JSON body.');
	}
	const result = schema.safeParse(raw);
	if (!result.success) {
		const detail = result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
		error(400, lang === 'zh' ? SERVER_TEXT.zh.badBody : detail);
	}
	return result.data;
}

export type { ItemEdit };

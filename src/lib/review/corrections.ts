import { z } from 'zod';
import { isIsoDate } from '../report/dates';
import { SECTIONS } from '../report/types';

const location = z.object({
	province: z.string().min(1),
	city: z.string().min(1).nullable(),
	county: z.string().min(1).nullable(),
	zone: z.string().min(1).nullable(),
	adcode: z.string().regex(/^\d{6}$/),
	level: z.enum(['province', 'city', 'county', 'zone']),
	// A corrected place must be a real point in or near China, never 0,0.
	lon: z.number().min(70).max(140),
	lat: z.number().min(0).max(56)
});

/** What a person may set by hand, field by field. */
export const CORRECTION_SCHEMAS = {
	location: location.nullable(),
	amountYi: z.number().nonnegative().finite().nullable(),
	sectors: z.array(z.string().min(1)),
	date: z.string().refine(isIsoDate, 'a date written YYYY-MM-DD').nullable(),
	section: z.enum(SECTIONS),
	title: z.string().trim().min(1)
} as const;

export type CorrectionField = keyof typeof CORRECTION_SCHEMAS;

/** Checks a correction's value; throws an Error that names the field and what is wrong. */
export function validateCorrection(field: CorrectionField, value: unknown): unknown {
	const result = CORRECTION_SCHEMAS[field].safeParse(value);
	if (!result.success) {
		throw new Error(
			`Invalid ${field}: ${result.error.issues.map((i) => `${i.path.join('.') || 'value'} ${i.message}`).join('; ')}`
		);
	}
	return result.data;
}

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/server/gazetteer';
import { CASES } from './cases';

const g = loadGazetteer();

describe('hand-written resolution cases', () => {
	it('has at least 100 cases covering every province-level unit', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(100);
		const provinces = new Set(CASES.map((c) => c.want?.province).filter(Boolean));
		expect(provinces.size).toBe(34);
	});

	it.each(CASES.map((c) => [`${c.note}: ${c.text}`, c] as const))('%s', (_n, c) => {
		const loc = g.locateItem({ title: c.text, source: c.source ?? null });
		if (c.want === null) {
			expect(loc).toBeNull();
			return;
		}
		expect(loc).not.toBeNull();
		const got: Record<string, unknown> = {};
		for (const k of Object.keys(c.want)) got[k] = (loc as unknown as Record<string, unknown>)[k];
		expect(got).toEqual(c.want);
	});
});

import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/server/gazetteer';
import { SEED_ITEMS } from './seed-items';

const g = loadGazetteer();

describe('seed report items', () => {
	const results = SEED_ITEMS.map((it) => ({ it, loc: g.locateItem(it) }));

	it('gets province and city right for at least 95% of items', () => {
		const right = results.filter(
			({ it, loc }) => loc && loc.province === it.province && loc.city === it.city
		);
		const wrong = results
			.filter((r) => !right.includes(r))
			.map(({ it, loc }) => `${it.title} → ${loc?.province}/${loc?.city}`);
		expect(right.length / results.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
	});

	it.each(SEED_ITEMS.map((it) => [it.title, it] as const))('%s', (_t, it) => {
		const loc = g.locateItem(it);
		expect(loc).not.toBeNull();
		expect(loc!.province).toBe(it.province);
		expect(loc!.city).toBe(it.city);
		if (it.county) expect(loc!.county).toBe(it.county);
		if (it.zone) {
			expect(loc!.zone).toBe(it.zone);
			expect(loc!.level).toBe('zone');
		}
		if (it.city === null) expect(loc!.level).toBe('province');
	});

	it('keeps the ceremony venue (厦门) from becoming the destination', () => {
		const it = SEED_ITEMS.find((x) => x.title.includes('投洽会'))!;
		expect(g.locateItem(it)!.city).toBeNull();
	});

	it('does not take the investor home (上海) for the destination', () => {
		const it = SEED_ITEMS.find((x) => x.title.includes('榕融'))!;
		expect(g.locateItem({ title: it.title, source: it.source })!.province).toBe('广西壮族自治区');
	});
});

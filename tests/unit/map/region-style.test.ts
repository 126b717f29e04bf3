import { describe, expect, it } from 'vitest';
import { regionLoadsSettled, trackRegionLoad } from '../../../src/lib/map/region-style';

describe('regionLoadsSettled', () => {
	it('waits for every polygon load in flight, failed ones too, and then for the page', async () => {
		let finish!: () => void;
		let fail!: (e: Error) => void;
		const first = new Promise<void>((resolve) => (finish = resolve));
		const second = new Promise<void>((_, reject) => (fail = reject));
		second.catch(() => {});
		trackRegionLoad(first);
		trackRegionLoad(second);
		let settled = false;
		const waiting = regionLoadsSettled().then(() => (settled = true));
		await new Promise((r) => setTimeout(r, 5));
		expect(settled).toBe(false);
		finish();
		await new Promise((r) => setTimeout(r, 5));
		expect(settled).toBe(false);
		fail(new Error('HTTP 404'));
		await waiting;
		expect(settled).toBe(true);
	});

	it('resolves at once with nothing loading', async () => {
		await expect(regionLoadsSettled()).resolves.toBeUndefined();
	});
});

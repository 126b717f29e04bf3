import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_REPORTS, seedStore } from '../../../src/lib/server/pipeline';
import { Store } from '../../../src/lib/store';

let store: Store | undefined;
afterEach(() => store?.close());

describe('first-start seeding', () => {
	it('stores every seed week once, and a second start changes nothing', async () => {
		store = new Store(':memory:');
		expect(await seedStore(store)).toBe(SEED_REPORTS.length);
		const weeks = store.reports().map((r) => r.week);
		expect(weeks).toEqual(['2023-09-04', '2023-09-18']);
		const items = store.items().length;
		expect(items).toBeGreaterThan(60);

		expect(await seedStore(store)).toBe(0);
		expect(store.reports()).toHaveLength(SEED_REPORTS.length);
		expect(store.items()).toHaveLength(items);
	});

	it('leaves a store that already holds reports alone', async () => {
		store = new Store(':memory:');
		await seedStore(store, SEED_REPORTS.slice(0, 1));
		expect(await seedStore(store)).toBe(0);
		expect(store.reports().map((r) => r.week)).toEqual(['2023-09-04']);
	});

	it('stores nothing when one seed cannot be read', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'parkmap-seed-'));
		try {
			const broken = join(dir, 'broken.txt');
			writeFileSync(broken, 'not a report');
			store = new Store(':memory:');
			await expect(seedStore(store, [SEED_REPORTS[0]!, broken])).rejects.toThrow();
			expect(store.reports()).toHaveLength(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('marks the example week as an example in its title', async () => {
		store = new Store(':memory:');
		await seedStore(store);
		const example = store.reports().find((r) => r.week === '2023-09-18')!;
		expect(example.title).toMatch(/示例/);
		const unlocated = store.items().filter((i) => i.week === '2023-09-18' && i.location === null);
		expect(unlocated.length).toBeGreaterThanOrEqual(1);
	});
});

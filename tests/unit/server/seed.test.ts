import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReportFile, SEED_REPORTS, seedStore } from '../../../src/lib/server/pipeline';
import { Store } from '../../../src/lib/server/store';

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

describe('the example week', () => {
	const parsed = parseReportFile(SEED_REPORTS[1]!);
	const item = async (title: string) => (await parsed).items.find((i) => i.title.includes(title))!;

	it('takes its week from its header and says it is an example', async () => {
		const { report } = await parsed;
		expect(report).toMatchObject({ week: '2023-09-18', weekSource: 'header', warnings: [] });
		expect(report.title).toContain('示例');
	});

	it('has items in all three sections, each dated inside its week or undated', async () => {
		const { items } = await parsed;
		const bySection = (s: string) => items.filter((i) => i.section === s).length;
		expect([bySection('investment'), bySection('news'), bySection('policy')]).toEqual([20, 9, 6]);
		for (const i of items)
			if (i.date !== null) expect(i.date >= '2023-09-18' && i.date <= '2023-09-24').toBe(true);
		expect(items.every((i) => i.source?.startsWith('示例'))).toBe(true);
	});

	it('reads 亿元 and 万元, event totals, and an unknown amount as unknown', async () => {
		expect((await item('哈尔滨新区')).amountYi).toBe(0.85);
		expect((await item('世界制造业大会重大项目')).amountYi).toBe(1356.2);
		expect((await item('兰州新区')).amountYi).toBe(126);
		expect((await item('海口江东新区')).amountYi).toBeNull();
	});

	it('places projects in zones across many provinces, and keeps the one no gazetteer knows', async () => {
		const { items } = await parsed;
		expect((await item('成都高新区')).location).toMatchObject({ level: 'zone', city: '成都市' });
		expect((await item('长沙经开区')).location).toMatchObject({ level: 'zone', province: '湖南省' });
		expect(new Set(items.map((i) => i.location?.province).filter(Boolean)).size).toBeGreaterThanOrEqual(20);
		expect((await item('星河湾智造产业园')).location).toBeNull();
	});
});

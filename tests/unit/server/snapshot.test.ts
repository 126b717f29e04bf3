import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeMapItems, type MapData } from '../../../src/lib/map/wire';
import { mapDataBody, mapDataJson } from '../../../src/lib/server/map-data';
import { duringWrite, readSnapshot } from '../../../src/lib/server/snapshot';
import { Store } from '../../../src/lib/server/store';
import { BAISE, item, report } from './store/fixtures';

/** `n` items of a report: every third without a place, titles with quotes and line breaks. */
function items(prefix: string, n: number) {
	return Array.from({ length: n }, (_, i) =>
		item(`${prefix}${i}`, {
			title: `项目 "${prefix}${i}"\n第二行`,
			location: i % 3 === 0 ? null : BAISE,
			amountYi: i % 4 === 0 ? null : i
		})
	);
}

let store: Store;
beforeEach(() => {
	store = new Store(':memory:');
});
afterEach(() => store.close());

/** Counts the turns of the event loop a promise takes to settle. */
async function turnsOf(promise: Promise<unknown>): Promise<number> {
	let turns = 0;
	let settled = false;
	void promise.finally(() => (settled = true));
	while (!settled) {
		await new Promise((resolve) => setImmediate(resolve));
		turns++;
	}
	return turns;
}

describe('reading the store a piece at a time', () => {
	it('reads the same items as at once, in the same order, with corrections applied', async () => {
		store.ingest(report('R2', '2023-09-11', items('b', 2500)));
		store.ingest(report('R1', '2023-09-04', items('a', 1700)));
		store.correct('b7', 'amountYi', 99);
		const once = store.items();
		(store as unknown as { cached: null }).cached = null;
		let pauses = 0;
		const { items: pieces, version } = await store.refreshItems(async () => void pauses++, 1000);
		expect(pieces).toEqual(once);
		expect(pieces.find((i) => i.id === 'b7')?.amountYi).toBe(99);
		expect(version).toBe(store.version());
		// 4,200 items in pieces of about 1,000: the caller got a turn between them.
		expect(pauses).toBeGreaterThanOrEqual(4);
	});

	it('reads again when the store changes between pieces', async () => {
		store.ingest(report('R1', '2023-09-04', items('a', 1500)));
		let first = true;
		const { items: read } = await store.refreshItems(async () => {
			if (!first) return;
			first = false;
			store.ingest(report('R2', '2023-09-11', items('b', 10)));
		}, 500);
		expect(read).toHaveLength(1510);
		expect(read).toEqual(store.items());
	});
});

describe('map data written in pieces', () => {
	it('is the JSON of the map data, and decodes to the items', async () => {
		store.ingest(report('R1', '2023-09-04', items('a', 2300)));
		const mapItems = store.items();
		const bytes = await mapDataJson({ version: '7.1', weekFrom: null, weekTo: '2023-09-04' }, mapItems);
		const data = JSON.parse(new TextDecoder().decode(bytes)) as MapData;
		expect(data.count).toBe(2300);
		expect(data.weekTo).toBe('2023-09-04');
		const fields = (i: object) =>
			Object.fromEntries(data.fields.map((f) => [f, (i as Record<string, unknown>)[f] ?? null]));
		expect(decodeMapItems(data).map(fields)).toEqual(mapItems.map(fields));
		expect(Object.keys(data.labelPoints)).toEqual(['451000']);
		// One place for all the located items, across the pieces it was written in.
		expect(data.places).toHaveLength(1);
	});

	it('writes no rows for no items', async () => {
		const bytes = await mapDataJson({ version: '1', weekFrom: null, weekTo: null }, []);
		expect(JSON.parse(new TextDecoder().decode(bytes))).toMatchObject({ count: 0, rows: [] });
	});

	it('lets other work run between pieces', async () => {
		store.ingest(report('R1', '2023-09-04', items('a', 3000)));
		const data = { version: 'turns', items: store.items() };
		expect(await turnsOf(mapDataBody(data, null, null))).toBeGreaterThanOrEqual(3);
		// Made once per version and range.
		expect(await mapDataBody(data, null, null)).toBe(await mapDataBody(data, null, null));
	});
});

describe('the snapshot reads answer from', () => {
	it('answers from the data before a write until the write has finished, then from the new data', async () => {
		store.ingest(report('R1', '2023-09-04', items('a', 5)));
		expect((await readSnapshot(store)).items).toHaveLength(5);
		let duringIt = -1;
		await duringWrite(
			async () => {
				store.ingest(report('R2', '2023-09-11', items('b', 3)));
				duringIt = (await readSnapshot(store)).items.length;
			},
			async () => store
		);
		expect(duringIt).toBe(5);
		const after = readSnapshot(store);
		// Already built when the write was answered: no waiting.
		expect(after).not.toBeInstanceOf(Promise);
		expect((await after).items).toHaveLength(8);
	});

	it('reads a change made elsewhere (another connection) on the next read', async () => {
		store.ingest(report('R1', '2023-09-04', items('a', 2)));
		await readSnapshot(store);
		store.ingest(report('R3', '2023-09-18', items('c', 4)));
		expect((await readSnapshot(store)).items).toHaveLength(6);
	});
});

import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../../../src/lib/server/store';
import { MIGRATIONS } from '../../../../src/lib/server/store/schema';
import { item, report } from './fixtures';

describe('Store', () => {
	let dir: string;
	let store: Store;

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-store-'));
		store = new Store(join(dir, 'nested', 'test.sqlite'));
	});
	afterEach(() => {
		store.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('stores a report and returns its items in report order with their week', () => {
		const result = store.ingest(
			report('r1', '2023-09-04', [item('b'), item('a', { location: null })]),
			'w36.txt'
		);
		expect(result).toMatchObject({ added: true, items: 2, located: 1, unlocated: 1 });
		const items = store.items();
		expect(items.map((i) => i.id)).toEqual(['b', 'a']);
		expect(items[0]).toMatchObject({
			week: '2023-09-04',
			reportId: 'r1',
			sectors: ['新材料'],
			corrected: []
		});
		expect(items[0].location?.city).toBe('南通市');
		expect(items[1].location).toBeNull();
		expect(store.reports()).toHaveLength(1);
		expect(store.reports()[0]).toMatchObject({ id: 'r1', fileName: 'w36.txt', itemCount: 2 });
	});

	it('changes nothing when the same report is ingested twice', () => {
		store.ingest(report('r1', '2023-09-04', [item('a')]));
		const before = store.items();
		const again = store.ingest(report('r1', '2023-09-04', [item('a', { title: 'changed' })]));
		expect(again.added).toBe(false);
		expect(store.items()).toEqual(before);
		expect(store.reports()).toHaveLength(1);
	});

	it('orders items by week across reports', () => {
		store.ingest(report('late', '2023-09-11', [item('x')]));
		store.ingest(report('early', '2023-09-04', [item('y')]));
		expect(store.items().map((i) => i.week)).toEqual(['2023-09-04', '2023-09-11']);
	});

	it('stores nothing of a report whose items cannot all be stored', () => {
		store.ingest(report('r1', '2023-09-04', [item('a')]));
		// Two items with one id violate the primary key half-way through the transaction.
		expect(() => store.ingest(report('r2', '2023-09-11', [item('b'), item('b')]))).toThrow();
		expect(store.reports().map((r) => r.id)).toEqual(['r1']);
		expect(store.items().map((i) => i.id)).toEqual(['a']);
	});

	it('applies manual corrections and keeps them across re-ingest', () => {
		store.ingest(report('r1', '2023-09-04', [item('a', { location: null })]));
		const place = item('z').location;
		store.correct('a', 'location', place, 'checked by hand');
		store.correct('a', 'amountYi', 12.5);
		store.ingest(report('r1', '2023-09-04', [item('a', { location: null })]));
		const [corrected] = store.items();
		expect(corrected.location).toEqual(place);
		expect(corrected.amountYi).toBe(12.5);
		expect(corrected.corrected.sort()).toEqual(['amountYi', 'location']);
		expect(() => store.correct('missing', 'amountYi', 1)).toThrow(/No item/);
	});

	it('refuses corrections that are not valid values', () => {
		store.ingest(report('r1', '2023-09-04', [item('a')]));
		const place = item('z').location!;
		expect(() => store.correct('a', 'location', { ...place, lon: 0, lat: 0 })).toThrow(/Invalid location/);
		expect(() => store.correct('a', 'amountYi', -3)).toThrow(/Invalid amountYi/);
		expect(() => store.correct('a', 'date', '7 September')).toThrow(/Invalid date/);
		expect(() => store.correct('a', 'date', '2023-02-30')).toThrow(/Invalid date/);
		expect(() => store.correct('a', 'section', 'sports')).toThrow(/Invalid section/);
		expect(store.items()[0].corrected).toEqual([]);
	});

	it('reopens an existing database without losing data', () => {
		const path = join(dir, 'reopen.sqlite');
		const first = new Store(path);
		first.ingest(report('r1', '2023-09-04', [item('a')]));
		first.close();
		const second = new Store(path);
		expect(second.items().map((i) => i.id)).toEqual(['a']);
		second.close();
	});

	it('keeps whether an item is a project or an event, and how many projects an event totals', () => {
		store.ingest(
			report('r1', '2023-09-04', [item('p'), item('e', { kind: 'event', projectCount: 382, amountYi: 3966 })])
		);
		expect(store.items().map((i) => [i.id, i.kind, i.projectCount])).toEqual([
			['p', 'project', null],
			['e', 'event', 382]
		]);
	});

	it('opens a database made before items had a kind: its items are projects', () => {
		const path = join(dir, 'old.sqlite');
		const old = new Database(path);
		old.exec(MIGRATIONS[0]!);
		old.pragma('user_version = 1');
		old
			.prepare(
				`INSERT INTO reports VALUES ('r0', '2023-09-04', '2023-W36', 2023, 'dates', NULL, NULL, 1, '2023-09-10T00:00:00Z')`
			)
			.run();
		old
			.prepare(
				`INSERT INTO items (id, report_id, ord, section, title, sectors, body) VALUES ('o', 'r0', 0, 'news', '旧条目', '[]', '正文')`
			)
			.run();
		old.close();
		const reopened = new Store(path);
		expect(reopened.items()[0]).toMatchObject({ id: 'o', kind: 'project', projectCount: null });
		reopened.close();
	});
});

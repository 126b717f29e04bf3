import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RevertError, Store } from '../../../../src/lib/server/store';
import { MIGRATIONS } from '../../../../src/lib/server/store/schema';
import { BAISE, item, report } from './fixtures';

describe('correction history', () => {
	let dir: string;
	let store: Store;

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-history-'));
		store = new Store(join(dir, 'h.sqlite'));
		store.ingest(report('r1', '2023-09-04', [item('a'), item('b', { amountYi: null })]));
	});
	afterEach(() => {
		store.close();
		rmSync(dir, { recursive: true, force: true });
	});

	const amountOf = (id: string) => store.items().find((i) => i.id === id)!.amountYi;

	it('keeps who, when, the value and the one it replaced for every change', () => {
		store.correct('a', 'amountYi', 12, null, '王');
		store.correct('a', 'amountYi', 13, 'second look', '李');
		store.correct('a', 'location', BAISE, null, null);
		const steps = store.history('a');
		expect(steps.map((s) => [s.field, s.value, s.previous, s.author])).toEqual([
			['amountYi', 12, undefined, '王'],
			['amountYi', 13, 12, '李'],
			['location', BAISE, undefined, null]
		]);
		expect(steps[1].note).toBe('second look');
		expect(Date.parse(steps[0].createdAt)).not.toBeNaN();
		// Only the latest step of each field can be undone.
		expect(steps.map((s) => s.revertable)).toEqual([false, true, true]);
		expect(store.history('b')).toEqual([]);
	});

	it('reverts the latest change of a field to the value before it, logged as a new step', () => {
		store.correct('a', 'amountYi', 12, null, '王');
		store.correct('a', 'amountYi', 13, null, '王');
		const [, second] = store.history('a');
		const undo = store.revert(second.id, '赵');
		expect(undo).toMatchObject({
			field: 'amountYi',
			value: 12,
			previous: 13,
			author: '赵',
			revertOf: second.id
		});
		expect(amountOf('a')).toBe(12);
		// A revert is a step like any other: reverting it brings 13 back, and so on.
		store.revert(store.history('a').at(-1)!.id, '赵');
		expect(amountOf('a')).toBe(13);
		store.revert(store.history('a').at(-1)!.id, '赵');
		expect(amountOf('a')).toBe(12);
		expect(store.history('a')).toHaveLength(5);
		expect(store.items()[0].corrected).toEqual(['amountYi']);
	});

	it('gives the parsed value back when the only change is reverted, null values included', () => {
		store.correct('b', 'amountYi', 5);
		store.correct('a', 'amountYi', null);
		expect(amountOf('a')).toBeNull();
		store.revert(store.history('a')[0].id, null);
		store.revert(store.history('b')[0].id, null);
		expect(amountOf('a')).toBe(10);
		expect(amountOf('b')).toBeNull();
		expect(store.items().every((i) => i.corrected.length === 0)).toBe(true);
	});

	it('refuses to revert a change that a later one overwrote, or one that does not exist', () => {
		store.correct('a', 'amountYi', 12);
		store.correct('a', 'amountYi', 13);
		const [first] = store.history('a');
		expect(() => store.revert(first.id)).toThrow(RevertError);
		expect(() => store.revert(first.id)).toThrow(/changed again/);
		expect(() => store.revert(9999)).toThrow(/No correction/);
		expect(amountOf('a')).toBe(13);
	});

	it('logs nothing for a refused value', () => {
		expect(() => store.correct('a', 'amountYi', -1, null, '王')).toThrow(/Invalid amountYi/);
		expect(() => store.correct('zz', 'amountYi', 1)).toThrow(/No item/);
		expect(store.history('a')).toEqual([]);
	});

	it('backfills the history from corrections made before it existed', () => {
		const path = join(dir, 'old.sqlite');
		const old = new Database(path);
		old.exec(MIGRATIONS[0]);
		old.pragma('user_version = 1');
		old.exec(`INSERT INTO reports VALUES ('r', '2023-09-04', 'W', 2023, 'dates', NULL, NULL, 1, '2023-09-10T00:00:00Z');
			INSERT INTO items (id, report_id, ord, section, title, sectors, body) VALUES ('x', 'r', 0, 'news', 't', '[]', 'b');
			INSERT INTO corrections VALUES ('x', 'amountYi', '7', 'by hand', '2023-09-11T00:00:00Z');`);
		old.close();
		const upgraded = new Store(path);
		expect(upgraded.history('x')).toMatchObject([
			{ field: 'amountYi', value: 7, previous: undefined, author: null, note: 'by hand', revertable: true }
		]);
		upgraded.revert(upgraded.history('x')[0].id);
		expect(upgraded.items()[0].amountYi).toBeNull();
		upgraded.close();
	});
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	deleteReport,
	publishReport,
	PublishConflictError,
	reportFile,
	reportsToReplace,
	reportsWithFile,
	Store,
	type PublishInput
} from '../../../../src/lib/server/store';
import { BAISE, item, report } from './fixtures';

const WEEK = '2023-09-04';

function input(overrides: Partial<PublishInput> = {}): PublishInput {
	return {
		report: report('r1', WEEK, [item('a'), item('b')]),
		fileName: 'w36.txt',
		content: new TextEncoder().encode('● 周报原文'),
		corrections: [],
		author: '王',
		replace: [],
		carry: new Map(),
		...overrides
	};
}

describe('publish, replace and delete reports', () => {
	let dir: string;
	let store: Store;

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-reports-'));
		store = new Store(join(dir, 'r.sqlite'));
	});
	afterEach(() => {
		store.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('stores the report, its edits as corrections by the author, and the original file', () => {
		const result = publishReport(
			store,
			input({ corrections: [{ itemId: 'b', field: 'location', value: BAISE }] })
		);
		expect(result).toMatchObject({ reportId: 'r1', week: WEEK, items: 2, corrections: 1, replaced: [] });
		const b = store.items().find((i) => i.id === 'b')!;
		expect(b).toMatchObject({ location: { city: '百色市' }, corrected: ['location'] });
		expect(store.history('b')).toMatchObject([{ author: '王', note: 'review', previous: undefined }]);
		expect(new TextDecoder().decode(reportFile(store, 'r1')!.content)).toBe('● 周报原文');
		expect(reportFile(store, 'r1')!.fileName).toBe('w36.txt');
		expect([...reportsWithFile(store)]).toEqual(['r1']);
	});

	it('stores nothing when one edit is refused', () => {
		const bad = input({
			corrections: [
				{ itemId: 'a', field: 'amountYi', value: 3 },
				{ itemId: 'b', field: 'amountYi', value: -1 }
			]
		});
		expect(() => publishReport(store, bad)).toThrow(/Invalid amountYi/);
		expect(store.reports()).toEqual([]);
		expect(store.items()).toEqual([]);
		expect(reportFile(store, 'r1')).toBeNull();
	});

	it('refuses to replace a week unless the stored reports were agreed to, and stores nothing then', () => {
		publishReport(store, input());
		const next = input({ report: report('r2', WEEK, [item('c')]) });
		expect(reportsToReplace(store, next.report.report)).toEqual(['r1']);
		expect(() => publishReport(store, next)).toThrow(PublishConflictError);
		expect(() => publishReport(store, { ...next, replace: ['r0'] })).toThrow(PublishConflictError);
		expect(store.reports().map((r) => r.id)).toEqual(['r1']);
		// Publishing the same report again counts as replacing it, too.
		expect(() => publishReport(store, input())).toThrow(PublishConflictError);
	});

	it('replaces a week and carries corrections (and their history) to the items they belong to', () => {
		publishReport(store, input({ report: report('other', '2023-09-11', [item('z')]), fileName: 'w37.txt' }));
		publishReport(store, input());
		store.correct('a', 'amountYi', 42, null, '李');
		store.correct('b', 'title', '改过的标题', null, '李');
		const result = publishReport(
			store,
			input({
				report: report('r2', WEEK, [item('a2'), item('c2')]),
				fileName: 'w36-v2.txt',
				replace: ['r1'],
				carry: new Map([['a', 'a2']]),
				corrections: [{ itemId: 'c2', field: 'sectors', value: ['生物医药'] }]
			})
		);
		expect(result).toMatchObject({ reportId: 'r2', carried: 1, corrections: 1, replaced: ['r1'] });
		expect(
			store
				.reports()
				.map((r) => r.id)
				.sort()
		).toEqual(['other', 'r2']);
		const items = store.items();
		expect(items.map((i) => i.id)).toEqual(['a2', 'c2', 'z']);
		expect(items[0]).toMatchObject({ amountYi: 42, corrected: ['amountYi'] });
		expect(store.history('a2')).toMatchObject([{ field: 'amountYi', value: 42, author: '李' }]);
		// b had no counterpart: its correction went with it.
		expect(store.history('b')).toEqual([]);
		expect(reportFile(store, 'r1')).toBeNull();
		expect(reportFile(store, 'r2')!.fileName).toBe('w36-v2.txt');
	});

	it('deletes a report with its items, corrections and file, and nothing else', () => {
		publishReport(store, input());
		publishReport(store, input({ report: report('other', '2023-09-11', [item('z')]) }));
		store.correct('a', 'amountYi', 1);
		store.correct('z', 'amountYi', 2);
		expect(deleteReport(store, 'r1')).toBe(true);
		expect(deleteReport(store, 'r1')).toBe(false);
		expect(store.items().map((i) => [i.id, i.amountYi])).toEqual([['z', 2]]);
		expect(store.history('a')).toEqual([]);
		expect(store.history('z')).toHaveLength(1);
		expect(store.db.prepare('SELECT count(*) AS n FROM corrections').get()).toEqual({ n: 1 });
		expect(reportFile(store, 'r1')).toBeNull();
		expect(reportFile(store, 'other')).not.toBeNull();
	});
});

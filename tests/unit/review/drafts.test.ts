/**
 * The server side of review: a draft stores nothing until it is published; publishing stores the
 * report, the edits as corrections and the file in one step; a replaced week keeps its corrections.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'parkmap-drafts-'));
process.env.PARKMAP_DB = join(dir, 'drafts.sqlite');
const { appStore } = await import('../../../src/lib/server/pipeline');
const review = await import('../../../src/lib/server/review');
const { reportFile } = await import('../../../src/lib/server/store');

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const CHANGED = 'tests/fixtures/reports/seed-changed.txt';
const OTHER = 'tests/fixtures/reports/interleaved-variations.txt';

describe('drafts', () => {
	beforeAll(async () => {
		await appStore(); // stores the seed
	});
	afterAll(async () => {
		(await appStore()).close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('parses in stages and stores nothing', async () => {
		const store = await appStore();
		const before = store.items().length;
		const stages: string[] = [];
		const draft = await review.createDraft(bytesOf(OTHER), 'other.txt', { onStage: (s) => stages.push(s) });
		expect(stages[0]).toBe('reading');
		expect(stages).toEqual(['reading', 'checking', 'ready']);
		expect(stages.at(-1)).toBe('ready');
		expect(draft.items).toHaveLength(6);
		expect(draft.existing).toBeNull();
		expect(store.items()).toHaveLength(before);
		expect(review.discardDraft(draft.draftId)).toBe(true);
		await expect(
			review.publishDraft(draft.draftId, { edits: {}, author: null, replace: [] })
		).rejects.toThrow(/expired/);
		expect(store.items()).toHaveLength(before);
	});

	it('publishes with edits and drops, and refuses an unknown place storing nothing', async () => {
		const store = await appStore();
		const draft = await review.createDraft(bytesOf(OTHER), 'other.txt', {});
		const [first, second, third] = draft.items;
		const bad = { [first.id]: { place: '火星基地' } };
		await expect(
			review.publishDraft(draft.draftId, { edits: bad, author: 'x', replace: [] })
		).rejects.toThrow(/火星基地/);
		expect(store.reports().some((r) => r.week === draft.report.week)).toBe(false);
		const edits = { [first.id]: { place: '百色' }, [second.id]: { amountYi: 3 }, [third.id]: { drop: true } };
		const result = await review.publishDraft(draft.draftId, { edits, author: '王', replace: [] });
		expect(result).toMatchObject({ items: 5, corrections: 2 });
		const items = store.items().filter((i) => i.reportId === result.reportId);
		expect(items.map((i) => i.id)).not.toContain(third.id);
		expect(items.find((i) => i.id === first.id)!.location?.city).toBe('百色市');
		expect(store.history(second.id)).toMatchObject([{ value: 3, author: '王' }]);
		expect(reportFile(store, result.reportId)!.content.equals(Buffer.from(bytesOf(OTHER)))).toBe(true);
	});

	it('shows what replacing a week changes and carries corrections over', async () => {
		const store = await appStore();
		const target = store.items().find((i) => i.title === '上海展华电子（南通）二期项目开工')!;
		await review.correctStored(target.reportId, { [target.id]: { place: '百色', amountYi: 1 } }, '李');
		const draft = await review.createDraft(bytesOf(CHANGED), 'changed.txt', {});
		expect(draft.existing!.reports.map((r) => r.id)).toEqual([target.reportId]);
		const { added, removed, changed } = draft.existing!.diff;
		expect([added.length, removed.length, changed.length]).toEqual([1, 1, 1]);
		// Not agreeing to replace the stored week is refused.
		await expect(
			review.publishDraft(draft.draftId, { edits: {}, author: null, replace: [] })
		).rejects.toThrow(/changed while this review was open/);
		await review.publishDraft(draft.draftId, { edits: {}, author: null, replace: [target.reportId] });
		const moved = store.items().find((i) => i.title === target.title)!;
		expect(moved.id).not.toBe(target.id);
		expect(moved).toMatchObject({ amountYi: 1, location: { city: '百色市' } });
		expect(store.reports().filter((r) => r.week === target.week)).toHaveLength(1);
	});

	it('reviews a stored report again with its corrections and refuses dropping stored items', async () => {
		const store = await appStore();
		const [report] = store.reports();
		const view = (await review.storedReview(report.id))!;
		expect(view.items).toHaveLength(report.itemCount);
		const firstClear = view.items.findIndex((i) => i.flags.length === 0);
		expect(view.items.slice(firstClear).every((i) => i.flags.length === 0)).toBe(true);
		await expect(
			review.correctStored(report.id, { [view.items[0].id]: { drop: true } }, null)
		).rejects.toThrow(/delete the report/);
		expect(await review.storedReview('nope')).toBeNull();
	});
});

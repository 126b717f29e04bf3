import { describe, expect, it } from 'vitest';
import { summarizeReports } from '../../../src/lib/review';
import type { StoredItem, StoredReport } from '../../../src/lib/server/store';
import { item } from '../server/store/fixtures';

const stored = (reportId: string, week: string, overrides = {}): StoredItem => ({
	...item(`${reportId}-${Math.random()}`, overrides),
	reportId,
	week,
	corrected: []
});
const rep = (id: string, week: string): StoredReport => ({
	id,
	week,
	isoWeek: id,
	year: 2023,
	weekSource: 'dates',
	title: null,
	fileName: `${id}.txt`,
	itemCount: 0,
	ingestedAt: '2023-09-10T00:00:00Z'
});

describe('reports page rows', () => {
	it('counts items, located and flagged per report, newest week first', () => {
		const rows = summarizeReports(
			[rep('w36', '2023-09-04'), rep('w37', '2023-09-11')],
			[
				stored('w36', '2023-09-04'),
				stored('w36', '2023-09-04', { location: null }),
				stored('w36', '2023-09-04', { date: '2023-08-01' }),
				stored('w37', '2023-09-11', { date: '2023-09-12' })
			],
			new Set(['w37'])
		);
		expect(rows.map((r) => [r.id, r.items, r.located, r.flagged, r.hasFile])).toEqual([
			['w37', 1, 1, 0, true],
			['w36', 3, 2, 2, false]
		]);
	});
});

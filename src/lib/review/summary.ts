/** The reports page's rows: each stored week with its counts. */
import type { StoredItem, StoredReport } from './types';
import { reviewItem } from './flags';

export interface ReportSummary {
	id: string;
	week: string;
	isoWeek: string;
	fileName: string | null;
	items: number;
	located: number;
	/** Items with a review flag (places checked without the slower disagreement test). */
	flagged: number;
	ingestedAt: string;
	hasFile: boolean;
}

/** One row per report, newest week first, counting items as they are now (corrections applied). */
export function summarizeReports(
	reports: readonly StoredReport[],
	items: readonly StoredItem[],
	withFile: ReadonlySet<string>
): ReportSummary[] {
	const rows = new Map<string, ReportSummary>(
		reports.map((r) => [
			r.id,
			{
				id: r.id,
				week: r.week,
				isoWeek: r.isoWeek,
				fileName: r.fileName,
				items: 0,
				located: 0,
				flagged: 0,
				ingestedAt: r.ingestedAt,
				hasFile: withFile.has(r.id)
			}
		])
	);
	for (const item of items) {
		const row = rows.get(item.reportId);
		if (!row) continue;
		row.items++;
		if (item.location) row.located++;
		if (reviewItem(item, item.week).flags.length > 0) row.flagged++;
	}
	return [...rows.values()].sort(
		(a, b) => b.week.localeCompare(a.week) || b.ingestedAt.localeCompare(a.ingestedAt)
	);
}

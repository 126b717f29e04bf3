/**
 * File names that say what they hold: `parkmap_2023-W36_新材料.png`,
 * `parkmap_2023-W36-2023-W38_招商引资_新材料+生物医药_10-100亿.csv`.
 */
import type { Filters } from '../filters';
import { isIsoDate, isoWeekLabel } from '../report/dates';
import { SECTION_LABELS } from '../i18n';
import type { SnapshotSize } from './options';

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'csv' | 'xlsx' | 'geojson';

export const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf', 'csv', 'xlsx', 'geojson'];

/** Formats drawn from the map: they need it loaded. */
export const SNAPSHOT_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf'];

function weekLabel(monday: string): string {
	return isIsoDate(monday) ? isoWeekLabel(monday) : monday;
}

/**
 * The week range the export covers, as ISO week labels: the filter's range, with open ends closed by
 * the weeks of the data (`weeks`: Mondays of the items). Null when nothing says which weeks.
 */
export function weekRangeLabel(filters: Filters, weeks: readonly string[] = []): string | null {
	const sorted = [...new Set(weeks)].filter((w) => isIsoDate(w)).sort();
	const from = filters.weekFrom ?? sorted[0] ?? null;
	const to = filters.weekTo ?? sorted[sorted.length - 1] ?? null;
	if (from === null && to === null) return null;
	if (from === null || to === null || from === to) return weekLabel((from ?? to) as string);
	return `${weekLabel(from)}–${weekLabel(to)}`;
}

/** Removes what file systems refuse (/ \ : * ? " < > | and control characters) and spaces. */
export function safeNamePart(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '')
			.replace(/\s+/g, '-')
			.replace(/^[.-]+/, '')
			.slice(0, 40)
	);
}

/** How a snapshot's size reads in its file name, so the three PNG sizes never overwrite each other. */
const SIZE_NAMES: Record<SnapshotSize, string> = { screen: 'screen', '1080p': '1920x1080', a4: 'A4' };

/** The file name for an export of the filtered items; snapshots (png, svg) name their size. */
export function exportFileName(
	filters: Filters,
	format: ExportFormat,
	weeks: readonly string[] = [],
	size: SnapshotSize | null = null
): string {
	const parts = ['parkmap'];
	const range = weekRangeLabel(filters, weeks);
	parts.push(range ? range.replace('–', '_') : '全部');
	if (filters.sections.length > 0) parts.push(filters.sections.map((s) => SECTION_LABELS.zh[s]).join('+'));
	if (filters.sectors.length > 0) parts.push(filters.sectors.join('+'));
	if (filters.amountMin !== null || filters.amountMax !== null) {
		parts.push(`${filters.amountMin ?? 0}-${filters.amountMax ?? '∞'}亿`);
	}
	if (filters.query.trim() !== '') parts.push(filters.query.trim());
	if (size !== null && (format === 'png' || format === 'svg')) parts.push(SIZE_NAMES[size]);
	const name = parts.map(safeNamePart).filter(Boolean).join('_');
	return `${name.slice(0, 150)}.${format}`;
}

/** How current the data is: 「2023-W36 周报」 for the latest week held, null when there is none. */
export function dataAsOf(weeks: readonly string[]): string | null {
	const latest = weeks
		.filter((w) => isIsoDate(w))
		.reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
	return latest === null ? null : `${isoWeekLabel(latest)} 周报`;
}

/** How a new report of a week differs from the stored one, and which new item an old one became. */
import { toHalfWidth } from '../report/dates';
import type { Item } from '../report/types';
import type { ReportDiff } from './types';

const titleKey = (title: string): string => toHalfWidth(title).replace(/\s+/g, '').normalize('NFC');

/**
 * Pairs old items with new ones by title (same section first, then any section); each item pairs
 * once. Returns old id → new id.
 */
export function matchItems(before: readonly Item[], after: readonly Item[]): Map<string, string> {
	const pairs = new Map<string, string>();
	const taken = new Set<string>();
	const pass = (key: (i: Item) => string) => {
		const free = new Map<string, Item[]>();
		for (const item of after) {
			if (taken.has(item.id)) continue;
			const list = free.get(key(item)) ?? [];
			list.push(item);
			free.set(key(item), list);
		}
		for (const old of before) {
			if (pairs.has(old.id)) continue;
			const next = free.get(key(old))?.shift();
			if (!next) continue;
			pairs.set(old.id, next.id);
			taken.add(next.id);
		}
	};
	pass((i) => `${i.section}\u0000${titleKey(i.title)}`);
	pass((i) => titleKey(i.title));
	return pairs;
}

const placeKey = (item: Item): string =>
	item.location ? `${item.location.adcode}/${item.location.level}/${item.location.zone ?? ''}` : '';

const COMPARED: [string, (i: Item) => unknown][] = [
	['section', (i) => i.section],
	['title', (i) => i.title],
	['date', (i) => i.date],
	['amountYi', (i) => i.amountYi],
	['sectors', (i) => i.sectors.join('、')],
	['location', placeKey]
];

/** Items added, removed and changed (with the fields that changed) from `before` to `after`. */
export function diffReports(before: readonly Item[], after: readonly Item[]): ReportDiff {
	const pairs = matchItems(before, after);
	const byId = new Map(after.map((i) => [i.id, i]));
	const paired = new Set(pairs.values());
	const diff: ReportDiff = { added: [], removed: [], changed: [], unchanged: 0 };
	for (const old of before) {
		const next = byId.get(pairs.get(old.id) ?? '');
		if (!next) {
			diff.removed.push({ id: old.id, title: old.title });
			continue;
		}
		const fields = COMPARED.filter(([, get]) => get(old) !== get(next)).map(([name]) => name);
		if (fields.length > 0) diff.changed.push({ id: next.id, title: next.title, fields });
		else diff.unchanged++;
	}
	for (const item of after) if (!paired.has(item.id)) diff.added.push({ id: item.id, title: item.title });
	return diff;
}

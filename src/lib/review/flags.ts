/**
 * What makes an item need a look: no place, a place known only to the province, places that
 * disagree, an amount with a flag, a date outside the report's week.
 */
import { itemAmount } from '../report/amount';
import { mondayOf } from '../report/dates';
import type { Location } from '../gazetteer/types';
import type { Item } from '../report/types';
import type { ReviewFlag, ReviewItem } from './types';

/** Builds the review view of one item. `conflict`: the gazetteer found places that disagree. */
export function reviewItem(item: Item, week: string, conflict = false): ReviewItem {
	const amount = itemAmount(item);
	const flags: ReviewFlag[] = [];
	if (!item.location) flags.push('no_place');
	else if (item.location.level === 'province') flags.push('province_only');
	if (conflict) flags.push('conflicting_places');
	if (amount?.qualifier) flags.push('amount_qualified');
	if (amount && amount.currency !== 'CNY') flags.push('amount_foreign');
	if (amount?.parts && amount.parts.length > 1) flags.push('amount_total');
	if (item.date && mondayOf(item.date) !== week) flags.push('date_outside_week');
	return {
		...item,
		flags,
		placeWords: placeWords(item),
		amountQualifier: amount?.qualifier ?? null,
		amountCurrency: amount && amount.currency !== 'CNY' ? amount.currency : null
	};
}

/** Items that need a look first, report order otherwise. */
export function reviewOrder<T extends { flags: readonly unknown[] }>(items: readonly T[]): T[] {
	return items
		.map((item, index) => ({ item, index }))
		.sort(
			(a, b) => Number(a.item.flags.length === 0) - Number(b.item.flags.length === 0) || a.index - b.index
		)
		.map((x) => x.item);
}

/**
 * The words of the item that name its place: for the finest name of the location first, the
 * longest start of it (two characters at least) found in the item's text. 南通高新技术产业开发区
 * is found from "南通高新区" as "南通高新".
 */
export function placeWords(item: Item): string | null {
	const loc = item.location;
	if (!loc) return null;
	const text = [item.title, item.caption ?? '', item.body].join('\n');
	for (const name of [loc.zone, loc.county, loc.city, loc.province]) {
		if (!name) continue;
		for (let n = name.length; n >= 2; n--) {
			if (text.includes(name.slice(0, n))) return name.slice(0, n);
		}
	}
	return null;
}

/** Two places found for one item disagree: other provinces, or other cities of one province. */
export function placesDisagree(a: Location | null, b: Location | null): boolean {
	if (!a || !b) return false;
	if (a.province !== b.province) return true;
	return a.city !== null && b.city !== null && a.city !== b.city;
}

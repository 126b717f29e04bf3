/**
 * What the review screen adds to each item: its flags (no place, places that disagree, …), the
 * words that name its place and its amount's qualifier and currency. Finding places that disagree
 * runs the gazetteer twice per item, a second or more for thousands of items, so for an upload
 * it runs in the parse worker (./worker) and only these marks come back. Node only.
 */
import { loadGazetteer, type Gazetteer } from './gazetteer';
import type { Item } from '../report/types';
import { placesDisagree, reviewItem, reviewOrder, type ReviewItem } from '../review';

/** The review's additions to one item. */
export type ReviewMarks = Omit<ReviewItem, keyof Item>;

/** The gazetteer found places in the headline and in the text that disagree. */
function conflicting(gazetteer: Gazetteer, item: Item): boolean {
	const fromTitle = gazetteer.locate(item.title);
	const fromText = gazetteer.locateItem({
		title: '',
		caption: item.caption,
		body: item.body,
		source: item.source
	});
	return placesDisagree(fromTitle, fromText);
}

/** The marks of each item, in the items' order. */
export function reviewMarks(
	items: readonly Item[],
	week: string,
	gazetteer = loadGazetteer()
): ReviewMarks[] {
	return items.map((item) => {
		const { flags, placeWords, amountQualifier, amountCurrency } = reviewItem(
			item,
			week,
			conflicting(gazetteer, item)
		);
		return { flags, placeWords, amountQualifier, amountCurrency };
	});
}

/** Review views of items with their marks, items that need a look first. */
export function withMarks<T extends Item>(
	items: readonly T[],
	marks: readonly ReviewMarks[]
): (T & ReviewMarks)[] {
	return reviewOrder(items.map((item, i) => ({ ...item, ...marks[i]! })));
}

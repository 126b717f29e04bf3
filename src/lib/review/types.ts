import type { Location } from '../gazetteer/types';
import type { Item, ReportMeta, Section } from '../report/types';

/** Why an item needs a look before it is published. */
export type ReviewFlag =
	| 'no_place'
	| 'province_only'
	| 'conflicting_places'
	| 'amount_qualified'
	| 'amount_foreign'
	| 'amount_total'
	| 'date_outside_week';

/** An item as the review screen shows it. */
export interface ReviewItem extends Item {
	flags: ReviewFlag[];
	/** The words of the item the place was found from, or null. */
	placeWords: string | null;
	/** 约, 超 … as stated with the amount, or null. */
	amountQualifier: string | null;
	/** The amount's currency when it is not CNY (kept, not converted), else null. */
	amountCurrency: string | null;
	/** Fields already corrected by hand (a stored report reviewed again). */
	corrected?: string[];
}

/** What a person changed on one item in review. Absent fields are unchanged. */
export interface ItemEdit {
	/** A place name (南通高新区) found with the gazetteer; null: no place. */
	place?: string | null;
	amountYi?: number | null;
	sectors?: string[];
	section?: Section;
	date?: string | null;
	title?: string;
	/** Leave the item out of the published report. */
	drop?: boolean;
}

/** How a new report differs from the stored report of its week. */
export interface ReportDiff {
	added: { id: string; title: string }[];
	removed: { id: string; title: string }[];
	changed: { id: string; title: string; fields: string[] }[];
	unchanged: number;
}

/** A stored report of the same week that publishing would replace. */
export interface ReplacedReport {
	id: string;
	fileName: string | null;
	itemCount: number;
	ingestedAt: string;
}

/** A parsed report awaiting review: nothing of it is stored. */
export interface DraftView {
	draftId: string;
	fileName: string;
	report: ReportMeta;
	items: ReviewItem[];
	/** The stored reports of this week and how the new one differs; null when the week is new. */
	existing: { reports: ReplacedReport[]; diff: ReportDiff } | null;
}

export type { Location };

import type { Location } from '../gazetteer/types';
import type { Item, ReportMeta, Section, WeekItem } from '../report/types';
import type { CorrectionField } from './corrections';

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

// The shapes of stored rows as the pages receive them; the store (src/lib/server/store) writes them.

/** An item as stored: with its report's id and the fields corrected by hand. */
export interface StoredItem extends WeekItem {
	reportId: string;
	/** Fields a person corrected by hand; their values are already applied. */
	corrected: string[];
}

export interface StoredReport {
	id: string;
	week: string;
	isoWeek: string;
	year: number;
	weekSource: string;
	title: string | null;
	fileName: string | null;
	itemCount: number;
	ingestedAt: string;
}

/** One change to one field of one item. */
export interface CorrectionStep {
	id: number;
	itemId: string;
	field: CorrectionField;
	/** The value this step set; undefined when it gave the parsed value back. */
	value: unknown;
	/** The value in force before; undefined when that was the parsed value. */
	previous: unknown;
	author: string | null;
	note: string | null;
	createdAt: string;
	/** The step this one undid, or null. */
	revertOf: number | null;
	/** True for the latest step of its field: the only one that can be reverted. */
	revertable: boolean;
}

/** What publishing a reviewed report stored. */
export interface PublishResult {
	reportId: string;
	week: string;
	items: number;
	located: number;
	corrections: number;
	carried: number;
	replaced: string[];
}

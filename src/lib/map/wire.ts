/**
 * The map data endpoint's body (GET /api/map-data), shared by the server that writes it and the
 * page that reads it. Row-oriented: the field names once, then one array per item in that order,
 * so field names are not repeated per item (with gzip or brotli on top). Places are listed once
 * in `places` and rows hold their index: items share a few hundred places, and writing each in
 * full made the body (and the page's JSON parsing) several times larger.
 *
 *   {
 *     "version": "12.0",            // changes whenever the stored data changes (also the ETag)
 *     "weekFrom": null, "weekTo": null,   // the range asked for (YYYY-MM-DD Mondays) or null
 *     "count": 6533,
 *     "fields": ["id", "week", "section", "title", "date", "amountYi", "amountText",
 *                "sectors", "source", "location", "caption", "body", "kind", "projectCount"],
 *     "rows": [["8f…", "2023-09-04", "investment", "…", "2023-09-01", 107, "107亿元",
 *               ["新材料"], "广西日报", 0, null, "…", "project", null], …],
 *     "places": [{ "province": "广西壮族自治区", "city": "百色市", … }, …],   // rows' location: an index
 *     "labelPoints": { "451000": [106.6, 23.9], … }   // city label points of the cities present
 *   }
 *
 * Pure: no DOM, no node.
 */
import { WEEK_ITEM_FIELDS, type WeekItem } from '../report/types';

export const WIRE_FIELDS = WEEK_ITEM_FIELDS;

export interface MapData {
	version: string;
	weekFrom: string | null;
	weekTo: string | null;
	count: number;
	fields: readonly string[];
	rows: unknown[][];
	/** The locations the rows' `location` indexes; absent from older servers, whose rows hold them. */
	places?: unknown[];
	labelPoints: Record<string, [number, number]>;
}

const LOCATION = WIRE_FIELDS.indexOf('location');

/**
 * Writes items as rows, collecting the places they index (equal places, by content, once). One
 * writer serves a body written a piece at a time: call `rows` for each piece, then send `places`.
 */
export function mapRowWriter() {
	const places: unknown[] = [];
	const placeIndex = new Map<string, number>();
	const placeOf = (location: unknown): number => {
		const key = JSON.stringify(location);
		let k = placeIndex.get(key);
		if (k === undefined) placeIndex.set(key, (k = places.push(location) - 1));
		return k;
	};
	return {
		places,
		rows: (items: readonly WeekItem[]): unknown[][] =>
			items.map((item) => {
				const row: unknown[] = WIRE_FIELDS.map((field) => item[field] ?? null);
				if (item.location) row[LOCATION] = placeOf(item.location);
				return row;
			})
	};
}

/** The rows and the places they index, in one piece. */
export function encodeMapItems(items: readonly WeekItem[]): Pick<MapData, 'fields' | 'rows' | 'places'> {
	const writer = mapRowWriter();
	const rows = writer.rows(items);
	return { fields: WIRE_FIELDS, rows, places: writer.places };
}

/**
 * Rebuilds the items (without the review's amountFlags, which are not sent); fields are looked up
 * by name, so a server with more fields still reads.
 */
export function decodeMapItems(data: Pick<MapData, 'fields' | 'rows' | 'places'>): WeekItem[] {
	const at = WIRE_FIELDS.map((field) => data.fields.indexOf(field));
	const missing = WIRE_FIELDS.filter((_, i) => at[i] < 0);
	if (missing.length > 0) throw new Error(`The map data lacks the fields ${missing.join(', ')}.`);
	return data.rows.map((row) => {
		const item: Record<string, unknown> = {};
		WIRE_FIELDS.forEach((field, i) => (item[field] = row[at[i]]));
		// Items of one place share its object: the page reads places, never changes them.
		if (data.places && typeof item.location === 'number') item.location = data.places[item.location] ?? null;
		return item as unknown as WeekItem;
	});
}

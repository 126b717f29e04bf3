/**
 * The map data endpoint's body (GET /api/map-data), shared by the server that writes it and the
 * page that reads it. Row-oriented: the field names once, then one array per item in that order,
 * so field names are not repeated per item (with gzip or brotli on top).
 *
 *   {
 *     "version": "12.0",            // changes whenever the stored data changes (also the ETag)
 *     "weekFrom": null, "weekTo": null,   // the range asked for (YYYY-MM-DD Mondays) or null
 *     "count": 6533,
 *     "fields": ["id", "week", "section", "title", "date", "amountYi", "amountText",
 *                "sectors", "source", "location", "caption", "body", "kind", "projectCount"],
 *     "rows": [["8f…", "2023-09-04", "investment", "…", "2023-09-01", 107, "107亿元",
 *               ["新材料"], "广西日报", { "province": "广西壮族自治区", … } , null, "…", "project", null], …],
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
	labelPoints: Record<string, [number, number]>;
}

export function encodeMapItems(items: readonly WeekItem[]): unknown[][] {
	return items.map((item) => WIRE_FIELDS.map((field) => item[field] ?? null));
}

/**
 * Rebuilds the items (without the review's amountFlags, which are not sent); fields are looked up
 * by name, so a server with more fields still reads.
 */
export function decodeMapItems(data: Pick<MapData, 'fields' | 'rows'>): WeekItem[] {
	const at = WIRE_FIELDS.map((field) => data.fields.indexOf(field));
	const missing = WIRE_FIELDS.filter((_, i) => at[i] < 0);
	if (missing.length > 0) throw new Error(`The map data lacks the fields ${missing.join(', ')}.`);
	return data.rows.map((row) => {
		const item: Record<string, unknown> = {};
		WIRE_FIELDS.forEach((field, i) => (item[field] = row[at[i]]));
		return item as unknown as WeekItem;
	});
}

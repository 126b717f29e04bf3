/**
 * A database of N synthetic projects for the load benchmark and the HTML-size test: reports of
 * one week each, item bodies of realistic length. Node only.
 */
import { allCityPoints } from '../src/lib/map/labels.server';
import { syntheticItems } from '../src/lib/map/synthetic';
import type { Item, Report } from '../src/lib/report/types';
import { Store } from '../src/lib/server/store';

/** About the length of a real item's body (a few hundred characters). */
const FILLER =
	'项目总投资约百亿元，主要建设研发中心、生产厂房及配套设施，建成后预计年产值超过两百亿元，带动就业三千余人。'.repeat(
		6
	);

export function fillStore(path: string, n: number): number {
	const store = new Store(path);
	try {
		const byWeek = new Map<string, Item[]>();
		for (const item of syntheticItems(n, allCityPoints(), 52)) {
			const { week, ...rest } = item;
			const list = byWeek.get(week) ?? [];
			list.push({
				...rest,
				amountText: item.amountYi === null ? null : `${item.amountYi}亿元`,
				body: `${item.body}：${FILLER}`
			} as Item);
			byWeek.set(week, list);
		}
		for (const [week, items] of byWeek) {
			const report: Report = {
				report: {
					id: `SYNTHETIC-${n}-${week}`,
					week,
					isoWeek: week,
					year: Number(week.slice(0, 4)),
					weekSource: 'header',
					title: `SYNTHETIC ${week}`,
					itemCount: items.length
				},
				items
			};
			store.ingest(report, `synthetic-${week}.txt`);
		}
		return store.items().length;
	} finally {
		store.close();
	}
}

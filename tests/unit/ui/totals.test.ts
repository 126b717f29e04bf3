import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/lib/filters';
import { formatTotalYi } from '../../../src/lib/i18n';
import { cityKey } from '../../../src/lib/map/grouping';
import { itemColumns, summarise } from '../../../src/lib/map/summary';
import type { WeekItem } from '../../../src/lib/report/types';
import {
	eventIndices,
	knownAmounts,
	minusEvents,
	tallyEvents,
	weeksWithoutEvents
} from '../../../src/lib/ui/totals';
import { sampleItems } from '../map/sample';

/** The sample with its first located item turned into an event of 8 projects. */
function withEvent(): { items: WeekItem[]; event: WeekItem } {
	const items = sampleItems();
	const k = items.findIndex((i) => i.location !== null && i.amountYi !== null);
	items[k] = { ...items[k], kind: 'event', projectCount: 8 };
	return { items, event: items[k] };
}

describe('events apart', () => {
	it('tallies only the shown events, by sector, province and city as the summary books them', () => {
		const { items, event } = withEvent();
		const columns = itemColumns(items);
		const summary = summarise(columns, NO_FILTERS);
		const tally = tallyEvents(items, eventIndices(items), summary.shown);
		expect(tally.count).toBe(1);
		expect(tally.known).toBe(1);
		expect(tally.amountYi).toBe(event.amountYi);
		expect(tally.bySector.get(event.sectors[0])).toBe(event.amountYi);
		expect(tally.byProvince.get(event.location!.province)).toBe(event.amountYi);
		// Taken out of the summary, the event's sector total drops by exactly its amount.
		const rest = minusEvents(summary.bySector, tally.bySector);
		const before = summary.bySector.get(event.sectors[0])!;
		expect(rest.get(event.sectors[0]) ?? 0).toBeCloseTo(before - event.amountYi!, 9);
		// Filtered out, the event is not tallied.
		const other = summarise(columns, { ...NO_FILTERS, query: 'no such text anywhere' });
		expect(tallyEvents(items, eventIndices(items), other.shown).count).toBe(0);
	});

	it('takes the events out of the week chart under every filter but the weeks', () => {
		const { items, event } = withEvent();
		const filters = { ...NO_FILTERS, weekFrom: '1999-01-04', weekTo: '1999-01-04' };
		const summary = summarise(itemColumns(items), filters);
		const weeks = weeksWithoutEvents(summary.weeks, items, eventIndices(items), filters);
		const before = summary.weeks.get(event.week)!;
		const after = weeks.get(event.week);
		expect(after?.count ?? 0).toBe(before.count - 1);
		expect(after?.totalYi ?? 0).toBeCloseTo(before.totalYi - event.amountYi!, 9);
		// A search the event does not match leaves the chart as it is.
		const other = { ...filters, query: '不会出现的词' };
		const s2 = summarise(itemColumns(items), other);
		expect(weeksWithoutEvents(s2.weeks, items, eventIndices(items), other)).toEqual(s2.weeks);
	});

	it('finds no events among items without a kind', () => {
		expect(eventIndices(sampleItems())).toEqual([]);
	});
});

describe('honest totals', () => {
	it('a total of items that all lack an amount reads 金额未知, not 0 亿元', () => {
		const items = sampleItems().map((i) => ({ ...i, amountYi: null }));
		const columns = itemColumns(items);
		const summary = summarise(columns, NO_FILTERS);
		const known = knownAmounts(columns, summary.shown);
		expect(known.count).toBe(0);
		expect(formatTotalYi(summary.totalYi, known.count, 'zh')).toBe('金额未知');
		expect(formatTotalYi(summary.totalYi, known.count, 'en')).toBe('amount unknown');
		for (const n of known.byCity) expect(n).toBe(0);
	});

	it('counts the known amounts per city among the shown items', () => {
		const items = sampleItems();
		const columns = itemColumns(items);
		const summary = summarise(columns, NO_FILTERS);
		const known = knownAmounts(columns, summary.shown);
		expect(known.count).toBe(items.filter((i) => i.amountYi !== null).length);
		expect([...known.byCity].reduce((a, b) => a + b, 0)).toBe(
			items.filter((i) => i.amountYi !== null && i.location !== null).length
		);
		expect(formatTotalYi(12.5, 1, 'zh')).toBe('12.5 亿元');
	});

	it('tells, per city, how many shown events state an amount, so a city of projects without one reads 金额未知', () => {
		const items = sampleItems();
		const city = items.find((i) => i.location && i.amountYi === null)!;
		const withEvent = [
			...items,
			{ ...city, id: 'ev1', kind: 'event' as const, amountYi: 40, projectCount: 3 },
			{ ...city, id: 'ev2', kind: 'event' as const, amountYi: null, projectCount: null }
		];
		const events = eventIndices(withEvent);
		const tally = tallyEvents(withEvent, events, new Uint8Array(withEvent.length).fill(1));
		const key = cityKey(city.location!);
		expect(tally.byCity.get(key)).toEqual({ count: 2, totalYi: 40, known: 1 });
	});
});

/**
 * The filters shared by the page, its URL, the exports and the command line.
 * Pure: no DOM, no MapLibre; the map turns the same Filters into expressions.
 *
 * Must not import src/lib/server/, cli/, ui/, map/, export/ or review/, nor Node built-ins.
 */
import { isIsoDate } from '../report/dates';
import { SECTIONS, type Section } from '../report/types';

export interface Filters {
	/** First and last week shown (Mondays, YYYY-MM-DD, inclusive); null leaves that end open. */
	weekFrom: string | null;
	weekTo: string | null;
	/** Sector names; empty means every sector. An item matches when it has any of them. */
	sectors: string[];
	/** Sections; empty means every section. */
	sections: Section[];
	/** Investment bounds in 亿元, inclusive. Items without an amount show only while both are null. */
	amountMin: number | null;
	amountMax: number | null;
	/** Free text, matched case-insensitively against title, caption, body, source and place names. */
	query: string;
	/**
	 * Whether events (fairs, signing ceremonies that report several projects at once) count in the
	 * project totals. Either way they stay listed, apart from the projects: only totals change.
	 */
	events: EventsMode;
}

export type EventsMode = 'exclude' | 'include';

export const NO_FILTERS: Filters = Object.freeze({
	weekFrom: null,
	weekTo: null,
	sectors: [],
	sections: [],
	amountMin: null,
	amountMax: null,
	query: '',
	events: 'exclude'
}) as Filters;

export { SECTIONS };

/** The fields of an item that filtering reads. */
export interface FilterableItem {
	week: string;
	section: Section;
	sectors: string[];
	amountYi: number | null;
	title: string;
	caption: string | null;
	body: string;
	source: string | null;
	location: { province: string; city: string | null; county: string | null; zone: string | null } | null;
	/** Items without a kind (stored before events were told apart) are projects. */
	kind?: 'project' | 'event';
}

/** Whether an item is an event; any item type will do (those without a kind are projects). */
export function isEvent(item: object): boolean {
	return (item as { kind?: unknown }).kind === 'event';
}

/** Whether an item that passes the filters adds to the project count and total. */
export function countsAsProject(item: object, filters: Filters): boolean {
	return !isEvent(item) || filters.events === 'include';
}

export function searchText(item: FilterableItem): string {
	// Plain concatenation: this runs for every item of large maps, and arrays + join cost twice as much.
	const loc = item.location;
	let place = '';
	if (loc) {
		for (const part of [loc.province, loc.city, loc.county, loc.zone])
			if (part) place = place === '' ? part : place + ' ' + part;
	}
	const text =
		item.title + '\n' + (item.caption ?? '') + '\n' + item.body + '\n' + (item.source ?? '') + '\n' + place;
	return text.toLowerCase();
}

export function matchesFilters(item: FilterableItem, filters: Filters): boolean {
	if (filters.weekFrom !== null && item.week < filters.weekFrom) return false;
	if (filters.weekTo !== null && item.week > filters.weekTo) return false;
	if (filters.sections.length > 0 && !filters.sections.includes(item.section)) return false;
	if (filters.sectors.length > 0 && !item.sectors.some((s) => filters.sectors.includes(s))) return false;
	if (filters.amountMin !== null || filters.amountMax !== null) {
		if (item.amountYi === null) return false;
		if (filters.amountMin !== null && item.amountYi < filters.amountMin) return false;
		if (filters.amountMax !== null && item.amountYi > filters.amountMax) return false;
	}
	const query = filters.query.trim().toLowerCase();
	if (query !== '' && !searchText(item).includes(query)) return false;
	return true;
}

export function applyFilters<T extends FilterableItem>(items: readonly T[], filters: Filters): T[] {
	return items.filter((item) => matchesFilters(item, filters));
}

function numberOrNull(value: string | null): number | null {
	if (value === null || value.trim() === '') return null;
	const n = Number(value);
	return Number.isFinite(n) ? n : null;
}

function list(value: string | null): string[] {
	return value
		? value
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean)
		: [];
}

/**
 * Reads filters from URL parameters: `week=2023-09-04` or `week=2023-09-04..2023-09-18`
 * (either end may be empty), `sector=新材料,生物医药`, `section=investment,news`, `min`, `max`, `q`.
 * Unreadable values are ignored rather than failing the page.
 */
export function filtersFromParams(params: URLSearchParams): Filters {
	const [from = '', to = from] = (params.get('week') ?? '').split('..');
	return {
		weekFrom: isIsoDate(from) ? from : null,
		weekTo: isIsoDate(to) ? to : null,
		sectors: list(params.get('sector')),
		sections: list(params.get('section')).filter((s): s is Section =>
			(SECTIONS as readonly string[]).includes(s)
		),
		amountMin: numberOrNull(params.get('min')),
		amountMax: numberOrNull(params.get('max')),
		query: params.get('q') ?? '',
		events: params.get('events') === 'include' ? 'include' : 'exclude'
	};
}

/** Writes filters into URL parameters, leaving out what is not set; the inverse of filtersFromParams. */
export function filtersToParams(
	filters: Filters,
	params: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	for (const key of ['week', 'sector', 'section', 'min', 'max', 'q', 'events']) params.delete(key);
	if (filters.weekFrom !== null || filters.weekTo !== null) {
		const from = filters.weekFrom ?? '';
		const to = filters.weekTo ?? '';
		params.set('week', from === to ? from : `${from}..${to}`);
	}
	if (filters.sectors.length > 0) params.set('sector', filters.sectors.join(','));
	if (filters.sections.length > 0) params.set('section', filters.sections.join(','));
	if (filters.amountMin !== null) params.set('min', String(filters.amountMin));
	if (filters.amountMax !== null) params.set('max', String(filters.amountMax));
	if (filters.query.trim() !== '') params.set('q', filters.query);
	if (filters.events === 'include') params.set('events', 'include');
	return params;
}

/** The words describeFilters writes around the values, per language. */
const FILTER_WORDS = {
	zh: { week: '周', yi: '亿元', list: '、', events: '含活动' },
	en: { week: 'week', yi: '亿元', list: ', ', events: 'events included' }
} as const;

/**
 * A short human description of the active filters, one part per fact, for export legends and
 * titles. The week is a fact of its own: callers that show the week range elsewhere leave it out
 * with `withWeek: false`, so it is not said twice.
 */
export function describeFilters(
	filters: Filters,
	sectionLabels: Record<Section, string>,
	options: { lang?: 'zh' | 'en'; withWeek?: boolean } = {}
): string[] {
	const words = FILTER_WORDS[options.lang ?? 'zh'];
	const parts: string[] = [];
	if ((options.withWeek ?? true) && (filters.weekFrom !== null || filters.weekTo !== null)) {
		parts.push(
			filters.weekFrom === filters.weekTo
				? `${words.week} ${filters.weekFrom}`
				: `${words.week} ${filters.weekFrom ?? '…'} – ${filters.weekTo ?? '…'}`
		);
	}
	if (filters.sections.length > 0) parts.push(filters.sections.map((s) => sectionLabels[s]).join(words.list));
	if (filters.sectors.length > 0) parts.push(filters.sectors.join(words.list));
	if (filters.amountMin !== null || filters.amountMax !== null) {
		parts.push(`${filters.amountMin ?? 0}–${filters.amountMax ?? '∞'} ${words.yi}`);
	}
	if (filters.query.trim() !== '') parts.push(`“${filters.query.trim()}”`);
	if (filters.events === 'include') parts.push(words.events);
	return parts;
}

/**
 * Filters as MapLibre expressions. A dense map's circle layer (what its exports draw) carries one
 * filter expression, built once, that reads the active filters from the map's global state (key
 * FILTER_STATE): the filters are one global-state value, no setData, no new layers.
 * `filterState` and `projectFilter` together must agree with `matchesFilters` from $lib/filters;
 * the unit tests check this with MapLibre's own expression evaluator.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Filters } from '../filters';
import { filterColours } from './palette';

/** The global-state key that holds the active filters. */
export const FILTER_STATE = 'filters';

/** The filters in the shape the expression reads. Plain JSON, so MapLibre can hand it to its workers. */
export interface FilterState {
	/** First week, '' for open. */
	weekFrom: string;
	/** Last week, WEEK_MAX for open. */
	weekTo: string;
	sectorsOn: boolean;
	sectors: string[];
	sectionsOn: boolean;
	sections: string[];
	amountOn: boolean;
	amountMin: number;
	amountMax: number;
	/** Trimmed, lower-case search text; '' for none. */
	query: string;
	/** The chosen sectors' colours (filterColours in palette.ts); {} without a sector filter. */
	colours: Record<string, string>;
}

/** Sorts after every YYYY-MM-DD. */
export const WEEK_MAX = '9999-99-99';

export function filterState(filters: Filters): FilterState {
	return {
		weekFrom: filters.weekFrom ?? '',
		weekTo: filters.weekTo ?? WEEK_MAX,
		sectorsOn: filters.sectors.length > 0,
		sectors: [...filters.sectors],
		sectionsOn: filters.sections.length > 0,
		sections: [...filters.sections],
		amountOn: filters.amountMin !== null || filters.amountMax !== null,
		amountMin: filters.amountMin ?? -Number.MAX_VALUE,
		amountMax: filters.amountMax ?? Number.MAX_VALUE,
		query: filters.query.trim().toLowerCase(),
		colours: filterColours(filters.sectors)
	};
}

const state = (key: keyof FilterState): ExpressionSpecification =>
	[
		'get',
		key,
		['global-state', FILTER_STATE] as unknown as ExpressionSpecification
	] as ExpressionSpecification;

/**
 * The filter of the project layers. Features carry (see geojson.ts) `w` week, `sec` section,
 * `s0`…`s{n-1}` sectors, `a` amount (absent when unknown) and `q` search text.
 * @param maxSectors the most sectors any one feature has (the expression checks that many).
 */
export function projectFilter(maxSectors: number): ExpressionSpecification {
	const sectorTests: ExpressionSpecification[] = [];
	for (let i = 0; i < Math.max(1, maxSectors); i++) {
		sectorTests.push(['in', ['to-string', ['coalesce', ['get', `s${i}`], '']], state('sectors')]);
	}
	return [
		'all',
		['>=', ['to-string', ['get', 'w']], ['to-string', state('weekFrom')]],
		['<=', ['to-string', ['get', 'w']], ['to-string', state('weekTo')]],
		[
			'any',
			['!', ['to-boolean', state('sectionsOn')]],
			['in', ['to-string', ['get', 'sec']], state('sections')]
		],
		['any', ['!', ['to-boolean', state('sectorsOn')]], ['any', ...sectorTests]],
		[
			'any',
			['!', ['to-boolean', state('amountOn')]],
			[
				'all',
				['has', 'a'],
				['>=', ['to-number', ['get', 'a']], ['to-number', state('amountMin')]],
				['<=', ['to-number', ['get', 'a']], ['to-number', state('amountMax')]]
			]
		],
		[
			'any',
			['==', ['to-string', state('query')], ''],
			['in', ['to-string', state('query')], ['to-string', ['get', 'q']]]
		]
	] as ExpressionSpecification;
}

/**
 * A global-state key that holds the filter's sector colours alone (FilterState.colours), for
 * maps that are not dense: their layers have no filter expression, and a key of its own means
 * only a change of the chosen sectors re-colours (re-tiles) the projects. A dense map's circle
 * layer reads them from FILTER_STATE, which its exports set with the rest of the filters.
 */
export const COLOUR_STATE = 'sectorColours';

/**
 * The project fill: the filter colour of the first of a feature's sectors the filter chose,
 * else its own colour `c` (its first sector's family). Agrees with projectColour in palette.ts.
 * @param dense read the colours from FILTER_STATE (dense maps) rather than COLOUR_STATE.
 */
export function projectColourExpression(maxSectors: number, dense = false): ExpressionSpecification {
	const colours = (dense
		? ['get', 'colours', ['global-state', FILTER_STATE]]
		: ['global-state', COLOUR_STATE]) as unknown as ExpressionSpecification;
	const lookups: ExpressionSpecification[] = [];
	for (let i = 0; i < Math.max(1, maxSectors); i++)
		lookups.push(['get', ['to-string', ['coalesce', ['get', `s${i}`], '']], colours]);
	return ['to-color', ['coalesce', ...lookups, ['get', 'c']]] as ExpressionSpecification;
}

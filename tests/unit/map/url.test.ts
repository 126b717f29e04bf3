import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/lib/filters';
import {
	stateFromParams,
	stateToParams,
	viewFromParam,
	viewToParam,
	type PageState
} from '../../../src/lib/map/url';

describe('page URL state', () => {
	const state: PageState = {
		filters: {
			...NO_FILTERS,
			weekFrom: '2023-09-04',
			weekTo: '2023-09-18',
			sectors: ['新材料', '生物医药'],
			sections: ['investment'],
			amountMin: 10,
			amountMax: 200,
			query: '锂电'
		},
		city: '320600',
		view: { lon: 120.8912, lat: 31.9801, zoom: 6.5 },
		lang: 'en',
		mode: 'regions',
		metric: 'count'
	};

	it('round-trips filters, city, view, language and the region view with its metric', () => {
		expect(stateFromParams(stateToParams(state))).toEqual(state);
		expect(stateToParams(state).get('layer')).toBe('regions');
		expect(stateToParams(state).get('metric')).toBe('count');
		expect(stateToParams({ ...state, metric: 'amount' }).has('metric')).toBe(false);
		expect(stateFromParams(new URLSearchParams('metric=bogus')).metric).toBe('amount');
		const points: PageState = { ...state, mode: 'points' };
		expect(stateToParams(points).has('layer')).toBe(false);
		expect(stateFromParams(stateToParams(points))).toEqual(points);
	});

	it('round-trips the default state to an empty query', () => {
		const empty: PageState = {
			filters: { ...NO_FILTERS },
			city: null,
			view: null,
			lang: 'zh',
			mode: 'points',
			metric: 'amount'
		};
		expect(stateToParams(empty).toString()).toBe('');
		expect(stateFromParams(new URLSearchParams())).toEqual(empty);
	});

	it('keeps unknown parameters', () => {
		const out = stateToParams(state, new URLSearchParams('debug=map&city=110000'));
		expect(out.get('debug')).toBe('map');
		expect(out.get('city')).toBe('320600');
	});

	it('ignores unreadable city and view values', () => {
		const s = stateFromParams(new URLSearchParams('city=abc&view=1,2&layer=pie'));
		expect(s.city).toBeNull();
		expect(s.mode).toBe('points');
		expect(s.view).toBeNull();
		expect(viewFromParam('200,10,3')).toBeNull();
		expect(viewFromParam('100,10,23')).toBeNull();
	});

	it('writes views with fixed precision', () => {
		expect(viewToParam({ lon: 104.123456, lat: 35.5, zoom: 3.456 })).toBe('104.1235,35.5000,3.46');
	});
});

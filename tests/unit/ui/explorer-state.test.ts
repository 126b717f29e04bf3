import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/lib/filters';
import { ExplorerState } from '../../../src/lib/ui/explorer-state.svelte';
import { testHook } from '../../../src/lib/ui/test-hook';
import { sampleItems } from '../map/sample';

const initial = {
	filters: NO_FILTERS,
	city: null,
	view: null,
	lang: 'zh' as const,
	mode: 'points' as const,
	metric: 'amount' as const
};

describe('explorer state', () => {
	it('recomputes its figures when the filters change', () => {
		const state = new ExplorerState(() => ({ items: sampleItems(), labelPoints: {} }), initial);
		const all = state.figures.projects.count;
		state.filters = { ...NO_FILTERS, sectors: ['新材料'] };
		expect(state.figures.projects.count).toBeLessThan(all);
		expect(state.figures.projects.count).toBe(3);
	});

	it('opens the phone sheet on a city, with its projects', () => {
		const state = new ExplorerState(() => ({ items: sampleItems(), labelPoints: {} }), initial);
		expect(state.sheetOpen).toBe(false);
		state.openCity('320600');
		expect(state.sheetOpen).toBe(true);
		expect(state.selected?.name).toBe('南通市');
		expect(state.pageState().city).toBe('320600');
		state.selectCity(null);
		expect(state.selected).toBeNull();
	});

	it('computes the region view only while it is on, at the level the map shows, and keeps its mode in the URL', () => {
		const state = new ExplorerState(() => ({ items: sampleItems(), labelPoints: {} }), initial);
		expect(state.regionView).toBeNull();
		expect(state.pageState().mode).toBe('points');
		state.mode = 'regions';
		expect(state.regionView?.level).toBe('province');
		expect(state.pageState().mode).toBe('regions');
		const all = [...state.regionView!.totals.values()].reduce((n, t) => n + t.count, 0);
		state.filters = { ...NO_FILTERS, sectors: ['新材料'] };
		const some = [...state.regionView!.totals.values()].reduce((n, t) => n + t.count, 0);
		expect(some).toBeLessThan(all);
		state.regionLevel = 'prefecture';
		expect(state.regionView?.level).toBe('prefecture');
		const opened = new ExplorerState(() => ({ items: sampleItems(), labelPoints: {} }), {
			...initial,
			mode: 'regions'
		});
		expect(opened.regionView?.level).toBe('province');
	});
});

describe('test hook', () => {
	it('reads and drives the state as the page does', () => {
		const items = sampleItems();
		const state = new ExplorerState(() => ({ items, labelPoints: {} }), initial);
		const hook = testHook(state);
		expect(hook.map).toBeNull();
		expect(hook.snapshot()).toBeNull();
		expect(hook.shown).toBe(items.length);
		hook.setFilters({ weekFrom: '2023-09-18', weekTo: '2023-09-18' });
		expect(hook.filters).toMatchObject({ weekFrom: '2023-09-18', sectors: [] });
		expect(hook.shown).toBe(items.filter((i) => i.week === '2023-09-18').length);
		hook.selectCity('320600');
		expect(hook.selectedCity).toBe('320600');
		expect(hook.cityOf('b')).toBe('320600');
		// Unlocated: not on the map.
		expect(hook.cityOf('g')).toBeNull();
	});
});

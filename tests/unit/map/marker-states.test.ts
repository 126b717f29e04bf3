import { describe, expect, it } from 'vitest';
import { projectsToGeoJSON, sectorsOf } from '../../../src/lib/map/geojson';
import { markerStates } from '../../../src/lib/map/marker-states';
import { familyOf, filterColours, projectColour, sectorPalette } from '../../../src/lib/map/palette';
import { radiusScale } from '../../../src/lib/map/scales';
import {
	EVENT_COLOUR_STATE,
	SHOWN_STATE,
	SOURCE_CITIES,
	SOURCE_EVENTS,
	SOURCE_PROJECTS
} from '../../../src/lib/map/style';
import { syntheticItems } from '../../../src/lib/map/synthetic';

const items = syntheticItems(500, { '320600': [120.89, 31.98], '440300': [114.06, 22.54] });
const { data, events } = projectsToGeoJSON(
	items,
	radiusScale(items.map((i) => i.amountYi)),
	sectorPalette(items)
);
const eventIds = events.features.map((f) => Number(f.id));

/** A map that records the feature-state it is given, by source and id. */
function recordingMap() {
	const calls: { source: string; id: number; state: Record<string, unknown> }[] = [];
	const state = new Map<string, Record<string, unknown>>();
	return {
		calls,
		state,
		setFeatureState(feature: { source: string; id?: string | number }, s: Record<string, unknown>) {
			const key = `${feature.source}/${feature.id}`;
			calls.push({ source: feature.source, id: Number(feature.id), state: s });
			state.set(key, { ...state.get(key), ...s });
		}
	};
}

const shownWhere = (test: (i: number) => boolean) => Uint8Array.from(items, (_, i) => (test(i) ? 1 : 0));

/** Marker states on a recording map, loaded with every item shown. */
function loadedWithAllShown(dense: boolean) {
	const map = recordingMap();
	const states = markerStates(map, dense);
	states.load(
		events.features,
		shownWhere(() => true),
		{}
	);
	return { map, states };
}

describe('markerStates', () => {
	it('hides the filtered-out events on load, setting nothing for the shown ones', () => {
		const map = recordingMap();
		const states = markerStates(map, true);
		const shown = shownWhere((i) => i % 2 === 0);
		states.load(events.features, shown, {});
		const hidden = eventIds.filter((i) => shown[i] === 0);
		expect(hidden.length).toBeGreaterThan(0);
		expect(map.calls.map((c) => c.id).sort()).toEqual(hidden.sort());
		for (const c of map.calls)
			expect(c).toMatchObject({ source: SOURCE_EVENTS, state: { [SHOWN_STATE]: false } });
	});

	it('sets only what a filter change changed; a dense map leaves its projects alone', () => {
		const { map, states } = loadedWithAllShown(true);
		expect(map.calls).toEqual([]);
		const next = shownWhere((i) => i !== eventIds[0]);
		states.shown(next);
		expect(map.calls).toEqual([{ source: SOURCE_EVENTS, id: eventIds[0], state: { [SHOWN_STATE]: false } }]);
		map.calls.length = 0;
		states.shown(next);
		expect(map.calls).toEqual([]);
	});

	it('on a map that is not dense, hides and shows projects by feature-state too', () => {
		const { map, states } = loadedWithAllShown(false);
		const project = data.features[0].properties.i;
		states.shown(shownWhere((i) => i !== project));
		expect(map.state.get(`${SOURCE_PROJECTS}/${project}`)).toEqual({ [SHOWN_STATE]: false });
		states.shown(shownWhere(() => true));
		expect(map.state.get(`${SOURCE_PROJECTS}/${project}`)).toEqual({ [SHOWN_STATE]: true });
	});

	it('colours events by the chosen sectors, and back, setting only the ones that change', () => {
		const { map, states } = loadedWithAllShown(true);
		// Two sectors of one family: the chosen ones take colours of their own.
		const sector = events.features
			.map((f) => sectorsOf(f.properties)[0])
			.find((s) => (familyOf(s)?.sectors.length ?? 0) > 1)!;
		const colours = filterColours([sector, familyOf(sector)!.sectors.find((s) => s !== sector)!]);
		states.colours(colours);
		for (const f of events.features) {
			const set = map.state.get(`${SOURCE_EVENTS}/${f.id}`)?.[EVENT_COLOUR_STATE];
			const expected = projectColour(sectorsOf(f.properties), colours);
			expect(set ?? f.properties.c).toBe(expected);
		}
		const changed = map.calls.length;
		expect(changed).toBeGreaterThan(0);
		expect(changed).toBeLessThanOrEqual(events.features.length);
		states.colours(colours);
		expect(map.calls.length).toBe(changed);
		states.colours({});
		for (const f of events.features)
			expect(map.state.get(`${SOURCE_EVENTS}/${f.id}`)?.[EVENT_COLOUR_STATE] ?? f.properties.c).toBe(
				projectColour(sectorsOf(f.properties), {})
			);
	});

	it('sets a city’s count and radius only when they change', () => {
		const map = recordingMap();
		const states = markerStates(map, true);
		states.cities([
			{ n: 3, r: 10 },
			{ n: 0, r: 0 }
		]);
		expect(map.calls.map((c) => [c.source, c.id])).toEqual([
			[SOURCE_CITIES, 0],
			[SOURCE_CITIES, 1]
		]);
		states.cities([
			{ n: 3, r: 10 },
			{ n: 1, r: 4 }
		]);
		expect(map.calls.slice(2)).toEqual([{ source: SOURCE_CITIES, id: 1, state: { n: 1, r: 4 } }]);
		// A map that lost its feature-state (a restored WebGL context) gets it all again.
		states.forget();
		states.cities([
			{ n: 3, r: 10 },
			{ n: 1, r: 4 }
		]);
		expect(map.calls.slice(3).map((c) => c.id)).toEqual([0, 1]);
	});
});

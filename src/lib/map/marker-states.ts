/**
 * The markers' feature-state, kept in step with the filters by setting only what changed: which
 * projects (on maps that are not dense) and events are shown, the events' colours under a sector
 * filter, and each city's count and radius. Feature-state reaches the drawn markers on the main
 * thread in the next frame; a global-state or data change would re-tile them in the worker.
 */
import { sectorsOf, type ProjectCollection } from './geojson';
import { projectColour } from './palette';
import { EVENT_COLOUR_STATE, SHOWN_STATE, SOURCE_CITIES, SOURCE_EVENTS, SOURCE_PROJECTS } from './style';

/** What markerStates needs of the map. */
interface FeatureStates {
	setFeatureState(feature: { source: string; id: number }, state: Record<string, unknown>): unknown;
}
type Events = ProjectCollection['events']['features'];

export function markerStates(map: FeatureStates, dense: boolean) {
	let events: Events = [];
	let eventIds = new Set<number>();
	let lastShown: Uint8Array | null = null;
	/** Each event's colour as set (absent: its own colour, as the layer draws it without state). */
	let eventColour = new Map<number, string>();
	let lastCities: { n: number; r: number }[] = [];

	function shown(now: Uint8Array) {
		const before = lastShown;
		const ids: Iterable<number> = dense ? eventIds : now.keys();
		for (const i of ids) {
			// Features start shown (no state): only hidden ones need setting the first time.
			if (before ? before[i] === now[i] : now[i] === 1) continue;
			const source = eventIds.has(i) ? SOURCE_EVENTS : SOURCE_PROJECTS;
			map.setFeatureState({ source, id: i }, { [SHOWN_STATE]: now[i] === 1 });
		}
		lastShown = now;
	}

	function colours(chosen: Readonly<Record<string, string>>) {
		for (const f of events) {
			const id = Number(f.id);
			const colour = projectColour(sectorsOf(f.properties), chosen);
			if ((eventColour.get(id) ?? f.properties.c) === colour) continue;
			eventColour.set(id, colour);
			map.setFeatureState({ source: SOURCE_EVENTS, id }, { [EVENT_COLOUR_STATE]: colour });
		}
	}

	return {
		/** New events (their features start without state), with the filters' state for them. */
		load(next: Events, now: Uint8Array, chosen: Readonly<Record<string, string>>) {
			events = next;
			eventIds = new Set(next.map((f) => Number(f.id)));
			eventColour = new Map();
			lastShown = null;
			shown(now);
			colours(chosen);
		},
		shown,
		colours,
		/** Forgets what was set (a map whose feature-state was lost): the next calls set it all. */
		forget() {
			lastShown = null;
			eventColour = new Map();
			lastCities = [];
		},
		cities(states: { n: number; r: number }[]) {
			states.forEach((s, id) => {
				const last = lastCities[id];
				if (last && last.n === s.n && last.r === s.r) return;
				map.setFeatureState({ source: SOURCE_CITIES, id }, s);
			});
			lastCities = states;
		}
	};
}

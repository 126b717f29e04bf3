import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { skipTransparentSky } from '../../../src/lib/map/maplibre';

/** A stand-in with the one part of MapLibre's renderer the hook replaces. */
function fakeMap() {
	const sky = vi.fn();
	const other = vi.fn();
	const painter = { drawFunctions: { sky, other } as Record<string, unknown> };
	return { map: { painter } as unknown as MapLibreMap, painter, sky, other };
}

const frame = (skyAlpha: number, horizonAlpha: number) => ({
	data: { sky: { 'sky-color': { a: skyAlpha }, 'horizon-color': { a: horizonAlpha } } }
});

describe('skipTransparentSky', () => {
	it('skips the sky pass while sky and horizon are transparent, and draws it otherwise', () => {
		const { map, painter, sky, other } = fakeMap();
		expect(skipTransparentSky(map)).toBe(true);
		const draw = painter.drawFunctions.sky as (mesh: unknown, f: unknown) => void;
		draw('mesh', frame(0, 0));
		expect(sky).not.toHaveBeenCalled();
		draw('mesh', frame(0.5, 0));
		draw('mesh', frame(0, 1));
		expect(sky).toHaveBeenCalledTimes(2);
		expect(sky).toHaveBeenCalledWith('mesh', frame(0, 1));
		// The other draw functions stay as they were.
		expect(painter.drawFunctions.other).toBe(other);
	});

	it('leaves a renderer without the hook alone', () => {
		expect(skipTransparentSky({} as MapLibreMap)).toBe(false);
		expect(skipTransparentSky({ painter: { drawFunctions: {} } } as unknown as MapLibreMap)).toBe(false);
	});
});

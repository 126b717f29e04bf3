/**
 * gazetteer/: place names in Chinese news text → where a project lands (Location, WGS-84), as pure
 * matching over the gazetteer table (data.ts builds it from its text, resolve.ts matches).
 * Loading the table from disk and suggesting places are Node-only: src/lib/server/gazetteer/.
 *
 * Must not import Node built-ins, src/lib/server/ or any other folder of src/lib/.
 */

/** Precision of a resolved place, coarsest to finest. The map draws coarser levels less sharply. */
export type LocationLevel = 'province' | 'city' | 'county' | 'zone';

/**
 * What the point (lon, lat) stands for, which may be coarser than `level` says:
 * - `seat`: the seat of government of the named division (province, city or county);
 * - `parent-seat`: a division without a point of its own in the sources, drawn at its parent's seat;
 * - `zone`: a development zone's own point, from the source named in data/gazetteer/zones.csv;
 * - `zone-host`: a development zone drawn at the seat of the division hosting it, a county or, where the
 *   zone is only known by its city, the city (园区（位置取所在区县）).
 */
export type LocationPrecision = 'seat' | 'parent-seat' | 'zone' | 'zone-host';

/**
 * Where a project lands: the JSON contract of `locate` and of every item's `location` (README,
 * "Command line"); keep every field.
 * Names are full official names; for the municipalities `city` repeats the province name.
 * Coordinates are WGS-84.
 */
export interface Location {
	province: string;
	city: string | null;
	county: string | null;
	zone: string | null;
	adcode: string;
	level: LocationLevel;
	lon: number;
	lat: number;
	/** Absent on locations stored before it existed; read those as `seat` (or `zone-host` for zones). */
	precision?: LocationPrecision;
}

/** A place offered as a person types its name (the review screen's place box). */
export interface PlaceSuggestion {
	/** The full official name, which the gazetteer resolves back to `location`. */
	name: string;
	/** Where it is: province, city, county as far as known. */
	within: string;
	location: Location;
}

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
 * Where a project lands (contract: design.md §2 "Location").
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

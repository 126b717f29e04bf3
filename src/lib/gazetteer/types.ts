/** Precision of a resolved place, coarsest to finest. The map draws coarser levels less sharply. */
export type LocationLevel = 'province' | 'city' | 'county' | 'zone';

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
}

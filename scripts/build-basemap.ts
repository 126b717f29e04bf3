/**
 * Builds the offline basemap under static/basemap/ (basemap.json drawn at every zoom,
 * prefecture-borders.json loaded on zooming in, and the province and prefecture polygons of the
 * region view, provinces.json and prefectures.json) and data/label-points.json (where the server
 * places city markers) from the source data in shared/data
 * (or PARKMAP_SHARED_DATA). Every output is WGS-84 GeoJSON with coordinates rounded to
 * 4 decimals (about 10 m) and simplified where the source is denser than the map needs.
 *
 *   npx tsx scripts/build-basemap.ts
 *
 * Sources and licences: static/basemap/README.md.
 */
import { simplify } from '@turf/simplify';
import { centerOfMass } from '@turf/center-of-mass';
import gcoord from 'gcoord';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';

const SHARED = resolve(process.env.PARKMAP_SHARED_DATA ?? '../shared/data');
const OUT = resolve('static/basemap');
const LABEL_POINTS = resolve('data/label-points.json');
const DECIMALS = 4;

function readJson<T>(path: string): T {
	return JSON.parse(readFileSync(join(SHARED, path), 'utf8')) as T;
}

/** Region polygons are filled, not stroked: 3 decimals (about 100 m) are finer than any zoom they show at. */
const REGION_DECIMALS = 3;

/** Rounds every coordinate and drops consecutive duplicates that rounding creates. */
function quantise(geometry: Geometry, decimals = DECIMALS): Geometry {
	const factor = 10 ** decimals;
	const round = (n: number) => Math.round(n * factor) / factor;
	const ring = (coords: Position[], closed: boolean): Position[] => {
		const out: Position[] = [];
		for (const [x, y] of coords) {
			const p = [round(x), round(y)];
			const last = out[out.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
		}
		if (closed && out.length < 4) return coords.map(([x, y]) => [round(x), round(y)]);
		return out;
	};
	switch (geometry.type) {
		case 'Point':
			return { type: 'Point', coordinates: geometry.coordinates.map(round) };
		case 'LineString':
			return { type: 'LineString', coordinates: ring(geometry.coordinates, false) };
		case 'MultiLineString':
			return {
				type: 'MultiLineString',
				coordinates: geometry.coordinates.map((l) => ring(l, false)).filter((l) => l.length >= 2)
			};
		case 'Polygon':
			return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => ring(r, true)) };
		case 'MultiPolygon':
			return {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates.map((p) => p.map((r) => ring(r, true)))
			};
		default:
			return geometry;
	}
}

function collection(features: Feature[]): FeatureCollection {
	return { type: 'FeatureCollection', features };
}

function write(name: string, fc: FeatureCollection): number {
	const text = JSON.stringify(fc);
	writeFileSync(join(OUT, name), text);
	console.log(`${name}: ${fc.features.length} features, ${(text.length / 1024).toFixed(0)} KB`);
	return text.length;
}

function simplified<T extends Feature>(f: T, tolerance: number): T {
	return simplify(f, { tolerance, highQuality: false, mutate: false }) as T;
}

interface Short {
	name: string;
}

/** Short names (南通, 广西) keyed by the 2- or 4-digit code, for quieter labels. */
function shortNames(): Map<string, Short> {
	const text = readFileSync(join(SHARED, 'xiangyuecn-AreaCity-JsSpider-StatsGov/ok_data_level3.csv'), 'utf8');
	const out = new Map<string, Short>();
	for (const line of text
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.slice(1)) {
		const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
		if (cells.length < 8) continue;
		const [id, , deep, name] = cells;
		if (deep === '0' || deep === '1') out.set(id, { name });
	}
	return out;
}

/**
 * The topology with every arc simplified once (Douglas-Peucker, `tolerance` degrees) and its
 * coordinates made absolute. Neighbouring polygons share their arcs, so simplifying the arcs
 * rather than each polygon leaves no gaps or overlaps between them. A closed arc (an island)
 * that would fall below a ring's four points keeps its detail.
 */
function simplifiedTopology(topo: Topology, tolerance: number): Topology {
	const [sx, sy] = topo.transform?.scale ?? [1, 1];
	const [tx, ty] = topo.transform?.translate ?? [0, 0];
	const arcs = topo.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		const coords = arc.map(([dx, dy]) => {
			x += dx;
			y += dy;
			return [x * sx + tx, y * sy + ty];
		});
		if (coords.length < 3) return coords;
		const line: Feature = {
			type: 'Feature',
			properties: {},
			geometry: { type: 'LineString', coordinates: coords }
		};
		const out = (simplified(line, tolerance).geometry as { coordinates: Position[] }).coordinates;
		const closed = coords[0][0] === coords.at(-1)![0] && coords[0][1] === coords.at(-1)![1];
		return closed && out.length < 4 ? coords : out;
	});
	return { type: 'Topology', objects: topo.objects, arcs };
}

/**
 * The polygons of one level (provinces or prefectures) for the region view: feature id and
 * `adcode` the division code (the key the page totals by), `name` the full Chinese name.
 */
function regionPolygons(topo: Topology, object: GeometryCollection<{ 地名: string; id: string }>): Feature[] {
	const fc = feature(topo, object) as FeatureCollection<Geometry, { 地名: string; id: string }>;
	return fc.features.map((f) => ({
		type: 'Feature',
		id: Number(f.properties.id),
		properties: { adcode: String(f.properties.id), name: f.properties['地名'] },
		geometry: quantise(f.geometry, REGION_DECIMALS)
	}));
}

interface InfoEntry {
	center?: [number, number];
}

type AtlasObjects = Record<string, GeometryCollection<{ 地名: string; id: string }>>;

/** World background: every country but China, which the finer cn-atlas nation replaces; and China's outline. */
function worldCountries(): { countries: Feature[]; cn: Feature<MultiPolygon> } {
	const world = readJson<FeatureCollection<Geometry, { name: string; iso_a2: string }>>(
		'surbowl-world-geo-json-zh/world.zh.json'
	);
	const cn = world.features.find((f) => f.properties.iso_a2 === 'CN');
	if (!cn || cn.geometry.type !== 'MultiPolygon') throw new Error('world.zh.json has no CN MultiPolygon');
	const countries: Feature[] = world.features
		.filter((f) => f.properties.iso_a2 !== 'CN')
		.map((f) => ({
			type: 'Feature',
			properties: { kind: 'country', name: f.properties.name },
			geometry: quantise(f.geometry)
		}));
	return { countries, cn: cn as Feature<MultiPolygon> };
}

/** The ten-dash line: surbowl draws it as ten thin polygons in the South China Sea. */
function dashLine(cn: Feature<MultiPolygon>): Feature {
	const dashes = cn.geometry.coordinates.filter((poly) => {
		const ring = poly[0];
		const lats = ring.map((p) => p[1]);
		const lons = ring.map((p) => p[0]);
		let area = 0;
		for (let k = 0; k < ring.length - 1; k++)
			area += ring[k][0] * ring[k + 1][1] - ring[k + 1][0] * ring[k][1];
		area = Math.abs(area / 2);
		return Math.max(...lats) < 25 && Math.min(...lons) > 105 && area > 0.015 && area < 0.03;
	});
	if (dashes.length !== 10) throw new Error(`Expected 10 dash-line parts, found ${dashes.length}`);
	return {
		type: 'Feature',
		properties: { kind: 'dash' },
		geometry: quantise({ type: 'MultiPolygon', coordinates: dashes })
	};
}

/**
 * Borders as meshes: each shared arc once, so a border is drawn once and never doubled. Province
 * borders are drawn at every zoom; prefecture borders only from PREFECTURE_MIN_ZOOM, so they live
 * in a file of their own that the map loads when it first zooms in that far.
 */
function borders(topo: Topology, objects: AtlasObjects): { province: Feature; prefecture: Feature } {
	const provinceOf = (id: string) => id.slice(0, 2);
	const provinceBorders = mesh(topo, objects.provinces, (a, b) => a !== b);
	const prefectureBorders = mesh(
		topo,
		objects.prefectures,
		(a, b) =>
			a !== b &&
			provinceOf(String((a.properties as { id: string }).id)) ===
				provinceOf(String((b.properties as { id: string }).id))
	);
	const borderFeature = (kind: string, geometry: Geometry, tolerance: number): Feature => ({
		type: 'Feature',
		properties: { kind },
		geometry: quantise(simplified({ type: 'Feature', properties: {}, geometry }, tolerance).geometry)
	});
	return {
		province: borderFeature('province-border', provinceBorders, 0.004),
		prefecture: borderFeature('prefecture-border', prefectureBorders, 0.008)
	};
}

/** Polygons for the region view, loaded only while it is on (prefectures only zoomed in); their bytes. */
function writeRegionPolygons(topo: Topology, objects: AtlasObjects): number {
	return (
		write('provinces.json', collection(regionPolygons(simplifiedTopology(topo, 0.03), objects.provinces))) +
		write('prefectures.json', collection(regionPolygons(simplifiedTopology(topo, 0.02), objects.prefectures)))
	);
}

/** Label points: the seat of government (info.json "center", GCJ-02 → WGS-84), else the polygon's centre of mass. */
function labelFeatures(topo: Topology, objects: AtlasObjects): Feature[] {
	const info = readJson<Record<string, InfoEntry>>('zhChuXiao-ChinaGeoJson/info.json');
	const shorts = shortNames();
	const labelPoint = (f: Feature, id: string): Position => {
		const center = info[id]?.center;
		if (center) return gcoord.transform(center, gcoord.GCJ02, gcoord.WGS84) as Position;
		return centerOfMass(f).geometry.coordinates;
	};
	const labels: Feature[] = [];
	for (const [kind, object] of [
		['province', objects.provinces],
		['city', objects.prefectures]
	] as const) {
		const fc = feature(topo, object) as FeatureCollection<Geometry, { 地名: string; id: string }>;
		for (const f of fc.features) {
			const id = String(f.properties.id);
			const code = kind === 'province' ? id.slice(0, 2) : id.slice(0, 4);
			// Municipalities have a prefecture entry repeating the province: label them once, as a province.
			if (kind === 'city' && ['11', '12', '31', '50'].includes(id.slice(0, 2))) continue;
			const full = f.properties['地名'];
			const short = id.slice(2, 4) === '90' ? full : (shorts.get(code)?.name ?? full);
			labels.push({
				type: 'Feature',
				properties: { kind, adcode: id, name: full, label: short },
				geometry: quantise({ type: 'Point', coordinates: labelPoint(f, id) })
			});
		}
	}
	return labels;
}

/**
 * The same points for the server, which places city markers at them (a small file of its own,
 * so the server does not load the whole basemap).
 */
function writeLabelPoints(basemap: readonly Feature[]): void {
	const labelPoints: Record<string, Position> = {};
	for (const f of basemap)
		if (f.geometry.type === 'Point' && (f.properties?.kind === 'province' || f.properties?.kind === 'city'))
			labelPoints[f.properties.adcode] = f.geometry.coordinates;
	writeFileSync(LABEL_POINTS, JSON.stringify(labelPoints) + '\n');
	console.log(`data/label-points.json: ${Object.keys(labelPoints).length} points`);
}

/** The licences of the sources, beside the files made from them. */
function writeLicences(): void {
	for (const source of [
		'surbowl-world-geo-json-zh',
		'zhChuXiao-ChinaGeoJson',
		'xiangyuecn-AreaCity-JsSpider-StatsGov'
	]) {
		copyFileSync(join(SHARED, `${source}/LICENSE`), join(OUT, `licenses/${source}.LICENSE`));
	}
	writeFileSync(
		join(OUT, 'licenses/BarbarossaWang-cn-atlas.LICENSE'),
		[
			'cn-atlas (GitHub BarbarossaWang/cn-atlas, cn-atlas.json, commit 6e83a19923e39f2c0e58a0a7ad29b349b2a71b9f)',
			'License: ISC (as declared in the package.json of cn-atlas@0.1.2).',
			'',
			'ISC License',
			'',
			'Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee',
			'is hereby granted, provided that the above copyright notice and this permission notice appear in all copies.',
			'',
			'THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE.',
			'',
			'Upstream: CTAmap 2023 by ruiduobao (shengshixian.com). Citation requested:',
			'Rui Cheng, CTAmap v1.30, 2025, shengshixian.com.',
			''
		].join('\n')
	);
}

function main(): void {
	if (!existsSync(SHARED)) throw new Error(`No source data at ${SHARED}; set PARKMAP_SHARED_DATA.`);
	mkdirSync(join(OUT, 'licenses'), { recursive: true });
	// Everything drawn at every zoom is one source, told apart by `kind`: the renderer then draws
	// the tile clipping masks once for the whole basemap instead of once per source, and the
	// worker tiles one file instead of four.
	const { countries, cn } = worldCountries();
	const topo = readJson<Topology>('BarbarossaWang-cn-atlas/cn-atlas.json');
	const objects = topo.objects as AtlasObjects;
	const nation = feature(topo, objects.nation) as FeatureCollection;
	const land: Feature[] = nation.features.map((f) => ({
		type: 'Feature',
		properties: { kind: 'land' },
		geometry: quantise(simplified(f, 0.005).geometry)
	}));
	const border = borders(topo, objects);
	const basemap = [...countries, ...land, dashLine(cn), border.province, ...labelFeatures(topo, objects)];
	let total = write('prefecture-borders.json', collection([border.prefecture]));
	total += write('basemap.json', collection(basemap));
	total += writeRegionPolygons(topo, objects);
	writeLabelPoints(basemap);
	writeLicences();
	console.log(`total ${(total / 1024).toFixed(0)} KB`);
}

main();

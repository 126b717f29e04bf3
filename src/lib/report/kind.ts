/**
 * Project or event: a signing conference, a batch start of projects or a promotion fair states one
 * total over many projects ("签约项目 382 个、计划投资金额 3966 亿元"); drawn as one project it
 * would dwarf every real one. An item is an event when it names such a gathering (集中签约,
 * 推介会, 投洽会 …) or counts three or more projects; the count is kept where the text gives one.
 */
import { chineseNumber, opening } from './amount';
import { toHalfWidth } from './dates';

export type ItemKind = 'project' | 'event';

/** Words that name a gathering of many projects, in a headline or caption. */
const EVENT_WORDS =
	/集中(?:签约|开工|竣工|开竣工|投产|开业|揭牌|落地)|批(?:项目|重大项目|重点项目)|推介会|推介大会|投洽会|招商会|招商大会|招商引资大会|对接会|对接活动|洽谈会|签约大会|签约活动|(?:重大|重点|合作)项目签约(?:仪式|会)|项目(?:签约)?(?:观摩|推进)会|博览会.{0,8}签约|交易会.{0,8}签约/;

const NUMBER = '(\\d+|[一二两三四五六七八九十百千]+)';
/** "签约项目 56 个", "合作项目22个", "签约重大项目 84个". */
const COUNT_AFTER = new RegExp(`项目\\s*(?:共|达|合计|总数)?\\s*${NUMBER}\\s*[个项](?!月)`, 'g');
/** "53 个新能源产业项目", "30 个项目", "10个产业投资项目". */
const COUNT_BEFORE = new RegExp(`${NUMBER}\\s*[个项](?:[^，,。；;、\\d]{0,20}?)项目`, 'g');
/** In a body, a count belongs to this item only in a sentence about the signing or start itself. */
const BODY_CONTEXT = /签约|开工|竣工|投产|落地|落户|集中|此次|本次|现场|发布|推介|涉及|达成/;
const BACKGROUND =
	/累计|近年|近两年|近三年|今年以来|截至|全年|已引进|已落户|已入驻|已签约|已开工|目前|现有|先后|共引进|“十[三四五]五”/;

function toNumber(s: string): number | null {
	const n = /^\d+$/.test(s) ? Number(s) : chineseNumber(s);
	return n !== null && Number.isInteger(n) && n >= 1 && n <= 100000 ? n : null;
}

/** The first project count stated in one sentence or headline, or null. */
function countIn(text: string): number | null {
	const t = toHalfWidth(text);
	let best: { at: number; n: number } | null = null;
	for (const re of [COUNT_AFTER, COUNT_BEFORE]) {
		re.lastIndex = 0;
		for (const m of t.matchAll(re)) {
			// "第 3 个项目", a phase ("一批") counts nothing; "100 亿元以上项目 5 个" is a bucket.
			if (/第\s*$/.test(t.slice(Math.max(0, m.index - 2), m.index))) continue;
			// "3 个子项目" are parts of one project.
			if (/子项目$/.test(m[0])) continue;
			if (/[元上下]\s*$/.test(t.slice(Math.max(0, m.index - 3), m.index)) && re === COUNT_AFTER) continue;
			const n = toNumber(m[1]!);
			if (n !== null && (!best || m.index < best.at)) best = { at: m.index, n };
		}
	}
	return best?.n ?? null;
}

/**
 * How many projects the item totals: the first count in its headline, else its caption, else a
 * body sentence about the signing itself (not a background figure such as "累计引进项目 120 个").
 */
export function projectCountOf(item: { title: string; caption: string | null; body: string }): number | null {
	for (const t of [item.title, item.caption ?? '']) {
		const n = countIn(opening(t));
		if (n !== null) return n;
	}
	for (const sentence of opening(item.body).split(/[。！？；;]/)) {
		if (!BODY_CONTEXT.test(sentence) || BACKGROUND.test(sentence)) continue;
		const n = countIn(sentence);
		if (n !== null) return n;
	}
	return null;
}

/** 'event' when the headline or caption names a gathering of projects, or three or more are counted. */
export function itemKind(
	item: { title: string; caption: string | null },
	projectCount: number | null
): ItemKind {
	if (projectCount !== null && projectCount >= 3) return 'event';
	const head = toHalfWidth(`${item.title}\n${item.caption ?? ''}`).replace(/\s+/g, '');
	return EVENT_WORDS.test(head) && projectCount !== 1 ? 'event' : 'project';
}

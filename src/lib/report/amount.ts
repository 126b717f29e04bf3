/**
 * Investment amounts in report text.
 *
 * Rules (the README's "Ingest a report" and the `amountYi` fields in ./types.ts rely on them):
 * - The amount of an item is its total investment in 亿元 (CNY). 万元 converts (1 亿 = 10 000 万),
 *   万亿 converts (1 万亿 = 10 000 亿).
 * - Foreign currencies (亿美元, 万欧元, …) are kept in AmountInfo with their currency and are not
 *   converted: an item whose only amount is in dollars gets amountYi null and amountText set.
 *   When the text itself gives the CNY equivalent ("10 亿美元（约合 72 亿元人民币）") that is used.
 * - Only money introduced by an investment word counts (投资, 总投资, 计划投资, 投资总额, 签约金额,
 *   总签约金额, 投入, …). The nearest such word before the number decides, so in
 *   "工业产值 350 亿元、税收 22 亿元" neither number is investment. Output value (产值), sales
 *   (销售, 营收), tax (税收), scale (规模), area and capacity are never investment; area and
 *   capacity have no currency, so they never match at all ("年产 100 万吨", "836 亩").
 * - Qualifiers (约, 超, 超过, 逾, 近, 余, 多, 以上, 左右, 不低于, 预计, …) are kept as a flag and never
 *   change the number.
 * - Amounts that only label a bucket ("100 亿元以上项目 5 个", "50 亿元至 100 亿元项目") are not amounts.
 * - Within one text: a stated total wins over its parts ("总投资 1222.8 亿元。其中 … 968 亿元",
 *   "总投资预计超过 200 亿元，其中项目一期总投资 100 亿元"); parts with no stated total are summed
 *   ("其中，A 项目总投资 6.5 亿元 …；B 项目总投资 2 亿元" → 8.5).
 * - Across an item, the headline's amount wins, then the caption's, then the body's; a repeat of the
 *   same figure elsewhere only contributes its qualifier and wording, never a second count.
 */
import { toHalfWidth } from './dates';
import type { AmountInfo } from './types';

export type MentionKind = 'investment' | 'other' | 'unknown' | 'bucket';

export interface AmountMention extends AmountInfo {
	kind: MentionKind;
	/** The nearest keyword before the number that decided `kind`, or null. */
	keyword: string | null;
	/** Part of a larger stated amount (after 其中, a phase such as 一期, or 分别). */
	part: boolean;
	/** States a total over several projects (N 个项目, 共, 合计, 总签约 …). */
	aggregate: boolean;
	/** Index of the number in the text. */
	index: number;
	/** Index just past the unit and any trailing qualifier. */
	end: number;
	/** A CNY figure the text gives as the equivalent of the previous foreign amount (约合 …). */
	conversion: boolean;
}

const INVESTMENT_WORDS = [
	'计划投资金额',
	'总投资金额',
	'总投资额',
	'投资总额',
	'计划总投资',
	'签约总投资',
	'协议总投资',
	'总投资',
	'计划投资',
	'拟投资',
	'协议投资',
	'投资金额',
	'投资额',
	'投资',
	'总签约金额',
	'签约总金额',
	'签约金额',
	'签约总额',
	'签约额',
	'签约资金',
	'协议资金',
	'合同资金',
	'合同金额',
	'合同总额',
	'投资规模',
	'协议金额',
	'总投入',
	'投入',
	'出资',
	'引资',
	'项目总额',
	// A bare 金额 after a signing ("签约项目 23 个，金额超过 500 亿元"); money words of other kinds
	// ending in 金额 are listed with the other words, and the longer word wins.
	'金额'
];
const OTHER_WORDS = [
	'产值',
	'销售',
	'营收',
	'营业收入',
	'收入',
	'税收',
	'利税',
	'纳税',
	'利润',
	'增加值',
	'规模',
	'交易额',
	'成交额',
	'进出口',
	'出口',
	'进口',
	'GDP',
	'市值',
	'估值',
	'贷款',
	'授信',
	'补贴',
	'奖励',
	'补助',
	'资金支持',
	'注册资本',
	'融资',
	'年发电',
	'装机',
	'订单',
	'营业额',
	'消费',
	'零售额',
	'贸易总额',
	'交易金额',
	'成交金额',
	'订单金额',
	'贷款金额',
	'融资金额',
	'补贴金额',
	'奖励金额',
	'销售金额',
	'交易总额',
	'销售总额',
	'营业总额',
	'产出'
];
// Longest first, so "总投资" is found before "投资" at the same place.
const KEYWORDS = [
	...INVESTMENT_WORDS.map((w) => ({ w, kind: 'investment' as const })),
	...OTHER_WORDS.map((w) => ({ w, kind: 'other' as const }))
].sort((a, b) => b.w.length - a.w.length);

/** Currency words after an amount's magnitude, and the currency each names. */
const CURRENCY_WORDS: Record<string, string> = {
	元人民币: 'CNY',
	元: 'CNY',
	人民币: 'CNY',
	美元: 'USD',
	美金: 'USD',
	欧元: 'EUR',
	港元: 'HKD',
	港币: 'HKD',
	日元: 'JPY',
	英镑: 'GBP'
};

/** A regex alternation of words, the longest first, so that 元人民币 is tried before 元. */
function alternation(words: readonly string[]): string {
	return [...words].sort((a, b) => b.length - a.length).join('|');
}

const CURRENCY = alternation(Object.keys(CURRENCY_WORDS));

const CN_DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Chinese numerals below 10 000 ("百" 100, "三十" 30, "一百二十" 120, "七百二十六" 726), with
 * decimals after 点 ("三点五" 3.5); null when not one.
 */
export function chineseNumber(s: string): number | null {
	if (!s) return null;
	const dot = s.indexOf('点');
	if (dot >= 0) {
		const whole = dot === 0 ? 0 : chineseNumber(s.slice(0, dot));
		const digits = [...s.slice(dot + 1)].map((ch) => CN_DIGITS[ch]);
		if (whole === null || digits.length === 0 || digits.some((d) => d === undefined)) return null;
		return whole + Number(`0.${digits.join('')}`);
	}
	let total = 0;
	let digit: number | null = null;
	for (const ch of s) {
		if (ch in CN_DIGITS) {
			digit = CN_DIGITS[ch]!;
		} else if (ch in CN_UNITS) {
			total += (digit ?? 1) * CN_UNITS[ch]!;
			digit = null;
		} else return null;
	}
	return total + (digit ?? 0);
}

// Number, optional 余/多, magnitude, optional 余/多, optional currency. Run on half-width text.
// Runs are bounded and must start a number (no digit or numeral before them), so a long run of
// digits or spaces cannot make the search backtrack quadratically.
const MONEY = new RegExp(
	'(?<![\\d零〇一二两三四五六七八九十百千])' +
		'(\\d{1,3}(?:,\\d{3}){1,5}(?:\\.\\d{1,8})?|\\d{1,15}(?:\\.\\d{1,8})?|[零〇一二两三四五六七八九十百千]{1,12}(?:点[零〇一二三四五六七八九]{1,4})?)' +
		`\\s{0,3}(余|多)?\\s{0,3}(?:个\\s{0,3})?(万亿|亿|万)\\s{0,3}(余|多)?\\s{0,3}(${CURRENCY})?`,
	'g'
);

const BEFORE_QUALIFIERS = [
	'预计超过',
	'大约',
	'超过',
	'将近',
	'接近',
	'不低于',
	'不少于',
	'至少',
	'预计',
	'约',
	'超',
	'逾',
	'近'
];
const NEUTRAL_BEFORE = ['高达', '达到', '达', '为', '共计', '共', '合计', '累计', '突破'];
/** Qualifiers and spaces that lead into a number with no keyword before it. */
const LEADING_QUALIFIERS = new RegExp(`(?:${alternation(BEFORE_QUALIFIERS)}|\\s)*$`);
/** A text that is only an amount, once its leading qualifiers are dropped ("107 亿元", "10 亿美元以上"). */
const LEADING_WORDS = new RegExp(`^(?:${alternation([...BEFORE_QUALIFIERS, '投资'])})*`);
const BARE_AMOUNT = new RegExp(
	`^[\\d零〇一二两三四五六七八九十百千.,]+(?:余|多)?(?:万亿|亿|万)(?:余|多)?(?:${CURRENCY})?(?:以上|左右)?$`
);

/** Strip the words between keyword and number, collecting qualifiers such as 约 / 预计超过. */
function qualifierBefore(between: string): string[] {
	const found: string[] = [];
	let s = between.replace(/\s+/g, '');
	// Walk backwards from the number: the qualifier words sit right before it.
	for (;;) {
		const q = BEFORE_QUALIFIERS.find((w) => s.endsWith(w));
		if (q) {
			found.unshift(q);
			s = s.slice(0, -q.length);
			continue;
		}
		const n = NEUTRAL_BEFORE.find((w) => s.endsWith(w));
		if (n) {
			s = s.slice(0, -n.length);
			continue;
		}
		break;
	}
	return found;
}

const CLAUSE_END = /[，,。；;！!？?：:\n]/;
/** A character that ends a sentence for amounts: also 。-like breaks inside a paragraph (；). */
const SENTENCE_BREAK = /[。；;！!？?\n]/;
const STRONG_END = /[。！!？?\n]/;
/**
 * How far back from a number its clause and sentence are read, and how far ahead its unit's tail.
 * Bounded so that a paragraph without punctuation costs the same per number as a short one:
 * finding amounts stays linear in the text.
 */
const CLAUSE_WINDOW = 120;
const SENTENCE_WINDOW = 300;
const AFTER_WINDOW = 40;

/** The last clause, sentence and full-stop breaks before a position, advanced left to right in one pass. */
class Breaks {
	clause = -1;
	sentence = -1;
	strong = -1;
	private at = 0;
	constructor(private readonly t: string) {}
	advanceTo(pos: number): this {
		for (; this.at < pos; this.at++) {
			const ch = this.t[this.at]!;
			if (!CLAUSE_END.test(ch)) continue;
			this.clause = this.at;
			if (SENTENCE_BREAK.test(ch)) this.sentence = this.at;
			if (STRONG_END.test(ch)) this.strong = this.at;
		}
		return this;
	}
}

/** Start of the window before `pos` that ends at the break `brk` but spans at most `max` characters. */
function windowStart(brk: number, pos: number, max: number): number {
	return Math.max(brk + 1, pos - max);
}

/** A target: "力争…投资 100 亿元", "目标是到 2025 年…". */
const TARGET = /力争|争取|目标|冲刺|有望|确保|计划引进|拟引进|今年计划/;
const DATED_TARGET = /(?:力争|争取|目标是?|确保)\s*(?:到|在|于)?\s*(?:19|20)\d{2}\s*年/;
/** A figure over time: cumulative, year to date. */
const OVER_TIME =
	/累计|截至|截止|(?:今年|年初|去年|开年)以来|近年来|近(?:两|三|五|几|\d)年|前三季度|前\s*\d{1,2}\s*个?月|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|同比/;
/** A period's plan (a year, a quarter, a five-year plan): the event of that period may state its own total. */
const PERIOD = /上半年|下半年|[一二三四]季度|全年|年度|年内|十[三四五]五/;
/** A figure over a whole city, province or county, and what makes it this item's own (an event's total). */
const WHOLE_AREA = /全(?:市|省|区|县|州|盟|旗|国)(?!首|最|第一|唯一|领先)/;
const THIS_EVENT = /此次|本次|现场|集中(?:签约|开工|竣工|开竣工)|签约仪式|签约活动|推介会|大会/;

/**
 * A figure that is not this item's investment though an investment word introduces it: a target,
 * a cumulative or yearly figure, or a whole area's total outside the signing or start itself.
 */
function notThisItems(clause: string, sentence: string): boolean {
	if (TARGET.test(clause) || DATED_TARGET.test(sentence)) return true;
	if (OVER_TIME.test(sentence)) return true;
	return (WHOLE_AREA.test(sentence) || PERIOD.test(sentence)) && !THIS_EVENT.test(sentence);
}

/** A money figure's number and unit, before its context is read. */
interface Money {
	value: number;
	currency: string;
	/** 余 or 多 around the magnitude ("10 余亿元"). */
	approximate: boolean;
	start: number;
	/** Index just past the currency word. */
	end: number;
}

/**
 * The number and unit of one MONEY match, or null when the match is not money: a digit run glued
 * to a name or code ("F35亿"), 万 without a currency (万吨, 万人), or 亿 followed by another unit
 * (亿度, 亿片).
 */
function readMoney(t: string, m: RegExpExecArray): Money | null {
	const numStr = m[1]!;
	const start = m.index;
	const end = start + m[0].length;
	const isDigits = /^\d/.test(numStr);
	if (isDigits && start > 0 && /[\dA-Za-z.]/.test(t[start - 1]!)) return null;
	const magnitude = m[3]!;
	const currencyWord = m[5] ?? '';
	if (!currencyWord) {
		if (magnitude !== '亿') return null;
		const next = t.slice(end, end + AFTER_WINDOW).replace(/^\s+/, '')[0];
		// "5 个亿" is money whatever follows it.
		if (next !== undefined && !/[，,。；;、）)的及和与以左]/.test(next) && !m[0].includes('个')) return null;
	}
	const number = isDigits ? Number(numStr.replace(/,/g, '')) : chineseNumber(numStr);
	if (number === null || !Number.isFinite(number)) return null;
	const scale = magnitude === '万亿' ? 10000 : magnitude === '万' ? 0.0001 : 1;
	return {
		value: Math.round(number * scale * 1e6) / 1e6,
		currency: CURRENCY_WORDS[currencyWord] ?? 'CNY',
		approximate: Boolean(m[2] || m[4]),
		start,
		end
	};
}

/**
 * A figure that only labels a bucket: "100 亿元以上项目 5 个", "50 亿元至 100 亿元"
 * (but not "达到 231.5 亿元").
 */
function isBucket(t: string, money: Money, after: string, prevEnd: number): boolean {
	return (
		/^\s*(?:以上|以下)?\s*的?\s*(?:项目|企业)\s*(?:有|共|达)?\s*\d+\s*[个家]/.test(after) ||
		/^\s*(?:至|到|-|—|–|~)\s*[\d零一二两三四五六七八九十百千]/.test(after) ||
		/(?:(?<![达增升])至|(?<![达增升提扩])到|-|—|–|~)\s*$/.test(
			t.slice(Math.max(prevEnd, money.start - 3), money.start)
		)
	);
}

/** The keyword nearest before the number in its clause (the longer one where two end together). */
function nearestKeyword(clause: string): { keyword: string | null; at: number; kind: MentionKind } {
	let keyword: string | null = null;
	let at = -1;
	let kind: MentionKind = 'unknown';
	for (const { w, kind: k } of KEYWORDS) {
		const found = clause.lastIndexOf(w);
		if (found < 0) continue;
		const wEnd = found + w.length;
		const end = keyword === null ? -1 : at + keyword.length;
		if (keyword === null || wEnd > end || (wEnd === end && w.length > keyword.length)) {
			keyword = w;
			at = found;
			kind = k;
		}
	}
	return { keyword, at, kind };
}

/** Where one figure stands: its clause and sentence, and the figure before it. */
interface Context {
	/** The half-width text. */
	t: string;
	money: Money;
	clause: string;
	clauseStart: number;
	sentenceBefore: string;
	/** Words right after the unit. */
	after: string;
	previous: AmountMention | undefined;
	prevEnd: number;
	breaks: Breaks;
}

/** Is the figure part of a larger stated amount: after 其中, a phase (一期), 分别, or a share such as 固定资产. */
function isPart(c: Context, keyword: string | null, keywordAt: number, joined: boolean): boolean {
	const start = c.money.start;
	return (
		(joined && c.previous!.part) ||
		// 其中 anywhere earlier in the sentence, also across "，" and "；" lists of projects.
		/其中/.test(c.t.slice(windowStart(c.breaks.strong, start, SENTENCE_WINDOW), start)) ||
		/(?:[一二三四五六七八九首]|\d)\s*期|分别/.test(c.clause) ||
		(keyword !== null && /(?:固定资产|设备|土建|厂房|基建|技改|研发)\s*$/.test(c.clause.slice(0, keywordAt)))
	);
}

/** What the figure is (investment, other, unknown, bucket), from the words around it. */
function classify(
	c: Context,
	found: ReturnType<typeof nearestKeyword>
): { kind: MentionKind; bucket: boolean; joined: boolean } {
	const bucket = isBucket(c.t, c.money, c.after, c.prevEnd);
	// Words after the figure can also say what it is: "350 亿元产值", "10 亿元销售额".
	const otherAfter = /^\s*的?\s*(?:年?产值|销售|营收|税收|规模|交易额|成交额|营业收入|订单)/.test(c.after);
	let kind: MentionKind = bucket ? 'bucket' : otherAfter ? 'other' : found.kind;
	// "分别投资 6.5 亿元和 2 亿元": a figure joined to an investment figure by 和 / 、 is one too.
	const joined =
		found.keyword === null &&
		c.previous?.kind === 'investment' &&
		/^\s*(?:和|与|及|以及|、)\s*$/.test(c.clause);
	if (joined) kind = 'investment';
	if (kind === 'investment' && notThisItems(c.clause, c.sentenceBefore)) kind = 'other';
	return { kind, bucket, joined };
}

/** One figure with its context read: kind, qualifiers, part or total, and the words it came from. */
function mentionOf(text: string, c: Context): AmountMention {
	const { money, clause, clauseStart } = c;
	const found = nearestKeyword(clause);
	const { keyword, at: keywordAt } = found;
	const { kind, bucket, joined } = classify(c, found);
	const qualifiers: string[] = money.approximate ? ['余'] : [];
	let end = money.end;
	const tail = /^\s*(以上|以下|左右)/.exec(c.after);
	if (!bucket && tail) {
		qualifiers.push(tail[1]!);
		end += tail[0].length;
	}
	const between = keyword !== null ? clause.slice(keywordAt + keyword.length) : clause.slice(-8);
	qualifiers.unshift(...qualifierBefore(between));
	// 预计 earlier in the clause ("预计总投资金额达 17.35 亿元") is a qualifier too.
	const forecast = keyword !== null ? /预计\s*$/.exec(clause.slice(0, keywordAt)) : null;
	if (forecast && !qualifiers.some((q) => q.includes('预计'))) qualifiers.unshift('预计');
	const textStart =
		keyword !== null
			? clauseStart + keywordAt - (forecast ? forecast[0].length : 0)
			: money.start - LEADING_QUALIFIERS.exec(clause)![0].length;
	return {
		value: money.value,
		currency: money.currency,
		qualifier: qualifiers.length ? qualifiers.join('') : null,
		text: text.slice(Math.max(textStart, clauseStart), end).replace(/\s+/g, ' ').trim(),
		kind,
		keyword,
		part: isPart(c, keyword, keywordAt, joined),
		aggregate:
			/\d+\s*[个项]|[一二两三四五六七八九十百]+\s*[个项](?:项目|重大|产业|重点)|共|合计|累计|总签约|签约总/.test(
				c.sentenceBefore
			),
		index: money.start,
		end,
		conversion:
			/^[\s（(]*(?:约合|折合|合计约|合|相当于)\s*(?:人民币)?\s*$/.test(c.t.slice(c.prevEnd, money.start)) &&
			c.previous !== undefined
	};
}

/** Every money figure in a text, with what it is (investment or not) and how it relates to the others. */
export function findAmountMentions(text: string): AmountMention[] {
	const t = toHalfWidth(text);
	const out: AmountMention[] = [];
	const breaks = new Breaks(t);
	let prevEnd = 0;
	for (const m of t.matchAll(MONEY)) {
		const money = readMoney(t, m);
		if (!money) continue;
		// The clause before the number: back to a clause break or the previous amount.
		breaks.advanceTo(money.start);
		const clauseStart = Math.max(windowStart(breaks.clause, money.start, CLAUSE_WINDOW), prevEnd);
		const mention = mentionOf(text, {
			t,
			money,
			clause: t.slice(clauseStart, money.start),
			clauseStart,
			sentenceBefore: t.slice(windowStart(breaks.sentence, money.start, SENTENCE_WINDOW), money.start),
			after: t.slice(money.end, money.end + AFTER_WINDOW),
			previous: out[out.length - 1],
			prevEnd,
			breaks
		});
		out.push(mention);
		prevEnd = mention.end;
	}
	return out;
}

function toInfo(m: AmountMention): AmountInfo {
	return { value: m.value, currency: m.currency, qualifier: m.qualifier, text: m.text };
}

/** The subject words of a clause before its keyword: tells "A项目总投资" from "B项目总投资". */
function subjectOf(text: string, m: AmountMention): string {
	const t = toHalfWidth(text.slice(Math.max(0, m.index - CLAUSE_WINDOW), m.index));
	let clauseStart = 0;
	for (let i = t.length - 1; i >= 0; i--) {
		if (CLAUSE_END.test(t[i]!)) {
			clauseStart = i + 1;
			break;
		}
	}
	const clause = t.slice(clauseStart);
	const k = m.keyword ? clause.lastIndexOf(m.keyword) : -1;
	return (k >= 0 ? clause.slice(0, k) : clause).trim();
}

/**
 * The investment amount of one piece of text (a headline, caption or body), following the rules at
 * the top of this file. Returns the amount in its own currency; null when the text states none.
 */
export function textAmount(text: string, mentions = findAmountMentions(text)): AmountInfo | null {
	const inv = mentions.filter((m) => m.kind === 'investment');
	if (inv.length === 0) return null;
	const pick = (m: AmountMention): AmountInfo => {
		// A foreign amount followed by the text's own CNY equivalent uses that equivalent.
		const next = mentions[mentions.indexOf(m) + 1];
		if (m.currency !== 'CNY' && next && next.conversion && next.currency === 'CNY') {
			return {
				value: next.value,
				currency: 'CNY',
				qualifier: next.qualifier ?? '约合',
				text: `${m.text}（约合 ${next.text}）`
			};
		}
		return toInfo(m);
	};
	const totals = inv.filter((m) => !m.part);
	if (totals.length > 0) {
		const agg = totals.find((m) => m.aggregate);
		if (agg) return pick(agg);
		// Several stand-alone amounts: separate projects when each names its own subject ("A项目总投资 …；
		// B项目总投资 …"), summed; otherwise the first (later ones restate or detail it).
		const seen = new Set<string>();
		const distinct = totals.filter((m) => {
			const key = `${m.value} ${m.currency}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
		if (distinct.length > 1 && distinct.every((m) => m.currency === distinct[0]!.currency)) {
			const subjects = distinct.map((m) => subjectOf(text, m));
			const separate =
				subjects.every((s) => /项目|公司|企业|集团/.test(s)) && new Set(subjects).size === subjects.length;
			if (separate) return sum(distinct);
		}
		return pick(totals[0]!);
	}
	// Only parts and no stated total: the parts add up to the item's amount.
	const currency = inv[0]!.currency;
	const parts = inv.filter((m) => m.currency === currency);
	return parts.length === 1 ? pick(parts[0]!) : sum(parts);
}

function sum(ms: AmountMention[]): AmountInfo {
	const value = Math.round(ms.reduce((s, m) => s + m.value, 0) * 1e6) / 1e6;
	const qs = [...new Set(ms.map((m) => m.qualifier).filter((q): q is string => q !== null))];
	return {
		value,
		currency: ms[0]!.currency,
		qualifier: qs.length ? qs.join('') : null,
		text: ms.map((m) => m.text).join('；'),
		parts: ms.map(toInfo)
	};
}

/**
 * The investment amount stated in a text, or null. A text that is only an amount ("约 107 亿元",
 * "5000 万元", "10 亿美元") is read as one, so this also parses amounts typed into a filter.
 */
export function parseAmount(text: string): AmountInfo | null {
	const mentions = findAmountMentions(text);
	const found = textAmount(text, mentions);
	if (found) return found;
	const bare = toHalfWidth(text).replace(/\s+/g, '');
	if (mentions.length === 1 && mentions[0]!.kind !== 'bucket') {
		const m = mentions[0]!;
		if (BARE_AMOUNT.test(bare.replace(LEADING_WORDS, ''))) return toInfo(m);
	}
	return null;
}

/**
 * How much of one piece of an item is read for its amount (and its project count). A news item
 * states its investment in its opening; a piece longer than this is not a news item, and reading
 * all of it would only make a huge upload slow.
 */
export const ITEM_TEXT_LIMIT = 20000;

/** The part of a piece of text that the field finders read. */
export function opening(text: string): string {
	return text.length > ITEM_TEXT_LIMIT ? text.slice(0, ITEM_TEXT_LIMIT) : text;
}

/**
 * The amount of an item: the headline's if it states one, else the caption's, else the body's.
 * The same figure repeated elsewhere (often with 约 or 超) lends its qualifier and wording.
 */
export function itemAmount(item: { title: string; caption: string | null; body: string }): AmountInfo | null {
	const pieces = [item.title, item.caption ?? '', item.body].map(opening);
	const found = pieces.map((p) => ({ text: p, mentions: findAmountMentions(p) }));
	const statesTotal = (f: (typeof found)[number]) =>
		f.mentions.some((m) => m.kind === 'investment' && !m.part);
	let chosen: AmountInfo | null = null;
	for (const [n, f] of found.entries()) {
		// A piece that only names a phase or a sub-project ("一期投资 20 亿元") yields to a later piece
		// that states the total.
		if (!statesTotal(f) && found.slice(n + 1).some(statesTotal)) continue;
		chosen = textAmount(f.text, f.mentions);
		if (chosen) break;
	}
	if (!chosen || chosen.parts) return chosen;
	if (chosen.qualifier === null) {
		for (const f of found) {
			const same = f.mentions.find(
				(m) =>
					m.kind === 'investment' &&
					m.value === chosen!.value &&
					m.currency === chosen!.currency &&
					m.qualifier !== null
			);
			if (same) return toInfo(same);
		}
	}
	return chosen;
}

/** One item's investment above this many 亿元 (10 万亿, several times a province's yearly fixed investment) is a misreading. */
export const MAX_PLAUSIBLE_YI = 100000;

/**
 * The contract fields of an item's amount: 亿元 CNY and its words. A foreign-currency amount, and
 * one too large to be believed, keep their words but no amountYi.
 */
export function amountFields(info: AmountInfo | null): {
	amountYi: number | null;
	amountText: string | null;
} {
	if (!info) return { amountYi: null, amountText: null };
	const plausible = info.value <= MAX_PLAUSIBLE_YI;
	return { amountYi: info.currency === 'CNY' && plausible ? info.value : null, amountText: info.text };
}

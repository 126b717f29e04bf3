/**
 * Report texts shaped to make a parser slow: one huge paragraph full of amounts, thousands of
 * headlines with captions (one-column, and all in one interleaved block), a body of many lines.
 * Shared by the timing test (adversarial.test.ts) and bench/parse.ts.
 */

const HEADER = '园区周报\n2023年9月4日-9月10日\n一、招商引资\n';

const SENTENCES = [
	'其中A项目总投资 12.5 亿元，达产后年产值约 30 亿元，税收 2 亿元',
	'计划投资八千万元用于建设厂房（含配套）及研发中心',
	'总投资超百亿元的 10 个项目同步签约落户',
	'项目占地 836 亩，年产 100 万吨',
	'9 月 7 日上午举行开工仪式',
	'签约项目 56 个、计划投资金额 396.6 亿元'
];

/** One headline whose body is a single paragraph of about `bytes` UTF-8 bytes, with no source. */
export function longParagraph(bytes: number, punctuated = true): string {
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const s = SENTENCES[i % SENTENCES.length]! + (punctuated ? (i % 3 === 2 ? '。' : '，') : ' ');
		parts.push(s);
		size += Buffer.byteLength(s);
	}
	return `${HEADER}●某产业园区项目集中签约\n█${parts.join('')}\n`;
}

function headline(n: number): string {
	return `●第 ${n} 个新材料产业项目签约落户某经开区 总投资 ${(n % 9) + 1} 亿元`;
}
function caption(n: number): string {
	return `9 月 ${(n % 6) + 4} 日，第 ${n} 个新材料产业项目签约仪式在某经开区举行。`;
}
function body(n: number): string {
	return `█项目总投资 ${(n % 9) + 1} 亿元，建设年产 ${n} 万吨新材料生产线，其中一期投资 ${(n % 5) + 1} 亿元（某市政府网站）。`;
}

/** `count` one-column items: headline, dated caption, body with its source. */
export function manyHeadlines(count: number): string {
	const out = [HEADER];
	for (let n = 1; n <= count; n++) out.push(headline(n), caption(n), body(n));
	return out.join('\n') + '\n';
}

/**
 * `count` headlines in one interleaved block (all headlines, then the bodies, then one caption fewer
 * than there are items), so every caption must be matched against every item by its text.
 */
export function oneBlock(count: number): string {
	const out = [HEADER];
	for (let n = 1; n <= count; n++) out.push(headline(n));
	for (let n = 1; n <= count; n++) out.push(body(n));
	for (let n = 2; n <= count; n++) out.push(caption(n));
	return out.join('\n') + '\n';
}

/** One item whose body is `lines` short lines (a text file wrapped hard at every clause). */
export function manyLines(lines: number): string {
	const out = [HEADER, '●某产业园区项目开工', '█项目总投资 12 亿元'];
	for (let n = 0; n < lines; n++) out.push(`第 ${n} 行，投资 ${n % 50} 亿元，`);
	out.push('建成后年产值约 30 亿元（某市政府网站）。');
	return out.join('\n') + '\n';
}

/** Lone and doubled bullets, which must never make an empty or bulleted title. */
export function strayBullets(count: number): string {
	const out = [HEADER];
	for (let n = 1; n <= count; n++) out.push('●', `●●${headline(n).slice(1)}`, caption(n), body(n));
	return out.join('\n') + '\n';
}

/** `count` one-column items whose captions are dated all over two years. */
export function manyDates(count: number): string {
	const out = [HEADER];
	for (let n = 1; n <= count; n++) {
		const year = 2022 + (n % 2);
		out.push(headline(n), `${year} 年 ${(n % 12) + 1} 月 ${(n % 28) + 1} 日，第 ${n} 个项目签约。`, body(n));
	}
	return out.join('\n') + '\n';
}

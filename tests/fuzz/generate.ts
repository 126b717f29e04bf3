/**
 * Seeded generator of report texts for fuzzing the parser and the pipeline: mutations of the seed
 * report (lines dropped, doubled, swapped, cut, spliced; characters inserted from a pool of the
 * report's own markers, numbers, units, markup and control characters) and adversarial shapes (one
 * huge paragraph, thousands of headlines, thousands of captions, deep repetition). The same seed
 * gives the same text, so a failure can be replayed from its seed alone. Pure.
 */
import { random } from '../../src/lib/map/synthetic';

/** Pieces a report is made of, and pieces that break things. */
const POOL = [
	'●',
	'█',
	'【',
	'】',
	'一、招商引资',
	'二、园区动态',
	'三、政策解读',
	'来源：',
	'（来源：新华网）',
	'亿元',
	'万元',
	'亿美元',
	'约',
	'总投资',
	'签约',
	'项目',
	'9 月 8 日',
	'2023年9月4日',
	'第36期',
	'园区周报',
	'１２３',
	'107',
	'0.5',
	'1e9',
	'-3',
	'９９９９９９９９亿元',
	'江苏省',
	'南通市',
	'南通高新区',
	'百色市',
	'通州区',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'=HYPERLINK("x")',
	'\u0000',
	'\u202e',
	'\ufeff',
	'\r',
	'\t',
	'\u3000',
	' ',
	'\n',
	'\n\n',
	'……',
	'，',
	'。',
	'；',
	'“',
	'”',
	'𠀀',
	'é',
	'\ud800'
];

export interface FuzzCase {
	seed: number;
	kind: string;
	text: string;
}

type Rand = () => number;

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const int = (rand: Rand, max: number) => Math.floor(rand() * max);

function noise(rand: Rand, n: number): string {
	let out = '';
	for (let i = 0; i < n; i++)
		out += rand() < 0.7 ? pick(rand, POOL) : String.fromCharCode(0x4e00 + int(rand, 0x5000));
	return out;
}

/** One mutation of a list of lines, in place. */
function mutateLines(rand: Rand, lines: string[]): void {
	const at = int(rand, lines.length + 1);
	switch (int(rand, 7)) {
		case 0:
			lines.splice(at, 1 + int(rand, 3));
			break;
		case 1:
			lines.splice(at, 0, ...lines.slice(at, at + 1 + int(rand, 4)));
			break;
		case 2: {
			const b = int(rand, lines.length);
			[lines[at % Math.max(1, lines.length)], lines[b]] = [lines[b], lines[at % Math.max(1, lines.length)]];
			break;
		}
		case 3: {
			const line = lines[at] ?? '';
			const cut = int(rand, line.length + 1);
			lines[at] = line.slice(0, cut) + noise(rand, 1 + int(rand, 4)) + line.slice(cut);
			break;
		}
		case 4:
			lines.splice(at, 0, noise(rand, 1 + int(rand, 12)));
			break;
		case 5:
			lines[at] = (lines[at] ?? '').slice(0, int(rand, 20));
			break;
		default:
			lines.splice(at, 0, `${pick(rand, ['●', '█', ''])}${lines[int(rand, lines.length)] ?? ''}`);
	}
}

/** A window of the seed's lines with a few mutations: small, fast inputs for volume. */
function mutated(rand: Rand, seedLines: readonly string[], maxLines: number): string {
	const start = int(rand, seedLines.length);
	const lines = seedLines.slice(start, start + 1 + int(rand, maxLines));
	// Most windows get what makes a report readable (a section, a headline, a dated sentence), so
	// the mutations reach the item code and not only the refusals.
	if (rand() < 0.85) {
		const headline = seedLines.find((l, i) => i >= start && l.includes('●')) ?? '●园区项目签约';
		lines.unshift(
			pick(rand, ['一、招商引资', '二、园区动态', '三、政策解读']),
			headline,
			`${1 + int(rand, 28)} 月 ${1 + int(rand, 28)} 日，2023 年`
		);
	}
	const mutations = int(rand, 6);
	for (let i = 0; i < mutations; i++) mutateLines(rand, lines);
	return lines.join(pick(rand, ['\n', '\r\n', '\n\n', '\r']));
}

/** Adversarial shapes, each at most about `maxChars` characters. */
function adversarial(
	rand: Rand,
	seedLines: readonly string[],
	maxChars: number
): { kind: string; text: string } {
	const headline = () => `●${pick(rand, seedLines).slice(0, 30)}`;
	const fill = (unit: () => string) => {
		const parts: string[] = [];
		let size = 0;
		while (size < maxChars) {
			const part = unit();
			parts.push(part);
			size += part.length + 1;
		}
		return parts.join('\n');
	};
	switch (int(rand, 5)) {
		case 0:
			return {
				kind: 'huge-paragraph',
				text: `一、招商引资\n●项目\n${noise(rand, 8).repeat(Math.ceil(maxChars / 40))}`
			};
		case 1:
			return { kind: 'many-headlines', text: `一、招商引资\n${fill(headline)}` };
		case 2:
			return {
				kind: 'many-captions',
				text: `一、招商引资\n${fill(() => `█${noise(rand, 3)}投资 ${int(rand, 999)} 亿元`)}`
			};
		case 3: {
			const unit = noise(rand, 1 + int(rand, 4));
			return {
				kind: 'deep-repetition',
				text: `一、招商引资\n●${unit.repeat(Math.ceil(maxChars / Math.max(1, unit.length)))}`
			};
		}
		default:
			return {
				kind: 'amounts',
				text: `一、招商引资\n●签约\n${fill(() => `${int(rand, 99999)}${pick(rand, ['亿元', '万元', '亿', '元'])}，`)}`
			};
	}
}

/**
 * The fuzz case for a seed: mostly small mutations of the seed report, some whole mutated
 * reports, some adversarial shapes bounded by `maxChars`.
 */
export function fuzzCase(seed: number, seedLines: readonly string[], maxChars = 4000): FuzzCase {
	const rand = random(seed);
	const roll = rand();
	if (roll < 0.9)
		return { seed, kind: 'mutated-window', text: mutated(rand, seedLines, 12).slice(0, maxChars) };
	if (roll < 0.96) {
		const lines = [...seedLines];
		for (let i = int(rand, 20); i >= 0; i--) mutateLines(rand, lines);
		return { seed, kind: 'mutated-report', text: lines.join('\n') };
	}
	return { seed, ...adversarial(rand, seedLines, maxChars) };
}

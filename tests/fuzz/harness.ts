/**
 * Runs one fuzz case through the parser (and the locator) and checks what came out: either items
 * that keep the contract, or a ReportError with a message. Anything else is a crash; a case
 * slower than the limit is a hang. Node only (loads the gazetteer once).
 */
import { ReportError } from '../../src/lib/report';
import { parseReportText } from '../../src/lib/report/parse';
import { locator } from '../../src/lib/server/pipeline';
import type { FuzzCase } from './generate';

export type Outcome =
	| { kind: 'parsed'; items: number }
	| { kind: 'refused'; code: string }
	| { kind: 'crash'; error: string }
	| { kind: 'violation'; problem: string };

const SECTIONS = new Set(['investment', 'news', 'policy']);

/** What is wrong with a parsed report, or null. */
function contractProblem(report: ReturnType<typeof parseReportText>): string | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(report.report.week)) return `week ${report.report.week}`;
	if (report.items.length === 0) return 'no items but no error';
	const ids = new Set<string>();
	for (const item of report.items) {
		if (ids.has(item.id)) return `duplicate id ${item.id}`;
		ids.add(item.id);
		if (!SECTIONS.has(item.section)) return `section ${item.section}`;
		if (typeof item.title !== 'string' || typeof item.body !== 'string') return 'title or body not text';
		if (item.amountYi !== null && !(Number.isFinite(item.amountYi) && item.amountYi >= 0))
			return `amount ${item.amountYi}`;
		const loc = item.location;
		if (loc && !(loc.lon >= 70 && loc.lon <= 140 && loc.lat >= 0 && loc.lat <= 56))
			return `location ${loc.lon},${loc.lat}`;
	}
	return null;
}

let locate: ReturnType<typeof locator> | undefined;

export function runCase(c: FuzzCase, options: { locate?: boolean } = {}): Outcome {
	if (options.locate) locate ??= locator();
	try {
		const report = parseReportText(c.text, { locate: options.locate ? locate : undefined });
		const problem = contractProblem(report);
		return problem ? { kind: 'violation', problem } : { kind: 'parsed', items: report.items.length };
	} catch (error) {
		if (error instanceof ReportError && error.message.length > 0)
			return { kind: 'refused', code: error.code };
		return {
			kind: 'crash',
			error: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
		};
	}
}

export interface FuzzSummary {
	cases: number;
	parsed: number;
	refused: number;
	crashes: { seed: number; kind: string; error: string }[];
	hangs: { seed: number; kind: string; ms: number }[];
	byKind: Record<string, number>;
	slowestMs: number;
	ms: number;
}

/** Runs seeds [from, to); a case slower than hangMs counts as a hang. */
export function runSeeds(
	cases: (seed: number) => FuzzCase,
	from: number,
	to: number,
	options: { locate?: (seed: number) => boolean; hangMs?: number } = {}
): FuzzSummary {
	const hangMs = options.hangMs ?? 2000;
	const summary: FuzzSummary = {
		cases: 0,
		parsed: 0,
		refused: 0,
		crashes: [],
		hangs: [],
		byKind: {},
		slowestMs: 0,
		ms: 0
	};
	const t0 = performance.now();
	for (let seed = from; seed < to; seed++) {
		const c = cases(seed);
		const start = performance.now();
		const outcome = runCase(c, { locate: options.locate?.(seed) ?? false });
		const ms = performance.now() - start;
		summary.cases++;
		summary.byKind[c.kind] = (summary.byKind[c.kind] ?? 0) + 1;
		summary.slowestMs = Math.max(summary.slowestMs, ms);
		if (ms > hangMs) summary.hangs.push({ seed, kind: c.kind, ms: Math.round(ms) });
		if (outcome.kind === 'parsed') summary.parsed++;
		else if (outcome.kind === 'refused') summary.refused++;
		else
			summary.crashes.push({
				seed,
				kind: c.kind,
				error: outcome.kind === 'crash' ? outcome.error : outcome.problem
			});
	}
	summary.ms = Math.round(performance.now() - t0);
	return summary;
}

/**
 * The comparison page's work on the server: one week against the eleven before it, by sector and
 * by province, over 100,000 synthetic projects in 12 weeks. Prints JSON and a short table.
 * Usage: npm run bench -- weeks
 */
import { compareWeeks, timeAxis } from '../src/lib/compare';
import { NO_FILTERS } from '../src/lib/filters';
import { syntheticItems } from '../src/lib/map/synthetic';

const CITIES: Record<string, [number, number]> = {
	'320100': [118.8, 32.06],
	'440300': [114.06, 22.54],
	'510100': [104.07, 30.57],
	'420100': [114.31, 30.59]
};
const items = syntheticItems(100_000, CITIES);
const weeks = [...new Set(items.map((i) => i.week))].sort();
const current = { from: weeks.at(-1)!, to: weeks.at(-1)! };
const baseline = { from: weeks[0]!, to: weeks.at(-2)! };

const runs: number[] = [];
for (let r = 0; r < 9; r++) {
	const t0 = performance.now();
	compareWeeks(items, NO_FILTERS, current, baseline);
	runs.push(performance.now() - t0);
}
const sorted = [...runs].sort((a, b) => a - b);
const t0 = performance.now();
const slots = timeAxis(weeks, new Map()).length;
const axisMs = performance.now() - t0;

const result = {
	bench: 'weeks.compare',
	node: process.version,
	items: items.length,
	weeks: weeks.length,
	slots,
	compareMsMedian: Number(sorted[4]!.toFixed(1)),
	compareMsMax: Number(sorted[8]!.toFixed(1)),
	compareMsRuns: runs.map((r) => Number(r.toFixed(1))),
	axisMs: Number(axisMs.toFixed(2))
};
console.log(JSON.stringify(result));
console.log('');
console.log('metric                  value');
console.log(`compare (median, max)   ${result.compareMsMedian} ms, ${result.compareMsMax} ms (9 runs)`);
console.log(`time axis               ${result.axisMs} ms (${result.slots} slots)`);

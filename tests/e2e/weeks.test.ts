/**
 * Many weeks on the map: a fresh start stores the two seed weeks with an empty week between them;
 * the player steps the map through the weeks; the comparison page sets one week against another.
 * Screenshots of each step go to test-results/ at desktop and phone sizes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countsAsProject, matchesFilters, NO_FILTERS } from '../../src/lib/filters';
import { Store, type StoredItem } from '../../src/lib/server/store';
import { startApp, type RunningApp } from './app';
import { idle, launchBrowser, openMap } from './browser';

const VIEWPORTS = [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
];
const FIRST = '2023-09-04';
const GAP = '2023-09-11';
const LAST = '2023-09-18';

let dir: string;
let app: RunningApp;
let browser: Browser;
let items: StoredItem[];
let weeks: string[];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'parkmap-weeks-'));
	const dbPath = join(dir, 'weeks.sqlite');
	app = await startApp(dbPath);
	const store = new Store(dbPath);
	items = store.items();
	weeks = store.reports().map((r) => r.week);
	store.close();
	browser = await launchBrowser();
	mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
	await browser?.close();
	app?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const inWeek = (week: string) => items.filter((i) => i.week === week);
const shot = (page: Page, name: string) =>
	page.screenshot({
		path: `test-results/weeks-${name}-${page.viewportSize()!.width}x${page.viewportSize()!.height}.png`
	});

async function shownCount(page: Page): Promise<number> {
	return Number((await page.getByTestId('shown-count').textContent())!.replace(/[^\d]/g, ''));
}

function renderedIds(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = (window as unknown as { __parkmap: { map: import('maplibre-gl').Map } }).__parkmap.map;
		const ids = map
			.queryRenderedFeatures({ layers: ['projects', 'project-events'] })
			.filter((f) => f.state.shown !== false)
			.map((f) => String(f.properties.id));
		return [...new Set(ids)].sort();
	});
}

const weekShown = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { __parkmap: { filters: { weekFrom: string | null } } }).__parkmap.filters
				.weekFrom
	);

describe('a fresh start', () => {
	it('stores the real seed week and the example week, a week apart', () => {
		expect(weeks).toEqual([FIRST, LAST]);
		expect(inWeek(FIRST).length).toBeGreaterThan(0);
		expect(inWeek(LAST).length).toBeGreaterThan(0);
	});
});

describe('the comparison under the map filters', () => {
	it('applies the other filters to both periods and says which', async () => {
		const page = await browser.newPage({ viewport: VIEWPORTS[0] });
		try {
			await page.goto(`${app.baseUrl}/compare?section=policy&lang=en`);
			expect(await page.getByTestId('compare-filters').textContent()).toContain('Policy');
			const cells = await page.getByTestId('compare-sectors').locator('tfoot td').allTextContents();
			const policy = (week: string) => inWeek(week).filter((i) => i.section === 'policy').length;
			expect([Number(cells[0]), Number(cells[2])]).toEqual([policy(LAST), policy(FIRST)]);
			// Policy items have no amounts: unknown, so no percentage rather than −100% or 0%.
			expect(cells[1]).toBe('0*');
			expect(cells[5]).toBe('—');
		} finally {
			await page.close();
		}
	});
});

describe.each(VIEWPORTS)('weeks at $width×$height', (viewport) => {
	let page: Page;
	beforeAll(async () => {
		page = await browser.newPage({ viewport });
	});
	afterAll(() => page?.close());

	it('draws the week chart as a time axis with the missing week as a gap', async () => {
		await openMap(page, app.baseUrl);
		const chart = page.getByTestId('week-chart');
		const slots = await chart
			.locator('rect[data-week]')
			.evaluateAll((rects) => rects.map((r) => [r.getAttribute('data-week'), r.hasAttribute('data-gap')]));
		expect(slots).toEqual([
			[FIRST, false],
			[GAP, true],
			[LAST, false]
		]);
		await shot(page, '0-all');

		// A slot of the axis picks its week, a gap included.
		await chart.locator(`rect[data-pick="${GAP}"]`).click();
		await expect.poll(() => weekShown(page)).toBe(GAP);
		expect(await shownCount(page)).toBe(0);
		await chart.locator(`rect[data-pick="${LAST}"]`).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => weekShown(page)).toBe(LAST);
		// The count is of projects: events are counted apart.
		expect(await shownCount(page)).toBe(inWeek(LAST).filter((i) => i.kind !== 'event').length);
	});

	it('plays through the weeks, pauses, and stops after the last week', async () => {
		await openMap(page, app.baseUrl);
		const button = page.getByTestId('week-play');
		await button.click();
		for (const [step, week] of [FIRST, GAP, LAST].entries()) {
			await page.waitForFunction(
				(w) =>
					(window as unknown as { __parkmap: { filters: { weekFrom: string | null } } }).__parkmap.filters
						.weekFrom === w,
				week,
				{ timeout: 15_000 }
			);
			if (week !== LAST) await button.click(); // pause, to look at this week
			expect(await button.getAttribute('aria-pressed')).toBe(week === LAST ? 'true' : 'false');
			await idle(page);
			const filters = { ...NO_FILTERS, weekFrom: week, weekTo: week };
			const expected = items.filter((i) => matchesFilters(i, filters));
			expect(await shownCount(page)).toBe(expected.filter((i) => countsAsProject(i, filters)).length);
			expect(await renderedIds(page)).toEqual(
				expected
					.filter((i) => i.location)
					.map((i) => i.id)
					.sort()
			);
			const label = await page.getByTestId('player-week').textContent();
			expect(label).toContain(week);
			expect(label!.includes('无周报')).toBe(week === GAP);
			await shot(page, `${step + 1}-play-${week}`);
			if (week !== LAST) await button.click(); // play on from here
		}
		// After the last week the player stops by itself and the map stays on that week.
		await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('false');
		expect(await weekShown(page)).toBe(LAST);
		expect(new URL(page.url()).searchParams.get('week') ?? LAST).toBe(LAST);

		// Play again from the start; a range chosen by hand meanwhile stops the player and stays.
		await button.click();
		await expect.poll(() => weekShown(page)).toBe(FIRST);
		await page.getByTestId('week-to').selectOption(LAST);
		await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('false');
		const from = await weekShown(page); // FIRST, or GAP if a step came first
		expect([FIRST, GAP]).toContain(from);
		await page.waitForTimeout(2_000); // longer than a step
		const filters = await page.evaluate(
			() =>
				(window as unknown as { __parkmap: { filters: { weekFrom: string; weekTo: string } } }).__parkmap
					.filters
		);
		expect(filters).toMatchObject({ weekFrom: from, weekTo: LAST });
	});

	it('compares the example week with the seed week, then a range with a week', async () => {
		await openMap(page, app.baseUrl, `week=${LAST}`);
		await page.getByTestId('compare-link').click();
		await page.waitForURL(/\/compare\?/);
		expect(new URL(page.url()).searchParams.get('week')).toBe(LAST);

		const known = (list: StoredItem[]) => list.reduce((s, i) => s + (i.amountYi ?? 0), 0);
		const unknown = (list: StoredItem[]) => list.filter((i) => i.amountYi === null).length;
		const footer = page.getByTestId('compare-sectors').locator('tfoot td');
		const cells = async () => (await footer.allTextContents()).map((s) => s.trim());
		const num = (s: string) => Number(s.replace(/[^\d.]/g, ''));
		const [curCount, curTotal, baseCount, baseTotal, change] = await cells();
		expect(num(curCount!)).toBe(inWeek(LAST).length);
		expect(num(baseCount!)).toBe(inWeek(FIRST).length);
		expect(num(curTotal!)).toBeCloseTo(known(inWeek(LAST)), 0);
		expect(num(baseTotal!)).toBeCloseTo(known(inWeek(FIRST)), 0);
		// Both weeks have items without an amount: marked, not summed as zero.
		expect(unknown(inWeek(LAST))).toBeGreaterThan(0);
		expect(curTotal).toMatch(/\*$/);
		expect(change!.startsWith(known(inWeek(LAST)) > known(inWeek(FIRST)) ? '+' : '−')).toBe(true);

		// Each province row counts that province's items in each week.
		const rows = await page
			.getByTestId('compare-provinces')
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [
					tr.getAttribute('data-key'),
					...[...tr.querySelectorAll('td')].map((td) => td.textContent)
				])
			);
		expect(rows.length).toBeGreaterThan(10);
		for (const [key, cur, , base] of rows) {
			const of = (list: StoredItem[]) => list.filter((i) => (i.location?.province ?? '') === key).length;
			expect([num(cur!), num(base!)]).toEqual([of(inWeek(LAST)), of(inWeek(FIRST))]);
		}
		await shot(page, '4-compare-weeks');

		// A range against a week: the gap week adds nothing to the current side.
		await page.getByTestId('current-from').selectOption(FIRST);
		await page.waitForURL((url) => url.searchParams.get('week') === `${FIRST}..${LAST}`);
		await expect.poll(async () => num((await cells())[0]!)).toBe(items.length);
		expect(new URL(page.url()).searchParams.get('vs')).toBe(FIRST);
		await shot(page, '5-compare-range');

		await page.getByTestId('back-to-map').click();
		await page.waitForURL((url) => url.pathname === '/');
		expect(new URL(page.url()).searchParams.get('week')).toBe(`${FIRST}..${LAST}`);
	});
});

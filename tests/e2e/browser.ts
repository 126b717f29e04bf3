/**
 * Headless Chromium for the end-to-end tests and the benchmark: Debian's chromium through
 * playwright-core (no browser download). WebGL runs on SwiftShader with --disable-gpu.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/lib/server/local-app';

export function launchBrowser(): Promise<Browser> {
	return launchChromium();
}

/** The map page with the test hook (`window.__parkmap`); the product page `/` has none. */
export const TEST_MAP_PATH = '/test/map';

/** Opens the map page with the test hook and waits until the map has drawn the projects. */
export async function openMap(page: Page, baseUrl: string, search = ''): Promise<void> {
	await page.goto(`${baseUrl}${TEST_MAP_PATH}?${new URLSearchParams(search)}`);
	await waitForMap(page);
}

/**
 * Opens the benchmark page (its map and test hook) with N SYNTHETIC items, and waits for its
 * first frame; `query` adds URL parameters.
 */
export async function openBench(page: Page, baseUrl: string, n: number, query = ''): Promise<void> {
	await page.goto(`${baseUrl}/bench?n=${n}${query ? `&${query}` : ''}`);
	await page.waitForFunction(() => performance.getEntriesByName('parkmap:first-frame').length > 0);
}

export async function waitForMap(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const hook = (
				window as unknown as {
					__parkmap?: { map: { loaded(): boolean; getLayer(id: string): unknown } | null };
				}
			).__parkmap;
			return !!hook?.map && !!hook.map.getLayer('projects') && hook.map.loaded();
		},
		undefined,
		{ timeout: 30_000 }
	);
	await idle(page);
}

/** Resolves once the map has no pending work (tiles parsed, frame painted). */
export async function idle(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (
					window as unknown as {
						__parkmap: {
							map: { loaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void };
						};
					}
				).__parkmap.map;
				map.once('idle', () => resolve());
				map.triggerRepaint();
			})
	);
}

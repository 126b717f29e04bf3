import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCommand, optionsToParams, type ExportIo } from '../../../src/lib/cli/export';
import type { SnapshotRequest } from '../../../src/lib/server/export/headless';
import { applyFilters, filtersFromParams } from '../../../src/lib/filters';
import type { StoredItem } from '../../../src/lib/server/store';
import { item, UNLOCATED } from '../export/fixtures';

const stored = (over: Partial<StoredItem>): StoredItem => ({
	...item(),
	kind: 'project',
	projectCount: null,
	reportId: 'r',
	corrected: [],
	...over
});

const ITEMS: StoredItem[] = [
	stored({ id: 'a', sectors: ['新材料'], amountYi: 107 }),
	stored({ id: 'b', sectors: ['生物医药'], amountYi: 5, week: '2023-09-11' }),
	stored({ id: 'c', sectors: ['新材料'], amountYi: null, section: 'news' }),
	{
		...UNLOCATED,
		kind: 'project',
		projectCount: null,
		reportId: 'r',
		corrected: [],
		id: 'd',
		sectors: ['新材料'],
		amountYi: 20
	}
];

function io(): ExportIo & { out: string; err: string; bytes: Uint8Array[] } {
	const state = {
		out: '',
		err: '',
		bytes: [] as Uint8Array[],
		stdin: process.stdin,
		stdout: (t: string) => void (state.out += t),
		stderr: (t: string) => void (state.err += t),
		stdoutBytes: (b: Uint8Array) => void state.bytes.push(b)
	};
	return state;
}

async function csvIds(args: string[]): Promise<string[]> {
	const out = io();
	const code = await exportCommand(['--format', 'csv', '--headers', 'keys', ...args], out, {
		loadItems: async () => ITEMS
	});
	expect(code, out.err).toBe(0);
	const text = new TextDecoder().decode(out.bytes[0]).replace(/^\uFEFF/, '');
	return Papa.parse<{ id: string }>(text, { header: true, skipEmptyLines: true }).data.map((r) => r.id);
}

describe('export command', () => {
	it('applies the same filters as the page', async () => {
		expect(await csvIds([])).toEqual(['a', 'b', 'c', 'd']);
		expect(await csvIds(['--sector', '新材料'])).toEqual(['a', 'c', 'd']);
		expect(await csvIds(['--sector', '新材料', '--min', '10'])).toEqual(['a', 'd']);
		expect(await csvIds(['--week', '2023-09-11'])).toEqual(['b']);
		expect(await csvIds(['--week', '2023-09-04..2023-09-11', '--section', 'news'])).toEqual(['c']);
		const args = { sector: '新材料', min: '10' };
		const page = applyFilters(ITEMS, filtersFromParams(optionsToParams(args))).map((i) => i.id);
		expect(await csvIds(['--sector', '新材料', '--min', '10'])).toEqual(page);
	});

	it('writes Chinese headings by default, English with --lang en, keys with --headers keys', async () => {
		const header = async (args: string[]) => {
			const out = io();
			expect(await exportCommand(['--format', 'csv', ...args], out, { loadItems: async () => ITEMS })).toBe(
				0
			);
			return new TextDecoder()
				.decode(out.bytes[0])
				.replace(/^\uFEFF/, '')
				.split('\r\n')[0]
				.split(',');
		};
		expect((await header([])).slice(0, 4)).toEqual(['编号', '周', '栏目', '标题']);
		expect((await header(['--lang', 'en'])).slice(0, 4)).toEqual(['ID', 'Week', 'Section', 'Title']);
		expect((await header(['--headers', 'keys', '--lang', 'en'])).slice(0, 4)).toEqual([
			'id',
			'week',
			'section',
			'title'
		]);
		const bad = io();
		expect(await exportCommand(['--format', 'csv', '--headers', 'json'], bad)).toBe(2);
		expect(bad.err).toContain('--headers');
	});

	it('writes GeoJSON with null geometry for unlocated items', async () => {
		const out = io();
		expect(await exportCommand(['--format', 'geojson'], out, { loadItems: async () => ITEMS })).toBe(0);
		const fc = JSON.parse(new TextDecoder().decode(out.bytes[0])) as {
			features: { id: string; geometry: unknown }[];
		};
		expect(fc.features.find((f) => f.id === 'd')?.geometry).toBeNull();
	});

	it('hands PNG and PDF to the snapshot with the filters in the page URL', async () => {
		const out = io();
		let request: SnapshotRequest | undefined;
		const code = await exportCommand(
			['--format', 'png', '--sector', '新材料', '--size', '1080p', '--title', 'T'],
			out,
			{
				snapshot: async (r) => {
					request = r;
					return new Uint8Array([1, 2, 3]);
				}
			}
		);
		expect(code, out.err).toBe(0);
		expect(request?.params.get('sector')).toBe('新材料');
		expect(request?.params.get('export')).toBe('png');
		expect(request?.params.get('size')).toBe('1080p');
		expect(request?.params.get('title')).toBe('T');
		expect(request?.params.has('layer')).toBe(false);
		expect([...out.bytes[0]]).toEqual([1, 2, 3]);
	});

	it('asks the page for its region view with --layer regions, and its metric', async () => {
		for (const [layer, param] of [
			['regions', 'regions'],
			['points', null]
		]) {
			let request: SnapshotRequest | undefined;
			const out = io();
			const code = await exportCommand(['--format', 'svg', '--layer', layer!, '--metric', 'count'], out, {
				snapshot: async (r) => {
					request = r;
					return new Uint8Array([1]);
				}
			});
			expect(code, out.err).toBe(0);
			expect(request?.params.get('layer')).toBe(param);
			expect(request?.params.get('metric')).toBe('count');
		}
	});

	it('refuses bad options with a message and exit code 2', async () => {
		for (const args of [
			[],
			['--format', 'docx'],
			['--format', 'csv', '--week', 'last'],
			['--format', 'csv', '--min', 'ten'],
			['--format', 'csv', '--section', 'sports'],
			['--format', 'png', '--size', 'huge'],
			['--format', 'png', '--layer', 'heat'],
			['--format', 'png', '--metric', 'money'],
			['--format', 'csv', '--bogus']
		]) {
			const out = io();
			expect(await exportCommand(args, out, { loadItems: async () => ITEMS })).toBe(2);
			expect(out.err).toMatch(/export|format|week|min|section|size|layer|metric|option/i);
			expect(out.bytes).toHaveLength(0);
		}
	});
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/lib/cli';
import { Store } from '../../../src/lib/server/store';

const SEED = 'data/seed/report-2023-09-04.txt';

async function cli(argv: string[], stdin = '') {
	let stdout = '';
	let stderr = '';
	const code = await run(argv, {
		stdin: Readable.from([stdin]),
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text)
	});
	return { code, stdout, stderr };
}

describe('cli', () => {
	let dir: string;
	const previousDb = process.env.PARKMAP_DB;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-cli-'));
		process.env.PARKMAP_DB = join(dir, 'cli.sqlite');
	});
	afterAll(() => {
		if (previousDb === undefined) delete process.env.PARKMAP_DB;
		else process.env.PARKMAP_DB = previousDb;
		rmSync(dir, { recursive: true, force: true });
	});

	it('parse prints the report and every item as one JSON object', async () => {
		const { code, stdout, stderr } = await cli(['parse', SEED]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const parsed = JSON.parse(stdout);
		expect(parsed.report.week).toBe('2023-09-04');
		expect(parsed.items).toHaveLength(47);
		for (const item of parsed.items) {
			expect(Object.keys(item)).toEqual(
				expect.arrayContaining([
					'id',
					'section',
					'title',
					'date',
					'amountYi',
					'amountText',
					'sectors',
					'source',
					'location',
					'caption',
					'body'
				])
			);
		}
	});

	it('parse --week overrides the inferred week', async () => {
		const { stdout } = await cli(['parse', SEED, '--week', '2023-09-13']);
		expect(JSON.parse(stdout).report).toMatchObject({ week: '2023-09-11', weekSource: 'option' });
	});

	it('refuses bad input with a message and a non-zero code', async () => {
		const empty = join(dir, 'empty.txt');
		writeFileSync(empty, '');
		const garbage = join(dir, 'garbage.pdf');
		writeFileSync(garbage, Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x01, 0x02]));
		for (const args of [
			['parse', empty],
			['parse', garbage],
			['parse', join(dir, 'missing.txt')]
		]) {
			const { code, stdout, stderr } = await cli(args);
			expect(code).not.toBe(0);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^error: .{15,}/);
		}
		const badWeek = await cli(['parse', SEED, '--week', 'next week']);
		expect(badWeek.code).toBe(2);
		expect(badWeek.stderr).toMatch(/YYYY-MM-DD/);
		expect((await cli(['frobnicate'])).code).toBe(2);
	});

	it('ingest stores a report once and leaves the store untouched when a file is bad', async () => {
		const first = await cli(['ingest', SEED]);
		expect(first.code).toBe(0);
		expect(JSON.parse(first.stdout)).toMatchObject({ added: true, items: 47 });
		const again = await cli(['ingest', SEED]);
		expect(JSON.parse(again.stdout)).toMatchObject({ added: false, items: 47 });

		const noItems = join(dir, 'no-items.txt');
		writeFileSync(noItems, '这是一段没有任何条目的文字。\n第二行。\n');
		const bad = await cli(['ingest', SEED, noItems]);
		expect(bad.code).not.toBe(0);
		const store = new Store(process.env.PARKMAP_DB);
		expect(store.reports()).toHaveLength(1);
		expect(store.items()).toHaveLength(47);
		store.close();
	});

	it('locate answers one JSON line per input line, null when no place is named', async () => {
		const { code, stdout } = await cli(['locate'], '南通高新区项目开工\n今天天气很好\n广西百色市签约\n');
		expect(code).toBe(0);
		const lines = stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatchObject({ province: '江苏省', city: '南通市' });
		expect(lines[1]).toBeNull();
		expect(lines[2]).toMatchObject({ province: '广西壮族自治区', city: '百色市' });
	});

	it('correct sets a place by name and other fields by hand, kept across re-ingest', async () => {
		await cli(['ingest', SEED]);
		const store = new Store(process.env.PARKMAP_DB);
		const target = store.items().find((i) => i.location?.province !== '江苏省')!;
		store.close();
		const done = await cli([
			'correct',
			target.id,
			'--place',
			'南通高新区',
			'--amount',
			'12.5',
			'--sectors',
			'新材料、生物医药',
			'--note',
			'checked with the park'
		]);
		expect(done.stderr).toBe('');
		expect(done.code).toBe(0);
		const item = JSON.parse(done.stdout);
		expect(item).toMatchObject({ id: target.id, amountYi: 12.5, sectors: ['新材料', '生物医药'] });
		expect(item.location).toMatchObject({ province: '江苏省', city: '南通市', level: 'zone' });
		expect(item.corrected.sort()).toEqual(['amountYi', 'location', 'sectors']);
		// Ingesting the same report again keeps the corrections.
		await cli(['ingest', SEED]);
		const after = new Store(process.env.PARKMAP_DB);
		expect(after.items().find((i) => i.id === target.id)).toMatchObject({ amountYi: 12.5 });
		after.close();
		const cleared = JSON.parse((await cli(['correct', target.id, '--amount', 'none'])).stdout);
		expect(cleared.amountYi).toBeNull();
	});

	it('correct refuses an unknown place, item or value, and stores nothing of that call', async () => {
		await cli(['ingest', SEED]);
		const before = new Store(process.env.PARKMAP_DB);
		const target = before.items()[1];
		before.close();
		const place = await cli(['correct', target.id, '--place', '火星基地', '--amount', '1']);
		expect(place.code).toBe(1);
		expect(place.stderr).toMatch(/火星基地.*not a place/);
		const item = await cli(['correct', 'no-such-id', '--amount', '1']);
		expect(item.code).toBe(1);
		expect(item.stderr).toMatch(/No item/);
		const value = await cli(['correct', target.id, '--place', '百色', '--section', 'sports']);
		expect(value.code).toBe(1);
		expect(value.stderr).toMatch(/section/);
		const nothing = await cli(['correct', target.id]);
		expect(nothing.code).toBe(2);
		const after = new Store(process.env.PARKMAP_DB);
		expect(after.items().find((i) => i.id === target.id)).toEqual(target);
		after.close();
	});

	it('extract turns articles into items, resolving dates against the publication date', async () => {
		const input = [
			JSON.stringify({
				text: '总投资 20 亿元的储能电池项目落户宜宾\n8日，宜宾市与某公司签约，项目总投资 20 亿元。',
				date: '2024-03-10'
			}),
			'not json'
		].join('\n');
		const { code, stdout, stderr } = await cli(['extract'], input);
		expect(code).toBe(1);
		expect(stderr).toMatch(/line 2/);
		const [item, failed] = stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		expect(item).toMatchObject({ amountYi: 20, date: '2024-03-08' });
		expect(item.location).toMatchObject({ province: '四川省', city: '宜宾市' });
		expect(failed).toBeNull();
	});
});

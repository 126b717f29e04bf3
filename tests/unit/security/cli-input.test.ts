import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/lib/cli';
import { Store } from '../../../src/lib/server/store';

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

describe('command line with bad input', () => {
	let dir: string;
	const previousDb = process.env.PARKMAP_DB;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-cli-bad-'));
		process.env.PARKMAP_DB = join(dir, 'cli.sqlite');
	});
	afterAll(() => {
		if (previousDb === undefined) delete process.env.PARKMAP_DB;
		else process.env.PARKMAP_DB = previousDb;
		rmSync(dir, { recursive: true, force: true });
	});

	it('extract reports each bad line on stderr and answers every line', async () => {
		const good = (text: string) => JSON.stringify({ text, date: '2023-09-08' });
		const lines = [
			good('百色市签约107亿元氧化铝项目'),
			JSON.stringify({ text: 'x', date: '2023-13-45' }),
			JSON.stringify({ text: '' }),
			'{not json',
			JSON.stringify({ text: 42 }),
			JSON.stringify({ text: 'y', date: 'soon' }),
			good('南通市新能源项目开工'),
			good('无锡市项目签约')
		];
		const { code, stdout, stderr } = await cli(['extract'], lines.join('\n') + '\n');
		const out = stdout.trim().split('\n');
		expect(out).toHaveLength(lines.length);
		expect(out.filter((line) => line === 'null')).toHaveLength(5);
		expect(JSON.parse(out[6]).location.city).toBe('南通市');
		expect(JSON.parse(out[7]).title).toBe('无锡市项目签约');
		for (const n of [2, 3, 4, 5, 6]) expect(stderr).toContain(`line ${n}:`);
		expect(code).toBe(1);
	});

	it('ingest of a folder says it is a folder, with no stack trace', async () => {
		const { code, stderr } = await cli(['ingest', dir]);
		expect(code).toBe(1);
		expect(stderr).toContain('is a folder');
		expect(stderr).not.toMatch(/EISDIR|\n\s+at /);
	});

	it.each(['0x10', '1e3', '0b11', '12,5', 'Infinity', '-3', ' ', '1_000'])(
		'correct --amount %j is refused and stores nothing',
		async (amount) => {
			await cli(['ingest', 'data/seed/report-2023-09-04.txt']);
			const store = new Store();
			const target = store.items()[0];
			store.close();
			const { code, stderr } = await cli(['correct', target.id, '--amount', amount]);
			expect(code).not.toBe(0);
			expect(stderr).toMatch(/amount/);
			const after = new Store();
			expect(after.items().find((i) => i.id === target.id)?.amountYi).toBe(target.amountYi);
			after.close();
		}
	);

	it('correct --amount takes plain decimals', async () => {
		const store = new Store();
		const target = store.items()[1];
		store.close();
		const { code, stdout } = await cli(['correct', target.id, '--amount', '16.25']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).amountYi).toBe(16.25);
	});
});

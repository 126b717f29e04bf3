import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/lib/cli';
import { Store } from '../../../src/lib/server/store';

async function cli(argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await run(argv, {
		stdin: Readable.from(['']),
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text)
	});
	return { code, stdout, stderr };
}

describe('cli correct writes the correction history', () => {
	let dir: string;
	const previousDb = process.env.PARKMAP_DB;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'parkmap-cli-history-'));
		process.env.PARKMAP_DB = join(dir, 'cli.sqlite');
	});
	afterAll(() => {
		if (previousDb === undefined) delete process.env.PARKMAP_DB;
		else process.env.PARKMAP_DB = previousDb;
		rmSync(dir, { recursive: true, force: true });
	});

	it('logs who corrected what and prints the history', async () => {
		await cli(['ingest', 'data/seed/report-2023-09-04.txt']);
		const store = new Store(process.env.PARKMAP_DB);
		const target = store.items()[3];
		store.close();
		expect((await cli(['correct', target.id, '--place', '百色', '--by', '张三'])).code).toBe(0);
		expect((await cli(['correct', target.id, '--amount', '9', '--note', 'again'])).code).toBe(0);
		const printed = await cli(['correct', target.id, '--history']);
		expect(printed.code).toBe(0);
		const steps = printed.stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line));
		expect(steps).toMatchObject([
			{ field: 'location', author: '张三', value: { city: '百色市' }, revertable: true },
			{ field: 'amountYi', value: 9, note: 'again' }
		]);
		// Without --by the system user name is kept, never an empty name.
		expect(steps[1].author === null || steps[1].author.length > 0).toBe(true);
		const missing = await cli(['correct', 'no-such-id', '--history']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/No item/);
	});
});

/**
 * Runs every benchmark in this folder, one after another, each in a fresh process
 * (so load times are cold). Each prints its own JSON and a short table.
 * Usage: npm run bench [-- name ...]   e.g. npm run bench -- locate
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
	.filter((file) => file.endsWith('.ts') && file !== 'index.ts')
	.map((file) => file.replace(/\.ts$/, ''))
	.filter((name) => wanted.length === 0 || wanted.includes(name))
	.sort();

let failed = 0;
for (const name of benches) {
	process.stdout.write(`\n## bench/${name}\n`);
	const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, `${name}.ts`)], {
		stdio: 'inherit'
	});
	if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;

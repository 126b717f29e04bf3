import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltApp } from '/work/wt-hard/src/lib/server/local-app';
import { fillStore } from '/work/wt-hard/bench/load-data';
const dir = mkdtempSync(join(tmpdir(), 'pm-'));
if (process.argv[2] !== '0') fillStore(join(dir, 'x.sqlite'), Number(process.argv[2] ?? 10000));
const app = await startBuiltApp({ dbPath: join(dir, 'x.sqlite') });
for (const p of ['/', '/api/map-data', '/table', '/table?page=3&sort=amount&dir=desc']) {
	for (let i = 0; i < 4; i++) {
		const t0 = performance.now();
		const r = await fetch(app.baseUrl + p);
		const b = await r.arrayBuffer();
		console.log(p, r.status, b.byteLength, Math.round(performance.now() - t0), 'ms');
	}
}
const r = await fetch(app.baseUrl + '/table');
console.log([...r.headers].map((h) => h.join(': ')).join('\n'));
const html = await r.text();
(await import('node:fs')).writeFileSync('/tmp/table.html', html);
app.stop();

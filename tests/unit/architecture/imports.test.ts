import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, readImportGraph, type ImportEdge, type ImportGraph } from './graph';
import {
	browserViolations,
	directViolations,
	findCycles,
	folderGraph,
	layerViolations,
	runTimeOnly
} from './rules';

const ROOT = process.cwd();

/** A graph from a list of "from -> to" lines; "from => to" is a type-only import. */
function graphOf(lines: string[]): ImportGraph {
	const graph: ImportGraph = new Map();
	for (const line of lines) {
		const [from, to] = line.split(/ [-=]> /);
		const edges: ImportEdge[] = graph.get(from) ?? [];
		graph.set(from, edges);
		edges.push({ to, typeOnly: line.includes(' => ') });
		if (to.startsWith('src/') && !graph.has(to)) graph.set(to, []);
	}
	return graph;
}

describe('reading imports', () => {
	it('finds static, dynamic, re-exported and type-only imports', () => {
		const found = importsOf(`
			import a from './a';
			import type { B } from './b';
			import { type C } from './c';
			import d, { type D } from './d';
			import { type E, e } from './e';
			export { f } from './f';
			export type { G } from './g';
			import './h';
			const i = await import('./i');
			let j: import('./j').J;
		`);
		expect(found).toEqual([
			{ specifier: './a', typeOnly: false },
			{ specifier: './b', typeOnly: true },
			{ specifier: './c', typeOnly: true },
			{ specifier: './d', typeOnly: false },
			{ specifier: './e', typeOnly: false },
			{ specifier: './f', typeOnly: false },
			{ specifier: './g', typeOnly: true },
			{ specifier: './h', typeOnly: false },
			{ specifier: './i', typeOnly: false },
			{ specifier: './j', typeOnly: true }
		]);
	});
});

describe('the rules catch a bad edge', () => {
	it('a cycle of run-time imports, and none when one side only imports types', () => {
		const cyclic = graphOf(['src/lib/a/x.ts -> src/lib/a/y.ts', 'src/lib/a/y.ts -> src/lib/a/x.ts']);
		expect(findCycles(runTimeOnly(cyclic))).toEqual([['src/lib/a/x.ts', 'src/lib/a/y.ts']]);
		const typeSide = graphOf(['src/lib/a/x.ts -> src/lib/a/y.ts', 'src/lib/a/y.ts => src/lib/a/x.ts']);
		expect(findCycles(runTimeOnly(typeSide))).toEqual([]);
	});

	it('a cycle between folders, types included', () => {
		const graph = graphOf([
			'src/lib/map/style.ts -> src/lib/export/attribution.ts',
			'src/lib/export/snapshot.ts => src/lib/map/style.ts'
		]);
		expect(findCycles(folderGraph(graph))).toEqual([['map', 'export']]);
	});

	it('shared code importing the store, headless Chromium or a Node-only package, even for types', () => {
		const graph = graphOf([
			'src/lib/report/parse.ts -> src/lib/server/store/index.ts',
			'src/lib/ui/Panel.svelte => src/lib/server/store/index.ts',
			'src/lib/filters/index.ts -> src/lib/cli/export.ts',
			'src/lib/map/style.ts -> playwright-core',
			'src/routes/reports/+page.svelte => src/lib/server/store/reports.ts',
			'src/lib/server/store/index.ts -> better-sqlite3',
			'src/routes/api/x/+server.ts -> src/lib/server/store/index.ts'
		]);
		expect(directViolations(graph).map((v) => v.path[0])).toEqual([
			'src/lib/report/parse.ts',
			'src/lib/ui/Panel.svelte',
			'src/lib/filters/index.ts',
			'src/lib/map/style.ts',
			'src/routes/reports/+page.svelte'
		]);
	});

	it('a folder importing one above it, a folder the layers do not know, a file outside the folders', () => {
		const graph = graphOf([
			'src/lib/map/style.ts => src/lib/export/legend.ts',
			'src/lib/server/pipeline.ts -> src/lib/cli/index.ts',
			'src/lib/export/legend.ts -> src/lib/map/palette.ts',
			'src/lib/widgets/x.ts -> src/lib/map/palette.ts',
			'src/lib/attribution.ts -> src/lib/map/palette.ts'
		]);
		expect(layerViolations(graph).map((v) => v.path.join(' → '))).toEqual([
			'src/lib/attribution.ts',
			'map → export',
			'server → cli',
			'widgets'
		]);
	});

	it('export/ using a Node built-in', () => {
		const graph = graphOf(['src/lib/export/csv.ts -> node:fs', 'src/lib/export/csv.ts -> papaparse']);
		expect(directViolations(graph)).toEqual([
			{ rule: 'export/ imports a Node-only module', path: ['src/lib/export/csv.ts', 'node:fs'] }
		]);
	});

	it('a page reaching a Node built-in through other modules, but not through a type', () => {
		const graph = graphOf([
			'src/routes/+page.svelte -> src/lib/filters/index.ts',
			'src/lib/filters/index.ts -> src/lib/report/index.ts',
			'src/lib/report/index.ts -> src/lib/report/hash.ts',
			'src/lib/report/hash.ts -> node:crypto',
			'src/routes/table/+page.svelte => src/lib/server/store/index.ts',
			'src/routes/table/+page.server.ts -> src/lib/server/store/index.ts'
		]);
		expect(browserViolations(graph)).toEqual([
			{
				rule: 'the browser loads Node-only code',
				path: [
					'src/routes/+page.svelte',
					'src/lib/filters/index.ts',
					'src/lib/report/index.ts',
					'src/lib/report/hash.ts',
					'node:crypto'
				]
			}
		]);
	});
});

describe("the project's own imports", () => {
	const graph = readImportGraph(ROOT, ['src', 'scripts', 'bench']);
	const show = (paths: string[][]) => paths.map((p) => p.join(' → '));

	it('are read (the graph holds imports known to exist)', () => {
		const targets = (file: string) => (graph.get(file) ?? []).map((e) => e.to);
		expect(targets('src/lib/cli/export.ts')).toContain('src/lib/export/csv.ts');
		expect(targets('src/lib/server/store/index.ts')).toContain('better-sqlite3');
		expect(targets('src/lib/ui/ExplorerHeader.svelte')).toContain('src/lib/ui/ExportPanel.svelte');
		expect(graph.size).toBeGreaterThan(150);
	});

	it('have no cycle of run-time imports between files', () => {
		expect(show(findCycles(runTimeOnly(graph)))).toEqual([]);
	});

	it('have no cycle between the folders of src/lib, type-only imports included', () => {
		expect(show(findCycles(folderGraph(graph)))).toEqual([]);
	});

	it('go only from a folder to the folders below it', () => {
		expect(show(layerViolations(graph).map((v) => [v.rule, ...v.path]))).toEqual([]);
	});

	it('keep the server and the command line out of shared code, and Node out of export/', () => {
		expect(show(directViolations(graph).map((v) => [v.rule, ...v.path]))).toEqual([]);
	});

	it('load nothing Node-only in the browser', () => {
		expect(show(browserViolations(graph).map((v) => [v.rule, ...v.path]))).toEqual([]);
	});
});

describe('the layout as documented', () => {
	const folders = (dir: string): string[] =>
		readdirSync(join(ROOT, dir))
			.filter((name) => statSync(join(ROOT, dir, name)).isDirectory())
			.flatMap((name) => [`${dir}/${name}`, ...folders(`${dir}/${name}`)]);
	const libFolders = folders('src/lib');

	it("the README's Layout section names exactly the folders of src/lib", () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		const layout = /## Layout\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
		const named = [...layout.matchAll(/^(src\/lib\/[\w/-]+?)\/? /gm)].map((m) => m[1]).sort();
		expect(named).toEqual([...libFolders].sort());
	});

	it('every folder of src/lib opens with what it is for and what it must not import', () => {
		const missing = libFolders.filter((dir) => {
			const main = ['README.md', 'index.ts', 'types.ts']
				.map((name) => join(ROOT, dir, name))
				.find((path) => existsSync(path));
			if (!main) return true;
			const head = readFileSync(main, 'utf8').slice(0, 1500);
			return !/must not import/i.test(head);
		});
		expect(missing).toEqual([]);
	});
});

/**
 * The layout's rules (README, "Layout"), checked on an import graph:
 * 1. no cycle of run-time imports between files (type-only imports are erased when built);
 * 2. every file of src/lib lives in a folder, and each folder imports only the folders LAYERS
 *    allows it, type-only imports included, so the folders never import each other round a loop;
 * 3. no file of src/ but the server's (server/, cli/, *.server.ts, endpoints) imports server/ or
 *    cli/, not even for a type, nor a Node-only package (better-sqlite3, playwright-core);
 * 4. export/ renders the rows and map images it is given: no Node built-in either;
 * 5. what the browser loads (pages and layouts, ui/, map/) reaches no Node built-in, no Node-only
 *    package and no server module through run-time imports, however indirectly.
 */
import { isNodeBuiltin, type ImportGraph } from './graph';

export interface Violation {
	rule: string;
	/** The files (and last the module) the forbidden import goes through. */
	path: string[];
}

/** Packages that only run in Node: the SQLite driver and the driver of headless Chromium. */
const NODE_ONLY_PACKAGES = ['better-sqlite3', 'playwright-core'];

const isServerFolder = (file: string): boolean => /^src\/lib\/(server|cli)\//.test(file);

/** Code that runs only in Node: the server folders, *.server.ts, endpoints and hooks. */
export function isServerSide(file: string): boolean {
	return isServerFolder(file) || /\.server\.ts$/.test(file) || /\/\+server\.ts$/.test(file);
}

const isNodeOnly = (module: string): boolean =>
	isNodeBuiltin(module) ||
	NODE_ONLY_PACKAGES.some((name) => module === name || module.startsWith(`${name}/`));

/** Modules the browser bundle starts from: pages and layouts, and the components and map code. */
export function isBrowserEntry(file: string): boolean {
	if (isServerSide(file)) return false;
	return (
		/^src\/routes\/(.*\/)?\+(page|layout|error)(\.svelte|\.ts)$/.test(file) ||
		/^src\/lib\/(ui|map)\//.test(file)
	);
}

const SHARED = ['gazetteer', 'report', 'filters', 'review', 'i18n', 'compare', 'map', 'export'];

/** The folders each folder of src/lib may import (types included); the header of each folder says the same. */
export const LAYERS: Record<string, readonly string[]> = {
	gazetteer: [],
	report: ['gazetteer'],
	filters: ['gazetteer', 'report'],
	review: ['gazetteer', 'report'],
	i18n: ['report', 'review'],
	compare: ['gazetteer', 'report', 'filters', 'i18n'],
	map: ['gazetteer', 'report', 'filters', 'i18n'],
	export: ['gazetteer', 'report', 'filters', 'i18n', 'map'],
	ui: SHARED,
	server: SHARED,
	cli: [...SHARED, 'server']
};

/** Imports between folders that LAYERS does not allow, folders it does not know, and files outside any folder. */
export function layerViolations(graph: ImportGraph): Violation[] {
	const found: Violation[] = [];
	for (const file of graph.keys())
		if (/^src\/lib\/[^/]+$/.test(file))
			found.push({ rule: 'a file of src/lib outside its folders', path: [file] });
	for (const [folder, edges] of folderGraph(graph)) {
		const allowed = LAYERS[folder];
		if (allowed === undefined) found.push({ rule: 'a folder missing from LAYERS', path: [folder] });
		else
			for (const { to } of edges)
				if (!allowed.includes(to)) found.push({ rule: 'a folder imports one above it', path: [folder, to] });
	}
	return found;
}

/** The graph without type-only imports: what loads at run time. */
export function runTimeOnly(graph: ImportGraph): ImportGraph {
	return new Map([...graph].map(([file, edges]) => [file, edges.filter((edge) => !edge.typeOnly)]));
}

const folderOf = (file: string): string | null => /^src\/lib\/([^/]+)\//.exec(file)?.[1] ?? null;

/** Folders of src/lib (export, map, server …) and the other folders their files import. */
export function folderGraph(graph: ImportGraph): ImportGraph {
	const folders: ImportGraph = new Map();
	for (const [file, edges] of graph) {
		const from = folderOf(file);
		if (from === null) continue;
		const out = folders.get(from) ?? [];
		folders.set(from, out);
		for (const { to, typeOnly } of edges) {
			const target = folderOf(to);
			if (target === null || target === from || out.some((e) => e.to === target)) continue;
			out.push({ to: target, typeOnly });
			if (!folders.has(target)) folders.set(target, []);
		}
	}
	return folders;
}

/** Every cycle, as one path per strongly connected group of files (Tarjan's algorithm). */
export function findCycles(graph: ImportGraph): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const groups: string[][] = [];
	const visit = (file: string): void => {
		index.set(file, index.size);
		low.set(file, index.get(file)!);
		stack.push(file);
		onStack.add(file);
		for (const { to } of graph.get(file) ?? []) {
			if (!graph.has(to)) continue;
			if (!index.has(to)) {
				visit(to);
				low.set(file, Math.min(low.get(file)!, low.get(to)!));
			} else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
		}
		if (low.get(file) !== index.get(file)) return;
		const group: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			group.push(member);
		} while (member !== file);
		const selfImport = graph.get(file)?.some((edge) => edge.to === file) ?? false;
		if (group.length > 1 || selfImport) groups.push(group.reverse());
	};
	for (const file of graph.keys()) if (!index.has(file)) visit(file);
	return groups;
}

/** Rules 3 and 4: one import at a time. */
export function directViolations(graph: ImportGraph): Violation[] {
	const found: Violation[] = [];
	for (const [file, edges] of graph) {
		if (!file.startsWith('src/') || isServerSide(file)) continue;
		for (const { to, typeOnly } of edges) {
			if (isServerFolder(to) || NODE_ONLY_PACKAGES.includes(to))
				found.push({ rule: 'shared code imports server-only code', path: [file, to] });
			else if (file.startsWith('src/lib/export/') && !typeOnly && isNodeOnly(to))
				found.push({ rule: 'export/ imports a Node-only module', path: [file, to] });
		}
	}
	return found;
}

/** Rule 5: walks every run-time import from the browser's entries; reports the first path to each forbidden module. */
export function browserViolations(graph: ImportGraph): Violation[] {
	const found: Violation[] = [];
	const via = new Map<string, string | null>();
	const queue = [...graph.keys()].filter(isBrowserEntry);
	for (const entry of queue) via.set(entry, null);
	const pathTo = (file: string): string[] => {
		const path = [file];
		for (let at = via.get(file); at; at = via.get(at)) path.unshift(at);
		return path;
	};
	for (let i = 0; i < queue.length; i++) {
		const file = queue[i];
		for (const { to, typeOnly } of graph.get(file) ?? []) {
			if (typeOnly) continue;
			if (isNodeOnly(to) || isServerSide(to)) {
				found.push({ rule: 'the browser loads Node-only code', path: [...pathTo(file), to] });
			} else if (graph.has(to) && !via.has(to)) {
				via.set(to, file);
				queue.push(to);
			}
		}
	}
	return found;
}

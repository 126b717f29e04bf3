/**
 * The import graph of the source: every .ts and .svelte file under the given folders, with the
 * modules each one imports (static, dynamic and re-exports), resolved to files where they are the
 * project's own (relative paths and $lib). Type-only imports are marked: they are erased when the
 * code is built and load nothing at run time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
	/** A project file relative to the root (src/lib/report/parse.ts), or the bare name (node:fs, maplibre-gl). */
	to: string;
	typeOnly: boolean;
}

/** File (relative to the root, with / separators) → what it imports. */
export type ImportGraph = Map<string, ImportEdge[]>;

const SOURCE = /\.(ts|svelte)$/;
const EXTENSIONS = ['', '.ts', '.js', '.svelte', '/index.ts', '/index.js'];

function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return listFiles(path);
		return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The script blocks of a Svelte component; the markup imports nothing. */
function scriptOf(path: string, text: string): string {
	if (!path.endsWith('.svelte')) return text;
	return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/** Import specifiers of one file's code, with whether each only brings in types. */
export function importsOf(code: string): { specifier: string; typeOnly: boolean }[] {
	const source = ts.createSourceFile('file.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
	const found: { specifier: string; typeOnly: boolean }[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
			const clause = node.importClause;
			const named = clause?.namedBindings;
			const allNamedTypes =
				named !== undefined &&
				ts.isNamedImports(named) &&
				named.elements.length > 0 &&
				named.elements.every((e) => e.isTypeOnly);
			const typeOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && allNamedTypes));
			found.push({ specifier: node.moduleSpecifier.text, typeOnly });
		} else if (
			ts.isExportDeclaration(node) &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		) {
			const clause = node.exportClause;
			const allNamedTypes =
				clause !== undefined &&
				ts.isNamedExports(clause) &&
				clause.elements.length > 0 &&
				clause.elements.every((e) => e.isTypeOnly);
			found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || allNamedTypes });
		} else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] !== undefined &&
			ts.isStringLiteralLike(node.arguments[0])
		) {
			found.push({ specifier: node.arguments[0].text, typeOnly: false });
		} else if (
			ts.isImportTypeNode(node) &&
			ts.isLiteralTypeNode(node.argument) &&
			ts.isStringLiteral(node.argument.literal)
		) {
			found.push({ specifier: node.argument.literal.text, typeOnly: true });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

const BUILTINS = new Set(builtinModules);

/** Whether a bare specifier names one of Node's own modules. */
export function isNodeBuiltin(specifier: string): boolean {
	return specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]);
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** The project file a relative or $lib specifier names; a package or built-in keeps its bare name. */
function resolveSpecifier(root: string, from: string, specifier: string): string {
	let base: string | null = null;
	if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
	else if (specifier === '$lib' || specifier.startsWith('$lib/'))
		base = join(root, 'src/lib', specifier.slice('$lib'.length));
	if (base === null) return specifier;
	const stem = base.replace(/\.js$/, '');
	const found = [...EXTENSIONS.map((ext) => stem + ext), base].find(isFile);
	if (found === undefined) throw new Error(`${relative(root, from)}: cannot resolve "${specifier}"`);
	return relative(root, found).split('\\').join('/');
}

/** Reads every source file under `folders` (relative to `root`) into an import graph. */
export function readImportGraph(root: string, folders: string[]): ImportGraph {
	const graph: ImportGraph = new Map();
	for (const path of folders.flatMap((folder) => listFiles(join(root, folder)))) {
		const code = scriptOf(path, readFileSync(path, 'utf8'));
		const edges = importsOf(code)
			.filter(({ specifier }) => !specifier.startsWith('./$types') && !specifier.startsWith('$app/'))
			.map(({ specifier, typeOnly }) => ({ to: resolveSpecifier(root, path, specifier), typeOnly }));
		graph.set(relative(root, path).split('\\').join('/'), edges);
	}
	return graph;
}

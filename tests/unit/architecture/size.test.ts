/**
 * Size floors of the code: no function longer than 60 lines in `src/` and `scripts/`, no Svelte
 * component longer than 250 lines. A long function is a set of steps that deserve names; a long
 * component holds logic that belongs in a module of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const MAX_FUNCTION_LINES = 60;
const MAX_COMPONENT_LINES = 250;

function filesUnder(dir: string, ending: string): string[] {
	return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith(ending))
		.map((name) => join(dir, name).split('\\').join('/'));
}

function lineCount(text: string): number {
	return text.split('\n').length;
}

/** Every function, method, accessor, constructor and arrow of a TypeScript source, with its length. */
function longFunctions(fileName: string, text: string, maxLines: number): string[] {
	const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isFunctionLike(node) && 'body' in node && node.body) {
			const lines = lineCount(node.getText(source));
			if (lines > maxLines) {
				const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
				found.push(`${fileName}:${line + 1} ${functionName(node)} has ${lines} lines`);
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

function functionName(node: ts.SignatureDeclaration): string {
	if (node.name && ts.isIdentifier(node.name)) return node.name.text;
	const parent = node.parent;
	if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
	if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
	return '(anonymous)';
}

describe('size floors', () => {
	const tsFiles = [...filesUnder('src', '.ts'), ...filesUnder('scripts', '.ts')];

	it('finds the sources it checks', () => {
		expect(tsFiles.length).toBeGreaterThan(100);
		expect(tsFiles).toContain('src/lib/report/split.ts');
	});

	it(`has no function over ${MAX_FUNCTION_LINES} lines in src/ and scripts/`, () => {
		const long = tsFiles.flatMap((file) =>
			longFunctions(file, readFileSync(join(ROOT, file), 'utf8'), MAX_FUNCTION_LINES)
		);
		expect(long).toEqual([]);
	});

	it(`has no component over ${MAX_COMPONENT_LINES} lines`, () => {
		const long = filesUnder('src', '.svelte')
			.map((file) => ({ file, lines: lineCount(readFileSync(join(ROOT, file), 'utf8').trimEnd()) }))
			.filter(({ lines }) => lines > MAX_COMPONENT_LINES)
			.map(({ file, lines }) => `${file} has ${lines} lines`);
		expect(long).toEqual([]);
	});

	it('measures functions of every kind, so a long one cannot hide', () => {
		const body = Array.from({ length: 61 }, (_, i) => `\tconst v${i} = ${i};`).join('\n');
		const shapes = [
			`function f() {\n${body}\n}`,
			`const f = () => {\n${body}\n};`,
			`class C {\n\tm() {\n${body}\n\t}\n}`,
			`const o = { m: function () {\n${body}\n} };`,
			`function outer() {\n\treturn () => {\n${body}\n\t};\n}`
		];
		for (const shape of shapes) expect(longFunctions('x.ts', shape, MAX_FUNCTION_LINES)).not.toEqual([]);
		const short = Array.from({ length: 58 }, (_, i) => `\tconst v${i} = ${i};`).join('\n');
		expect(longFunctions('x.ts', `function f() {\n${short}\n}`, MAX_FUNCTION_LINES)).toEqual([]);
	});
});

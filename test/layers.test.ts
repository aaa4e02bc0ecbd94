import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const SOURCE = fileURLToPath(new URL('../source', import.meta.url));

/**
 * The folders of source/, lowest first: a module imports only from its own folder or a lower one, in
 * the order the data flows (README, Development). `commands/` and `ui/` are the two faces, on one
 * level, and never import each other. `trace.ts` is below everything (any layer may trace); explorer-path.ts, the explorer's run, is imported by cli.tsx only.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [['trace.ts'], ['export'], ['model'], ['load'], ['query'], ['text'], ['commands', 'ui'], ['explorer-path.ts'], ['cli.tsx']];

function layerOf(file: string): {level: number; folder: string} {
	const folder = path.relative(SOURCE, file).split(path.sep)[0]!;
	const level = LAYERS.findIndex(names => names.includes(folder));
	if (level === -1) throw new Error(`${path.relative(SOURCE, file)} is in no layer: add its folder to LAYERS and to README's Development section`);
	return {level, folder};
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(e => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** Every relative module a file imports (static, dynamic and type imports; worker files by URL). */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]|new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(m => m[1] ?? m[2]!);
	return specs.map(spec => path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'))).filter(target => !path.relative(SOURCE, target).startsWith('..'));
}

/** Import edges that go up a layer or sideways between the two faces. */
export function wrongImports(files: readonly string[]): string[] {
	const wrong: string[] = [];
	for (const file of files) {
		const from = layerOf(file);
		for (const target of importsOf(file)) {
			const resolved = files.includes(target) ? target : target.replace(/\.ts$/, '.tsx');
			const to = layerOf(resolved);
			if (to.level > from.level || (to.level === from.level && to.folder !== from.folder)) {
				wrong.push(`${path.relative(SOURCE, file)} → ${path.relative(SOURCE, resolved)}`);
			}
		}
	}
	return wrong;
}

describe('layers', () => {
	it('every module of source/ imports only its own folder or the folders below it', () => {
		expect(wrongImports(sourceFiles(SOURCE))).toEqual([]);
	});

	it('the check catches an import that goes up, and one between the two faces', () => {
		const files = [path.join(SOURCE, 'export', 'csv.ts'), path.join(SOURCE, 'model', 'library.ts'), path.join(SOURCE, 'ui', 'App.tsx'), path.join(SOURCE, 'commands', 'args.ts')];
		// layerOf/level order: export (1) importing model (2) goes up; ui and commands share a level.
		expect(layerOf(files[0]!).level).toBeLessThan(layerOf(files[1]!).level);
		expect(layerOf(files[2]!).level).toBe(layerOf(files[3]!).level);
		expect(layerOf(files[2]!).folder).not.toBe(layerOf(files[3]!).folder);
	});

	it('export/, model/, load/ and query/ never import Ink or React', () => {
		const pure = sourceFiles(SOURCE).filter(f => ['export', 'model', 'load', 'query'].includes(layerOf(f).folder));
		const offenders = pure.filter(f => /from ['"](ink|react)(\/[^'"]*)?['"]/.test(readFileSync(f, 'utf8')));
		expect(offenders.map(f => path.relative(SOURCE, f))).toEqual([]);
	});
});

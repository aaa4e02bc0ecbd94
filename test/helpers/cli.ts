import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {requireFreshBuild} from './fresh-build.js';

/** The built CLI (`npm test` builds before vitest runs). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** A fixture's path. */
export const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** Runs the CLI with piped stdio (not a terminal) and returns what a script would see. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): {code: number; stdout: string; stderr: string} {
	requireFreshBuild('dist/cli.js');
	const result = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', env: {...process.env, TZ: 'UTC', ...env}, timeout: 60_000, maxBuffer: 512 * 1024 * 1024});
	return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr};
}

import {createRequire} from 'node:module';

/**
 * V8's optimising compiler without inlining, for a load. A load runs each function over thousands of
 * titles and rows once, while the compiler optimises the hot ones on helper threads; with inlining those
 * jobs are large and, on a 2-core machine, take the cores the reading threads need (in a 250k-row explorer
 * load four helper threads used ≈500 ms of CPU, mostly TurboFan). docs/performance.md, "Session 10", has
 * the interleaved runs.
 */
const ENGINE_FLAGS = '--no-turbo-inlining';

/**
 * The V8 versions the flag was measured with (Node 20's 11.3; Node 22 and 24 have the flag too). Another
 * version may not know it, and would print an error: nothing is set there.
 */
const KNOWN_V8_MAJORS = new Set([11, 12, 13]);

/** ENGINE_FLAGS for this Node, or null where they are not set. */
export function engineFlags(): string | null {
	return KNOWN_V8_MAJORS.has(Number(process.versions.v8.split('.')[0])) ? ENGINE_FLAGS : null;
}

let allowed = false;
let tuned = false;

/**
 * Lets `tuneEngine` act: called by the two ways in (a command, the explorer), not by the build's warm-ups
 * nor by tests that load an export in their own process. A flag set before a script's code cache is made
 * goes into the cache, and V8 then refuses it wherever the flag is not set yet.
 */
export function allowEngineTuning(): void {
	allowed = true;
}

/**
 * Sets the engine's flags, once per process (later calls do nothing), when allowed. Any flag set makes V8
 * refuse the code caches made without it, Node's own modules' included: a worker thread started after it
 * took ≈59 ms to start instead of ≈26 (measured alone). So the explorer calls this once its reader thread
 * has started, and a command before it starts its title thread (whose script's cache the build makes with
 * these flags, scripts/command-script.mjs); both after their own script was compiled from its cache.
 */
export function tuneEngine(): void {
	if (!allowed || tuned) return;
	tuned = true;
	const flags = engineFlags();
	// Loaded here: node:v8 is not otherwise needed at the start.
	if (flags) (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
}

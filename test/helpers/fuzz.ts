import type fc from 'fast-check';

/** The seed of `npm test`: the same cases on every run and machine, so a failure can be replayed. */
const SEED = 20_261_130;

/**
 * fast-check settings for a property: in `npm test`, `runs` cases from a fixed seed (quick); under
 * `npm run fuzz`, many more from a fresh seed (fast-check prints the seed and the smallest failing case,
 * to replay with `seed` and `path`). FUZZ_RUNS overrides the count.
 */
export function fuzzRuns<T>(runs: number): fc.Parameters<T> {
	const long = process.env['npm_lifecycle_event'] === 'fuzz';
	const numRuns = Number(process.env['FUZZ_RUNS'] ?? (long ? runs * 50 : runs));
	return long ? {numRuns} : {numRuns, seed: SEED};
}

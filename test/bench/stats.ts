/** Small statistics over timing samples (milliseconds). */

/** The p-th percentile (0–100) by linear interpolation between the closest ranks. */
export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = ((sorted.length - 1) * p) / 100;
	const low = Math.floor(rank);
	const high = Math.ceil(rank);
	return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export function median(samples: readonly number[]): number {
	return percentile(samples, 50);
}

/** Rounds for display and JSON: 0.1 ms resolution is all a process timing on a shared machine can claim. */
export function round(value: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
}

import type {StoppedFilter} from './screen-data.js';
import {daysSince, stopGroup, type Stop, type StopGroup} from '../query/stopped-list.js';
import {ago, cellWidth, episodeCode, resumeText} from '../text/format.js';
import type {OWN_SLICE} from '../load/sliced-first-pass.js';
import {patternSteps, patternsReady} from './load-in-steps.js';
import {plainCells} from './plain-cells.js';

/** A row of the Stopped screen: a section heading or one where-did-I-stop entry. */
export type StoppedRow = {kind: 'heading'; text: string; group: StopGroup} | {kind: 'entry'; stop: Stop};

/** The sections, in the order shown, and their headings. */
const SECTIONS: ReadonlyArray<[StopGroup, string]> = [
	['mid-episode', 'Stopped mid-episode'],
	['next-up', 'Next up: last episode watched to the end'],
	['movie', 'Movies left midway'],
	['done', 'Watched to the end, no later episode seen'],
];

/**
 * Series stopped inside an episode first, then the ones whose next episode is up (`done · next S1E8`),
 * movies left midway, and (when finished ones are shown) series seen to their last known episode;
 * each newest first (as the list comes).
 */
export function stoppedRows(stops: readonly Stop[]): StoppedRow[] {
	const rows: StoppedRow[] = [];
	for (const [group, title] of SECTIONS) {
		const members = stops.filter(s => stopGroup(s) === group);
		if (members.length === 0) continue;
		rows.push({kind: 'heading', text: `${title} (${members.length})`, group});
		for (const stop of members) rows.push({kind: 'entry', stop});
	}
	return rows;
}

/** The cells of one entry, in column order (Profile only for all profiles). */
export function cells(s: Stop, withProfile: boolean, now: number): string[] {
	return [s.show, ...(withProfile ? [s.profile] : []), stoppedAt(s), resumeText(s), ago(daysSince(s.start, now)), s.device ?? ''];
}

/** `S2E3 · Geister`, or `Movie`. */
export function stoppedAt(s: Stop): string {
	const e = s.episode;
	const at = s.kind === 'series' ? [episodeCode(e.seasonNumber, e.seasonLabel, e.number), e.title].filter(Boolean).join(' · ') : 'Movie';
	return at || s.title;
}

/** Column wants measured once per list (a big export's list has thousands of entries). */
const measured = new WeakMap<StoppedRow[], number[]>();

/** Entries measured between two steps of stoppedWantSteps. */
const ENTRIES_PER_STEP = 64;

/**
 * The width each column of the Stopped screen wants (its widest cell, or its heading), once per list:
 * Show, Profile (with `withProfile`), Stopped at, Position, Last watched, Device.
 */
export function stoppedWants(rows: StoppedRow[], withProfile: boolean, now: number): readonly number[] {
	const steps = stoppedWantSteps(rows, withProfile, now);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * stoppedWants a few entries a step: at 250k rows the list has thousands of entries, ≈100 ms to measure
 * at once; the explorer measures the first screen's list while loading, with keys read between steps.
 */
export function* stoppedWantSteps(rows: StoppedRow[], withProfile: boolean, now: number): Generator<typeof OWN_SLICE | undefined, readonly number[], void> {
	const known = measured.get(rows);
	if (known) return known;
	const names = ['Show', ...(withProfile ? ['Profile'] : []), 'Stopped at', 'Position', 'Last watched', 'Device'];
	const wants = names.map(cellWidth);
	let n = 0;
	for (const row of rows) {
		if (row.kind !== 'entry') continue;
		if (++n % ENTRIES_PER_STEP === 0) yield;
		const texts = cells(row.stop, withProfile, now);
		for (let i = 0; i < texts.length; i++) {
			// Plain text is measured by counting (plain-cells.ts, as cellWidth would); one that is not is
			// measured by string-width, with its patterns made first, each piece a step of its own
			// (load-in-steps.ts): a list of plain names never needs them.
			let width = plainCells(texts[i]!);
			if (width < 0) {
				if (!patternsReady()) yield* patternSteps();
				width = cellWidth(texts[i]!);
			}
			if (width > wants[i]!) wants[i] = width;
		}
	}
	measured.set(rows, wants);
	return wants;
}

/** What `a` and `f` do next on the Stopped screen (the screen's title line and the status bar say the same). */
export function stoppedKeyLabels(filter: StoppedFilter): {abandoned: string; finished: string} {
	return {abandoned: filter.abandoned ? 'all' : 'abandoned', finished: filter.finished ? 'hide finished' : 'finished too'};
}

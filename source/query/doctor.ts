import {KIND_EXTRA} from '../model/library.js';
import {isUntitled} from '../model/parse-title.js';
import type {ExportView} from './open-export.js';
import {filesOf, sourceOf, type SummaryJson} from './summary.js';

/** `doctor --json`: what was detected, without personal data (titles the parser could not place excepted). */
export interface DoctorJson {
	version: string;
	source: SummaryJson['source'];
	files: SummaryJson['files'];
	rows: {read: number; merged: number; skipped: Record<string, number>};
	/** `unplacedTitles` lists every unplaced title; `untitled` counts those with a blank show name. */
	titles: {distinct: number; unplaced: number; unplacedTitles: string[]; untitled: number};
	profiles: number;
	warnings: string[];
}

/** Everything a bug report needs, and nothing about what was watched beyond unplaced titles. */
export function doctorReport(view: ExportView, version: string): DoctorJson {
	// Only what was detected: the viewing numbers (a pass over every viewing) are not needed here.
	const {loaded, library} = view;
	// A title seen only as a trailer or hook (by its Supplemental Video Type) is not read as an episode
	// or a movie, so how it would parse is no concern: list only titles of real viewings.
	const {table, order, kinds} = library;
	const watched = new Set<string>();
	for (const i of order) if (kinds[i] !== KIND_EXTRA) watched.add(table.titles[table.title[i]!]!);
	const unplaced = library.catalog.unplaced.filter(title => watched.has(title));
	return {
		version,
		source: sourceOf(loaded),
		files: filesOf(loaded),
		rows: {read: loaded.table.count, merged: library.merged, skipped: loaded.skipped},
		titles: {distinct: library.catalog.size, unplaced: unplaced.length, unplacedTitles: unplaced, untitled: unplaced.filter(isUntitled).length},
		profiles: library.profiles.length,
		warnings: loaded.warnings,
	};
}

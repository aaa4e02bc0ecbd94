import {isUntitled} from '../model/parse-title.js';
import type {ExportView} from '../load/open-export.js';
import {filesOf, sourceOf, type SummaryJson} from './summary.js';
import {Viewings} from './viewings.js';

/** `doctor --json`: what was detected, without personal data (titles the parser could not place excepted). */
export interface DoctorJson {
	version: string;
	source: SummaryJson['source'];
	files: SummaryJson['files'];
	/**
	 * Every data row of the viewing file is accounted for: `dataRows` = `viewings` (extras included, as
	 * in `summary`) + `merged` + the `skipped` counts; `read` = `viewings` + `merged`.
	 */
	rows: {
		dataRows: number;
		read: number;
		viewings: number;
		extras: number;
		merged: number;
		skipped: Record<string, number>;
		/** Per reason, the lines of the first skipped rows (at most SKIPPED_LINES_LISTED; `skipped` has the totals). */
		skippedLines: Record<string, number[]>;
	};
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
	const all = Viewings.of(library);
	const real = all.where({kinds: ['episode', 'movie']});
	const watched = new Set(real.values('title'));
	const extras = all.length - real.length;
	const skipped = Object.values(loaded.skipped).reduce((a, b) => a + b, 0);
	const unplaced = library.catalog.unplaced.filter(title => watched.has(title));
	return {
		version,
		source: sourceOf(loaded),
		files: filesOf(loaded),
		rows: {
			dataRows: loaded.dataRows ?? loaded.table.count + skipped,
			read: loaded.table.count,
			viewings: all.length,
			extras,
			merged: library.merged,
			skipped: loaded.skipped,
			skippedLines: loaded.skippedLines ?? {},
		},
		titles: {distinct: library.catalog.size, unplaced: unplaced.length, unplacedTitles: unplaced, untitled: unplaced.filter(isUntitled).length},
		profiles: library.profiles.length,
		warnings: loaded.warnings,
	};
}

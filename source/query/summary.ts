import type {LoadedExport} from '../load/load-export.js';
import {KIND_EPISODE, KIND_EXTRA, KIND_MOVIE} from '../model/title-model.js';
import type {ExportView} from '../load/open-export.js';
import {allStats, type ProfileStats} from './profile-stats.js';

/** A profile's numbers as JSON prints them. */
export interface ProfileJson {
	name: string;
	viewings: number;
	extras: number;
	hidden: number;
	watchSeconds: number | null;
	firstViewing: string | null;
	lastViewing: string | null;
	shows: number;
	movies: number;
	episodes: number;
	devices: number;
}

/** `summary --json`. */
export interface SummaryJson {
	source: {kind: string; location: string; format: string; layout: string; viewingFile: string; headerVersion: string; dateOrder: string | null};
	files: Array<{path: string; table: string | null; category: string | null; bytes: number; empty: boolean}>;
	rows: {viewings: number; episodes: number; movies: number; extras: number; hidden: number; merged: number; skipped: number};
	total: ProfileJson;
	profiles: ProfileJson[];
	warnings: string[];
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A profile's stats in JSON form. */
export function profileJson(s: ProfileStats): ProfileJson {
	return {...s, firstViewing: iso(s.firstViewing), lastViewing: iso(s.lastViewing)};
}

/** Everything `summary` reports. */
export function summaryOf(view: ExportView): SummaryJson {
	const {loaded, library} = view;
	const stats = allStats(library);
	// Rows of each kind (KIND_EPISODE, KIND_MOVIE, KIND_EXTRA) and hidden rows, in one walk.
	const {kinds, order, table} = library;
	const byKind = [0, 0, 0];
	let hidden = 0;
	for (let k = 0; k < order.length; k++) {
		const i = order[k]!;
		byKind[kinds[i]!]!++;
		hidden += table.hidden[i]!;
	}
	return {
		source: sourceOf(loaded),
		files: filesOf(loaded),
		rows: {
			viewings: order.length,
			episodes: byKind[KIND_EPISODE]!,
			movies: byKind[KIND_MOVIE]!,
			extras: byKind[KIND_EXTRA]!,
			hidden,
			merged: library.merged,
			skipped: Object.values(loaded.skipped).reduce((a, b) => a + b, 0),
		},
		total: profileJson(stats.total),
		profiles: stats.profiles.map(profileJson),
		warnings: loaded.warnings,
	};
}

/** What was read and how it was detected (`summary` and `doctor`). */
export function sourceOf(loaded: LoadedExport): SummaryJson['source'] {
	return {
		kind: loaded.sourceKind,
		location: loaded.location,
		format: loaded.format,
		layout: loaded.layout.description,
		viewingFile: loaded.viewingFile,
		headerVersion: loaded.headerVersion,
		dateOrder: loaded.dateOrder,
	};
}

/** Every file of the export: its table (if it is one), category and size. */
export function filesOf(loaded: LoadedExport): SummaryJson['files'] {
	return [
		...loaded.layout.tables.map(t => ({path: t.file.path, table: t.name, category: t.category || null, bytes: t.file.size, empty: t.empty})),
		...loaded.layout.others.map(f => ({path: f.path, table: null, category: null, bytes: f.size, empty: false})),
	];
}

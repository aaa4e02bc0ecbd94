import type {ViewingTable} from '../export/viewing-table.js';
import {titleTally, type TitleTally} from './viewing-tally.js';

/** The viewings of a table: rows oldest first, near-duplicates merged (Library.order). */
export interface ViewingOrder {
	order: Int32Array;
	/** How many rows were merged into another. */
	merged: number;
	/** Per profile (as `table.profiles`): its viewings in `order` (the profiles are ranked by it). */
	profileViewings: Int32Array;
	/** What the viewings say of each title, when asked for (`stopped` reads it; see viewing-tally.ts). */
	byTitle?: TitleTally;
}

/**
 * The table's viewings in order. It needs no title: the reader computes it while the title thread
 * finishes the titles' model, and hands it to `buildLibrary` with the table (LoadedExport.viewingOrder).
 */
export function viewingOrder(table: ViewingTable, options: {byTitle?: boolean} = {}): ViewingOrder {
	const ordered = mergeNearDuplicates(table, oldestFirst(table));
	return options.byTitle ? {...ordered, byTitle: titleTally(table, ordered.order)} : ordered;
}

/**
 * Row numbers by start time, oldest first. Netflix writes rows newest first (across profiles in 2025,
 * per profile before), so the reversed file order is usually already sorted: checking costs one pass,
 * sorting 250k rows ≈60 ms. Equal starts keep their reversed file order (or file order when sorted).
 */
function oldestFirst(table: ViewingTable): Int32Array {
	const start = table.start;
	const n = table.count;
	let descending = true;
	let ascending = true;
	for (let i = 1; i < n && (descending || ascending); i++) {
		const d = start[i]! - start[i - 1]!;
		if (d > 0) descending = false;
		else if (d < 0) ascending = false;
	}
	const order = new Int32Array(n);
	if (descending && !ascending) for (let i = 0; i < n; i++) order[i] = n - 1 - i;
	else for (let i = 0; i < n; i++) order[i] = i;
	if (!ascending && !descending) order.sort((a, b) => start[a]! - start[b]! || a - b);
	return order;
}

/** Up to this many rows, a run of equal starts is searched for a twin row by row; longer runs use a Map. */
const SHORT_RUN = 8;

/**
 * Merges near-duplicates (same profile, start and title): they share a start time, so after sorting
 * they sit in the same run of equal starts. The row with the longer Duration is kept (format reference §4).
 * A run is searched row by row while short (nearly all are: one row); a longer one (a file whose rows
 * all share a start) through a Map of (profile, title) pairs, or the search would be quadratic.
 */
function mergeNearDuplicates(table: ViewingTable, sorted: Int32Array): ViewingOrder {
	const {start, profile, title, duration} = table;
	const titles = table.titles.length;
	const pairOf = (row: number) => profile[row]! * titles + title[row]!;
	const kept = new Int32Array(sorted.length);
	const profileViewings = new Int32Array(table.profiles.length);
	let n = 0;
	let runStart = 0;
	let inRun: Map<number, number> | null = null;
	// An index loop, not for…of: a command runs this once, before V8 optimises it, where the iterator costs.
	for (let r = 0; r < sorted.length; r++) {
		const row = sorted[r]!;
		if (n === 0 || start[kept[n - 1]!] !== start[row]) {
			runStart = n;
			inRun = null;
		}
		let twin = -1;
		if (inRun === null && n - runStart > SHORT_RUN) {
			inRun = new Map();
			for (let j = runStart; j < n; j++) if (!inRun.has(pairOf(kept[j]!))) inRun.set(pairOf(kept[j]!), j);
		}
		if (inRun !== null) {
			twin = inRun.get(pairOf(row)) ?? -1;
		} else {
			for (let j = runStart; j < n; j++) {
				if (profile[kept[j]!] === profile[row] && title[kept[j]!] === title[row]) {
					twin = j;
					break;
				}
			}
		}
		if (twin === -1) {
			inRun?.set(pairOf(row), n);
			kept[n++] = row;
			profileViewings[profile[row]!]!++;
		} else if (Math.max(duration[row]!, 0) > Math.max(duration[kept[twin]!]!, 0)) kept[twin] = row;
	}
	return {order: kept.slice(0, n), merged: sorted.length - n, profileViewings};
}

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
 * Each loop here and in mergeNearDuplicates is a function of its own, on typed arrays: a command runs
 * them once, cold, and V8 compiles a small function's loop soon, where a larger one's ran interpreted
 * while it compiled (or was compiled again for its next loop).
 */
function oldestFirst(table: ViewingTable): Int32Array {
	const start = table.start;
	const n = table.count;
	const sorted = sortedness(start, n);
	const order = new Int32Array(n);
	if (sorted === DESCENDING) fillReversed(order);
	else fillInOrder(order);
	if (sorted === UNSORTED) order.sort((a, b) => start[a]! - start[b]! || a - b);
	return order;
}

const ASCENDING = 0;
const DESCENDING = 1;
const UNSORTED = 2;

/** Whether the first `n` starts ascend (equal starts too), strictly descend somewhere and never ascend, or neither. */
function sortedness(start: Float64Array, n: number): number {
	let descending = true;
	let ascending = true;
	for (let i = 1; i < n && (descending || ascending); i++) {
		const d = start[i]! - start[i - 1]!;
		if (d > 0) descending = false;
		else if (d < 0) ascending = false;
	}
	return descending && !ascending ? DESCENDING : !ascending && !descending ? UNSORTED : ASCENDING;
}

function fillReversed(order: Int32Array): void {
	const n = order.length;
	for (let i = 0; i < n; i++) order[i] = n - 1 - i;
}

function fillInOrder(order: Int32Array): void {
	for (let i = 0; i < order.length; i++) order[i] = i;
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
	const kept = new Int32Array(sorted.length);
	const profileViewings = new Int32Array(table.profiles.length);
	const {start, profile, title, duration} = table;
	const n = mergeRuns({start, profile, title, duration, titles: table.titles.length, sorted, kept, profileViewings});
	return {order: kept.slice(0, n), merged: sorted.length - n, profileViewings};
}

/** What mergeRuns and mergeLongRun read (the table's columns, the sorted rows) and write (`kept`, each profile's count). */
interface MergeWork {
	start: Float64Array;
	profile: Int32Array;
	title: Int32Array;
	duration: Int32Array;
	/** How many distinct titles (a (profile, title) pair's number is profile · titles + title). */
	titles: number;
	sorted: Int32Array;
	kept: Int32Array;
	profileViewings: Int32Array;
}

/** mergeNearDuplicates' walk: the rows kept, in `kept`; gives how many. Short runs searched here, a long one's rest by mergeLongRun. */
function mergeRuns(work: MergeWork): number {
	const {start, profile, title, duration, sorted, kept, profileViewings} = work;
	let n = 0;
	let runStart = 0;
	const end = new Int32Array(1);
	for (let r = 0; r < sorted.length; r++) {
		const row = sorted[r]!;
		if (n === 0 || start[kept[n - 1]!] !== start[row]) runStart = n;
		else if (n - runStart > SHORT_RUN) {
			// The rest of a long run through a Map; it ends at the run's last row (`r` is past it after r++).
			n = mergeLongRun(work, r, runStart, n, end);
			r = end[0]!;
			continue;
		}
		let twin = -1;
		for (let j = runStart; j < n; j++) {
			if (profile[kept[j]!] === profile[row] && title[kept[j]!] === title[row]) {
				twin = j;
				break;
			}
		}
		if (twin === -1) {
			kept[n++] = row;
			profileViewings[profile[row]!]!++;
		} else if (Math.max(duration[row]!, 0) > Math.max(duration[kept[twin]!]!, 0)) kept[twin] = row;
	}
	return n;
}

/**
 * The rows from `sorted[r]` to the end of their run of equal starts, merged with the run's rows kept so
 * far (`kept[runStart]` to `kept[n - 1]`) through a Map of (profile, title) pairs to their slot in `kept`.
 * Gives the new count kept; `end[0]` is the run's last place in `sorted`.
 */
function mergeLongRun(work: MergeWork, r: number, runStart: number, n: number, end: Int32Array): number {
	const {start, profile, title, duration, titles, sorted, kept, profileViewings} = work;
	const pairOf = (row: number) => profile[row]! * titles + title[row]!;
	const at = start[kept[n - 1]!]!;
	const inRun = new Map<number, number>();
	for (let j = runStart; j < n; j++) if (!inRun.has(pairOf(kept[j]!))) inRun.set(pairOf(kept[j]!), j);
	for (; r < sorted.length && start[sorted[r]!] === at; r++) {
		const row = sorted[r]!;
		const twin = inRun.get(pairOf(row)) ?? -1;
		if (twin === -1) {
			inRun.set(pairOf(row), n);
			kept[n++] = row;
			profileViewings[profile[row]!]!++;
		} else if (Math.max(duration[row]!, 0) > Math.max(duration[kept[twin]!]!, 0)) kept[twin] = row;
	}
	end[0] = r - 1;
	return n;
}

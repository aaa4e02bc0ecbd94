/**
 * What the viewings say of each distinct raw title, before any title is parsed: where each was first
 * seen, its longest bookmark, each profile's newest viewing of it. Made while the title thread parses
 * the titles (the loader waits for it there, idle, ≈0.3 s at 250k rows), so that `stopped`, once the
 * titles' model arrives, adds titles up into shows and episodes instead of walking every row again
 * (stopped-points.ts, tallied).
 */
import type {ViewingTable} from '../export/viewing-table.js';

/** Per title (as `table.titles`), positions in `Library.order`; "plain": a viewing without a Supplemental Video Type. */
export interface TitleTally {
	/** Per title: the position of its first viewing (an extra's too), -1 none. */
	firstAny: Int32Array;
	/** Per title: the position of its first plain viewing, -1 none. */
	firstPlain: Int32Array;
	/** The titles with a plain viewing, by their first one. */
	byFirstPlain: Int32Array;
	/** Per title: the longest bookmark of a plain, visible viewing, -1 none. */
	longest: Int32Array;
	/** Positions of each profile's newest plain, visible viewing of each title, newest first. */
	newest: Int32Array;
}

/** Pairs above which PairsSeen marks with a Set, not an array (100,000 profiles by 55k titles would be 5 GB). */
const MAX_PAIRS = 1 << 22;

/**
 * Which pairs of ids (a profile and a title or a show, as one number below `size`) were met: `first` is
 * true the first time a pair is met. A byte per pair, or a Set when there are very many pairs.
 */
export class PairsSeen {
	private readonly bytes: Uint8Array | null;
	private readonly set: Set<number> | null;

	constructor(size: number) {
		this.bytes = size <= MAX_PAIRS ? new Uint8Array(size) : null;
		this.set = this.bytes === null ? new Set() : null;
	}

	first(pair: number): boolean {
		const bytes = this.bytes;
		if (bytes !== null) {
			if (bytes[pair] !== 0) return false;
			bytes[pair] = 1;
			return true;
		}
		if (this.set!.has(pair)) return false;
		this.set!.add(pair);
		return true;
	}
}

/**
 * The tally of `table`'s viewings in `order` (oldest first). Each loop is a function of its own, on typed
 * arrays: it runs once, cold, and V8 compiles a small function's loop soon (one function of both loops
 * was compiled twice, the first loop's code dropped at the second).
 */
export function titleTally(table: ViewingTable, order: Int32Array): TitleTally {
	const titles = table.titles.length;
	const firstAny = new Int32Array(titles).fill(-1);
	const firstPlain = new Int32Array(titles).fill(-1);
	const byFirstPlain = new Int32Array(titles);
	const longest = new Int32Array(titles).fill(-1);
	const plainTitles = firstViewings(order, table.title, table.type, table.hidden, table.bookmark, firstAny, firstPlain, byFirstPlain, longest);
	// Newest first: the first viewing met of each (profile, title) is its newest.
	const seen = new PairsSeen(table.profiles.length * titles);
	const newest = new Int32Array(order.length);
	const n = newestViewings(order, table.title, table.profile, table.type, table.hidden, titles, seen, newest);
	return {firstAny, firstPlain, byFirstPlain: byFirstPlain.slice(0, plainTitles), longest, newest: newest.slice(0, n)};
}

/** Each title's first viewing (any, plain), the titles by their first plain one, the longest visible bookmark; gives how many titles have a plain viewing. */
function firstViewings(
	order: Int32Array,
	titleOf: Int32Array,
	type: Int32Array,
	hidden: Uint8Array,
	bookmark: Int32Array,
	firstAny: Int32Array,
	firstPlain: Int32Array,
	byFirstPlain: Int32Array,
	longest: Int32Array,
): number {
	let plainTitles = 0;
	for (let k = 0; k < order.length; k++) {
		const i = order[k]!;
		const t = titleOf[i]!;
		if (firstAny[t] === -1) firstAny[t] = k;
		if (type[i] !== -1) continue;
		if (firstPlain[t] === -1) {
			firstPlain[t] = k;
			byFirstPlain[plainTitles++] = t;
		}
		if (hidden[i] === 0 && bookmark[i]! > longest[t]!) longest[t] = bookmark[i]!;
	}
	return plainTitles;
}

/** Positions of each profile's newest plain, visible viewing of each title, newest first, in `newest`; gives how many. */
function newestViewings(
	order: Int32Array,
	titleOf: Int32Array,
	profileOf: Int32Array,
	type: Int32Array,
	hidden: Uint8Array,
	titles: number,
	seen: PairsSeen,
	newest: Int32Array,
): number {
	let n = 0;
	for (let k = order.length - 1; k >= 0; k--) {
		const i = order[k]!;
		if (type[i] !== -1 || hidden[i] !== 0) continue;
		if (!seen.first(profileOf[i]! * titles + titleOf[i]!)) continue;
		newest[n++] = k;
	}
	return n;
}

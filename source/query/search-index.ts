/**
 * The explorer's search over show and movie names and episode titles: a quick subsequence pass, fuse.js
 * when that finds too few good hits, each keystroke narrowed to the previous one's matches. Past 300
 * lines because SearchIndex's matching and narrowing share its private caches (one class, one file);
 * the JSON shape of a hit is in search-result.ts, the episode titles in episode-titles.ts.
 */
import Fuse, {type FuseResult, type FuseResultMatch, type IFuseOptions} from 'fuse.js';
import type {Library, Show} from '../model/library.js';
import {episodeTitleSteps, type EpisodeTitles} from './episode-titles.js';
import {foldLetters} from './names.js';

/** One search hit: a show or movie. */
export interface SearchHit {
	show: Show;
	score: number;
	/** Character ranges of `show.name` that matched, for highlighting (inclusive start, inclusive end). */
	ranges: Array<[number, number]>;
	/** When the query matched an episode's title, not the show's name: that episode (`S4E2 · Chapter Two: The Upside Down`). */
	episode?: string;
}

/** One indexed name. */
export interface Entry {
	show: Show;
	/** Name folded for matching: no accents, lower case. Same length as the name where possible. */
	folded: string;
}

const FUSE_THRESHOLD = 0.4;

const FUSE_OPTIONS: IFuseOptions<Entry> = {
	keys: ['folded'],
	includeScore: true,
	includeMatches: true,
	ignoreLocation: true,
	// 0.4 finds `strangr thongs` (a letter missing, one wrong) without flooding short queries with noise.
	threshold: FUSE_THRESHOLD,
	minMatchCharLength: 1,
};

/**
 * Quick hits scoring at most this are good enough that fuse.js need not run: a subsequence match whose
 * skipped letters are few. Looser quick hits are kept but fuse.js also runs, so a real typo still finds
 * its show.
 */
const GOOD_QUICK_SCORE = 0.2;
/** One good quick hit means the letters were typed right (prefix, substring, a few missing): no fuzzy pass. */
const ENOUGH_GOOD_HITS = 1;
/** Shorter queries are matched by the quick pass only: with a typo allowed, 3 letters match almost anything. */
const MIN_FUZZY_LENGTH = 4;
/** Above this share of all names, a new fuse.js index over the candidates costs more than the full one. */
const MAX_CANDIDATE_SHARE = 0.3;
/** Episode titles are searched (by substring) from this many letters: shorter ones match too much. */
const MIN_EPISODE_QUERY = 3;
/** An episode-title hit ranks after every hit on a show's name that is not a loose subsequence. */
const EPISODE_SCORE = 0.3;
/** Queries remembered (typing back and forth repeats them). */
const CACHE_SIZE = 64;

/**
 * A search index over the distinct show and movie names (built once, queried per keystroke).
 *
 * Two passes, because fuse.js costs ≈2 µs per name per query (6 ms for 3,000 names), over the 8 ms a
 * keystroke may take: first a subsequence scan (≈0.1 µs per name) that finds prefixes, substrings and
 * missing letters (`strnger thngs`); fuse.js runs only when that finds too few good hits, which is
 * what real typos (`strangr thongs`, `dakr`) need.
 */
export class SearchIndex {
	private readonly fuse: Fuse<Entry>;
	private readonly entries: Entry[];
	private readonly cache = new Map<string, SearchHit[]>();
	/** Entry indexes by letter pair of the folded name, to narrow what fuse.js must scan. */
	private readonly pairs = new Map<string, number[]>();
	/** Per profile filtered on, the shows it watched: a show's `profiles.includes` per entry per key cost the list's length. */
	private readonly watchedBy = new Map<string, Set<Show>>();
	/** Every episode with its show, its folded title (an index into `titles`: each distinct title once) and how to name it (made on the first query long enough to use them). */
	private episodeEntries: EpisodeTitles | undefined;
	/**
	 * Per folded query, every entry whose name holds it as a subsequence and every distinct episode title
	 * that holds it (indexes, before any profile or limit). A name that holds `burni` holds `burn`: the next
	 * keystroke scans only these, as the History filter narrows its rows.
	 */
	private readonly narrowed = new Map<string, {names: number[]; episodes: number[] | null}>();

	private constructor(entries: Entry[], fuse: Fuse<Entry>) {
		this.entries = entries;
		this.fuse = fuse;
	}

	/**
	 * An index of `shows`, made in three steps (the names folded; fuse.js's index; the letter pairs): at
	 * 250k rows, made in one piece, it held the explorer's keyboard for 51–56 ms after the first screen.
	 */
	static *steps(shows: Iterable<Show>): Generator<void, SearchIndex, void> {
		const entries = [...shows].map(show => ({show, folded: foldLetters(show.name)}));
		yield;
		const index = new SearchIndex(entries, new Fuse(entries, FUSE_OPTIONS));
		yield;
		entries.forEach((entry, i) => {
			for (const pair of new Set(pairsOf(entry.folded))) {
				const list = index.pairs.get(pair);
				if (list) list.push(i);
				else index.pairs.set(pair, [i]);
			}
		});
		return index;
	}

	/** The shows a profile watched, found once per profile (one pass over every show's profiles). */
	private showsOf(profile: string): Set<Show> {
		let shows = this.watchedBy.get(profile);
		if (!shows) {
			shows = new Set();
			for (const {show} of this.entries) if (show.profiles.includes(profile)) shows.add(show);
			this.watchedBy.set(profile, shows);
		}
		return shows;
	}

	/** Empties the query cache. */
	forget(): void {
		this.cache.clear();
		this.narrowed.clear();
	}

	/** Number of titles indexed. */
	get size(): number {
		return this.entries.length;
	}

	/** Every title (of a profile), most recently watched first: what an empty query shows, as in fzf. */
	all(profile?: string): SearchHit[] {
		const key = `all\u0000${profile ?? ''}`;
		const cached = this.cache.get(key);
		if (cached) return cached;
		const watched = profile ? this.showsOf(profile) : null;
		const out = this.entries
			.filter(e => !watched || watched.has(e.show))
			.map(e => ({show: e.show, score: 0, ranges: []}))
			.sort((a, b) => b.show.lastWatched - a.show.lastWatched);
		this.cache.set(key, out);
		return out;
	}

	/** The best hits for a query, best first; ties go to the most recently watched. */
	search(query: string, limit = 50, profile?: string): SearchHit[] {
		const q = foldLetters(query.trim()).replace(/\s+/g, ' ');
		if (q === '') return [];
		const key = `${limit}\u0000${profile ?? ''}\u0000${q}`;
		const cached = this.cache.get(key);
		if (cached) return cached;
		const byShow = new Map<Show, SearchHit>();
		const watched = profile ? this.showsOf(profile) : null;
		const shorter = this.shorterQuery(q);
		const names: number[] = [];
		let good = 0;
		const scan = (index: number) => {
			const entry = this.entries[index]!;
			const hit = subsequenceHit(entry, q);
			if (!hit) return;
			names.push(index);
			if (watched && !watched.has(entry.show)) return;
			byShow.set(entry.show, hit);
			if (hit.score <= GOOD_QUICK_SCORE) good++;
		};
		if (shorter) for (const index of shorter.names) scan(index);
		else for (let index = 0; index < this.entries.length; index++) scan(index);
		const matched: {names: number[]; episodes: number[] | null} = {names, episodes: null};
		if (good < ENOUGH_GOOD_HITS && q.length >= MIN_FUZZY_LENGTH) {
			for (const h of this.fuzzy(q, limit * 4)) {
				if (watched && !watched.has(h.item.show)) continue;
				const known = byShow.get(h.item.show);
				const score = h.score ?? 1;
				if (!known || score < known.score) byShow.set(h.item.show, {show: h.item.show, score, ranges: known?.ranges ?? rangesOf(h.matches)});
			}
		}
		// Episode titles (`upside down`): shows whose name did not match, found by one of their episodes.
		// Each distinct title is looked in once (`Episode 1` is the title of thousands), then the episodes
		// are taken in their order, the first of a show giving its label.
		if (q.length >= MIN_EPISODE_QUERY) {
			const {entries: all, titles} = this.episodes();
			const found: number[] = [];
			const at = new Int32Array(titles.length).fill(-1);
			const look = (title: number) => {
				const position = titles[title]!.indexOf(q);
				if (position === -1) return;
				found.push(title);
				at[title] = position;
			};
			if (shorter?.episodes) for (const title of shorter.episodes) look(title);
			else for (let title = 0; title < titles.length; title++) look(title);
			if (found.length > 0) {
				for (const e of all) {
					const position = at[e.title]!;
					if (position === -1 || byShow.has(e.show) || (watched && !watched.has(e.show))) continue;
					const folded = titles[e.title]!;
					byShow.set(e.show, {show: e.show, score: EPISODE_SCORE + (position === 0 || folded.charCodeAt(position - 1) === 32 ? 0 : 0.05), ranges: [], episode: e.label});
				}
			}
			matched.episodes = found;
		}
		if (this.narrowed.size >= CACHE_SIZE) this.narrowed.delete(this.narrowed.keys().next().value!);
		this.narrowed.set(q, matched);
		const out = [...byShow.values()].sort((a, b) => a.score - b.score || b.show.lastWatched - a.show.lastWatched).slice(0, limit);
		if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
		this.cache.set(key, out);
		return out;
	}

	/** What the longest query searched before that `q` begins with matched (null: none, scan everything). */
	private shorterQuery(q: string): {names: number[]; episodes: number[] | null} | null {
		for (let end = q.length - 1; end > 0; end--) {
			const known = this.narrowed.get(q.slice(0, end));
			if (known) return known;
		}
		return null;
	}

	private episodes(): EpisodeTitles {
		if (!this.episodeEntries) {
			const steps = this.episodeSteps();
			while (!steps.next().done);
		}
		return this.episodeEntries!;
	}

	/** Lists the episode titles a few shows a step (the explorer reads keys between steps; tens of thousands of titles at 250k rows). */
	*episodeSteps(): Generator<void, void, void> {
		if (this.episodeEntries) return;
		const made = yield* episodeTitleSteps(
			this.entries.map(e => e.show),
			foldLetters,
		);
		this.episodeEntries ??= made;
	}

	/**
	 * fuse.js over the names that can match at all. With at most k = threshold × m edits, a name that
	 * matches a query of m letters shares at least (m − 1) − 2k of its letter pairs (the q-gram lemma,
	 * q = 2), so names sharing fewer are skipped without changing the result.
	 */
	private fuzzy(q: string, limit: number): Array<FuseResult<Entry>> {
		const pairs = [...new Set(pairsOf(q))];
		const needed = pairs.length - 2 * Math.floor(FUSE_THRESHOLD * q.length);
		if (needed <= 0) return this.fuse.search(q, {limit});
		const shared = new Uint16Array(this.entries.length);
		for (const pair of pairs) for (const index of this.pairs.get(pair) ?? []) shared[index]!++;
		const candidates = this.entries.filter((_, index) => shared[index]! >= needed);
		if (candidates.length === 0) return [];
		if (candidates.length > this.entries.length * MAX_CANDIDATE_SHARE) return this.fuse.search(q, {limit});
		return new Fuse(candidates, FUSE_OPTIONS).search(q, {limit});
	}
}

/** The overlapping letter pairs of a text (`dark` → `da`, `ar`, `rk`). */
function pairsOf(text: string): string[] {
	const out: string[] = [];
	for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
	return out;
}

/**
 * The query's letters found in order in the name, preferring starts of words, scored like fuse.js
 * (0 is exact): a prefix scores 0, a substring 0.02–0.1, a subsequence more for each letter skipped.
 * Ranges index the folded name, which has the name's length (see `fold`), for highlighting.
 */
export function subsequenceHit(entry: Entry, q: string): SearchHit | null {
	const name = entry.folded;
	const at = name.indexOf(q);
	if (at !== -1) {
		const wordStart = at === 0 || name.charCodeAt(at - 1) === 32;
		const score = at === 0 ? 0 : (wordStart ? 0.02 : 0.06) + Math.min(0.04, at / 1000);
		return {show: entry.show, score, ranges: [[at, at + q.length - 1]]};
	}
	const ranges: Array<[number, number]> = [];
	let from = 0;
	let skipped = 0;
	for (let i = 0; i < q.length; i++) {
		const found = name.indexOf(q[i]!, from);
		if (found === -1) return null;
		if (i > 0) skipped += found - from;
		const last = ranges[ranges.length - 1];
		if (last && last[1] === found - 1) last[1] = found;
		else ranges.push([found, found]);
		from = found + 1;
	}
	const score = Math.min(0.6, 0.1 + (skipped / q.length) * 0.25 + ranges.length * 0.01);
	return {show: entry.show, score, ranges};
}

function rangesOf(matches: readonly FuseResultMatch[] | undefined): Array<[number, number]> {
	return (matches ?? []).flatMap(m => m.indices.map(([a, b]) => [a, b] as [number, number]));
}

/** Builds the index for a library. */
export function buildSearchIndex(library: Library): SearchIndex {
	const steps = searchIndexSteps(library);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** buildSearchIndex in steps: the explorer builds it after its first screen, reading keys between steps. */
export function* searchIndexSteps(library: Library): Generator<void, SearchIndex, void> {
	const index = yield* SearchIndex.steps(library.shows.values());
	yield;
	yield* index.episodeSteps();
	// Compile both passes before the first keystroke: a cold first search took 40–200 ms at 3,000 names.
	for (const warm of ['a', 'the', 'xqzw vjk']) {
		yield;
		index.search(warm);
	}
	index.forget();
	return index;
}

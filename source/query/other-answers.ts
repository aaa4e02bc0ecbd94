/**
 * Answers that join another table of the export with the viewing history: how a profile rated a show
 * (Ratings), what waits on My List (MyList), and which searches led to watching (SearchHistory).
 * Those tables name titles in English canonical form (format reference §7) while the viewing history
 * may be localized, so a title matches a show by its name or its leading segments, case-insensitively.
 * Read on demand (never while the export loads) and bounded by HIGHLIGHT_ROW_CAP rows per table.
 */
import type {LoadedExport} from '../load/load-export.js';
import {scanTable, type FieldReader} from '../export/scan-table.js';
import type {Library, Show} from '../model/library.js';
import {resumePoints} from '../model/stopped.js';
import type {Masker} from './mask.js';
import {cellTime} from '../export/time.js';

/** Rows read from each table for these answers (as many as the Data highlights read). */
export const ANSWER_ROW_CAP = 200_000;
/** Entries listed per list in `knows --json` (the counts cover every entry). */
export const ANSWER_LIST_CAP = 100;

/** A profile's rating of a title. */
export interface Rating {
	profile: string;
	/** The title as Ratings.csv names it. */
	title: string;
	/** `thumbs up`, `thumbs down`, `two thumbs up`, `3 stars`. */
	rating: string;
	/** When it was rated, ISO 8601 UTC, or null. */
	at: string | null;
}

/** `Thumbs Value` 1 down, 2 up, 3 two thumbs up (undocumented; format reference §7); stars 1–5 before 2017. */
export function ratingText(thumbs: string, stars: string): string | null {
	const t = thumbs.trim();
	if (t === '1') return 'thumbs down';
	if (t === '2') return 'thumbs up';
	if (t === '3') return 'two thumbs up';
	const s = stars.trim();
	if (/^[1-5]$/.test(s)) return `${s} star${s === '1' ? '' : 's'}`;
	return null;
}

/** Finds a table by name and reads its rows through `each`, up to the cap. */
function readTable(loaded: LoadedExport, name: string, start: (column: (...names: string[]) => (f: FieldReader) => string) => (field: FieldReader) => void): boolean {
	const table = loaded.layout.tables.find(t => t.name.toLowerCase() === name && !t.empty);
	if (!table) return false;
	scanTable(table, header => {
		const lower = header.map(h => h.toLowerCase());
		const column = (...names: string[]) => {
			const i = names.map(n => lower.indexOf(n.toLowerCase())).find(at => at >= 0) ?? -1;
			return (f: FieldReader) => (i < 0 ? '' : f(i).trim());
		};
		const each = start(column);
		return (field, index) => {
			if (index < ANSWER_ROW_CAP) each(field);
		};
	});
	return true;
}

/** Shows by lower-cased name, to place a title named in another table. */
export class ShowFinder {
	private readonly byName = new Map<string, Show>();
	constructor(library: Library) {
		for (const show of library.shows.values()) this.byName.set(show.name.toLowerCase(), show);
	}
	/** The show a title names: the whole title, else its longest leading segments that name a show. */
	find(title: string): Show | undefined {
		const parts = title.trim().split(/\u00a0?: /);
		for (let n = parts.length; n >= 1; n--) {
			const show = this.byName.get(parts.slice(0, n).join(': ').toLowerCase());
			if (show) return show;
		}
		return undefined;
	}
}

/** Every rating, by the key of the show it rates (titles no viewing matches are left out). */
export function ratingsByShow(loaded: LoadedExport, library: Library): Map<string, Rating[]> {
	const finder = new ShowFinder(library);
	const out = new Map<string, Rating[]>();
	readTable(loaded, 'ratings', column => {
		const profile = column('Profile Name');
		const title = column('Title Name');
		const thumbs = column('Thumbs Value');
		const stars = column('Star Value');
		const when = column('Event Utc Ts');
		return f => {
			const rating = ratingText(thumbs(f), stars(f));
			const show = rating ? finder.find(title(f)) : undefined;
			if (!rating || !show) return;
			const ms = cellTime(when(f));
			const list = out.get(show.key) ?? [];
			list.push({profile: profile(f), title: title(f), rating, at: ms === null ? null : new Date(ms).toISOString()});
			out.set(show.key, list);
		};
	});
	return out;
}

/** One My List item. */
export interface MyListItem {
	profile: string;
	title: string;
	/** When it was added, ISO 8601 UTC, or null. */
	added: string | null;
	/** Never started: days since it was added (null without a date). Started: days since last watched. */
	days: number | null;
}

/** What My List says. */
export interface MyListAnswer {
	items: number;
	/** Items the profile never watched: how long they have waited, longest first. */
	neverStarted: MyListItem[];
	neverStartedCount: number;
	/** Items the profile started and did not finish (a series not known to be done, a movie left midway). */
	startedUnfinished: MyListItem[];
	startedUnfinishedCount: number;
	/** Items watched to the end. */
	finishedCount: number;
}

const DAY_MS = 86_400_000;

/** My List against the viewing history: never started (and for how long), started but not finished. */
export function myListAnswer(loaded: LoadedExport, library: Library, now: number): MyListAnswer | null {
	const finder = new ShowFinder(library);
	const items: Array<{profile: string; title: string; added: number | null; show: Show | undefined}> = [];
	const found = readTable(loaded, 'mylist', column => {
		const profile = column('Profile Name');
		const title = column('Title Name');
		const added = column('Utc Title Add Date');
		return f => {
			if (title(f) !== '') items.push({profile: profile(f), title: title(f), added: cellTime(added(f)), show: finder.find(title(f))});
		};
	});
	if (!found) return null;
	const points = new Map(resumePoints(library).map(p => [`${p.profile}\u0000${p.show.key}`, p]));
	const days = (ms: number | null) => (ms === null ? null : Math.max(0, Math.floor((now - ms) / DAY_MS)));
	const never: MyListItem[] = [];
	const started: MyListItem[] = [];
	let finished = 0;
	for (const item of items) {
		const point = item.show ? points.get(`${item.profile}\u0000${item.show.key}`) : undefined;
		const base = {profile: item.profile, title: item.title, added: item.added === null ? null : new Date(item.added).toISOString()};
		const watched = item.show?.viewings.some(v => v.profile === item.profile) ?? false;
		if (!watched) never.push({...base, days: days(item.added)});
		else if (!point || point.unfinished) started.push({...base, days: point ? days(point.viewing.start) : null});
		else finished++;
	}
	never.sort((a, b) => (b.days ?? -1) - (a.days ?? -1));
	return {
		items: items.length,
		neverStarted: never.slice(0, ANSWER_LIST_CAP),
		neverStartedCount: never.length,
		startedUnfinished: started.slice(0, ANSWER_LIST_CAP),
		startedUnfinishedCount: started.length,
		finishedCount: finished,
	};
}

/** A search that led to watching, or did not. */
export interface SearchOutcome {
	/** What was typed. */
	query: string;
	/** The title chosen or shown (Displayed Name), else the query. */
	title: string;
	/** When it was first searched, ISO 8601 UTC, or null. */
	searched: string | null;
	/** When the profile first watched it after the search, ISO 8601 UTC; null when never. */
	watched: string | null;
	/** Seconds from the search to that viewing; null when never watched after it. */
	afterSeconds: number | null;
}

/** One profile's searches. */
export interface ProfileSearches {
	profile: string;
	searches: number;
	/** Searched, then watched: soonest first. */
	watched: SearchOutcome[];
	watchedCount: number;
	/** Searched and never watched afterwards. */
	neverWatched: SearchOutcome[];
	neverWatchedCount: number;
}

/** Per profile: searches followed by watching the title (and how soon) and searches never followed by it. */
export function searchAnswer(loaded: LoadedExport, library: Library): ProfileSearches[] | null {
	const finder = new ShowFinder(library);
	// The first search of each (profile, title).
	const first = new Map<string, {profile: string; query: string; title: string; at: number | null}>();
	const counts = new Map<string, number>();
	const found = readTable(loaded, 'searchhistory', column => {
		const profile = column('Profile Name');
		const typed = column('Query Typed');
		const shown = column('Displayed Name');
		const when = column('Utc Timestamp');
		return f => {
			const title = shown(f) || typed(f);
			if (title === '') return;
			const who = profile(f);
			counts.set(who, (counts.get(who) ?? 0) + 1);
			const key = `${who}\u0000${title.toLowerCase()}`;
			const at = cellTime(when(f));
			const seen = first.get(key);
			if (!seen || (at !== null && (seen.at === null || at < seen.at))) first.set(key, {profile: who, query: typed(f), title, at});
		};
	});
	if (!found) return null;
	const byProfile = new Map<string, {watched: SearchOutcome[]; never: SearchOutcome[]}>();
	for (const s of first.values()) {
		const show = finder.find(s.title);
		const after = show?.viewings.find(v => v.profile === s.profile && (s.at === null || v.start >= s.at));
		const outcome: SearchOutcome = {
			query: s.query,
			title: s.title,
			searched: s.at === null ? null : new Date(s.at).toISOString(),
			watched: after ? new Date(after.start).toISOString() : null,
			afterSeconds: after && s.at !== null ? Math.round((after.start - s.at) / 1000) : null,
		};
		const lists = byProfile.get(s.profile) ?? {watched: [], never: []};
		(after ? lists.watched : lists.never).push(outcome);
		byProfile.set(s.profile, lists);
	}
	return [...byProfile].map(([profile, lists]) => {
		lists.watched.sort((a, b) => (a.afterSeconds ?? 0) - (b.afterSeconds ?? 0));
		return {
			profile,
			searches: counts.get(profile) ?? 0,
			watched: lists.watched.slice(0, ANSWER_LIST_CAP),
			watchedCount: lists.watched.length,
			neverWatched: lists.never.slice(0, ANSWER_LIST_CAP),
			neverWatchedCount: lists.never.length,
		};
	});
}

/** The answers `knows --json` adds (`null` where the export lacks the table). */
export interface OtherAnswers {
	/** Ratings that match a watched show, per kind of rating. */
	ratings: {matched: number; byRating: Record<string, number>} | null;
	myList: MyListAnswer | null;
	searches: ProfileSearches[] | null;
}

/** Every answer, with personal values in free text (queries, names) masked by `masker`. */
export function otherAnswers(loaded: LoadedExport, library: Library, now: number, masker: Masker): OtherAnswers {
	const hasRatings = loaded.layout.tables.some(t => t.name.toLowerCase() === 'ratings' && !t.empty);
	const ratings = hasRatings ? [...ratingsByShow(loaded, library).values()].flat() : null;
	const byRating: Record<string, number> = {};
	for (const r of ratings ?? []) byRating[r.rating] = (byRating[r.rating] ?? 0) + 1;
	const item = (i: MyListItem): MyListItem => ({...i, profile: masker.text(i.profile), title: masker.text(i.title)});
	const outcome = (o: SearchOutcome): SearchOutcome => ({...o, query: masker.text(o.query), title: masker.text(o.title)});
	const list = myListAnswer(loaded, library, now);
	const searches = searchAnswer(loaded, library);
	return {
		ratings: ratings ? {matched: ratings.length, byRating} : null,
		myList: list ? {...list, neverStarted: list.neverStarted.map(item), startedUnfinished: list.startedUnfinished.map(item)} : null,
		searches: searches ? searches.map(p => ({...p, profile: masker.text(p.profile), watched: p.watched.map(outcome), neverWatched: p.neverWatched.map(outcome)})) : null,
	};
}

/**
 * The domain of a Netflix export, as the rest of netflix-tui sees it.
 * Pure types: nothing here reads files or knows about the terminal.
 */

/** What a viewing row was: an episode of a series, a movie, or an extra (trailer, hook, recap…). */
export type ViewingKind = 'episode' | 'movie' | 'extra';

/** What the title parser made of one raw title string (section 5 of the format reference). */
export interface ParsedTitle {
	/** The title exactly as it appeared in the export (HIDDEN TITLE prefix removed). */
	raw: string;
	/** `episode` when the title names a season and/or an episode of a show, else `movie`. */
	kind: 'episode' | 'movie';
	/** The show's name for an episode; the whole title for a movie. */
	show: string;
	/** The season label as written (`Staffel 2`, `Limited Series`, `Stranger Things 3`), or null. */
	seasonLabel: string | null;
	/** The season number when one can be read (`Book One` → 1, `Limited Series` → 1), else null. */
	seasonNumber: number | null;
	/** The episode number (`(Folge 3)` → 3, `Episode 13` → 13), or null. */
	episodeNumber: number | null;
	/** The episode's own title (`Geister`), or null. */
	episodeTitle: string | null;
	/**
	 * False when the parser had to guess: a title with `: ` segments that matched no season or episode
	 * pattern and no show known from other rows. `doctor` lists these.
	 */
	placed: boolean;
}

/** One row of ViewingActivity.csv (or NetflixViewingHistory.csv), understood. */
export interface ViewingEvent {
	/** Profile name as written; `null` never occurs (the simple download gets the file's profile label). */
	profile: string;
	/** Start of the session, epoch milliseconds UTC. */
	start: number;
	/** Seconds watched in this session, or null when the file has no Duration (simple download). */
	durationSeconds: number | null;
	/** `Autoplayed: user action: X` flag value (`None`, `Unspecified`, `User_Interaction`, …) or null when not autoplayed. */
	autoplay: string | null;
	/** The view was hidden by the user (older `HIDDEN TITLE…` prefix or 2025 `View was hidden;`). */
	hidden: boolean;
	/** `Has branched playback;` (interactive titles). */
	branched: boolean;
	/** The title as written, without the HIDDEN TITLE prefix. */
	title: string;
	/**
	 * Index of `title` among the export's distinct titles (LoadedExport.titles). Lets the model find what
	 * it knows of a title by array index: a Map lookup per row costs ≈0.5 µs, 125 ms at 250k rows.
	 */
	titleId: number;
	/** `Supplemental Video Type` (TRAILER, HOOK…), null for real viewing. */
	supplementalType: string | null;
	/** Device Type, null when empty or absent. */
	device: string | null;
	/** Country as written (`US (United States)`), null when empty or absent. */
	country: string | null;
	/** Position in the title when the session ended, seconds; null when absent. */
	bookmarkSeconds: number | null;
	/** True when `Latest Bookmark` is a time, false for `Not latest view`, null when the column is absent. */
	latest: boolean | null;
	/** Classification of the row. */
	kind: ViewingKind;
	/** Parsed title (shared between rows with the same title). */
	parsed: ParsedTitle;
}

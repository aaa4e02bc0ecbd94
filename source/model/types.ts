/**
 * The domain of a Netflix export, as the rest of netflix-tui sees it.
 * Pure types: nothing here reads files or knows about the terminal.
 */
import type {ViewingRow} from '../export/viewing-table.js';

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

/** One row of ViewingActivity.csv (or NetflixViewingHistory.csv), understood: the row and its classification. */
export interface ViewingEvent extends ViewingRow {
	/** Classification of the row. */
	kind: ViewingKind;
	/** Parsed title (shared between rows with the same title). */
	parsed: ParsedTitle;
}

/** Types shared by the export generator's parts (see scripts/generate-export.ts). */

/** `2025`: numeric top folder, reordered headers, every field quoted. `legacy`: `netflix-report/`, mixed-case folders. */
export type ExportLayout = '2025' | 'legacy';

/** Options of `generateExport`. */
export interface GenerateOptions {
	/** Generated ViewingActivity rows (scripted `extraViewing` rows come on top). */
	rows: number;
	/** Same seed, same export, byte for byte. */
	seed: number;
	/** Profile names; default 6 profiles from 10,000 rows, 3 from 500, else 2. */
	profiles?: string[];
	/** Default `2025`. */
	layout?: ExportLayout;
	/** First year of history (default endYear − 3). */
	startYear?: number;
	/** Last year of history (default 2025); history runs to Dec 31 of it. */
	endYear?: number;
	/** Hand-written viewing (see `watchSeries`), merged before ordering and Latest Bookmark. */
	extraViewing?: ViewingRow[];
}

/** One ViewingActivity row before it is written; `Latest Bookmark` is derived when rendering. */
export interface ViewingRow {
	profile: string;
	/** Epoch milliseconds, UTC. */
	start: number;
	durationSeconds: number;
	bookmarkSeconds: number;
	/** Title without the legacy HIDDEN TITLE prefix. */
	title: string;
	/** Empty for real viewing. */
	supplementalType: string;
	/** Flags other than `View was hidden; ` (that one comes from `hidden`), e.g. `Autoplayed: user action: None; `. */
	attributes: string;
	device: string;
	country: string;
	hidden: boolean;
}

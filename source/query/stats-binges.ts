/**
 * The longest binge: most distinct episodes of one show in one sitting (a rewatched episode in the same
 * sitting counts once). Sittings are numbered by the tally (stats-tally.ts, SITTING_GAP_MINUTES).
 */
import type {Binge} from './stats.js';
import type {StatsSource} from './stats-source.js';

/** Finds the longest binge among the viewings it is given, a profile at a time, oldest first. */
export class BingeFinder {
	best: Binge | null = null;
	private profile = '';
	// Per episode and per show, the sitting they were last counted in (sitting numbers start at 1).
	private readonly mark: Int32Array;
	private readonly showSitting: Int32Array;
	private readonly showCount: Int32Array;
	private readonly showStart: Float64Array;

	constructor(
		private readonly shows: StatsSource['shows'],
		episodes: number,
	) {
		this.mark = new Int32Array(episodes);
		this.showSitting = new Int32Array(shows.length);
		this.showCount = new Int32Array(shows.length);
		this.showStart = new Float64Array(shows.length);
	}

	/** The viewings that follow are this profile's. */
	startProfile(name: string): void {
		this.profile = name;
	}

	/** One viewing: its sitting, show, episode (−1: a movie, never a binge), start and end. */
	add(sitting: number, s: number, e: number, start: number, end: number): void {
		if (e < 0 || this.mark[e] === sitting) return;
		this.mark[e] = sitting;
		if (this.showSitting[s] !== sitting) {
			this.showSitting[s] = sitting;
			this.showCount[s] = 0;
			this.showStart[s] = start;
		}
		const count = ++this.showCount[s]!;
		const best = this.best;
		if (!best || count > best.episodes) {
			this.best = {profile: this.profile, show: this.shows[s]!.name, episodes: count, start: this.showStart[s]!, end};
		} else if (best.profile === this.profile && best.start === this.showStart[s] && best.show === this.shows[s]!.name) {
			best.end = Math.max(best.end, end);
		}
	}
}

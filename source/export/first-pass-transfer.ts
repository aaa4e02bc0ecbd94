import type {FirstPass} from '../model/title-catalog.js';
import type {ParsedTitle} from '../model/types.js';

/**
 * A first pass of the title parser (title-catalog.ts) in a form that crosses threads cheaply: a structured
 * clone of 25k parse objects took ≈40 ms, of these few arrays ≈5 ms. The titles themselves travel with
 * the part's columns.
 */
export interface FirstPassColumns {
	/** 1 episode, 0 movie. */
	episode: Uint8Array;
	placed: Uint8Array;
	/** NaN for none. */
	seasonNumber: Float64Array;
	episodeNumber: Float64Array;
	show: string[];
	seasonLabel: Array<string | null>;
	episodeTitle: Array<string | null>;
	extra: Uint8Array;
	knownShows: Set<string>;
	knownFirstSegments: Set<string>;
}

export function encodeFirstPass(pass: FirstPass): FirstPassColumns {
	const n = pass.parsed.length;
	const columns: FirstPassColumns = {
		episode: new Uint8Array(n),
		placed: new Uint8Array(n),
		seasonNumber: new Float64Array(n),
		episodeNumber: new Float64Array(n),
		show: new Array(n),
		seasonLabel: new Array(n),
		episodeTitle: new Array(n),
		extra: pass.extra,
		knownShows: pass.knownShows,
		knownFirstSegments: pass.knownFirstSegments,
	};
	pass.parsed.forEach((p, i) => {
		columns.episode[i] = p.kind === 'episode' ? 1 : 0;
		columns.placed[i] = p.placed ? 1 : 0;
		columns.seasonNumber[i] = p.seasonNumber ?? Number.NaN;
		columns.episodeNumber[i] = p.episodeNumber ?? Number.NaN;
		columns.show[i] = p.show;
		columns.seasonLabel[i] = p.seasonLabel;
		columns.episodeTitle[i] = p.episodeTitle;
	});
	return columns;
}

/** The first pass back from its columns; `titles` are the part's titles it was made of. */
export function decodeFirstPass(columns: FirstPassColumns, titles: readonly string[]): FirstPass {
	const parsed = titles.map(
		(raw, i): ParsedTitle => ({
			raw,
			kind: columns.episode[i] === 1 ? 'episode' : 'movie',
			show: columns.show[i]!,
			seasonLabel: columns.seasonLabel[i]!,
			seasonNumber: numberOrNull(columns.seasonNumber[i]!),
			episodeNumber: numberOrNull(columns.episodeNumber[i]!),
			episodeTitle: columns.episodeTitle[i]!,
			placed: columns.placed[i] === 1,
		}),
	);
	return {parsed, extra: columns.extra, knownShows: columns.knownShows, knownFirstSegments: columns.knownFirstSegments};
}

function numberOrNull(n: number): number | null {
	return Number.isNaN(n) ? null : n;
}

/** The typed arrays to transfer (not copy) with a message. */
export function firstPassBuffers(columns: FirstPassColumns): ArrayBuffer[] {
	return [columns.episode, columns.placed, columns.seasonNumber, columns.episodeNumber, columns.extra].map(a => a.buffer as ArrayBuffer);
}

/**
 * The title parser as production calls it, for tests: one title split and parsed alone
 * (parseSegments, as the first pass does), and a whole catalog (first pass, then named seasons resolved
 * from sibling titles, as the reader and the title thread make it).
 */
import {parseSegments} from '../../source/model/parse-title.js';
import type {ParsedTitle} from '../../source/model/types.js';
import {splitTitle} from '../../source/model/title-segments.js';
import {firstPass} from '../../source/model/title-first-pass.js';
import {titleModelOf} from '../../source/model/title-model.js';

/** One title parsed alone, with the show names known from other titles. */
export function parseTitle(raw: string, knownShows?: ReadonlySet<string>): ParsedTitle {
	return parseSegments(raw, splitTitle(raw), knownShows);
}

/**
 * The titles' model as production makes it (first pass, then the catalog), read by title: the same
 * path the reader and the title thread take.
 */
export function buildTitleCatalog(titles: readonly string[]) {
	const distinct = [...new Set(titles)];
	const model = titleModelOf(distinct, firstPass(distinct));
	return {
		get(raw: string) {
			const i = distinct.indexOf(raw);
			if (i === -1) throw new Error(`"${raw}" is not one of the titles given`);
			return model.parses[i]!;
		},
		unplaced: model.unplaced,
		parses: model.parses,
		size: model.size,
	};
}

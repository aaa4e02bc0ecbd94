/**
 * Every distinct title of the fixtures and of generated exports (three seeds, both layouts), plus
 * hand-made near misses of the common shapes: what the tests of the parser's shortcuts hold them to.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {generateExport} from '../../scripts/generate-export.js';
import {loadExport} from '../../source/load/load-export.js';
import {readViewingActivity} from '../../source/load/viewing-activity.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** Titles near the common shapes that a shortcut must hand to the full parser, or read the same. */
export const NEAR_MISSES: readonly string[] = [
	' Dark: Season 1: Secrets (Episode 1)',
	'Dark : Season 1: Secrets (Episode 1)',
	'Dark:  Season 1: Secrets (Episode 1)',
	'Dark\u00a0: Saison 1\u00a0: Secrets (Épisode 1)',
	'Dark: Season 1: Secrets (Episode 1) ',
	'Dark: Season 1: (Episode 1)',
	'Dark: Season 1: Secrets  (Episode 1)',
	'Dark: Season 1: Secrets (Episode 1,093)',
	'Dark: Season 1: Secrets (Episode  1)',
	'Dark: Season 1: Secrets (episode 1)',
	'Dark: SEASON 1: Secrets (EPISODE 1)',
	'Dark: Season 3B: Secrets (Episode 1)',
	'Dark: Season1: Secrets (Episode 1)',
	'Dark: Season 1 : Secrets (Episode 1)',
	'Dark: Staffel\u00a02: Geister (Folge 3)',
	'Dark: Part 2: Secrets (Episode 1)',
	'Dark: Dark 2: Part 1',
	'Dark: Part Two: Secrets (Episode 1)',
	'Dark: Vol.2: Secrets (Ep. 4)',
	'Dark: 2. Sezon: Kötü Mal (Bölüm 4)',
	'Dark: 2ª temporada: O segredo (Episódio 2)',
	'Dark: 2ª  temporada: O segredo (Episódio 2)',
	'Dark: 2nd temporada: O segredo (Episódio 2)',
	'Dark: Limited Series: Secrets (Episode 1)',
	'Dark: Season 1: Secrets (Chapter 1)',
	'Dark: Season 1: Secrets (Episode 1)(Episode 2)',
	'Dark: Season 1: Secrets (Clip)',
	'Dark: Season 1: Secrets (Fragman) (Episode 1)',
	'Dark (Fragman): Season 1: Secrets (Episode 1)',
	'Dark: Season 1: Secrets_hook_primary (Episode 1)',
	'Trailer: Season 1: Secrets (Episode 1)',
	'(untitled): Season 1: Secrets (Episode 1)',
	'Dark: Season 1: Secrets: Part 2 (Episode 1)',
	'Dark: Dark 3: Secrets (Episode 1)',
	'Dark: Season 1: Episode 13',
	'Dark: Season 2',
	'Dark: Season 2 Trailer',
	'Dark',
	'  Dark  ',
	'Tokyo Ghoul:re',
	'Trailer',
	'Season 2 Trailer',
	'',
	'Dark: Season 1: Secrets (Episode 1)',
	'Dark: Season 1: Secrets (Episodio 1)',
	'Dark: Sezon 1: Secrets (Ｅpisode 1)',
	'Dark: Season 1: Secrets（Episode 1）',
];

/** The distinct titles of one ViewingActivity.csv's text. */
async function titlesOfCsv(text: string, name: string): Promise<string[]> {
	return (await readViewingActivity(Buffer.from(text), name)).table.titles;
}

/** Every distinct title of the fixtures and of generated exports, and the near misses. */
export async function titleCorpus(): Promise<string[]> {
	const titles = new Set<string>(NEAR_MISSES);
	for (const file of ['ViewingActivity-2025.csv', 'ViewingActivity-legacy.csv', 'ViewingActivity-title-traps.csv']) {
		for (const title of await titlesOfCsv(readFileSync(join(FIXTURES, file), 'utf8'), file)) titles.add(title);
	}
	for (const zip of ['sample/netflix-report.zip', 'legacy-export.zip']) {
		for (const title of (await loadExport(join(FIXTURES, zip))).titles) titles.add(title);
	}
	for (const seed of [1, 2, 3]) {
		for (const layout of ['2025', 'legacy'] as const) {
			const entries = generateExport({rows: 3000, seed, layout, profiles: ['Anna', 'Ben', 'Kids']});
			for (const [path, content] of entries) {
				if (path.endsWith('ViewingActivity.csv')) for (const title of await titlesOfCsv(content.toString(), path)) titles.add(title);
			}
		}
	}
	return [...titles];
}

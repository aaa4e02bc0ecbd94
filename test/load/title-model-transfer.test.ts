import {describe, expect, it} from 'vitest';
import {decodeTitleModel, encodeTitleModel} from '../../source/load/title-model-transfer.js';
import {firstPass} from '../../source/model/title-first-pass.js';
import {titleModelOf} from '../../source/model/title-model.js';

const titles = [
	'Stranger Things: Stranger Things 3: Chapter One: Suzie, Do You Copy?',
	'Stranger Things: Season 1: Chapter One: The Vanishing of Will Byers',
	'Dark: Staffel 2: Geister (Folge 3)',
	'The Alienist: Angel of Darkness: Ex Ore Infantium',
	'The Alienist: Angel of Darkness: Something Wicked',
	'Spider-Man: Into the Spider-Verse',
	'Dark: Season 1_hook_primary_16x9',
	'Élite: Temporada 1: Bienvenidos (Episodio 1)',
	// A blank show name: the show is named `(untitled)`, a text that is not in the title.
	'  : 1 : Épisode 1 (Épisode 1)',
	// The show's name twice: its first place is the same text.
	'Dark: Dark: Dark (Episode 2)',
	'Lupin',
];

describe('a title model sent between threads', () => {
	it('comes back whole: parses, kinds, numbers and guesses', () => {
		const model = titleModelOf(titles, firstPass(titles));
		// A structured clone, as postMessage makes it.
		const back = decodeTitleModel(structuredClone(encodeTitleModel(model, titles, true)), titles);
		expect(back.parses).toEqual(model.parses);
		expect([...back.kinds]).toEqual([...model.kinds]);
		expect([...back.numbers.show]).toEqual([...model.numbers.show]);
		expect([...back.numbers.episode]).toEqual([...model.numbers.episode]);
		expect([back.numbers.shows, back.numbers.episodes, back.size]).toEqual([model.numbers.shows, model.numbers.episodes, titles.length]);
		expect(back.unplaced).toEqual(model.unplaced);
	});

	it('reads each parse field from the columns as the parse has it, without making the parses', () => {
		const model = titleModelOf(titles, firstPass(titles));
		const back = decodeTitleModel(structuredClone(encodeTitleModel(model, titles, true)), titles);
		const fields = back.fields!;
		const read = titles.map((_, t) => [fields.show(t), fields.seasonLabel(t), fields.seasonNumber(t), fields.episodeNumber(t), fields.episodeTitle(t)]);
		expect(read).toEqual(model.parses.map(p => [p.show, p.seasonLabel, p.seasonNumber, p.episodeNumber, p.episodeTitle]));
		expect(read.some(([show]) => show === '(untitled)')).toBe(true);
	});

	it('sent without its parses (for counting only), makes the same parses here when asked', () => {
		const model = titleModelOf(titles, firstPass(titles));
		const columns = structuredClone(encodeTitleModel(model, titles, false));
		expect(columns.parses).toBeNull();
		const back = decodeTitleModel(columns, titles);
		expect([...back.kinds]).toEqual([...model.kinds]);
		expect(back.parses).toEqual(model.parses);
	});
});

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
];

describe('a title model sent between threads', () => {
	it('comes back whole: parses, kinds, numbers and guesses', () => {
		const model = titleModelOf(titles, firstPass(titles));
		// A structured clone, as postMessage makes it.
		const back = decodeTitleModel(structuredClone(encodeTitleModel(model, true)), titles);
		expect(back.parses).toEqual(model.parses);
		expect([...back.kinds]).toEqual([...model.kinds]);
		expect([...back.numbers.show]).toEqual([...model.numbers.show]);
		expect([...back.numbers.episode]).toEqual([...model.numbers.episode]);
		expect([back.numbers.shows, back.numbers.episodes, back.size]).toEqual([model.numbers.shows, model.numbers.episodes, titles.length]);
		expect(back.unplaced).toEqual(model.unplaced);
	});

	it('sent without its parses (for counting only), makes the same parses here when asked', () => {
		const model = titleModelOf(titles, firstPass(titles));
		const columns = structuredClone(encodeTitleModel(model, false));
		expect(columns.parses).toBeNull();
		const back = decodeTitleModel(columns, titles);
		expect([...back.kinds]).toEqual([...model.kinds]);
		expect(back.parses).toEqual(model.parses);
	});
});

import {describe, expect, it} from 'vitest';
import {buildLibrary, showKey} from '../../source/model/library.js';
import {tableFromRows} from '../../source/export/viewing-table.js';
import {viewingOrder} from '../../source/model/viewing-order.js';
import {row} from '../helpers/rows.js';

describe('buildLibrary', () => {
	it('classifies episodes, movies and extras (by type and by hook-like title)', () => {
		const library = buildLibrary([
			row({start: '2024-01-01', title: 'Dark: Staffel 1: Geheimnisse (Folge 1)'}),
			row({start: '2024-01-02', title: 'The Hangover: Part II'}),
			row({start: '2024-01-03', title: 'Dark: Staffel 1 (Trailer)', type: 'TRAILER'}),
			row({start: '2024-01-04', title: 'Dark: Season 1_hook_primary_16x9'}),
		]);
		expect(library.viewings.map(v => v.kind)).toEqual(['episode', 'movie', 'extra', 'extra']);
		const dark = library.shows.get(showKey('Dark'))!;
		expect(dark.kind).toBe('series');
		expect(dark.viewings).toHaveLength(1);
		expect(library.shows.get(showKey('The Hangover: Part II'))!.kind).toBe('movie');
	});

	it('takes the viewings’ order it is given (the loader makes it while the titles are parsed), else makes its own', () => {
		const table = tableFromRows([
			row({start: '2024-01-02 20:00', title: 'Dark: Season 1: Secrets (Episode 1)'}),
			row({start: '2024-01-01 20:00', title: 'Ozark: Season 1: Sugarwood (Episode 1)'}),
			row({start: '2024-01-01 20:00', title: 'Ozark: Season 1: Sugarwood (Episode 1)'}),
		]);
		const made = viewingOrder(table);
		expect(Array.from(made.order)).toEqual([2, 0]);
		expect(made.merged).toBe(1);
		const given = {order: Int32Array.of(0), merged: 2, profileViewings: Int32Array.of(1)};
		const library = buildLibrary(table, undefined, given);
		expect(library.order).toBe(given.order);
		expect(library.merged).toBe(2);
		expect(library.viewings.map(v => v.parsed.show)).toEqual(['Dark']);
		const own = buildLibrary(table);
		expect(Array.from(own.order)).toEqual([2, 0]);
		expect(own.merged).toBe(1);
	});

	it('merges near-duplicate rows (same profile, start, title) keeping the longer duration', () => {
		const library = buildLibrary([
			row({start: '2024-01-01 20:00', title: 'Lupin: Partie 1: Chapitre 1 (Épisode 1)', minutes: 40}),
			row({start: '2024-01-01 20:00', title: 'Lupin: Partie 1: Chapitre 1 (Épisode 1)', minutes: 41}),
			row({start: '2024-01-01 20:00', profile: 'Kids', title: 'Lupin: Partie 1: Chapitre 1 (Épisode 1)', minutes: 41}),
		]);
		expect(library.merged).toBe(1);
		expect(library.viewings).toHaveLength(2);
		expect(library.viewings.find(v => v.profile === 'Alex')!.durationSeconds).toBe(41 * 60);
	});

	it('groups the same episode seen under two title strings, and orders seasons and episodes', () => {
		const library = buildLibrary([
			row({start: '2024-02-01', title: 'Élite: Season 2: Samuel (Episode 1)'}),
			row({start: '2024-01-02', title: 'Élite: Temporada 1: Bienvenidos (Episodio 1)'}),
			row({start: '2024-01-05', title: 'Élite: Season 1: Welcome (Episode 1)', profile: 'Kids'}),
			row({start: '2024-01-03', title: 'Élite: Temporada 1: Mentiras (Episodio 2)'}),
		]);
		const elite = library.shows.get(showKey('élite'))!;
		expect(elite.seasons.map(s => s.number)).toEqual([1, 2]);
		const first = elite.seasons[0]!.episodes;
		expect(first.map(e => e.number)).toEqual([1, 2]);
		expect(first[0]!.titles).toEqual(['Élite: Temporada 1: Bienvenidos (Episodio 1)', 'Élite: Season 1: Welcome (Episode 1)']);
		expect(first[0]!.viewings).toHaveLength(2);
		expect(elite.profiles).toEqual(['Alex', 'Kids']);
	});

	it('ranks profiles by viewings and keeps every viewing, oldest first', () => {
		const library = buildLibrary([
			row({start: '2024-01-03', title: 'Dark: Staffel 1: Lügen (Folge 2)', profile: 'Kids'}),
			row({start: '2024-01-01', title: 'Dark: Staffel 1: Geheimnisse (Folge 1)', profile: 'Mom, Dad'}),
			row({start: '2024-01-02', title: 'Dark: Staffel 1: Geheimnisse (Folge 1)', profile: 'Kids'}),
		]);
		expect(library.profiles).toEqual(['Kids', 'Mom, Dad']);
		expect(library.viewings.map(v => v.start)).toEqual([...library.viewings.map(v => v.start)].sort((a, b) => a - b));
	});

	it('drops shows seen only as trailers from the show list', () => {
		const library = buildLibrary([row({start: '2024-01-01', title: 'Wednesday: Season 1 (Trailer)', type: 'TRAILER'})]);
		expect(library.shows.size).toBe(0);
		expect(library.viewings).toHaveLength(1);
	});
});

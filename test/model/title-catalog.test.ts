import {describe, expect, it} from 'vitest';
import {buildTitleCatalog} from '../helpers/titles.js';

describe('buildTitleCatalog', () => {
	it('resolves a named season from a show known through keyworded titles', () => {
		const catalog = buildTitleCatalog([
			'Stranger Things: Season 1: Chapter One: The Vanishing of Will Byers (Episode 1)',
			'Stranger Things: Stranger Things 2: Chapter One: MADMAX (Episode 1)',
			'Stranger Things: Stranger Things 3: Chapter One: Suzie, Do You Copy? ',
		]);
		expect(catalog.get('Stranger Things: Stranger Things 3: Chapter One: Suzie, Do You Copy? ')).toMatchObject({
			kind: 'episode',
			show: 'Stranger Things',
			seasonLabel: 'Stranger Things 3',
			seasonNumber: 3,
			episodeNumber: null,
			episodeTitle: 'Chapter One: Suzie, Do You Copy?',
			placed: true,
		});
		expect(catalog.get('Stranger Things: Stranger Things 2: Chapter One: MADMAX (Episode 1)')).toMatchObject({
			show: 'Stranger Things',
			seasonNumber: 2,
			episodeNumber: 1,
			episodeTitle: 'Chapter One: MADMAX',
		});
		expect(catalog.unplaced).toEqual([]);
	});

	it('resolves a named season from siblings sharing the first segment', () => {
		const catalog = buildTitleCatalog([
			'The Alienist: Angel of Darkness: Ex Ore Infantium',
			'The Alienist: Angel of Darkness: Labyrinth',
			'The Alienist: Angel of Darkness: Gilded Cage',
		]);
		expect(catalog.get('The Alienist: Angel of Darkness: Labyrinth')).toMatchObject({
			kind: 'episode',
			show: 'The Alienist',
			seasonLabel: 'Angel of Darkness',
			seasonNumber: null,
			episodeTitle: 'Labyrinth',
			placed: true,
		});
		expect(catalog.unplaced).toEqual([]);
	});

	it('takes the common leading segments as the show when named seasons differ', () => {
		const catalog = buildTitleCatalog(['X: Y: a', 'X: Y: b', 'X: Z: c']);
		expect(catalog.get('X: Y: b')).toMatchObject({show: 'X', seasonLabel: 'Y', episodeTitle: 'b', placed: true});
		expect(catalog.get('X: Z: c')).toMatchObject({show: 'X', seasonLabel: 'Z', episodeTitle: 'c', placed: true});
	});

	it('keeps colons inside a show name when every sibling has a season keyword', () => {
		const catalog = buildTitleCatalog([
			'Avatar: The Last Airbender: Book 1: The Boy in the Iceberg (Episode 1)',
			'Avatar: The Last Airbender: Book 2: The Avatar State (Episode 1)',
		]);
		expect(catalog.get('Avatar: The Last Airbender: Book 2: The Avatar State (Episode 1)')).toMatchObject({
			show: 'Avatar: The Last Airbender',
			seasonNumber: 2,
			episodeNumber: 1,
		});
	});

	it('leaves a movie sharing a first word with a longer show a placed movie', () => {
		const catalog = buildTitleCatalog(['Avatar: The Last Airbender: Book 1: The Boy in the Iceberg (Episode 1)', 'Avatar: The Way of Water']);
		expect(catalog.get('Avatar: The Way of Water')).toMatchObject({kind: 'movie', show: 'Avatar: The Way of Water', placed: true});
		expect(catalog.unplaced).toEqual([]);
	});

	it('reads a weak label after a named season of a known show as part of the episode title', () => {
		const catalog = buildTitleCatalog(['The Alienist: Season 1: The Boy on the Bridge (Episode 1)', 'The Alienist: Angel of Darkness: Part 2: Hunt']);
		expect(catalog.get('The Alienist: Angel of Darkness: Part 2: Hunt')).toMatchObject({
			show: 'The Alienist',
			seasonLabel: 'Angel of Darkness',
			episodeTitle: 'Part 2: Hunt',
			placed: true,
		});
	});

	it('gives Season 1 and Temporada 1 of the same show the same (show, season, episode) key', () => {
		const catalog = buildTitleCatalog(['Élite: Season 1: Welcome (Episode 1)', 'Élite: Temporada 1: Bienvenidos (Episodio 1)', `Élite: 1ª temporada: Bienvenidos (Episódio 1)`]);
		const keys = ['Élite: Season 1: Welcome (Episode 1)', 'Élite: Temporada 1: Bienvenidos (Episodio 1)', 'Élite: 1ª temporada: Bienvenidos (Episódio 1)']
			.map(raw => catalog.get(raw))
			.map(parsed => `${parsed.show}|${parsed.seasonNumber}|${parsed.episodeNumber}`);
		expect(new Set(keys)).toEqual(new Set(['Élite|1|1']));
	});

	it('counts distinct titles and lists only the real guesses as unplaced', () => {
		const catalog = buildTitleCatalog([
			'Dark: Staffel 1: Geheimnisse (Folge 1)',
			'Dark: Staffel 1: Geheimnisse (Folge 1)',
			'Roma',
			// A lone `A: B` is taken for a movie.
			'Spider-Man: Into the Spider-Verse',
			// Beside Black Mirror episodes it could be a special: still a guess.
			'Black Mirror: Season 4: USS Callister (Episode 1)',
			'Black Mirror: Bandersnatch',
			// A lone three-segment title cannot tell a named season from a colon in the show's name.
			'Lost in Space: Danger: Will Robinson',
			// A hook is an extra, not a guess worth listing.
			'Black Mirror: Season 4_hook_primary_16x9',
		]);
		expect(catalog.size).toBe(7);
		expect(catalog.get('Black Mirror: Season 4_hook_primary_16x9').placed).toBe(false);
		expect(catalog.unplaced).toEqual(['Black Mirror: Bandersnatch', 'Lost in Space: Danger: Will Robinson']);
		expect(catalog.get('Spider-Man: Into the Spider-Verse')).toMatchObject({kind: 'movie', placed: true});
		expect(catalog.get('Black Mirror: Bandersnatch')).toMatchObject({kind: 'movie', show: 'Black Mirror: Bandersnatch', placed: false});
	});

	it('files titles of separators only under the untitled show instead of failing the load', () => {
		const catalog = buildTitleCatalog([': ', ' : : ', '  : 1 : Épisode 1 (Épisode 1)']);
		expect(catalog.parses.map(p => p.show)).toEqual(['(untitled)', '(untitled)', '(untitled)']);
	});

	it('reads a named season with the show its sibling titles name', () => {
		const catalog = buildTitleCatalog(["The Witcher: Season 1: The End's Beginning (Episode 1)", 'The Witcher: Blood Origin: Of Dreams and Destiny (Episode 1)']);
		expect(catalog.size).toBe(2);
		expect(catalog.get('The Witcher: Blood Origin: Of Dreams and Destiny (Episode 1)')).toMatchObject({
			show: 'The Witcher',
			seasonLabel: 'Blood Origin',
			episodeNumber: 1,
			placed: true,
		});
	});

	it('builds a catalog of 45,000 distinct titles and resolves them', () => {
		const titles: string[] = [];
		for (let show = 0; show < 1500; show++) {
			for (let episode = 1; episode <= 10; episode++) {
				titles.push(`Show ${show}: Season 1: Pilot ${episode} (Episode ${episode})`);
				titles.push(`Show ${show}: Show ${show} 2: Chapter ${episode}`);
				titles.push(`Saga ${show}: Arc ${episode % 2}: Night ${episode}: Dawn`);
			}
		}

		const catalog = buildTitleCatalog(titles);
		expect(catalog.size).toBe(45_000);
		expect(catalog.get('Show 7: Season 1: Pilot 3 (Episode 3)')).toMatchObject({show: 'Show 7', seasonNumber: 1, episodeNumber: 3});
		expect(catalog.get('Show 1499: Show 1499 2: Chapter 4')).toMatchObject({
			show: 'Show 1499',
			seasonLabel: 'Show 1499 2',
			seasonNumber: 2,
			episodeTitle: 'Chapter 4',
			placed: true,
		});
		expect(catalog.get('Saga 42: Arc 1: Night 5: Dawn')).toMatchObject({
			show: 'Saga 42',
			seasonLabel: 'Arc 1',
			episodeTitle: 'Night 5: Dawn',
			placed: true,
		});
		expect(catalog.unplaced).toEqual([]);
	});

	it('reads `Show: Show 3: …` as a named season even when only that season is in the export', () => {
		const a = 'Stranger Things: Stranger Things 3: Chapter One: Suzie, Do You Copy? (Episode 1)';
		const b = 'Stranger Things: Stranger Things 3: Chapter Two: The Mall Rats (Episode 2)';
		const catalog = buildTitleCatalog([a, b]);
		expect(catalog.get(a)).toMatchObject({
			show: 'Stranger Things',
			seasonLabel: 'Stranger Things 3',
			seasonNumber: 3,
			episodeNumber: 1,
			episodeTitle: 'Chapter One: Suzie, Do You Copy?',
			placed: true,
		});
		expect(catalog.get(b)).toMatchObject({show: 'Stranger Things', seasonNumber: 3, episodeNumber: 2});
		// An episode title with a colon of its own does not make `Stranger Things 3` part of the show's name.
		const c = 'Stranger Things: Stranger Things 3: Chapter Eight: The Battle of Starcourt: Part 1 (Episode 8)';
		const short = 'Stranger Things: Stranger Things 3: The Mall Rats (Episode 2)';
		const both = buildTitleCatalog([short, c]);
		expect(both.get(c)).toMatchObject({show: 'Stranger Things', seasonNumber: 3, episodeNumber: 8, episodeTitle: 'Chapter Eight: The Battle of Starcourt: Part 1'});
		expect(both.get(short)).toMatchObject({show: 'Stranger Things', seasonNumber: 3, episodeNumber: 2, episodeTitle: 'The Mall Rats'});
	});

	it('reads the named seasons of a show whose name has a colon apart, each with its number', () => {
		const season1 = 'Wild Station: Tokyo: Season 1: Pilot (Episode 1)';
		const season2 = 'Wild Station: Tokyo: Wild Station: Tokyo 2: Old Friends (Episode 3)';
		const season4 = 'Wild Station: Tokyo: Wild Station: Tokyo 4: No Way Back (Episode 3)';
		const bare = 'Wild Station: Tokyo: Wild Station: Tokyo 4: Homecoming';
		const catalog = buildTitleCatalog([season1, season2, season4, bare]);
		expect(catalog.get(season2)).toMatchObject({
			show: 'Wild Station: Tokyo',
			seasonLabel: 'Wild Station: Tokyo 2',
			seasonNumber: 2,
			episodeNumber: 3,
			episodeTitle: 'Old Friends',
			placed: true,
		});
		// Episode 3 of season 4 is not episode 3 of season 2 (they once shared the label `Wild Station`).
		expect(catalog.get(season4)).toMatchObject({show: 'Wild Station: Tokyo', seasonLabel: 'Wild Station: Tokyo 4', seasonNumber: 4, episodeNumber: 3, episodeTitle: 'No Way Back'});
		expect(catalog.get(bare)).toMatchObject({show: 'Wild Station: Tokyo', seasonNumber: 4, episodeNumber: null, episodeTitle: 'Homecoming', placed: true});
		expect(catalog.unplaced).toEqual([]);
	});

	it('reads them from their siblings when no keyword season names the show, one season with a colon in an episode title too', () => {
		const a = 'Wild Station: Tokyo: Wild Station: Tokyo 2: Old Friends (Episode 1)';
		const b = 'Wild Station: Tokyo: Wild Station: Tokyo 2: Loose Ends: Part 2 (Episode 2)';
		const catalog = buildTitleCatalog([a, b]);
		expect(catalog.get(a)).toMatchObject({
			show: 'Wild Station: Tokyo',
			seasonLabel: 'Wild Station: Tokyo 2',
			seasonNumber: 2,
			episodeNumber: 1,
			episodeTitle: 'Old Friends',
			placed: true,
		});
		expect(catalog.get(b)).toMatchObject({show: 'Wild Station: Tokyo', seasonNumber: 2, episodeNumber: 2, episodeTitle: 'Loose Ends: Part 2', placed: true});
		const other = buildTitleCatalog([a, 'Wild Station: Tokyo: Wild Station: Tokyo 3: Homecoming (Episode 1)']);
		expect(other.get('Wild Station: Tokyo: Wild Station: Tokyo 3: Homecoming (Episode 1)')).toMatchObject({
			show: 'Wild Station: Tokyo',
			seasonNumber: 3,
			episodeTitle: 'Homecoming',
		});
	});

	it('makes no show of the first segment that untyped hooks share: the movies beside them stay movies', () => {
		const movies = ['Frozen Circuit', 'Frozen Circuit: Tokyo', 'Frozen Circuit: Berlin'];
		const hooks = ['Frozen Circuit: Lagos: Season 1_hook_primary_16x9', 'Frozen Circuit: Oslo: Season 1_hook_primary_16x9'];
		const catalog = buildTitleCatalog([...movies, ...hooks]);
		for (const movie of movies) expect(catalog.get(movie)).toMatchObject({kind: 'movie', show: movie});
		// A hook is an extra whatever its parse: none is listed as a title left to guess.
		expect(catalog.unplaced.filter(t => hooks.includes(t))).toEqual([]);
		// Nor does a hook whose parse places it (`Part II` read as its season) teach its first segment as a show.
		const placed = buildTitleCatalog(['Familia Costa: Part II: Season 1_hook_primary_16x9', 'Familia Costa: Berlin']);
		expect(placed.get('Familia Costa: Berlin')).toMatchObject({kind: 'movie', show: 'Familia Costa: Berlin'});
	});

	it('keeps a subtitle before a label in the show name, also beside the parent show', () => {
		const titles = [
			'Money Heist: Part 1: Episode 13',
			'Money Heist: From Tokyo to Berlin: Volume 1: Episode 1',
			"Fullmetal Alchemist: Season 1: The Philosopher's Stone (Episode 1)",
			'Fullmetal Alchemist: Brotherhood: Part 1: Fullmetal Alchemist (Episode 1)',
			"Chef's Table: Volume 1: Massimo Bottura (Episode 1)",
			"Chef's Table: BBQ: Volume 1: Tootsie Tomanetz (Episode 1)",
			'Wiedźmin: Sezon 1: Koniec to początek (Odcinek 1)',
			'Wiedźmin: Rodowód krwi: Miniserial: Ze snów (Odcinek 1)',
			// Without a label the known show still decides, as before.
			'Roman Empire: Season 1: Reign of Blood: Born to Rule (Episode 1)',
			'Roman Empire: Caligula: The Mad Emperor: Born to Rule (Episode 1)',
		];
		const catalog = buildTitleCatalog(titles);
		expect(titles.map(t => catalog.get(t).show)).toEqual([
			'Money Heist',
			'Money Heist: From Tokyo to Berlin',
			'Fullmetal Alchemist',
			'Fullmetal Alchemist: Brotherhood',
			"Chef's Table",
			"Chef's Table: BBQ",
			'Wiedźmin',
			'Wiedźmin: Rodowód krwi',
			'Roman Empire',
			'Roman Empire',
		]);
		expect(catalog.get(titles[9]!)).toMatchObject({seasonLabel: 'Caligula', episodeTitle: 'The Mad Emperor: Born to Rule', placed: true});
	});

	it('finds the show of unlabeled four-part titles from their siblings', () => {
		const titles = [
			'Demon Slayer: Kimetsu no Yaiba: Cruelty (Episode 1)',
			'Demon Slayer: Kimetsu no Yaiba: Trainer Sakonji Urokodaki (Episode 2)',
			'Demon Slayer: Kimetsu no Yaiba: Entertainment District Arc: Sound Hashira Tengen Uzui (Episode 1)',
		];
		const catalog = buildTitleCatalog(titles);
		expect(catalog.get(titles[0]!)).toMatchObject({show: 'Demon Slayer: Kimetsu no Yaiba', seasonLabel: null, episodeNumber: 1, episodeTitle: 'Cruelty', placed: true});
		expect(catalog.get(titles[2]!)).toMatchObject({
			show: 'Demon Slayer: Kimetsu no Yaiba',
			seasonLabel: 'Entertainment District Arc',
			episodeNumber: 1,
			episodeTitle: 'Sound Hashira Tengen Uzui',
		});
		const beside = buildTitleCatalog(['Demon Slayer: Kimetsu no Yaiba: Season 1: Cruelty (Episode 1)', titles[2]!]);
		expect(beside.get(titles[2]!)).toMatchObject({show: 'Demon Slayer: Kimetsu no Yaiba', seasonLabel: 'Entertainment District Arc', placed: true});
	});

	it('keeps colon-titled films films beside series that share their first segment', () => {
		const catalog = buildTitleCatalog([
			'Star Wars: The Clone Wars: Season 7: The Bad Batch (Episode 1)',
			'Star Wars: Episode VIII: The Last Jedi',
			'Star Wars: Episode V: The Empire Strikes Back',
			'Naruto Shippuden: Season 1: Homecoming (Episode 1)',
			'Naruto Shippuden: The Movie: The Lost Tower',
			'LEGO: Marvel Super Heroes: Maximum Overload',
		]);
		expect(catalog.get('Star Wars: Episode V: The Empire Strikes Back')).toMatchObject({kind: 'movie', placed: true});
		expect(catalog.get('Naruto Shippuden: The Movie: The Lost Tower')).toMatchObject({kind: 'movie', placed: true});
		expect(catalog.get('LEGO: Marvel Super Heroes: Maximum Overload')).toMatchObject({kind: 'movie', show: 'LEGO: Marvel Super Heroes: Maximum Overload'});
	});

	it('makes one entry per `X: English Title: Y` title, not a one-row series', () => {
		const catalog = buildTitleCatalog(['Kurtlar Vadisi: Valley of the Wolves: Iraq', 'Babam ve Oğlum: My Father and My Son: Extended']);
		expect(catalog.parses.map(p => [p.kind, p.seasonLabel])).toEqual([
			['movie', null],
			['movie', null],
		]);
		expect(catalog.unplaced).toHaveLength(2);
	});

	it('reads `Show: Episode title` as an episode beside the show in a file without episode numbers', () => {
		// The simple download (NetflixViewingHistory.csv) writes no `(Episode N)`.
		const catalog = buildTitleCatalog([
			'Narcos: Season 1: Descenso',
			'Narcos: Season 1: The Sword of Simón Bolivar',
			'Narcos: The Men of Always',
			'Spider-Man: Into the Spider-Verse',
		]);
		expect(catalog.get('Narcos: The Men of Always')).toMatchObject({kind: 'episode', show: 'Narcos', seasonLabel: null, episodeTitle: 'The Men of Always', placed: true});
		expect(catalog.get('Spider-Man: Into the Spider-Verse')).toMatchObject({kind: 'movie', placed: true});
		// Where the show's episodes carry numbers, a lone `Show: Name` is still a guessed film (Bandersnatch).
		const numbered = buildTitleCatalog(['Black Mirror: Season 4: USS Callister (Episode 1)', 'Black Mirror: Bandersnatch']);
		expect(numbered.get('Black Mirror: Bandersnatch')).toMatchObject({kind: 'movie', placed: false});
	});

	it('groups titles with a blank show name under one untitled show and lists them as unplaced', () => {
		const titles = ['  : 1 : Épisode 1 (Épisode 1)', '  : 2 : Épisode 3 (Épisode 3)', '1: Season 1: Start (Episode 1)'];
		const catalog = buildTitleCatalog(titles);
		expect(titles.map(t => catalog.get(t).show)).toEqual(['(untitled)', '(untitled)', '1']);
		expect(catalog.get(titles[1]!)).toMatchObject({seasonNumber: 2, episodeNumber: 3});
		expect(catalog.unplaced).toEqual(titles.slice(0, 2));
	});
});

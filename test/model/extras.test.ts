import {describe, expect, it} from 'vitest';
import {isExtraTitle} from '../../source/model/extras.js';

describe('isExtraTitle', () => {
	it.each([
		'Stranger Things: Season 1_hook_primary_16x9',
		'Dark: Staffel 2_hook_secondary_16x9',
		'Wednesday_hook_primary',
		'Ozark: Season 4_16x9',
		'Trailer: The Irishman',
		'Teaser: Squid Game',
		'Teaser Trailer: Arcane',
		'Plot Clip: Lupin',
		'Clip: Money Heist',
		'Recap: Dark',
		'Season 2 Trailer',
		'The Witcher: Season 2 Trailer',
		'Bridgerton: Official Trailer',
		'Glass Onion: Trailer 2',
		'Dark: Season 1 Recap',
		'Bande-annonce\u00a0: Lupin',
		// Turkish accounts, Supplemental Video Type empty: the extra word is bracketed after a name or a label.
		'Kardeşler (Fragman)',
		'Yalı Çapkını: Sezon 3 (Klip): Ferit ile Seyran',
		'Şahsiyet: Mini Dizi (Fragman): Agah Beyoğlu',
		'Character Intro Clip',
		'Arcane: Character Intro Clip',
	])('flags %s', raw => {
		expect(isExtraTitle(raw)).toBe(true);
	});

	it.each([
		'The Trailer Park Boys',
		'Trailer Park Boys: Season 1: Take Your Little Gun and Get Out of My Park (Episode 1)',
		'Clipped',
		'Clipped: Limited Series: Pilot (Episode 1)',
		'Recap Room',
		'Teaser',
		'The Trailer',
		'Dark: Staffel 2: Geister (Folge 3)',
		'Tokyo Ghoul:re',
		'Hook',
		'Fragman',
		'The Clip Show: Season 1: The Clip (Episode 2)',
		'Character: Season 1: Intro (Episode 1)',
	])('does not flag %s', raw => {
		expect(isExtraTitle(raw)).toBe(false);
	});
});

import {describe, expect, it} from 'vitest';
import {foldName, matchName, nameList, quoteName} from '../../source/query/names.js';

const PROFILES = ['Alex', 'Mom, Dad', 'Niños 🎈', 'Kids', 'Kidsroom'];

describe('profile and show names', () => {
	it('fold away case, accents, emoji and punctuation', () => {
		expect(foldName('Niños 🎈')).toBe('ninos');
		expect(foldName('Mom, Dad')).toBe('mom dad');
		expect(foldName('  Begüm 🌙 ')).toBe('begum');
	});

	it('fold the letters NFD keeps (ı, ł, ø, đ, ħ, ŧ) as the search does, so a show is found as typed everywhere', () => {
		expect(foldName('Sınır Şehir: ZŁOTA Wieża, Ørkenen')).toBe('sinir sehir zlota wieza orkenen');
		expect(matchName(['Sınır Şehir', 'Dark'], 'sinir')).toEqual({kind: 'one', name: 'Sınır Şehir'});
	});

	it('match the exact name, then the folded name, then a unique start, then a unique part', () => {
		expect(matchName(PROFILES, 'Niños')).toEqual({kind: 'one', name: 'Niños 🎈'});
		expect(matchName(PROFILES, 'ninos')).toEqual({kind: 'one', name: 'Niños 🎈'});
		expect(matchName(PROFILES, 'NIÑOS 🎈')).toEqual({kind: 'one', name: 'Niños 🎈'});
		expect(matchName(PROFILES, 'mom dad')).toEqual({kind: 'one', name: 'Mom, Dad'});
		// `kids` is one profile's whole name and the start of another's: the whole name wins.
		expect(matchName(PROFILES, 'kids')).toEqual({kind: 'one', name: 'Kids'});
		expect(matchName(PROFILES, 'dad')).toEqual({kind: 'one', name: 'Mom, Dad'});
	});

	it('say which names fit when several do, and nothing when none does', () => {
		expect(matchName(PROFILES, 'kid')).toEqual({kind: 'many', names: ['Kids', 'Kidsroom']});
		expect(matchName(PROFILES, 'Bob')).toEqual({kind: 'none'});
		expect(matchName(PROFILES, '🎈')).toEqual({kind: 'none'});
	});

	it('quote names holding a comma in lists of text', () => {
		expect(quoteName('Mom, Dad')).toBe('"Mom, Dad"');
		expect(quoteName('Alex')).toBe('Alex');
		expect(nameList(['Alex', 'Mom, Dad', 'Kids'])).toBe('Alex, "Mom, Dad", Kids');
	});
});

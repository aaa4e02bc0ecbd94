/**
 * Names as people type and read them: profile names (`Niños 🎈`, `Mom, Dad`) and show names.
 * Shared by the commands and the explorer.
 */

/**
 * Text without accents or case, each character kept in its place: `Élite` → `elite`. Decomposes (NFD)
 * and drops combining marks; the letters whose stroke or missing dot NFD does not take off (Turkish
 * `ı`, Polish `ł`, Nordic `ø`, Croatian `đ`, Maltese `ħ`, Sámi `ŧ`) become their plain letter, one for
 * one, so `sinir` finds `Sınır` and `zlota` finds `Złota` as typed. Characters that decompose to more
 * than one base letter are rare in titles. The search folds names this way (its highlights keep the
 * punctuation); foldName goes further.
 */
export function foldLetters(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[ıłøđħŧ]/g, letter => PLAIN_LETTERS[letter]!);
}

const PLAIN_LETTERS: Record<string, string> = {ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't'};

/**
 * A name reduced to what a person types for it: foldLetters, then no emoji or punctuation, single
 * spaces. `Niños 🎈` and `ninos` fold alike; `Mom, Dad` becomes `mom dad`; `Sınır` is `sinir`.
 */
export function foldName(text: string): string {
	return foldLetters(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * A name as text output shows it inside a list or a line: quoted when it holds a comma or a quote, so
 * `Alex, "Mom, Dad"` reads as two profiles, not three.
 */
export function quoteName(name: string): string {
	return /[,"]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
}

/** Names joined for a line of text: `Alex, "Mom, Dad", Kids`. */
export function nameList(names: readonly string[]): string {
	return names.map(quoteName).join(', ');
}

/** What a typed name found among the real ones: one name, none, or several to choose from. */
export type NameMatch = {kind: 'one'; name: string} | {kind: 'none'} | {kind: 'many'; names: string[]};

/**
 * Finds the name a person meant: the exact name first, then the same name folded (`niños` for
 * `Niños 🎈`), then the names that start with what was typed, then those that contain it. The first of
 * these steps that finds anything decides; two or more there is ambiguous.
 */
export function matchName(names: readonly string[], typed: string): NameMatch {
	if (names.includes(typed)) return {kind: 'one', name: typed};
	const want = foldName(typed);
	if (want === '') return {kind: 'none'};
	const folded = names.map(name => ({name, folded: foldName(name)}));
	const steps = [(f: string) => f === want, (f: string) => f.startsWith(want), (f: string) => f.includes(want)];
	for (const step of steps) {
		const found = folded.filter(n => step(n.folded)).map(n => n.name);
		if (found.length === 1) return {kind: 'one', name: found[0]!};
		if (found.length > 1) return {kind: 'many', names: found};
	}
	return {kind: 'none'};
}

/**
 * Reading the number in a season or part label: digits, roman numerals (`The Hangover: Part II`) and
 * number words (`Avatar: The Last Airbender: Book One`, `Dune: Part Two`, `Teil Drei`).
 */

/** Number words that Netflix writes in labels, in the languages seen in exports. One to twelve is enough. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
	// English
	['one', 1],
	['two', 2],
	['three', 3],
	['four', 4],
	['five', 5],
	['six', 6],
	['seven', 7],
	['eight', 8],
	['nine', 9],
	['ten', 10],
	['eleven', 11],
	['twelve', 12],
	// French
	['un', 1],
	['une', 1],
	['deux', 2],
	['trois', 3],
	['quatre', 4],
	['cinq', 5],
	['sept', 7],
	['huit', 8],
	['neuf', 9],
	['dix', 10],
	// Spanish, Portuguese, Italian
	['uno', 1],
	['una', 1],
	['um', 1],
	['uma', 1],
	['dos', 2],
	['dois', 2],
	['duas', 2],
	['due', 2],
	['tres', 3],
	['três', 3],
	['tre', 3],
	['cuatro', 4],
	['quatro', 4],
	['quattro', 4],
	['cinco', 5],
	['cinque', 5],
	['seis', 6],
	['sei', 6],
	['siete', 7],
	['sete', 7],
	['sette', 7],
	['ocho', 8],
	['oito', 8],
	['otto', 8],
	['nueve', 9],
	['nove', 9],
	['diez', 10],
	['dez', 10],
	['dieci', 10],
	// German, Dutch
	['eins', 1],
	['zwei', 2],
	['drei', 3],
	['vier', 4],
	['fünf', 5],
	['sechs', 6],
	['sieben', 7],
	['acht', 8],
	['neun', 9],
	['zehn', 10],
	['een', 1],
	['twee', 2],
	['drie', 3],
	['vijf', 5],
	['zes', 6],
	['zeven', 7],
]);

/** Canonical roman numerals up to 39: rejects letters such as `C` or `D` that are more likely a part letter. */
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/i;
const ROMAN_VALUES: Readonly<Record<string, number>> = {i: 1, v: 5, x: 10};

function romanValue(token: string): number {
	let total = 0;
	const lower = token.toLowerCase();
	for (let i = 0; i < lower.length; i++) {
		const value = ROMAN_VALUES[lower[i]!]!;
		const next = i + 1 < lower.length ? ROMAN_VALUES[lower[i + 1]!]! : 0;
		total += value < next ? -value : value;
	}

	return total;
}

/**
 * The number a label token stands for (`3`, `III`, `Three`, `drei`), or null when the token is not a number
 * (`Part Time`, `Volume Control`).
 */
export function readNumber(token: string): number | null {
	if (/^\d+$/.test(token)) {
		return Number.parseInt(token, 10);
	}

	if (token !== '' && ROMAN.test(token)) {
		return romanValue(token);
	}

	return NUMBER_WORDS.get(token.toLowerCase()) ?? null;
}

import {readFileSync} from 'node:fs';

export const KEYS_START = '<!-- keys:start -->';
export const KEYS_END = '<!-- keys:end -->';

/** README.md as committed. */
export function readme(): string {
	return readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
}

/** The keys table between the markers. */
export function readmeKeysTable(): string {
	const text = readme();
	return text.slice(text.indexOf(KEYS_START) + KEYS_START.length, text.indexOf(KEYS_END)).trim();
}

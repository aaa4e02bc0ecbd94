import {startFromBytes} from '../../source/export/time.js';

/** A Start Time as text through the reader's byte parser (what production runs on every row). */
export function parseStartStrict(text: string): number | null {
	const bytes = Buffer.from(text, 'utf8');
	return startFromBytes(bytes, 0, bytes.length);
}

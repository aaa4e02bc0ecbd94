/**
 * UTF-16 files: a spreadsheet's "Unicode text" save (Excel writes UTF-16LE with a BOM and tabs). Read
 * as UTF-8 after conversion, instead of being called binary for their NUL bytes.
 */

/** The two byte orders of UTF-16. */
export type Utf16 = 'UTF-16LE' | 'UTF-16BE';

/**
 * UTF-16 by its byte-order mark (FF FE, FE FF), or without one by its NULs: text of Latin letters in
 * UTF-16 has a NUL in every other byte, all on one side. Null for anything else.
 */
export function utf16Of(bytes: Uint8Array): Utf16 | null {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
	const n = Math.min(bytes.length, 1024) & ~1;
	if (n < 8) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	const pairs = n / 2;
	if (odd >= pairs * 0.6 && even === 0) return 'UTF-16LE';
	if (even >= pairs * 0.6 && odd === 0) return 'UTF-16BE';
	return null;
}

/** The text as UTF-8 bytes, without the byte-order mark. An odd last byte is dropped. */
export function utf16ToUtf8(bytes: Uint8Array, encoding: Utf16): Buffer {
	const even = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength & ~1);
	const little = encoding === 'UTF-16LE' ? even : Buffer.from(even).swap16();
	let text = little.toString('utf16le');
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	return Buffer.from(text, 'utf8');
}

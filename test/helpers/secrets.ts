/**
 * The personal values of the sample export, collected from its tables: every email address, IP address
 * and phone number in any cell, the values of address columns and the owner's names. A test checks
 * that none of them appears in what a person reads unless they asked for it (`--reveal`, `r`).
 */
import {openExport} from '../../source/load/open-export.js';
import {ownerName, readTableRows} from '../../source/query/table-rows.js';
import {columnKind} from '../../source/query/mask.js';
import {SAMPLE} from './render.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
const IPV6 = /\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}\b/gi;
const PHONE = /(?:\+|\()\d[\d ().-]{5,}\d/g;

/** The sample's personal values (each at least 4 characters: a searchable string). */
export async function sampleSecrets(): Promise<string[]> {
	const view = await openExport(SAMPLE);
	const found = new Set<string>();
	const owner = ownerName(view.loaded);
	if (owner) for (const name of [owner.first, owner.last]) found.add(name);
	for (const table of view.loaded.layout.tables) {
		if (table.empty || table.file.path === view.loaded.viewingFile) continue;
		const rows = readTableRows(table);
		for (const row of rows.rows) {
			row.forEach((cell, i) => {
				const kind = columnKind(rows.header[i]!);
				if (kind === 'address' || kind === 'phone' || kind === 'name') {
					if (cell.trim() !== '') found.add(cell.trim());
				}
				for (const pattern of [EMAIL, IPV4, PHONE]) for (const match of cell.matchAll(pattern)) found.add(match[0]);
				// An IPv6 address, not a clock (`00:50:02`): it has `::` or a hex letter.
				for (const match of cell.matchAll(IPV6)) if (/::|[a-f]/i.test(match[0])) found.add(match[0]);
			});
		}
	}
	// Email addresses are searched by their hidden part (`sasha@`): the domain stays visible on purpose.
	return [...found].map(s => (s.includes('@') ? s.slice(0, s.indexOf('@') + 1) : s)).filter(s => s.length >= 4);
}

/** The secrets a text shows. */
export function leaked(text: string, secrets: readonly string[]): string[] {
	return secrets.filter(s => text.includes(s));
}

/**
 * The ZIP reader on mutations of a valid export: bytes flipped, the file cut short, bytes inserted or
 * overwritten, anywhere (headers, sizes, names, deflated data). Whatever the bytes, loading the export
 * and reading every other table (as `knows` does) either works or fails with our own ExportError (a
 * clear message and a hint), never another error, and ends. fast-check: a fixed seed here, many more
 * cases with `npm run fuzz`.
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {ExportError} from '../../source/export/errors.js';
import {scanTable} from '../../source/export/scan-table.js';
import {dataOverview} from '../../source/query/data-overview.js';
import {openExport} from '../../source/load/open-export.js';
import {csv2025, tempDir} from '../helpers/exports.js';
import {fuzzRuns} from '../helpers/fuzz.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

/** A small valid 2025 export: viewing history, profiles, IP addresses, an empty table. */
function validExport(): Buffer {
	const zip = new AdmZip();
	const rows = Array.from({length: 30}, (_, i) => ({
		profile: i % 3 ? 'Alex' : 'Kids',
		start: `2024-0${1 + (i % 9)}-1${i % 10} 20:${String(i).padStart(2, '0')}:00`,
		title: `Dark: Season ${1 + (i % 3)}: Episode title ${i} (Episode ${1 + (i % 8)})`,
	}));
	const root = '3604677350/';
	zip.addFile(`${root}CONTENT_INTERACTION/ViewingActivity.csv`, Buffer.from(csv2025(rows)));
	zip.addFile(
		`${root}PROFILES/Profiles.csv`,
		Buffer.from('Profile Name,Email Address,Profile Creation Time\nAlex,alex@example.com,2020-01-01 10:00:00\nKids,,2021-02-03 11:00:00\n'),
	);
	zip.addFile(`${root}IP_ADDRESSES/IpAddressesLogin.csv`, Buffer.from('Ip,Country,Ts\n192.0.2.1,US,2024-01-01T10:00:00Z\n198.51.100.7,DE,2024-02-01T10:00:00Z\n'));
	zip.addFile(`${root}MESSAGES/MessagesSentByNetflix.txt`, Buffer.from('We found no information for this table.'));
	return zip.toBuffer();
}

const valid = validExport();

type Mutation =
	| {kind: 'flip'; at: number; mask: number}
	| {kind: 'cut'; length: number}
	| {kind: 'insert'; at: number; bytes: Uint8Array}
	| {kind: 'overwrite'; at: number; bytes: Uint8Array};

const position = fc.nat({max: valid.length - 1});
/** Positions near the end weighted up: the central directory and the end record are there. */
const anywhere = fc.oneof(
	position,
	fc.nat({max: 120}).map(back => Math.max(0, valid.length - 1 - back)),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({kind: fc.constant('flip' as const), at: anywhere, mask: fc.integer({min: 1, max: 255})}),
	fc.record({kind: fc.constant('cut' as const), length: fc.nat({max: valid.length - 1})}),
	fc.record({kind: fc.constant('insert' as const), at: anywhere, bytes: fc.uint8Array({minLength: 1, maxLength: 16})}),
	fc.record({
		kind: fc.constant('overwrite' as const),
		at: anywhere,
		bytes: fc.oneof(fc.uint8Array({minLength: 1, maxLength: 8}), fc.constant(new Uint8Array([0xff, 0xff, 0xff, 0xff])), fc.constant(new Uint8Array([0, 0, 0, 0]))),
	}),
);

function mutate(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
	let out = Buffer.from(bytes);
	for (const m of mutations) {
		if (m.kind === 'flip') {
			if (m.at < out.length) out[m.at]! ^= m.mask;
		} else if (m.kind === 'cut') out = out.subarray(0, Math.min(m.length, out.length));
		else if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, m.at), m.bytes, out.subarray(m.at)]);
		else out.set(m.bytes.subarray(0, Math.max(0, out.length - m.at)), Math.min(m.at, out.length));
	}
	return out;
}

let file = 0;

describe('ZIP reader on damaged exports (properties)', () => {
	it('the unmutated export loads (the property starts from a valid file)', async () => {
		const where = path.join(dir, 'valid.zip');
		writeFileSync(where, valid);
		const view = await openExport(where);
		expect(view.library.profiles).toEqual(['Alex', 'Kids']);
		expect(dataOverview(view, scanTable).totals.tables).toBe(4);
	});

	it('loads a mutated export or refuses it with our own error; never another error, never a hang', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(mutation, {minLength: 1, maxLength: 3}), async mutations => {
				const where = path.join(dir, `mutated-${file++ % 4}.zip`);
				writeFileSync(where, mutate(valid, mutations));
				try {
					const view = await openExport(where);
					dataOverview(view, scanTable);
				} catch (error) {
					if (!(error instanceof ExportError)) throw new Error(`not our error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
					expect(error.message.length).toBeGreaterThan(0);
					expect(error.hint.length).toBeGreaterThan(0);
				}
			}),
			{...fuzzRuns(200), timeout: 5000},
		);
	});
});

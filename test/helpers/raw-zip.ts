import {constants, crc32, deflateRawSync} from 'node:zlib';

/** One entry of a hand-built ZIP: what its headers declare, which may be lies. */
export interface RawEntry {
	name: string;
	/** The stored bytes (already deflated for method 8). Omitted with `sameDataAs`. */
	data?: Buffer;
	/** 0 stored, 8 deflate (the default). */
	method?: number;
	/** The uncompressed size the headers declare. */
	size: number;
	crc?: number;
	/** Points this entry at the local header and data of entry number `sameDataAs` (no data of its own). */
	sameDataAs?: number;
}

/** Options for the end of the ZIP. */
export interface RawZipOptions {
	/** Entry count written in the end record (default: the real count, or 0xFFFF with `zip64`). */
	claimedCount?: number;
	/** Write ZIP64 end records holding the real count. */
	zip64?: boolean;
}

/**
 * Builds a ZIP byte by byte, so that its headers can say anything: sizes that lie, entries sharing one
 * deflate stream, duplicate names, end records with any count. APPNOTE.TXT §4.3.
 */
export function rawZip(entries: readonly RawEntry[], options: RawZipOptions = {}): Buffer {
	const parts: Buffer[] = [];
	let offset = 0;
	const offsets: number[] = [];
	const central: Buffer[] = [];
	for (const entry of entries) {
		const name = Buffer.from(entry.name, 'utf8');
		const data = entry.sameDataAs === undefined ? (entry.data ?? Buffer.alloc(0)) : entries[entry.sameDataAs]!.data!;
		const method = entry.method ?? 8;
		const crc = entry.crc ?? 0;
		let at = offset;
		if (entry.sameDataAs === undefined) {
			const local = Buffer.alloc(30);
			local.writeUInt32LE(0x04034b50, 0);
			local.writeUInt16LE(20, 4);
			local.writeUInt16LE(0x800, 6);
			local.writeUInt16LE(method, 8);
			local.writeUInt32LE(crc, 14);
			local.writeUInt32LE(data.length, 18);
			local.writeUInt32LE(Math.min(entry.size, 0xffffffff), 22);
			local.writeUInt16LE(name.length, 26);
			parts.push(local, name, data);
			offset += 30 + name.length + data.length;
		} else at = offsets[entry.sameDataAs]!;
		offsets.push(at);
		const header = Buffer.alloc(46);
		header.writeUInt32LE(0x02014b50, 0);
		header.writeUInt16LE(20, 4);
		header.writeUInt16LE(20, 6);
		header.writeUInt16LE(0x800, 8);
		header.writeUInt16LE(method, 10);
		header.writeUInt32LE(crc, 16);
		header.writeUInt32LE(data.length, 20);
		header.writeUInt32LE(Math.min(entry.size, 0xffffffff), 24);
		header.writeUInt16LE(name.length, 28);
		header.writeUInt32LE(at, 42);
		central.push(header, name);
	}
	const directory = Buffer.concat(central);
	const count = entries.length;
	const tail: Buffer[] = [];
	if (options.zip64) {
		const record = Buffer.alloc(56);
		record.writeUInt32LE(0x06064b50, 0);
		record.writeBigUInt64LE(44n, 4);
		record.writeUInt16LE(45, 12);
		record.writeUInt16LE(45, 14);
		record.writeBigUInt64LE(BigInt(count), 24);
		record.writeBigUInt64LE(BigInt(count), 32);
		record.writeBigUInt64LE(BigInt(directory.length), 40);
		record.writeBigUInt64LE(BigInt(offset), 48);
		const locator = Buffer.alloc(20);
		locator.writeUInt32LE(0x07064b50, 0);
		locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
		locator.writeUInt32LE(1, 16);
		tail.push(record, locator);
	}
	const end = Buffer.alloc(22);
	const claimed = options.claimedCount ?? (options.zip64 ? 0xffff : count);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(claimed, 8);
	end.writeUInt16LE(claimed, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...parts, directory, ...tail, end]);
}

/** An honest deflated entry. */
export function deflatedEntry(name: string, content: Buffer | string): RawEntry {
	const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
	return {name, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes)};
}

/**
 * A raw deflate stream that inflates to `mib` MiB of zeros, built without ever holding them: one
 * flushed block of 1 MiB repeated (its back-references stay inside zeros), then an empty final block.
 * About 1 KB per MiB.
 */
export function zeroStream(mib: number): Buffer {
	const block = deflateRawSync(Buffer.alloc(1024 * 1024), {finishFlush: constants.Z_SYNC_FLUSH});
	return Buffer.concat([...Array.from({length: mib}, () => block), Buffer.from([0x03, 0x00])]);
}

import {fieldText, type CsvRow} from './csv.js';

/**
 * Gives each distinct field value of a column one id and one string, decoding a value only the first
 * time it is seen. A 250k-row file has ≈40k distinct titles and a handful of profiles, devices and
 * countries, so most rows cost a byte hash and a compare instead of a decode, a string and a Map
 * lookup by string (which hashes the whole string again).
 */
/** Up to this many distinct values, a value is found by comparing with each instead of by hash. */
const FEW = 24;

export class ByteInterner {
	/**
	 * @param repeats whether consecutive rows often hold the same value (profiles, devices: yes; titles:
	 * no, so the check would only cost a compare per row).
	 */
	constructor(private readonly repeats = true) {}

	/** The distinct values, by id. */
	readonly values: string[] = [];
	/**
	 * Raw bytes of every value as first seen, one after the other in one buffer (a copy: the file's buffer
	 * is not kept alive). One buffer, not a Uint8Array per value: 40k small arrays scattered in memory made
	 * each compare a cache miss.
	 */
	private arena = new Uint8Array(64 * 1024);
	private arenaUsed = 0;
	private rawStart = new Int32Array(64);
	private rawLength = new Int32Array(64);
	private shapes = new Uint8Array(64);
	private hashes = new Int32Array(64);
	/** Open-addressing table of id + 1 (0 = empty), indexed by hash; a Map costs ≈3x more per lookup. */
	private slots = new Int32Array(128);
	private lastId = -1;

	/** The id of field `i` of the row (see `values`); -1 for an empty field. */
	id(row: CsvRow, i: number): number {
		if (i < 0 || i >= row.count) return -1;
		const bytes = row.bytes;
		const s = row.start[i]!;
		const e = row.end[i]!;
		if (e <= s) return -1;
		// Consecutive rows mostly repeat a profile, device or country: check the last value first.
		if (this.repeats && this.lastId !== -1 && this.same(this.lastId, row, i)) return this.lastId;
		// A column of few values (profiles, devices, countries) is matched by comparing with each: most
		// compares end at the length, and no byte is hashed.
		if (this.repeats && this.values.length <= FEW) {
			for (let id = 0; id < this.values.length; id++) if (this.same(id, row, i)) return (this.lastId = id);
		}
		let hash = 0x811c9dc5 ^ row.shape[i]!;
		for (let k = s; k < e; k++) hash = Math.imul(hash ^ bytes[k]!, 0x01000193);
		const mask = this.slots.length - 1;
		let at = hash & mask;
		for (let slot = this.slots[at]!; slot !== 0; slot = this.slots[at]!) {
			const id = slot - 1;
			if (this.hashes[id] === hash && this.same(id, row, i)) return (this.lastId = id);
			at = (at + 1) & mask;
		}
		const id = this.values.length;
		this.values.push(fieldText(row, i));
		if (id >= this.hashes.length) this.growIds();
		if (this.arenaUsed + (e - s) > this.arena.length) this.growArena(e - s);
		this.arena.set(bytes.subarray(s, e), this.arenaUsed);
		this.rawStart[id] = this.arenaUsed;
		this.rawLength[id] = e - s;
		this.arenaUsed += e - s;
		this.shapes[id] = row.shape[i]!;
		this.hashes[id] = hash;
		this.slots[at] = id + 1;
		if ((id + 1) * 2 > this.slots.length) this.rehash();
		return (this.lastId = id);
	}

	private growIds(): void {
		const size = this.hashes.length * 2;
		const grow = <T extends Int32Array | Uint8Array>(old: T, fresh: T): T => (fresh.set(old), fresh);
		this.hashes = grow(this.hashes, new Int32Array(size));
		this.rawStart = grow(this.rawStart, new Int32Array(size));
		this.rawLength = grow(this.rawLength, new Int32Array(size));
		this.shapes = grow(this.shapes, new Uint8Array(size));
	}

	private growArena(needed: number): void {
		const arena = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + needed));
		arena.set(this.arena.subarray(0, this.arenaUsed));
		this.arena = arena;
	}

	private rehash(): void {
		const slots = new Int32Array(this.slots.length * 2);
		const mask = slots.length - 1;
		for (let id = 0; id < this.values.length; id++) {
			let at = this.hashes[id]! & mask;
			while (slots[at] !== 0) at = (at + 1) & mask;
			slots[at] = id + 1;
		}
		this.slots = slots;
	}

	/** Whether field `i` of the row holds the same bytes, quoted the same way, as value `id`. */
	private same(id: number, row: CsvRow, i: number): boolean {
		const bytes = row.bytes;
		const s = row.start[i]!;
		const length = this.rawLength[id]!;
		if (length !== row.end[i]! - s || this.shapes[id] !== row.shape[i]) return false;
		const arena = this.arena;
		const from = this.rawStart[id]!;
		for (let k = 0; k < length; k++) if (arena[from + k] !== bytes[s + k]) return false;
		return true;
	}
}

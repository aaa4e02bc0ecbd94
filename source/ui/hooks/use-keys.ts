import {useStdin} from 'ink';
import {useEffect} from 'react';
import {KeyReader, type KeyEvent} from '../key-reader.js';

/**
 * Hands every key of every input chunk to `onKeys`, split by KeyReader. Ink's useInput passes a chunk
 * like `lupin\r` or `\x7fx` as one "key" that matches nothing, so its keys were lost; here Ink still
 * owns stdin (raw mode, reading, holding back a lone Esc) and its input events are read raw.
 * `onKeys` must be stable (a dispatch).
 */
export function useKeys(onKeys: (keys: KeyEvent[]) => void): void {
	// `internal_eventEmitter` is part of useStdin's published type in Ink 6.8 (package.json pins ~6.8):
	// it emits each chunk after Ink's own parser has cut it at escape sequences.
	const {setRawMode, internal_eventEmitter: events} = useStdin();
	useEffect(() => {
		setRawMode(true);
		return () => setRawMode(false);
	}, [setRawMode]);
	useEffect(() => {
		const reader = new KeyReader();
		const onInput = (chunk: string) => {
			// Ink emits only whole sequences (it waits for the rest of a cut one), so nothing is held over
			// but a paste in progress.
			const keys = [...reader.read(chunk), ...reader.flush()];
			if (keys.length > 0) onKeys(keys);
		};
		events.on('input', onInput);
		return () => {
			events.off('input', onInput);
		};
	}, [events, onKeys]);
}

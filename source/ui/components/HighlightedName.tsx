import {Text} from 'ink';
import {colour} from '../colour.js';
import {segments} from '../highlight.js';

/** Props of a name with the characters a search matched. */
export interface HighlightedNameProps {
	/** The text as shown (already cut to its column). */
	text: string;
	/** Inclusive character ranges that matched. */
	ranges: ReadonlyArray<readonly [number, number]>;
}

/** A name with the matched characters in bold yellow and underlined. */
export function HighlightedName({text, ranges}: HighlightedNameProps) {
	return (
		<>
			{segments(text, ranges).map((s, i) =>
				s.match ? (
					<Text key={i} bold underline color={colour('yellow')}>
						{s.text}
					</Text>
				) : (
					<Text key={i}>{s.text}</Text>
				),
			)}
		</>
	);
}

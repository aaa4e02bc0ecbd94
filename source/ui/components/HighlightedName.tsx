import {Text} from 'ink';
import {shownSegments} from '../highlight.js';

/** Props of a name with the characters a search matched. */
export interface HighlightedNameProps {
	/** The name as read from the file: made inert and cut or padded to `width` here. */
	text: string;
	/** Inclusive character ranges of `text` that matched. */
	ranges: ReadonlyArray<readonly [number, number]>;
	/** Width of its column in cells. */
	width: number;
}

/** A name with the matched characters in bold yellow and underlined. */
export function HighlightedName({text, ranges, width}: HighlightedNameProps) {
	return (
		<>
			{shownSegments(text, ranges, width).map((s, i) =>
				s.match ? (
					<Text key={i} bold underline color="yellow">
						{s.text}
					</Text>
				) : (
					<Text key={i}>{s.text}</Text>
				),
			)}
		</>
	);
}

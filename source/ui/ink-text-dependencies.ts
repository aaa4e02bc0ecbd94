/**
 * The other half of Ink's own dependencies (cutting styled text: wrapping, slicing, truncating, the ANSI
 * tokenizer; wrap-ansi brings its own string-width and emoji-regex), imported a step ahead of Ink as
 * ink-terminal-dependencies.ts says, for the same reasons.
 */
export {default as wrapAnsi} from 'wrap-ansi';
export {default as sliceAnsi} from 'slice-ansi';
export {default as cliTruncate} from 'cli-truncate';
export * as ansiTokenize from '@alcalzone/ansi-tokenize';

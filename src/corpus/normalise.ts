// Text from an article file or a manifest field is shown on terminals and sent to Discord, and
// searched word by word. Characters that a terminal obeys, that reorder what is displayed, or
// that split a word without showing would let a file take over a console, spoof a title, or hide
// a word from search; they are removed once, when the text is read.

/**
 * Terminal escape sequences: CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \, never past a
 * line end), DCS/SOS/PM/APC strings, and two-character ESC sequences; CSI and OSC in their
 * one-character (C1) forms too.
 */
const ESCAPE_SEQUENCES = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x9d[^\x07\x1b\n]*(?:\x07|\x1b\\)?|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b\n]*(?:\x1b\\)?|\x1b[ -~]?/g;
/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
const CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;
/** Vertical tab, form feed and the Unicode line and paragraph separators break lines. */
const LINE_BREAKS = /[\x0b\x0c\u2028\u2029]/g;
/** Zero-width space, word joiner, a BOM inside the text, soft hyphen: invisible, but they split a word. */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
/** Bidi embeddings, overrides and isolates: they reorder how the following text displays. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * An article's text as it is indexed: escape sequences, control characters (but tab and line
 * breaks), invisible word splitters and bidi controls removed, composed to NFC. Passage offsets
 * point into this text, so every reader of article bytes must go through it.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(ESCAPE_SEQUENCES, '')
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(BIDI_CONTROLS, '')
    .normalize('NFC');
}

/** A one-line field (title, publisher, author): normalised like article text, whitespace collapsed. */
export function normaliseField(text: string): string {
  return normaliseText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Text safe to print on a terminal: escape sequences, every control character but line feed and
 * tab, and bidi controls removed. For output, where the text may come from anywhere (a question
 * typed on a pipe, a file name).
 */
export function stripTerminalControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '').replace(BIDI_CONTROLS, '');
}

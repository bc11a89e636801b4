// Text made safe for XML 1.0: escaped for element content and attribute values, with the characters XML forbids replaced.
/** XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF; no parser would read them back. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (s: string): string => s.replace(FORBIDDEN, "\uFFFD");

const ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;" };

/** Escaped for an attribute value: whitespace too, since attribute normalisation would turn newlines into spaces. */
export const xmlAttr = (s: string): string => xmlSafe(s).replace(/[<>&"'\n\r\t]/g, (c) => ENTITIES[c]);

/** Escaped for element content; \r as a reference, since parsers turn a literal \r\n into \n. */
export const xmlText = (s: string): string => xmlSafe(s).replace(/[<>&\r]/g, (c) => ENTITIES[c]);

// Text from files and stores made safe to print as one line on a terminal: control and direction characters shown as escapes.
//
// Why: a file name, an article title or an error message is data. A newline in it would break "one line per
// problem", an ANSI escape would drive the terminal, and a right-to-left override would make the line read
// differently from what it says. JSON and CSV output keep the text verbatim; only what is printed for people passes here.

// C0 and C1 controls, DEL, and the bidirectional formatting characters (marks, embeddings, overrides, isolates).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const printable = (s: string): string =>
  s.replace(UNPRINTABLE, (c) => (c === "\n" ? "\\n" : c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));

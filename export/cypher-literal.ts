// Cypher literals for values written into a script: strings escaped so any text reads back as itself.
/** Backslash, quote and every control or line-separating character escaped; other Unicode stays literal (UTF-8). */
export function cypherString(s: string): string {
  // eslint-disable-next-line no-control-regex
  const body = s.replace(/[\\'\u0000-\u001f\u007f\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => {
    switch (c) {
      case "\\": return "\\\\";
      case "'": return "\\'";
      case "\n": return "\\n";
      case "\r": return "\\r";
      case "\t": return "\\t";
      default: {
        const code = c.charCodeAt(0);
        // a lone surrogate cannot be stored as UTF-8: the replacement character stands for it
        return code >= 0xd800 && code <= 0xdfff ? "\\uFFFD" : `\\u${code.toString(16).padStart(4, "0")}`;
      }
    }
  });
  return `'${body}'`;
}

export type CypherValue = string | number | boolean | null | undefined | CypherValue[] | { [k: string]: CypherValue };

/** A map or list literal; keys are our own property names (plain identifiers), undefined entries left out. */
export function cypherLiteral(v: CypherValue): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return cypherString(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(", ")}]`;
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  return `{${entries.map(([k, x]) => `${k}: ${cypherLiteral(x)}`).join(", ")}}`;
}

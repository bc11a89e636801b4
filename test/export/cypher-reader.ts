// Reads back the rows of the Cypher exporter's UNWIND statements: a parser for Cypher's list, map and string literals.
import type { Canon, CanonEvidence, CanonNode } from "./graph-canonical.ts";
import { canonOf, edgeKey } from "./graph-canonical.ts";

type Value = string | number | boolean | null | Value[] | { [k: string]: Value };

const ESC: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "'": "'", '"': '"', "\\": "\\" };

export function parseLiteral(src: string): Value {
  let i = 0;
  const ws = () => {
    while (/\s/.test(src[i])) i++;
  };
  const value = (): Value => {
    ws();
    const c = src[i];
    if (c === "[") {
      i++;
      const out: Value[] = [];
      ws();
      if (src[i] === "]") return i++, out;
      for (;;) {
        out.push(value());
        ws();
        if (src[i++] === "]") return out;
      }
    }
    if (c === "{") {
      i++;
      const out: Record<string, Value> = {};
      ws();
      if (src[i] === "}") return i++, out;
      for (;;) {
        ws();
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
        i += m[0].length;
        ws();
        if (src[i++] !== ":") throw new Error(`expected : at ${i}`);
        out[m[0]] = value();
        ws();
        if (src[i++] === "}") return out;
      }
    }
    if (c === "'") {
      i++;
      let s = "";
      while (src[i] !== "'") {
        if (src[i] === "\\") {
          const n = src[i + 1];
          if (n === "u") {
            s += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
            i += 6;
          } else {
            if (!(n in ESC)) throw new Error(`bad escape \\${n}`);
            s += ESC[n];
            i += 2;
          }
        } else s += src[i++];
      }
      i++;
      return s;
    }
    const m = /^(null|true|false|-?\d+(\.\d+)?)/.exec(src.slice(i))!;
    i += m[0].length;
    return m[0] === "null" ? null : m[0] === "true" ? true : m[0] === "false" ? false : Number(m[0]);
  };
  return value();
}

/** Statements end at `;` before a newline: our strings escape newlines, so none ends inside a literal. */
export const statements = (script: string) => script.split(/;\n/).map((s) => s.trim()).filter((s) => s && !s.startsWith("//"));

export function readCypher(script: string): Canon {
  const nodes: [string, CanonNode][] = [];
  const edges: [string, CanonEvidence[]][] = [];
  for (const st of statements(script)) {
    const lit = /^UNWIND ([\s\S]*) AS row\n/.exec(st);
    if (!lit) continue;
    const rows = parseLiteral(lit[1]) as Record<string, Record<string, Value>>[];
    const node = /MERGE \(n:(\w+) \{id: row\.id\}\)/.exec(st);
    const rel = /MERGE \(a\)-\[r:(\w+) \{id: row\.props\.id\}\]->\(b\)/.exec(st);
    for (const r of rows) {
      if (node) nodes.push([r.id as unknown as string, { label: node[1], name: r.props.name as string, aliases: r.props.aliases as string[] }]);
      if (rel) {
        const p = r.props as Record<string, string[]>;
        edges.push([
          edgeKey(rel[1], r.s as unknown as string, r.t as unknown as string),
          p.evidenceArticle.map((article, i) => ({ article, sentence: p.evidenceSentence[i], date: p.evidenceDate[i] || null })),
        ]);
      }
    }
  }
  return canonOf(nodes, edges);
}

// Refuses Cypher that writes, before it reaches either store, with one clear line.
//
// Why a lexical check as well as the stores' own: both backends also refuse writes (the embedded store is opened
// read-only and asked isReadOnly(); Neo4j runs queries in READ transactions), but their messages differ and
// Neo4j's only arrives after the query is planned. Strings and comments are blanked first, so a name like
// "Create Peace" in a literal does not trip it.
export class ReadOnlyError extends Error {}

// EXPORT, ATTACH, CHECKPOINT and LOAD EXTENSION are the embedded store's (Kùzu) statements that write files or change
// the database's state. A property or parameter of the same name (`r.set`, `$export`) is not a clause.
const WRITE_CLAUSES = /(?<![.$])\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|COPY|LOAD\s+(CSV|EXTENSION)|INSTALL|IMPORT|EXPORT|ATTACH|CHECKPOINT|FOREACH|RENAME|GRANT|REVOKE|DENY)\b/i;
// Procedures that write, run Cypher given as a string (which the literal-blanking would hide), or write files.
const WRITE_PROCEDURES =
  /\bCALL\s+(apoc\.(create|merge|refactor|periodic|nodes\.(delete|link|collapse)|atomic|load|import|export|trigger|cypher\.(doit|run|runwrite|runmany|runschema|parallel|mapparallel)|do\.|schema\.assert|custom|uuid|ttl|systemdb|lock|graph\.fromcypher)|db\.(create|drop|clearquerycaches|index\.fulltext\.(create|drop))|dbms\.|gds\.)/i;

/** Blanks string literals, backquoted names and comments, keeping offsets. */
export function stripLiterals(cypher: string): string {
  return cypher.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, (m) => " ".repeat(m.length));
}

export function assertReadOnly(cypher: string): void {
  const code = stripLiterals(cypher);
  const m = WRITE_CLAUSES.exec(code) ?? WRITE_PROCEDURES.exec(code);
  if (m) throw new ReadOnlyError(`queries are read-only: "${m[0].trim().toUpperCase()}" would change the graph, so nothing was run (the graph changes only through kg ingest)`);
}

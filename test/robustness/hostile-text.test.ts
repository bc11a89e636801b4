// Issue 7, point 5: quotes, Cypher, control and direction characters, huge tokens are stored verbatim and queried back as data.
import { join } from "node:path";
import { closeLadybug, embeddedPath, LadybugStore, readGraphData } from "../../store/index.ts";
import { hasStack, kg, removeDir, tempDir, writeFiles } from "./kg-cli.ts";

const INJECTION = "'); MATCH (n) DETACH DELETE n //";
const SENTENCES = [
  `France met Germany in Paris (quote'"s, back\`tick, back\\slash \\' \\" \\\\).`,
  `Italy accused Spain of ${INJECTION} on 3 May 2023.`,
  "Poland called on Ukraine to MERGE CREATE DELETE RETURN UNION CALL dbms_killQueries() `x` now.",
  "Qatar met Egypt in Doha: ctrl\u0001\u0007\u001b[31m red \u001b[0m \u007f.",
  "Russia met Turkey in Ankara \u202eevil\u202c \u200f\u2067x\u2069 \u061c here.",
  `China called on India to stop ${"x".repeat(20_000)} now.`,
];
// 100k characters in the id (stored, never tokenized); a title or text token that long takes wink-nlp's tokenizer
// 10-20 s (quadratic in the token's length), so those carry shorter ones.
const TITLE = `${INJECTION} "title" \`x\` \\ \u0001 \u202e ${"y".repeat(5_000)}`;
const ID = `${INJECTION} \u202e id ${"z".repeat(100_000)}`;
let root: string;
let data: string;

const query = (cypher: string, ...params: string[]) => kg(["query", "--cypher", cypher, "--format", "json", ...params.flatMap((p) => ["--param", p])], { KG_DATA: data });

beforeAll(async () => {
  root = tempDir("hostile");
  data = join(root, "data");
  writeFiles(join(root, "in"), {
    "hostile.txt": SENTENCES.join("\n") + "\n",
    "hostile.jsonl": JSON.stringify({ id: ID, title: TITLE, url: "javascript:alert(1)", date: "2023-05-03", text: SENTENCES.slice(0, 2).join("\n") }) + "\n",
  });
  const r = await kg(["ingest", join(root, "in")], { KG_DATA: data });
  expect([r.code, r.stderr]).toEqual([0, ""]);
}, 60_000);
afterAll(() => removeDir(root));

test("every hostile sentence is evidence, verbatim, in the ledger and through kg query on the embedded store", async () => {
  const ledger = readGraphData(data).edges.flatMap((e) => e.evidence.map((ev) => ev.sentence));
  const r = await query("MATCH (a)-[r]->(b) WHERE r.type <> 'MENTIONS' RETURN r.evidenceSentence AS s");
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const stored = (JSON.parse(r.stdout) as { s: string[] }[]).flatMap((x) => x.s);
  for (const s of SENTENCES) {
    expect([s.slice(0, 40), ledger.includes(s)]).toEqual([s.slice(0, 40), true]);
    expect([s.slice(0, 40), stored.includes(s)]).toEqual([s.slice(0, 40), true]);
  }
  expect(stored.sort()).toEqual(ledger.sort());
}, 30_000);

test("names, titles, sources and ids come back from the embedded store exactly as the ledger has them", async () => {
  const g = readGraphData(data);
  const store = new LadybugStore(embeddedPath(data));
  try {
    const rows = await store.query("MATCH (n) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.title AS title, n.source AS source ORDER BY id");
    const want = [...g.nodes]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((n) => ({ id: n.id, name: n.name, aliases: n.aliases, title: "title" in n ? n.title : null, source: "source" in n ? n.source : null }));
    expect(rows).toEqual(want);
    const art = rows.find((x) => x.title === TITLE);
    expect(art?.source).toBe(`hostile.jsonl#${ID}`);
  } finally {
    await closeLadybug(embeddedPath(data));
  }
});

test("a hostile value as a parameter is data: it finds its article and deletes nothing", async () => {
  const before = await query("MATCH (n) RETURN count(n) AS n");
  const r = await query("MATCH (a:Article) WHERE a.title = $t RETURN a.source AS source, a.url AS url", `t=${TITLE}`);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  expect(JSON.parse(r.stdout)).toEqual([{ source: `hostile.jsonl#${ID}`, url: "javascript:alert(1)" }]);
  const named = await kg(["query", "actor", "--param", `actor=${INJECTION}`], { KG_DATA: data });
  expect(named.code).toBe(2);
  expect(named.stderr.trim().split("\n")).toHaveLength(1);
  expect(hasStack(named.stderr)).toBe(false);
  expect((await query("MATCH (n) RETURN count(n) AS n")).stdout).toBe(before.stdout);
  expect(JSON.parse(before.stdout)[0].n).toBeGreaterThan(10);
}, 60_000);

test("the table format shows control and direction characters as escapes, so a terminal is not driven by them", async () => {
  const r = await kg(["query", "--cypher", "MATCH (a)-[r:MET]->(b) WHERE b.name = 'Egypt' OR b.name = 'Turkey' RETURN r.evidenceSentence AS s ORDER BY b.name", "--format", "table"], { KG_DATA: data });
  expect(r.code).toBe(0);
  // eslint-disable-next-line no-control-regex -- the control characters are what must not get through
  expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
  expect(r.stdout).toContain("ctrl\\u0001\\u0007\\u001b[31m");
}, 30_000);

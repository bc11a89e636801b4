// Issue 7, point 4: Neo4j down, wrong credentials, no such database, transient errors: one clear line, retries, the local store kept.
import { join } from "node:path";
import { Neo4jError } from "neo4j-driver";
import { closeLadybug, describeNeo4jError, embeddedIsStale, embeddedPath, LadybugStore, Neo4jStore, Neo4jStoreError, readRecords, withRetries } from "../../store/index.ts";
import { hasStack, kg, removeDir, tempDir, writeFiles } from "./kg-cli.ts";

// Nothing listens on port 1: the driver is refused at once, so "unreachable" is testable without a server.
const DOWN = "bolt://127.0.0.1:1";
const cfg = { uri: DOWN, user: "neo4j", database: "graph" };
let root: string;

beforeAll(() => {
  root = tempDir("neo4j");
  writeFiles(join(root, "in"), { "a.txt": "France met Germany in Paris on 3 May 2023.\n", "b.txt": "Italy called on Spain to withdraw its troops.\n" });
});
afterAll(() => removeDir(root));

describe("Neo4j unreachable (NEO4J_URI=bolt://127.0.0.1:1)", () => {
  test("kg ingest: exit 4, one line naming NEO4J_URI; the ledger and the embedded store hold the articles", async () => {
    const data = join(root, "data");
    const r = await kg(["ingest", join(root, "in")], { KG_DATA: data, NEO4J_URI: DOWN, NEO4J_PASSWORD: "x" });
    expect(r.code).toBe(4);
    expect(hasStack(r.stderr)).toBe(false);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^kg ingest: Neo4j at NEO4J_URI=bolt:\/\/127\.0\.0\.1:1 is unreachable while writing the graph \(connect ECONNREFUSED 127\.0\.0\.1:1\); the articles are stored in .* run kg load once Neo4j is fixed$/),
    ]);
    expect(r.stdout).toContain("2 articles read: 2 stored");
    // the ledger is written before Neo4j is tried, and the embedded store rebuilt from it
    expect([...readRecords(data)].map((x) => x.article.source).sort()).toEqual(["a.txt", "b.txt"]);
    expect(embeddedIsStale(data)).toBe(false);
    const store = new LadybugStore(embeddedPath(data));
    expect(await store.query("MATCH (a)-[r:MET]->(b) RETURN a.name AS a, b.name AS b")).toEqual([{ a: "France", b: "Germany" }]);
    await closeLadybug(embeddedPath(data));
  }, 30_000);

  test("kg query and kg load: exit 1, one line, quickly (no half-minute of retries)", async () => {
    const data = join(root, "data");
    const [q, l] = await Promise.all([kg(["query", "calls"], { KG_DATA: data, NEO4J_URI: DOWN }), kg(["load"], { KG_DATA: data, NEO4J_URI: DOWN })]);
    for (const [r, doing] of [[q, "running a query"], [l, "writing the graph"]] as const) {
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(new RegExp(`^kg: Neo4j at NEO4J_URI=bolt://127\\.0\\.0\\.1:1 is unreachable while ${doing} .*\\(run with --debug for details\\)$`))]);
      expect(r.ms).toBeLessThan(15_000);
    }
  }, 30_000);

  test("a URI that is not a Neo4j address is one line too", async () => {
    await expect(async () => new Neo4jStore({ uri: "http://127.0.0.1:1", user: "neo4j", password: "" })).rejects.toThrow(/^NEO4J_URI=http:\/\/127\.0\.0\.1:1 is not a Neo4j address/);
  });
});

describe("what each failure says (the driver's errors, as a server would send them)", () => {
  const said = (code: string, message = "the server said no") => describeNeo4jError(new Neo4jError(message, code, "", ""), cfg, "writing the graph") as Neo4jStoreError;

  test.each([
    ["ServiceUnavailable", "unreachable", /is unreachable while writing the graph/],
    ["Neo.ClientError.Security.Unauthorized", "credentials", /refused the credentials of user "neo4j" .*check NEO4J_USER and NEO4J_PASSWORD/],
    ["Neo.ClientError.Database.DatabaseNotFound", "database", /has no database "graph" .*check NEO4J_DATABASE/],
    ["Neo.TransientError.Transaction.DeadlockDetected", "transient", /kept failing with a transient error while writing the graph, retried 3 times/],
    ["Neo.ClientError.Statement.SyntaxError", "other", /failed while writing the graph \(Neo\.ClientError\.Statement\.SyntaxError: the server said no\)/],
  ])("%s → %s", (code, kind, message) => {
    const e = said(code);
    expect(e).toBeInstanceOf(Neo4jStoreError);
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(/^Neo4j at NEO4J_URI=bolt:\/\/127\.0\.0\.1:1 /);
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain("\n");
  });

  test("errors that are not the driver's pass through unchanged", () => {
    const e = new Error("a bug");
    expect(describeNeo4jError(e, cfg, "x")).toBe(e);
  });
});

describe("retries with backoff", () => {
  const transient = () => new Neo4jError("deadlock", "Neo.TransientError.Transaction.DeadlockDetected", "", "");

  test("a transient error is retried after growing delays, then the work succeeds", async () => {
    const waits: number[] = [];
    let calls = 0;
    const out = await withRetries(
      async () => {
        if (++calls < 3) throw transient();
        return "done";
      },
      (e) => (e as Neo4jError).retryable,
      [100, 200, 400],
      async (ms) => void waits.push(ms),
    );
    expect([out, calls, waits]).toEqual(["done", 3, [100, 200]]);
  });

  test("it gives up after the last delay, and never retries an error that is not transient", async () => {
    let calls = 0;
    await expect(withRetries(async () => { calls++; throw transient(); }, () => true, [1, 1], async () => undefined)).rejects.toThrow("deadlock");
    expect(calls).toBe(3);
    calls = 0;
    await expect(withRetries(async () => { calls++; throw new Error("syntax"); }, (e) => e instanceof Neo4jError, [1, 1], async () => undefined)).rejects.toThrow("syntax");
    expect(calls).toBe(1);
  });
});

// Wrong credentials and a missing database need a real server.
const live = process.env.NEO4J_URI ? describe : describe.skip;
if (!process.env.NEO4J_URI) console.log("neo4j-faults: NEO4J_URI not set, so the wrong-credentials and missing-database cases against a live server are skipped");
live("against the Neo4j at NEO4J_URI", () => {
  const base = () => ({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER || "neo4j", password: process.env.NEO4J_PASSWORD ?? "" });

  test("wrong credentials: one line naming NEO4J_URI and the credentials", async () => {
    const store = new Neo4jStore({ ...base(), password: "certainly-not-the-password" });
    await expect(store.query("RETURN 1 AS one")).rejects.toThrow(/refused the credentials/);
    await store.close();
  }, 30_000);

  test("a database that does not exist: one line naming NEO4J_DATABASE", async () => {
    const store = new Neo4jStore({ ...base(), database: "no-such-database-kg-test" });
    await expect(store.query("RETURN 1 AS one")).rejects.toThrow(/has no database "no-such-database-kg-test"/);
    await store.close();
  }, 30_000);
});

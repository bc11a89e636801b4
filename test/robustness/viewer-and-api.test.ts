// Issue 7, point 6: the viewer runs nothing from article text or links, the API and `kg query` write nothing, bad paths and sizes are refused.
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { runCypher } from "../../queries/index.ts";
import { ledgerSource, startServer, VIEWER_DIST, type RunningServer } from "../../server/index.ts";
import type { NodeDetails } from "../../server/api-types.ts";
import { ReadOnlyError } from "../../store/index.ts";
import { launchChromium, type Browser } from "../e2e/browser.ts";
import { buildViewerIfStale } from "../e2e/built-viewer.ts";
import { makeFixtureDir, removeFixtureDir } from "../queries/fixture-store.ts";
import { RECORDS, writeFixtureLedger } from "../server/fixtures/diplomacy-records.ts";
import { hasStack, kg } from "./kg-cli.ts";

const HOSTILE_URLS = ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x", "\u202ejavascript:alert(1)"];

describe("kg query is read-only", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeFixtureDir();
  });
  afterAll(async () => {
    await removeFixtureDir(dir);
  });
  const run = (q: string, p: Record<string, unknown> = {}) => runCypher(q, p, { dataDir: dir, env: {} });

  test.each([
    "CREATE (:Person {id: 'x', name: 'x'})",
    "MERGE (n:State {id: 's'}) RETURN n",
    "MATCH (n:Person) SET n.name = 'x'",
    "MATCH (n) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Person) REMOVE n.role",
    "LOAD CSV FROM 'file:///etc/passwd' AS row CREATE (:Person {id: row[0]})",
    "load  csv  from 'x' as r return r",
    "CALL dbms.security.createUser('x', 'y', false)",
    "CALL apoc.create.node(['Person'], {id: 'x'})",
    "CALL apoc.cypher.doIt('CREATE (n:Person {id: \"x\"})', {})",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CALL db.createLabel('X')",
    "MATCH (n) /* x */ DETACH\nDELETE n",
    "MATCH (n) // a comment\nDeTaCh\tDeLeTe n",
    "MATCH (n)\n\n  delete\n n",
    "MATCH (n) WITH n /* DELETE */ SET n.name = 'x' // SET",
    "MATCH (n) FOREACH (x IN [1] | SET n.name = 'x')",
    "MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1",
    "COPY Person FROM '/tmp/x.csv'",
    "EXPORT DATABASE '/tmp/kg-export'",
    "ATTACH '/tmp/other.lbug' AS other (dbtype lbug)",
    "INSTALL json",
    "LOAD EXTENSION json",
    "CHECKPOINT",
    "DROP TABLE Person",
  ])("refused: %s", async (q) => {
    await expect(run(q)).rejects.toThrow(ReadOnlyError);
  });

  test("after all that, the graph is whole; and words in strings, comments or parameters are not clauses", async () => {
    expect((await run("MATCH (n) RETURN count(*) AS n"))[0].n).toBe(19);
    expect(await run("RETURN 'DETACH DELETE' AS a, $set AS b // CREATE", { set: "MERGE" })).toEqual([{ a: "DETACH DELETE", b: "MERGE" }]);
    expect((await run("MATCH (n:Person) WHERE n.name STARTS WITH 'S' RETURN n.name AS name")).length).toBeGreaterThan(0);
  });

  test("through the real CLI: exit 2 and one clear line", async () => {
    const r = await kg(["query", "--cypher", "MATCH (n) /* x */ DETACH\nDELETE n"], { KG_DATA: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^kg query: queries are read-only: "DETACH" would change the graph, so nothing was run/)]);
    expect(hasStack(r.stderr)).toBe(false);
  }, 30_000);
});

describe("the API over an article with hostile links", () => {
  let data: string;
  let server: RunningServer;
  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), "kg-robust-api-"));
    writeFixtureLedger(data);
    server = await startServer({ port: 0, distDir: VIEWER_DIST, source: ledgerSource(data) });
  });
  afterAll(async () => {
    await server.close();
    rmSync(data, { recursive: true, force: true });
  });

  function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
    return new Promise((resolve) => {
      const req = request({ host: "127.0.0.1", port: server.port, method, path, headers }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode!, body }));
      });
      req.on("error", () => resolve({ status: 0, body: "" }));
      req.end();
    });
  }

  test("binds to 127.0.0.1 by default", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test("an article's url is given only when it is http(s): javascript:, data:, vbscript:, protocol-relative are dropped", async () => {
    // the fixture article cites javascript:alert(3); the graph index sees the stored value
    const d = JSON.parse((await raw("GET", "/api/node?id=state%3Aazerbaijan")).body) as NodeDetails;
    const urls = d.relationships.flatMap((r) => r.evidence.map((e) => e.article.url));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u === null || /^https?:\/\//.test(u))).toBe(true);
    expect(RECORDS.some((r) => r.article.url?.startsWith("javascript:"))).toBe(true);
  });

  test.each(["POST", "PUT", "PATCH", "DELETE"])("%s is refused", async (m) => {
    expect((await raw(m, "/api/graph")).status).toBe(405);
  });

  test.each(["/api/cypher?q=MATCH%20(n)%20DETACH%20DELETE%20n", "/api/query?cypher=CREATE%20(n)", "/%252e%252e/%252e%252e/etc/passwd", "//etc/passwd", "/..\\..\\etc\\passwd", "/assets/../../package.json"])(
    "%s: nothing runs, nothing outside the viewer's folder is served",
    async (path) => {
      const r = await raw("GET", path);
      expect([400, 403, 404]).toContain(r.status);
      expect(r.body).not.toMatch(/root:|"name": "diplomacy-kg"/);
    },
  );

  test("an oversized header is refused", async () => {
    expect([0, 431]).toContain((await raw("GET", "/api/graph", { "x-big": "a".repeat(64 * 1024) })).status);
  });
});

describe("the viewer in Chromium, with hostile text and links in the API's answer", () => {
  let data: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    buildViewerIfStale();
    data = mkdtempSync(join(tmpdir(), "kg-robust-viewer-"));
    writeFixtureLedger(data);
    server = await startServer({ port: 0, distDir: VIEWER_DIST, source: ledgerSource(data) });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (data) rmSync(data, { recursive: true, force: true });
  });

  test("Details shows markup as text and links only http(s), even if the server's own filter let a link through", async () => {
    // The server already drops non-http links; this rewrites its answer so the page's own guard (safeLink) is what is tested.
    let n = 0;
    await page.route("**/api/node?*", async (route) => {
      const res = await route.fetch();
      const d = (await res.json()) as NodeDetails;
      // every relationship cites one article per hostile url, with markup in its title and sentence
      for (const r of d.relationships)
        r.evidence = r.evidence.slice(0, 1).flatMap((ev) =>
          HOSTILE_URLS.map((url) => {
            n++;
            return {
              ...ev,
              sentence: `<a href="javascript:alert('a')">click</a> <svg onload=alert("svg")></svg> ${ev.sentence}`,
              article: { ...ev.article, url, title: `<script>alert("title")</script><img src=x onerror=alert("img")>` },
            };
          }),
        );
      await route.fulfill({ response: res, json: d });
    });
    await page.goto(`${server.url}/?node=${encodeURIComponent("state:armenia")}`);
    await page.waitForFunction(() => (window as unknown as { __kgViewer?: { ready?: boolean } }).__kgViewer?.ready === true, undefined, { timeout: 30_000 });
    const panel = page.locator("#details");
    await panel.getByText("<script>", { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(n).toBeGreaterThanOrEqual(HOSTILE_URLS.length);
    const hrefs = await panel.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    // none of the hostile urls is http(s), so no evidence becomes a link: each shows the word "source" as plain text
    expect(hrefs).toEqual([]);
    expect(await page.locator("#details script, #details img, #details svg, #details a[href^='javascript'], #details [onerror], #details [onload]").count()).toBe(0);
    await page.waitForTimeout(500); // an injected onerror/onload would fire once the bogus image failed to load
    expect(dialogs).toEqual([]);
  }, 60_000);
});

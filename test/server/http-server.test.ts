// The viewer's server: answers the read-only API, serves only the built viewer's files, and refuses the rest.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ledgerSource, startServer, MAX_URL_LENGTH, type RunningServer } from "../../server/index.ts";
import type { GraphPart, NodeDetails, PathResult, SearchHit } from "../../server/api-types.ts";
import { writeFixtureLedger } from "./fixtures/diplomacy-records.ts";

let root: string;
let server: RunningServer;

/** A raw request, so paths like /../ reach the server unnormalised. */
function raw(method: string, path: string, opts: { body?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, method, path, headers: opts.headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}
const json = async <T>(path: string): Promise<T> => JSON.parse((await raw("GET", path)).body) as T;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "kg-server-"));
  const data = join(root, "data");
  const dist = join(root, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>viewer</title>");
  writeFileSync(join(dist, "assets", "app.js"), "console.log(1)");
  writeFileSync(join(root, "secret.txt"), "not for the web");
  symlinkSync(join(root, "secret.txt"), join(dist, "link.txt"));
  writeFixtureLedger(data);
  server = await startServer({ port: 0, distDir: dist, source: ledgerSource(data) });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the API", () => {
  test("binds to 127.0.0.1 by default", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test("/api/graph is the whole graph with degrees, MENTIONS not counted", async () => {
    const g = await json<GraphPart>("/api/graph");
    expect(g.truncated).toBe(false);
    expect(g.nodes.find((n) => n.id === "state:armenia")?.degree).toBe(5);
    expect(g.edges.some((e) => e.type === "MENTIONS")).toBe(true);
  });

  test("/api/graph?limit=N is the N best-connected nodes and the edges among them", async () => {
    const g = await json<GraphPart>("/api/graph?limit=3");
    expect(g.truncated).toBe(true);
    expect(g.nodes.map((n) => n.id)).toContain("state:armenia");
    expect(g.nodes).toHaveLength(3);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  test("/api/search finds by alias", async () => {
    const hits = await json<SearchHit[]>("/api/search?q=pashinian");
    expect(hits[0]).toMatchObject({ id: "person:nikol-pashinyan", matched: "Pashinian" });
  });

  test("/api/node gives relationships with evidence and article, and drops non-http links", async () => {
    const d = await json<NodeDetails>("/api/node?id=state%3Aarmenia");
    const accused = d.relationships.find((r) => r.type === "ACCUSED")!;
    expect(accused).toMatchObject({ direction: "out", other: { id: "state:azerbaijan" }, of: "shelling" });
    expect(accused.evidence[0].article).toMatchObject({ title: "Baku and Yerevan trade accusations", url: null });
  });

  test("/api/neighbours and /api/path", async () => {
    const n = await json<GraphPart>("/api/neighbours?id=organisation%3Acsto");
    expect(n.nodes.map((x) => x.id).sort()).toEqual(["article:accusations-2022", "organisation:csto", "person:nikol-pashinyan", "state:armenia"]);
    const p = await json<PathResult>("/api/path?from=organisation%3Acsto&to=agreement%3Aceasefire-2020-10-10");
    expect(p.nodes).toEqual(["organisation:csto", "state:armenia", "agreement:ceasefire-2020-10-10"]);
    expect(p.edges).toHaveLength(2);
  });

  test("bad and unknown queries are 400 and 404", async () => {
    expect((await raw("GET", "/api/graph?limit=abc")).status).toBe(400);
    expect((await raw("GET", "/api/node")).status).toBe(400);
    expect((await raw("GET", "/api/node?id=nobody")).status).toBe(404);
    expect((await raw("GET", "/api/drop-everything")).status).toBe(404);
    expect((await raw("GET", `/api/search?q=${"a".repeat(300)}`)).status).toBe(400);
  });
});

describe("refusals", () => {
  test.each(["POST", "PUT", "DELETE", "PATCH"])("%s is refused: nothing writes", async (method) => {
    const res = await raw(method, "/api/graph");
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET, HEAD");
  });

  test.each(["/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt", "/%5c..%5csecret.txt", "/link.txt", "/index.html%00.js"])(
    "%s outside the viewer's folder is refused",
    async (path) => {
      const res = await raw("GET", path);
      expect([403, 404]).toContain(res.status);
      expect(res.body).not.toContain("not for the web");
    },
  );

  test("oversized requests: a long URL is 414, a body is 413", async () => {
    expect((await raw("GET", `/api/search?q=${"a".repeat(MAX_URL_LENGTH)}`)).status).toBe(414);
    expect((await raw("GET", "/api/graph", { body: "x".repeat(1000), headers: { "content-length": "1000" } })).status).toBe(413);
  });

  test("a foreign Host header (DNS rebinding) is refused on a loopback server", async () => {
    expect((await raw("GET", "/api/graph", { headers: { host: "attacker.example:80" } })).status).toBe(403);
  });

  test("the viewer's files are served with a content security policy", async () => {
    const res = await raw("GET", "/");
    expect(res.status).toBe(200);
    expect(res.body).toContain("<title>viewer</title>");
    expect(String(res.headers["content-security-policy"])).toContain("script-src 'self'");
    expect((await raw("GET", "/assets/app.js")).status).toBe(200);
  });
});

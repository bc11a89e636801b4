// `kg export` end to end on the fixture ledger: flags checked, selection and format applied, output where asked.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jest } from "@jest/globals";
import { UsageError } from "../../cli/command.ts";
import { exportCommand } from "../../cli/commands/export.ts";
import { SerializedGraph } from "../../graph-schema/index.ts";
import { fixtureDir } from "./fixture-graph.ts";

const fx = fixtureDir();
const out = mkdtempSync(join(tmpdir(), "kg-export-cli-"));
const saved = process.env.KG_DATA;
beforeAll(() => (process.env.KG_DATA = fx.dir));
afterAll(() => {
  process.env.KG_DATA = saved;
  fx.done();
  rmSync(out, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const w = jest.spyOn(process.stdout, "write").mockImplementation((t) => ((stdout += String(t)), true));
  const e = jest.spyOn(console, "error").mockImplementation((t) => void (stderr += `${t}\n`));
  try {
    return { code: await exportCommand.run(argv), stdout, stderr };
  } finally {
    w.mockRestore();
    e.mockRestore();
  }
}

describe("kg export", () => {
  test("json of a selection to standard output, in the gold contract's shape", async () => {
    const { code, stdout } = await run("--around", "Lavrov", "--types", "met,represents");
    expect(code).toBe(0);
    const g = SerializedGraph.parse(JSON.parse(stdout));
    expect(g.nodes.map((n) => n.key).sort()).toEqual(["russia", "sergey-lavrov", 'tricky "org" #1 <x>']);
    expect(g.edges.every((e) => Array.isArray(e.attributes.evidence) && typeof e.attributes.type === "string")).toBe(true);
  });

  test("each format to --out; not over an existing file without --force", async () => {
    for (const [fmt, name] of [["gexf", "g.gexf"], ["graphml", "g.graphml"], ["cypher", "g.cypher"], ["csv", "dump"]]) {
      const { code, stderr } = await run("--format", fmt, "--out", join(out, name), "--from", "2020-01-01", "--keep-undated");
      expect(code).toBe(0);
      expect(stderr).toMatch(new RegExp(`as ${fmt} to`));
    }
    expect(existsSync(join(out, "dump", "README.md"))).toBe(true);
    await expect(run("--format", "gexf", "--out", join(out, "g.gexf"))).rejects.toThrow(/exists; use --force/);
    expect((await run("--format", "gexf", "--out", join(out, "g.gexf"), "--force", "--labels", "State")).code).toBe(0);
    expect(readFileSync(join(out, "g.gexf"), "utf8")).not.toContain("Lavrov");
  });

  test.each([
    [["--format", "pdf"], /unknown format "pdf" \(one of json, gexf, graphml, csv, cypher\)/],
    [["--format", "csv"], /writes a folder; give it with --out DIR/],
    [["--around", "Karabakh"], /"Karabakh" is ambiguous; it names 2 nodes: nagorno-karabakh \(Place/],
    [["--depth", "2"], /--depth needs --around/],
    [["--around", "Lavrov", "--depth", "two"], /--depth takes a whole number/],
    [["--types", "MEDIATED,HUGGED"], /--types: unknown "HUGGED"/],
    [["--labels", "Person,Planet"], /--labels: unknown "Planet"/],
    [["--from", "2020-02-30"], /--from takes a date as YYYY-MM-DD, got "2020-02-30"/],
    [["--from", "2021-01-01", "--to", "2020-01-01"], /--from 2021-01-01 is after --to 2020-01-01/],
    [["--keep-undated"], /--keep-undated needs --from or --to/],
    [["--param", "a=b"], /--param needs --query/],
    [["--positions", "/nonexistent.json"], /--positions \/nonexistent\.json is not readable JSON/],
  ])("%j is a usage error: %s", async (argv, message) => {
    const p = run(...(argv as string[]));
    await expect(p).rejects.toThrow(UsageError);
    await expect(p).rejects.toThrow(message as RegExp);
  });
});

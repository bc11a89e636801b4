// Node positions from a file, for formats that carry them: the viewer's saved layout `{id: [x, y]}` or `{id: {x, y}}`.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ExportError } from "./export-error.ts";
import type { PositionLookup } from "./export-format.ts";

const Point = z.union([z.tuple([z.number(), z.number()]), z.object({ x: z.number(), y: z.number() })]);
const Positions = z.record(z.string(), Point);

export function readPositions(path: string): PositionLookup {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ExportError(`export: --positions ${path} is not readable JSON (${(e as Error).message.split("\n")[0]})`);
  }
  const parsed = Positions.safeParse(raw);
  if (!parsed.success) throw new ExportError(`export: --positions ${path} should map node ids to [x, y] or {x, y}: ${parsed.error.issues[0]?.message}`);
  const map = new Map(Object.entries(parsed.data).map(([id, p]) => [id, Array.isArray(p) ? { x: p[0], y: p[1] } : p]));
  return (id) => map.get(id);
}

// The part of the state a shared link carries (selection, filters, camera), to and from a URL query string; pure.
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from "../graph-schema/index.ts";
import { DEFAULT_FILTERS, type CameraView, type Filters } from "./state.ts";

export interface UrlState {
  selected: string | null;
  filters: Filters;
  camera: CameraView | null;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const isDate = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);
const round = (n: number) => Math.round(n * 1e4) / 1e4;

/** Defaults are left out, so an untouched view has a clean address. Keeps parameters it does not own (such as `limit`). */
export function writeUrlState(s: UrlState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const k of ["node", "labels", "types", "from", "to", "deg", "cam"]) p.delete(k);
  if (s.selected) p.set("node", s.selected);
  const f = s.filters;
  if (!sameSet(f.hiddenLabels, DEFAULT_FILTERS.hiddenLabels)) p.set("labels", NODE_LABELS.filter((l) => !f.hiddenLabels.includes(l)).join(","));
  if (!sameSet(f.hiddenTypes, DEFAULT_FILTERS.hiddenTypes)) p.set("types", REL_TYPES.filter((t) => !f.hiddenTypes.includes(t)).join(","));
  if (f.dateFrom) p.set("from", f.dateFrom);
  if (f.dateTo) p.set("to", f.dateTo);
  if (f.minDegree > 0) p.set("deg", String(f.minDegree));
  if (s.camera) p.set("cam", [s.camera.x, s.camera.y, s.camera.ratio].map(round).join(","));
  return p;
}

/** Unknown labels, types and malformed values are ignored: a hand-edited link still opens. */
export function readUrlState(p: URLSearchParams): UrlState {
  const shown = <T extends string>(param: string | null, all: readonly T[], fallback: T[]): T[] =>
    param === null ? [...fallback] : all.filter((x) => !param.split(",").includes(x));
  const cam = (p.get("cam") ?? "").split(",").map(Number);
  const deg = Number(p.get("deg"));
  return {
    selected: p.get("node") || null,
    filters: {
      hiddenLabels: shown<NodeLabel>(p.get("labels"), NODE_LABELS, DEFAULT_FILTERS.hiddenLabels),
      hiddenTypes: shown<RelType>(p.get("types"), REL_TYPES, DEFAULT_FILTERS.hiddenTypes),
      dateFrom: isDate(p.get("from")) ? p.get("from") : null,
      dateTo: isDate(p.get("to")) ? p.get("to") : null,
      minDegree: Number.isInteger(deg) && deg > 0 ? deg : 0,
    },
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2] > 0 ? { x: cam[0], y: cam[1], ratio: cam[2] } : null,
  };
}

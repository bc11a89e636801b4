// The office a mention names without a person: the state it is of.
import type { Mention } from "../../document.ts";

/** What names a state before an office. */
const STATE_KINDS = new Set(["adjective", "state", "capital"]);

/** The state just before an office: "Russian foreign minister", "Armenia's foreign minister". */
export function stateBefore(ms: Mention[], m: Mention, norms: string[]): string | undefined {
  const end = norms[m.start - 1] === "'s" ? m.start - 1 : m.start;
  for (const x of ms) if (x.end === end && STATE_KINDS.has(x.kind)) return x.state;
  return undefined;
}

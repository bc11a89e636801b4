// The office a mention names without a person: the state it is of.
import type { Mention } from "../../document.ts";

/** The state just before an office: "Russian foreign minister", "Armenia's foreign minister". */
export function stateBefore(ms: Mention[], m: Mention, norms: string[]): string | undefined {
  const end = norms[m.start - 1] === "'s" ? m.start - 1 : m.start;
  const adj = ms.find((x) => x.end === end && ["adjective", "state", "capital"].includes(x.kind));
  return adj?.state;
}

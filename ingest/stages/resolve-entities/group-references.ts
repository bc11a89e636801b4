// Group references: the persons "the two men" or "both ministers" take up.
import type { Mention } from "../../document.ts";

/** How far back (in sentences) "the two men" looks; a group named by office ("the two foreign ministers") looks back
 * over the whole article, the office telling its members from the others. */
const GROUP_REACH = 3;

/** The persons a group takes up ("the two men", "both ministers"): the last ones named before it, each once, holding
 * the office the noun names, as many as its number; none unless that many are found. The subject of the group's own
 * sentence is not one of them ("Tokayev received both ministers") unless the number needs it ("A met B and C before
 * the three ministers sat down together"). */
export function groupOf(m: Mention, ms: Mention[], named: { id: string; sentence: number }[], roleOf: (id: string) => string): string[] | undefined {
  const count = m.count!;
  const ids: string[] = [];
  for (let n = named.length - 1; n >= 0; n--) {
    const p = named[n];
    if (!m.title && m.sentence - p.sentence > GROUP_REACH) break;
    if (!ids.includes(p.id) && (!m.title || roleOf(p.id).includes(m.title))) ids.push(p.id);
  }
  const subject = ms.find((x) => x.kind === "person" && x.entity && x.end <= m.start);
  const others = subject ? ids.filter((id) => id !== subject.entity![0]) : ids;
  const picked = (others.length >= count ? others : ids).slice(0, count);
  return picked.length === count ? picked : undefined;
}

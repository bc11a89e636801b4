// One sitting of a recurring happening: "the 63rd round of the Geneva International Discussions".
import type { Sentence } from "../../document.ts";

const ROUND_WORDS = new Set(["round", "session", "sitting"]);
const ORDINAL = /^\d+(st|nd|rd|th)$/;
/** "<ordinal> round of (the)" just before token `start`: where it starts and its number. */
export function roundBefore(s: Sentence, norms: string[], start: number, ordinals: Record<string, number>): { start: number; ordinal?: number } | undefined {
  let k = start - 1;
  if (norms[k] === "the") k--;
  if (norms[k] !== "of" || !ROUND_WORDS.has(norms[k - 1] ?? "")) return undefined;
  k -= 1;
  const o = norms[k - 1] ?? "";
  const ordinal = ordinals[o] ?? (ORDINAL.test(o) ? parseInt(o, 10) : undefined);
  return ordinal !== undefined ? { start: k - 1, ordinal } : { start: k };
}

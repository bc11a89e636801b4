// JSON Lines → article records {id, title, date, url, text}; a bad line is reported with its number, the rest go on.
import { z } from "zod";

export const JsonlRecord = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  title: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  text: z.string().min(1, "text is empty"),
});
export type JsonlRecord = z.infer<typeof JsonlRecord>;

export type JsonlLine = { line: number; record: JsonlRecord } | { line: number; error: string };

export function* parseJsonl(content: string): Generator<JsonlLine> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (!l) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(l);
    } catch (e) {
      yield { line: i + 1, error: `not valid JSON (${(e as Error).message.split("\n")[0]})` };
      continue;
    }
    const r = JsonlRecord.safeParse(raw);
    if (r.success) yield { line: i + 1, record: r.data };
    else yield { line: i + 1, error: r.error.issues.map((x) => `${x.path.join(".") || "record"}: ${x.message}`).join("; ") };
  }
}

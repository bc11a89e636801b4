// Markdown → plain text: front matter read for title and date, markup removed, one block per line.
import { isoDay } from "./iso-date.ts";

export interface ParsedMarkdown {
  text: string;
  title?: string;
  date?: string;
}

export function parseMarkdown(md: string): ParsedMarkdown {
  let body = md.replace(/\r\n?/g, "\n");
  let title: string | undefined;
  let date: string | undefined;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (front) {
    body = body.slice(front[0].length);
    for (const l of front[1].split("\n")) {
      const m = /^(\w+):\s*["']?(.*?)["']?\s*$/.exec(l);
      if (m?.[1] === "title") title = m[2];
      if (m?.[1] === "date") date = isoDay(m[2]);
    }
  }
  const lines = body
    .replace(/```[\s\S]*?```/g, "")
    .split("\n")
    // a list item that is only a link is navigation ("related stories"), not prose
    .filter((l) => !/^\s*(?:[-*+]|\d+\.)\s+\[[^\]]*\]\([^)]*\)\s*$/.test(l))
    .map((l) => {
      const h = /^#{1,6}\s+(.*)$/.exec(l);
      if (h && !title) title = h[1].trim();
      return l
        .replace(/^#{1,6}\s+/, "")
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/, "")
        .replace(/^>\s?/, "")
        .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
        .replace(/(\*\*|__)(.*?)\1/g, "$2")
        .replace(/(^|\W)[*_](\S.*?)[*_](?=\W|$)/g, "$1$2")
        .replace(/`([^`]*)`/g, "$1")
        .replace(/<[^>]+>/g, "")
        .trim();
    });
  return { text: lines.join("\n"), title, date };
}

// HTML → plain text, one block per line: scripts, styles, navigation, forms and other page furniture are dropped.
import { Parser } from "htmlparser2";
import { isoDay } from "./iso-date.ts";

/** Elements whose content is never article text. */
const SKIP = new Set(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "iframe", "svg", "template", "select", "figure", "menu", "dialog"]);
/** Elements that end a line of text. */
const BLOCK = new Set(["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "blockquote", "tr", "table", "pre", "hr", "dd", "dt", "time", "figcaption"]);
/** Class or id words that mark boilerplate containers (cookie banners, share bars, related links). */
const BOILERPLATE_ATTR = /\b(cookie|consent|share|social|related|newsletter|subscribe|advert|ads?|banner|promo|comments?|breadcrumb|sidebar|menu|popup|modal)\b/i;

export interface ParsedHtml {
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

export function parseHtml(html: string): ParsedHtml {
  const lines: string[] = [];
  let line = "";
  let skipDepth = 0;
  const stack: boolean[] = [];
  let inTitle = false;
  let title = "";
  let h1 = "";
  let inH1 = false;
  let date: string | undefined;
  let url: string | undefined;
  const flush = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) lines.push(t);
    line = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const skip = SKIP.has(name) || BOILERPLATE_ATTR.test(`${attrs.class ?? ""} ${attrs.id ?? ""}`) || attrs["aria-hidden"] === "true";
        stack.push(skip);
        if (skip) skipDepth++;
        if (name === "title") inTitle = true;
        if (name === "h1") inH1 = true;
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          if (!date && /(published_time|^date$|pubdate|datepublished|dc\.date)/.test(key) && attrs.content) date = attrs.content.slice(0, 10);
          if (!url && key === "og:url" && attrs.content) url = attrs.content;
          if (!title && key === "og:title" && attrs.content) title = attrs.content;
        }
        if (name === "link" && attrs.rel === "canonical" && attrs.href) url = attrs.href;
        if (name === "time" && attrs.datetime && !date) date = attrs.datetime.slice(0, 10);
        if (BLOCK.has(name)) flush();
      },
      ontext(text) {
        if (inTitle) title += text;
        if (inH1 && skipDepth === 0) h1 += text;
        if (skipDepth === 0 && !inTitle) line += text;
      },
      onclosetag(name) {
        if (stack.pop()) skipDepth--;
        if (name === "title") inTitle = false;
        if (name === "h1") inH1 = false;
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const t = (h1 || title).replace(/\s+/g, " ").trim();
  return { text: lines.join("\n"), title: t || undefined, date: isoDay(date), url };
}

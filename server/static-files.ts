// Serves files of the built viewer and nothing outside its folder: traversal, encoded dots and symlinks out are refused.
import { realpathSync, statSync } from "node:fs";
import { extname, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

export type StaticLookup = { file: string; type: string } | { status: 403 | 404 };

/** `urlPath` is the raw (still percent-encoded) path of the request. */
export function lookupStatic(root: string, urlPath: string): StaticLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 403 };
  }
  // Refuse rather than normalise: a request naming ".." or a backslash or NUL is never one the page makes.
  if (decoded.includes("\0") || decoded.includes("\\") || decoded.split("/").some((seg) => seg === ".." || seg === ".")) return { status: 403 };
  const rel = decoded === "/" || decoded === "" ? "index.html" : decoded.replace(/^\/+/, "");
  let base: string;
  try {
    base = realpathSync(root);
  } catch {
    return { status: 404 };
  }
  const candidate = resolve(base, rel);
  if (!candidate.startsWith(base + sep)) return { status: 403 };
  let real: string;
  try {
    real = realpathSync(candidate);
    if (!statSync(real).isFile()) return { status: 404 };
  } catch {
    return { status: 404 };
  }
  if (!real.startsWith(base + sep)) return { status: 403 };
  return { file: real, type: TYPES[extname(real).toLowerCase()] ?? "application/octet-stream" };
}

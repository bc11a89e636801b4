// The `kg serve` HTTP server (node:http): the built viewer's files and the read-only JSON API, with request limits.
import { createReadStream } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answerApi } from "./api-routes.ts";
import type { GraphSource } from "./graph-source.ts";
import { lookupStatic } from "./static-files.ts";

export interface ServeOptions {
  /** default 127.0.0.1: the graph is the user's, not the network's */
  host?: string;
  /** default 5173; 0 picks a free port */
  port?: number;
  /** the built viewer (viewer/dist) */
  distDir: string;
  source: GraphSource;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const MAX_URL_LENGTH = 4096;

/** The page's script runs from our own files only, so article text that slipped into markup still could not run. */
const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

function hostName(header: string | undefined): string {
  if (!header) return "";
  return header.startsWith("[") ? header.slice(0, header.indexOf("]") + 1) : header.split(":")[0];
}

function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "content-length": Buffer.byteLength(text), ...extra });
  res.end(res.req.method === "HEAD" ? undefined : text);
}

function handle(opts: ServeOptions, loopbackOnly: boolean, req: IncomingMessage, res: ServerResponse): void {
  const rawUrl = req.url ?? "/";
  if (rawUrl.length > MAX_URL_LENGTH) return send(res, 414, { error: `request URL longer than ${MAX_URL_LENGTH} characters` });
  // A page on another site can make the browser call a loopback server under a name it controls (DNS rebinding).
  if (loopbackOnly && !LOOPBACK.has(hostName(req.headers.host))) return send(res, 403, { error: "unexpected Host header" });
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, { error: "read-only: only GET and HEAD" }, { allow: "GET, HEAD" });
  // No endpoint reads a body, so any body is refused before a byte of it is read.
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > 0 || req.headers["transfer-encoding"]) return send(res, 413, { error: "requests carry no body" });

  const q = rawUrl.indexOf("?");
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const params = new URLSearchParams(q < 0 ? "" : rawUrl.slice(q + 1));
  if (path.startsWith("/api/")) {
    const { status, body } = answerApi(opts.source, path.slice(5), params);
    return send(res, status, body);
  }
  const found = lookupStatic(opts.distDir, path);
  if ("status" in found) return send(res, found.status, { error: found.status === 403 ? "outside the viewer's files" : "not found" });
  res.writeHead(200, { ...SECURITY_HEADERS, "content-type": found.type, "cache-control": found.file.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache" });
  if (req.method === "HEAD") return void res.end();
  createReadStream(found.file).on("error", () => res.destroy()).pipe(res);
}

export function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? "127.0.0.1";
  const loopbackOnly = LOOPBACK.has(host);
  const server = createServer({ maxHeaderSize: 16 * 1024 }, (req, res) => {
    try {
      handle(opts, loopbackOnly, req, res);
    } catch (e) {
      send(res, 500, { error: `server: ${(e as Error).message}` });
    }
  });
  server.requestTimeout = 30_000;
  return new Promise((resolveStart, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 5173, host, () => {
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(":") ? `[${host}]` : host;
      resolveStart({
        url: `http://${shownHost}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// The viewer's server: HTTP, the read-only graph API, and building the page.
export * from "./http-server.ts";
export * from "./graph-source.ts";
export * from "./graph-index.ts";
export * from "./api-routes.ts";
export * from "./build-viewer.ts";
export type * from "./api-types.ts";

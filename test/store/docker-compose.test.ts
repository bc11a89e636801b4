// docker-compose.yml and the Dockerfile, checked by parsing (no Docker engine runs here to try them).
import { expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// js-yaml 3 comes with the test tools (no types): a parser that is already installed, used only here.
const yaml = createRequire(import.meta.url)("js-yaml") as { safeLoad(text: string): unknown };

interface Service {
  image?: string;
  build?: string;
  ports?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
}

test("neo4j: the official 5.x image, Bolt and Browser ports, a data volume, auth from the environment, APOC, a health check", () => {
  const doc = yaml.safeLoad(readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, Service>; volumes: Record<string, unknown> };
  const neo = doc.services.neo4j;
  expect(neo.image).toBe("neo4j:5");
  expect(neo.ports).toEqual(expect.arrayContaining(["7474:7474", "7687:7687"]));
  expect(neo.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
  expect(JSON.parse(neo.environment?.NEO4J_PLUGINS ?? "[]")).toContain("apoc");
  expect(neo.volumes).toContain("neo4j-data:/data");
  expect(Object.keys(doc.volumes)).toContain("neo4j-data");
  expect(neo.healthcheck?.test.join(" ")).toContain("cypher-shell");

  const kg = doc.services.kg;
  expect(kg.build).toBe(".");
  expect(kg.depends_on?.neo4j.condition).toBe("service_healthy");
  expect(kg.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
  expect(kg.command).toEqual(["npx", "kg", "ingest", "examples/articles/"]);
});

test("Dockerfile: node 20, npm ci before the sources are copied, ingest by default", () => {
  const lines = readFileSync("Dockerfile", "utf8").split("\n").filter((l) => /^[A-Z]+ /.test(l));
  expect(lines[0]).toMatch(/^FROM node:20/);
  const ci = lines.findIndex((l) => l.startsWith("RUN npm ci"));
  const copyAll = lines.findIndex((l) => l === "COPY . .");
  expect(ci).toBeGreaterThan(0);
  expect(copyAll).toBeGreaterThan(ci);
  expect(lines.at(-1)).toBe('CMD ["npx", "kg", "ingest", "examples/articles/"]');
});

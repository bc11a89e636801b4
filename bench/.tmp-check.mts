import { readGraphData } from "../store/index.ts";
const g = readGraphData("/tmp/q/d10k");
const rels = g.edges.filter((e) => e.type !== "MENTIONS");
const sample = [...rels].sort((a, b) => b.evidence.length - a.evidence.length || a.id.localeCompare(b.id)).filter((_, i) => i % 50 === 0).slice(0, 20);
let n = 0;
for (const s of sample) { const art = s.evidence[0].article; n += rels.filter((e) => e.evidence.some((v) => v.article === art)).length; }
console.log("expected byArticle rows", n, "evidence", sample.reduce((s, e) => s + e.evidence.length, 0));
const art = sample[0].evidence[0].article;
console.log(art, rels.filter((e) => e.evidence.some((v) => v.article === art)).map((e) => e.id + " " + JSON.stringify(e.evidence.map(v=>v.article))).join("\n"));

import { Connection, Database } from "@ladybugdb/core";
import { plainValue } from "/work/main/store/ladybug-values.ts";
const db = new Database(process.argv[2], 0, true, true, 2 ** 40);
const conn = new Connection(db);
const q = process.argv[3]; const params = JSON.parse(process.argv[4] ?? "{}");
for (let i = 0; i < Number(process.argv[5] ?? 3); i++) {
  const t0 = performance.now();
  const ps = await conn.prepare(q);
  if (!ps.isSuccess()) { console.log(ps.getErrorMessage()); process.exit(1); }
  const t1 = performance.now();
  const r = await conn.execute(ps, params);
  const t2 = performance.now();
  const rows = process.env.SYNC ? (Array.isArray(r) ? r[r.length - 1] : r).getAllSync() : await (Array.isArray(r) ? r[r.length - 1] : r).getAll();
  const t3 = performance.now();
  rows.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plainValue(v)])));
  const t4 = performance.now();
  console.log(`prepare ${(t1 - t0).toFixed(1)} execute ${(t2 - t1).toFixed(1)} getAll ${(t3 - t2).toFixed(1)} plain ${(t4 - t3).toFixed(1)} rows ${rows.length}`);
  if (process.env.SHOW && i === 0) console.log(JSON.stringify(rows.slice(0, Number(process.env.SHOW))));
}
process.exit(0);

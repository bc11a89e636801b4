// The pacer between the layout worker and the page: newest value only, one apply per painted frame, idle after long frames.
import { createPacer, LONG_FRAME_MS, type PacerClock } from "../../../viewer/layouts/paced-apply.ts";

/** A hand-driven clock: `later` and `afterPaint` callbacks run when the test says so. */
function fakeClock() {
  let t = 0;
  const timers: { at: number; cb: () => void }[] = [];
  const paints: (() => void)[] = [];
  const clock: PacerClock = { now: () => t, later: (cb, ms) => void timers.push({ at: t + ms, cb }), afterPaint: (cb) => void paints.push(cb) };
  const advance = (ms: number) => {
    t += ms;
    for (let due = timers.filter((x) => x.at <= t); due.length; due = timers.filter((x) => x.at <= t)) {
      for (const x of due) {
        timers.splice(timers.indexOf(x), 1);
        x.cb();
      }
    }
  };
  const paint = (frameMs: number) => {
    t += frameMs;
    paints.splice(0).forEach((cb) => cb());
  };
  return { clock, advance, paint };
}

test("applies only the newest value, and nothing more until the frame it caused is painted", () => {
  const { clock, advance, paint } = fakeClock();
  const applied: number[] = [];
  const p = createPacer<number>((v) => applied.push(v), clock);
  p.push(1);
  p.push(2);
  advance(0);
  expect(applied).toEqual([2]);
  p.push(3);
  p.push(4);
  advance(10);
  expect(applied).toEqual([2]);
  // a short frame (under LONG_FRAME_MS in all): the next apply follows at once
  paint(16);
  advance(0);
  expect(applied).toEqual([2, 4]);
});

test("after a long frame the page stays idle as long again before the next apply", () => {
  const { clock, advance, paint } = fakeClock();
  const applied: number[] = [];
  const p = createPacer<number>((v) => applied.push(v), clock);
  p.push(1);
  advance(0);
  p.push(2);
  paint(LONG_FRAME_MS * 20);
  advance(LONG_FRAME_MS * 20 - 1);
  expect(applied).toEqual([1]);
  advance(1);
  expect(applied).toEqual([1, 2]);
});

test("flush applies what is pending at once; cancel drops it", () => {
  const { clock, advance } = fakeClock();
  const applied: number[] = [];
  const p = createPacer<number>((v) => applied.push(v), clock);
  p.push(1);
  p.flush();
  expect(applied).toEqual([1]);
  p.push(2);
  p.cancel();
  advance(1000);
  expect(applied).toEqual([1]);
  expect(p.applied).toBe(1);
});

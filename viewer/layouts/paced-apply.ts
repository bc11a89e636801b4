// Applies only the newest of a stream of values (layout positions), at most once per painted frame; after a long frame
// it leaves the main thread idle as long again. A 10k-node frame in software WebGL takes about a second, and a layout
// that redraws back to back would leave no time for the user's input.

/** the web platform's "long task": cheaper frames follow each other at the display's rate */
export const LONG_FRAME_MS = 50;
export interface PacerClock {
  now(): number;
  /** calls back once the frame the last apply caused has been painted */
  afterPaint(cb: () => void): void;
  later(cb: () => void, ms: number): void;
}

export const browserClock: PacerClock = {
  now: () => performance.now(),
  // The second frame callback runs after the first frame has been committed.
  afterPaint: (cb) => requestAnimationFrame(() => requestAnimationFrame(cb)),
  later: (cb, ms) => void setTimeout(cb, ms),
};

export interface Pacer<T> {
  push(value: T): void;
  /** applies what is pending now (e.g. before positions are saved) */
  flush(): void;
  /** drops what is pending and stops applying */
  cancel(): void;
  /** how many values were applied */
  readonly applied: number;
}

export function createPacer<T>(apply: (value: T) => void, clock: PacerClock = browserClock): Pacer<T> {
  let latest: T | undefined;
  let busy = false;
  let nextAt = 0;
  let applied = 0;
  let epoch = 0;

  const run = (mine: number) => {
    if (mine !== epoch) return;
    if (latest === undefined) {
      busy = false;
      return;
    }
    const t0 = clock.now();
    const v = latest;
    latest = undefined;
    apply(v);
    applied++;
    clock.afterPaint(() => {
      if (mine !== epoch) return;
      const t1 = clock.now();
      nextAt = t1 - t0 > LONG_FRAME_MS ? t1 + (t1 - t0) : t1;
      busy = false;
      schedule();
    });
  };
  const schedule = () => {
    if (busy || latest === undefined) return;
    busy = true;
    const mine = epoch;
    clock.later(() => run(mine), Math.max(0, nextAt - clock.now()));
  };
  return {
    push(value) {
      latest = value;
      schedule();
    },
    flush() {
      if (latest === undefined) return;
      const v = latest;
      latest = undefined;
      apply(v);
      applied++;
    },
    cancel() {
      latest = undefined;
      busy = false;
      epoch++;
    },
    get applied() {
      return applied;
    },
  };
}

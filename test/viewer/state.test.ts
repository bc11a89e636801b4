// The viewer's store: each named action is pure (returns a new state, leaves the old one alone) and does one thing.
import { actions, createStore, DEFAULT_FILTERS, initialState, type ViewerState } from "../../viewer/state.ts";

const withDates = (s: ViewerState, dates: string[]): ViewerState => ({ ...s, meta: { ...s.meta, dates } });

describe("viewer state actions", () => {
  test("start with Articles and MENTIONS hidden, nothing selected", () => {
    const s = initialState();
    expect(s.filters).toEqual(DEFAULT_FILTERS);
    expect(s.selected).toBeNull();
  });

  test("select and hover return the same object when nothing changes", () => {
    const s = actions.select(initialState(), "state:russia");
    expect(s.selected).toBe("state:russia");
    expect(actions.select(s, "state:russia")).toBe(s);
    expect(actions.hover(s, null)).toBe(s);
  });

  test("hiding a label or type twice keeps one entry; showing removes it; the input is not mutated", () => {
    const s0 = initialState();
    const s1 = actions.setTypeHidden(actions.setTypeHidden(s0, { type: "MET", hidden: true }), { type: "MET", hidden: true });
    expect(s1.filters.hiddenTypes).toEqual(["MENTIONS", "MET"]);
    expect(s0.filters.hiddenTypes).toEqual(["MENTIONS"]);
    expect(actions.setTypeHidden(s1, { type: "MET", hidden: false }).filters.hiddenTypes).toEqual(["MENTIONS"]);
    expect(actions.setLabelHidden(s0, { label: "Article", hidden: false }).filters.hiddenLabels).toEqual([]);
  });

  test("a date bound at the end of the loaded range means no bound", () => {
    const s = withDates(initialState(), ["2020-01-01", "2021-01-01", "2022-01-01"]);
    expect(actions.setDateRange(s, { from: "2020-01-01", to: "2022-01-01" }).filters).toMatchObject({ dateFrom: null, dateTo: null });
    expect(actions.setDateRange(s, { from: "2021-01-01", to: "2022-01-01" }).filters).toMatchObject({ dateFrom: "2021-01-01", dateTo: null });
  });

  test("minimum degree is a whole number, never negative", () => {
    expect(actions.setMinDegree(initialState(), 2.7).filters.minDegree).toBe(2);
    expect(actions.setMinDegree(initialState(), -3).filters.minDegree).toBe(0);
  });

  test("a path starts at one node, is shown, and is cleared", () => {
    const started = actions.startPath(initialState(), "a");
    const shown = actions.showPath(started, { nodes: ["a", "b"], edges: ["e"] });
    expect(shown.path).toEqual({ from: "a", nodes: ["a", "b"], edges: ["e"] });
    expect(actions.clearPath(shown, undefined).path).toEqual({ from: null, nodes: [], edges: [] });
  });

  test("the store notifies listeners with the new and previous state, and not when an action changed nothing", () => {
    const store = createStore();
    const seen: [string | null, string | null][] = [];
    store.subscribe((s, prev) => seen.push([s.selected, prev.selected]));
    store.dispatch(actions.select, "x");
    store.dispatch(actions.select, "x");
    expect(seen).toEqual([["x", null]]);
  });
});

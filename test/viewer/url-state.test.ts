// A shared link's state: written without defaults, read back the same, and malformed values ignored.
import { readUrlState, writeUrlState } from "../../viewer/url-state.ts";
import { DEFAULT_FILTERS } from "../../viewer/state.ts";

describe("url state", () => {
  test("an untouched view has a clean address, and other parameters survive", () => {
    const p = writeUrlState({ selected: null, filters: DEFAULT_FILTERS, camera: null }, new URLSearchParams("limit=500"));
    expect(p.toString()).toBe("limit=500");
  });

  test("selection, filters and camera round-trip", () => {
    const state = {
      selected: "person:sergey-lavrov",
      filters: { hiddenLabels: ["Article", "Place"] as const, hiddenTypes: ["MENTIONS", "MET"] as const, dateFrom: "2020-10-01", dateTo: "2022-12-31", minDegree: 2 },
      camera: { x: 0.51234567, y: 0.4, ratio: 0.25 },
    };
    const back = readUrlState(writeUrlState({ ...state, filters: { ...state.filters, hiddenLabels: [...state.filters.hiddenLabels], hiddenTypes: [...state.filters.hiddenTypes] } }));
    expect(back.selected).toBe(state.selected);
    expect([...back.filters.hiddenLabels].sort()).toEqual(["Article", "Place"]);
    expect([...back.filters.hiddenTypes].sort()).toEqual(["MENTIONS", "MET"]);
    expect(back.filters).toMatchObject({ dateFrom: "2020-10-01", dateTo: "2022-12-31", minDegree: 2 });
    expect(back.camera).toEqual({ x: 0.5123, y: 0.4, ratio: 0.25 });
  });

  test("malformed dates, degrees and cameras, and unknown labels, are ignored", () => {
    const s = readUrlState(new URLSearchParams("from=yesterday&deg=-2&cam=1,2&labels=Person,Dragon"));
    expect(s.filters.dateFrom).toBeNull();
    expect(s.filters.minDegree).toBe(0);
    expect(s.camera).toBeNull();
    expect(s.filters.hiddenLabels).not.toContain("Person");
    expect(s.filters.hiddenLabels).toContain("State");
  });
});

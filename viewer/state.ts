// The viewer's one store: selection, hover, search, filters, path, layout and graph metadata, changed only by named pure actions.
import type { NodeLabel, RelType } from "../graph-schema/index.ts";

export interface Filters {
  hiddenLabels: NodeLabel[];
  hiddenTypes: RelType[];
  /** relationships dated before `dateFrom` or after `dateTo` are hidden; undated ones always show */
  dateFrom: string | null;
  dateTo: string | null;
  minDegree: number;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface GraphMeta {
  /** every distinct relationship date loaded, sorted: the date slider's stops */
  dates: string[];
  labelCounts: Partial<Record<NodeLabel, number>>;
  typeCounts: Partial<Record<RelType, number>>;
  maxDegree: number;
  truncated: boolean;
  total: { nodes: number; edges: number };
}

export interface ViewerState {
  selected: string | null;
  hovered: string | null;
  query: string;
  filters: Filters;
  path: { from: string | null; nodes: string[]; edges: string[] };
  layoutRunning: boolean;
  camera: CameraView | null;
  meta: GraphMeta;
}

/** Articles and MENTIONS link everything to everything; they start hidden so the actors' network shows. */
export const DEFAULT_FILTERS: Filters = { hiddenLabels: ["Article"], hiddenTypes: ["MENTIONS"], dateFrom: null, dateTo: null, minDegree: 0 };

export const initialState = (): ViewerState => ({
  selected: null,
  hovered: null,
  query: "",
  filters: { ...DEFAULT_FILTERS, hiddenLabels: [...DEFAULT_FILTERS.hiddenLabels], hiddenTypes: [...DEFAULT_FILTERS.hiddenTypes] },
  path: { from: null, nodes: [], edges: [] },
  layoutRunning: false,
  camera: null,
  meta: { dates: [], labelCounts: {}, typeCounts: {}, maxDegree: 0, truncated: false, total: { nodes: 0, edges: 0 } },
});

const toggle = <T>(list: T[], item: T, hidden: boolean): T[] => (hidden ? (list.includes(item) ? list : [...list, item]) : list.filter((x) => x !== item));

export type Action<A> = (state: ViewerState, arg: A) => ViewerState;

export const actions = {
  select: ((s, id) => (s.selected === id ? s : { ...s, selected: id })) as Action<string | null>,
  hover: ((s, id) => (s.hovered === id ? s : { ...s, hovered: id })) as Action<string | null>,
  setQuery: ((s, query) => ({ ...s, query })) as Action<string>,
  setLabelHidden: ((s, { label, hidden }) => ({ ...s, filters: { ...s.filters, hiddenLabels: toggle(s.filters.hiddenLabels, label, hidden) } })) as Action<{ label: NodeLabel; hidden: boolean }>,
  setTypeHidden: ((s, { type, hidden }) => ({ ...s, filters: { ...s.filters, hiddenTypes: toggle(s.filters.hiddenTypes, type, hidden) } })) as Action<{ type: RelType; hidden: boolean }>,
  /** a bound equal to the loaded range's end means "no bound", so new relationships outside it still show */
  setDateRange: ((s, { from, to }) => {
    const d = s.meta.dates;
    return { ...s, filters: { ...s.filters, dateFrom: from && from !== d[0] ? from : null, dateTo: to && to !== d[d.length - 1] ? to : null } };
  }) as Action<{ from: string | null; to: string | null }>,
  setMinDegree: ((s, n) => ({ ...s, filters: { ...s.filters, minDegree: Math.max(0, Math.floor(n) || 0) } })) as Action<number>,
  setFilters: ((s, filters) => ({ ...s, filters })) as Action<Filters>,
  startPath: ((s, from) => ({ ...s, path: { from, nodes: [], edges: [] } })) as Action<string>,
  showPath: ((s, { nodes, edges }) => ({ ...s, path: { from: s.path.from, nodes, edges } })) as Action<{ nodes: string[]; edges: string[] }>,
  clearPath: ((s) => ({ ...s, path: { from: null, nodes: [], edges: [] } })) as Action<void>,
  setLayoutRunning: ((s, running) => (s.layoutRunning === running ? s : { ...s, layoutRunning: running })) as Action<boolean>,
  setCamera: ((s, camera) => ({ ...s, camera })) as Action<CameraView | null>,
  setMeta: ((s, meta) => ({ ...s, meta })) as Action<GraphMeta>,
};

export type Listener = (state: ViewerState, previous: ViewerState) => void;

export interface Store {
  get(): ViewerState;
  dispatch<A>(action: Action<A>, arg: A): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewerState = initialState()): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    dispatch(action, arg) {
      const previous = state;
      state = action(state, arg);
      if (state !== previous) for (const l of [...listeners]) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

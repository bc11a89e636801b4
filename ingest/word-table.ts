// A lookup table keyed by words of the text. It has no prototype: "constructor" or "toString" must find nothing
// (an article saying "on Constructor" once failed extraction on Object's own constructor).
export const wordTable = <T>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, entries);

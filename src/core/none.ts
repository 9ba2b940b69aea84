const NONE: ReadonlySet<never> = new Set();

/** The set, or one shared empty set when it is empty: the thousands of cards naming no entity keep no set each. */
export function orNone<T>(set: ReadonlySet<T>): ReadonlySet<T> {
  return set.size ? set : NONE;
}

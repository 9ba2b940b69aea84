/** Read-only sets many cards would each hold a copy of, held once instead. */

const NONE: ReadonlySet<never> = new Set();

/** The set, or one shared empty set when it is empty: the thousands of cards naming no entity keep no set each. */
export function orNone<T>(set: ReadonlySet<T>): ReadonlySet<T> {
  return set.size ? set : NONE;
}

const byContent = new Map<string, ReadonlySet<string>>();

/** One shared set for each content (in order of insertion), for small sets drawn from a few values. */
export function shared<T extends string>(set: ReadonlySet<T>): ReadonlySet<T> {
  const key = [...set].join("\n");
  let known = byContent.get(key);
  if (!known) byContent.set(key, (known = set));
  return known as ReadonlySet<T>;
}

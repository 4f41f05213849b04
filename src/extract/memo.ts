/**
 * A function of a string, remembered: the same words, names and outlets recur article after article.
 * The memory is emptied when it holds `limit` keys, so a long-running server does not grow without end.
 */
export function memoized<V>(compute: (key: string) => V, limit = 50_000): (key: string) => V {
  const memory = new Map<string, V>();
  return (key: string): V => {
    // (one lookup for the usual hit: no value memoised is undefined, but a miss must not be taken for one)
    const known = memory.get(key);
    if (known !== undefined || memory.has(key)) return known as V;
    if (memory.size >= limit) memory.clear();
    const value = compute(key);
    memory.set(key, value);
    return value;
  };
}

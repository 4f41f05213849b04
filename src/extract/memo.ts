/**
 * A function of a string, remembered: the same words, names and outlets recur article after article.
 * The memory is emptied when it holds `limit` keys, so a long-running server does not grow without end.
 */
export function memoized<V>(compute: (key: string) => V, limit = 50_000): (key: string) => V {
  const memory = new Map<string, V>();
  return (key: string): V => {
    if (memory.has(key)) return memory.get(key)!;
    if (memory.size >= limit) memory.clear();
    const value = compute(key);
    memory.set(key, value);
    return value;
  };
}

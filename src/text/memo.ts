// Memoising a function of a string: names, words and slugs recur across a corpus, their transforms cost more than a lookup.

/** `fn` memoised by its argument, in a map emptied when it holds `most` entries so memory stays bounded. */
export function memoised<T>(fn: (key: string) => T, most: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= most) cache.clear();
      value = fn(key);
      cache.set(key, value);
    }
    return value;
  };
}

// Memoising a function of a string: names, words and slugs recur across a corpus, their transforms cost more than a lookup.

/**
 * A copy of `s` that holds on to no longer string. V8 cuts a string of 13 characters or more as a view of the one it
 * was cut from, so a view kept in a cache would keep the whole article it came from alive for the rest of a corpus.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** `fn` memoised by its argument, in a map emptied when it holds `most` entries so memory stays bounded. The map keeps
 * copies of the arguments, and `fn` reads the copy, so nothing it keeps is a view of a document. */
export function memoised<T>(fn: (key: string) => T, most: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= most) cache.clear();
      const copy = detached(key);
      value = fn(copy);
      cache.set(copy, value);
    }
    return value;
  };
}

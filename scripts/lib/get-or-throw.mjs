// Look-ups of keys that are known to be in a map: a failure that names the key, not a TypeError later.

/**
 * @template K, V
 * @param {Map<K, V>} map
 * @param {K} key
 * @returns {V}
 */
export function getOrThrow(map, key) {
  if (!map.has(key)) throw new Error(`no entry for ${String(key)}`);
  return /** @type {V} */ (map.get(key));
}

// A Storage in memory for the tests, and the exceptions browsers throw from storage.
export function memoryStorage(): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
}

/** A function that throws as a browser does: `throwing('QuotaExceededError', '…')`. */
export const throwing = (name: string, message: string) => () => {
  throw new DOMException(message, name);
};

// A load done once and shared by every caller; one that fails is forgotten, so the next call tries
// again (a file refused once may load the next time).
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => {
    if (!p) {
      p = load();
      p.catch(() => {
        p = null;
      });
    }
    return p;
  };
}

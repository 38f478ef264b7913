// The first screen's code in one file. Rolldown splits the modules that the app's entry and its
// on-demand parts (src/on-demand.tsx, the presenter window, the WebGL renderer) share into many
// small common chunks — fourteen files for one first screen. This groups every module the entry
// reaches through static imports into one chunk, so the page loads the code it always runs as one
// file, and the on-demand parts keep only what is theirs. MapLibre is never in it: it is imported
// on demand, after the first picture.
import { resolve } from 'node:path';

type ModuleInfo = { importedIds: readonly string[] } | null;
type Context = { getModuleInfo(id: string): ModuleInfo };

/** Every module `entry` reaches through static imports (dynamic `import()` not followed). */
export function staticallyReached(entry: string, info: (id: string) => ModuleInfo): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
}

/** `build.rolldownOptions.output.codeSplitting` for the served build. */
export function firstScreenChunk(entry = resolve('src/main.tsx')) {
  let reached: Set<string> | null = null;
  return {
    groups: [
      {
        name: (id: string, ctx: Context) => {
          reached ??= staticallyReached(entry, (m) => ctx.getModuleInfo(m));
          return reached.has(id) ? 'app' : null;
        },
      },
    ],
  };
}

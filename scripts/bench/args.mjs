// Command-line options for `npm run bench`.
const HELP = `Usage: npm run bench -- [options]
  --runs N        page loads per page (app and floor, alternated pairwise; default 7, at least 1)
  --quick         2 loads each, list clicks only, no profiling: a smoke run, budgets still checked
  --no-profile    do not profile missed budgets
  --soak N        random actions in the soak (default 1000, also with --quick; 0 skips it)
  --seed N        the soak's seed (default: a fixed one; printed, so a run can be replayed)
  --only soak     the soak alone (the app's build, no floor, loads, clicks or bytes): ~10 min,
                  not the whole bench; its three budgets are checked
  --only loads    the cold loads alone (app/floor pairs, then the single file against the served
                  app; no clicks, gestures, heap or soak): ~4 min; the three load budgets
  --snapshots DIR a heap snapshot at each of the soak's heap check points, written to DIR (compare
                  two with node scripts/bench/snapshot.mjs FIRST LAST)
  --out FILE      where to write the JSON (default bench-results/bench-<timestamp>.json)
  --help          this text`;

/**
 * @typedef {object} BenchOptions
 * @property {number} runs
 * @property {boolean} quick
 * @property {boolean} profile
 * @property {string | null} out
 * @property {boolean} mapClicks
 * @property {number} heapActions
 * @property {number} soakActions
 * @property {number | null} soakSeed  null: the soak's fixed default
 * @property {string | null} snapshots  where the soak writes heap snapshots (null: none)
 * @property {'soak' | 'loads' | null} only  one part of the bench alone (null: all of it)
 */

/**
 * @param {string[]} argv
 * @returns {BenchOptions}
 */
export function parseArgs(argv) {
  /** @type {BenchOptions} */
  const o = {
    runs: 7,
    quick: false,
    profile: true,
    out: null,
    mapClicks: true,
    heapActions: 200,
    soakActions: 1000,
    soakSeed: null,
    only: null,
    snapshots: null,
  };
  // Not an option: the heap budget is defined over 200 actions.
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a.startsWith('--runs=')) o.runs = Number(a.slice(7));
    else if (a === '--quick') o.quick = true;
    else if (a === '--no-profile') o.profile = false;
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--soak') o.soakActions = Number(argv[++i]);
    else if (a === '--seed') o.soakSeed = Number(argv[++i]);
    else if (a === '--snapshots') o.snapshots = argv[++i];
    else if (a === '--only') o.only = onlyPart(argv[++i]);
    else if (a.startsWith('--only=')) o.only = onlyPart(a.slice(7));
    else if (a === '--help' || a === '-h') {
      console.log(HELP);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${HELP}`);
  }
  if (o.quick) {
    if (!argv.some((a) => a.startsWith('--runs'))) o.runs = 2;
    o.mapClicks = false;
    o.profile = false;
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs needs a whole number ≥ 1');
  if (!Number.isInteger(o.soakActions) || o.soakActions < 0)
    throw new Error('--soak needs a whole number ≥ 0');
  if (o.soakSeed !== null && !Number.isInteger(o.soakSeed)) throw new Error('--seed needs a whole number');
  if (o.only === 'soak' && o.soakActions === 0) throw new Error('--only soak with --soak 0 runs nothing');
  return o;
}

/**
 * @param {string | undefined} part
 * @returns {'soak' | 'loads'}
 */
function onlyPart(part) {
  if (part === 'soak' || part === 'loads') return part;
  throw new Error(`--only takes soak or loads, not ${part}\n${HELP}`);
}

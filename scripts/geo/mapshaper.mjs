// mapshaper, as the pipeline calls it: the package ships no type declarations (and there is no
// @types package), so its one entry point used here is typed in this module.
// @ts-expect-error TS7016: mapshaper has no declaration file
import mapshaper from 'mapshaper';

/**
 * Runs a mapshaper command line on in-memory files.
 * @param {string} commands
 * @param {Record<string, object>} inputs  file name → GeoJSON or TopoJSON object
 * @returns {Promise<Record<string, string | undefined>>} output file name → its text
 */
export const applyCommands = (commands, inputs) => mapshaper.applyCommands(commands, inputs);

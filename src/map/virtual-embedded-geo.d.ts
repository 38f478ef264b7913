// The module served by embeddedGeoPlugin (embedded-geo-plugin.ts): in the single-file build, the map's
// files as gzip in base64 by name; elsewhere null (the files are fetched).
declare module 'virtual:embedded-geo' {
  const files: Record<string, string> | null;
  export default files;
}

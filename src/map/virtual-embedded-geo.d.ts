// The module served by embeddedGeoPlugin (embedded-geo-plugin.ts): in the single-file build, which
// block of the page holds each map file; elsewhere null (the files are fetched).
declare module 'virtual:embedded-geo' {
  const files: Record<string, import('./embedded-geo-plugin').EmbeddedFile> | null;
  export default files;
}

export function sha256(buf: Buffer | string): string;
export function gzipBytes(buf: Buffer | string): number;
export function fileEntry(text: string): {
  bytes: number;
  gzip_bytes: number;
  sha256: string;
  features: number;
};
export function buildManifest(args: Record<string, unknown>): Record<string, unknown>;

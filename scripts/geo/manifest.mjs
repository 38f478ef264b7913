// Sizes and hashes of the outputs, so a stale or hand-edited file is detectable.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

export const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
export const gzipBytes = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** { bytes, gzip_bytes, sha256, features } for one output file's text. */
export function fileEntry(text) {
  const buf = Buffer.from(text, 'utf8');
  const json = JSON.parse(text);
  return {
    bytes: buf.length,
    gzip_bytes: gzipBytes(buf),
    sha256: sha256(buf),
    features: Array.isArray(json.features) ? json.features.length : 0,
  };
}

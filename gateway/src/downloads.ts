/**
 * A Content-Disposition header for a file named in any language (RFC 6266): the name as UTF-8 in
 * `filename*`, and an ASCII stand-in in `filename` for clients that read only that (a header value
 * must be ASCII: a Cyrillic «5Б» in it makes Node refuse the whole answer).
 */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

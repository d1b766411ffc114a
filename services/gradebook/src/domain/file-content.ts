import { fromBuffer } from 'file-type';

/**
 * The type a file's content shows by its signature (magic bytes), as checkHomeworkFile compares it:
 * a MIME type; 'text' for text without a signature (valid UTF-8, no NUL bytes); '' for anything else.
 */
export async function sniffContent(content: Buffer): Promise<string> {
  const detected = await fromBuffer(content);
  if (detected) return detected.mime;
  const text = content.toString('utf8');
  return !text.includes('\u0000') && !text.includes('\ufffd') ? 'text' : '';
}

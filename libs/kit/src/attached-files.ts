import { fromBuffer } from 'file-type';
import { InvalidArgument } from './errors';

// Files people attach (a homework's materials, a message's attachment): one set of limits and content
// checks for the platform — a known type whose content really is of that type, by its magic bytes.

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** What a homework or a message may carry: documents, spreadsheets, presentations, images, plain text, audio. */
export const ALLOWED_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'text/plain': 'TXT',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'audio/mpeg': 'MP3',
};

/**
 * What the content itself must look like for each declared type (its magic bytes, as a sniffer
 * reports them): old Office files are compound files (CFB), new ones zip packages a sniffer names by
 * their inner type; plain text has no signature and must be text (UTF-8 without NUL bytes).
 */
const CONTENT_OF: Record<string, string[]> = {
  'application/pdf': ['application/pdf'],
  'application/msword': ['application/x-cfb'],
  'application/vnd.ms-excel': ['application/x-cfb'],
  'application/vnd.ms-powerpoint': ['application/x-cfb'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/zip'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'application/zip'],
  'application/vnd.oasis.opendocument.text': ['application/vnd.oasis.opendocument.text', 'application/zip'],
  'text/plain': ['text'],
  'image/jpeg': ['image/jpeg'],
  'image/png': ['image/png'],
  'audio/mpeg': ['audio/mpeg'],
};

/**
 * The names a file of each type may have: a script sent as text/plain still arrives as «….txt», never
 * as something a recipient's computer would run («оплата.bat»).
 */
const EXTENSIONS_OF: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'text/plain': ['txt'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'audio/mpeg': ['mp3'],
};

/**
 * The type a file's content shows by its signature (magic bytes): a MIME type; 'text' for text without a
 * signature (valid UTF-8, no NUL bytes); '' for anything else.
 */
export async function sniffContent(content: Buffer): Promise<string> {
  const detected = await fromBuffer(content);
  if (detected) return detected.mime;
  const text = content.toString('utf8');
  return !text.includes('\u0000') && !text.includes('\ufffd') ? 'text' : '';
}

/**
 * Checks an attached file: a known type whose content really is of that type (by its magic bytes, not
 * by the name or the client's word), a name without paths that ends as its type's names do, not empty,
 * at most 5 MB. `sniffed` is what sniffContent found. Answers the clean name and type.
 */
export function checkAttachedFile(file: { name: string; contentType: string; size: number; sniffed: string }): { name: string; contentType: string } {
  const name = (file.name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f]/g, '').trim().slice(0, 200);
  if (!name) throw new InvalidArgument('не указано имя файла', { name: 'имя файла' });
  const contentType = (file.contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!(contentType in ALLOWED_TYPES)) throw new InvalidArgument(`файл «${name}»: тип ${contentType || 'не указан'} не принимается; можно ${Object.values(ALLOWED_TYPES).join(', ')}`, { contentType: 'тип файла' });
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!EXTENSIONS_OF[contentType].includes(extension)) throw new InvalidArgument(`файл «${name}»: для ${ALLOWED_TYPES[contentType]} имя должно оканчиваться на .${EXTENSIONS_OF[contentType].join(' или .')}`, { name: `.${EXTENSIONS_OF[contentType].join(' или .')}` });
  if (file.size === 0) throw new InvalidArgument(`файл «${name}» пустой`, { content: 'файл' });
  if (file.size > MAX_FILE_BYTES) throw new InvalidArgument(`файл «${name}»: ${(file.size / 1024 / 1024).toFixed(1)} МБ, а можно не больше 5 МБ`, { content: 'до 5 МБ' });
  if (!CONTENT_OF[contentType].includes(file.sniffed)) {
    throw new InvalidArgument(`файл «${name}»: содержимое не похоже на ${ALLOWED_TYPES[contentType]}${file.sniffed && file.sniffed !== 'text' ? ` (похоже на ${file.sniffed})` : ''}`, { content: `содержимое типа ${ALLOWED_TYPES[contentType]}` });
  }
  return { name, contentType };
}

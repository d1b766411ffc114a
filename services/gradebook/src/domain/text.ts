import { InvalidArgument } from '@ejournal/kit';

/** A free text of the journal: spaces tidied, refused (naming the field) when longer than `max`. */
export function boundedText(value: string | undefined, label: string, max: number): string {
  const tidied = (value ?? '').replace(/\s+/g, ' ').trim();
  if (tidied.length > max) throw new InvalidArgument(`${label}: не длиннее ${max} символов`, { [label]: `до ${max} символов` });
  return tidied;
}


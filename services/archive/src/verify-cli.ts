#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseRecordFile, verifyRecordFile, type PublishedKey } from './domain/record-file';

// The offline check of an archived record: nothing but the record's file and the school's public key.
//
//   node services/archive/dist/verify-cli.js <record.json> <keys.json | key.pem>
//
// keys.json is what GET /api/archive/keys gives (the keys with their validity); a bare PEM public key is
// taken as valid on any day (its validity is then not checked). Exit code 0: intact and signed; 1: not.

function keysFrom(text: string, keyId: string): { keys: PublishedKey[]; validityChecked: boolean } {
  if (text.trimStart().startsWith('-----BEGIN PUBLIC KEY-----')) return { keys: [{ keyId, schoolId: '', algorithm: 'ES256', publicKeyPem: text, validFrom: new Date(0) }], validityChecked: false };
  const parsed = JSON.parse(text) as { keys?: Array<Record<string, unknown>> };
  const date = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : new Date(typeof value === 'object' && value && 'seconds' in value ? Number((value as { seconds: string }).seconds) * 1000 : String(value)));
  return {
    keys: (parsed.keys ?? []).map((key) => ({
      keyId: String(key.keyId),
      schoolId: String(key.schoolId ?? ''),
      algorithm: String(key.algorithm),
      publicKeyPem: String(key.publicKeyPem),
      validFrom: date(key.validFrom) ?? new Date(0),
      validUntil: date(key.validUntil),
    })),
    validityChecked: true,
  };
}

function main(args: string[]): number {
  if (args.length !== 2) {
    process.stderr.write('usage: node verify-cli.js <record.json> <keys.json | key.pem>\n');
    return 2;
  }
  const file = parseRecordFile(readFileSync(args[0], 'utf8'));
  if (!file) {
    process.stdout.write(`${args[0]}: не файл записи архива (нужен JSON с полями record, sha256, signature)\n`);
    return 1;
  }
  const { keys, validityChecked } = keysFrom(readFileSync(args[1], 'utf8'), file.signature.keyId);
  const verification = verifyRecordFile(file, keys);
  const lines = [
    `запись: ${verification.hash}`,
    `содержимое: ${verification.contentIntact ? 'не изменено' : 'ИЗМЕНЕНО'}`,
    `подпись: ${verification.signatureValid ? 'верна' : 'НЕ ВЕРНА'} (${file.signature.algorithm}, ключ ${file.signature.keyId})`,
    `подписал: ${verification.signer}, ${file.signature.signedAt}`,
    validityChecked ? `ключ действовал в момент подписи: ${verification.keyValidAtSigning ? 'да' : 'НЕТ'}` : 'срок действия ключа не проверен (дан только открытый ключ)',
    verification.valid || (!validityChecked && verification.contentIntact && verification.signatureValid) ? 'ИТОГ: запись подлинная' : `ИТОГ: запись не подтверждена — ${verification.problem}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return verification.valid || (!validityChecked && verification.contentIntact && verification.signatureValid) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));

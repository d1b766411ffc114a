import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One e-mail as the SMTP server received it, parsed. */
export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  messageId: string;
}

/**
 * A real SMTP server for tests (the `smtp-server` package, no authentication): it receives what the
 * platform sends and keeps it, parsed. `refuse` makes it answer a recipient with an SMTP code (550:
 * refused for good; 451: try again later), to test what the sender does with failures. With `folder`,
 * each e-mail is also written there as a JSON file, for tests in another process (readMailFolder).
 */
export async function startMailSink(options: { folder?: string } = {}): Promise<{ url: string; received: ReceivedMail[]; refuse(address: string, code: number, times?: number): void; refuseSender(code: number, times?: number): void; reset(): void; stop(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  if (options.folder) mkdirSync(options.folder, { recursive: true });
  const refusals = new Map<string, { code: number; times: number }>();
  /** A refusal of the sender (MAIL FROM): the server's quarrel with the platform, not with an address. */
  let senderRefusal = { code: 0, times: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (senderRefusal.times > 0) {
        senderRefusal.times -= 1;
        callback(Object.assign(new Error('sender refused'), { responseCode: senderRefusal.code }));
        return;
      }
      callback();
    },
    onRcptTo(address, _session, callback) {
      const refusal = refusals.get(address.address.toLowerCase());
      if (refusal && refusal.times > 0) {
        refusal.times -= 1;
        const error = Object.assign(new Error(refusal.code >= 500 ? 'mailbox unavailable' : 'try again later'), { responseCode: refusal.code });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((entry) => entry.text).join(', ') : (mail.to?.text ?? '');
          const parsed: ReceivedMail = { to, from: mail.from?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '', messageId: mail.messageId ?? '' };
          received.push(parsed);
          if (options.folder) writeFileSync(join(options.folder, `${String(received.length).padStart(6, '0')}.json`), JSON.stringify(parsed));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (address, code, times = Number.POSITIVE_INFINITY) => refusals.set(address.toLowerCase(), { code, times }),
    refuseSender: (code, times = 1) => {
      senderRefusal = { code, times };
    },
    /** Forgets what was received and every refusal. */
    reset: () => {
      received.length = 0;
      refusals.clear();
      senderRefusal = { code: 0, times: 0 };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a sink started with `folder` has received so far, in the order it came. */
export function readMailFolder(folder: string): ReceivedMail[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as ReceivedMail);
}

import nodemailer from 'nodemailer';

/** What one e-mail says. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Stable per delivery: a receiving server or client sees a resend as the same message. */
  messageId: string;
}

/** A send that failed: permanent (the address or the content is refused: 5xx) or to be tried again. */
export class MailRefused extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** E-mail through the region's SMTP server; without one, every send is refused for good and says so. */
export class Mailer {
  private readonly transport?: nodemailer.Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    if (smtpUrl) this.transport = nodemailer.createTransport(smtpUrl, { from });
  }

  get configured(): boolean {
    return Boolean(this.transport);
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) throw new MailRefused('электронная почта не настроена у оператора', true);
    try {
      await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId, headers: { 'Auto-Submitted': 'auto-generated' } });
    } catch (error) {
      const failure = error as { responseCode?: number; message?: string; command?: string };
      // The address is refused for good only when the server refuses the recipient (RCPT TO) with 5xx;
      // a refused log-in, sender or message is the operator's to fix, and is tried again.
      const permanent = typeof failure.responseCode === 'number' && failure.responseCode >= 500 && /RCPT/i.test(failure.command ?? '');
      throw new MailRefused(permanent ? `почтовый сервер отказал: ${failure.responseCode}` : `почта временно недоступна: ${failure.responseCode ?? 'ошибка соединения'}`, permanent);
    }
  }

  close(): void {
    this.transport?.close();
  }
}

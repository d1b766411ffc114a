import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * How browser tests and benchmarks start Debian's headless Chromium (scripts/browser.sh installs it
 * when missing): in Russian, as the platform's users have it, and without the background traffic that
 * this machine's closed network refuses (updates, sync, QUIC).
 */
export function headlessChromium(): { executablePath: string; args: string[] } {
  const executablePath = execFileSync(resolve(__dirname, '..', '..', '..', 'scripts', 'browser.sh'), { encoding: 'utf8' }).trim();
  return {
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ru-RU'],
  };
}

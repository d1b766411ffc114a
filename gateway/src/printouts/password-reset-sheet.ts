import { fromTimestamp, type PasswordReset__Output } from '@ejournal/contracts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The sheet an administrator prints and hands to the person whose password was reset: their login and
 * a one-time code to set a new password with. The administrator never learns a password.
 */
export function passwordResetSheet(reset: PasswordReset__Output): string {
  const name = [reset.lastName, reset.firstName, reset.middleName].filter(Boolean).join(' ');
  const until = fromTimestamp(reset.expiresAt)!.toLocaleString('ru-RU', { timeZone: 'Europe/Moscow', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Сброс пароля — ${escape(name)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;color:#111}h1{font-size:1.3em}.code{font:bold 1.6em/1.2 ui-monospace,monospace;letter-spacing:.1em;border:2px dashed #333;padding:.5em 1em;display:inline-block}@media print{button{display:none}}</style>
</head><body>
<h1>Электронный журнал и дневник: новый пароль</h1>
<p>Кому: <strong>${escape(name)}</strong></p>
<p>Логин: <strong>${escape(reset.login)}</strong></p>
<p>Одноразовый код:</p>
<p class="code">${escape(reset.code)}</p>
<p>Код действует до ${escape(until)} (мск) и только один раз. Введите логин и код на странице входа
(«Сбросить пароль по коду») и задайте новый пароль — не короче 12 символов. Прежний пароль уже не действует.</p>
<p>Никому не сообщайте этот код. Если вы не просили сбросить пароль, обратитесь к администратору школы.</p>
<button onclick="print()">Печать</button>
</body></html>`;
}

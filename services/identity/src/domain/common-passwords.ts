// Passwords of 12 characters or more that appear at the top of public leak lists (and their common
// Russian keyboard-layout variants). Shorter ones are refused by length already.
const COMMON = new Set(
  [
    '123456789012', '1234567890123', '12345678901234', '123456789123', '111111111111', '000000000000', '123123123123',
    'qwertyuiopasdfghjkl', 'qwertyuiop123', 'qwerty123456', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'qazwsxedcrfv', 'zaq12wsxcde3',
    'password1234', 'password12345', 'password123456', 'passwordpassword', 'iloveyou1234', 'administrator', 'administrator1',
    'adminadmin123', 'welcome12345', 'letmein12345', 'changeme1234', 'qwertyqwerty', 'asdfghjkl123', 'abcdefghijkl',
    'abc123456789', 'aaaaaaaaaaaa', 'princess1234', 'football1234', 'baseball1234', 'superman1234', 'sunshine1234',
    'йцукенгшщзхъ', 'йцукен123456', 'пароль123456', 'парольпароль', 'qwerty1234567', 'q1w2e3r4t5y6', '1234qwerasdf',
    'zxcvbnm123456', 'zxcvbnmasdfg', 'school123456', 'shkola123456', 'dnevnik12345', 'uchitel12345', 'moscow123456',
  ].map((p) => p.toLowerCase()),
);

/** True when the text is a repetition of the pattern, possibly cut short (one pass, no backtracking). */
function repeats(text: string, pattern: string): boolean {
  for (let i = 0; i < text.length; i++) if (text[i] !== pattern[i % pattern.length]) return false;
  return text.length > 0;
}

/** Linear in the password's length: nothing here backtracks. */
export function isCommonPassword(password: string): boolean {
  const folded = password.toLowerCase();
  const oneCharacter = [...folded].every((character) => character === folded[0]);
  const countingDigits = /^\d+$/.test(folded) && (repeats(folded, '0123456789') || repeats(folded, '1234567890'));
  return COMMON.has(folded) || (folded.length > 1 && oneCharacter) || countingDigits;
}

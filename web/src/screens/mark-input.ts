/** What a teacher types in a cell: «5», a double mark «4/5», «зач» or «незач». */
export function parseMark(text: string): { values?: number[]; passFail?: string } | null {
  const typed = text.trim().toLowerCase();
  if (/^зач/.test(typed)) return { passFail: 'зачёт' };
  if (/^незач/.test(typed)) return { passFail: 'незачёт' };
  const match = /^(\d)(?:\s*\/\s*(\d))?$/.exec(typed);
  if (!match) return null;
  return { values: match[2] ? [Number(match[1]), Number(match[2])] : [Number(match[1])] };
}

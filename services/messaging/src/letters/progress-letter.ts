import { ABSENCE_CODES, russianDate } from '../domain/notices';
import { breathe, printedDocument, useFont, type FontName, type Printed } from '@ejournal/printing';

// The class teacher's information letter for parents (000 §9.2 «Информационное письмо для родителей»;
// 004 §4.2.4: families who cannot or will not use the electronic diary are informed on paper, at least
// weekly): one A4 sheet per pupil — or more, when a pupil's month does not fit on one.

/** A mark as the letter prints it. */
export interface LetterMark {
  /** YYYY-MM-DD. */
  date: string;
  /** As the journal writes it: «5», «4/5», «зачёт». */
  mark: string;
  /** The kind of work by name («Контрольная работа»); empty when not known. */
  workKind: string;
  /** The teacher's comment on the mark. */
  comment: string;
}

/** A dated line: an absence's code, a lesson's homework, a remark to the pupil. */
export interface LetterEntry {
  date: string;
  text: string;
}

export interface LetterSubject {
  name: string;
  /** Who taught it in the interval (a substitute too). */
  teachers: string[];
  marks: LetterMark[];
  /** The text is the code the diary shows: Н, Б, У, О. */
  absences: LetterEntry[];
  homework: LetterEntry[];
  /** Remarks to the pupil on lessons (001 §3.2). */
  remarks: LetterEntry[];
}

/** Everything one pupil's letter says, as plain data. */
export interface ProgressLetter {
  school: string;
  className: string;
  /** Empty when the class has none. */
  classTeacher: string;
  /** YYYY-MM-DD, both included. */
  from: string;
  to: string;
  /** «Иванова Мария Петровна». */
  pupil: string;
  subjects: LetterSubject[];
}

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];


/** «1 — 7 декабря 2026», «28 ноября — 4 декабря 2026», «29 декабря 2026 — 4 января 2027», «7 декабря 2026». */
export function intervalTitle(from: string, to: string): string {
  const parts = (date: string) => {
    const [year, month, day] = date.split('-').map(Number);
    return { year, month: MONTHS[month - 1], day };
  };
  const [start, end] = [parts(from), parts(to)];
  if (from === to) return `${end.day} ${end.month} ${end.year}`;
  if (start.year !== end.year) return `${start.day} ${start.month} ${start.year} — ${end.day} ${end.month} ${end.year}`;
  if (start.month !== end.month) return `${start.day} ${start.month} — ${end.day} ${end.month} ${end.year}`;
  return `${start.day} — ${end.day} ${end.month} ${end.year}`;
}

/** The absence codes of the journal (004 §4.2.5), as the legend under the totals explains them. */
const MARGIN = { top: 50, bottom: 56, left: 56, right: 50 };
/** Where the footer («лист 1 из 2») goes, below the body. */
const FOOTER_OFFSET = 20;
const LINE_GAP = 1.5;

/** One paragraph of a letter: its text and how it is set. */
interface Paragraph {
  text: string;
  font?: FontName;
  size?: number;
  color?: string;
  /** Points from the left margin. */
  indent?: number;
  /** Space before it (none at the top of a sheet's body). */
  gap?: number;
}

/**
 * Sets paragraphs on the sheets of one pupil. A group that does not fit on what is left of a sheet
 * goes to the next one; a paragraph longer than a whole sheet is cut between words. Every sheet after
 * the first starts with the pupil's heading again: a loose sheet still says whose it is.
 */
class Sheets {
  /** Where the body of the current sheet starts (below its heading). */
  private bodyTop = 0;
  /** The subject being set, named again at the top of the next sheet when it goes on there. */
  section = '';

  constructor(
    private readonly doc: Printed,
    private readonly continuationHeading: () => void,
  ) {}

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private style(paragraph: Paragraph): void {
    useFont(this.doc, paragraph.font ?? 'regular').fontSize(paragraph.size ?? 10).fillColor(paragraph.color ?? '#000000');
  }

  private heightOf(paragraph: Paragraph, text = paragraph.text): number {
    this.style(paragraph);
    return this.doc.heightOfString(text, { width: this.width - (paragraph.indent ?? 0), lineGap: LINE_GAP });
  }

  private gapOf(paragraph: Paragraph): number {
    return this.doc.y > this.bodyTop ? (paragraph.gap ?? 0) : 0;
  }

  /** The body starts here (after a heading). */
  startBody(): void {
    this.bodyTop = this.doc.y;
  }

  /** The next sheet of the same pupil, with their heading. */
  private nextSheet(): void {
    this.doc.addPage();
    this.continuationHeading();
    this.bodyTop = this.doc.y;
    if (this.section) this.write({ text: `${this.section} (продолжение)`, font: 'bold', size: 11 }, `${this.section} (продолжение)`, this.bottom - this.doc.y);
  }

  /** Paragraphs kept on one sheet when they fit on one (a subject's name with its first line, the signatures). */
  together(paragraphs: Paragraph[]): void {
    const height = paragraphs.reduce((sum, paragraph, index) => sum + this.heightOf(paragraph) + (index === 0 ? this.gapOf(paragraph) : (paragraph.gap ?? 0)), 0);
    if (this.doc.y + height > this.bottom && this.doc.y > this.bodyTop) this.nextSheet();
    for (const paragraph of paragraphs) this.put(paragraph);
  }

  /** One paragraph, continued on the next sheet when it does not fit. */
  put(paragraph: Paragraph): void {
    this.doc.y += this.gapOf(paragraph);
    let rest = paragraph.text;
    while (rest) {
      const room = this.bottom - this.doc.y;
      if (this.heightOf(paragraph, rest) <= room) {
        this.write(paragraph, rest, room);
        return;
      }
      const cut = this.fitting(paragraph, rest, room);
      if (cut === 0 && this.doc.y <= this.bodyTop) {
        // Not a letter of it fits even on an empty sheet (a heading that fills it): set what the room takes.
        this.write(paragraph, rest, room);
        return;
      }
      if (cut > 0) this.write(paragraph, rest.slice(0, cut).trimEnd(), room);
      rest = rest.slice(cut).trimStart();
      this.nextSheet();
    }
  }

  /** How much of the text fits in the room: the longest prefix, cut after a word where there is one. */
  private fitting(paragraph: Paragraph, text: string, room: number): number {
    let [low, high] = [0, text.length];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.heightOf(paragraph, text.slice(0, middle)) <= room) low = middle;
      else high = middle - 1;
    }
    const space = text.lastIndexOf(' ', low);
    return space > 0 && low < text.length ? space : low;
  }

  private write(paragraph: Paragraph, text: string, room: number): void {
    this.style(paragraph);
    // The height bounds the text to the room measured for it: pdfkit never opens a sheet on its own.
    this.doc.text(text, this.doc.page.margins.left + (paragraph.indent ?? 0), this.doc.y, { width: this.width - (paragraph.indent ?? 0), lineGap: LINE_GAP, height: room + 1 });
  }
}

const byName = (a: LetterSubject, b: LetterSubject) => a.name.localeCompare(b.name, 'ru');
const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

/** «Пропуски за период: 3 (Н — 1, Б — 2)». */
function absenceTotals(letter: ProgressLetter): string {
  const codes = letter.subjects.flatMap((subject) => subject.absences.map((absence) => absence.text));
  if (codes.length === 0) return 'Пропусков уроков за период нет.';
  const order = [...Object.keys(ABSENCE_CODES), ...new Set(codes)];
  const counts = [...new Set(order)].filter((code) => codes.includes(code)).map((code) => `${code} — ${codes.filter((other) => other === code).length}`);
  return `Пропуски уроков за период: ${codes.length} (${counts.join(', ')}).`;
}

function markLine(mark: LetterMark): string {
  const kind = mark.workKind ? ` (${mark.workKind})` : '';
  const comment = mark.comment ? `; комментарий учителя: «${mark.comment}»` : '';
  return `${russianDate(mark.date)} — ${mark.mark}${kind}${comment}`;
}

/** One pupil's letter, from the first sheet's heading to the signatures. */
function writeLetter(doc: Printed, letter: ProgressLetter, onSheet: () => void): void {
  const interval = intervalTitle(letter.from, letter.to);
  const heading = (continued: boolean) => {
    onSheet();
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    useFont(doc, 'regular').fontSize(9).fillColor('#444444').text(letter.school, left, doc.page.margins.top, { width });
    doc.moveDown(0.6);
    useFont(doc, 'bold').fontSize(continued ? 12 : 15).fillColor('#000000').text(continued ? 'Информационное письмо (продолжение)' : 'Информационное письмо', left, doc.y, { width });
    if (!continued) useFont(doc, 'regular').fontSize(10).text('для родителей (законных представителей) об успеваемости и посещаемости', left, doc.y, { width });
    doc.moveDown(0.6);
    useFont(doc, 'regular').fontSize(11).text('Ученик(ца): ', left, doc.y, { width, continued: true });
    useFont(doc, 'bold').text(letter.pupil);
    useFont(doc, 'regular').fontSize(11).text(`Класс: ${letter.className}    Период: ${interval}`, left, doc.y, { width });
    if (letter.classTeacher && !continued) doc.text(`Классный руководитель: ${letter.classTeacher}`, left, doc.y, { width });
    doc.moveDown(0.4);
    doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(0.5).strokeColor('#888888').stroke();
    doc.moveDown(0.6);
  };
  const sheets = new Sheets(doc, () => heading(true));
  heading(false);
  sheets.startBody();

  sheets.put({ text: absenceTotals(letter), size: 10 });
  if (letter.subjects.some((subject) => subject.absences.length > 0)) {
    sheets.put({ text: Object.entries(ABSENCE_CODES).map(([code, meaning]) => `${code} — ${meaning}`).join('; '), size: 8, color: '#444444' });
  }
  if (letter.subjects.length === 0) sheets.put({ text: 'За этот период уроков в дневнике нет.', gap: 8 });

  for (const subject of [...letter.subjects].sort(byName)) {
    const lines: Paragraph[] = [
      ...(subject.marks.length ? [{ text: 'Отметки:', font: 'bold' as const, size: 9, gap: 2 }, ...[...subject.marks].sort(byDate).map((mark) => ({ text: markLine(mark), indent: 12 }))] : [{ text: 'Отметок за период нет.', size: 9, gap: 2 }]),
      ...(subject.absences.length ? [{ text: 'Пропуски:', font: 'bold' as const, size: 9, gap: 2 }, ...[...subject.absences].sort(byDate).map((absence) => ({ text: `${russianDate(absence.date)} — ${absence.text}${ABSENCE_CODES[absence.text] ? ` (${ABSENCE_CODES[absence.text]})` : ''}`, indent: 12 }))] : []),
      ...(subject.homework.length ? [{ text: 'Домашние задания:', font: 'bold' as const, size: 9, gap: 2 }, ...[...subject.homework].sort(byDate).map((homework) => ({ text: `${russianDate(homework.date)} — ${homework.text}`, indent: 12 }))] : []),
      ...(subject.remarks.length ? [{ text: 'Замечания учителя:', font: 'bold' as const, size: 9, gap: 2 }, ...[...subject.remarks].sort(byDate).map((remark) => ({ text: `${russianDate(remark.date)} — ${remark.text}`, indent: 12 }))] : []),
    ];
    const title: Paragraph[] = [{ text: subject.name, font: 'bold', size: 11, gap: 10 }, ...(subject.teachers.length ? [{ text: `Учитель: ${subject.teachers.join(', ')}`, size: 8.5, color: '#444444' }] : [])];
    // A subject's name never stays alone at the foot of a sheet: it goes with its first lines.
    sheets.together([...title, ...lines.slice(0, 2)]);
    sheets.section = subject.name;
    for (const line of lines.slice(2)) sheets.put(line);
    sheets.section = '';
  }

  sheets.together([
    { text: `Классный руководитель: ____________________ / ${letter.classTeacher || '______________________________'} /`, gap: 24 },
    { text: 'С информацией ознакомлен(а).', gap: 14 },
    { text: 'Родитель (законный представитель): ____________________ / ______________________________ /', gap: 6 },
    { text: 'Дата: «____» ______________ 20___ г.', gap: 10 },
  ]);
}

/**
 * The letters of a class as one PDF (A4, DejaVu Sans): each pupil from a new sheet, in the order
 * given; `pages` is the number of sheets.
 */
export async function renderProgressLetters(letters: ProgressLetter[]): Promise<{ pdf: Buffer; pages: number }> {
  const first = letters[0];
  const { doc, bytes } = printedDocument({
    size: 'A4',
    margins: MARGIN,
    title: first ? `Информационные письма родителям: ${first.className}, ${intervalTitle(first.from, first.to)}` : 'Информационные письма родителям',
    author: first?.school ?? '',
  });

  // Whose each sheet is, for the footers: «Иванова Мария, 5А — лист 2 из 3».
  const owners: number[] = [];
  for (const [index, letter] of letters.entries()) {
    doc.addPage();
    writeLetter(doc, letter, () => owners.push(index));
    // Other calls and the health checks are answered between one pupil's letter and the next.
    await breathe();
  }
  const pages = doc.bufferedPageRange().count;
  owners.forEach((owner, page) => {
    doc.switchToPage(page);
    const sheet = owners.slice(0, page + 1).filter((other) => other === owner).length;
    const of = owners.filter((other) => other === owner).length;
    const { left, right, bottom } = doc.page.margins;
    useFont(doc, 'regular').fontSize(8).fillColor('#666666');
    // Below the body, in the margin: the height keeps pdfkit from taking it for an overflow.
    doc.text(`${letters[owner].pupil}, ${letters[owner].className} — лист ${sheet} из ${of}`, left, doc.page.height - bottom + FOOTER_OFFSET, { width: doc.page.width - left - right, align: 'right', height: bottom - FOOTER_OFFSET });
  });
  doc.end();
  return { pdf: await bytes, pages };
}

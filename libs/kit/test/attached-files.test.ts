import { checkAttachedFile, InvalidArgument, sniffContent } from '../src';

// Files attached to homework (000 §3.2, 004 §4.2.5) and to messages: one set of checks for the platform.
describe('an attached file', () => {
  const pdf = { contentType: 'application/pdf', size: 1_000, sniffed: 'application/pdf' };

  it('is taken with its clean name when its type, content and name agree', () => {
    expect(checkAttachedFile({ ...pdf, name: 'C:\\Users\\учитель\\Задачи к § 4.pdf' })).toEqual({ name: 'Задачи к § 4.pdf', contentType: 'application/pdf' });
    expect(checkAttachedFile({ ...pdf, name: 'ОТЧЁТ.PDF' }).name).toBe('ОТЧЁТ.PDF');
    expect(checkAttachedFile({ name: 'фото.jpeg', contentType: 'image/jpeg', size: 10, sniffed: 'image/jpeg' }).contentType).toBe('image/jpeg');
  });

  it('is refused when its name would make a recipient’s computer run it, whatever its content', () => {
    expect(() => checkAttachedFile({ name: 'оплата.bat', contentType: 'text/plain', size: 20, sniffed: 'text' })).toThrow(new InvalidArgument('файл «оплата.bat»: для TXT имя должно оканчиваться на .txt'));
    expect(() => checkAttachedFile({ ...pdf, name: 'ответы' })).toThrow(/имя должно оканчиваться на \.pdf/);
  });

  it('is refused when its content is not what it claims to be (by its magic bytes)', async () => {
    const program = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(300)]);
    const sniffed = await sniffContent(program);
    expect(() => checkAttachedFile({ name: 'ответы.pdf', contentType: 'application/pdf', size: program.length, sniffed })).toThrow(/содержимое не похоже на PDF/);
  });

  it('is refused when empty, over 5 MB, or of a type not taken', () => {
    expect(() => checkAttachedFile({ ...pdf, name: 'a.pdf', size: 0 })).toThrow('файл «a.pdf» пустой');
    expect(() => checkAttachedFile({ ...pdf, name: 'a.pdf', size: 5 * 1024 * 1024 + 1 })).toThrow('файл «a.pdf»: 5.0 МБ, а можно не больше 5 МБ');
    expect(() => checkAttachedFile({ name: 'game.exe', contentType: 'application/x-msdownload', size: 2, sniffed: '' })).toThrow(/тип application\/x-msdownload не принимается/);
  });
});

import { parsePeopleImport } from '../../src/domain/people-import';

describe('importing people from CSV', () => {
  it('reads Russian headers, semicolons, a BOM and Russian kinds', () => {
    const csv = '\uFEFFФамилия;Имя;Отчество;Дата рождения;Тип;Класс;Логин\nИванов;Иван;Иванович;;учитель;;ivanov\nПетрова;Мария;;05.09.2012;ученик;8а;\n';
    const { rows, errors } = parsePeopleImport(csv);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ line: 2, login: 'ivanov', person: expect.objectContaining({ kind: 'staff', lastName: 'Иванов', middleName: 'Иванович' }) }),
      expect.objectContaining({ line: 3, person: expect.objectContaining({ kind: 'student', birthDate: '2012-09-05', classId: '8А' }) }),
    ]);
  });

  it('links a parent to their child in the same file by name and birth date', () => {
    const csv = [
      'фамилия,имя,отчество,дата рождения,тип,класс,логин,ребёнок,дата рождения ребёнка',
      'Орлов,Никита,Андреевич,01.01.2014,ученик,6В,,,',
      'Орлов,Никита,Андреевич,02.02.2015,ученик,5В,,,',
      'Орлова,Ирина,,,родитель,,orlova,Орлов Никита Андреевич,02.02.2015',
    ].join('\n');
    const { rows, errors } = parsePeopleImport(csv);
    expect(errors).toEqual([]);
    expect(rows.find((r) => r.line === 4)?.childLine).toBe(3);
  });

  it('reports each bad line with what is wrong', () => {
    const csv = ['Фамилия,Имя,Тип,Класс,Дата рождения,Логин', 'Сидоров,Олег,ученик,12А,01.01.2010,', 'Кто-то,,сотрудник,,,x', 'Орлова,Ирина,родитель,,,orlova'].join('\n');
    const { errors } = parsePeopleImport(csv);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(errors[0].message).toContain('класс ученика');
    expect(errors[1].message).toMatch(/имя.*логин/s);
    expect(errors[2].message).toContain('укажите ребёнка');
  });

  it('refuses unknown columns and a file without people', () => {
    expect(parsePeopleImport('Фамилия,Имя,Тип,Паспорт\nИванов,Иван,сотрудник,1234').errors[0].message).toContain('неизвестные столбцы: паспорт');
    expect(parsePeopleImport('Фамилия,Имя,Тип\n').errors[0].message).toContain('нет строк');
  });
});

import { Conflict, InvalidArgument } from '@ejournal/kit';
import { addGroup } from '../../src/domain/school-class';
import { sampleClass, sampleYear } from './sample-school';

// 000 §9.1, 003 §4.2: a class split for a subject keeps each group's records apart; the administrator
// defines the groups (002 §3.3).
describe('groups of a class', () => {
  const fifth = sampleClass(sampleYear(), 5, 'А');

  it('adds a group with a tidied name, the class otherwise unchanged', () => {
    const split = addGroup(fifth, 'g1', 'eng', '  1   группа ');
    expect(split.groups).toEqual([{ id: 'g1', subjectId: 'eng', name: '1 группа' }]);
    expect({ ...split, groups: [] }).toEqual(fifth);
    expect(fifth.groups).toEqual([]);
  });

  it('refuses a second group of the same name in a subject, but allows it in another subject', () => {
    const split = addGroup(fifth, 'g1', 'eng', '1 группа');
    expect(() => addGroup(split, 'g2', 'eng', '1 ГРУППА')).toThrow(InvalidArgument);
    expect(addGroup(split, 'g2', 'inf', '1 группа').groups.map((group) => group.id)).toEqual(['g1', 'g2']);
  });

  it('refuses a 41st group of a class, after checking the name', () => {
    let many = fifth;
    for (let n = 1; n <= 40; n++) many = addGroup(many, `g${n}`, 'eng', `группа ${n}`);
    expect(() => addGroup(many, 'g41', 'eng', 'группа 41')).toThrow(Conflict);
    expect(() => addGroup(many, 'g41', 'eng', 'группа 41')).toThrow('у 5А слишком много групп');
    expect(() => addGroup(many, 'g41', 'eng', '')).toThrow(InvalidArgument);
  });
});

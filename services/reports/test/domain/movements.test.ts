import { blankClassMovements, movementList, withMovement, type KeptMovement } from '../../src/domain/movements';

// The class's movement list (004 §4.2.4: «движение учащихся»), from curriculum's movement book.
const movement = (movementId: string, over: Partial<KeptMovement>): KeptMovement => ({ movementId, kind: 'ENROL', studentId: 's1', date: '2026-09-01', fromClassId: '', toClassId: '5a', orderNumber: '№ 1', ...over });

describe('the class movement list', () => {
  let doc = blankClassMovements('5a', 'school');
  for (const item of [
    movement('m1', { studentId: 'petya' }),
    movement('m2', { studentId: 'olya' }),
    movement('m3', { kind: 'TRANSFER_IN', studentId: 'vasya', date: '2026-10-05', orderNumber: '№ 45-у' }),
    movement('m4', { kind: 'TRANSFER', studentId: 'olya', date: '2026-10-12', fromClassId: '5a', toClassId: '5b', orderNumber: '№ 47' }),
    movement('m5', { kind: 'TRANSFER_OUT', studentId: 'petya', date: '2026-12-01', fromClassId: '5a', toClassId: '', orderNumber: '№ 60' }),
  ]) doc = withMovement(doc, item, '2026-12-01T10:00:00Z')!;

  it('keeps a movement once however often its event comes', () => {
    expect(withMovement(doc, movement('m3', {}), 'x')).toBeNull();
    expect(doc.movements).toHaveLength(5);
  });

  it('lists the arrivals and departures of a period with their orders, and the pupils at its start and end', () => {
    const onRoster: Record<string, number> = { '2026-10-04': 2, '2026-10-31': 2 };
    const list = movementList(doc, '5a', { from: '2026-10-05', to: '2026-10-31' }, (date) => onRoster[date] ?? -1);
    expect(list.lines.map((line) => [line.date, line.studentId, line.arrival, line.orderNumber])).toEqual([
      ['2026-10-05', 'vasya', true, '№ 45-у'],
      ['2026-10-12', 'olya', false, '№ 47'],
    ]);
    expect(list).toMatchObject({ onStart: 2, arrived: 1, left: 1, onEnd: 2 });
  });

  it('shows a transfer between classes as a departure from one and an arrival in the other', () => {
    const other = withMovement(blankClassMovements('5b', 'school'), doc.movements[3], 'x')!;
    expect(movementList(other, '5b', { from: '2026-09-01', to: '2026-12-31' }, () => 0).lines).toEqual([expect.objectContaining({ studentId: 'olya', arrival: true, fromClassId: '5a' })]);
  });
});

import type { StaffMember } from '../../api/setup';

/** The school's staff as a select's options, by full name. */
export function StaffOptions({ staff }: { staff: StaffMember[] }) {
  return (
    <>
      {staff.map((member) => (
        <option key={member.id} value={member.id}>
          {member.name}
        </option>
      ))}
    </>
  );
}

// Original file: proto/ejournal/curriculum/v1/curriculum.proto

export const MovementKind = {
  MOVEMENT_KIND_UNSPECIFIED: 'MOVEMENT_KIND_UNSPECIFIED',
  ENROL: 'ENROL',
  TRANSFER: 'TRANSFER',
  TRANSFER_IN: 'TRANSFER_IN',
  TRANSFER_OUT: 'TRANSFER_OUT',
  EXPEL: 'EXPEL',
  PROMOTE: 'PROMOTE',
  GRADUATE: 'GRADUATE',
} as const;

export type MovementKind =
  | 'MOVEMENT_KIND_UNSPECIFIED'
  | 0
  | 'ENROL'
  | 1
  | 'TRANSFER'
  | 2
  | 'TRANSFER_IN'
  | 3
  | 'TRANSFER_OUT'
  | 4
  | 'EXPEL'
  | 5
  | 'PROMOTE'
  | 6
  | 'GRADUATE'
  | 7

export type MovementKind__Output = typeof MovementKind[keyof typeof MovementKind]

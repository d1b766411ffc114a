// Original file: proto/ejournal/curriculum/v1/types.proto

export const PeriodScheme = {
  PERIOD_SCHEME_UNSPECIFIED: 'PERIOD_SCHEME_UNSPECIFIED',
  QUARTERS: 'QUARTERS',
  TRIMESTERS: 'TRIMESTERS',
  HALF_YEARS: 'HALF_YEARS',
} as const;

export type PeriodScheme =
  | 'PERIOD_SCHEME_UNSPECIFIED'
  | 0
  | 'QUARTERS'
  | 1
  | 'TRIMESTERS'
  | 2
  | 'HALF_YEARS'
  | 3

export type PeriodScheme__Output = typeof PeriodScheme[keyof typeof PeriodScheme]

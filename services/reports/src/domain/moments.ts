/** The later of two moments as RFC 3339 strings ('' for none): what a read model's `asOf` keeps. */
export const later = (a: string, b: string) => (a > b ? a : b);

/** The moment a report is current to: the latest of its documents' `asOf`. */
export const latest = (values: string[]) => values.reduce(later, '');

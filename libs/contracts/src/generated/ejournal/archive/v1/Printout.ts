// Original file: proto/ejournal/archive/v1/archive.proto


export interface Printout {
  'fileName'?: (string);
  'pdf'?: (Buffer | Uint8Array | string);
}

export interface Printout__Output {
  'fileName': (string);
  'pdf': (Buffer);
}

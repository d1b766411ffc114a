// Original file: proto/ejournal/messaging/v1/messaging.proto


export interface ProgressLetters {
  'pdf'?: (Buffer | Uint8Array | string);
  'pages'?: (number);
}

export interface ProgressLetters__Output {
  'pdf': (Buffer);
  'pages': (number);
}

// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { HomeworkFile as _ejournal_gradebook_v1_HomeworkFile, HomeworkFile__Output as _ejournal_gradebook_v1_HomeworkFile__Output } from '../../../ejournal/gradebook/v1/HomeworkFile';

export interface HomeworkFileContent {
  'file'?: (_ejournal_gradebook_v1_HomeworkFile | null);
  'content'?: (Buffer | Uint8Array | string);
}

export interface HomeworkFileContent__Output {
  'file': (_ejournal_gradebook_v1_HomeworkFile__Output | null);
  'content': (Buffer);
}

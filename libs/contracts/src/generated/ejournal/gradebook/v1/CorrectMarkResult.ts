// Original file: proto/ejournal/gradebook/v1/gradebook.proto

import type { Mark as _ejournal_gradebook_v1_Mark, Mark__Output as _ejournal_gradebook_v1_Mark__Output } from '../../../ejournal/gradebook/v1/Mark';
import type { ChangeRequest as _ejournal_gradebook_v1_ChangeRequest, ChangeRequest__Output as _ejournal_gradebook_v1_ChangeRequest__Output } from '../../../ejournal/gradebook/v1/ChangeRequest';

export interface CorrectMarkResult {
  'mark'?: (_ejournal_gradebook_v1_Mark | null);
  'changeRequest'?: (_ejournal_gradebook_v1_ChangeRequest | null);
}

export interface CorrectMarkResult__Output {
  'mark': (_ejournal_gradebook_v1_Mark__Output | null);
  'changeRequest': (_ejournal_gradebook_v1_ChangeRequest__Output | null);
}

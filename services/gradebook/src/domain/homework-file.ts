/** A file attached to a lesson's homework (000 §9.1: the homework may carry materials). */
export interface HomeworkFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: Date;
}

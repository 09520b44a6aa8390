// A note or contact as the staff API and the case page show it.
import type { CaseNote } from '../../store/caseNoteStore';

export function noteView(n: CaseNote) {
  return {
    id: n.id,
    at: n.at.toISOString(),
    by: n.authorName,
    kind: n.kind,
    ...(n.kind === 'contact' ? { method: n.method, direction: n.direction, on: n.contactOn } : {}),
    text: n.text,
  };
}
export type NoteView = ReturnType<typeof noteView>;

import type { ConclusionItem } from '../../../electron/contract';

// The directives as the editor holds them: pure functions that return a new list, so the
// order, the sub-points and the ids kept (an item actions come from keeps its id) are testable.

export interface DirectiveDraft {
  /** A key for React that survives moves; an existing directive's id when it has one. */
  key: string;
  id?: number;
  text: string;
  subPoints: string[];
}

let fresh = 0;
export const newDirective = (text = ''): DirectiveDraft => ({ key: `new-${++fresh}`, text, subPoints: [] });

export const draftsOf = (items: readonly ConclusionItem[]): DirectiveDraft[] =>
  items.map((i) => ({ key: `id-${i.id}`, id: i.id, text: i.text, subPoints: [...i.subPoints] }));

/** What conclusions.update takes: in order, blank sub-points left out, ids kept. */
export const itemsInput = (items: readonly DirectiveDraft[]) =>
  items.map((d) => ({ ...(d.id !== undefined ? { id: d.id } : {}), text: d.text.trim(), subPoints: d.subPoints.map((s) => s.trim()).filter(Boolean) }));

export function moveDirective(items: readonly DirectiveDraft[], from: number, to: number): DirectiveDraft[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export const removeDirective = (items: readonly DirectiveDraft[], index: number) => items.filter((_, i) => i !== index);

const update = (items: readonly DirectiveDraft[], index: number, change: (d: DirectiveDraft) => DirectiveDraft) =>
  items.map((d, i) => (i === index ? change(d) : d));

export const setDirectiveText = (items: readonly DirectiveDraft[], index: number, text: string) => update(items, index, (d) => ({ ...d, text }));
export const addSubPoint = (items: readonly DirectiveDraft[], index: number) => update(items, index, (d) => ({ ...d, subPoints: [...d.subPoints, ''] }));
export const setSubPoint = (items: readonly DirectiveDraft[], index: number, sub: number, text: string) =>
  update(items, index, (d) => ({ ...d, subPoints: d.subPoints.map((s, j) => (j === sub ? text : s)) }));
export const removeSubPoint = (items: readonly DirectiveDraft[], index: number, sub: number) =>
  update(items, index, (d) => ({ ...d, subPoints: d.subPoints.filter((_, j) => j !== sub) }));

/** "Nơi nhận" as typed, one a line, into the list the core keeps: dashes and blanks dropped, the filing line ("Lưu: …") last. */
export function recipientsFromText(text: string): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^\s*[-–•]\s*/, '').trim())
    .filter(Boolean);
  const filing = lines.filter((l) => /^lưu\s*:/iu.test(l.normalize('NFC')));
  return [...lines.filter((l) => !filing.includes(l)), ...filing];
}

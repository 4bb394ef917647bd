import { describe, expect, it } from 'vitest';
import { mergeEntry } from './merge-entry';

describe('a merge in a record history', () => {
  it('reads both sides of a people.merge entry, with the other record and its name', () => {
    expect(mergeEntry({ entity: 'person', detail: { merged: 7, mergedName: 'Trịnh Tuấn Sinh', moved: {} } })).toEqual({ direction: 'from', otherId: 7, otherName: 'Trịnh Tuấn Sinh' });
    expect(mergeEntry({ entity: 'person', detail: { mergedInto: 3, mergedIntoName: 'Trịnh Tuấn Sinh', row: {} } })).toEqual({ direction: 'into', otherId: 3, otherName: 'Trịnh Tuấn Sinh' });
    // Entries written before names were kept still say which record.
    expect(mergeEntry({ entity: 'person', detail: { mergedInto: 3, row: {} } })).toEqual({ direction: 'into', otherId: 3, otherName: null });
  });

  it('is not fooled by other entries', () => {
    expect(mergeEntry({ entity: 'person', detail: { fullName: 'A' } })).toBeNull();
    expect(mergeEntry({ entity: 'membership', detail: { merged: 7 } })).toBeNull();
    expect(mergeEntry({ entity: 'person', detail: null })).toBeNull();
  });
});

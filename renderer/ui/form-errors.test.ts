import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { SAVE_WARNINGS, commandNames, commands } from '../../electron/contract';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { fieldErrors, fieldKey, fieldLabel } from './form-errors';

// Item 21: every error names fields in the user's language, through a map from field paths
// to labels; this proves the map covers every field any command can report.

/** Top-level field names of a command's input schema (objects, through pipes and refinements). */
function fieldsOf(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; _zod?: { def?: { in?: unknown } } };
  if (s.shape) return Object.keys(s.shape);
  if (s._zod?.def?.in) return fieldsOf(s._zod.def.in);
  return [];
}

/** A t() over one catalogue, as i18next resolves keys with a default value. */
function tOf(catalogue: object): TFunction {
  const lookup = (key: string) => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], catalogue);
  return ((key: string, options?: { defaultValue?: string; text?: string }) => {
    const found = lookup(key);
    return typeof found === 'string' ? found.replace('{{text}}', options?.text ?? '') : (options?.defaultValue ?? key);
  }) as unknown as TFunction;
}

const allFields = [...new Set(commandNames.flatMap((name) => fieldsOf(commands[name].input)))].sort();

describe('field labels', () => {
  it('finds the fields of the commands (the extraction works)', () => {
    expect(allFields).toEqual(expect.arrayContaining(['committeeId', 'asOf', 'fullName', 'notes', 'key', 'value', 'id']));
  });

  it.each(allFields)('%s has a label in Vietnamese and English', (field) => {
    expect(vi.fields).toHaveProperty(field);
    expect(en.fields).toHaveProperty(field);
  });

  it('names committeeId as "Ban Chỉ đạo", never by its id', () => {
    expect(fieldLabel('committeeId', tOf(vi))).toBe('Ban Chỉ đạo');
    expect(fieldLabel('committeeId', tOf(en))).toBe('Steering committee');
  });

  it('a path it does not know still gets words, not the id', () => {
    expect(fieldLabel('somethingNew', tOf(vi))).toBe('Một trường dữ liệu');
    expect(fieldKey('')).toBe('fields.input');
    expect(fieldKey('members.0.role')).toBe('fields.role');
  });

  it('form errors translate our own issue codes', () => {
    const errors = fieldErrors(commands['people.create'].input, { fullName: 'Lê\u0000Bình', notes: 'x\ud800' }, tOf(vi));
    expect(errors).toEqual({ fullName: vi.validation.control_character, notes: vi.validation.ill_formed });
  });
});

describe('save warnings', () => {
  it.each([...SAVE_WARNINGS])('%s has a text in Vietnamese and English', (code) => {
    expect(vi.warnings).toHaveProperty(code);
    expect(en.warnings).toHaveProperty(code);
  });
});

import { headerKey } from './headers.js';

// A role cell ("Phó Trưởng ban thường trực", "Pho truong ban", "Deputy head", "uy_vien") as
// the code of one of the committee's roles (its editable list). The committee's own names
// come first; the usual names of the default roles (Vietnamese and English) are understood
// too, when the committee has that role. "… Ban Chỉ đạo" / "… BCĐ" after a role is allowed.

export interface RoleOption {
  code: string;
  name: string;
}

/** Other names of the default roles, by code. */
const ALIASES: Record<string, readonly string[]> = {
  truong_ban: ['truong ban', 'truong bcd', 'head', 'chair', 'chairman', 'chairperson'],
  pho_truong_ban_thuong_truc: [
    'pho truong ban thuong truc',
    'pho ban thuong truc',
    'pho truong bcd thuong truc',
    'standing deputy head',
    'standing deputy chair',
    'permanent deputy head',
  ],
  pho_truong_ban: ['pho truong ban', 'pho ban', 'pho truong bcd', 'deputy head', 'deputy chair', 'vice chair'],
  uy_vien: ['uy vien', 'thanh vien', 'member'],
  thu_ky: ['thu ky', 'secretary'],
  to_giup_viec: ['to giup viec', 'thanh vien to giup viec', 'support team', 'support team member'],
};

/** A role's text reduced for matching: folded, punctuation as spaces, "Ban Chỉ đạo" after it dropped. */
export function roleKey(text: string): string {
  return headerKey(text)
    .replace(/ (?:ban chi dao|bcd)(?= |$)/g, ' ban')
    .replace(/ ban ban(?= |$)/g, ' ban')
    .trim();
}

/** Resolves role cells against a committee's roles. */
export function roleResolver(options: readonly RoleOption[]): (text: string) => string | null {
  const byKey = new Map<string, string>();
  const add = (key: string, code: string) => {
    if (key !== '' && !byKey.has(key)) byKey.set(key, code);
  };
  for (const o of options) add(roleKey(o.name), o.code);
  for (const o of options) add(roleKey(o.code.replace(/_/g, ' ')), o.code);
  for (const o of options) for (const alias of ALIASES[o.code] ?? []) add(alias, o.code);
  return (text) => {
    const key = roleKey(text);
    return byKey.get(key) ?? byKey.get(key.replace(/ ban$/, '')) ?? null;
  };
}

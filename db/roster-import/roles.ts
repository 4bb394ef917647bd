import { MEMBER_ROLES, type MemberRole } from '../model/index.js';
import { headerKey } from './headers.js';

// A role cell ("Phó Trưởng ban thường trực", "Pho truong ban", "Deputy head", "uy_vien")
// as one of the model's roles. "… Ban Chỉ đạo" / "… BCĐ" after the role is allowed.

const ROLES: Record<MemberRole, readonly string[]> = {
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
  thu_ky: ['thu ky', 'thu ky to giup viec', 'secretary'],
  to_giup_viec: ['to giup viec', 'support team'],
};

const ROLE_OF = new Map<string, MemberRole>([
  ...MEMBER_ROLES.map((r) => [r.replace(/_/g, ' '), r] as const),
  ...Object.entries(ROLES).flatMap(([role, keys]) => keys.map((k) => [k, role as MemberRole] as const)),
]);

/** The role a cell names, or null. */
export function roleOfCell(text: string): MemberRole | null {
  const key = headerKey(text)
    .replace(/ (?:ban chi dao|bcd)(?= |$)/g, ' ban')
    .replace(/ ban ban(?= |$)/g, ' ban')
    .trim();
  return ROLE_OF.get(key) ?? ROLE_OF.get(key.replace(/ ban$/, '')) ?? null;
}

import { z } from 'zod';
import type {
  ArchiveStatus,
  Committee,
  DashboardCounts,
  MeetingSummary,
  Person,
  PersonDetail,
  Roster,
} from './contract-types.js';
import { PAGE_MAX_LIMIT, type Page } from '../db/model/page.js';

export type * from './contract-types.js';
export type { Page, PageRequest } from '../db/model/page.js';
export { PAGE_DEFAULT_LIMIT, PAGE_MAX_LIMIT, ROSTER_MAX_MEMBERS } from '../db/model/page.js';

// Every command, declared once: its name, the zod schema of its input, whether it writes,
// and its result type. Handlers, the Electron preload, the browser-mode server, the CLI and
// the renderer's client all derive from this table. No Node, no DOM: the renderer imports it.

const id = z.number().int().positive();
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
/** Optional free text: '' and null both clear the field. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === '' ? null : v));

const committeeLevel = z.enum(['tinh', 'huyen', 'xa', 'co_quan']);
const meetingKind = z.enum(['tong_ket', 'so_ket', 'dinh_ky', 'dot_xuat', 'chuyen_de']);
const meetingStatus = z.enum(['draft', 'held', 'minutes_approved']);

/** Every list takes a limit (default 50, at most 200) and a cursor or an offset. */
const limit = z.number().int().min(1).max(PAGE_MAX_LIMIT).optional();
const cursor = z.string().min(1).max(500).optional();
const offset = z.number().int().min(0).max(1_000_000).optional();
const documentFormat = z.enum(['state', 'party']);

const committeeFields = z.object({
  name: text(300),
  shortName: optionalText(100),
  level: committeeLevel,
  parentBody: optionalText(300),
  parentCommitteeId: id.nullish(),
  placeName: optionalText(100),
  documentFormat: documentFormat.optional(),
  conclusionSymbol: optionalText(30),
});

const personFields = z.object({
  fullName: text(150),
  position: optionalText(300),
  organisation: optionalText(300),
  phone: z
    .string()
    .trim()
    .regex(/^$|^\+?[0-9 .()-]{6,20}$/, 'phone')
    .nullish()
    .transform((v) => (v === '' ? null : v)),
  email: z
    .union([z.literal(''), z.email()])
    .nullish()
    .transform((v) => (v === '' ? null : v)),
  notes: optionalText(4000),
});

/** Settings the UI may read and write, each with its own schema. */
export const settingSchemas = {
  'ui.language': z.enum(['vi', 'en']),
} as const;
export type SettingKey = keyof typeof settingSchemas;
const settingKey = z.enum(Object.keys(settingSchemas) as [SettingKey, ...SettingKey[]]);

interface CommandDef<I extends z.ZodType, R> {
  input: I;
  /** A mutation writes to the archive: refused when the archive failed its integrity check. */
  kind: 'query' | 'mutation';
  /** Type-level only: the result type. */
  result: { type: R };
}

function query<R>() {
  return <I extends z.ZodType>(input: I): CommandDef<I, R> => ({ input, kind: 'query', result: {} as { type: R } });
}
function mutation<R>() {
  return <I extends z.ZodType>(input: I): CommandDef<I, R> => ({ input, kind: 'mutation', result: {} as { type: R } });
}

const empty = z.object({}).strict();

export const commands = {
  'archive.status': query<ArchiveStatus>()(empty),
  'dashboard.counts': query<DashboardCounts>()(z.object({ asOf: isoDate.optional() }).strict()),

  'committees.list': query<Page<Committee>>()(z.object({ level: committeeLevel.optional(), limit, offset }).strict()),
  'committees.get': query<Committee>()(z.object({ id }).strict()),
  'committees.create': mutation<Committee>()(committeeFields.strict()),
  'committees.update': mutation<Committee>()(committeeFields.partial().extend({ id }).strict()),

  'people.list': query<Page<Person>>()(
    z.object({ query: z.string().max(200).optional(), sort: z.enum(['name', 'newest']).optional(), limit, cursor }).strict(),
  ),
  'people.get': query<PersonDetail>()(z.object({ id }).strict()),
  'people.create': mutation<PersonDetail>()(personFields.strict()),
  'people.update': mutation<PersonDetail>()(personFields.partial().extend({ id }).strict()),

  'roster.get': query<Roster>()(z.object({ committeeId: id, asOf: isoDate.optional() }).strict()),

  'meetings.list': query<Page<MeetingSummary>>()(
    z
      .object({
        committeeId: id.optional(),
        year: z.number().int().min(1945).max(2200).optional(),
        kind: meetingKind.optional(),
        status: meetingStatus.optional(),
        sort: z.enum(['newest', 'oldest']).optional(),
        limit,
        cursor,
      })
      .strict(),
  ),

  'settings.get': query<unknown>()(z.object({ key: settingKey }).strict()),
  'settings.set': mutation<null>()(
    z
      .object({ key: settingKey, value: z.unknown() })
      .strict()
      .superRefine((v, ctx) => {
        const parsed = settingSchemas[v.key].safeParse(v.value);
        if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['value'], message: parsed.error.issues[0]?.message ?? 'invalid' });
      }),
  ),
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export const commandNames = Object.keys(commands) as CommandName[];

/** What a caller sends. */
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
/** What a handler receives, after validation. */
export type ParsedInput<N extends CommandName> = z.output<Commands[N]['input']>;
export type CommandResult<N extends CommandName> = Commands[N]['result']['type'];

export const errorCodes = [
  'VALIDATION',
  'UNKNOWN_COMMAND',
  'UNAUTHORIZED',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_EMPTY',
  'SCHEMA_TOO_NEW',
  'NOT_AN_ARCHIVE',
  'INTEGRITY_FAILED',
  'INTERNAL',
  /** The renderer could not reach the host (browser mode: the server stopped). */
  'UNAVAILABLE',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface CommandError {
  code: ErrorCode;
  /** English, for logs and the command line; the UI shows its own text for the code. */
  message: string;
  /** For VALIDATION: which field failed and why. */
  issues?: Array<{ path: string; message: string }>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CommandError };

/** The one function every host provides: run a command, get a typed result, never a throw. */
export type Invoke = <N extends CommandName>(name: N, input: CommandInput<N>) => Promise<Result<CommandResult<N>>>;

/** The browser-mode HTTP route and header for a command. */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-minutebook-token';
/** The Electron IPC channel for a command. */
export const ipcChannel = (name: CommandName) => `minutebook:${name}`;

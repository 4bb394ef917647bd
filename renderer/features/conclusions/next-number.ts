import { type Committee, type DocumentNumber, documentNumberPeriod, documentNumberSymbol } from '../../../electron/contract';

/**
 * The number line the notice will carry if issued on `issuedOn` with the next number of the
 * committee's TB series ("Số: 02/TB-BCĐ"), for the confirmation: one after the highest
 * number of that day's period (its calendar year, state format; the current term, Party format),
 * else 01. The core takes the number itself when it issues; this is what the clerk is told to
 * expect. Null when the period cannot be known (a Party committee with no term start).
 */
export function nextNumberLine(
  committee: Pick<Committee, 'documentFormat' | 'symbol'>,
  termStartedOn: string | null,
  newestFirst: readonly Pick<DocumentNumber, 'period' | 'number'>[],
  issuedOn: string,
): string | null {
  const period = documentNumberPeriod(committee.documentFormat, issuedOn, termStartedOn);
  if (period === null) return null;
  const highest = newestFirst.filter((n) => n.period === period).reduce((max, n) => Math.max(max, n.number), 0);
  return documentNumberSymbol(committee.documentFormat, highest + 1, 'TB', committee.symbol);
}

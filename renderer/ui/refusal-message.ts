import type { TFunction } from 'i18next';
import type { RefusalDetail } from '../../electron/contract';
import { formatDate } from './format';

/** A refusal's detail in the clerk's words: who, which committee, which dates. */
export function refusalMessage(detail: RefusalDetail, t: TFunction): string {
  switch (detail.kind) {
    case 'ends_before_start':
      return t('rosterFixes.refusal.ends_before_start', { ...detail, fromDate: formatDate(detail.fromDate), toDate: formatDate(detail.toDate) });
    case 'merge_overlapping_terms': {
      const term = (x: { fromDate: string; toDate: string | null }) =>
        x.toDate === null ? t('mergeRefusal.termOpen', { from: formatDate(x.fromDate) }) : t('mergeRefusal.term', { from: formatDate(x.fromDate), to: formatDate(x.toDate) });
      return t('mergeRefusal.overlapping', { keptName: detail.keptName, mergedName: detail.mergedName, committee: detail.committee, kept: term(detail.kept), merged: term(detail.merged) });
    }
    case 'number_date':
      return t(`numberDateRefusal.${detail.reason}`, { issuedOn: formatDate(detail.issuedOn), limit: formatDate(detail.limit) });
  }
}

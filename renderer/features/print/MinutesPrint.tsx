import {
  MINUTES_CONTENT_HEADING,
  MINUTES_SIGNATURE_TITLES,
  MINUTES_TITLE,
  meetingDay,
  minutesClosingLine,
  minutesDraftMark,
  minutesParts,
  minutesSignatures,
  minutesVersionLine,
} from '../../../electron/contract';
import { useSearchParams } from 'react-router';
import { useCommand } from '../../api/hooks';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { QueryState } from '../../ui/QueryState';
import { DocumentHeader } from './DocumentHeader';
import { MeetingPrintFrame, MeetingPrintRoute, isMissing } from './MeetingPrintFrame';
import { RichTextPrint } from './RichTextPrint';
import { SignerBlock } from './SignerBlock';

/**
 * The minutes (biên bản, NĐ 30/2020 Mẫu 1.9) as an A4 document: #/print/minutes/<meetingId>,
 * or one version of finalized minutes: #/print/minutes/<meetingId>?version=N (1 = the original;
 * not a whole number from 1, or not a version of these minutes: the not-found page).
 * The structured parts, the body as written (the latest version once finalized), the closing
 * line, signatures THƯ KÝ (left) and CHỦ TỌA (right). Its text is the Word file's (db/model).
 */
export function MinutesPrint() {
  const [search] = useSearchParams();
  const asked = search.get('version');
  if (asked !== null && !/^[1-9]\d{0,5}$/.test(asked)) return <NotFoundPage />;
  const version = asked === null ? undefined : Number(asked);
  return <MeetingPrintRoute render={(meetingId) => <MinutesDocument meetingId={meetingId} version={version} />} />;
}

function MinutesDocument({ meetingId, version }: { meetingId: number; version: number | undefined }) {
  const doc = useCommand('minutes.document', { meetingId, ...(version !== undefined ? { version } : {}) });
  const title = doc.data ? `${MINUTES_TITLE} - ${doc.data.meeting.title}` : null;
  // ?version=9 of minutes that have no version 9 (or of a meeting not in the archive): an address that leads nowhere.
  if (version !== undefined && isMissing(doc.error)) return <NotFoundPage />;
  return (
    <MeetingPrintFrame kind="minutes" meetingId={meetingId} version={version} title={title} ready={doc.isSuccess} missing={isMissing(doc.error)}>
      <QueryState query={doc}>
        {(data) => {
          const names = minutesSignatures(data);
          return (
            <article className="a4-page" lang="vi">
              <DocumentHeader committee={data.committee} date={meetingDay(data.meeting.startsAt)} />
              {minutesDraftMark(data) && <p className="doc-draft-mark">{minutesDraftMark(data)}</p>}
              <h1 className="doc-title">
                <span className="doc-title-line">{MINUTES_TITLE}</span>
                <span className="doc-title-line doc-subject">{data.meeting.title}</span>
              </h1>
              {minutesVersionLine(data) && <p className="doc-version-line">{minutesVersionLine(data)}</p>}
              <section className="doc-text">
                {minutesParts(data).map((part, i) => (
                  <p key={i} className="doc-para">
                    {part.label && <strong>{part.label}: </strong>}
                    {part.text}
                  </p>
                ))}
                <p className="doc-para doc-keep">
                  <strong>{MINUTES_CONTENT_HEADING}</strong>
                </p>
                <RichTextPrint doc={data.minutes.body} />
                <p className="doc-para">{minutesClosingLine(data)}</p>
              </section>
              <footer className="doc-signatures">
                <SignerBlock signer={{ authority: null, title: MINUTES_SIGNATURE_TITLES.secretary, name: names.secretary }} />
                <SignerBlock signer={{ authority: null, title: MINUTES_SIGNATURE_TITLES.chair, name: names.chair }} />
              </footer>
            </article>
          );
        }}
      </QueryState>
    </MeetingPrintFrame>
  );
}

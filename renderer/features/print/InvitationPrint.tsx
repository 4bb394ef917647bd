import {
  INVITATION_CLOSING,
  INVITATION_TITLE,
  RECIPIENTS_HEADING,
  agendaLines,
  invitationNumberLine,
  invitationRecipients,
  invitationSigner,
  inviteeLines,
  meetingTimeText,
} from '../../../electron/contract';
import { useCommand } from '../../api/hooks';
import { QueryState } from '../../ui/QueryState';
import { DocumentHeader } from './DocumentHeader';
import { MeetingPrintFrame, MeetingPrintRoute, isMissing } from './MeetingPrintFrame';
import { SignerBlock } from './SignerBlock';

/**
 * The invitation (giấy mời, NĐ 30/2020 Mẫu 1.7; the Party form for a Party-format committee)
 * as an A4 document: #/print/invitation/<meetingId>. Its text is the Word file's (db/model).
 */
export function InvitationPrint() {
  return <MeetingPrintRoute render={(meetingId) => <InvitationDocument meetingId={meetingId} />} />;
}

function InvitationDocument({ meetingId }: { meetingId: number }) {
  const doc = useCommand('invitations.document', { meetingId });
  const title = doc.data ? `${INVITATION_TITLE} - ${doc.data.meeting.title}` : null;
  return (
    <MeetingPrintFrame kind="invitation" meetingId={meetingId} title={title} ready={doc.isSuccess} missing={isMissing(doc.error)}>
      <QueryState query={doc}>
        {(data) => {
          const agenda = agendaLines(data.agenda);
          return (
            <article className="a4-page" lang="vi">
              <DocumentHeader committee={data.committee} date={data.issuedOn} number={invitationNumberLine(data)} />
              <h1 className="doc-title">
                <span className="doc-title-line">{INVITATION_TITLE}</span>
                <span className="doc-title-line doc-subject">{data.meeting.title}</span>
              </h1>
              <section className="doc-text">
                <p className="doc-para doc-keep">
                  <strong>Trân trọng kính mời:</strong>
                </p>
                {inviteeLines(data).map((line, i) => (
                  <p key={i} className="doc-para">
                    {line}
                  </p>
                ))}
                <p className="doc-para">
                  <strong>Thời gian: </strong>
                  {meetingTimeText(data.meeting.startsAt)}.
                </p>
                <p className="doc-para">
                  <strong>Địa điểm: </strong>
                  {data.meeting.place ? `${data.meeting.place}.` : '…'}
                </p>
                {agenda.length > 0 && (
                  <>
                    <p className="doc-para doc-keep">
                      <strong>Nội dung:</strong>
                    </p>
                    {agenda.map((line, i) => (
                      <p key={i} className="doc-para">
                        {line}
                      </p>
                    ))}
                  </>
                )}
                {/* The meeting's notes are the secretariat's own: never on the official invitation. */}
                <p className="doc-para">{INVITATION_CLOSING}</p>
              </section>
              <footer className="doc-signatures">
                <div className="doc-recipients">
                  <div className="doc-recipients-heading">{RECIPIENTS_HEADING}</div>
                  {invitationRecipients(data.committee).map((line, i) => (
                    <div key={i}>{line}</div>
                  ))}
                </div>
                <SignerBlock signer={invitationSigner(data)} />
              </footer>
            </article>
          );
        }}
      </QueryState>
    </MeetingPrintFrame>
  );
}

import type { meetingReviewVi } from './meeting-review-vi';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

// Helper P2's words in English: the same keys as meeting-review-vi.ts.
export const meetingReviewEn: Shape<typeof meetingReviewVi> = {
  compare: {
    onlyChanges: 'Show only what differs',
    legend: 'Legend:',
    added: 'Added',
    removed: 'Removed',
    addedSr: 'added: ',
    removedSr: 'removed: ',
    endSr: ' (end)',
    absent: 'Not in this version',
    same: 'The two versions are identical.',
    noChanges: 'Nothing differs.',
    changes: '{{count}} differences',
    sameVersion: 'Choose two different versions to compare.',
    fields: 'Fixed parts',
    body: 'Content',
  },
  print: {
    missingTitle: 'Meeting not found',
    missingBody: 'Meeting {{id}} is not in the archive (a wrong address, or the meeting was deleted), so there is nothing to print.',
    toMeetings: 'Back to the meetings',
  },
  minutes: {
    invalidNotSaved: 'Not saved: {{fields}} is not valid. Correct it and the minutes are saved.',
  },
  invitation: {
    confirmTitle: 'Number the invitation?',
    confirmText: 'The invitation to "{{meeting}}" (meeting on {{day}}) takes a number from the committee\'s invitation (GM) series.',
    date: 'Invitation date',
    willTake: 'Number it will take',
    noTerm: 'No term start set: cannot number yet',
    final: 'A number once taken is never given back: if the invitation is withdrawn, the number stays in the series, marked cancelled.',
    confirm: 'Take the number',
  },
  validation: {
    after_meeting: 'The invitation cannot be dated after the meeting.',
    too_early: 'The invitation date is too early: at most a year before the meeting.',
    before_committee: 'The invitation date is before the committee\'s founding decision or first member.',
  },
  attachments: {
    unlink: 'Unlink',
    unlinkNamed: 'Unlink the file {{name}}',
    unlinkTitle: 'Unlink the file?',
    unlinkAsk: 'Remove the file "{{name}}" from this meeting?',
    unlinkKeeps: 'The file stays in the archive, under "Unused files" in Settings, where it can be deleted.',
    lockedFinalized: 'The minutes are finalized: the attachments are kept as they are and can no longer be unlinked.',
    lockedCancelled: 'The meeting is cancelled: the attachments are kept as they are and can no longer be unlinked.',
    orphansHint: 'Unlinked files stay in the archive: see and delete them in Settings › Unused files.',
  },
  orphans: {
    title: 'Unused files',
    explain: 'Files no meeting, agenda item, decision or progress note refers to any more (unlinked or replaced). Delete them to keep the archive small.',
    none: 'No unused files.',
    added: 'Added',
    delete: 'Delete',
    deleteNamed: 'Delete the file {{name}}',
    deleteTitle: 'Delete the file?',
    deleteAsk: 'Delete the file "{{name}}" ({{size}}) from the archive? It cannot be recovered except from a backup.',
    more: 'Load more',
  },
};

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
};

import { describe, expect, it } from 'vitest';
import { commandNames, commands } from '../contract.js';
import { allHandlers } from './index.js';

describe('allHandlers', () => {
  it('has exactly one function per contract command', () => {
    const handlers = allHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...commandNames].sort());
    for (const name of commandNames) expect(typeof handlers[name]).toBe('function');
  });

  it('exactly the writing commands are mutations (refused on a damaged archive)', () => {
    const mutations = commandNames.filter((n) => commands[n].kind === 'mutation').sort();
    expect(mutations).toEqual([
      'attachments.delete',
      'attachments.link',
      'attachments.unlink',
      'committees.create',
      'committees.delete',
      'committees.move',
      'committees.setRoles',
      'committees.update',
      'decisions.create',
      'decisions.delete',
      'decisions.setScan',
      'decisions.update',
      'memberships.create',
      'memberships.delete',
      'memberships.end',
      'memberships.update',
      // M2 (issue 8): minutes
      'minutes.amend',
      'minutes.finalize',
      'minutes.save',
      'people.create',
      'people.delete',
      'people.merge',
      'people.setActive',
      'people.update',
      'roster.import.apply',
      'roster.reconstitution.apply',
      'settings.set',
      // M1 (meetings)
      'meetings.create',
      'meetings.update',
      'meetings.setStatus',
      'meetings.delete',
      'agenda.add',
      'agenda.update',
      'agenda.remove',
      'agenda.move',
      'guests.add',
      'guests.update',
      'guests.remove',
      'attendance.set',
      'invitations.issue',
      'documentNumbers.reserve',
      'documentNumbers.cancel',
      'documentNumbers.setTermStart',
      // C2 (issue 9): actions
      'actions.create',
      'actions.createFromConclusion',
      'actions.update',
      'actions.addProgress',
      'actions.complete',
      'actions.reopen',
      'actions.hold',
      'actions.resume',
      'actions.delete',
      'actions.carryForward',
      // conclusions (C1, issue 9)
      'conclusions.create',
      'conclusions.update',
      'conclusions.issue',
      'conclusions.cancel',
      'conclusions.delete',
    ].sort());
  });
});

import { ArchiveError } from '../../db/errors.js';
import { defineHandlers } from './define.js';

// Contract checkpoint (C2): every action command answers CONFLICT "not built yet" until the
// core functions land in the next commits.
const notYet = async (): Promise<never> => {
  throw new ArchiveError('CONFLICT', 'not built yet');
};

export const actionHandlers = defineHandlers({
  'actions.list': notYet,
  'actions.get': notYet,
  'actions.create': notYet,
  'actions.createFromConclusion': notYet,
  'actions.update': notYet,
  'actions.addProgress': notYet,
  'actions.complete': notYet,
  'actions.reopen': notYet,
  'actions.hold': notYet,
  'actions.resume': notYet,
  'actions.delete': notYet,
  'actions.unitNames': notYet,
  'actions.chase': notYet,
  'reports.actions': notYet,
  'reports.exportXlsx': notYet,
  'actions.memberTasksDocument': notYet,
  'actions.memberTasksDocx': notYet,
  'actions.reminderDocument': notYet,
  'actions.reminderDocx': notYet,
  'actions.carryForward': notYet,
});

import { ArchiveError } from '../../db/errors.js';
import { defineHandlers } from './define.js';

// Contract checkpoint (C1): every command answers a typed error until its handler lands.
const notYet = async (): Promise<never> => {
  throw new ArchiveError('CONFLICT', 'conclusions: not implemented yet');
};

/** The conclusion notices (thông báo kết luận). */
export const conclusionHandlers = defineHandlers({
  'conclusions.list': notYet,
  'conclusions.get': notYet,
  'conclusions.startingText': notYet,
  'conclusions.signers': notYet,
  'conclusions.create': notYet,
  'conclusions.update': notYet,
  'conclusions.issue': notYet,
  'conclusions.cancel': notYet,
  'conclusions.delete': notYet,
  'conclusions.document': notYet,
  'conclusions.exportDocx': notYet,
});

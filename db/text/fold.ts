// The fold and the clean-up live in db/model/fold.ts (pure, shared with the renderer).
export { cleanText, fold } from '../model/fold.js';

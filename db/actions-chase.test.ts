import { describe, expect, it } from 'vitest';
import { actionChase } from './actions-chase.js';
import { listActions } from './actions.js';
import { HAND_MADE_AS_OF, makeActionsFixture, makeHandMadeActions } from './test-actions.js';
import { useTempArchive } from './test-support.js';

describe('the chase', () => {
  const t = useTempArchive();

  it('gives the hand-made figures, and every figure opens the list whose total it is', async () => {
    const f = await makeActionsFixture(t.db);
    const ids = await makeHandMadeActions(t.db, f);
    for (const committeeId of [undefined, f.committeeId]) {
      const chase = await actionChase(t.db, HAND_MADE_AS_OF, 3, committeeId);
      const list = async (filter: object) => listActions(t.db, { ...filter, limit: 200 }, HAND_MADE_AS_OF, 3);
      for (const figure of chase.figures) {
        const page = await list(figure.filter);
        expect({ key: figure.key, total: page.total, items: page.items.length }).toEqual({ key: figure.key, total: figure.count, items: figure.count });
      }
      for (const o of chase.byOwner) {
        expect((await list(o.filter)).total).toBe(o.open);
        expect((await list(o.overdueFilter)).total).toBe(o.overdue);
      }
      const figures = Object.fromEntries(chase.figures.map((x) => [x.key, x.count]));
      const owners = chase.byOwner.map((o) => [o.owner.name, o.open, o.overdue]);
      if (committeeId === undefined) {
        expect(figures).toEqual({ overdue: 2, due_soon: 1, done_this_month: 2, open: 5 });
        expect(owners).toEqual([['Nguyễn Văn An', 4, 2], ['Lê Thị Bình', 1, 0]]);
        const overdue = await list(chase.figures[0]!.filter);
        expect(overdue.items.map((a) => a.id)).toEqual([ids.A1, ids.A8]);
      } else {
        expect(figures).toEqual({ overdue: 1, due_soon: 1, done_this_month: 2, open: 4 });
        expect(owners).toEqual([['Nguyễn Văn An', 3, 1], ['Lê Thị Bình', 1, 0]]);
      }
    }
  });

  it('as of a later day, the action given on 01/05 joins the figures', async () => {
    const f = await makeActionsFixture(t.db);
    await makeHandMadeActions(t.db, f);
    const chase = await actionChase(t.db, '2021-05-03', 3, f.committeeId);
    expect(chase.figures.find((x) => x.key === 'due_soon')?.count).toBe(1);
    expect(chase.figures.find((x) => x.key === 'done_this_month')?.count).toBe(0);
  });
});

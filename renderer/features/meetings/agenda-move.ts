// Reordering the agenda on screen: where a key or a drop sends an item, and the order shown
// while the core moves it (agenda.move answers with the agenda as stored).

/** The 1-based place an item moves to with Alt+↑ / Alt+↓, or null when it cannot move. */
export function keyboardTarget(order: number, key: string, count: number): number | null {
  if (key === 'ArrowUp') return order > 1 ? order - 1 : null;
  if (key === 'ArrowDown') return order < count ? order + 1 : null;
  return null;
}

/** The items with the one whose id is `id` moved to the 1-based place `order`, the others shifted. */
export function moveTo<T extends { id: number }>(items: readonly T[], id: number, order: number): T[] {
  const from = items.findIndex((i) => i.id === id);
  if (from < 0) return [...items];
  const rest = items.filter((i) => i.id !== id);
  const to = Math.min(Math.max(order, 1), items.length) - 1;
  return [...rest.slice(0, to), items[from] as T, ...rest.slice(to)];
}

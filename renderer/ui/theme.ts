import { Modal, createTheme } from '@mantine/core';

/** Calm and dense: default Mantine palette (its variables ship in the static CSS), small sizes. */
export const theme = createTheme({
  defaultRadius: 'sm',
  components: {
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: 'sm', fz: 'sm' } },
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    // Scroll locking injects a <style> element (react-remove-scroll-bar), which the strict CSP
    // (style-src 'self') refuses; the page scrolls inside .app-main, so there is nothing to lock.
    Modal: Modal.extend({ defaultProps: { lockScroll: false } }),
  },
});

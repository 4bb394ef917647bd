import { createTheme } from '@mantine/core';

/** Calm and dense: default Mantine palette (its variables ship in the static CSS), small sizes. */
export const theme = createTheme({
  defaultRadius: 'sm',
  components: {
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: 'sm', fz: 'sm' } },
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
  },
});

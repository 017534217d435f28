/** The floor table's English texts, looked up through i18n or directly (see run.mjs). */
export const FLOOR_TEXT = {
  heading: 'Connection requests',
  customer: 'Customer',
  status: 'Status',
  email: 'Email',
  date: 'Date',
  comments: 'Comments',
} as const;

export type FloorTextKey = keyof typeof FLOOR_TEXT;

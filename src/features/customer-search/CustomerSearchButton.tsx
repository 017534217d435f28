// Placeholder until the search dialog issue lands.
export function CustomerSearchButton() {
  return null;
}

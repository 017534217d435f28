// Placeholder until the page issue lands.
export function ConnectionRequestsPage() {
  return null;
}

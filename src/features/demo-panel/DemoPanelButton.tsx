// Placeholder until the demo panel issue lands.
export function DemoPanelButton() {
  return null;
}

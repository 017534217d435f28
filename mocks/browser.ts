// Placeholder until the mock backend lands.
export async function startBrowserMock(): Promise<void> {}

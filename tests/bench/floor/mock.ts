import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

const STATUSES = ['pending', 'approved', 'expired', 'rejected', 'withdrawn'] as const;

/** The floor's whole mock backend: one handler answering a small page of rows. */
export async function startFloorMock(): Promise<void> {
  const worker = setupWorker(
    http.get('/api/connection-requests', () =>
      HttpResponse.json({
        items: Array.from({ length: 25 }, (_, index) => ({
          id: `r${index}`,
          customerName: `Customer ${index + 1}`,
          status: STATUSES[index % STATUSES.length] ?? 'pending',
          contactEmail: index % 2 === 0 ? null : `buyer${index}@example.com`,
          sentAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
          comment: null,
        })),
        total: 25,
      }),
    ),
  );
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}

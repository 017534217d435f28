import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../../tests/utils/render';
import {
  CustomerSearchButton,
  CustomerSearchProvider,
  type CustomerSearchDialogLoader,
} from './customer-search-button';
import { CustomerSearchDialog } from './customer-search-dialog';

// The loads handed to preloadAfterFirstData; a test runs them when "the first rows are shown".
const { preloads } = vi.hoisted(() => ({ preloads: [] as (() => Promise<unknown>)[] }));
vi.mock('../../../app/deferred', () => ({
  preloadAfterFirstData: (load: () => Promise<unknown>) => {
    preloads.push(load);
  },
}));

type Dialog = typeof CustomerSearchDialog;

/** A loader the test settles by hand, counting its calls; each call is a new fetch. */
function controlledLoader() {
  const pending: {
    promise: Promise<Dialog>;
    resolve: (dialog: Dialog) => void;
    reject: (error: Error) => void;
  }[] = [];
  const load = vi.fn<CustomerSearchDialogLoader>(() => {
    let settle: Pick<(typeof pending)[number], 'resolve' | 'reject'> | undefined;
    const promise = new Promise<Dialog>((resolve, reject) => {
      settle = { resolve, reject };
    });
    if (settle === undefined) throw new Error('a Promise runs its executor at once');
    pending.push({ promise, ...settle });
    return promise;
  });
  const latest = () => {
    const next = pending.at(-1);
    if (next === undefined) throw new Error('the dialog was never requested');
    return next;
  };
  return {
    load,
    /**
     * Settles the latest fetch. The returned promise settles once every callback the button put
     * on that fetch has run (they were attached first), and before React renders what they queued.
     */
    arrive: () => {
      const { promise, resolve } = latest();
      resolve(CustomerSearchDialog);
      return promise.then(() => undefined);
    },
    fail: () => {
      latest().reject(new TypeError('Failed to fetch dynamically imported module'));
    },
  };
}

const searchButton = () => screen.getByRole('button', { name: 'Search' });

/** The Search button with the dialog it opens, fetched by `loadDialog`. */
function searchWith(loadDialog: CustomerSearchDialogLoader) {
  return (
    <CustomerSearchProvider loadDialog={loadDialog} onSent={vi.fn()}>
      <CustomerSearchButton />
    </CustomerSearchProvider>
  );
}

describe(
  'CustomerSearchButton with its dialog as a lazy chunk, outside the first screen',
  { timeout: 30_000 },
  () => {
    it('fetches the dialog once the first data is shown, so a later click opens it at once', async () => {
      preloads.length = 0;
      const loader = controlledLoader();
      const { user } = await renderWithProviders(searchWith(loader.load));
      expect(loader.load).not.toHaveBeenCalled();

      const preloaded = Promise.all(preloads.map((load) => load()));
      void loader.arrive();
      await preloaded;
      await user.click(searchButton());

      expect(searchButton()).not.toHaveAttribute('aria-busy');
      expect(await screen.findByRole('dialog')).toHaveAccessibleName('Search for a customer');
      expect(loader.load).toHaveBeenCalledOnce();
    });

    it('opens the dialog when a click comes between the chunk arriving and the next render', async () => {
      const loader = controlledLoader();
      await renderWithProviders(searchWith(loader.load));
      fireEvent.focus(searchButton());
      expect(loader.load).toHaveBeenCalledOnce();

      // The chunk arrives: its "ready" update is queued outside any event, not rendered yet…
      await loader.arrive();
      // …when the click comes, with the button still rendered as if nothing had arrived.
      fireEvent.click(searchButton());

      expect(await screen.findByRole('dialog')).toHaveAccessibleName('Search for a customer');
      expect(searchButton()).not.toHaveAttribute('aria-busy');
      expect(loader.load).toHaveBeenCalledOnce();
    });

    it('starts fetching the dialog when the button is pointed at', async () => {
      const loader = controlledLoader();
      const { user } = await renderWithProviders(searchWith(loader.load));

      await user.hover(searchButton());

      expect(loader.load).toHaveBeenCalledOnce();
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });

    it('starts fetching the dialog when the button is focused', async () => {
      const loader = controlledLoader();
      const { user } = await renderWithProviders(searchWith(loader.load));

      await user.tab();

      expect(searchButton()).toHaveFocus();
      expect(loader.load).toHaveBeenCalledOnce();
    });

    it('shows it is busy while the dialog is on its way and opens it when it arrives', async () => {
      const loader = controlledLoader();
      const { user } = await renderWithProviders(searchWith(loader.load));

      await user.click(searchButton());

      expect(searchButton()).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByRole('status')).toHaveTextContent('Loading the search…');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

      void loader.arrive();

      expect(await screen.findByRole('dialog')).toHaveAccessibleName('Search for a customer');
      expect(screen.getByRole('textbox', { name: 'Customer name' })).toHaveFocus();
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(searchButton()).not.toHaveAttribute('aria-busy');
      expect(searchButton()).toHaveFocus();
    });

    it('says so with Retry when the dialog cannot be fetched, and opens it on Retry', async () => {
      const loader = controlledLoader();
      const { user } = await renderWithProviders(searchWith(loader.load));

      await user.click(searchButton());
      loader.fail();

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'The search could not be loaded. Check your connection and try again.',
      );
      expect(searchButton()).not.toHaveAttribute('aria-busy');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Retry' }));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(searchButton()).toHaveAttribute('aria-busy', 'true');
      void loader.arrive();

      expect(await screen.findByRole('dialog')).toBeInTheDocument();
      expect(loader.load).toHaveBeenCalledTimes(2);
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(searchButton()).toHaveFocus();
    });

    it('speaks German while loading and after a failure', async () => {
      const loader = controlledLoader();
      const { user } = await renderWithProviders(searchWith(loader.load), {
        language: 'de',
      });

      await user.click(await screen.findByRole('button', { name: 'Suchen' }));
      expect(screen.getByRole('status')).toHaveTextContent('Die Suche wird geladen…');
      loader.fail();

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Die Suche konnte nicht geladen werden.',
      );
      expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    });
  },
);

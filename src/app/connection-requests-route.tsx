import { ConnectionRequestsPage } from '../features/connection-requests';
import { CustomerSearchButton, CustomerSearchProvider } from '../features/customer-search';

const search = {
  Provider: CustomerSearchProvider,
  toolbarButton: <CustomerSearchButton toolbar />,
  pageButton: <CustomerSearchButton />,
};

/**
 * The Connection Requests page with the customer search composed in: the two features never
 * import each other, the app level puts them together.
 */
export function ConnectionRequestsRoute() {
  return <ConnectionRequestsPage search={search} />;
}

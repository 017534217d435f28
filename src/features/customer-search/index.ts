export { CustomerSearchButton, CustomerSearchProvider } from './customer-search-button';

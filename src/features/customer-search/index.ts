export { CustomerSearchButton, CustomerSearchProvider } from './components/customer-search-button';

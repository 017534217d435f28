export { CustomerSearchButton, CustomerSearchProvider } from './CustomerSearchButton';

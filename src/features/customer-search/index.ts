export { CustomerSearchButton } from './CustomerSearchButton';

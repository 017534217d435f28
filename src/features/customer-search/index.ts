export {
  CustomerSearchButton,
  CustomerSearchProvider,
  type CustomerSearchButtonProps,
  type CustomerSearchProviderProps,
} from './CustomerSearchButton';

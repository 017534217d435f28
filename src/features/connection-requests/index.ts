export { ConnectionRequestsPage } from './ConnectionRequestsPage';

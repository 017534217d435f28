export { ConnectionRequestsPage } from './connection-requests-page';

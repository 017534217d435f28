export { ConnectionRequestsPage } from './ConnectionRequestsPage';
export { useSendConnectionRequest } from './useSendConnectionRequest';

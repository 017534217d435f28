export { DemoPanelButton } from './DemoPanelButton';

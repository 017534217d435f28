export { DemoPanelButton } from './demo-panel-button';

export { SuggestionsPanel } from './SuggestionsPanel';

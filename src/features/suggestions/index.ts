export { SuggestionsPanel } from './SuggestionsPanel';
export { FIRST_SUGGESTIONS_PAGE, suggestionsApi } from './api';

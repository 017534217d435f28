import { searchQueryProblem, type SearchQueryProblem } from '../../../contract/rules';

export type QueryProblem = SearchQueryProblem;

/**
 * R5 as the UI checks it before spending a search: the rule the mock backend enforces too
 * (src/contract/rules.ts), so the two never disagree about what a character is.
 */
export function queryProblem(query: string): QueryProblem | null {
  return searchQueryProblem(query);
}

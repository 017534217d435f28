export { ActionFeedback } from './ActionFeedback';
export { useActionFeedback, type FeedbackAction, type FeedbackInput } from './useActionFeedback';

export { ActionFeedback } from './action-feedback';
export { useActionFeedback, type FeedbackAction, type FeedbackInput } from './use-action-feedback';

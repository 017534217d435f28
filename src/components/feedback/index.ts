export { ActionFeedback, type ActionFeedbackProps } from './ActionFeedback';
export {
  SUCCESS_HIDE_MS,
  useActionFeedback,
  type ActionFeedbackState,
  type FeedbackAction,
  type FeedbackInput,
  type FeedbackMessage,
  type FeedbackSeverity,
} from './useActionFeedback';

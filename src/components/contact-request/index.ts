export { ConfirmationCheckbox } from './confirmation-checkbox';
export { ContactEmailField } from './contact-email-field';
export { emailProblem, isFreeMailAddress } from './validation';
export { FormErrorAlert } from './form-error-alert';

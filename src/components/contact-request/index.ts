export { ConfirmationCheckbox, type ConfirmationBinding } from './confirmation-checkbox';
export { ContactEmailField, type ContactEmailBinding } from './contact-email-field';
export { emailProblem, isFreeMailAddress } from './validation';
export { FormErrorAlert } from './form-error-alert';

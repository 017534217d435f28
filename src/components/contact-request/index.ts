export { ConfirmationCheckbox, type ConfirmationCheckboxProps } from './confirmation-checkbox';
export { ContactEmailField, type ContactEmailFieldProps } from './contact-email-field';
export { emailProblem, isFreeMailAddress, type EmailProblem } from './validation';
export { FormErrorAlert, type FormErrorAlertProps } from './form-error-alert';

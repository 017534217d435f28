export { ConfirmationCheckbox, type ConfirmationCheckboxProps } from './ConfirmationCheckbox';
export { ContactEmailField, type ContactEmailFieldProps } from './ContactEmailField';
export { emailProblem, isFreeMailAddress, type EmailProblem } from './validation';
export { FormErrorAlert, type FormErrorAlertProps } from './FormErrorAlert';

/** The change-password page: a person with a temporary password is sent here before anything else. */
export const CHANGE_PASSWORD_PATH = '/doi-mat-khau';

/** The change-password form's fields, as the API's issues name them. */
export const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'newPasswordRepeat'] as const;
export type PasswordField = (typeof PASSWORD_FIELDS)[number];

/** The field an API issue's path belongs to, or null (then it is shown above the form). */
export const passwordFieldOf = (path: string): PasswordField | null =>
  (PASSWORD_FIELDS as readonly string[]).includes(path) ? (path as PasswordField) : null;

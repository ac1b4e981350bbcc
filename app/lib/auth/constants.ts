/** The name of the password box that lets a signed-out editor sign in while saving. */
export const PASSWORD_FIELD = 'editorPassword';

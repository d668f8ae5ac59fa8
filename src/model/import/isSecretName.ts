/**
 * Field names that hold a secret: a person's or tenant's `password` (and its companions such
 * as `passwordHashAlgorithm`), an application's secrets or tokens. Matched by name, in any
 * letter case, because exports put such values under many field names and nested sections.
 */
const SECRET_NAME = /pass(?:word|wd)|secret|token/i;

/** Whether a field of this name must be dropped at import, never to reach the model. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

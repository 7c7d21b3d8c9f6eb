// Makes an OAuth scope end in `/.default`, as Azure AD client-credentials requests require. Runs anywhere.

export function normaliseScope(scope: string): string {
  const trimmed = scope.trim();
  if (trimmed.endsWith('/.default')) return trimmed;
  return `${trimmed.replace(/\/+$/, '')}/.default`;
}

/** A stable id from a name: lower-case ASCII letters and digits joined by hyphens ("Ministry of Defense" -> "ministry-of-defense"). */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9.+]+/g, '-')
    .replace(/\.(?![0-9])/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'x';
}

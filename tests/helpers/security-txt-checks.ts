/** S1–S4 of QUALITY.md on the bytes of a security.txt, as a pure function (unit-tested). */

const DAY = 86_400_000;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export function securityTxtProblems(
  bytes: Buffer,
  { buildTime, host }: { buildTime: Date; host: string },
): string[] {
  const problems: string[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    problems.push('S1: starts with a byte order mark');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const fields: [string, string][] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const match = /^([A-Za-z0-9-]+): (\S.*)$/.exec(line);
    if (!match) problems.push(`S1: line ${i + 1} is not "Field: value": ${JSON.stringify(line)}`);
    else fields.push([match[1]!.toLowerCase(), match[2]!]);
  });
  const values = (name: string) => fields.filter(([n]) => n === name).map(([, v]) => v);

  const contacts = values('contact');
  if (contacts.length === 0) problems.push('S2: no Contact');
  for (const contact of contacts)
    if (!/^(mailto:|tel:|https:\/\/)/.test(contact))
      problems.push(`S2: Contact ${contact} is not a mailto:, tel: or https: URI`);
  for (const [name, value] of fields)
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.startsWith('https://'))
      problems.push(`S2: ${name} ${value} is not https`);

  const expires = values('expires');
  if (expires.length !== 1)
    problems.push(`S3: ${expires.length} Expires fields, expected exactly 1`);
  for (const value of expires) {
    const time = Date.parse(value);
    if (!ISO_8601.test(value) || Number.isNaN(time))
      problems.push(`S3: Expires ${value} is not ISO 8601`);
    else if (time - buildTime.getTime() <= 30 * DAY)
      problems.push(`S3: Expires ${value} is not more than 30 days after the build`);
    else if (time - buildTime.getTime() > 365 * DAY)
      problems.push(`S3: Expires ${value} is more than 365 days after the build`);
  }

  for (const canonical of values('canonical')) {
    if (canonical !== `https://${host}/.well-known/security.txt`)
      problems.push(`S4: Canonical ${canonical} is not https://${host}/.well-known/security.txt`);
  }
  const languages = values('preferred-languages');
  if (languages.length > 1) problems.push('S4: Preferred-Languages appears more than once');
  for (const tag of languages.flatMap((v) => v.split(',').map((t) => t.trim()))) {
    if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag))
      problems.push(`S4: "${tag}" is not a language tag`);
  }
  return problems;
}

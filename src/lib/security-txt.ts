/**
 * `/.well-known/security.txt` (RFC 9116): where to report a vulnerability. Generated at build
 * time so `Expires` always lies a fixed period after the build; a site that is not rebuilt
 * within that period shows a stale file, which is what the field is for.
 */

export interface SecurityTxtInput {
  /** `mailto:`, `https:` or `tel:` URIs, most preferred first. */
  contacts: readonly string[];
  /** Absolute https URL of the file itself. */
  canonical: string;
  /** Languages a report may be written in (BCP 47). */
  preferredLanguages: readonly string[];
  /** Optional https URL of a disclosure policy. */
  policy?: string | undefined;
  /** Build time. */
  now: Date;
  /** Days from the build until the file expires: more than 30, at most 365 (we use 180). */
  expiresAfterDays: number;
}

/** The file text, UTF-8, `Field: value` lines with a comment header. */
export function securityTxt(input: SecurityTxtInput): string {
  if (input.contacts.length === 0) throw new Error('security.txt needs at least one Contact');
  if (!(input.expiresAfterDays > 30 && input.expiresAfterDays <= 365)) {
    throw new Error(`security.txt: expiresAfterDays must be 31–365, got ${input.expiresAfterDays}`);
  }
  for (const uri of [...input.contacts, input.canonical, input.policy ?? 'https:']) {
    if (!/^(mailto:|tel:|https:)/.test(uri))
      throw new Error(`security.txt: "${uri}" must be mailto:, tel: or https:`);
  }
  const expires = new Date(input.now.getTime() + input.expiresAfterDays * 86_400_000);
  // Whole seconds: RFC 9116 uses the Internet date/time format of RFC 3339.
  expires.setUTCMilliseconds(0);
  const lines = [
    '# Kwetsbaarheid gevonden? Meld het ons, dan lossen we het op. Zie RFC 9116.',
    '# Found a vulnerability? Please report it to us. See RFC 9116.',
    ...input.contacts.map((contact) => `Contact: ${contact}`),
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    `Preferred-Languages: ${input.preferredLanguages.join(', ')}`,
    `Canonical: ${input.canonical}`,
    ...(input.policy ? [`Policy: ${input.policy}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

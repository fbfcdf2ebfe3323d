/** The fix shown with a frontmatter problem, per field: what a correct line looks like. */

const HELP: Record<string, string> = {
  title: 'schrijf de titel op één regel, bijvoorbeeld title: "Wat gemeenten van telefonie nodig hebben"',
  description: 'schrijf één of twee zinnen van 50 tot 160 tekens, bijvoorbeeld description: "Waarom …"',
  pubDate: 'schrijf de datum als jaar-maand-dag, bijvoorbeeld pubDate: 2020-10-01',
  updatedDate: 'schrijf de datum als jaar-maand-dag, op of na pubDate, bijvoorbeeld updatedDate: 2021-03-23',
  author: 'gebruik een id uit content/authors.yaml, bijvoorbeeld author: redactie',
  series: 'gebruik een id uit content/series.yaml, bijvoorbeeld series: gt-connect',
  seriesPart: 'schrijf het volgnummer in de reeks als getal, bijvoorbeeld seriesPart: 2',
  tags: 'schrijf een lijst met ids uit content/tags.yaml, bijvoorbeeld tags: [telefonie, aanbesteding]',
  draft: 'schrijf draft: true (nog niet publiceren) of draft: false',
  cover: 'schrijf cover: met daaronder ingesprongen src: ./afbeeldingen/naam.jpg en alt: "Wat de afbeelding laat zien"',
  termLinks: 'schrijf termLinks: false om begrippen in de tekst niet te linken, of laat het veld weg',
  editorNote: 'schrijf een korte noot als tekst, bijvoorbeeld editorNote: >- gevolgd door de tekst op de volgende regels, ingesprongen',
};

export function frontmatterFieldHelp(field: string): string | undefined {
  return HELP[field];
}

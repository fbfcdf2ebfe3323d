/** The fix shown with a frontmatter problem, per field: what a correct line looks like. */

const HELP: Record<string, string> = {
  title:
    'schrijf de titel op één regel, bijvoorbeeld title: "Wat gemeenten van telefonie nodig hebben"',
  description:
    'schrijf één of twee zinnen van 50 tot 160 tekens, bijvoorbeeld description: "Waarom …"',
  pubDate: 'schrijf de datum als jaar-maand-dag, bijvoorbeeld pubDate: 2020-10-01',
  updatedDate:
    'schrijf de datum als jaar-maand-dag, op of na pubDate, bijvoorbeeld updatedDate: 2021-03-23',
  reviewedDate:
    'schrijf de dag waarop u het hele artikel met het feitenblad hebt vergeleken, als jaar-maand-dag, op of na pubDate en niet in de toekomst, bijvoorbeeld reviewedDate: 2026-12-02',
  updateNote:
    'schrijf in één of twee zinnen wat er veranderde, bijvoorbeeld updateNote: "De BIO2 is vastgesteld; de tekst zegt nu wat dat betekent." Zet ook updatedDate',
  unverified:
    'schrijf een lijst met regels die beginnen met "- ", één bewering zonder openbare bron per regel',
  author: 'gebruik een id uit content/authors.yaml, bijvoorbeeld author: redactie',
  series: 'gebruik een id uit content/series.yaml, bijvoorbeeld series: gt-connect',
  seriesPart: 'schrijf het volgnummer in de reeks als getal, bijvoorbeeld seriesPart: 2',
  tags: 'schrijf een lijst met ids uit content/tags.yaml, bijvoorbeeld tags: [telefonie, aanbesteding]',
  draft: 'schrijf draft: true (nog niet publiceren) of draft: false',
  cover:
    'schrijf cover: met daaronder ingesprongen src: ./afbeeldingen/naam.jpg en alt: "Wat de afbeelding laat zien"',
  termLinks:
    'schrijf termLinks: false om begrippen in de tekst niet te linken, of laat het veld weg',
  editorNote:
    'schrijf een korte noot als tekst, bijvoorbeeld editorNote: >- gevolgd door de tekst op de volgende regels, ingesprongen',
};

export function frontmatterFieldHelp(field: string): string | undefined {
  return HELP[field];
}

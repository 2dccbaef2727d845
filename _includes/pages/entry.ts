/** Detail pages: every field in German words, related entries both ways, "zuletzt geprüft". */
import type { Contact, Entry, Initiative, Material, Network } from '../../src/content/index.ts';
import { audiences, contactKinds, contentTypes, initiativeKinds, initiativeStatuses, materialKinds, networkLevels, sectors } from '../../src/schema/index.ts';
import { formatBytes, formatPublished, hostOf, labelFor, languageLabel, unbreakable } from '../../src/text/format.ts';
import { html, type Html } from '../../src/text/html.ts';
import { renderBody } from '../../src/text/markdown.ts';
import { factList, inline, type Fact } from '../components/facts.ts';
import { entryNotices, regionNames, reviewedLine } from '../components/entry-meta.ts';
import { related } from '../components/related.ts';
import { relationAllLabel, relationsOf, relationUrls, type Relation } from './relations.ts';
import { searchData } from '../components/search-data.ts';
import { basePage } from '../layouts/base.ts';
import { entryJsonLd, jsonLdScript } from '../../src/exports/jsonld.ts';
import { neutralVcardPath, vcardPath } from '../../src/exports/public.ts';
import { hasNeutralVcard } from '../../src/exports/vcard.ts';
import { sortRegions } from '../lib/region-names.ts';

const externalLink = (url: string) => html`<a class="kern-link gsn-external" href="${url}" rel="noreferrer">${hostOf(url)}<span class="kern-sr-only"> (externer Link)</span></a>`;

const regionLinks = (entry: Entry) =>
  inline(sortRegions(entry.regions).map((region) => html`<a class="kern-link" href="/regionen/${region.id}/">${region.id === 'niedersachsen' ? 'Niedersachsen (landesweit)' : region.label}</a>`));

const topicLinks = (entry: Entry) => inline(entry.topics.map((topic) => html`<a class="kern-link" href="/themen/${topic.id}/">${topic.label}</a>`));

const sectorNames = (list: readonly string[] | undefined) => inline((list ?? []).map((key) => labelFor(sectors, key)));

const commonFacts = (entry: Entry): Fact[] => [
  ['Region', regionLinks(entry)],
  ['Themen', topicLinks(entry)],
];

function reachability(contact: Contact): Html {
  const d = contact.data;
  const address = d.address;
  return html`<ul class="gsn-reach">
  ${d.phone ? html`<li><span class="gsn-reach__label">Telefon</span> <a class="kern-link" href="${d.phone.href}">${unbreakable(d.phone.text)}</a></li>` : ''}
  ${d.fax ? html`<li><span class="gsn-reach__label">Fax</span> ${d.fax.text}</li>` : ''}
  ${d.email ? html`<li><span class="gsn-reach__label">E-Mail</span> <a class="kern-link" href="mailto:${d.email}">${d.email}</a></li>` : ''}
  ${d.website ? html`<li><span class="gsn-reach__label">Website</span> ${externalLink(d.website)}</li>` : ''}
  ${
    address
      ? html`<li><span class="gsn-reach__label">${d.kind === 'frauenhaus' ? 'Ort' : 'Adresse'}</span> ${
          // Shelter addresses are confidential; the schema forbids them, the template never prints them.
          d.kind === 'frauenhaus' ? address.city : html`${address.street ? html`${address.street}, ` : ''}${address.postcode ? html`${address.postcode} ` : ''}${address.city}`
        }</li>`
      : ''
  }
</ul>`;
}

function contactFacts(contact: Contact): Fact[] {
  const d = contact.data;
  return [
    ['Art', labelFor(contactKinds, d.kind)],
    ['Träger', d.organization],
    ['Ansprechperson', d.person],
    ['Erreichbarkeit', d.hours],
    ['Rund um die Uhr', d.emergency === undefined ? undefined : d.emergency ? 'ja, rund um die Uhr erreichbar' : 'nein'],
    ['Sprachen', inline((d.languages ?? []).map(languageLabel))],
    ['Barrierefreier Zugang', d.accessible === undefined ? undefined : d.accessible ? 'ja, stufenlos erreichbar' : 'nein'],
    ...commonFacts(contact),
  ];
}

function initiativeFacts(initiative: Initiative): Fact[] {
  const d = initiative.data;
  return [
    ['Art', labelFor(initiativeKinds, d.kind)],
    ['Stand', labelFor(initiativeStatuses, d.status)],
    ['Seit', d.since === undefined ? undefined : String(d.since)],
    ['Beteiligte Bereiche', sectorNames(d.sectors)],
    ['Website', d.website ? externalLink(d.website) : undefined],
    ...commonFacts(initiative),
  ];
}

function networkFacts(network: Network): Fact[] {
  const d = network.data;
  return [
    ['Ebene', labelFor(networkLevels, d.level)],
    ['Beteiligte Bereiche', sectorNames(d.sectors)],
    ['Koordination', network.coordinator ? html`<a class="kern-link" href="${network.coordinator.url}">${network.coordinator.data.title}</a>` : undefined],
    ['Treffen', d.meets],
    ['Website', d.website ? externalLink(d.website) : undefined],
    ...commonFacts(network),
  ];
}

function materialFacts(material: Material): Fact[] {
  const d = material.data;
  return [
    ['Art', labelFor(materialKinds, d.kind)],
    ['Zielgruppe', inline(d.audience.map((key) => labelFor(audiences, key)))],
    ['Sprachen', inline(d.languages.map(languageLabel))],
    ['Herausgeber', d.publisher],
    ['Erschienen', d.published === undefined ? undefined : formatPublished(d.published)],
    ...commonFacts(material),
  ];
}

const SAFETY_LINK = html`<a class="kern-link" href="/sicherheit/#abschnitt-downloads-und-gespeicherte-kontakte">Mehr zu Spuren auf Ihrem Gerät</a>`;

/**
 * "Kontakt speichern" and what it leaves behind: the contact lands in the address book, which
 * is often synced to other devices. Services whose name can endanger also get a neutral card.
 */
function vcardLinks(contact: Contact) {
  return html`<div class="gsn-vcard" data-pagefind-ignore="all">
  <p class="gsn-vcard__links"><a class="kern-link" href="${vcardPath(contact)}" type="text/vcard" download>Kontakt speichern (vCard)</a>${
    hasNeutralVcard(contact) ? html` · <a class="kern-link" href="${neutralVcardPath(contact)}" type="text/vcard" download="kontakt.vcf">Nur die Nummer speichern, unter dem Namen „Kontakt“</a>` : ''
  }</p>
  <p class="gsn-trace-note">Gespeicherte Kontakte stehen im Adressbuch Ihres Telefons und werden oft mit anderen Geräten und Konten abgeglichen. Wer Ihr Telefon oder Konto einsehen kann, sieht sie.${hasNeutralVcard(contact) ? ' Speichern Sie die Nummer lieber neutral und geben Sie ihr einen Namen, der nur Ihnen etwas sagt.' : ''} ${SAFETY_LINK}.</p>
</div>`;
}

function materialAccess(material: Material) {
  // Material for people affected by violence: a saved file is a trace.
  const note = material.data.audience.includes('betroffene')
    ? html`<p class="gsn-trace-note">Eine heruntergeladene Datei bleibt im Ordner „Downloads“ und in der Liste der Downloads Ihres Browsers, bis Sie sie löschen. Lesen Sie sie lieber im Browser oder löschen Sie sie danach. ${SAFETY_LINK}.</p>`
    : '';
  if (material.download) {
    const file = material.download;
    return html`<p class="gsn-download"><a class="kern-btn kern-btn--primary" href="${file.href}" download><span class="kern-label">Herunterladen</span></a> <span class="gsn-download__meta">${file.format}, ${formatBytes(file.bytes)}</span></p>
${note}`;
  }
  const url = material.data.url!;
  return html`<p class="gsn-download"><a class="kern-btn kern-btn--primary" href="${url}" rel="noreferrer"><span class="kern-label">Zum Dokument bei ${hostOf(url)}</span></a> <span class="gsn-download__meta">externe Website</span></p>
${note}`;
}

function relatedMore(entry: Entry, relation: Relation) {
  const urls = relationUrls(entry, relation);
  return urls.length ? { urls, label: relationAllLabel(relation) } : undefined;
}

export function entryPage(entry: Entry): Html {
  const type = contentTypes[entry.type];
  let facts: Fact[];
  let lead: Html | string = '';
  switch (entry.type) {
    case 'contacts':
      facts = contactFacts(entry);
      lead = html`${reachability(entry)}
${vcardLinks(entry)}`;
      break;
    case 'initiatives':
      facts = initiativeFacts(entry);
      break;
    case 'networks':
      facts = networkFacts(entry);
      break;
    case 'materials':
      facts = materialFacts(entry);
      lead = materialAccess(entry);
      break;
  }
  // Long relations show their first entries and link their own pages (./relations.ts).
  const links = relationsOf(entry).map((relation) => related(relation.id, relation.title, relation.entries, relatedMore(entry, relation)));
  const body = html`<article class="gsn-entry gsn-entry--${entry.type}">
  <p class="kern-preline gsn-entry__type" data-pagefind-ignore="all">${type.singular} · ${regionNames(entry)}</p>
  <h1 class="kern-heading-large">${entry.data.title}</h1>
  ${searchData(entry)}
  <p class="kern-body--large gsn-entry__summary">${entry.data.summary}</p>
  ${entryNotices(entry)}
  ${lead}
  ${factList(facts)}
  <div class="gsn-prose">${renderBody(entry)}</div>
  ${links}
  ${reviewedLine(entry)}
</article>`;
  return basePage({
    title: entry.data.title,
    description: entry.data.summary,
    url: entry.url,
    crumbs: [
      { href: type.path, label: type.plural },
      { href: entry.url, label: entry.data.title },
    ],
    searchable: true,
    head: jsonLdScript(entryJsonLd(entry)),
    body,
  });
}

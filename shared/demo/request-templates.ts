import type { Department } from './names.ts';
import type { SkillKey } from './people.ts';

/**
 * The kinds of ad-hoc work a trade association's secretariat really gets, each with the
 * explicit expectations a good intake records: goal, deliverable, what the requester
 * supplies and when the requester will be satisfied.
 */
export type RequestTemplate = {
  titles: readonly string[];
  skills: readonly SkillKey[];
  hours: readonly [number, number];
  departments: readonly Department[];
  goal: string;
  deliverable: string;
  supplies: string;
  doneWhen: string;
  weight: number;
};

export const requestTemplates: readonly RequestTemplate[] = [
  {
    titles: ['Notulen ALV', 'Notulen bestuursvergadering', 'Notulen ledenraad', 'Notulen commissie Arbeidsmarkt'],
    skills: ['minutes'],
    hours: [2, 8],
    departments: ['Bestuur', 'Beleid'],
    goal: 'Besluiten en actiepunten vastleggen zodat iedereen weet wat er afgesproken is.',
    deliverable: 'Conceptnotulen met besluitenlijst en actielijst.',
    supplies: 'Agenda, vergaderstukken en presentielijst vooraf.',
    doneWhen: 'Concept binnen drie werkdagen bij de voorzitter.',
    weight: 14,
  },
  {
    titles: ['Ledenbijeenkomst organiseren', 'Regiobijeenkomst leden Noord', 'Netwerkmiddag jonge ondernemers'],
    skills: ['events'],
    hours: [8, 32],
    departments: ['Leden & Markt', 'Communicatie'],
    goal: 'Leden ontmoeten elkaar en horen de nieuwe koers van de vereniging.',
    deliverable: 'Locatie, catering, uitnodiging, aanmeldlijst en draaiboek.',
    supplies: 'Datum, doelgroep, budget en sprekers.',
    doneWhen: 'Bijeenkomst heeft plaatsgevonden en de evaluatie is verstuurd.',
    weight: 7,
  },
  {
    titles: [
      'Onboarding nieuwe medewerkers in SharePoint',
      'SharePoint-rechten nieuwe collega’s regelen',
      'Introductieprogramma nieuwe medewerkers',
    ],
    skills: ['onboarding', 'sharepoint'],
    hours: [3, 12],
    departments: ['HR', 'ICT'],
    goal: 'Nieuwe collega’s kunnen vanaf dag één hun documenten vinden en delen.',
    deliverable: 'Ingerichte teamsites, rechten en een korte uitleg per medewerker.',
    supplies: 'Namen, startdata en afdelingen van de nieuwe medewerkers.',
    doneWhen: 'Iedere nieuwe medewerker heeft een werkende toegang en uitleg gehad.',
    weight: 6,
  },
  {
    titles: [
      'Reisplanning delegatie Brussel',
      'Werkbezoek Berlijn plannen',
      'Hotel en treinreis congres Wenen',
      'Reis handelsmissie Kopenhagen',
    ],
    skills: ['travel', 'english'],
    hours: [3, 14],
    departments: ['Bestuur', 'Beleid'],
    goal: 'De delegatie reist zonder zorgen en is op tijd bij alle afspraken.',
    deliverable: 'Reisschema met treinen, hotel en afspraken in één overzicht.',
    supplies: 'Namen van de reizigers, data en gewenste afspraken.',
    doneWhen: 'Alle boekingen bevestigd en het reisschema gedeeld.',
    weight: 6,
  },
  {
    titles: ['Jaarverslag opmaken', 'Ledenmagazine corrigeren en opmaken', 'Factsheet branchecijfers opmaken'],
    skills: ['sharepoint'],
    hours: [8, 40],
    departments: ['Communicatie', 'Bestuur'],
    goal: 'Een verzorgd document dat leden en partners graag lezen.',
    deliverable: 'Opgemaakt document in huisstijl, drukklaar als pdf.',
    supplies: 'Definitieve teksten, cijfers en beeldmateriaal.',
    doneWhen: 'Pdf goedgekeurd door de afdeling en naar de drukker.',
    weight: 4,
  },
  {
    titles: [
      'Agenda directeur ordenen na vakantie',
      'Vergaderreeks stuurgroep plannen',
      'Overlegstructuur nieuwe manager opzetten',
    ],
    skills: ['agenda'],
    hours: [1, 6],
    departments: ['Bestuur', 'Beleid', 'Leden & Markt'],
    goal: 'Overleggen staan op tijd in de agenda zonder dubbele boekingen.',
    deliverable: 'Geplande reeks afspraken met zalen en uitnodigingen.',
    supplies: 'Deelnemers, gewenste frequentie en prioriteiten.',
    doneWhen: 'Alle uitnodigingen zijn geaccepteerd.',
    weight: 12,
  },
  {
    titles: ['Declaraties verwerken Beleid', 'Facturen sponsoring nalopen', 'Budgetoverzicht evenementen bijwerken'],
    skills: ['finance'],
    hours: [2, 10],
    departments: ['Financiën', 'Beleid'],
    goal: 'Kosten zijn op tijd en juist geboekt.',
    deliverable: 'Gecontroleerde lijst, klaar voor Financiën.',
    supplies: 'Bonnen, facturen en kostenplaatsen.',
    doneWhen: 'Financiën heeft alles zonder vragen verwerkt.',
    weight: 6,
  },
  {
    titles: ['Engelstalige brief aan Europese koepel', 'Vertaling position paper', 'Correspondentie EU-consultatie'],
    skills: ['english'],
    hours: [2, 8],
    departments: ['Beleid', 'Bestuur'],
    goal: 'Een correcte Engelse tekst die het standpunt helder overbrengt.',
    deliverable: 'Vertaalde en gecorrigeerde tekst.',
    supplies: 'Definitieve Nederlandse tekst en eventuele vaktermen.',
    doneWhen: 'De beleidsadviseur keurt de tekst goed.',
    weight: 5,
  },
  {
    titles: [
      'Webinar ledenservice voorbereiden',
      'Kennissessie cao organiseren',
      'Inloopspreekuur ondernemers plannen',
    ],
    skills: ['events', 'agenda'],
    hours: [4, 16],
    departments: ['Leden & Markt', 'Communicatie', 'HR'],
    goal: 'Leden weten waar ze terechtkunnen met hun vragen.',
    deliverable: 'Aanmeldpagina, uitnodiging, technische check en opname.',
    supplies: 'Spreker, onderwerp en gewenste datum.',
    doneWhen: 'Sessie gehouden en opname gedeeld met de deelnemers.',
    weight: 5,
  },
  {
    titles: [
      'SharePoint-site afdeling opschonen',
      'Archief bestuursstukken ordenen',
      'Documentstructuur projectteam inrichten',
    ],
    skills: ['sharepoint'],
    hours: [4, 20],
    departments: ['ICT', 'Bestuur', 'Beleid'],
    goal: 'Documenten zijn vindbaar en oude versies gearchiveerd.',
    deliverable: 'Opgeschoonde site met een heldere mappenstructuur.',
    supplies: 'Wie welke rechten nodig heeft en wat weg mag.',
    doneWhen: 'De afdeling werkt een week zonder zoekvragen.',
    weight: 5,
  },
  {
    titles: [
      'Relatiegeschenken eindejaar regelen',
      'Afscheidsreceptie organiseren',
      'Jubileum medewerker voorbereiden',
    ],
    skills: ['events'],
    hours: [2, 10],
    departments: ['HR', 'Bestuur'],
    goal: 'Een persoonlijk en goed verzorgd moment.',
    deliverable: 'Geregelde locatie, cadeau, kaart en uitnodigingen.',
    supplies: 'Budget, gastenlijst en wensen van de betrokkene.',
    doneWhen: 'Het moment heeft plaatsgevonden zonder verrassingen.',
    weight: 5,
  },
  {
    titles: ['Ledenlijst bijwerken voor mailing', 'Adresbestand congres controleren', 'Enquête leden uitzetten'],
    skills: ['agenda', 'sharepoint'],
    hours: [2, 12],
    departments: ['Leden & Markt', 'Communicatie'],
    goal: 'De mailing bereikt de juiste mensen.',
    deliverable: 'Gecontroleerd en opgeschoond bestand.',
    supplies: 'Export uit het ledensysteem en de selectiecriteria.',
    doneWhen: 'Mailing verstuurd met minder dan 2% onbestelbaar.',
    weight: 6,
  },
  {
    titles: ['Vergaderstukken bestuur samenstellen', 'Stukken ledenraad verzenden', 'Bestuurspakket klaarzetten'],
    skills: ['minutes', 'agenda'],
    hours: [2, 6],
    departments: ['Bestuur'],
    goal: 'Bestuursleden hebben de stukken een week van tevoren.',
    deliverable: 'Compleet pakket in de bestuursomgeving.',
    supplies: 'Alle definitieve stukken van de steller.',
    doneWhen: 'Stukken staan online en de leden zijn bericht.',
    weight: 7,
  },
  {
    titles: ['Werkplekken nieuwe collega’s regelen', 'Laptops en accounts aanvragen'],
    skills: ['onboarding'],
    hours: [1, 5],
    departments: ['HR', 'ICT'],
    goal: 'Nieuwe collega’s kunnen op hun eerste dag aan de slag.',
    deliverable: 'Werkplek, pas, laptop en accounts klaar.',
    supplies: 'Startdatum en functie van de nieuwe medewerker.',
    doneWhen: 'De eerste werkdag verloopt zonder haperingen.',
    weight: 4,
  },
];

export const declineReasons = [
  'Hoort bij de afdeling zelf',
  'Valt buiten de dienstverlening van het secretariaat',
  'Geen capaciteit binnen de gevraagde termijn',
  'Dubbel verzoek; loopt al via Communicatie',
  'Deadline niet haalbaar; de aanvrager regelt het zelf',
] as const;

export const deferReasons = [
  'Geen capaciteit deze week; volgende week mogelijk',
  'Wacht op aanlevering van de stukken door de aanvrager',
  'Na de drukte rond de ALV oppakken',
  'Eerst lopende verzoeken afronden; ingepland over twee weken',
] as const;

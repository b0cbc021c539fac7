import type { Rng } from './random.ts';

/**
 * The model case opens with these fifteen-plus names, so the demo a lead sees first
 * looks like a real Dutch secretariat whatever the seed; larger teams add combinations.
 */
export const featuredNames = [
  'Anouk de Vries',
  'Fatima El Amrani',
  'Sanne Jansen',
  'Priya Ramdin',
  'Lotte van den Berg',
  'Esther Bakker',
  'Yasmin Öztürk',
  'Marieke Visser',
  'Kim Nguyen',
  'Joyce Pinas',
  'Ingrid Hoekstra',
  'Naima Chaouch',
  'Bas Mulder',
  'Daphne Wijaya',
  'Merel Dekker',
  'Ayşe Yılmaz',
  'Rianne Kuipers',
  'Tom de Jong',
  'Chantal Rozenblad',
  'Linda Smit',
] as const;

export const firstNames = [
  'Anouk',
  'Sanne',
  'Lotte',
  'Esther',
  'Marieke',
  'Ingrid',
  'Merel',
  'Rianne',
  'Linda',
  'Chantal',
  'Fatima',
  'Priya',
  'Yasmin',
  'Kim',
  'Joyce',
  'Naima',
  'Daphne',
  'Ayşe',
  'Bas',
  'Tom',
  'Femke',
  'Iris',
  'Eva',
  'Lisa',
  'Sophie',
  'Nina',
  'Laura',
  'Marloes',
  'Petra',
  'Monique',
  'Wendy',
  'Ilse',
  'Annemiek',
  'Judith',
  'Karin',
  'Miranda',
  'Saskia',
  'Hanneke',
  'Nicole',
  'Sandra',
  'Samira',
  'Khadija',
  'Soufiane',
  'Imane',
  'Meryem',
  'Zeynep',
  'Elif',
  'Büşra',
  'Anjali',
  'Shanti',
  'Roshni',
  'Mei',
  'Lin',
  'Thi Hoa',
  'Gabriela',
  'Maria',
  'Agnieszka',
  'Kasia',
  'Olena',
  'Nadia',
  'Ruben',
  'Jeroen',
  'Mark',
  'Dennis',
  'Youssef',
  'Ravi',
  'Stefan',
  'Jasper',
  'Noor',
  'Fleur',
] as const;

export const lastNames = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'van der Linden',
  'Kok',
  'Jacobs',
  'de Haan',
  'Vermeulen',
  'van den Heuvel',
  'van Dijk',
  'Hoekstra',
  'Kuipers',
  'de Jong',
  'Verhoeven',
  'Prins',
  'Postma',
  'El Amrani',
  'Bouzid',
  'Chaouch',
  'Benali',
  'El Idrissi',
  'Aydın',
  'Öztürk',
  'Yılmaz',
  'Demir',
  'Kaya',
  'Ramdin',
  'Jagesar',
  'Ramsaran',
  'Pinas',
  'Rozenblad',
  'Nguyen',
  'Tran',
  'Wijaya',
  'Tan',
  'Kowalska',
  'Nowak',
  'Kovalenko',
  'Santos',
  'Silva',
  'Martina',
] as const;

/** Email-safe ASCII: the schema's email check accepts no diacritics and no spaces. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function emailFor(name: string, domain: string): string {
  const [first = 'medewerker', ...rest] = name.split(' ');
  const last = rest.filter((part) => !/^\d+$/.test(part)).join('');
  const suffix = rest.find((part) => /^\d+$/.test(part)) ?? '';
  const local = [asciiSlug(first), asciiSlug(last) + suffix].filter((part) => part.length > 0).join('.');
  return `${local || 'medewerker'}@${domain}`;
}

/**
 * Unique full names: the featured list first, then random combinations; a numeric
 * suffix only when a team is so large that the combinations run out.
 */
export function uniqueNames(count: number, rng: Rng): string[] {
  const names: string[] = featuredNames.slice(0, count);
  const taken = new Set<string>(names);
  while (names.length < count) {
    let name = `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
    for (let attempt = 0; taken.has(name) && attempt < 8; attempt++) {
      name = `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
    }
    for (let n = 2; taken.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
    taken.add(name);
    names.push(name);
  }
  return names;
}

/** A random outside person (requester, client contact), not a team member. */
export function randomName(rng: Rng): string {
  return `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
}

/** Capitalised for use inside a title such as "Directeur (M. de Vries)". */
export function initialAndLastName(rng: Rng): string {
  const first = rng.pick(firstNames);
  const last = rng.pick(lastNames);
  return `${first.charAt(0)}. ${last}`;
}

const featuredSupported = [
  'Directeur (M. Bakker)',
  'Manager Beleid (J. Smit)',
  'Team Communicatie',
  'Manager Leden & Markt (R. Kok)',
  'Hoofd Financiën (E. Visser)',
  'Team Evenementen',
  'Bestuurssecretaris (H. de Graaf)',
  'Adjunct-directeur (P. Verhoeven)',
  'Voorzitter bestuur (A. Hoekstra)',
  'Hoofd HR (L. Brouwer)',
  'Manager ICT (D. Peeters)',
  'Manager Communicatie (S. Meijer)',
  'Team Beleid Arbeidsmarkt',
  'Team Beleid Economie & Duurzaamheid',
  'Team Ledenservice',
  'Hoofd Kennis & Data (F. Dijkman)',
  'Juridisch adviseur (K. Vos)',
  'Team Public Affairs',
  'Programmamanager Opleidingen (W. Prins)',
  'Ondernemingsraad',
  'Regiomanager Noord (G. Dekker)',
  'Regiomanager Zuid (B. van Leeuwen)',
  'Team Juridische Zaken',
  'Raad van Toezicht',
  'Projectleider cao-overleg (T. Hendriks)',
  'Manager Facilitair (O. Jacobs)',
  'Team Financiën',
  'Team HR',
  'Team ICT',
  'Hoofd Ledenadministratie (C. Postma)',
] as const;

const supportedRoles = [
  'Beleidsadviseur',
  'Senior beleidsadviseur',
  'Accountmanager',
  'Projectleider',
  'Teamleider',
  'Programmamanager',
  'Regiomanager',
  'Adviseur',
  'Manager',
  'Coördinator',
] as const;
const supportedDomains = [
  'Arbeidsmarkt',
  'Onderwijs',
  'Duurzaamheid',
  'Innovatie',
  'Leden',
  'Europa',
  'Veiligheid',
  'Data',
  'Regio Oost',
  'Regio West',
  'Internationaal',
  'Digitalisering',
  'Cao',
  'Subsidies',
  'Kwaliteit',
] as const;

/** Who the team supports structurally: the well-known roles first, then generated ones for large teams. */
export function supportedNames(count: number, rng: Rng): string[] {
  const names: string[] = rng.shuffle(featuredSupported).slice(0, count);
  const taken = new Set<string>(names);
  while (names.length < count) {
    let name = `${rng.pick(supportedRoles)} ${rng.pick(supportedDomains)} (${initialAndLastName(rng)})`;
    for (let n = 2; taken.has(name); n++) name = `${name.replace(/ #\d+$/, '')} #${n}`;
    taken.add(name);
    names.push(name);
  }
  return names;
}

export const departments = ['Beleid', 'Communicatie', 'Leden & Markt', 'Financiën', 'ICT', 'HR', 'Bestuur'] as const;
export type Department = (typeof departments)[number];

// Writes a register file like the DfE's all-establishments download (edubasealldataYYYYMMDD.csv):
// every one of its columns, Windows-1252, CRLF, quoted where needed, with a handful of bad rows.
// Establishments are invented (URNs 800000+, websites on example.org); the same file every time.
// Usage: node bench/organisations/generate-gias.mjs [rows=30000] [out=bench/.work/gias-<rows>.csv]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCAL_AUTHORITIES } from '@commonroom/contracts';
import { repoRoot } from '../../infra/scripts/node24.mjs';

/** The download's header, in its order. */
export const GIAS_HEADER = [
  'URN',
  'LA (code)',
  'LA (name)',
  'EstablishmentNumber',
  'EstablishmentName',
  'TypeOfEstablishment (code)',
  'TypeOfEstablishment (name)',
  'EstablishmentTypeGroup (code)',
  'EstablishmentTypeGroup (name)',
  'EstablishmentStatus (code)',
  'EstablishmentStatus (name)',
  'ReasonEstablishmentOpened (code)',
  'ReasonEstablishmentOpened (name)',
  'OpenDate',
  'ReasonEstablishmentClosed (code)',
  'ReasonEstablishmentClosed (name)',
  'CloseDate',
  'PhaseOfEducation (code)',
  'PhaseOfEducation (name)',
  'StatutoryLowAge',
  'StatutoryHighAge',
  'Boarders (code)',
  'Boarders (name)',
  'NurseryProvision (name)',
  'OfficialSixthForm (code)',
  'OfficialSixthForm (name)',
  'Gender (code)',
  'Gender (name)',
  'ReligiousCharacter (code)',
  'ReligiousCharacter (name)',
  'ReligiousEthos (name)',
  'Diocese (code)',
  'Diocese (name)',
  'AdmissionsPolicy (code)',
  'AdmissionsPolicy (name)',
  'SchoolCapacity',
  'SpecialClasses (code)',
  'SpecialClasses (name)',
  'CensusDate',
  'NumberOfPupils',
  'NumberOfBoys',
  'NumberOfGirls',
  'PercentageFSM',
  'TrustSchoolFlag (code)',
  'TrustSchoolFlag (name)',
  'Trusts (code)',
  'Trusts (name)',
  'SchoolSponsorFlag (name)',
  'SchoolSponsors (name)',
  'FederationFlag (name)',
  'Federations (code)',
  'Federations (name)',
  'UKPRN',
  'FEHEIdentifier',
  'FurtherEducationType (name)',
  'OfstedLastInsp',
  'OfstedSpecialMeasures (code)',
  'OfstedSpecialMeasures (name)',
  'LastChangedDate',
  'Street',
  'Locality',
  'Address3',
  'Town',
  'County (name)',
  'Postcode',
  'SchoolWebsite',
  'TelephoneNum',
  'HeadTitle (name)',
  'HeadFirstName',
  'HeadLastName',
  'HeadPreferredJobTitle',
  'BSOInspectorateName (name)',
  'InspectorateReport',
  'DateOfLastInspectionVisit',
  'NextInspectionVisit',
  'TeenMoth (name)',
  'TeenMothPlaces',
  'CCF (name)',
  'SENPRU (name)',
  'EBD (name)',
  'PlacesPRU',
  'FTProv (name)',
  'EdByOther (name)',
  'Section41Approved (name)',
  'SEN1 (name)',
  'SEN2 (name)',
  'SEN3 (name)',
  'SEN4 (name)',
  'SEN5 (name)',
  'SEN6 (name)',
  'SEN7 (name)',
  'SEN8 (name)',
  'SEN9 (name)',
  'SEN10 (name)',
  'SEN11 (name)',
  'SEN12 (name)',
  'SEN13 (name)',
  'TypeOfResourcedProvision (name)',
  'ResourcedProvisionOnRoll',
  'ResourcedProvisionCapacity',
  'SenUnitOnRoll',
  'SenUnitCapacity',
  'GOR (code)',
  'GOR (name)',
  'DistrictAdministrative (code)',
  'DistrictAdministrative (name)',
  'AdministrativeWard (code)',
  'AdministrativeWard (name)',
  'ParliamentaryConstituency (code)',
  'ParliamentaryConstituency (name)',
  'UrbanRural (code)',
  'UrbanRural (name)',
  'GSSLACode (name)',
  'Easting',
  'Northing',
  'MSOA (name)',
  'LSOA (name)',
  'InspectorateName (name)',
  'SENStat',
  'SENNoStat',
  'BoardingEstablishment (name)',
  'PropsName',
  'PreviousLA (code)',
  'PreviousLA (name)',
  'PreviousEstablishmentNumber',
  'OfstedRating (name)',
  'RSCRegion (name)',
  'Country (name)',
  'UPRN',
  'SiteName',
  'QABName (code)',
  'QABName (name)',
  'EstablishmentAccredited (code)',
  'EstablishmentAccredited (name)',
  'QABReport',
  'CHNumber',
  'MSOA (code)',
  'LSOA (code)',
  'FSM',
  'AccreditationExpiryDate',
];

// [code, name, group code, group name, phases it comes in, weight]
const TYPES = [
  ['1', 'Community school', '4', 'Local authority maintained schools', ['Primary', 'Secondary', 'Nursery'], 30],
  ['2', 'Voluntary aided school', '4', 'Local authority maintained schools', ['Primary', 'Secondary'], 10],
  ['3', 'Voluntary controlled school', '4', 'Local authority maintained schools', ['Primary'], 8],
  [
    '5',
    'Foundation school',
    '4',
    'Local authority maintained schools',
    ['Primary', 'Secondary', 'Middle deemed secondary'],
    5,
  ],
  ['7', 'Community special school', '5', 'Special schools', ['Not applicable'], 4],
  [
    '11',
    'Other independent school',
    '3',
    'Independent schools',
    ['Not applicable', 'Primary', 'Secondary', 'All-through'],
    9,
  ],
  ['14', 'Pupil referral unit', '4', 'Local authority maintained schools', ['Not applicable'], 1],
  ['15', 'LA nursery school', '4', 'Local authority maintained schools', ['Nursery'], 1],
  ['18', 'Further education', '1', 'Colleges', ['16 plus', 'Not applicable'], 2],
  ['28', 'Academy sponsor led', '10', 'Academies', ['Primary', 'Secondary', 'All-through'], 8],
  ['29', 'Higher education institutions', '2', 'Universities', ['Not applicable'], 1],
  ['34', 'Academy converter', '10', 'Academies', ['Primary', 'Secondary', 'Middle deemed primary'], 18],
  ['35', 'Free schools', '11', 'Free Schools', ['Primary', 'Secondary', 'All-through'], 2],
  ['45', 'Academy 16-19 converter', '10', 'Academies', ['16 plus'], 1],
];
const PHASE_CODES = {
  'Not applicable': '0',
  Nursery: '1',
  Primary: '2',
  'Middle deemed primary': '3',
  Secondary: '4',
  'Middle deemed secondary': '5',
  '16 plus': '6',
  'All-through': '7',
};
const GOR_CODES = {
  north_east: ['A', 'North East'],
  north_west: ['B', 'North West'],
  yorkshire_and_the_humber: ['D', 'Yorkshire and the Humber'],
  east_midlands: ['E', 'East Midlands'],
  west_midlands: ['F', 'West Midlands'],
  east_of_england: ['G', 'East of England'],
  london: ['H', 'London'],
  south_east: ['J', 'South East'],
  south_west: ['K', 'South West'],
};
const SAINTS = ['Mary’s', 'John’s', 'Peter’s', 'Anne’s', 'Bede’s', 'Aidan’s', 'Hilda’s'];
const PLACES = [
  'Oakfield',
  'Ashby',
  'Brook Green',
  'Castle Hill',
  'Elmwood',
  'Fairfield',
  'Greenacre',
  'Hollybush',
  'Kingsway',
  'Linden',
  'Meadowbank',
  'Northgate',
  'Orchard',
  'Parkside',
  'Queensway',
  'Riverside',
  'Southfields',
  'Thornhill',
  'Westgate',
  'Beauchêne',
];
const FIRST = [
  'Anna',
  'Ben',
  'Chloé',
  'David',
  'Emma',
  'Farid',
  'Grace',
  'Hamid',
  'Isla',
  'James',
  'Kemi',
  'Liam',
  'Maya',
  'Niamh',
  'Owen',
  'Priya',
];
const LAST = [
  'Ahmed',
  'Brown',
  'Clarke',
  'Davies',
  'Evans',
  'Fox',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Moore',
  'Nowak',
  'O’Neill',
  'Patel',
];

/** A small seeded generator (mulberry32), so the file is the same on every machine. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const csvValue = (v) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const date = (rand, from, to) =>
  `${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${from + Math.floor(rand() * (to - from))}`;

function establishment(i, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const totalWeight = TYPES.reduce((n, t) => n + t[5], 0);
  let roll = rand() * totalWeight;
  const type = TYPES.find((t) => (roll -= t[5]) < 0) ?? TYPES[0];
  const phase = pick(type[4]);
  const la = LOCAL_AUTHORITIES[Math.floor(rand() * LOCAL_AUTHORITIES.length)];
  const statusRoll = rand();
  const [statusCode, status] =
    statusRoll < 0.6
      ? ['1', 'Open']
      : statusRoll < 0.97
        ? ['2', 'Closed']
        : statusRoll < 0.99
          ? ['3', 'Open, but proposed to close']
          : ['4', 'Proposed to open'];
  const place = pick(PLACES);
  const name =
    rand() < 0.15
      ? `St ${pick(SAINTS)} ${phase === 'Secondary' ? 'High School' : 'Primary School'}`
      : `${place} ${phase === 'Primary' ? 'Primary School' : phase === 'Nursery' ? 'Nursery School' : type[1].startsWith('Academy') ? 'Academy' : 'School'}`;
  const row = Object.fromEntries(GIAS_HEADER.map((column) => [column, '']));
  Object.assign(row, {
    URN: 800000 + i,
    'LA (code)': la.code,
    'LA (name)': la.name,
    EstablishmentNumber: 2000 + (i % 7000),
    EstablishmentName: name,
    'TypeOfEstablishment (code)': type[0],
    'TypeOfEstablishment (name)': type[1],
    'EstablishmentTypeGroup (code)': type[2],
    'EstablishmentTypeGroup (name)': type[3],
    'EstablishmentStatus (code)': statusCode,
    'EstablishmentStatus (name)': status,
    'ReasonEstablishmentOpened (name)': 'Not applicable',
    OpenDate: rand() < 0.5 ? date(rand, 1950, 2024) : '',
    CloseDate:
      status === 'Closed' || status.includes('proposed')
        ? date(rand, status === 'Closed' ? 1990 : 2026, status === 'Closed' ? 2025 : 2028)
        : '',
    'ReasonEstablishmentClosed (name)': status === 'Closed' ? 'Academy converter' : 'Not applicable',
    'PhaseOfEducation (code)': PHASE_CODES[phase],
    'PhaseOfEducation (name)': phase,
    StatutoryLowAge: phase === 'Secondary' ? 11 : 4,
    StatutoryHighAge: phase === 'Secondary' ? 16 : 11,
    'Boarders (name)': 'No boarders',
    'NurseryProvision (name)': 'No Nursery Classes',
    'OfficialSixthForm (name)': 'Does not have a sixth form',
    'Gender (name)': 'Mixed',
    'ReligiousCharacter (name)': name.startsWith('St ') ? 'Church of England' : 'Does not apply',
    'ReligiousEthos (name)': 'Does not apply',
    'Diocese (name)': 'Not applicable',
    'AdmissionsPolicy (name)': 'Not applicable',
    SchoolCapacity: 100 + Math.floor(rand() * 1500),
    'SpecialClasses (name)': 'No Special Classes',
    CensusDate: '16-01-2025',
    NumberOfPupils: status === 'Open' ? 50 + Math.floor(rand() * 1400) : '',
    PercentageFSM: status === 'Open' ? (rand() * 50).toFixed(1) : '',
    'TrustSchoolFlag (name)': type[1].startsWith('Academy') ? 'Supported by a multi-academy trust' : 'Not applicable',
    'Trusts (name)': type[1].startsWith('Academy') ? `${place} Learning Trust` : '',
    UKPRN: status === 'Open' && rand() < 0.7 ? 10000000 + i : '',
    LastChangedDate: date(rand, 2020, 2025),
    Street: `${1 + Math.floor(rand() * 200)} ${pick(PLACES)} Road`,
    Locality: rand() < 0.3 ? pick(PLACES) : '',
    Town: `${pick(PLACES)}ton`,
    Postcode: `ZZ${1 + Math.floor(rand() * 99)} ${Math.floor(rand() * 9)}AA`,
    SchoolWebsite:
      rand() < 0.1
        ? ''
        : `${rand() < 0.5 ? 'http://' : ''}www.${place.toLowerCase().replace(/[^a-z]+/g, '')}-${i}.example.org`,
    TelephoneNum: `01632 ${String(960000 + (i % 1000))}`,
    'HeadTitle (name)': pick(['Mr', 'Mrs', 'Ms', 'Dr']),
    HeadFirstName: pick(FIRST),
    HeadLastName: pick(LAST),
    HeadPreferredJobTitle: 'Headteacher',
    'GOR (code)': GOR_CODES[la.region][0],
    'GOR (name)': GOR_CODES[la.region][1],
    'DistrictAdministrative (name)': la.name,
    'AdministrativeWard (name)': `${pick(PLACES)} Ward`,
    'ParliamentaryConstituency (name)': `${la.name} ${pick(['North', 'South', 'East', 'West'])}`,
    'UrbanRural (name)': pick([
      '(England/Wales) Urban city and town',
      '(England/Wales) Rural village',
      '(England/Wales) Urban major conurbation',
    ]),
    Easting: 300000 + Math.floor(rand() * 300000),
    Northing: 100000 + Math.floor(rand() * 500000),
    'MSOA (name)': `${la.name} 0${10 + (i % 80)}`,
    'LSOA (name)': `${la.name} 0${10 + (i % 80)}A`,
    'OfstedRating (name)': pick(['Good', 'Outstanding', 'Requires improvement', '']),
    'RSCRegion (name)': GOR_CODES[la.region][1],
    'Country (name)': 'United Kingdom',
    UPRN: 100000000000 + i,
    'MSOA (code)': `E0200${String(i % 10000).padStart(4, '0')}`,
    'LSOA (code)': `E0100${String(i % 10000).padStart(4, '0')}`,
  });
  return row;
}

const toLine = (row) => GIAS_HEADER.map((column) => csvValue(row[column])).join(',');

/** Deliberately bad rows, each a different mistake the import must report and survive. */
function badRows(rand) {
  const base = (i) => establishment(i, rand);
  return [
    toLine({ ...base(900001), URN: '' }),
    toLine({ ...base(900002), 'PhaseOfEducation (name)': 'Tertiary' }),
    toLine({ ...base(900003), 'EstablishmentStatus (name)': 'Closed', CloseDate: '31-02-2019' }),
    GIAS_HEADER.slice(0, 40)
      .map((column) => csvValue(base(900004)[column]))
      .join(','), // too few columns
    toLine({ ...base(900005), URN: '80000X' }),
    toLine({ ...base(900006), 'EstablishmentStatus (name)': 'Closed', CloseDate: '' }),
    toLine({ ...base(900007), UKPRN: '123' }),
    toLine({ ...base(900008), URN: 800001 }), // a repeat of an earlier URN
  ];
}

/** Writes the file and returns its path and what went into it. */
export function generateGias(rows = 30_000, out = join(repoRoot, 'bench', '.work', `gias-${rows}.csv`)) {
  const rand = random(20260101);
  const lines = [GIAS_HEADER.map(csvValue).join(',')];
  const bad = badRows(random(7));
  const badCount = bad.length;
  const every = Math.floor(rows / badCount);
  for (let i = 1; i <= rows - badCount; i++) {
    lines.push(toLine(establishment(i, rand)));
    if (i % every === 0 && bad.length > 0) lines.push(bad.shift());
  }
  lines.push(...bad);
  const text = `${lines.join('\r\n')}\r\n`;
  // Windows-1252, as the DfE publishes it: ’ is 0x92; é, ê and the rest of Latin-1 are themselves.
  const bytes = Buffer.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  return { file: out, rows: lines.length - 1, badRows: badCount, bytes: bytes.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = generateGias(Number(process.argv[2] ?? 30_000), process.argv[3]);
  process.stdout.write(
    `Wrote ${result.file}: ${result.rows} rows (${result.badRows} bad), ${(result.bytes / 2 ** 20).toFixed(1)} MiB\n`,
  );
}

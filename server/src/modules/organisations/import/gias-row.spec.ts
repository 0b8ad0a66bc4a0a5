import {
  GIAS_COLUMNS,
  mapGiasRow,
  normaliseWebsite,
  organisationKindFor,
  parseRegisterDate,
  type GiasField,
  type GiasRow,
} from './gias-row';

/** A valid open primary school; override any column. */
function row(overrides: Partial<GiasRow> = {}): GiasRow {
  const blank = Object.fromEntries(Object.keys(GIAS_COLUMNS).map((field) => [field, ''])) as Record<GiasField, string>;
  return {
    ...blank,
    urn: '990501',
    laCode: '991',
    laName: 'Fenmoor',
    name: "St Mary's CE Primary School",
    type: 'Voluntary controlled school',
    typeGroup: 'Local authority maintained schools',
    status: 'Open',
    phase: 'Primary',
    postcode: 'fn1  2cd',
    website: 'www.stmarys.example.org',
    region: 'East of England',
    ...overrides,
  };
}

function organisation(overrides: Partial<GiasRow> = {}) {
  const mapped = mapGiasRow(row(overrides));
  if (!mapped.ok) throw new Error(`expected the row to map, but: ${mapped.reason}`);
  return mapped.organisation;
}

function reason(overrides: Partial<GiasRow>) {
  const mapped = mapGiasRow(row(overrides));
  if (mapped.ok) throw new Error('expected the row to be refused');
  return mapped;
}

describe('mapGiasRow', () => {
  it('maps an open school to the columns the register owns, with a slug made unique by the URN', () => {
    expect(organisation()).toEqual({
      urn: '990501',
      name: "St Mary's CE Primary School",
      slug: 'st-marys-ce-primary-school-990501',
      kind: 'school',
      phases: ['primary'],
      region: 'east_of_england',
      laCode: '991',
      localAuthorityName: 'Fenmoor',
      ukprn: null,
      website: 'https://www.stmarys.example.org/',
      postcode: 'FN1 2CD',
      establishmentType: 'Voluntary controlled school',
      closedOn: null,
    });
  });

  it.each([
    ['Nursery', ['early_years']],
    ['Middle deemed primary', ['middle', 'primary']],
    ['Middle deemed secondary', ['middle', 'secondary']],
    ['16 plus', ['post_16']],
    ['All-through', ['primary', 'secondary']],
    ['Not applicable', []],
  ])('maps the phase "%s" to %j', (phase, phases) => {
    expect(organisation({ phase }).phases).toEqual(phases);
  });

  it('refuses an unknown or missing phase, naming it', () => {
    expect(reason({ phase: 'Tertiary' }).reason).toBe(
      'The phase of education "Tertiary" is not one the register uses.',
    );
    expect(reason({ phase: ' ' }).reason).toBe('The phase of education is missing.');
    expect(reason({ phase: 'constructor' }).reason).toContain('"constructor"');
  });

  it('marks a closed establishment with its close date and gives up its UKPRN', () => {
    expect(organisation({ status: 'Closed', closeDate: '31-08-2019', ukprn: '10990501' })).toMatchObject({
      closedOn: '2019-08-31',
      ukprn: null,
    });
  });

  it('keeps an establishment that is only proposed to close open', () => {
    expect(
      organisation({ status: 'Open, but proposed to close', closeDate: '31-08-2027', ukprn: '10990501' }),
    ).toMatchObject({ closedOn: null, ukprn: '10990501' });
  });

  it('takes the close date as it is when the file has no status column', () => {
    expect(organisation({ status: '', closeDate: '01/09/2012' }).closedOn).toBe('2012-09-01');
  });

  it('refuses impossible or malformed dates, and a closure without a date', () => {
    expect(reason({ status: 'Closed', closeDate: '31-02-2020' }).reason).toBe(
      'The close date "31-02-2020" is not a real date in the form dd-mm-yyyy.',
    );
    expect(reason({ closeDate: '2020/13/01' }).reason).toContain('not a real date');
    expect(reason({ status: 'Closed' }).reason).toBe(
      'The register says the establishment is closed but gives no close date.',
    );
  });

  it('reports every problem of a row in one reason, with the URN when there is one', () => {
    expect(reason({ urn: '', name: '' })).toEqual({
      ok: false,
      urn: null,
      reason: 'The URN is missing. The establishment name is missing.',
    });
    expect(reason({ urn: '99X501', ukprn: '123' })).toEqual({
      ok: false,
      urn: '99X501',
      reason: 'The URN must be 6 to 8 digits. The UKPRN "123" is not 8 digits.',
    });
    expect(reason({ laCode: '91' }).reason).toBe('The LA code "91" is not three digits.');
  });

  it('treats the LA code 000 ("does not apply") as no local authority', () => {
    expect(organisation({ laCode: '000', laName: 'Does not apply' })).toMatchObject({
      laCode: null,
      localAuthorityName: null,
    });
  });

  it('takes the region from the LA when the register gives none, and none outside England', () => {
    expect(organisation({ region: '', laCode: '873', laName: 'Cambridgeshire' }).region).toBe('east_of_england');
    expect(organisation({ region: 'Wales (pseudo)', laCode: '000' }).region).toBeNull();
  });

  it('adds further education to the phases of an FE college', () => {
    expect(organisation({ type: 'Further education', typeGroup: 'Colleges', phase: '16 plus' })).toMatchObject({
      kind: 'fe_college',
      phases: ['post_16', 'further_education'],
    });
  });
});

describe('organisationKindFor', () => {
  it.each([
    ['Community school', 'Local authority maintained schools', 'school'],
    ['Academy converter', 'Academies', 'school'],
    ['Free schools 16 to 19', 'Free Schools', 'school'],
    ['Pupil referral unit', 'Local authority maintained schools', 'school'],
    ['Further education', 'Colleges', 'fe_college'],
    ['Sixth form centres', 'Colleges', 'fe_college'],
    ['Academy 16-19 converter', 'Academies', 'fe_college'],
    ['Special post 16 institution', 'Other types', 'fe_college'],
    ['Higher education institutions', 'Universities', 'hei'],
  ])('maps "%s" (%s) to %s', (type, group, kind) => {
    expect(organisationKindFor(type, group)).toBe(kind);
  });
});

describe('normaliseWebsite', () => {
  it.each([
    ['www.oakfield.example.org', 'https://www.oakfield.example.org/'],
    ['http://www.oakfield.example.org', 'https://www.oakfield.example.org/'],
    ['HTTPS://Oakfield.Example.org/Home', 'https://oakfield.example.org/Home'],
    ['http//oakfield.example.org', 'https://oakfield.example.org/'],
    ['  oakfield.example.org/ ', 'https://oakfield.example.org/'],
  ])('turns %j into %s', (raw, url) => {
    expect(normaliseWebsite(raw)).toBe(url);
  });

  it.each([
    '',
    'N/A',
    'none',
    'office@oakfield.example.org',
    'www.oakfield .example.org',
    'localhost',
    'javascript:alert(1)',
  ])('gives no website for %j', (raw) => {
    expect(normaliseWebsite(raw)).toBeNull();
  });
});

describe('parseRegisterDate', () => {
  it('reads the register form, and slashes and ISO dates from re-saved files', () => {
    expect(parseRegisterDate('01-09-2012')).toBe('2012-09-01');
    expect(parseRegisterDate('1/9/2012')).toBe('2012-09-01');
    expect(parseRegisterDate('2012-09-01')).toBe('2012-09-01');
    expect(parseRegisterDate('29-02-2024')).toBe('2024-02-29');
  });

  it('refuses dates that do not exist', () => {
    for (const text of ['29-02-2023', '00-01-2020', '12-2020', 'tomorrow'])
      expect(parseRegisterDate(text)).toBeUndefined();
  });
});

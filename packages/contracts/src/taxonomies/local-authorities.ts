import { z } from 'zod';
import type { Region } from './regions.js';

export interface LocalAuthority {
  /** The DfE's three-digit LA code, as in the "LA (code)" column of Get Information about Schools. */
  readonly code: string;
  /** The name as the DfE register spells it ("LA (name)"), e.g. "Bristol, City of". */
  readonly name: string;
  readonly region: Region;
}

/** A DfE local authority code: three digits, e.g. "873". Fictional demo authorities use 99x. */
export const localAuthorityCodeSchema = z
  .string()
  .regex(/^\d{3}$/, 'A local authority code is three digits, e.g. 873.');
export type LocalAuthorityCode = z.infer<typeof localAuthorityCodeSchema>;

const la = (code: string, name: string, region: Region): LocalAuthority => ({ code, name, region });

/**
 * Every English local authority with responsibility for schools: 153, the upper-tier authorities
 * (county councils, unitary authorities, metropolitan boroughs, London boroughs and the City of
 * London). Source: the DfE's Get Information about Schools register ("LA (code)", "LA (name)",
 * "GOR (name)"). The list reflects the position from 1 April 2023, unchanged through 2025: Cumbria
 * split into Cumberland 942 and Westmorland and Furness 943, North Yorkshire 815 and Somerset 933
 * became unitary; earlier changes are in too: Dorset 835 and BCP 839 (2019), Buckinghamshire 825
 * (2020), North and West Northamptonshire 940 and 941 (2021). Abolished codes (Cumbria 909,
 * Northamptonshire 928, Poole 836, Bournemouth 837) are not listed. When the DfE announces a
 * change, update this list and re-run `organisations:import-local-authorities`.
 */
export const LOCAL_AUTHORITIES: readonly LocalAuthority[] = [
  // North East (12)
  la('390', 'Gateshead', 'north_east'),
  la('391', 'Newcastle upon Tyne', 'north_east'),
  la('392', 'North Tyneside', 'north_east'),
  la('393', 'South Tyneside', 'north_east'),
  la('394', 'Sunderland', 'north_east'),
  la('805', 'Hartlepool', 'north_east'),
  la('806', 'Middlesbrough', 'north_east'),
  la('807', 'Redcar and Cleveland', 'north_east'),
  la('808', 'Stockton-on-Tees', 'north_east'),
  la('840', 'County Durham', 'north_east'),
  la('841', 'Darlington', 'north_east'),
  la('929', 'Northumberland', 'north_east'),
  // North West (24)
  la('340', 'Knowsley', 'north_west'),
  la('341', 'Liverpool', 'north_west'),
  la('342', 'St. Helens', 'north_west'),
  la('343', 'Sefton', 'north_west'),
  la('344', 'Wirral', 'north_west'),
  la('350', 'Bolton', 'north_west'),
  la('351', 'Bury', 'north_west'),
  la('352', 'Manchester', 'north_west'),
  la('353', 'Oldham', 'north_west'),
  la('354', 'Rochdale', 'north_west'),
  la('355', 'Salford', 'north_west'),
  la('356', 'Stockport', 'north_west'),
  la('357', 'Tameside', 'north_west'),
  la('358', 'Trafford', 'north_west'),
  la('359', 'Wigan', 'north_west'),
  la('876', 'Halton', 'north_west'),
  la('877', 'Warrington', 'north_west'),
  la('888', 'Lancashire', 'north_west'),
  la('889', 'Blackburn with Darwen', 'north_west'),
  la('890', 'Blackpool', 'north_west'),
  la('895', 'Cheshire East', 'north_west'),
  la('896', 'Cheshire West and Chester', 'north_west'),
  la('942', 'Cumberland', 'north_west'),
  la('943', 'Westmorland and Furness', 'north_west'),
  // Yorkshire and the Humber (15)
  la('370', 'Barnsley', 'yorkshire_and_the_humber'),
  la('371', 'Doncaster', 'yorkshire_and_the_humber'),
  la('372', 'Rotherham', 'yorkshire_and_the_humber'),
  la('373', 'Sheffield', 'yorkshire_and_the_humber'),
  la('380', 'Bradford', 'yorkshire_and_the_humber'),
  la('381', 'Calderdale', 'yorkshire_and_the_humber'),
  la('382', 'Kirklees', 'yorkshire_and_the_humber'),
  la('383', 'Leeds', 'yorkshire_and_the_humber'),
  la('384', 'Wakefield', 'yorkshire_and_the_humber'),
  la('810', 'Kingston upon Hull, City of', 'yorkshire_and_the_humber'),
  la('811', 'East Riding of Yorkshire', 'yorkshire_and_the_humber'),
  la('812', 'North East Lincolnshire', 'yorkshire_and_the_humber'),
  la('813', 'North Lincolnshire', 'yorkshire_and_the_humber'),
  la('815', 'North Yorkshire', 'yorkshire_and_the_humber'),
  la('816', 'York', 'yorkshire_and_the_humber'),
  // East Midlands (10)
  la('830', 'Derbyshire', 'east_midlands'),
  la('831', 'Derby', 'east_midlands'),
  la('855', 'Leicestershire', 'east_midlands'),
  la('856', 'Leicester', 'east_midlands'),
  la('857', 'Rutland', 'east_midlands'),
  la('891', 'Nottinghamshire', 'east_midlands'),
  la('892', 'Nottingham', 'east_midlands'),
  la('925', 'Lincolnshire', 'east_midlands'),
  la('940', 'North Northamptonshire', 'east_midlands'),
  la('941', 'West Northamptonshire', 'east_midlands'),
  // West Midlands (14)
  la('330', 'Birmingham', 'west_midlands'),
  la('331', 'Coventry', 'west_midlands'),
  la('332', 'Dudley', 'west_midlands'),
  la('333', 'Sandwell', 'west_midlands'),
  la('334', 'Solihull', 'west_midlands'),
  la('335', 'Walsall', 'west_midlands'),
  la('336', 'Wolverhampton', 'west_midlands'),
  la('860', 'Staffordshire', 'west_midlands'),
  la('861', 'Stoke-on-Trent', 'west_midlands'),
  la('884', 'Herefordshire, County of', 'west_midlands'),
  la('885', 'Worcestershire', 'west_midlands'),
  la('893', 'Shropshire', 'west_midlands'),
  la('894', 'Telford and Wrekin', 'west_midlands'),
  la('937', 'Warwickshire', 'west_midlands'),
  // East of England (11)
  la('821', 'Luton', 'east_of_england'),
  la('822', 'Bedford', 'east_of_england'),
  la('823', 'Central Bedfordshire', 'east_of_england'),
  la('873', 'Cambridgeshire', 'east_of_england'),
  la('874', 'Peterborough', 'east_of_england'),
  la('881', 'Essex', 'east_of_england'),
  la('882', 'Southend-on-Sea', 'east_of_england'),
  la('883', 'Thurrock', 'east_of_england'),
  la('919', 'Hertfordshire', 'east_of_england'),
  la('926', 'Norfolk', 'east_of_england'),
  la('935', 'Suffolk', 'east_of_england'),
  // London (33)
  la('201', 'City of London', 'london'),
  la('202', 'Camden', 'london'),
  la('203', 'Greenwich', 'london'),
  la('204', 'Hackney', 'london'),
  la('205', 'Hammersmith and Fulham', 'london'),
  la('206', 'Islington', 'london'),
  la('207', 'Kensington and Chelsea', 'london'),
  la('208', 'Lambeth', 'london'),
  la('209', 'Lewisham', 'london'),
  la('210', 'Southwark', 'london'),
  la('211', 'Tower Hamlets', 'london'),
  la('212', 'Wandsworth', 'london'),
  la('213', 'Westminster', 'london'),
  la('301', 'Barking and Dagenham', 'london'),
  la('302', 'Barnet', 'london'),
  la('303', 'Bexley', 'london'),
  la('304', 'Brent', 'london'),
  la('305', 'Bromley', 'london'),
  la('306', 'Croydon', 'london'),
  la('307', 'Ealing', 'london'),
  la('308', 'Enfield', 'london'),
  la('309', 'Haringey', 'london'),
  la('310', 'Harrow', 'london'),
  la('311', 'Havering', 'london'),
  la('312', 'Hillingdon', 'london'),
  la('313', 'Hounslow', 'london'),
  la('314', 'Kingston upon Thames', 'london'),
  la('315', 'Merton', 'london'),
  la('316', 'Newham', 'london'),
  la('317', 'Redbridge', 'london'),
  la('318', 'Richmond upon Thames', 'london'),
  la('319', 'Sutton', 'london'),
  la('320', 'Waltham Forest', 'london'),
  // South East (19)
  la('825', 'Buckinghamshire', 'south_east'),
  la('826', 'Milton Keynes', 'south_east'),
  la('845', 'East Sussex', 'south_east'),
  la('846', 'Brighton and Hove', 'south_east'),
  la('850', 'Hampshire', 'south_east'),
  la('851', 'Portsmouth', 'south_east'),
  la('852', 'Southampton', 'south_east'),
  la('867', 'Bracknell Forest', 'south_east'),
  la('868', 'Windsor and Maidenhead', 'south_east'),
  la('869', 'West Berkshire', 'south_east'),
  la('870', 'Reading', 'south_east'),
  la('871', 'Slough', 'south_east'),
  la('872', 'Wokingham', 'south_east'),
  la('886', 'Kent', 'south_east'),
  la('887', 'Medway', 'south_east'),
  la('921', 'Isle of Wight', 'south_east'),
  la('931', 'Oxfordshire', 'south_east'),
  la('936', 'Surrey', 'south_east'),
  la('938', 'West Sussex', 'south_east'),
  // South West (15)
  la('420', 'Isles of Scilly', 'south_west'),
  la('800', 'Bath and North East Somerset', 'south_west'),
  la('801', 'Bristol, City of', 'south_west'),
  la('802', 'North Somerset', 'south_west'),
  la('803', 'South Gloucestershire', 'south_west'),
  la('835', 'Dorset', 'south_west'),
  la('839', 'Bournemouth, Christchurch and Poole', 'south_west'),
  la('865', 'Wiltshire', 'south_west'),
  la('866', 'Swindon', 'south_west'),
  la('878', 'Devon', 'south_west'),
  la('879', 'Plymouth', 'south_west'),
  la('880', 'Torbay', 'south_west'),
  la('908', 'Cornwall', 'south_west'),
  la('916', 'Gloucestershire', 'south_west'),
  la('933', 'Somerset', 'south_west'),
];

const BY_CODE = new Map(LOCAL_AUTHORITIES.map((authority) => [authority.code, authority]));

/** The English local authority with this DfE code; undefined for an unknown or fictional code. */
export function findLocalAuthority(code: string): LocalAuthority | undefined {
  return BY_CODE.get(code.trim());
}

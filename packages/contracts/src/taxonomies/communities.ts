import { termIdSchema, type Term } from './define.js';

export interface CommunityTypeTerm extends Term {
  readonly description: string;
}

/**
 * Kinds of community, from the seeds' online-partnership types (002 Table 7, L1115–L1121) and the
 * networks teacher educators run (subject networks, cross-phase groups, research).
 */
export const COMMUNITY_TYPES = [
  {
    id: 'partnership',
    label: 'Partnership space',
    description:
      "The private space of one initial teacher training partnership; its members follow the partners' current staff.",
  },
  {
    id: 'subject_network',
    label: 'Subject network',
    description: 'Mentors and tutors of one subject across schools and providers.',
  },
  {
    id: 'regional',
    label: 'Regional',
    description: 'Regional leaders with local officers and schools, sharing knowledge and developing policy.',
  },
  {
    id: 'central_to_local',
    label: 'Central to local',
    description: 'A national body working with local officers on one field.',
  },
  {
    id: 'peer_benchmarking',
    label: 'Peer benchmarking',
    description: 'Peers facing similar challenges comparing practice.',
  },
  { id: 'innovators', label: 'Innovators', description: 'Developing and testing ideas for next practice.' },
  {
    id: 'cross_phase',
    label: 'Cross-phase',
    description: 'Primary, secondary and further education colleagues working on a shared theme.',
  },
  {
    id: 'research',
    label: 'Research network',
    description: 'Schools and universities researching practice together, with mentors as co-researchers.',
  },
  {
    id: 'peer_group',
    label: 'Peer group',
    description: 'A small group of trainees, early-career teachers or mentors supporting each other.',
  },
] as const satisfies readonly CommunityTypeTerm[];
export type CommunityType = (typeof COMMUNITY_TYPES)[number]['id'];
export const communityTypeSchema = termIdSchema(COMMUNITY_TYPES);

/** Who can find a community and how people join it. */
export const COMMUNITY_VISIBILITIES = [
  { id: 'open', label: 'Open', description: 'Anyone can find it, read it when signed in, and join.' },
  {
    id: 'request',
    label: 'Request to join',
    description: 'Anyone can find it; a facilitator approves each request to join.',
  },
  {
    id: 'invite_only',
    label: 'Invite only',
    description: 'Anyone can find it; only people a facilitator invites can join.',
  },
  { id: 'hidden', label: 'Hidden', description: 'Only members know it exists; people join by invitation.' },
] as const satisfies readonly CommunityTypeTerm[];
export type CommunityVisibility = (typeof COMMUNITY_VISIBILITIES)[number]['id'];
export const communityVisibilitySchema = termIdSchema(COMMUNITY_VISIBILITIES);

/** The tools a facilitator can switch on and off for a community. */
export const COMMUNITY_TOOLS = [
  { id: 'forum', label: 'Forum', description: 'Discussion threads in categories.' },
  { id: 'wiki', label: 'Wiki', description: 'Pages the members write together.' },
  { id: 'incidents', label: 'Critical incidents', description: 'Structured critical-incident posts and discussion.' },
  { id: 'blog', label: 'Blog', description: 'Posts and reflective entries.' },
  { id: 'library', label: 'Library', description: 'Shared documents in folders.' },
  { id: 'events', label: 'Events', description: 'Meetings, CPD sessions and dialogues.' },
  { id: 'members', label: 'Members list', description: 'Who belongs to the community.' },
] as const satisfies readonly CommunityTypeTerm[];
export type CommunityTool = (typeof COMMUNITY_TOOLS)[number]['id'];
export const communityToolSchema = termIdSchema(COMMUNITY_TOOLS);

/**
 * The tools that exist today: the one list the server and the client read. A tool not listed
 * cannot be switched on (400), is not offered in settings and does not show in a community even
 * when stored data has it on, so nobody meets a dead end. Add a tool here when its issue lands.
 */
export const BUILT_COMMUNITY_TOOLS: readonly CommunityTool[] = ['forum', 'members'];
export const isBuiltCommunityTool = (tool: CommunityTool): boolean => BUILT_COMMUNITY_TOOLS.includes(tool);
/** A tool a facilitator may switch on: one of the tools that exist. */
export const builtCommunityToolSchema = communityToolSchema.refine(isBuiltCommunityTool, {
  error: (issue) => `${toolLabel(issue.input)} is not available yet, so it cannot be switched on.`,
});

/** Tools a new community starts with; the facilitator changes them in settings. */
export const DEFAULT_COMMUNITY_TOOLS: readonly CommunityTool[] = ['forum', 'members'];
/**
 * A partnership space starts with the tools a partnership office uses most; each tool's issue adds
 * its tool here when it lands (the wiki, library and events).
 */
export const PARTNERSHIP_COMMUNITY_TOOLS: readonly CommunityTool[] = ['forum', 'members'];

function toolLabel(tool: unknown): string {
  return COMMUNITY_TOOLS.find((term) => term.id === tool)?.label ?? 'That tool';
}

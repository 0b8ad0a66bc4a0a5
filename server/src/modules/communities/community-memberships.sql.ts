/**
 * SQL over the `community_memberships` view (direct members plus, in a partnership space, current
 * affiliations). A person can appear in several rows; their effective role is facilitator if any
 * row says so.
 */
export const EFFECTIVE_ROLE = `CASE WHEN bool_or(role = 'facilitator') THEN 'facilitator' ELSE 'member' END`;

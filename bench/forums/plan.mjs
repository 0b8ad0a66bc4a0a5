// The shape of the seeded forum, decided in JavaScript and handed to SQL as arrays: who belongs
// where, how many categories each community has, and which community, category and how many
// posts each thread gets. Popularity is Zipf-like: a few big communities, a long tail of small ones.
import { prng, title } from './content.mjs';

export const SCALE = {
  users: 40_000,
  /** People 1..benchPeople have sessions and drive the load; each is a member of the big community. */
  benchPeople: 1_000,
  communities: 900,
  threads: 50_000,
  posts: 1_000_000,
  /** Thread 1, in community 1: the long thread whose late pages are measured. */
  longThreadPosts: 5_000,
};

/** Scales everything down for a quick trial of the scripts (`--scale=0.02`); 1 is the real seed. */
export function scaled(factor) {
  if (factor === 1) return SCALE;
  const n = (v, min) => Math.max(min, Math.round(v * factor));
  return {
    users: n(SCALE.users, 200),
    benchPeople: n(SCALE.benchPeople, 100),
    communities: n(SCALE.communities, 20),
    threads: n(SCALE.threads, 200),
    posts: n(SCALE.posts, 8_000),
    longThreadPosts: SCALE.longThreadPosts,
  };
}

/** Picks 1..n with probability proportional to 1 / rank^s. */
function zipf(n, s, random) {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / (i + 1) ** s;
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/**
 * Memberships as parallel arrays (community, person, role). Most people belong to one to four
 * communities; bench people also belong to community 1 and to community ((n-1) mod C)+1, so
 * every community has a bench member who can reply in it. Each community has at least five
 * members, and its first non-bench member facilitates it.
 */
function memberships(scale, random) {
  const pickCommunity = zipf(scale.communities, 0.8, random);
  const byCommunity = Array.from({ length: scale.communities + 1 }, () => []);
  for (let person = 1; person <= scale.users; person++) {
    const mine = new Set();
    const count = Math.min(8, 1 + Math.floor(-Math.log(1 - random()) * 1.5));
    while (mine.size < count) mine.add(pickCommunity());
    if (person <= scale.benchPeople) mine.add(1).add(((person - 1) % scale.communities) + 1);
    for (const community of mine) byCommunity[community].push(person);
  }
  const community = [];
  const person = [];
  const role = [];
  for (let c = 1; c <= scale.communities; c++) {
    const members = new Set(byCommunity[c]);
    while (members.size < 5)
      members.add(scale.benchPeople + 1 + Math.floor(random() * (scale.users - scale.benchPeople)));
    const ordered = [...members];
    const facilitator = ordered.find((p) => p > scale.benchPeople) ?? ordered[0];
    for (const p of ordered) {
      community.push(c);
      person.push(p);
      role.push(p === facilitator ? 'facilitator' : 'member');
    }
  }
  return { community, person, role };
}

/**
 * Post counts for threads 2..T that add up to exactly `posts - longThreadPosts`: log-normal (most
 * threads have a handful of replies, a few have hundreds), at least one post each.
 */
function postCounts(count, total, random) {
  const raw = Array.from({ length: count }, () => {
    const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.exp(1.1 * gaussian);
  });
  const countsFor = (factor) => raw.map((r) => Math.min(2_000, Math.max(1, Math.round(r * factor))));
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  let lo = 0;
  let hi = 10 * (total / count);
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (sum(countsFor(mid)) < total) lo = mid;
    else hi = mid;
  }
  const counts = countsFor(hi);
  for (let excess = sum(counts) - total; excess !== 0;) {
    const i = Math.floor(random() * count);
    if (excess > 0 && counts[i] > 1) {
      counts[i] -= 1;
      excess -= 1;
    } else if (excess < 0) {
      counts[i] += 1;
      excess += 1;
    }
  }
  return counts;
}

const DAY = 86_400;

/** Everything the seed's SQL needs, as arrays indexed from 0 for thread/community 1. */
export function plan(scale, seed = 2024) {
  const random = prng(seed);
  const categoryCounts = Array.from({ length: scale.communities }, () => 2 + Math.floor(random() * 5));
  const pickCommunity = zipf(scale.communities, 0.8, random);
  const counts = [scale.longThreadPosts, ...postCounts(scale.threads - 1, scale.posts - scale.longThreadPosts, random)];
  const threads = { community: [], category: [], posts: [], startAgoSeconds: [], gapSeconds: [], title: [] };
  for (let t = 1; t <= scale.threads; t++) {
    const community = t === 1 ? 1 : pickCommunity();
    const posts = counts[t - 1];
    // Replies arrive 10 minutes to 6 hours apart; the long thread has run for about two years.
    const gap = t === 1 ? 12_000 : 600 + Math.floor(random() * 21_000);
    const duration = gap * (posts - 1);
    threads.community.push(community);
    threads.category.push(t === 1 ? 0 : Math.floor(categoryCounts[community - 1] * random() ** 1.5));
    threads.posts.push(posts);
    threads.gapSeconds.push(gap);
    threads.startAgoSeconds.push(duration + 3_600 + Math.floor(random() * Math.max(DAY, 3 * 365 * DAY - duration)));
    threads.title.push(title(t));
  }
  return { memberships: memberships(scale, random), categoryCounts, threads };
}

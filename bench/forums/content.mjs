// Made-up but plausible forum content for the seed: names, community and category names, thread
// titles, and post bodies cooked by the server's own Markdown cooker so their HTML is exactly what
// the app stores. Deterministic (seeded PRNG): two seeds of the same scale hold the same text.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../../infra/scripts/node24.mjs';

/** mulberry32: small, fast and good enough to spread a seed's data; not for anything secret. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Efua',
  'Farah',
  'George',
  'Hana',
  'Imran',
  'Jess',
  'Kwame',
  'Lena',
  'Mo',
  'Niamh',
  'Owen',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tom',
  'Uma',
  'Vik',
  'Wren',
  'Yusuf',
  'Zara',
  'Aled',
  'Bethan',
  'Ciaran',
  'Dina',
  'Elliot',
];
export const LAST_NAMES = [
  'Okoye',
  'Patel',
  'Smith',
  'Jones',
  'Khan',
  'Williams',
  'Brown',
  'Taylor',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Roberts',
  'Johnson',
  'Ali',
  'Walker',
  'Wright',
  'Robinson',
  'Thompson',
  'Hughes',
  'Edwards',
  'Green',
  'Hall',
  'Wood',
  'Harris',
  'Lewis',
  'Clarke',
  'Jackson',
  'Mensah',
  'Nowak',
  'Kaur',
];

export const COMMUNITY_SUBJECTS = [
  'Secondary maths',
  'Primary science',
  'Early reading',
  'History',
  'Geography',
  'Computing',
  'Modern languages',
  'Music',
  'PE',
  'SEND',
  'English',
  'Design and technology',
  'Art',
  'Physics',
  'Chemistry',
  'RE',
  'Early years',
  'Further education',
];
export const COMMUNITY_KINDS = ['mentors', 'tutors', 'network', 'trainees', 'research group', 'ECT circle', 'leads'];
export const COMMUNITY_TYPES = [
  'subject_network',
  'regional',
  'peer_group',
  'research',
  'cross_phase',
  'innovators',
  'peer_benchmarking',
  'central_to_local',
];
export const CATEGORY_NAMES = [
  'General',
  'Placements',
  'Assessment',
  'Mentoring',
  'Subject knowledge',
  'Behaviour',
  'Wellbeing',
  'Research',
  'Announcements',
  'Resources',
];
export const TAGS = [
  'ect',
  'mentoring',
  'placement',
  'assessment',
  'workload',
  'curriculum',
  'send',
  'behaviour',
  'research',
  'wellbeing',
];

const TOPICS = [
  'the first week of a placement',
  'weekly mentor meetings',
  'lesson observation feedback',
  'the ITT core content framework',
  'planning with trainees',
  'adaptive teaching',
  'retrieval practice',
  'behaviour routines',
  'marking load',
  'the final assessment point',
  'subject knowledge audits',
  'co-planning',
  'the ECF mentor sessions',
  'reading for pleasure',
  'cognitive load',
  'parents evening',
  'a trainee who is struggling',
  'the second placement school',
  'workload and wellbeing',
  'phonics training',
];
const OPENERS = [
  'How do you handle',
  'Any advice on',
  'What works for',
  'Resources for',
  'Rethinking',
  'Question about',
  'Sharing our approach to',
  'Help with',
];

/** A thread title; `n` picks it, so thread n always gets the same one. */
export function title(n) {
  return `${OPENERS[n % OPENERS.length]} ${TOPICS[Math.floor(n / OPENERS.length) % TOPICS.length]}${n % 3 === 0 ? '?' : ''}`;
}

const SENTENCES = [
  'We tried a shared planning template this term and it cut the back-and-forth in half.',
  'Our trainees found the weekly focus on one teaching strategy easier than a long list of targets.',
  'I would start with a short conversation about what went well before any written feedback.',
  'The mentor meeting works best when the trainee brings one question they have chosen themselves.',
  'We moved observations to the first half of the week so there is time to act on the feedback.',
  'Has anyone linked this to the core content framework without turning it into a checklist?',
  'It helped to model the thinking aloud rather than handing over a finished lesson plan.',
  'Our school gives mentors an hour of protected time, which makes a real difference.',
  'I have attached nothing here, but happy to share our template by message if that helps.',
  'The retrieval quizzes at the start of each lesson settled the class more than we expected.',
  'Be careful not to overload a new trainee with too many classes in the first fortnight.',
  'We agreed three non-negotiables for behaviour and left the rest to professional judgement.',
  'A joint observation with the university tutor gave us a shared language for feedback.',
  'Our ECTs meet fortnightly across the trust, and the informal part is often the most useful.',
  'The reading we set was short on purpose: one chapter, one idea to try, one reflection.',
  'I am not sure this scales to a large department, but it worked for our team of four.',
  'We log the targets in a shared document so the next mentor can pick up where we left off.',
  'The trainee taught the same lesson to two groups and compared what changed.',
  'When workload peaked we dropped the weekly written reflection and nobody missed it.',
  'Could someone explain how the final assessment point is moderated across partner schools?',
  'The strongest feedback we saw was specific, about one moment, and came with a next step.',
  'We built a bank of worked examples that trainees can adapt rather than write from scratch.',
  'Pairing trainees across phases gave both of them a fresh view of progression.',
  'It took a term before the routine felt natural, so stick with it past the first few weeks.',
];

/**
 * `count` different post bodies: Markdown as a person would type it (paragraphs, now and then
 * some bold, a list or a quote) and the HTML the server cooks from it, kept to 300-800 bytes.
 */
export function postBodies(count, seed = 42) {
  const require = createRequire(join(repoRoot, 'server', 'dist', 'index.js'));
  const { cookMarkdown } = require(join(repoRoot, 'server', 'dist', 'infrastructure', 'content', 'cook-markdown.js'));
  const random = prng(seed);
  const pick = () => SENTENCES[Math.floor(random() * SENTENCES.length)];
  const bodies = [];
  while (bodies.length < count) {
    const paragraphs = [];
    const wanted = 300 + Math.floor(random() * 480);
    let length = 0;
    while (length < wanted - 60) {
      const style = random();
      let paragraph;
      if (style < 0.12) paragraph = `- ${pick()}\n- ${pick()}`;
      else if (style < 0.2) paragraph = `> ${pick()}`;
      else if (style < 0.32) paragraph = `**${pick()}** ${pick()}`;
      else paragraph = random() < 0.5 ? pick() : `${pick()} ${pick()}`;
      paragraphs.push(paragraph);
      length += paragraph.length + 9;
    }
    const raw = paragraphs.join('\n\n');
    const { html } = cookMarkdown(raw, { allowedImageHosts: [] });
    if (html.length >= 300 && html.length <= 800) bodies.push({ raw, html });
  }
  return bodies;
}

/** What a bench reply says: different each time, so nothing is cached or deduplicated. */
export function replyText(n) {
  return `${SENTENCES[n % SENTENCES.length]}\n\n${SENTENCES[(n * 7 + 3) % SENTENCES.length]} (reply ${n})\n\n- ${SENTENCES[(n * 11 + 5) % SENTENCES.length]}`;
}

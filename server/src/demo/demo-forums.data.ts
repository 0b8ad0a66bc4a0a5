/**
 * Forum conversations for the demo region: what mentors and tutors actually ask each other
 * (seed 002's unmet needs: planning placements, judging progress, finding someone who has solved
 * it). Nobody names a pupil or a trainee, as the platform asks.
 */
export interface DemoThread {
  category: string;
  title: string;
  tags: string[];
  author: string;
  raw: string;
  replies: { author: string; raw: string }[];
  /** Index into `replies` of the accepted answer. */
  accepted?: number;
  pinned?: boolean;
}

export interface DemoForum {
  community: string;
  categories: { name: string; description: string }[];
  threads: DemoThread[];
}

export const DEMO_FORUMS: DemoForum[] = [
  {
    community: 'Secondary Science Mentors',
    categories: [
      {
        name: 'Introductions',
        description: 'Say hello: your school, your subject, and what you hope to get from the network.',
      },
      {
        name: 'Planning placements',
        description: 'The first weeks, timetables, observation schedules and shared planning.',
      },
      {
        name: 'Subject knowledge',
        description: 'Practicals, misconceptions and how trainees build their science knowledge.',
      },
    ],
    threads: [
      {
        category: 'Introductions',
        title: 'Welcome — start here and introduce yourself',
        tags: ['welcome'],
        author: 'mohammed.rahman@example.org',
        pinned: true,
        raw: 'Welcome to the network! Tell us **your school**, **your subject** and one thing you would like help with this term.\n\nPlease remember: never name trainees or pupils here.',
        replies: [
          {
            author: 'grace.whitfield@example.org',
            raw: 'Hello from Fenmoor Institute of Education — I tutor the PGCE chemistry group and visit most of the partnership schools.',
          },
          {
            author: 'daniel.mercer@example.org',
            raw: 'Daniel, professional tutor at a training school. We host trainees from five providers, so I am keen to compare how you all handle different paperwork.',
          },
        ],
      },
      {
        category: 'Planning placements',
        title: 'How do you structure the first week of a second placement?',
        tags: ['placements', 'planning'],
        author: 'ellen.brooks@example.org',
        raw: 'Our trainees arrive in January with very different experiences from their first school. What does your first week look like?\n\n- Observation only?\n- Team teaching from day one?\n- Something else?',
        replies: [
          {
            author: 'tom.hughes@example.org',
            raw: 'We ask mentors to co-plan one lesson in the first week and teach part of it together. It surfaces gaps in subject knowledge early without throwing anyone in.',
          },
          {
            author: 'daniel.mercer@example.org',
            raw: 'We use a **shared observation grid** across departments so trainees see three subjects in week one. I can share the template if useful.',
          },
          {
            author: 'ellen.brooks@example.org',
            raw: 'That grid would be really useful — thank you both. Co-planning from week one is what I will try.',
          },
        ],
        accepted: 0,
      },
      {
        category: 'Subject knowledge',
        title: 'Misconceptions about energy transfers: what helps trainees explain them?',
        tags: ['physics', 'misconceptions'],
        author: 'grace.whitfield@example.org',
        raw: 'Trainees often teach "energy is used up". Which activities have helped your trainees teach energy stores and transfers clearly?',
        replies: [
          {
            author: 'mohammed.rahman@example.org',
            raw: 'Asking trainees to annotate a Sankey diagram for a kettle, then teach it back to the mentor, works well for us.',
          },
        ],
      },
    ],
  },
  {
    community: 'Fenmoor Mentor Network',
    categories: [
      { name: 'Announcements', description: 'Dates of the termly mentor forums and news from the local authority.' },
      { name: 'Mentor development', description: 'Training, the mentor standards, and time for mentoring.' },
    ],
    threads: [
      {
        category: 'Mentor development',
        title: 'Protecting mentor time when the timetable is tight',
        tags: ['workload', 'mentor-time'],
        author: 'amara.okoye@example.org',
        raw: 'Our mentors have one period a week on paper but it is often lost to cover. Has anyone found a way to protect it that heads accept?',
        replies: [
          {
            author: 'ruth.adeyemi@example.org',
            raw: 'Two schools in the network now put the mentor meeting in the same slot as the trainee’s non-contact time and treat it as non-coverable. Happy to connect you with their heads.',
          },
          {
            author: 'owen.price@example.org',
            raw: 'We moved the weekly meeting to the start of the day for the same reason — fewer cover requests land then.',
          },
        ],
      },
    ],
  },
];

import { z } from 'zod';
import { pageQuerySchema } from '../pagination.js';
import {
  rawMarkdownSchema,
  tagsSchema,
  threadSummarySchema,
  threadTitleSchema,
  watchLevelSchema,
} from './discussions.js';

/** A community's forum: ordered categories, each a list of threads. */

export const categorySlugParamsSchema = z.object({
  slug: z.string().min(1).max(120),
  categorySlug: z.string().min(1).max(80),
});
export const categoryIdParamsSchema = z.object({ categoryId: z.uuid() });

export const forumCategorySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  position: z.number().int().min(0),
  threadCount: z.number().int().min(0),
  postCount: z.number().int().min(0),
  lastActivityAt: z.iso.datetime().nullable(),
  /** Threads with posts the viewer has not read. */
  unreadThreads: z.number().int().min(0),
  watchLevel: watchLevelSchema,
});
export type ForumCategory = z.infer<typeof forumCategorySchema>;

export const forumAbilitiesSchema = z.object({
  startThread: z.boolean(),
  /** Add, rename, reorder and remove categories; see the moderation queue. */
  manageCategories: z.boolean(),
  moderate: z.boolean(),
});
export type ForumAbilities = z.infer<typeof forumAbilitiesSchema>;

export const forumIndexSchema = z.object({
  community: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  categories: z.array(forumCategorySchema),
  abilities: forumAbilitiesSchema,
  /** Open flags waiting for a moderator; 0 for people who cannot moderate. */
  openFlags: z.number().int().min(0),
  streamSeq: z.number().int().min(0),
});
export type ForumIndex = z.infer<typeof forumIndexSchema>;

export const categoryThreadsQuerySchema = pageQuerySchema.extend({
  tag: z.string().trim().toLowerCase().max(30).optional(),
});
export type CategoryThreadsQuery = z.infer<typeof categoryThreadsQuerySchema>;

export const categoryPageSchema = z.object({
  community: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  category: forumCategorySchema,
  /** Other categories, for moving threads and the category switcher. */
  categories: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string() })),
  abilities: forumAbilitiesSchema,
  threads: z.object({
    items: z.array(threadSummarySchema),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0),
  }),
});
export type CategoryPage = z.infer<typeof categoryPageSchema>;

const categoryNameSchema = z.string().trim().min(2, 'Give the category a name of at least 2 characters.').max(60);
const categoryDescriptionSchema = z.string().trim().max(300);

export const createCategoryRequestSchema = z.object({
  name: categoryNameSchema,
  description: categoryDescriptionSchema.optional(),
});
export type CreateCategoryRequest = z.infer<typeof createCategoryRequestSchema>;

export const updateCategoryRequestSchema = z.object({
  name: categoryNameSchema.optional(),
  description: categoryDescriptionSchema.nullable().optional(),
});
export type UpdateCategoryRequest = z.infer<typeof updateCategoryRequestSchema>;

export const reorderCategoriesRequestSchema = z.object({
  categoryIds: z.array(z.uuid()).min(1).max(50).describe('Every category of the forum, in the new order'),
});
export type ReorderCategoriesRequest = z.infer<typeof reorderCategoriesRequestSchema>;

export const createThreadRequestSchema = z.object({
  title: threadTitleSchema,
  tags: tagsSchema.default([]),
  raw: rawMarkdownSchema,
});
export type CreateThreadRequest = z.input<typeof createThreadRequestSchema>;

export const createdThreadSchema = z.object({ id: z.uuid(), communitySlug: z.string(), categorySlug: z.string() });
export type CreatedThread = z.infer<typeof createdThreadSchema>;

import { ProfileEntity } from './profile.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const PROFILES_ENTITIES = [ProfileEntity];

// The people feature's public surface: other features and the app import these, nothing deeper.
export { peoplePublicRoutes, peopleSignedInRoutes } from './routes';
export { peopleKeys } from './api/people.queries';
export { ContactRequestsMenuItem } from './components/contact-requests-menu-item';
export { PersonCard } from './components/person-card';
export { profileTermOptions } from './components/profile-terms';

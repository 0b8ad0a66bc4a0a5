// The conversations feature's public surface: the app adds its routes and the account menu's "Messages".
export { conversationsSignedInRoutes } from './routes';
export { MessagesMenuItem, ReportsMenuItem } from './components/messages-menu-item';

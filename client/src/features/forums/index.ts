// The forums feature's public surface: the app adds the forum to communities as one of their tools.
export { forumTool } from './routes';

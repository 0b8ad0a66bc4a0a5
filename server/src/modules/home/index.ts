/** What other modules may use of home (nothing but the module: it only reads). */
export { HomeModule } from './home.module';

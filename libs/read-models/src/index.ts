export * from './class-rosters';

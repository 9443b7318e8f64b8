export * from './schema';
export * from './zonedTime';
export * from './expand';
export * from './edit';
export * from './regimenSchedule';
export * from './scenarioDoses';
export * from './axis';

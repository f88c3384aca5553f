export * from './core';
export * from './balloting';
export * from './solicitation';
export * from './hall';
export * from './implementation';

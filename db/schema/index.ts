export * from './core';
export * from './members';
export * from './meetings';

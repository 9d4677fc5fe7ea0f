export * from './core';
export * from './members';

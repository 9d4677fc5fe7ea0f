export * from './core';
export * from './members';
export * from './meetings';
export * from './dues';
export * from './transfers';
export * from './development';
export * from './reports';
export * from './bundles';

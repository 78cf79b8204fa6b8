export * from './org.js';
export * from './platform.js';
export * from './inventory.js';
export * from './discovery.js';
export * from './imports.js';
export * from './signins.js';

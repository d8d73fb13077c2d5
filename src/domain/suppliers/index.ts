// Supplier and third-party rules (seed 003).
export * from './audit';
export * from './dispute';
export * from './review';
export * from './uc-check';

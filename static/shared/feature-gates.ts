// Stands in for Atlaskit's feature-gate client (Statsig, ~40 KB gzipped). Nothing initialises a gate client
// inside a Forge frame, so Atlaskit's components read every gate as false; this answers that directly.
const FeatureGates = { checkGate: (): boolean => false };
export default FeatureGates;

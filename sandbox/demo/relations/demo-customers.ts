// The demo's customers, named as the generated issues' Customer field names them, with fixed ids so every
// relationship seed (contracts, complaints, surveys, reports, value-added services) can refer to them.

export const DEMO_CUSTOMERS = [
  { id: '6f1c2a7e-0b1d-4c55-9a61-1c0a9d3e5a01', name: 'Acme', tier: 'strategic' },
  { id: '6f1c2a7e-0b1d-4c55-9a61-1c0a9d3e5a02', name: '华信集团', tier: 'strategic' },
  { id: '6f1c2a7e-0b1d-4c55-9a61-1c0a9d3e5a03', name: 'Globex', tier: 'standard' },
  { id: '6f1c2a7e-0b1d-4c55-9a61-1c0a9d3e5a04', name: '东方物流', tier: 'standard' },
] as const;
